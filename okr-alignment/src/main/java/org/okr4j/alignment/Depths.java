package org.okr4j.alignment;

import org.okr4j.core.OkrLinks;
import org.okr4j.core.validation.ValidationContext;

/**
 * How far down the cascade each objective lies: 1 for an objective at the set's top level, its
 * parent's depth plus one below, 0 where no top-level objective reaches it. Breadth first from
 * every top-level objective at once, so each objective gets its shortest distance from the top,
 * whatever the order of the set. What reaches the top (misaligned clusters) and the metrics'
 * cascade depth read these; the depth limit counts levels of the goal hierarchy instead, from any
 * root ({@link HierarchyDepths}).
 */
final class Depths {

  private final int[] depth;
  private final int max;

  private Depths(int[] depth, int max) {
    this.depth = depth;
    this.max = max;
  }

  /** The depths of {@code graph}'s objectives. */
  static Depths of(AlignmentGraph graph) {
    OkrLinks links = graph.links();
    int n = graph.size();
    int[] depths = new int[n];
    // Each objective enters the queue at most once, so an array of n holds it.
    int[] queue = new int[n];
    int tail = 0;
    for (int o = 0; o < n; o++) {
      if (graph.isTop(o)) {
        depths[o] = 1;
        queue[tail++] = o;
      }
    }
    int deepest = 0;
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      deepest = depths[v];
      for (int c = links.childSlotStart(v); c < links.childSlotEnd(v); c++) {
        int w = links.childOf(links.childEdge(c));
        if (depths[w] == 0) {
          depths[w] = depths[v] + 1;
          queue[tail++] = w;
        }
      }
    }
    return new Depths(depths, deepest);
  }

  /** The depths of the graph of the set {@code context} checks, computed once per check. */
  static Depths of(ValidationContext context) {
    return context.derived(Depths.class, c -> of(AlignmentGraph.of(c)));
  }

  /** The objective's depth; 0 if no top-level objective reaches it. */
  int at(int objective) {
    return depth[objective];
  }

  /** The greatest depth: the most objectives on a path down from the top, the top included. */
  int max() {
    return max;
  }
}
