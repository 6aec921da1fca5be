package org.okr4j.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.okr4j.core.CheckIn;
import org.okr4j.core.KeyResult;
import org.okr4j.core.MeasureKind;

/** The check-ins a scorer may read: the latest of a kind, on or before a day. */
final class Readings {

  private Readings() {}

  /**
   * The latest check-in carrying {@code reading}, dated on or before {@code asOf}; for the value
   * alone, {@code KeyResult.valueOnOrBefore} reads it without making check-ins.
   */
  static Optional<CheckIn> latest(KeyResult keyResult, LocalDate asOf, MeasureKind.Reading reading) {
    List<CheckIn> checkIns = keyResult.checkIns();
    for (int i = checkIns.size() - 1; i >= 0; i--) {
      CheckIn checkIn = checkIns.get(i);
      if (!checkIn.date().isAfter(asOf) && carries(checkIn, reading)) {
        return Optional.of(checkIn);
      }
    }
    return Optional.empty();
  }

  /** True if the check-in carries this kind of reading; allocation-free, for the hot loop. */
  private static boolean carries(CheckIn checkIn, MeasureKind.Reading reading) {
    return switch (reading) {
      case VALUE -> checkIn.value().isPresent();
      case ZONE -> checkIn.zone().isPresent();
      case DONE -> checkIn.done();
      case STAGES -> !checkIn.stagesDone().isEmpty();
    };
  }

  /** True if the key result has any check-in on or before {@code asOf}. */
  static boolean anyBy(KeyResult keyResult, LocalDate asOf) {
    return !keyResult.checkIns().isEmpty() && !keyResult.checkIns().get(0).date().isAfter(asOf);
  }

  /** The start value of a measure that has one (linear, checkpoints, zones). */
  static java.util.OptionalDouble startOf(org.okr4j.core.Measure measure) {
    if (measure instanceof org.okr4j.core.LinearMeasure m) {
      return java.util.OptionalDouble.of(m.start());
    }
    if (measure instanceof org.okr4j.core.CheckpointsMeasure m) {
      return java.util.OptionalDouble.of(m.start());
    }
    if (measure instanceof org.okr4j.core.ZonesMeasure m) {
      return java.util.OptionalDouble.of(m.start());
    }
    return java.util.OptionalDouble.empty();
  }

  /**
   * {@code (value - from) / (to - from)}, the share of the way from {@code from} to {@code to}
   * that {@code value} has come, right even where the differences overflow a double
   * ({@code LinearMeasure.of(-1e308, 1e308)}: halved first, then divided), kept finite.
   */
  static double fraction(double value, double from, double to) {
    double numerator = value - from;
    double denominator = to - from;
    if (Double.isInfinite(numerator) || Double.isInfinite(denominator)) {
      numerator = value / 2 - from / 2;
      denominator = to / 2 - from / 2;
    }
    return ratio(numerator, denominator);
  }

  /** {@code numerator / denominator}, kept finite: overflow saturates at the largest double. */
  static double ratio(double numerator, double denominator) {
    double ratio = numerator / denominator;
    if (Double.isFinite(ratio)) {
      return ratio;
    }
    return Math.copySign(Double.MAX_VALUE, numerator) * Math.signum(denominator);
  }
}
