package org.okr4j.core;

import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A value to keep within a band {@code [low, high]}: "keep response time between 80 and 120 ms".
 *
 * <p>Immutable and thread-safe. A zero-width band ({@code low == high}) asks for an exact value.
 */
@Value.Immutable
public abstract non-sealed class RangeMeasure implements Measure {

  RangeMeasure() {}

  /** The lowest value inside the band. */
  public abstract double low();

  /** The highest value inside the band. */
  public abstract double high();

  @Override
  @Value.Default
  public Unit unit() {
    return Unit.number();
  }

  @Override
  public final MeasureKind kind() {
    return MeasureKind.RANGE;
  }

  /**
   * Stay within {@code [low, high]}.
   *
   * @throws IllegalArgumentException if either bound is not finite or {@code high < low}
   */
  public static RangeMeasure of(double low, double high) {
    return ImmutableRangeMeasure.builder().low(low).high(high).build();
  }

  /** A copy counted in {@code unit}. */
  public RangeMeasure withUnit(Unit unit) {
    return ImmutableRangeMeasure.copyOf(this).withUnit(unit);
  }

  /** True if {@code value} lies inside the band, bounds included. */
  public boolean contains(double value) {
    return value >= low() && value <= high();
  }

  /** {@code high - low}. */
  public double width() {
    return high() - low();
  }

  @Value.Check
  void check() {
    Guards.finite("range low", low());
    Guards.finite("range high", high());
    if (!(high() >= low())) {
      throw Guards.failure("range high", "not lie below low " + low(), high());
    }
  }

  @Override
  public String toString() {
    return "range [" + MeasureText.number(low()) + ", " + MeasureText.number(high()) + "]"
        + MeasureText.unit(unit());
  }
}
