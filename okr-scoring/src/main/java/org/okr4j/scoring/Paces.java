package org.okr4j.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Ready-made {@link Pace}s. */
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
    TreeMap<LocalDate, Double> sorted = new TreeMap<>(Objects.requireNonNull(waypoints, "waypoints"));
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
      List<Map.Entry<LocalDate, Double>> points = new ArrayList<>();
      points.add(Map.entry(cycle.start(), 0.0));
      sorted.subMap(cycle.start(), false, cycle.end(), false).entrySet().forEach(points::add);
      points.add(Map.entry(cycle.end(), 1.0));
      points.sort(Comparator.comparing(Map.Entry::getKey));
      if (!day.isAfter(cycle.start())) {
        return 0.0;
      }
      for (int i = 1; i < points.size(); i++) {
        LocalDate to = points.get(i).getKey();
        if (!day.isAfter(to)) {
          LocalDate from = points.get(i - 1).getKey();
          double a = points.get(i - 1).getValue();
          double b = points.get(i).getValue();
          double span = ChronoUnit.DAYS.between(from, to);
          return span == 0 ? b : a + (b - a) * ChronoUnit.DAYS.between(from, day) / span;
        }
      }
      return 1.0;
    };
  }
}
