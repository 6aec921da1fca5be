package org.okr4j.core;

import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A value to stay at or above (or at or below) a threshold: uptime at least 99.9, cost at most 40.
 *
 * <p>Immutable and thread-safe. {@link Direction#INCREASE} means "stay above", and
 * {@link Direction#DECREASE} "stay below". Strict thresholds do not count meeting the threshold
 * exactly (Quantive's "stay above"); inclusive ones do (Oboard's "above or equal").
 */
@Value.Immutable
public abstract non-sealed class ThresholdMeasure implements Measure {

  ThresholdMeasure() {}

  /** The threshold. */
  public abstract double threshold();

  /** {@link Direction#INCREASE} to stay above, {@link Direction#DECREASE} to stay below. */
  public abstract Direction direction();

  /** True if meeting the threshold exactly does not count. */
  @Value.Default
  public boolean strict() {
    return false;
  }

  @Override
  @Value.Default
  public Unit unit() {
    return Unit.number();
  }

  @Override
  public final MeasureKind kind() {
    return MeasureKind.THRESHOLD;
  }

  /** Stay at or above {@code threshold}. */
  public static ThresholdMeasure atLeast(double threshold) {
    return of(threshold, Direction.INCREASE, false);
  }

  /** Stay at or below {@code threshold}. */
  public static ThresholdMeasure atMost(double threshold) {
    return of(threshold, Direction.DECREASE, false);
  }

  /** Stay strictly above {@code threshold}. */
  public static ThresholdMeasure above(double threshold) {
    return of(threshold, Direction.INCREASE, true);
  }

  /** Stay strictly below {@code threshold}. */
  public static ThresholdMeasure below(double threshold) {
    return of(threshold, Direction.DECREASE, true);
  }

  /** A threshold in the given direction, strict or inclusive. */
  public static ThresholdMeasure of(double threshold, Direction direction, boolean strict) {
    return ImmutableThresholdMeasure.builder()
        .threshold(threshold).direction(direction).strict(strict).build();
  }

  /** A copy counted in {@code unit}. */
  public ThresholdMeasure withUnit(Unit unit) {
    return ImmutableThresholdMeasure.copyOf(this).withUnit(unit);
  }

  /** True if {@code value} satisfies the threshold. */
  public boolean isMetBy(double value) {
    int sign = direction().sign();
    double margin = sign * (value - threshold());
    return strict() ? margin > 0 : margin >= 0;
  }

  @Value.Check
  void check() {
    Guards.finite("threshold", threshold());
  }

  @Override
  public String toString() {
    String op = direction() == Direction.INCREASE ? (strict() ? ">" : ">=") : (strict() ? "<" : "<=");
    return "threshold " + op + " " + MeasureText.number(threshold())
        + MeasureText.unit(unit());
  }
}
