package org.okr4j.core;

import org.immutables.value.Value;

/**
 * Done or not done: the binary key result (Google grades it 0 or 1).
 *
 * <p>Immutable and thread-safe; there is one instance, {@link #of()}. Its check-ins report
 * {@link CheckIn#done()}.
 */
@Value.Immutable(singleton = true, builder = false, copy = false)
public abstract non-sealed class MilestoneMeasure implements Measure {

  MilestoneMeasure() {}

  /** The milestone measure. */
  public static MilestoneMeasure of() {
    return ImmutableMilestoneMeasure.of();
  }

  @Override
  public final MeasureKind kind() {
    return MeasureKind.MILESTONE;
  }

  @Override
  public final Unit unit() {
    return Unit.number();
  }

  @Override
  public String toString() {
    return "milestone";
  }
}
