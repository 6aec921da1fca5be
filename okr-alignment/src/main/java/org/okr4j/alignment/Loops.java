package org.okr4j.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.okr4j.core.OkrLinks;

/**
 * The alignment loops of a graph: its strongly connected components over vertical links, found by
 * an iterative Tarjan walk (a loop a million long needs no stack). A loop of several objectives is
 * kept with its members; an objective aligned to itself only counts (okr-core reports the
 * self-link).
 */
final class Loops {

  /** Per loop of several objectives, its members; loops ordered by their smallest id. */
  private final List<int[]> members;
  /** Per loop, the member with the smallest id. */
  private final int[] smallest;
  private final int count;

  private Loops(List<int[]> members, int[] smallest, int count) {
    this.members = members;
    this.smallest = smallest;
    this.count = count;
  }

  static Loops of(AlignmentGraph graph) {
    OkrLinks links = graph.links();
    int n = graph.size();
    int[] index = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] stack = new int[n];
    int stackTop = 0;
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    int counter = 0;
    int selfLoops = 0;
    List<int[]> found = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      if (index[start] >= 0) {
        continue;
      }
      int depth = 0;
      callNode[0] = start;
      callEdge[0] = links.parentEdgeStart(start);
      index[start] = low[start] = counter++;
      stack[stackTop++] = start;
      onStack[start] = true;
      while (depth >= 0) {
        int v = callNode[depth];
        if (callEdge[depth] < links.parentEdgeEnd(v)) {
          int w = links.parentOf(callEdge[depth]++);
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[stackTop++] = w;
            onStack[w] = true;
            depth++;
            callNode[depth] = w;
            callEdge[depth] = links.parentEdgeStart(w);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
        } else {
          if (low[v] == index[v]) {
            int from = stackTop;
            int member;
            do {
              member = stack[--stackTop];
              onStack[member] = false;
            } while (member != v);
            if (from - stackTop > 1) {
              found.add(Arrays.copyOfRange(stack, stackTop, from));
            } else if (alignsToItself(links, v)) {
              selfLoops++;
            }
          }
          depth--;
          if (depth >= 0) {
            int caller = callNode[depth];
            low[caller] = Math.min(low[caller], low[v]);
          }
        }
      }
    }
    return sorted(graph, found, found.size() + selfLoops);
  }

  /** The loops in the order of their smallest ids, so that reports do not follow the set's. */
  private static Loops sorted(AlignmentGraph graph, List<int[]> found, int count) {
    record Loop(int smallest, int[] members) {}
    List<Loop> loops = new ArrayList<>(found.size());
    for (int[] loop : found) {
      int min = loop[0];
      for (int m : loop) {
        if (graph.idOf(m).compareTo(graph.idOf(min)) < 0) {
          min = m;
        }
      }
      loops.add(new Loop(min, loop));
    }
    loops.sort((a, b) -> graph.idOf(a.smallest()).compareTo(graph.idOf(b.smallest())));
    List<int[]> members = new ArrayList<>(loops.size());
    int[] smallest = new int[loops.size()];
    for (int i = 0; i < loops.size(); i++) {
      members.add(loops.get(i).members());
      smallest[i] = loops.get(i).smallest();
    }
    return new Loops(members, smallest, count);
  }

  private static boolean alignsToItself(OkrLinks links, int v) {
    for (int e = links.parentEdgeStart(v); e < links.parentEdgeEnd(v); e++) {
      if (links.parentOf(e) == v) {
        return true;
      }
    }
    return false;
  }

  /** Every loop, an objective aligned to itself included. */
  int count() {
    return count;
  }

  /** The number of loops of several objectives. */
  int size() {
    return smallest.length;
  }

  /** The members of loop {@code i}, in no particular order. */
  int[] members(int i) {
    return members.get(i);
  }

  /** The member of loop {@code i} with the smallest id. */
  int smallest(int i) {
    return smallest[i];
  }
}
