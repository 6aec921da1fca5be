package org.okr4j.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * The strongly connected components of a graph (Tarjan's walk, iterative: a loop a million long
 * needs no stack), once for okr4j's three kinds of loop: key results contributing to each other
 * (okr-core), contributing links between objectives (okr-scoring) and alignment loops
 * (okr-alignment). Nodes are numbered 0 to {@code nodes - 1}; a node's arcs are numbered from
 * {@code first} to one before {@code end}, and {@code head} gives the node an arc leads to, or
 * -1 for an arc that does not count.
 *
 * <p>Components are numbered 0, 1, 2, ... in the order Tarjan's walk closes them: a component is
 * numbered before every component that reaches it. Immutable once made.
 */
public final class StrongComponents {

  private final int[] component;
  private final int[] size;

  private StrongComponents(int[] component, int[] size) {
    this.component = component;
    this.size = size;
  }

  /**
   * The components of a graph of {@code nodes} nodes, in one walk over every node and arc.
   *
   * @param first a node's first arc
   * @param end one past a node's last arc
   * @param head the node an arc of a node leads to ({@code (node, arc) -> node}), or -1
   */
  public static StrongComponents of(int nodes, IntUnaryOperator first, IntUnaryOperator end,
      IntBinaryOperator head) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(head, "head");
    int n = nodes;
    int[] component = new int[n];
    int[] index = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int[] callNode = new int[n];
    int[] callArc = new int[n];
    int[] size = new int[n];
    Arrays.fill(index, -1);
    int counter = 0;
    int components = 0;
    int stackTop = 0;
    for (int start = 0; start < n; start++) {
      if (index[start] >= 0) {
        continue;
      }
      int depth = 0;
      callNode[0] = start;
      callArc[0] = first.applyAsInt(start);
      index[start] = low[start] = counter++;
      stack[stackTop++] = start;
      onStack[start] = true;
      while (depth >= 0) {
        int v = callNode[depth];
        if (callArc[depth] < end.applyAsInt(v)) {
          int w = head.applyAsInt(v, callArc[depth]++);
          if (w < 0) {
            continue;
          }
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[stackTop++] = w;
            onStack[w] = true;
            depth++;
            callNode[depth] = w;
            callArc[depth] = first.applyAsInt(w);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
        } else {
          if (low[v] == index[v]) {
            int member;
            do {
              member = stack[--stackTop];
              onStack[member] = false;
              component[member] = components;
              size[components]++;
            } while (member != v);
            components++;
          }
          depth--;
          if (depth >= 0) {
            int caller = callNode[depth];
            low[caller] = Math.min(low[caller], low[v]);
          }
        }
      }
    }
    return new StrongComponents(component, Arrays.copyOf(size, components));
  }

  /** The component of a node. */
  public int componentOf(int node) {
    return component[node];
  }

  /** The number of components, one-node ones included. */
  public int count() {
    return size.length;
  }

  /** The number of nodes in a component. */
  public int sizeOf(int component) {
    return size[component];
  }

  /**
   * The components of two or more nodes, as their members in ascending node order, in the order of
   * their numbers; empty when the graph has no loop.
   */
  public List<int[]> groups() {
    int[] slot = new int[size.length];
    List<int[]> groups = new ArrayList<>();
    Arrays.fill(slot, -1);
    for (int c = 0; c < size.length; c++) {
      if (size[c] > 1) {
        slot[c] = groups.size();
        groups.add(new int[size[c]]);
      }
    }
    if (groups.isEmpty()) {
      return List.of();
    }
    int[] filled = new int[groups.size()];
    for (int node = 0; node < component.length; node++) {
      int g = slot[component[node]];
      if (g >= 0) {
        groups.get(g)[filled[g]++] = node;
      }
    }
    return groups;
  }
}
