package org.okr4j.alignment;

import static org.okr4j.alignment.AlignmentRules.OPPOSITE_DIRECTIONS;
import static org.okr4j.alignment.AlignmentRules.OWNER_OVERLOADED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.okr4j.core.Direction;
import org.okr4j.core.Identifier;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.Owner;
import org.okr4j.core.Unit;
import org.okr4j.core.internal.TitleNumbers;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationRule;
import org.okr4j.core.validation.Violation;

/** The rules that weigh key results across the whole set: owners' load, and opposing metrics. */
final class KeyResultRules {

  /** Words that say which way a metric moves, or join it to its numbers, not what it is. */
  static final Set<String> DIRECTION_WORDS = Set.of("raise", "raises", "increase",
      "increases", "grow", "grows", "lift", "lifts", "boost", "improve", "double", "cut", "cuts",
      "reduce", "reduces", "lower", "lowers", "decrease", "decreases", "shrink", "drop", "from",
      "to", "by", "under", "over", "above", "below", "the", "a", "an", "of", "our", "in", "at");

  private KeyResultRules() {}

  /**
   * Owners carrying more key results than {@code conflict.owner-key-results.max}: a key result
   * counts for its own owner, or else its objective's; and for each of its own co-owners, or (when
   * it has neither an owner nor co-owners of its own) each of its objective's. Owners by id (a
   * unit before a person of the same id).
   */
  static ValidationRule ownerLoad() {
    return (context, out) -> {
      if (!context.reports(OWNER_OVERLOADED)) {
        return;
      }
      int max = context.get(AlignmentRules.MAX_KEY_RESULTS_PER_OWNER);
      // One counter per owner, looked up once per objective and once per key result with its own.
      Map<Owner, int[]> loads = new HashMap<>();
      for (Objective objective : context.set().objectives()) {
        int[] objectiveOwner = objective.owner().isPresent()
            ? loads.computeIfAbsent(objective.owner().get(), k -> new int[1]) : null;
        int[][] objectiveCoOwners = counters(loads, objective.coOwners());
        for (KeyResult kr : objective.keyResults()) {
          boolean ownOwner = kr.owner().isPresent();
          int[] counter = ownOwner
              ? loads.computeIfAbsent(kr.owner().get(), k -> new int[1]) : objectiveOwner;
          if (counter != null) {
            counter[0]++;
          }
          // Co-owners carry it as fully as the owner: the key result's own with its own owner,
          // else the objective's with the objective's.
          for (int[] coOwner : ownOwner || !kr.coOwners().isEmpty()
              ? counters(loads, kr.coOwners()) : objectiveCoOwners) {
            if (coOwner != counter) { // an ownerless key result's co-owner may own the objective
              coOwner[0]++;
            }
          }
        }
      }
      List<Owner> overloaded = new ArrayList<>();
      loads.forEach((owner, count) -> {
        if (count[0] > max) {
          overloaded.add(owner);
        }
      });
      overloaded.sort(Comparator.comparing(Owner::value)
          .thenComparing(owner -> owner.getClass().getSimpleName()));
      for (Owner owner : overloaded) {
        out.accept(Violation.of(OWNER_OVERLOADED, Severity.WARNING, (Identifier<?>) owner)
            .withValue("count", loads.get(owner)[0]).withValue("max", max));
      }
    };
  }

  private static final int[][] NONE = new int[0][];

  /** The counters of these owners, made on first sight. */
  private static int[][] counters(Map<Owner, int[]> loads, List<Owner> owners) {
    if (owners.isEmpty()) {
      return NONE;
    }
    int[][] counters = new int[owners.size()][];
    for (int i = 0; i < counters.length; i++) {
      counters[i] = loads.computeIfAbsent(owners.get(i), k -> new int[1]);
    }
    return counters;
  }

  /**
   * Key results on one metric (the same {@link #metricKey(String)} and unit of a linear measure)
   * that units move in opposite directions; one violation per metric, its key results sorted by
   * id, metrics in the order of their first key result. Raising and lowering within one unit is
   * that unit's own trade-off, not a conflict.
   */
  static ValidationRule oppositeDirections() {
    return (context, out) -> {
      if (!context.reports(OPPOSITE_DIRECTIONS)) {
        return;
      }
      OkrLinks links = context.links();
      List<Objective> objectives = context.set().objectives();
      // Per metric and unit: its key results as objective, index in it and 1 if raising, packed
      // in a long. A title's metric is read once per distinct title, not per key result.
      Map<String, Map<Unit, KeyResultList>> byMetric = new HashMap<>();
      Map<Unit, KeyResultList> noMetric = Map.of();
      TitleNumbers.Memo<Map<Unit, KeyResultList>> metricOf = DuplicateRules.keyResultTitles(context)
          .memo(title -> {
            String metric = metricKey(title);
            return metric.isEmpty() ? noMetric
                : byMetric.computeIfAbsent(metric, key -> new HashMap<>(2));
          });
      for (int o = 0; o < objectives.size(); o++) {
        List<KeyResult> keyResults = objectives.get(o).keyResults();
        for (int k = 0; k < keyResults.size(); k++) {
          if (keyResults.get(k).measure() instanceof LinearMeasure m) {
            Map<Unit, KeyResultList> byUnit = metricOf.at(links.firstKeyResult(o) + k);
            if (byUnit != noMetric) {
              byUnit.computeIfAbsent(m.unit(), key -> new KeyResultList())
                  .add(o, k, m.direction() == Direction.INCREASE);
            }
          }
        }
      }
      record Conflict(List<KeyResultId> keyResults, String metric) {}
      List<Conflict> conflicts = new ArrayList<>();
      byMetric.forEach((metric, byUnit) -> byUnit.values().forEach(members -> {
        if (members.size() < 2) {
          return;
        }
        if (!opposed(members, links)) {
          return;
        }
        List<KeyResultId> ids = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
          ids.add(objectives.get(members.objective(i)).keyResults().get(members.index(i)).id());
        }
        ids.sort(Comparator.naturalOrder());
        conflicts.add(new Conflict(ids, metric));
      }));
      conflicts.sort(Comparator.comparing(conflict -> conflict.keyResults().get(0)));
      for (Conflict conflict : conflicts) {
        out.accept(Violation.of(OPPOSITE_DIRECTIONS, Severity.WARNING, conflict.keyResults())
            .withValue("metric", conflict.metric()));
      }
    };
  }

  /**
   * True if one unit raises the metric and another lowers it: some raise and some lower, and not
   * all of them in one unit. Each side's first unit and whether it has another are enough.
   */
  private static boolean opposed(KeyResultList members, OkrLinks links) {
    int firstUp = 0;
    int firstDown = 0;
    boolean anyUp = false;
    boolean anyDown = false;
    boolean manyUnits = false;
    for (int i = 0; i < members.size() && !manyUnits; i++) {
      int unit = links.ownerUnitOf(members.objective(i));
      if (members.raises(i)) {
        manyUnits = anyUp && unit != firstUp;
        firstUp = anyUp ? firstUp : unit;
        anyUp = true;
      } else {
        manyUnits = anyDown && unit != firstDown;
        firstDown = anyDown ? firstDown : unit;
        anyDown = true;
      }
    }
    if (manyUnits) {
      // Two units on one side: with anyone on the other side, two units oppose each other.
      for (int i = 0; i < members.size(); i++) {
        if (members.raises(i) != members.raises(0)) {
          return true;
        }
      }
      return false;
    }
    return anyUp && anyDown && firstUp != firstDown;
  }

  /** Key results as objective position, index in it and direction, packed in longs. */
  private static final class KeyResultList {
    private long[] values = new long[2];
    private int size;

    void add(int objective, int index, boolean raises) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = ((long) objective << 32 | index) << 1 | (raises ? 1 : 0);
    }

    int size() {
      return size;
    }

    int objective(int i) {
      return (int) (values[i] >>> 33);
    }

    int index(int i) {
      return (int) (values[i] >>> 1 & 0xFFFF_FFFFL);
    }

    boolean raises(int i) {
      return (values[i] & 1) != 0;
    }
  }

  /**
   * The metric a title names: its words (runs of letters, lower case) without numbers and without
   * {@link #DIRECTION_WORDS}, joined by single spaces. One scan, no regular expression: it runs
   * for every key result.
   */
  static String metricKey(String title) {
    String text = title.toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i > start) {
        String word = text.substring(start, i);
        if (!DIRECTION_WORDS.contains(word)) {
          key.append(key.length() == 0 ? "" : " ").append(word);
        }
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return key.toString();
  }
}
