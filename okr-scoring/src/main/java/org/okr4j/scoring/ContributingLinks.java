package org.okr4j.scoring;

import java.util.Arrays;
import java.util.List;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.internal.StrongComponents;

/**
 * The links along which progress cascades ({@link Cascade#CONTRIBUTING}), read once from a set's
 * {@link OkrLinks}: each objective's contributing children in id order, an order of the objectives
 * that puts children before their parents, and the links left out to break loops.
 *
 * <p>Immutable once built. Everything is an int array and the walk is iterative, so a chain a
 * million objectives deep costs a few arrays, not a stack. The loop rule (OpenOKR's: each ring
 * loses the parent link of its highest id) is documented on {@link Cascade#CONTRIBUTING}; it
 * depends on ids only, never on the order of the set's lists.
 */
final class ContributingLinks {

  private static final int[] NO_SLOTS = new int[0];
  private static final double[] NO_PINS = new double[0];

  private final OkrLinks links;
  /** Per objective, the first of its slots in {@link #edge}; one past the end at the last. */
  private final int[] slotStart;
  /** The contributing edges into each objective, children in id order, ties in link order. */
  private final int[] edge;
  /** Every objective, children before parents (except across a link left out). */
  private final int[] childrenFirst;
  /** The slots whose link closes a loop, sorted. */
  private final int[] leftOut;
  /** The share pinned on the link in each slot, NaN for none. */
  private final double[] pinned;

  private ContributingLinks(OkrLinks links, int[] slotStart, int[] edge, int[] childrenFirst,
      int[] leftOut, double[] pinned) {
    this.links = links;
    this.pinned = pinned;
    this.slotStart = slotStart;
    this.edge = edge;
    this.childrenFirst = childrenFirst;
    this.leftOut = leftOut;
  }

  /** No links at all: every objective on its own, in the set's order ({@link Cascade#NONE}). */
  static ContributingLinks none(int objectives) {
    int[] order = new int[objectives];
    for (int o = 0; o < objectives; o++) {
      order[o] = o;
    }
    return new ContributingLinks(null, new int[objectives + 1], NO_SLOTS, order, NO_SLOTS,
        NO_PINS);
  }

  /** The contributing links of a set ({@code objectives} are the set's, in order), walked once. */
  static ContributingLinks of(OkrLinks links, List<Objective> objectives) {
    int n = links.objectiveCount();
    int[] slotStart = new int[n + 1];
    for (int e = 0; e < links.edgeCount(); e++) {
      if (cascades(links, e)) {
        slotStart[links.parentOf(e) + 1]++;
      }
    }
    for (int o = 0; o < n; o++) {
      slotStart[o + 1] += slotStart[o];
    }
    // Filling the slots child by child in id order leaves each parent's children in id order.
    int[] edge = new int[slotStart[n]];
    int[] slotOf = new int[links.edgeCount()];
    double[] pinned = new double[edge.length];
    int[] fill = Arrays.copyOf(slotStart, n);
    for (int rank = 0; rank < n; rank++) {
      int child = links.inIdOrder(rank);
      List<Alignment> alignments = objectives.get(child).alignments();
      // The child's edges are its resolved vertical links, in the order of its alignments.
      int link = links.linkStart(child);
      for (int e = links.parentEdgeStart(child); e < links.parentEdgeEnd(child); e++) {
        Alignment alignment = alignments.get(link - links.linkStart(child));
        while (!alignment.kind().isVertical() || links.linkedObjective(link) < 0) {
          link++;
          alignment = alignments.get(link - links.linkStart(child));
        }
        link++;
        if (cascades(links, e)) {
          slotOf[e] = fill[links.parentOf(e)]++;
          edge[slotOf[e]] = e;
          pinned[slotOf[e]] = alignment.pinnedShare().orElse(Double.NaN);
        }
      }
    }
    boolean[] leftOut = breakLoops(links, slotStart, edge, slotOf);
    int[] order = childrenFirst(links, slotStart, edge, leftOut);
    int count = 0;
    for (boolean out : leftOut) {
      count += out ? 1 : 0;
    }
    int[] sorted = new int[count];
    for (int slot = 0, i = 0; slot < leftOut.length; slot++) {
      if (leftOut[slot]) {
        sorted[i++] = slot;
      }
    }
    return new ContributingLinks(links, slotStart, edge, order, sorted, pinned);
  }

  /** True if progress flows along an edge: a contributing link to another objective. */
  private static boolean cascades(OkrLinks links, int e) {
    return links.kindOf(e) == AlignmentKind.CONTRIBUTES && links.parentOf(e) != links.childOf(e);
  }

  /**
   * OpenOKR's rule, ring by ring: in every group of objectives that reach each other through
   * contributing links, the parent links of the member with the highest id that stay inside the
   * group are left out; what still forms loops inside the group is broken the same way, round
   * after round, until none is left. Every ring through that member is a ring whose highest id it
   * is, so each ring loses the parent link of its own highest id, and nothing depends on the order
   * of the set's lists. A plain ring takes one round.
   */
  private static boolean[] breakLoops(OkrLinks links, int[] slotStart, int[] edge,
      int[] slotOf) {
    int n = slotStart.length - 1;
    boolean[] leftOut = new boolean[edge.length];
    int[] group = new int[n];
    boolean broken = true;
    while (broken) {
      broken = false;
      int[] next = groups(links, slotStart, edge, leftOut, group);
      // The first member met walking down the ids is each group's highest; a group of one has no
      // parent link inside it (a link to itself never cascades), so it loses nothing.
      int[] highest = new int[n];
      Arrays.fill(highest, -1);
      for (int rank = n - 1; rank >= 0; rank--) {
        int o = links.inIdOrder(rank);
        if (highest[next[o]] == -1) {
          highest[next[o]] = o;
          broken |= leaveOutParentLinks(links, slotOf, leftOut, next, o);
        }
      }
      group = next;
    }
    return leftOut;
  }

  /** Leaves out the contributing links from {@code child} to parents in its own group. */
  private static boolean leaveOutParentLinks(OkrLinks links, int[] slotOf, boolean[] leftOut,
      int[] group, int child) {
    boolean any = false;
    for (int e = links.parentEdgeStart(child); e < links.parentEdgeEnd(child); e++) {
      if (cascades(links, e) && group[links.parentOf(e)] == group[child]
          && !leftOut[slotOf[e]]) {
        leftOut[slotOf[e]] = true;
        any = true;
      }
    }
    return any;
  }

  /**
   * Every objective after all of its counted children: a depth-first walk down the links still
   * counted (none closes a loop any more), iterative, from each objective in id order.
   */
  private static int[] childrenFirst(OkrLinks links, int[] slotStart, int[] edge,
      boolean[] leftOut) {
    int n = slotStart.length - 1;
    boolean[] seen = new boolean[n];
    int[] path = new int[n];
    int[] nextSlot = new int[n];
    int[] order = new int[n];
    int done = 0;
    for (int r = 0; r < n; r++) {
      int start = links.inIdOrder(r);
      if (seen[start]) {
        continue;
      }
      int top = 0;
      path[0] = start;
      nextSlot[0] = slotStart[start];
      seen[start] = true;
      while (top >= 0) {
        int v = path[top];
        if (nextSlot[top] < slotStart[v + 1]) {
          int slot = nextSlot[top]++;
          int child = links.childOf(edge[slot]);
          if (!leftOut[slot] && !seen[child]) {
            seen[child] = true;
            path[++top] = child;
            nextSlot[top] = slotStart[child];
          }
        } else {
          order[done++] = v;
          top--;
        }
      }
    }
    return order;
  }

  /**
   * The group of each objective: the strongly connected components over the links still counted,
   * kept inside the groups of the round before.
   */
  private static int[] groups(OkrLinks links, int[] slotStart, int[] edge, boolean[] leftOut,
      int[] before) {
    int n = before.length;
    StrongComponents components = StrongComponents.of(n, o -> slotStart[o],
        o -> slotStart[o + 1], (o, slot) -> {
          int child = links.childOf(edge[slot]);
          return leftOut[slot] || before[child] != before[o] ? -1 : child;
        });
    int[] group = new int[n];
    for (int o = 0; o < n; o++) {
      group[o] = components.componentOf(o);
    }
    return group;
  }

  /** Every objective, each after all of its counted children. */
  int[] childrenFirst() {
    return childrenFirst;
  }

  /** The first of the objective's slots. */
  int slotStart(int objective) {
    return slotStart[objective];
  }

  /** One past the last of the objective's slots. */
  int slotEnd(int objective) {
    return slotStart[objective + 1];
  }

  /** The child objective in a slot. */
  int childAt(int slot) {
    return links.childOf(edge[slot]);
  }

  /** The weight of the link in a slot. */
  double weightAt(int slot) {
    return links.weightOf(edge[slot]);
  }

  /** The share pinned on the link in a slot, NaN for none. */
  double pinnedAt(int slot) {
    return pinned[slot];
  }

  /** The key result the link in a slot leads to, or -1 for a link to the objective itself. */
  int keyResultAt(int slot) {
    return links.keyResultOf(edge[slot]);
  }

  /** True if the link in a slot is left out because it closes a loop. */
  boolean isLeftOut(int slot) {
    return Arrays.binarySearch(leftOut, slot) >= 0;
  }

  /** The slots whose link is left out, ascending. */
  int[] leftOutSlots() {
    return leftOut.clone();
  }

  /** The parent objective of the link in a slot (the one holding it, for a key result). */
  int parentAt(int slot) {
    return links.parentOf(edge[slot]);
  }
}
