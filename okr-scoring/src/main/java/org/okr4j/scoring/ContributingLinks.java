package org.okr4j.scoring;

import java.util.Arrays;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.OkrLinks;

/**
 * The links along which progress cascades ({@link Cascade#CONTRIBUTING}), read once from a set's
 * {@link OkrLinks}: each objective's contributing children in id order, an order of the objectives
 * that puts children before their parents, and the links left out to break loops.
 *
 * <p>Immutable once built. Everything is an int array and the walk is iterative, so a chain a
 * million objectives deep costs a few arrays, not a stack. The loop rule is documented on
 * {@link Cascade#CONTRIBUTING}; it depends on ids only, never on the order of the set's lists.
 */
final class ContributingLinks {

  private static final int[] NO_SLOTS = new int[0];

  private final OkrLinks links;
  /** Per objective, the first of its slots in {@link #edge}; one past the end at the last. */
  private final int[] slotStart;
  /** The contributing edges into each objective, children in id order, ties in link order. */
  private final int[] edge;
  /** Every objective, children before parents (except across a link left out). */
  private final int[] childrenFirst;
  /** The slots whose link closes a loop, sorted. */
  private final int[] leftOut;

  private ContributingLinks(OkrLinks links, int[] slotStart, int[] edge, int[] childrenFirst,
      int[] leftOut) {
    this.links = links;
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
    return new ContributingLinks(null, new int[objectives + 1], NO_SLOTS, order, NO_SLOTS);
  }

  /** The contributing links of a set, walked once. */
  static ContributingLinks of(OkrLinks links) {
    int n = links.objectiveCount();
    int[] slotStart = new int[n + 1];
    boolean[] contributes = new boolean[n];
    for (int e = 0; e < links.edgeCount(); e++) {
      if (cascades(links, e)) {
        slotStart[links.parentOf(e) + 1]++;
        contributes[links.childOf(e)] = true;
      }
    }
    for (int o = 0; o < n; o++) {
      slotStart[o + 1] += slotStart[o];
    }
    // Filling the slots child by child in id order leaves each parent's children in id order.
    int[] edge = new int[slotStart[n]];
    int[] fill = Arrays.copyOf(slotStart, n);
    for (int rank = 0; rank < n; rank++) {
      int child = links.inIdOrder(rank);
      for (int e = links.parentEdgeStart(child); e < links.parentEdgeEnd(child); e++) {
        if (cascades(links, e)) {
          edge[fill[links.parentOf(e)]++] = e;
        }
      }
    }
    return new Walk(links, slotStart, edge, contributes).run();
  }

  /** True if progress flows along an edge: a contributing link to another objective. */
  private static boolean cascades(OkrLinks links, int e) {
    return links.kindOf(e) == AlignmentKind.CONTRIBUTES && links.parentOf(e) != links.childOf(e);
  }

  /** The depth-first walk down the slots, iterative, that finds the order and the loops. */
  private static final class Walk {
    private static final byte NEW = 0;
    private static final byte ON_PATH = 1;
    private static final byte DONE = 2;

    private final OkrLinks links;
    private final int[] slotStart;
    private final int[] edge;
    private final boolean[] contributes;
    private final byte[] state;
    private final int[] path;
    private final int[] nextSlot;
    private final int[] order;
    private int done;
    private int[] leftOut = new int[4];
    private int leftOutCount;

    Walk(OkrLinks links, int[] slotStart, int[] edge, boolean[] contributes) {
      this.links = links;
      this.slotStart = slotStart;
      this.edge = edge;
      this.contributes = contributes;
      int n = contributes.length;
      state = new byte[n];
      path = new int[n];
      nextSlot = new int[n];
      order = new int[n];
    }

    ContributingLinks run() {
      int n = order.length;
      // From the tops, in id order; then from what no top reaches (objectives in or under a loop
      // that nothing lies above), highest id first, so such a loop loses its highest id's link.
      for (int rank = 0; rank < n; rank++) {
        int o = links.inIdOrder(rank);
        if (!contributes[o]) {
          walkFrom(o); // nothing lies above a top, so no other walk has reached it
        }
      }
      for (int rank = n - 1; rank >= 0; rank--) {
        int o = links.inIdOrder(rank);
        if (state[o] == NEW) {
          walkFrom(o);
        }
      }
      int[] sorted = Arrays.copyOf(leftOut, leftOutCount);
      Arrays.sort(sorted);
      return new ContributingLinks(links, slotStart, edge, order, sorted);
    }

    private void walkFrom(int start) {
      int top = 0;
      path[0] = start;
      nextSlot[0] = slotStart[start];
      state[start] = ON_PATH;
      while (top >= 0) {
        int v = path[top];
        if (nextSlot[top] < slotStart[v + 1]) {
          int child = links.childOf(edge[nextSlot[top]++]);
          if (state[child] == NEW) {
            state[child] = ON_PATH;
            path[++top] = child;
            nextSlot[top] = slotStart[child];
          }
        } else {
          finish(v);
          top--;
        }
      }
    }

    /** All of v's children are walked: those still on the path lead back up, closing a loop. */
    private void finish(int v) {
      for (int slot = slotStart[v]; slot < slotStart[v + 1]; slot++) {
        if (state[links.childOf(edge[slot])] == ON_PATH) {
          if (leftOutCount == leftOut.length) {
            leftOut = Arrays.copyOf(leftOut, leftOutCount * 2);
          }
          leftOut[leftOutCount++] = slot;
        }
      }
      state[v] = DONE;
      order[done++] = v;
    }
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

  /** The key result the link in a slot leads to, or -1 for a link to the objective itself. */
  int keyResultAt(int slot) {
    return links.keyResultOf(edge[slot]);
  }

  /** True if the link in a slot is left out because it closes a loop. */
  boolean isLeftOut(int slot) {
    return Arrays.binarySearch(leftOut, slot) >= 0;
  }
}
