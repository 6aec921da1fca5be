package org.okr4j.scoring;

import static org.okr4j.scoring.Progress.fmt;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;

/**
 * A linear key result's details as Oslo's OKR tracker shows them: the percentage done, unclamped,
 * and the task breakdown (total, completed, remaining) in the key result's direction.
 *
 * <p>Immutable and thread-safe. A key result without a reading reads its start value, as Oslo's
 * does.
 * <pre>{@code
 * KeyResultDetails.oslo(keyResult, asOf);   // percent 43, total 14, completed 6, remaining 8
 * }</pre>
 *
 * @param percent round((current - start) / (target - start) × 100) with JavaScript's
 *     {@code Math.round} (ties towards +∞), unclamped; 0 when start equals target
 * @param total |target - start|
 * @param completed how far the current value has moved from the start towards the target,
 *     negative when it moved away
 * @param remaining how far the target still lies ahead of the current value, negative once passed;
 *     {@code completed + remaining == total}
 * @param explanation the numbers behind it
 */
public record KeyResultDetails(long percent, double total, double completed, double remaining,
    String explanation) {

  /** Validates the record. */
  public KeyResultDetails {
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * The details of a linear key result by {@code asOf}; empty for any other kind of measure. With
   * start equal to target the percentage is 0 (JavaScript would give NaN or Infinity; okr4j's
   * choice).
   */
  public static Optional<KeyResultDetails> oslo(KeyResult keyResult, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(asOf, "asOf");
    if (!(keyResult.measure() instanceof LinearMeasure m)) {
      return Optional.empty();
    }
    double current = keyResult.valueOnOrBefore(asOf).orElse(m.start());
    double span = m.target() - m.start();
    long percent = span == 0 ? 0 : javaScriptRound((current - m.start()) / span * 100);
    double sign = span < 0 ? -1 : 1;
    double completed = sign * (current - m.start());
    double remaining = sign * (m.target() - current);
    return Optional.of(new KeyResultDetails(percent, Math.abs(span), completed, remaining,
        "Oslo: round((" + fmt(current) + " - " + fmt(m.start()) + ") / (" + fmt(m.target())
            + " - " + fmt(m.start()) + ") x 100) = " + percent + " %"));
  }

  /** JavaScript's {@code Math.round}: the nearest integer, ties towards positive infinity. */
  static long javaScriptRound(double value) {
    return (long) Rounding.javaScriptRound(value);
  }
}
