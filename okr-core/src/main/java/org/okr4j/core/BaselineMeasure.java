package org.okr4j.core;

import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A metric whose baseline is still to be measured: the first check-ins establish it, and only then
 * can a start and target be set (a {@link LinearMeasure} replaces this one).
 *
 * <p>Immutable and thread-safe. Its check-ins carry the values measured, or done once the baseline
 * is established ({@link MeasureKind#accepts}). okr4j's default scoring reports such a key result
 * as not scored yet; OpenOKR's scores it 0 until done and 1 after.
 */
@Value.Immutable
public abstract non-sealed class BaselineMeasure implements Measure {

  BaselineMeasure() {}

  /** The direction the metric should move once the baseline is known. */
  public abstract Direction direction();

  /** A target, if one is already known. */
  public abstract OptionalDouble target();

  @Override
  @Value.Default
  public Unit unit() {
    return Unit.number();
  }

  @Override
  public final MeasureKind kind() {
    return MeasureKind.BASELINE;
  }

  /** A baseline to be measured for a metric moving in {@code direction}. */
  public static BaselineMeasure of(Direction direction) {
    return ImmutableBaselineMeasure.builder().direction(direction).build();
  }

  /** A copy with a known target. */
  public BaselineMeasure withTarget(double target) {
    return ImmutableBaselineMeasure.copyOf(this).withTarget(target);
  }

  /** A copy counted in {@code unit}. */
  public BaselineMeasure withUnit(Unit unit) {
    return ImmutableBaselineMeasure.copyOf(this).withUnit(unit);
  }

  @Value.Check
  void check() {
    if (target().isPresent()) {
      Guards.finite("baseline target", target().getAsDouble());
    }
  }

  @Override
  public String toString() {
    return "baseline to be measured (" + direction() + ")"
        + (target().isPresent() ? " target " + MeasureText.number(target().getAsDouble()) : "")
        + MeasureText.unit(unit());
  }
}
