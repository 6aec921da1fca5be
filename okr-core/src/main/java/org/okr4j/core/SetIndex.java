package org.okr4j.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okr4j.core.internal.Guards;

/**
 * The lookups of an {@link OkrSet}, built once: objective and cycle positions, and for each key
 * result its objective's position and its own place in that objective. One pass over the set
 * gathers the ids; then each kind of id is inserted, and duplicates are rejected, objectives'
 * first.
 *
 * <p>Objectives and key results are found through open-addressing tables of longs (an id's hash
 * in the high half, its position plus one in the low half, 0 for an empty slot; linear probing,
 * at most three quarters full) over arrays of the ids in set order. A {@code HashMap} spent about
 * 80 bytes per key result on a node and a boxed place; this spends about 20, and a lookup still
 * reads one slot and, when the hashes match, one id.
 */
final class SetIndex {

  private static final int BLOCK = 64;

  private final Map<CycleId, Integer> cycles;
  private final ObjectiveId[] objectiveIds;
  private final long[] objectiveSlots;
  private final KeyResultId[] keyResultIds;
  private final int[] objectiveOfKeyResult;
  private final long[] keyResultSlots;
  private final int[] firstKeyResult;
  private final boolean anyContributions;
  private final long homesTaken;

  SetIndex(List<Cycle> cycleList, List<Objective> objectiveList) {
    cycles = new HashMap<>(Math.max(16, cycleList.size() * 4 / 3 + 1));
    for (int i = 0; i < cycleList.size(); i++) {
      Guards.check(cycles.putIfAbsent(cycleList.get(i).id(), i) == null, "cycles",
          "not contain duplicates", cycleList.get(i).id());
    }
    int objectives = objectiveList.size();
    firstKeyResult = new int[objectives + 1];
    objectiveIds = new ObjectiveId[objectives];
    objectiveSlots = new long[capacity(objectives)];
    // Key results counted on the way, in arrays that grow: counting them first read every
    // objective and its list of key results once more (three million of each at the synthetic
    // million employees).
    // (While the index is made, the guess of four per objective and the trimmed copy are held
    // side by side: 8 bytes per slot of the guess, about 9 per key result more than it keeps.)
    KeyResultId[] keyResults = new KeyResultId[(int) Math.min(Integer.MAX_VALUE - 8,
        Math.max(16, objectives * 4L))];
    int[] objectiveOf = new int[keyResults.length];
    int p = 0;
    boolean contributions = false;
    for (int o = 0; o < objectives; o++) {
      Objective objective = objectiveList.get(o);
      objectiveIds[o] = objective.id();
      List<KeyResult> list = objective.keyResults();
      if (list.size() > keyResults.length - p) {
        int grown = grown(keyResults.length, p + (long) list.size());
        keyResults = Arrays.copyOf(keyResults, grown);
        objectiveOf = Arrays.copyOf(objectiveOf, grown);
      }
      for (int k = 0; k < list.size(); k++, p++) {
        KeyResult keyResult = list.get(k);
        contributions = contributions || !keyResult.contributions().isEmpty();
        keyResults[p] = keyResult.id();
        objectiveOf[p] = o;
      }
      firstKeyResult[o + 1] = p;
    }
    keyResultIds = p == keyResults.length ? keyResults : Arrays.copyOf(keyResults, p);
    objectiveOfKeyResult = p == objectiveOf.length ? objectiveOf : Arrays.copyOf(objectiveOf, p);
    keyResultSlots = new long[capacity(p)];
    anyContributions = contributions;
    homesTaken = insertAll(objectiveSlots, objectiveIds, "objectives", "not contain duplicates")
        + insertAll(keyResultSlots, keyResultIds, "key results",
            "not contain duplicates across objectives");
  }

  /**
   * Adds every id to the table, a block at a time: first the block's hashes, then the slots they
   * lead to, then its inserts. Hashing reads each id and its string, scattered over the heap, and
   * a loop that does only that lets the processor wait for many of them at once; one id after the
   * other, hash then insert, it waited for each in turn (ten million key-result ids at the
   * synthetic million employees). Returns how many ids found the slot their hash leads to taken
   * when it was read ahead, by an id of an earlier block.
   */
  private static long insertAll(long[] slots, Identifier<?>[] ids, String attribute, String rule) {
    int[] hashes = new int[BLOCK];
    int mask = slots.length - 1;
    long entriesSeen = 0;
    for (int from = 0; from < ids.length; from += BLOCK) {
      int to = Math.min(ids.length, from + BLOCK);
      for (int p = from; p < to; p++) {
        hashes[p - from] = ids[p].hashCode();
      }
      // The slot each hash leads to, read ahead in a loop of its own for the same reason: the
      // table of ten million key results is far larger than the processor's caches.
      for (int p = from; p < to; p++) {
        entriesSeen += slots[slot(hashes[p - from], mask)] == 0 ? 0 : 1;
      }
      for (int p = from; p < to; p++) {
        Guards.check(insert(slots, ids, p, hashes[p - from]), attribute, rule, ids[p]);
      }
    }
    return entriesSeen;
  }

  /**
   * True if some key result declares a contribution (its target in the set or not): read on the
   * way through the key results, so that resolving links need not walk ten million of them again
   * to find none.
   */
  boolean anyContributions() {
    return anyContributions;
  }

  /**
   * How many ids found the slot their hash leads to taken by an id of an earlier block of 64: how
   * crowded the tables are, for the debug log.
   */
  long homesTaken() {
    return homesTaken;
  }

  /**
   * The length an array of {@code length} grows to so that it holds at least {@code needed}: half
   * as long again, or what is needed if that is more.
   */
  static int grown(int length, long needed) {
    Guards.check(needed <= Integer.MAX_VALUE - 8, "set size", "be at most 2147483639 items of one"
        + " kind", needed);
    return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, length * 3L / 2));
  }

  /** A power of two at least 4/3 of {@code size}, and at least 2: slots stay at most 3/4 full. */
  static int capacity(int size) {
    long wanted = Math.max(2, size + (size + 2L) / 3);
    Guards.check(wanted <= 1 << 30, "set size", "be at most 805306368 ids of one kind", size);
    return Integer.highestOneBit((int) wanted - 1) << 1;
  }

  private static int slot(int hash, int mask) {
    int h = hash * 0x9E3779B9;
    return (h ^ h >>> 16) & mask;
  }

  /**
   * Adds the id at {@code position}, whose hash is {@code hash}; false if an equal id is already
   * in the table.
   */
  private static boolean insert(long[] slots, Identifier<?>[] ids, int position, int hash) {
    Identifier<?> id = ids[position];
    int mask = slots.length - 1;
    for (int s = slot(hash, mask); ; s = (s + 1) & mask) {
      long entry = slots[s];
      if (entry == 0) {
        slots[s] = (long) hash << 32 | (position + 1L);
        return true;
      }
      if ((int) (entry >>> 32) == hash && ids[(int) entry - 1].equals(id)) {
        return false;
      }
    }
  }

  /** The position of the id in {@code ids}, or -1. */
  private static int find(long[] slots, Identifier<?>[] ids, Identifier<?> id) {
    int hash = id.hashCode();
    int mask = slots.length - 1;
    for (int s = slot(hash, mask); ; s = (s + 1) & mask) {
      long entry = slots[s];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == hash) {
        Identifier<?> candidate = ids[(int) entry - 1];
        if (candidate == id || candidate.equals(id)) {
          return (int) entry - 1;
        }
      }
    }
  }

  int objectivePosition(ObjectiveId id) {
    return find(objectiveSlots, objectiveIds, id);
  }

  int cyclePosition(CycleId id) {
    Integer position = cycles.get(id);
    return position == null ? -1 : position;
  }

  /** The packed place of a key result ({@code objective << 32 | index}), or -1. */
  long keyResultPlace(KeyResultId id) {
    int p = find(keyResultSlots, keyResultIds, id);
    if (p < 0) {
      return -1;
    }
    int o = objectiveOfKeyResult[p];
    return (long) o << 32 | (p - firstKeyResult[o]);
  }

  /** The position of a key result among all key results, objective by objective, or -1. */
  int keyResultPosition(KeyResultId id) {
    return find(keyResultSlots, keyResultIds, id);
  }

  int objectiveCount() {
    return objectiveIds.length;
  }

  ObjectiveId objectiveId(int position) {
    return objectiveIds[position];
  }

  KeyResultId keyResultId(int position) {
    return keyResultIds[position];
  }

  /**
   * The position of each objective's first key result, objective by objective, and the number of
   * key results last: the array itself, which no one changes.
   */
  int[] firstKeyResults() {
    return firstKeyResult;
  }

  int keyResultCount() {
    return keyResultIds.length;
  }
}
