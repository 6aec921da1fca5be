package org.okr4j.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.okr4j.core.internal.StrongComponents;

/**
 * The contributions of key results to key results, resolved once for {@link OkrLinks}: each link
 * as an int edge from child to parent, each parent's children in id order, the links left out to
 * break loops, the loops themselves, and the parents in an order that puts children first.
 *
 * <p>A set without contributions costs one shared empty instance. Loops are broken in one pass:
 * in each group of key results that reach each other, every link from a higher id to a lower id
 * of the same group is left out (a ring whose ids climb all the way round loses its highest
 * id's link; any other ring one link per step down in id). What is kept inside a group leads
 * from lower to higher ids only, so nothing loops; the result depends on ids only, never on the
 * order of the set. Every walk is iterative, and the
 * work is linear in the links plus one sort of the ids of the key results with links.
 */
final class KeyResultLinks {

  // Before NONE, which reads it.
  private static final int[] NO_INTS = new int[0];
  static final KeyResultLinks NONE = new KeyResultLinks();

  /** Per key result, the first of its links; null when the set has none. */
  private final int[] linkStart;
  private final int[] target;
  private final int[] source;
  private final boolean[] leftOut;
  private final int[] childStart;
  private final int[] childLink;
  private final int[] parentsChildrenFirst;
  private final List<List<KeyResultId>> loops;
  /** Per key result, true if it has a roll-up and a kept child link; null when the set has none. */
  private final boolean[] rollsUp;

  private KeyResultLinks() {
    rollsUp = null;
    linkStart = null;
    target = NO_INTS;
    source = NO_INTS;
    leftOut = new boolean[0];
    childStart = null;
    childLink = NO_INTS;
    parentsChildrenFirst = NO_INTS;
    loops = List.of();
  }

  private KeyResultLinks(String[] ids, int[] linkStart, int[] target, boolean[] hasRollUp) {
    int n = ids.length;
    int links = target.length;
    this.linkStart = linkStart;
    this.target = target;
    source = new int[links];
    for (int k = 0; k < n; k++) {
      for (int l = linkStart[k]; l < linkStart[k + 1]; l++) {
        source[l] = k;
      }
    }
    leftOut = new boolean[links];
    int[] rank = idRanks(ids);
    loops = breakLoops(ids, rank);
    childStart = new int[n + 1];
    int resolved = 0;
    for (int l = 0; l < links; l++) {
      if (target[l] >= 0) {
        childStart[target[l] + 1]++;
        resolved++;
      }
    }
    for (int k = 0; k < n; k++) {
      childStart[k + 1] += childStart[k];
    }
    // Counting sort by parent, then each parent's children by the rank of their id: the link in
    // the low half, the child's rank above it.
    long[] byParent = new long[resolved];
    int[] next = Arrays.copyOf(childStart, n);
    for (int l = 0; l < links; l++) {
      if (target[l] >= 0) {
        byParent[next[target[l]]++] = ((long) rank[source[l]] << 32) | l;
      }
    }
    childLink = new int[resolved];
    for (int k = 0; k < n; k++) {
      if (childStart[k + 1] - childStart[k] > 1) {
        Arrays.sort(byParent, childStart[k], childStart[k + 1]);
      }
    }
    for (int s = 0; s < resolved; s++) {
      childLink[s] = (int) byParent[s];
    }
    parentsChildrenFirst = childrenFirst(n);
    rollsUp = new boolean[n];
    for (int l = 0; l < links; l++) {
      if (target[l] >= 0 && !leftOut[l] && hasRollUp[target[l]]) {
        rollsUp[target[l]] = true;
      }
    }
  }

  /** The contributions of the key results listed by position, resolved against {@code set}. */
  static KeyResultLinks of(OkrSet set, List<KeyResult> keyResults) {
    int n = keyResults.size();
    int links = 0;
    for (KeyResult keyResult : keyResults) {
      links += keyResult.contributions().size();
    }
    if (links == 0) {
      return NONE;
    }
    int[] linkStart = new int[n + 1];
    int[] target = new int[links];
    String[] ids = new String[n];
    boolean[] hasRollUp = new boolean[n];
    int l = 0;
    for (int k = 0; k < n; k++) {
      KeyResult keyResult = keyResults.get(k);
      ids[k] = keyResult.id().value();
      hasRollUp[k] = keyResult.rollUp().isPresent();
      for (Contribution contribution : keyResult.contributions()) {
        target[l++] = set.positionOf(contribution.parent());
      }
      linkStart[k + 1] = l;
    }
    return new KeyResultLinks(ids, linkStart, target, hasRollUp);
  }

  /**
   * The rank of each key result with links among those key results by id (ids are unique in a
   * set), -1 for the others: one sort of those ids, then a binary search for each.
   */
  private int[] idRanks(String[] ids) {
    int n = ids.length;
    int withLinks = 0;
    for (int k = 0; k < n; k++) {
      if (linkStart[k] < linkStart[k + 1]) {
        withLinks++;
      }
    }
    String[] sorted = new String[withLinks];
    int i = 0;
    for (int k = 0; k < n; k++) {
      if (linkStart[k] < linkStart[k + 1]) {
        sorted[i++] = ids[k];
      }
    }
    Arrays.sort(sorted);
    int[] rank = new int[n];
    for (int k = 0; k < n; k++) {
      rank[k] = linkStart[k] < linkStart[k + 1] ? Arrays.binarySearch(sorted, ids[k]) : -1;
    }
    return rank;
  }

  /**
   * Finds the groups of key results that reach each other ({@link StrongComponents}), leaves out
   * every link from a higher id to a lower id inside a group, and returns the groups, members
   * sorted by id, groups by first id. Every member of a group has links, so has a rank.
   */
  private List<List<KeyResultId>> breakLoops(String[] ids, int[] rank) {
    int n = ids.length;
    StrongComponents components = StrongComponents.of(n, k -> linkStart[k],
        k -> linkStart[k + 1], (k, link) -> target[link]);
    List<int[]> groups = components.groups();
    if (groups.isEmpty()) {
      return List.of();
    }
    for (int l = 0; l < target.length; l++) {
      int w = target[l];
      if (w >= 0 && components.componentOf(w) == components.componentOf(source[l])
          && rank[source[l]] > rank[w]) {
        leftOut[l] = true;
      }
    }
    List<List<KeyResultId>> found = new ArrayList<>(groups.size());
    for (int[] group : groups) {
      String[] members = new String[group.length];
      for (int m = 0; m < group.length; m++) {
        members[m] = ids[group[m]];
      }
      Arrays.sort(members);
      List<KeyResultId> loop = new ArrayList<>(group.length);
      for (String id : members) {
        loop.add(KeyResultId.of(id));
      }
      found.add(List.copyOf(loop));
    }
    found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    return List.copyOf(found);
  }

  /** The key results with children, each after every child of it (Kahn's walk over kept links). */
  private int[] childrenFirst(int n) {
    int[] waiting = new int[n];
    boolean[] parent = new boolean[n];
    int parents = 0;
    for (int l = 0; l < target.length; l++) {
      if (target[l] >= 0) {
        parents += parent[target[l]] ? 0 : 1;
        parent[target[l]] = true;
        if (!leftOut[l]) {
          waiting[target[l]]++;
        }
      }
    }
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int k = 0; k < n; k++) {
      if (waiting[k] == 0) {
        queue[tail++] = k;
      }
    }
    int[] order = new int[parents];
    int placed = 0;
    while (head < tail) {
      int k = queue[head++];
      if (parent[k]) {
        order[placed++] = k;
      }
      for (int l = linkStart[k]; l < linkStart[k + 1]; l++) {
        if (target[l] >= 0 && !leftOut[l] && --waiting[target[l]] == 0) {
          queue[tail++] = target[l];
        }
      }
    }
    return order;
  }

  int linkStart(int keyResult) {
    return linkStart == null ? 0 : linkStart[keyResult];
  }

  int linkEnd(int keyResult) {
    return linkStart == null ? 0 : linkStart[keyResult + 1];
  }

  int target(int link) {
    return target[link];
  }

  int source(int link) {
    return source[link];
  }

  boolean rollsUp(int keyResult) {
    return rollsUp != null && rollsUp[keyResult];
  }

  boolean isLeftOut(int link) {
    return leftOut[link];
  }

  int childSlotStart(int keyResult) {
    return childStart == null ? 0 : childStart[keyResult];
  }

  int childSlotEnd(int keyResult) {
    return childStart == null ? 0 : childStart[keyResult + 1];
  }

  int childLink(int slot) {
    return childLink[slot];
  }

  int parentCount() {
    return parentsChildrenFirst.length;
  }

  int parentInOrder(int rank) {
    return parentsChildrenFirst[rank];
  }

  int linkCount() {
    return target.length;
  }

  List<List<KeyResultId>> loops() {
    return loops;
  }
}
