package org.okr4j.core;

import java.util.Optional;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * Progress read linearly from a start (baseline) to a target, upwards or downwards.
 *
 * <p>Immutable and thread-safe. The direction follows from start and target unless declared. A
 * start equal to the target has no direction to follow, so {@link #of(double, double)} rejects it;
 * a host whose data holds such a key result declares the direction with
 * {@link #of(double, double, Direction)}, and the scoring policy decides what equal start and target
 * mean. A declared direction must agree with start and target when they differ.
 * <pre>{@code
 * LinearMeasure.of(31, 45);                          // increase
 * LinearMeasure.of(100, 60);                         // decrease
 * LinearMeasure.of(0, 6);                            // 3 of 6 features launched reads 0.5
 * LinearMeasure.of(40, 40, Direction.INCREASE);      // "at least 40", kept from a host's data
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class LinearMeasure implements Measure {

  LinearMeasure() {}

  /** The value at the start of the cycle (the baseline). */
  public abstract double start();

  /** The value that counts as fully achieved. */
  public abstract double target();

  /** The direction the host declared, if it did. */
  public abstract Optional<Direction> declaredDirection();

  @Override
  @Value.Default
  public Unit unit() {
    return Unit.number();
  }

  @Override
  public final MeasureKind kind() {
    return MeasureKind.LINEAR;
  }

  /** The declared direction, or the one from start to target. */
  public Direction direction() {
    return declaredDirection().orElseGet(() -> Direction.between(start(), target()));
  }

  /**
   * From {@code start} to {@code target}, direction derived.
   *
   * @throws IllegalArgumentException if either is not finite, or they are equal
   */
  public static LinearMeasure of(double start, double target) {
    return ImmutableLinearMeasure.builder().start(start).target(target).build();
  }

  /** From {@code start} to {@code target} in a declared direction; they may be equal. */
  public static LinearMeasure of(double start, double target, Direction direction) {
    return ImmutableLinearMeasure.builder().start(start).target(target)
        .declaredDirection(direction).build();
  }

  /** A copy counted in {@code unit}. */
  public LinearMeasure withUnit(Unit unit) {
    return ImmutableLinearMeasure.copyOf(this).withUnit(unit);
  }

  /**
   * A copy that starts from {@code start} and keeps this measure's direction, even when the new
   * start equals the target: what a key result carried into the next cycle does.
   */
  public LinearMeasure restartingAt(double start) {
    return ImmutableLinearMeasure.builder().from(this).start(start).declaredDirection(direction())
        .build();
  }

  @Value.Check
  void check() {
    Guards.finite("linear measure start", start());
    Guards.finite("linear measure target", target());
    if (declaredDirection().isEmpty()) {
      if (start() == target()) {
        throw Guards.failure("linear measure target",
            "differ from its start " + start() + " (or declare a direction)", target());
      }
    } else if (start() != target() && Direction.between(start(), target()) != direction()) {
      throw Guards.failure("linear measure direction",
          "agree with start " + start() + " and target " + target(), direction());
    }
  }

  @Override
  public String toString() {
    return "linear " + MeasureText.number(start()) + " -> " + MeasureText.number(target())
        + declaredDirection().map(d -> " (" + d + ")").orElse("") + MeasureText.unit(unit());
  }
}
