package org.okr4j.alignment;

import org.okr4j.core.OkrLinks;
import org.okr4j.core.validation.ValidationContext;

/**
 * The level of each objective in the goal hierarchy, counted through parent links alone, whatever
 * the organisation levels: 1 for an objective with no parent in the set, its deepest parent's
 * level plus one below. Unlike {@link Depths}, which counts down from the set's top organisation
 * level, a chain of team objectives or one rooted at a department counts from its own root.
 *
 * <p>What counts as a parent: every resolved vertical link (a link to a key result leads to the
 * objective holding it, as in {@link OkrLinks}); a link to an objective or key result the set does
 * not hold leads nowhere, so an objective whose parents all dangle is a root. Links inside a loop
 * are stepped over, not followed (the loop is reported on its own): a loop member's level comes
 * from its parents outside the loop, and the objectives below a loop count on from it.
 *
 * <p>One pass over the loops' components, parents first: linear in objectives and links, no
 * recursion, and the same numbers whatever the order of the set.
 */
final class HierarchyDepths {

  private final int[] depth;

  private HierarchyDepths(int[] depth) {
    this.depth = depth;
  }

  /** The levels of {@code graph}'s objectives, given its {@code loops}. */
  static HierarchyDepths of(AlignmentGraph graph, Loops loops) {
    OkrLinks links = graph.links();
    int n = graph.size();
    // The objectives by component, components in their numbers' order: parents before children.
    int[] start = new int[loops.componentCount() + 1];
    for (int o = 0; o < n; o++) {
      start[loops.componentOf(o) + 1]++;
    }
    for (int c = 0; c < loops.componentCount(); c++) {
      start[c + 1] += start[c];
    }
    int[] order = new int[n];
    for (int o = 0; o < n; o++) {
      order[start[loops.componentOf(o)]++] = o;
    }
    int[] depth = new int[n];
    for (int i = 0; i < n; i++) {
      int o = order[i];
      int d = 1;
      for (int e = links.parentEdgeStart(o); e < links.parentEdgeEnd(o); e++) {
        int p = links.parentOf(e);
        if (loops.componentOf(p) != loops.componentOf(o)) {
          d = Math.max(d, depth[p] + 1);
        }
      }
      depth[o] = d;
    }
    return new HierarchyDepths(depth);
  }

  /** The levels of the graph of the set {@code context} checks, computed once per check. */
  static HierarchyDepths of(ValidationContext context) {
    return context.derived(HierarchyDepths.class,
        c -> of(AlignmentGraph.of(c), Loops.of(c)));
  }

  /** The objective's level in the goal hierarchy: 1 at a root. */
  int at(int objective) {
    return depth[objective];
  }
}
