package org.okr4j.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.okr4j.core.CheckpointsMeasure;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.Waypoint;
import org.okr4j.core.ZonesMeasure;

/**
 * Ready-made {@link Pace}s, and the value a key result's own waypoints expect by a day
 * ({@link #expectedValue(KeyResult, Cycle, LocalDate)}), which goes ahead of any pace.
 */
public final class Paces {

  private Paces() {}

  /** Elapsed over duration: {@link org.okr4j.core.Cycle#expectedProgress(LocalDate)}. */
  public static Pace linear() {
    return (cycle, day) -> cycle.expectedProgress(day);
  }

  /**
   * Phased targets: piecewise linear from (start, 0) through each waypoint (day, expected) to
   * (end, 1). Waypoints must be in [0, 1] and not fall over time.
   *
   * @throws IllegalArgumentException if a waypoint lies outside [0, 1] or the waypoints fall
   */
  public static Pace waypoints(Map<LocalDate, Double> waypoints) {
    Objects.requireNonNull(waypoints, "waypoints");
    TreeMap<LocalDate, Double> sorted = new TreeMap<>();
    for (Map.Entry<LocalDate, Double> point : waypoints.entrySet()) {
      LocalDate day = Objects.requireNonNull(point.getKey(), "waypoint day");
      sorted.put(day, Objects.requireNonNull(point.getValue(), () -> "waypoint on " + day));
    }
    double previous = 0;
    for (Map.Entry<LocalDate, Double> point : sorted.entrySet()) {
      double expected = point.getValue();
      if (!(expected >= previous && expected <= 1)) {
        throw new IllegalArgumentException("waypoint on " + point.getKey()
            + " must lie within [" + previous + ", 1.0], but was " + expected);
      }
      previous = expected;
    }
    return (cycle, day) -> {
      if (!day.isAfter(cycle.start())) {
        return 0.0;
      }
      // From (start, 0) through the waypoints strictly inside the cycle, in date order, to
      // (end, 1). On a waypoint's day, Lines gives its value exactly (0.45, not the line's
      // 0.44999999999999996 after 0.1).
      long from = cycle.start().toEpochDay();
      double fromValue = 0;
      for (Map.Entry<LocalDate, Double> point
          : sorted.subMap(cycle.start(), false, cycle.end(), false).entrySet()) {
        long to = point.getKey().toEpochDay();
        if (!day.isAfter(point.getKey())) {
          return Lines.at(from, fromValue, to, point.getValue(), day.toEpochDay());
        }
        from = to;
        fromValue = point.getValue();
      }
      return day.isAfter(cycle.end()) ? 1.0
          : Lines.at(from, fromValue, cycle.end().toEpochDay(), 1.0, day.toEpochDay());
    };
  }

  /**
   * The value a key result's {@linkplain KeyResult#waypoints() waypoints} expect by {@code day}
   * of {@code cycle}, or empty when none lies inside the cycle or the measure has no start and
   * target (linear, checkpoints and zones measures have them): then the policy's pace applies.
   * {@link Scores} reads a key result's status against this value, turned into progress by the
   * policy's scorer, ahead of the pace.
   *
   * <p>The rule, in days: the points are the cycle's first day at the measure's start value, each
   * waypoint inside the cycle in date order, and the cycle's last day at the target; a waypoint on
   * the first or the last day takes that point's place (waypoints outside the cycle are left out,
   * and reported by validation as {@code time.waypoint.outside-cycle}).
   * <ul>
   *   <li>on or before the first day: the first point's value;
   *   <li>between the first and the last day: linear between the two points around the day, so
   *       after the last waypoint the value goes on in a straight line to the target (a phased
   *       target is a point on the way, not a plateau);
   *   <li>on or after the cycle's last day: the last point's value, the target unless a waypoint
   *       falls on that day.
   * </ul>
   * So the value always lies between the least and the greatest of start, waypoints and target.
   * <pre>{@code
   * // linear 31 -> 45 in 2026-Q3, waypoints 2026-07-31=35 and 2026-08-31=41
   * Paces.expectedValue(nps, q3, LocalDate.of(2026, 8, 15));   // OptionalDouble[37.90...]
   * Paces.expectedValue(nps, q3, LocalDate.of(2026, 9, 10));   // OptionalDouble[42.33...]
   * }</pre>
   */
  public static OptionalDouble expectedValue(KeyResult keyResult, Cycle cycle, LocalDate day) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(day, "day");
    return expectedValue(keyResult, cycle, day, null);
  }

  /**
   * As {@link #expectedValue(KeyResult, Cycle, LocalDate)}, appending to {@code why} (if not
   * null) how the value was found.
   */
  static OptionalDouble expectedValue(KeyResult keyResult, Cycle cycle, LocalDate day,
      StringBuilder why) {
    List<Waypoint> waypoints = keyResult.waypoints();
    if (waypoints.isEmpty()) {
      return OptionalDouble.empty();
    }
    double start;
    double target;
    Measure measure = keyResult.measure();
    if (measure instanceof LinearMeasure linear) {
      start = linear.start();
      target = linear.target();
    } else if (measure instanceof CheckpointsMeasure checkpoints) {
      start = checkpoints.start();
      target = checkpoints.target();
    } else if (measure instanceof ZonesMeasure zones) {
      start = zones.start();
      target = zones.target();
    } else {
      return OptionalDouble.empty();
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < waypoints.size(); i++) {
      if (cycle.contains(waypoints.get(i).date())) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return OptionalDouble.empty();
    }
    Waypoint lastPoint = waypoints.get(last);
    if (!day.isAfter(cycle.start())) {
      Waypoint onStart = waypoints.get(first).date().equals(cycle.start()) ? waypoints.get(first)
          : null;
      note(why, onStart == null ? "the start value on the cycle's first day"
          : "the waypoint " + onStart + " on the cycle's first day");
      return OptionalDouble.of(onStart == null ? start : onStart.value());
    }
    if (!day.isBefore(cycle.end())) {
      boolean onEnd = lastPoint.date().equals(cycle.end());
      note(why, onEnd ? "the waypoint " + lastPoint + " on the cycle's last day"
          : "the target on the cycle's last day, " + cycle.end());
      return OptionalDouble.of(onEnd ? lastPoint.value() : target);
    }
    LocalDate fromDate = cycle.start();
    double fromValue = start;
    String fromText = "the start value " + Progress.fmt(start) + " on " + cycle.start();
    // The waypoints, then the target on the cycle's last day (no waypoint is on it: see above).
    for (int i = first; i <= last + 1; i++) {
      LocalDate toDate = i <= last ? waypoints.get(i).date() : cycle.end();
      double toValue = i <= last ? waypoints.get(i).value() : target;
      if (!day.isAfter(toDate)) {
        // On a waypoint's day, Lines gives its value exactly.
        double value = Lines.at(fromDate.toEpochDay(), fromValue, toDate.toEpochDay(), toValue,
            day.toEpochDay());
        note(why, "linear from " + fromText + " to " + (i <= last
            ? "the waypoint " + waypoints.get(i)
            : "the target " + Progress.fmt(target) + " on " + cycle.end()));
        // Rounding of the division must not carry the value past either end.
        return OptionalDouble.of(Math.min(Math.max(value, Math.min(fromValue, toValue)),
            Math.max(fromValue, toValue)));
      }
      fromDate = toDate;
      fromValue = toValue;
      fromText = "the waypoint " + waypoints.get(i);
    }
    throw new AssertionError("a day before the cycle's last lies before some point");
  }

  private static void note(StringBuilder why, String text) {
    if (why != null) {
      why.append(text);
    }
  }
}
