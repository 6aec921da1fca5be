package org.okr4j.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * Commit, target and stretch zones over a start value (Puzzle OKR's metric key results).
 *
 * <p>Immutable and thread-safe. Start differs from stretch, and the four values run in one
 * direction: {@code start <= commit <= target <= stretch} for an increase, reversed for a decrease.
 * {@link #puzzle(double, double)} derives commit and target as Puzzle OKR does.
 */
@Value.Immutable
public abstract non-sealed class ZonesMeasure implements Measure {

  ZonesMeasure() {}

  /** The baseline. */
  public abstract double start();

  /** Where the commit zone begins: the promise. */
  public abstract double commit();

  /** Where the target zone begins. */
  public abstract double target();

  /** Where the stretch zone begins: the ambition. */
  public abstract double stretch();

  @Override
  @Value.Default
  public Unit unit() {
    return Unit.number();
  }

  @Override
  public final MeasureKind kind() {
    return MeasureKind.ZONES;
  }

  /** The direction from start to stretch. */
  public Direction direction() {
    return Direction.between(start(), stretch());
  }

  /** Zones with all four values given. */
  public static ZonesMeasure of(double start, double commit, double target, double stretch) {
    return ImmutableZonesMeasure.builder()
        .start(start).commit(commit).target(target).stretch(stretch).build();
  }

  /**
   * Puzzle OKR's zones: commit = start + 0.3 (stretch - start) and target = start + 0.7 (stretch -
   * start), each rounded half-up to 2 decimals. The arithmetic is decimal, on the numbers as they
   * print, so that a tie such as 0.035 rounds up as the rule reads rather than down as binary
   * floating point would have it.
   */
  public static ZonesMeasure puzzle(double start, double stretch) {
    Guards.finite("zones start", start);
    Guards.finite("zones stretch", stretch);
    return of(start, zoneStart(start, stretch, "0.3"), zoneStart(start, stretch, "0.7"), stretch);
  }

  private static double zoneStart(double start, double stretch, String share) {
    BigDecimal s = BigDecimal.valueOf(start);
    BigDecimal span = BigDecimal.valueOf(stretch).subtract(s);
    return s.add(span.multiply(new BigDecimal(share))).setScale(2, RoundingMode.HALF_UP)
        .doubleValue();
  }

  @Value.Check
  void check() {
    Guards.finite("zones start", start());
    Guards.finite("zones commit", commit());
    Guards.finite("zones target", target());
    Guards.finite("zones stretch", stretch());
    if (start() == stretch()) {
      throw Guards.failure("zones stretch", "differ from its start " + start(), stretch());
    }
    int sign = direction().sign();
    Guards.check(sign * (commit() - start()) >= 0 && sign * (target() - commit()) >= 0
            && sign * (stretch() - target()) >= 0, "zones", "run from start through commit and target"
            + " to stretch in one direction", this);
  }

  @Override
  public String toString() {
    return "zones " + MeasureText.number(start()) + " | commit " + MeasureText.number(commit())
        + " | target " + MeasureText.number(target()) + " | stretch "
        + MeasureText.number(stretch()) + MeasureText.unit(unit());
  }
}
