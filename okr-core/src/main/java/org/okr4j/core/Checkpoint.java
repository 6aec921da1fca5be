package org.okr4j.core;

import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A point of a {@link CheckpointsMeasure}: reaching {@code value} counts as {@code progress}.
 *
 * <p>Immutable and thread-safe. {@code toString()} gives {@code value->progress} as a
 * {@link CheckpointsMeasure}'s text holds it.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Checkpoint {

  Checkpoint() {}

  /** The measured value. */
  @Value.Parameter
  public abstract double value();

  /** The progress it counts as, in [0, 1]. */
  @Value.Parameter
  public abstract double progress();

  /**
   * A checkpoint.
   *
   * @throws IllegalArgumentException if the value is not finite or the progress lies outside [0, 1]
   */
  public static Checkpoint of(double value, double progress) {
    Guards.finite("checkpoint value", value);
    Guards.within("checkpoint progress", progress, 0, 1);
    return ImmutableCheckpoint.of(value, progress);
  }

  @Override
  public String toString() {
    return MeasureText.number(value()) + "->" + MeasureText.number(progress());
  }
}
