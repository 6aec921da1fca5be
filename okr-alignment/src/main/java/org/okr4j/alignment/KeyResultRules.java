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
import org.okr4j.core.Identifier;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.Owner;
import org.okr4j.core.internal.SetColumns;
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
      // One counter per owner number, read from the columns; only key results carried by
      // co-owners are read themselves.
      SetColumns columns = DuplicateRules.columns(context);
      OkrLinks links = context.links();
      List<Objective> objectives = context.set().objectives();
      int[] loads = new int[columns.ownerCount()];
      for (int o = 0; o < links.objectiveCount(); o++) {
        int first = links.firstKeyResult(o);
        for (int q = first; q < links.firstKeyResult(o + 1); q++) {
          int owner = columns.keyResultOwner(q);
          if (owner >= 0) {
            loads[owner]++;
          }
          if (columns.isCoOwned(q)) {
            // Co-owners carry it as fully as the owner: the key result's own with its own owner,
            // else the objective's with the objective's.
            Objective objective = objectives.get(o);
            KeyResult kr = objective.keyResults().get(q - first);
            for (Owner coOwner : kr.owner().isPresent() || !kr.coOwners().isEmpty()
                ? kr.coOwners() : objective.coOwners()) {
              int number = columns.ownerNumber(coOwner);
              if (number != owner) { // an ownerless key result's co-owner may own the objective
                loads[number]++;
              }
            }
          }
        }
      }
      List<Integer> overloaded = new ArrayList<>();
      for (int owner = 0; owner < loads.length; owner++) {
        if (loads[owner] > max) {
          overloaded.add(owner);
        }
      }
      overloaded.sort(Comparator.comparing((Integer owner) -> columns.owner(owner).value())
          .thenComparing(owner -> columns.owner(owner).getClass().getSimpleName()));
      for (int owner : overloaded) {
        out.accept(Violation.of(OWNER_OVERLOADED, Severity.WARNING,
                (Identifier<?>) columns.owner(owner))
            .withValue("count", loads[owner]).withValue("max", max));
      }
    };
  }

  /**
   * Key results on one metric (the same {@link #metricKey(String)} and unit of a linear measure)
   * that units move in opposite directions; one violation per metric and unit of measure, its key
   * results sorted by id, violations in the order of their first key result. Raising and lowering
   * within one unit is that unit's own trade-off, not a conflict.
   *
   * <p>Primitive per key result: each linear key result with a metric becomes one entry (its
   * metric's and its unit of measure's numbers, its objective, its index there and its
   * direction), and a counting sort by metric lays each metric's entries side by side in set
   * order; only metrics and their names are kept in a map. Ten million key results build no map
   * or list per metric and unit, whose scattered nodes cost more than reading the key results;
   * the entries and their sorted copy take about 28 bytes per key result while the rule runs.
   * Measures and units come from the check's {@link SetColumns}: the rule reads no key result
   * until it names the members of a conflict.
   */
  static ValidationRule oppositeDirections() {
    return (context, out) -> {
      if (!context.reports(OPPOSITE_DIRECTIONS)) {
        return;
      }
      OkrLinks links = context.links();
      List<Objective> objectives = context.set().objectives();
      SetColumns columns = DuplicateRules.columns(context);
      Metrics metrics = new Metrics(columns.keyResultTitles());
      Entries entries = new Entries(links.keyResultCount());
      for (int o = 0; o < links.objectiveCount(); o++) {
        int first = links.firstKeyResult(o);
        for (int q = first; q < links.firstKeyResult(o + 1); q++) {
          int linear = columns.linear(q);
          if (linear != SetColumns.NOT_LINEAR) {
            int metric = metrics.of(q);
            if (metric >= 0) {
              entries.add(metric, linear >>> 1, o, q - first, (linear & 1) != 0);
            }
          }
        }
      }
      record Conflict(List<KeyResultId> keyResults, String metric) {}
      List<Conflict> conflicts = new ArrayList<>();
      entries.byMetric(metrics.count(), (metric, members) -> {
        if (!opposed(members, links)) {
          return;
        }
        List<KeyResultId> ids = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
          ids.add(objectives.get(members.objective(i)).keyResults().get(members.index(i)).id());
        }
        ids.sort(Comparator.naturalOrder());
        conflicts.add(new Conflict(ids, metrics.name(metric)));
      });
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
  private static boolean opposed(Members members, OkrLinks links) {
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

  /**
   * Each key-result title's metric as a number, worked out once per distinct title on first
   * request; -1 for a title that names none.
   */
  private static final class Metrics {
    private static final int UNKNOWN = -2;
    private final TitleNumbers titles;
    private final int[] ofTitle;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    Metrics(TitleNumbers titles) {
      this.titles = titles;
      ofTitle = new int[titles.count()];
      Arrays.fill(ofTitle, UNKNOWN);
    }

    /** The metric number of the key result at {@code position}, or -1. */
    int of(int position) {
      int title = titles.number(position);
      int metric = ofTitle[title];
      if (metric == UNKNOWN) {
        String name = metricKey(titles.title(title));
        metric = name.isEmpty() ? -1 : numbers.computeIfAbsent(name, key -> {
          names.add(key);
          return names.size() - 1;
        });
        ofTitle[title] = metric;
      }
      return metric;
    }

    int count() {
      return names.size();
    }

    String name(int metric) {
      return names.get(metric);
    }
  }

  /** What {@link Entries#byMetric} hands on: one metric's key results of one unit. */
  @FunctionalInterface
  private interface MetricUnits {
    void accept(int metric, Members members);
  }

  /**
   * The linear key results with a metric, in set order: metric and unit numbers, and objective,
   * index and direction packed in a long.
   */
  private static final class Entries {
    private int[] metric;
    private int[] unit;
    private long[] place;
    private int size;

    Entries(int expected) {
      int capacity = Math.max(16, expected);
      metric = new int[capacity];
      unit = new int[capacity];
      place = new long[capacity];
    }

    void add(int metricNumber, int unitNumber, int objective, int index, boolean raises) {
      metric[size] = metricNumber;
      unit[size] = unitNumber;
      place[size] = ((long) objective << 32 | index) << 1 | (raises ? 1 : 0);
      size++;
    }

    /**
     * Hands on each metric's key results of each unit, two or more of them, in set order: a
     * counting sort by metric, then, within a metric of more than one unit, a stable sort by unit.
     */
    void byMetric(int metrics, MetricUnits action) {
      int[] start = new int[metrics + 1];
      for (int i = 0; i < size; i++) {
        start[metric[i] + 1]++;
      }
      for (int m = 0; m < metrics; m++) {
        start[m + 1] += start[m];
      }
      int[] next = Arrays.copyOf(start, metrics);
      long[] sorted = new long[size];
      int[] sortedUnit = new int[size];
      for (int i = 0; i < size; i++) {
        int at = next[metric[i]]++;
        sorted[at] = place[i];
        sortedUnit[at] = unit[i];
      }
      metric = null;
      unit = null;
      place = null;
      for (int m = 0; m < metrics; m++) {
        byUnit(m, sorted, sortedUnit, start[m], start[m + 1], action);
      }
    }

    private static void byUnit(int metric, long[] sorted, int[] sortedUnit, int from, int to,
        MetricUnits action) {
      if (to - from < 2) {
        return;
      }
      boolean oneUnit = true;
      for (int i = from + 1; i < to && oneUnit; i++) {
        oneUnit = sortedUnit[i] == sortedUnit[from];
      }
      if (oneUnit) {
        action.accept(metric, new Members(sorted, from, to));
        return;
      }
      // Rare: stable by unit, so that each unit's key results stay in set order.
      long[] byUnit = new long[to - from];
      for (int i = from; i < to; i++) {
        byUnit[i - from] = (long) sortedUnit[i] << 32 | (i - from);
      }
      Arrays.sort(byUnit);
      long[] members = new long[to - from];
      for (int i = 0; i < members.length; i++) {
        members[i] = sorted[from + (int) byUnit[i]];
      }
      int first = 0;
      for (int i = 1; i <= members.length; i++) {
        if (i == members.length || byUnit[i] >>> 32 != byUnit[first] >>> 32) {
          if (i - first >= 2) {
            action.accept(metric, new Members(members, first, i));
          }
          first = i;
        }
      }
    }
  }

  /** A run of packed key results: objective position, index in it and direction. */
  private static final class Members {
    private final long[] places;
    private final int from;
    private final int to;

    Members(long[] places, int from, int to) {
      this.places = places;
      this.from = from;
      this.to = to;
    }

    int size() {
      return to - from;
    }

    int objective(int i) {
      return (int) (places[from + i] >>> 33);
    }

    int index(int i) {
      return (int) (places[from + i] >>> 1 & 0xFFFF_FFFFL);
    }

    boolean raises(int i) {
      return (places[from + i] & 1) != 0;
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
