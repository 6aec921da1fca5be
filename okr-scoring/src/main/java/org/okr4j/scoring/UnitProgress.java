package org.okr4j.scoring;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.okr4j.core.CycleId;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Owner;
import org.okr4j.core.Share;

/**
 * The per-unit roll-up behind {@link Scores#unitProgress(CycleId)}: one pass over the set's
 * objectives, each unit's objectives kept as positions and weights so that an explanation is
 * written only when asked.
 */
final class UnitProgress {

  private UnitProgress() {}

  /** One unit's objectives of the cycle: positions in the set and their weights there. */
  private static final class Tally {
    int[] objectives = new int[2];
    double[] weights = new double[2];
    int size;

    void add(int objective, double weight) {
      if (size == objectives.length) {
        objectives = Arrays.copyOf(objectives, size * 2);
        weights = Arrays.copyOf(weights, size * 2);
      }
      objectives[size] = objective;
      weights[size++] = weight;
    }
  }

  static Map<OrgUnitId, Progress> of(OkrSet set, CycleId cycle, double[] progress,
      IntFunction<String> idOf) {
    List<Objective> objectives = set.objectives();
    OkrLinks links = set.links();
    Map<OrgUnitId, Tally> tallies = new TreeMap<>();
    // In id order, so that each explanation is the same for a set built in any order.
    for (int rank = 0; rank < objectives.size(); rank++) {
      int o = links.inIdOrder(rank);
      Objective objective = objectives.get(o);
      if (!objective.cycle().equals(cycle)) {
        continue;
      }
      if (objective.owner().orElse(null) instanceof OrgUnitId unit) {
        tallies.computeIfAbsent(unit, u -> new Tally()).add(o, 1);
      }
      for (Owner coOwner : objective.coOwners()) {
        if (coOwner instanceof OrgUnitId unit) {
          tallies.computeIfAbsent(unit, u -> new Tally()).add(o, 1);
        }
      }
      for (Share share : objective.sharedWith()) {
        tallies.computeIfAbsent(share.unit(), u -> new Tally()).add(o, share.weight());
      }
    }
    Map<OrgUnitId, Progress> result = new LinkedHashMap<>();
    tallies.forEach((unit, tally) -> result.put(unit, rolledUp(unit, cycle, tally, progress,
        idOf)));
    return Collections.unmodifiableMap(result);
  }

  private static Progress rolledUp(OrgUnitId unit, CycleId cycle, Tally tally, double[] progress,
      IntFunction<String> idOf) {
    double sum = 0;
    double weights = 0;
    for (int i = 0; i < tally.size; i++) {
      double value = progress[tally.objectives[i]];
      if (!Double.isNaN(value)) {
        sum += value * tally.weights[i];
        weights += tally.weights[i];
      }
    }
    if (weights == 0) {
      return Progress.notScored(() -> "none of " + unit + "'s objectives in " + cycle
          + " is scored: " + list(tally, progress, idOf));
    }
    double total = sum;
    double weight = weights;
    return Progress.of(total / weight, () -> "weighted mean over " + unit + "'s objectives in "
        + cycle + ": " + list(tally, progress, idOf) + " = " + Progress.fmt(total) + " / "
        + Progress.fmt(weight));
  }

  /** Each objective as {@code id progress xweight}, in id order. */
  private static String list(Tally tally, double[] progress, IntFunction<String> idOf) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < tally.size; i++) {
      double value = progress[tally.objectives[i]];
      text.append(i == 0 ? "" : ", ").append(idOf.apply(tally.objectives[i])).append(' ')
          .append(Double.isNaN(value) ? "not scored" : Progress.fmt(value))
          .append(" x").append(Progress.fmt(tally.weights[i]));
    }
    return text.toString();
  }
}
