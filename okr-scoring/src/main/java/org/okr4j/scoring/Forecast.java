package org.okr4j.scoring;

import static org.okr4j.scoring.Progress.fmt;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.CheckIn;
import org.okr4j.core.CheckpointsMeasure;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.ZonesMeasure;

/**
 * Where a key result's value is heading (OpenOKR's forecast): the least-squares line through its
 * (day, value) check-ins up to a day, projected to the cycle's end.
 *
 * <p>Immutable and thread-safe. There is no forecast from fewer than two distinct days, nor for
 * measures without a numeric target (milestones, stages, ordinal zones, baselines).
 *
 * @param projected the projected value on the cycle's last day
 * @param slopePerDay the fitted change per day
 * @param offTrack whether the projection misses the target in the key result's direction (for a
 *     range: falls outside the band)
 * @param explanation the numbers behind it
 */
public record Forecast(double projected, double slopePerDay, boolean offTrack, String explanation) {

  /** Checks the explanation. */
  public Forecast {
    Objects.requireNonNull(explanation, "explanation");
  }

  /** The forecast of {@code keyResult} from its check-ins on or before {@code asOf}. */
  public static Optional<Forecast> of(KeyResult keyResult, Cycle cycle, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(asOf, "asOf");
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    long firstDay = Long.MIN_VALUE;
    boolean twoDays = false;
    for (CheckIn checkIn : keyResult.checkIns()) {
      if (checkIn.date().isAfter(asOf) || checkIn.value().isEmpty()) {
        continue;
      }
      double x = ChronoUnit.DAYS.between(cycle.start(), checkIn.date());
      double y = checkIn.value().getAsDouble();
      if (firstDay == Long.MIN_VALUE) {
        firstDay = (long) x;
      } else if ((long) x != firstDay) {
        twoDays = true;
      }
      n++;
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    Measure measure = keyResult.measure();
    if (!twoDays || !hasTarget(measure)) {
      return Optional.empty();
    }
    double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    double intercept = (sy - slope * sx) / n;
    double endDay = ChronoUnit.DAYS.between(cycle.start(), cycle.end());
    double projected = intercept + slope * endDay;
    if (!Double.isFinite(projected) || !Double.isFinite(slope)) {
      return Optional.empty();
    }
    // Judged on the projection to 12 significant digits: the sums are binary, and a line that
    // reaches 9.2 exactly in decimals projects 9.199999999999998.
    boolean offTrack = misses(measure, Decimals.significant(projected));
    String why = "least squares over " + (long) n + " check-ins: " + fmt(slope) + " a day, "
        + fmt(projected) + " by " + cycle.end() + (offTrack ? ", missing " : ", reaching ")
        + measure;
    return Optional.of(new Forecast(projected, slope, offTrack, why));
  }

  /**
   * OpenOKR's forecast: as {@link #of}, with the projected value and the slope rounded to 2
   * decimals, ties away from zero, and off track judged on the rounded projection.
   */
  public static Optional<Forecast> openOkr(KeyResult keyResult, Cycle cycle, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(asOf, "asOf");
    return of(keyResult, cycle, asOf).map(f -> {
      double projected = twoDecimals(f.projected());
      double slope = twoDecimals(f.slopePerDay());
      boolean offTrack = misses(keyResult.measure(), projected);
      return new Forecast(projected, slope, offTrack, f.explanation() + "; rounded to 2 decimals: "
          + fmt(projected) + (offTrack ? ", missing" : ", reaching"));
    });
  }

  private static double twoDecimals(double value) {
    return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static boolean hasTarget(Measure measure) {
    return measure instanceof LinearMeasure || measure instanceof ThresholdMeasure
        || measure instanceof RangeMeasure || measure instanceof ZonesMeasure
        || measure instanceof CheckpointsMeasure;
  }

  private static boolean misses(Measure measure, double projected) {
    if (measure instanceof LinearMeasure m) {
      return m.direction().sign() * (projected - m.target()) < 0;
    }
    if (measure instanceof ThresholdMeasure m) {
      return !m.isMetBy(projected);
    }
    if (measure instanceof RangeMeasure m) {
      return !m.contains(projected);
    }
    if (measure instanceof ZonesMeasure m) {
      return m.direction().sign() * (projected - m.target()) < 0;
    }
    CheckpointsMeasure m = (CheckpointsMeasure) measure;
    return m.direction().sign() * (projected - m.target()) < 0;
  }
}
