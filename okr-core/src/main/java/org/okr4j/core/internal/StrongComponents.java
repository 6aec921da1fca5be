package org.okr4j.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The strongly connected components of a graph (Tarjan's walk, iterative: a loop a million long
 * needs no stack), once for okr4j's three kinds of loop: key results contributing to each other
 * (okr-core), contributing links between objectives (okr-scoring) and alignment loops
 * (okr-alignment). Nodes are numbered 0 to {@code n - 1}; each node's arcs are numbered
 * {@link Arcs#first} to {@link Arcs#end}, and an arc may be skipped by leading nowhere.
 *
 * <p>Components are numbered 0, 1, 2, ... in the order Tarjan's walk closes them: a component is
 * numbered before every component that reaches it. Immutable once made.
 */
public final class StrongComponents {

  /** A graph as each node's arcs. */
  public interface Arcs {

    /** The number of nodes. */
    int nodes();

    /** The first of the node's arcs. */
    int first(int node);

    /** One past the last of the node's arcs. */
    int end(int node);

    /** The node the arc leads to, or -1 where the arc does not count. */
    int head(int node, int arc);
  }

  private final int[] component;
  private final int[] size;

  private StrongComponents(int[] component, int[] size) {
    this.component = component;
    this.size = size;
  }

  /** The components of {@code arcs}, in one walk over every node and arc. */
  public static StrongComponents of(Arcs arcs) {
    Objects.requireNonNull(arcs, "arcs");
    int n = arcs.nodes();
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
      callArc[0] = arcs.first(start);
      index[start] = low[start] = counter++;
      stack[stackTop++] = start;
      onStack[start] = true;
      while (depth >= 0) {
        int v = callNode[depth];
        if (callArc[depth] < arcs.end(v)) {
          int w = arcs.head(v, callArc[depth]++);
          if (w < 0) {
            continue;
          }
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[stackTop++] = w;
            onStack[w] = true;
            depth++;
            callNode[depth] = w;
            callArc[depth] = arcs.first(w);
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
