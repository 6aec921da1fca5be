package org.okr4j.core.validation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.Identifier;
import org.okr4j.core.Level;
import org.okr4j.core.Objective;
import org.okr4j.core.Owner;

/** "Less is more": how many objectives and key results keep a cycle focused. */
final class FocusRules {

  private FocusRules() {}

  private record OwnerInCycle(Owner owner, CycleId cycle) {}

  static ValidationRule objectivesPerOwner() {
    return (context, out) -> {
      int min = context.get(Settings.OBJECTIVES_MIN);
      int max = context.get(Settings.OBJECTIVES_MAX);
      Map<OwnerInCycle, int[]> counts = new LinkedHashMap<>();
      for (Objective objective : ObjectiveRule.inIdOrder(context.set())) {
        objective.owner().ifPresent(owner -> counts
            .computeIfAbsent(new OwnerInCycle(owner, objective.cycle()), key -> new int[1])[0]++);
        // A co-owner carries the objective as fully as its owner: it counts for each.
        for (Owner coOwner : objective.coOwners()) {
          counts.computeIfAbsent(new OwnerInCycle(coOwner, objective.cycle()),
              key -> new int[1])[0]++;
        }
      }
      counts.forEach((key, count) -> {
        Identifier<?> owner = (Identifier<?>) key.owner();
        if (count[0] > max) {
          out.accept(Violation.of("focus.objectives.too-many", Severity.WARNING, owner)
              .withValue("cycle", key.cycle()).withValue("count", count[0]).withValue("max", max));
        } else if (count[0] < min) {
          out.accept(Violation.of("focus.objectives.too-few", Severity.INFO, owner)
              .withValue("cycle", key.cycle()).withValue("count", count[0]).withValue("min", min));
        }
      });
    };
  }

  static ObjectiveRule keyResultsPerObjective() {
    return context -> {
      int min = context.get(Settings.KEY_RESULTS_MIN);
      int max = context.get(Settings.KEY_RESULTS_MAX);
      List<String> minLevels = context.get(Settings.KEY_RESULTS_MIN_LEVELS);
      return (position, objective, out) -> {
        int count = objective.keyResults().size();
        if (count > max) {
          out.accept(Violation.of("focus.key-results.too-many", Severity.WARNING, objective.id())
              .withValue("count", count).withValue("max", max));
        } else if (count < min
            && (minLevels.isEmpty() || minLevels.contains(objective.level().name()))) {
          out.accept(Violation.of("focus.key-results.too-few", Severity.WARNING, objective.id())
              .withValue("count", count).withValue("min", min));
        }
      };
    };
  }

  static ValidationRule topLevelObjectives() {
    return (context, out) -> {
      int min = context.get(Settings.TOP_LEVEL_MIN);
      int max = context.get(Settings.TOP_LEVEL_MAX);
      Level top = context.set().organization().levels().top();
      Map<CycleId, int[]> counts = new TreeMap<>();
      for (Cycle cycle : context.set().cycles()) {
        counts.put(cycle.id(), new int[2]); // objectives at the top, objectives in all
      }
      // Counted through a hash map, looked up only when the cycle changes (objectives in id order
      // mostly share theirs); reported in the order of cycle ids.
      Map<CycleId, int[]> byId = new HashMap<>(counts);
      CycleId lastCycle = null;
      int[] current = null;
      for (Objective objective : ObjectiveRule.inIdOrder(context.set())) {
        if (objective.cycle() != lastCycle) {
          lastCycle = objective.cycle();
          current = byId.get(lastCycle);
        }
        if (current != null) {
          current[0] += objective.level().rank() <= top.rank() ? 1 : 0;
          current[1]++;
        }
      }
      counts.forEach((cycle, count) -> {
        if (count[0] > max) {
          out.accept(Violation.of("focus.top-level.too-many", Severity.WARNING, cycle)
              .withValue("count", count[0]).withValue("max", max));
        } else if (count[0] < min && count[1] > 0) {
          out.accept(Violation.of("focus.top-level.too-few", Severity.INFO, cycle)
              .withValue("count", count[0]).withValue("min", min));
        }
      });
    };
  }
}
