package org.okr4j.core.validation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.Identifier;
import org.okr4j.core.Level;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.Owner;
import org.okr4j.core.internal.SetColumns;

/** "Less is more": how many objectives and key results keep a cycle focused. */
final class FocusRules {

  private FocusRules() {}

  /**
   * Owners with more objectives in a cycle than {@code focus.objectives.max}, or fewer than
   * {@code focus.objectives.min}; a co-owner counts as fully as the owner. In the order each owner
   * and cycle is first met, objectives by id. Owners and cycles come as numbers from the check's
   * {@link SetColumns}: only objectives with co-owners are read.
   */
  static ValidationRule objectivesPerOwner() {
    return (context, out) -> {
      int min = context.get(Settings.OBJECTIVES_MIN);
      int max = context.get(Settings.OBJECTIVES_MAX);
      SetColumns columns = context.columns();
      OkrLinks links = context.links();
      List<Objective> objectives = context.set().objectives();
      OwnersInCycles counts = new OwnersInCycles(columns.cycleCount());
      for (int i = 0; i < links.objectiveCount(); i++) {
        int o = links.inIdOrder(i);
        int cycle = columns.cycle(o);
        int owner = columns.objectiveOwner(o);
        if (owner >= 0) {
          counts.add(owner, cycle);
        }
        if (columns.hasCoOwners(o)) {
          for (Owner coOwner : objectives.get(o).coOwners()) {
            counts.add(columns.ownerNumber(coOwner), cycle);
          }
        }
      }
      for (int k = 0; k < counts.size(); k++) {
        Identifier<?> owner = (Identifier<?>) columns.owner(counts.owner(k));
        CycleId cycle = columns.cycleId(counts.cycle(k));
        int count = counts.count(k);
        if (count > max) {
          out.accept(Violation.of("focus.objectives.too-many", Severity.WARNING, owner)
              .withValue("cycle", cycle).withValue("count", count).withValue("max", max));
        } else if (count < min) {
          out.accept(Violation.of("focus.objectives.too-few", Severity.INFO, owner)
              .withValue("cycle", cycle).withValue("count", count).withValue("min", min));
        }
      }
    };
  }

  /**
   * Counters of pairs of owner and cycle numbers, numbered 0, 1, 2, ... as first counted: an
   * open-addressing table of the pairs (a long each) in front of growing arrays, so that three
   * million objectives make no object per count.
   */
  private static final class OwnersInCycles {
    private final int cycles;
    // Each used slot holds a pair plus one (never zero); its number lies at the same index.
    private long[] slots = new long[1 << 10];
    private int[] slotNumbers = new int[slots.length];
    private long[] pairs = new long[64];
    private int[] counts = new int[64];
    private int size;

    OwnersInCycles(int cycles) {
      this.cycles = cycles;
    }

    /** Counts one objective for {@code owner} in {@code cycle}. */
    void add(int owner, int cycle) {
      long pair = (long) owner * cycles + cycle;
      int mask = slots.length - 1;
      int slot = (int) (pair * 0x9E3779B97F4A7C15L >>> 32) & mask;
      while (slots[slot] != 0) {
        if (slots[slot] == pair + 1) {
          counts[slotNumbers[slot]]++;
          return;
        }
        slot = slot + 1 & mask;
      }
      if (size == pairs.length) {
        pairs = Arrays.copyOf(pairs, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      slots[slot] = pair + 1;
      slotNumbers[slot] = size;
      pairs[size] = pair;
      counts[size++] = 1;
      if (size * 2 > slots.length) {
        grow();
      }
    }

    /** Doubles the table, keeping it at most half full. */
    private void grow() {
      long[] old = slots;
      int[] oldNumbers = slotNumbers;
      slots = new long[old.length * 2];
      slotNumbers = new int[slots.length];
      int mask = slots.length - 1;
      for (int i = 0; i < old.length; i++) {
        if (old[i] != 0) {
          int slot = (int) ((old[i] - 1) * 0x9E3779B97F4A7C15L >>> 32) & mask;
          while (slots[slot] != 0) {
            slot = slot + 1 & mask;
          }
          slots[slot] = old[i];
          slotNumbers[slot] = oldNumbers[i];
        }
      }
    }

    int size() {
      return size;
    }

    int owner(int k) {
      return (int) (pairs[k] / cycles);
    }

    int cycle(int k) {
      return (int) (pairs[k] % cycles);
    }

    int count(int k) {
      return counts[k];
    }
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
