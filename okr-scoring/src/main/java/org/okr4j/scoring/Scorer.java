package org.okr4j.scoring;

import java.time.LocalDate;
import java.util.Objects;
import org.okr4j.core.KeyResult;

/**
 * Reads a key result's progress from its check-ins.
 *
 * <p>Implementations promise to be pure and thread-safe; to read only check-ins dated on or before
 * {@code asOf}; to return a finite value or {@linkplain Progress#notScored(String) not scored},
 * never NaN or infinity; and to explain the arithmetic. {@link Scorers} holds the published rules.
 * <pre>{@code
 * Scorer capped = Scorers.linear().capped(0, 1.5);
 * Progress p = capped.score(keyResult, LocalDate.of(2026, 11, 20));
 * // Rounded for this scorer's own use; a policy rounds what it reports once (withRounding).
 * Progress shown = capped.rounded(Rounding.HALF_AWAY_FROM_ZERO_PERCENT_2DP).score(keyResult, day);
 * }</pre>
 */
@FunctionalInterface
public interface Scorer {

  /** The progress of {@code keyResult} from its check-ins on or before {@code asOf}. */
  Progress score(KeyResult keyResult, LocalDate asOf);

  /**
   * This scorer with scored values clamped to {@code [low, high]}: {@code capped(0, 1)} is the
   * usual clamp, {@code capped(0, Double.MAX_VALUE)} a floor at 0 alone (Perdoo floors when it
   * averages instead: {@link RollUp#negativeAsZero()}).
   *
   * @throws IllegalArgumentException if a bound is NaN or {@code high < low}
   */
  default Scorer capped(double low, double high) {
    if (Double.isNaN(low) || Double.isNaN(high) || high < low) {
      throw new IllegalArgumentException(
          "cap must have low <= high, but was [" + low + ", " + high + "]");
    }
    return (keyResult, asOf) -> {
      Progress raw = score(keyResult, asOf);
      if (!raw.isScored() || (raw.value() >= low && raw.value() <= high)) {
        return raw;
      }
      double capped = Math.max(low, Math.min(high, raw.value()));
      return Progress.of(capped, () -> raw.explanation() + ", capped to [" + Progress.fmt(low)
          + ", " + Progress.fmt(high) + "] = " + Progress.fmt(capped));
    };
  }

  /**
   * This scorer reading a key result without a value by {@code asOf} at its start value (Oslo's
   * OKR tracker shows such a key result at its start): linear, checkpoint and zone measures are
   * scored as if a check-in of the start value had been made on {@code asOf}; other measures, and
   * key results with a value, are scored as before.
   */
  default Scorer unreadAsStart() {
    return (keyResult, asOf) -> {
      Progress scored = score(keyResult, asOf);
      java.util.OptionalDouble start = Readings.startOf(keyResult.measure());
      if (scored.isScored() || start.isEmpty()
          || keyResult.valueOnOrBefore(asOf).isPresent()) {
        return scored;
      }
      double s = start.getAsDouble();
      Progress atStart = score(keyResult.withCheckIn(org.okr4j.core.CheckIn.of(asOf, s)), asOf);
      return Progress.of(atStart.value(), () -> "no reading, read at its start "
          + Progress.fmt(s) + ": " + atStart.explanation());
    };
  }

  /**
   * This scorer giving 0 to a key result that has no check-in at all by {@code asOf}, where it
   * would give "not scored": for tools that show a key result never checked in at 0 %. Key results
   * with a check-in are scored as before.
   */
  default Scorer unreadAsZero() {
    return (keyResult, asOf) -> {
      Progress scored = score(keyResult, asOf);
      if (scored.isScored() || Readings.anyBy(keyResult, asOf)) {
        return scored;
      }
      return Progress.of(0, () -> scored.explanation() + ", counted as 0");
    };
  }

  /** This scorer with scored values rounded by {@code rounding}, once, at the end. */
  default Scorer rounded(Rounding rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return (keyResult, asOf) -> {
      Progress raw = score(keyResult, asOf);
      if (!raw.isScored() || rounding == Rounding.NONE) {
        return raw;
      }
      double rounded = rounding.apply(raw.value());
      return Progress.of(rounded, () -> raw.explanation() + ", rounded " + rounding.description()
          + " = " + Progress.fmt(rounded));
    };
  }
}
