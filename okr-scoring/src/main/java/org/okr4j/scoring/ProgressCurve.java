package org.okr4j.scoring;

import static org.okr4j.scoring.Progress.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.okr4j.core.KeyResult;

/**
 * A vendor's progress curve: the linear ratio (v - s) / (t - s) mapped through points, linear in
 * between and constant beyond the ends.
 *
 * @param points at least two, x strictly rising, y in [0, 2]
 */
public record ProgressCurve(List<Point> points) implements TextRule {

  /** One point of the curve: ratio {@code x} scores {@code y}. */
  public record Point(double x, double y) {}

  /** Validates and copies the points. */
  public ProgressCurve {
    points = List.copyOf(Objects.requireNonNull(points, "points"));
    if (points.size() < 2) {
      throw new IllegalArgumentException("curve must have at least two points, but was " + points);
    }
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      if (!Double.isFinite(p.x()) || !(p.y() >= 0 && p.y() <= 2)) {
        throw new IllegalArgumentException("curve point must have a finite x and y in [0, 2],"
            + " but was " + p);
      }
      if (i > 0 && !(p.x() > points.get(i - 1).x())) {
        throw new IllegalArgumentException("curve points must rise in x, but was " + p
            + " after " + points.get(i - 1));
      }
    }
  }

  /** The progress the curve gives a linear ratio. */
  public double apply(double ratio) {
    Point first = points.get(0);
    if (ratio <= first.x()) {
      return first.y();
    }
    for (int i = 1; i < points.size(); i++) {
      Point b = points.get(i);
      if (ratio <= b.x()) {
        Point a = points.get(i - 1);
        return Lines.at(a.x(), a.y(), b.x(), b.y(), ratio);
      }
    }
    return points.get(points.size() - 1).y();
  }

  /** A scorer for linear key results that reads the ratio and maps it through this curve. */
  public Scorer scorer() {
    Scorer linear = Scorers.linear();
    return (KeyResult keyResult, java.time.LocalDate asOf) -> {
      Progress ratio = linear.score(keyResult, asOf);
      if (!ratio.isScored()) {
        return ratio;
      }
      double p = apply(ratio.value());
      return Progress.of(p, () -> ratio.explanation() + ", through curve " + format() + " = "
          + fmt(p));
    };
  }

  @Override
  public String format() {
    List<String> entries = new ArrayList<>(points.size());
    for (Point point : points) {
      entries.add(RuleTextParser.number(point.x()) + ":" + RuleTextParser.number(point.y()));
    }
    return "curve " + String.join(", ", entries);
  }

  @Override
  public String toString() {
    return format();
  }

  /** Curves are equal when their points are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ProgressCurve that && points.equals(that.points);
  }

  @Override
  public int hashCode() {
    return Objects.hash(points);
  }
}
