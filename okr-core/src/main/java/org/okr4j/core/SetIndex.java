package org.okr4j.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okr4j.core.internal.Guards;

/**
 * The lookups of an {@link OkrSet}, built once in one pass: objective and cycle positions, and for
 * each key result its objective's position and its own place in that objective, packed in a long.
 * Rejects duplicate ids on the way.
 */
final class SetIndex {

  private final Map<ObjectiveId, Integer> objectives;
  private final Map<KeyResultId, Long> keyResults;
  private final Map<CycleId, Integer> cycles;
  private final int[] firstKeyResult;
  private final int keyResultCount;

  SetIndex(List<Cycle> cycleList, List<Objective> objectiveList) {
    cycles = new HashMap<>(capacity(cycleList.size()));
    for (int i = 0; i < cycleList.size(); i++) {
      Guards.check(cycles.putIfAbsent(cycleList.get(i).id(), i) == null, "cycles",
          "not contain duplicates", cycleList.get(i).id());
    }
    firstKeyResult = new int[objectiveList.size() + 1];
    for (int o = 0; o < objectiveList.size(); o++) {
      firstKeyResult[o + 1] = firstKeyResult[o] + objectiveList.get(o).keyResults().size();
    }
    int krs = firstKeyResult[objectiveList.size()];
    keyResultCount = krs;
    objectives = new HashMap<>(capacity(objectiveList.size()));
    keyResults = new HashMap<>(capacity(krs));
    for (int o = 0; o < objectiveList.size(); o++) {
      Objective objective = objectiveList.get(o);
      Guards.check(objectives.putIfAbsent(objective.id(), o) == null, "objectives",
          "not contain duplicates", objective.id());
      List<KeyResult> list = objective.keyResults();
      for (int k = 0; k < list.size(); k++) {
        KeyResultId id = list.get(k).id();
        Guards.check(keyResults.putIfAbsent(id, ((long) o << 32) | k) == null, "key results",
            "not contain duplicates across objectives", id);
      }
    }
  }

  private static int capacity(int size) {
    return Math.max(16, (int) Math.min(Integer.MAX_VALUE, size * 4L / 3 + 1));
  }

  int objectivePosition(ObjectiveId id) {
    Integer position = objectives.get(id);
    return position == null ? -1 : position;
  }

  int cyclePosition(CycleId id) {
    Integer position = cycles.get(id);
    return position == null ? -1 : position;
  }

  /** The packed place of a key result ({@code objective << 32 | index}), or -1. */
  long keyResultPlace(KeyResultId id) {
    Long place = keyResults.get(id);
    return place == null ? -1 : place;
  }

  /** The position of a key result among all key results, objective by objective, or -1. */
  int keyResultPosition(KeyResultId id) {
    long place = keyResultPlace(id);
    return place < 0 ? -1 : firstKeyResult[(int) (place >>> 32)] + (int) place;
  }

  int keyResultCount() {
    return keyResultCount;
  }
}
