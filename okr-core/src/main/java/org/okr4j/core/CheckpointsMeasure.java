package org.okr4j.core;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * Progress read piecewise-linearly through checkpoints between a start and a target (ShamanR):
 * through (start, 0), each (value, progress) and (target, 1).
 *
 * <p>Immutable and thread-safe. Start and target differ; checkpoint values are distinct and lie
 * strictly between them.
 */
@Value.Immutable
public abstract non-sealed class CheckpointsMeasure implements Measure {

  CheckpointsMeasure() {}

  /** The value that counts as no progress. */
  public abstract double start();

  /** The value that counts as full progress. */
  public abstract double target();

  /** The points between, in the order given. */
  public abstract List<Checkpoint> checkpoints();

  @Override
  @Value.Default
  public Unit unit() {
    return Unit.number();
  }

  @Override
  public final MeasureKind kind() {
    return MeasureKind.CHECKPOINTS;
  }

  /** The direction from start to target. */
  public Direction direction() {
    return Direction.between(start(), target());
  }

  /** Checkpoints from {@code start} to {@code target}. */
  public static CheckpointsMeasure of(double start, double target, List<Checkpoint> checkpoints) {
    Objects.requireNonNull(checkpoints, "checkpoints");
    return ImmutableCheckpointsMeasure.builder()
        .start(start).target(target).checkpoints(checkpoints).build();
  }

  @Value.Check
  void check() {
    Guards.finite("checkpoints start", start());
    Guards.finite("checkpoints target", target());
    if (start() == target()) {
      throw Guards.failure("checkpoints target", "differ from its start " + start(), target());
    }
    Guards.unique("checkpoint values", checkpoints(), Checkpoint::value);
    double low = Math.min(start(), target());
    double high = Math.max(start(), target());
    for (Checkpoint checkpoint : checkpoints()) {
      if (!(checkpoint.value() > low && checkpoint.value() < high)) {
        throw Guards.failure("checkpoint value", "lie strictly between start " + start()
            + " and target " + target(), checkpoint.value());
      }
    }
  }

  @Override
  public String toString() {
    return "checkpoints " + MeasureText.number(start()) + " " + checkpoints() + " "
        + MeasureText.number(target()) + MeasureText.unit(unit());
  }
}
