package org.okr4j.scoring;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * How far a key result has come, as a fraction (1.0 = fully achieved), with the arithmetic behind
 * it; or "not scored" when there is nothing to read yet.
 *
 * <p>Immutable and thread-safe. The value is always finite; rules that do not cap may give values
 * above 1 or below 0. The explanation says which rule was applied to which numbers, for a UI's
 * "why?" and for JShell.
 * <pre>{@code
 * Progress p = Scorers.linear().score(keyResult, asOf);
 * p.isScored();      // true
 * p.value();         // 0.43
 * p.explanation();   // "linear: (37 - 31) / (45 - 31) = 0.4286"
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Progress {

  Progress() {}

  /** True if there was something to score. */
  @Value.Parameter
  public abstract boolean isScored();

  @Value.Parameter
  abstract double rawValue();

  /** The rule and the numbers that gave this progress, or why there is none. */
  @Value.Parameter
  public abstract String explanation();

  /** Progress of {@code value}, explained. */
  public static Progress of(double value, String explanation) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "progress value must be a finite number, but was " + value);
    }
    return ImmutableProgress.of(true, value, Objects.requireNonNull(explanation, "explanation"));
  }

  /** No progress to report, and why. */
  public static Progress notScored(String reason) {
    return ImmutableProgress.of(false, 0.0, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * The progress as a fraction.
   *
   * @throws IllegalStateException if not {@linkplain #isScored() scored}
   */
  public double value() {
    if (!isScored()) {
      throw new IllegalStateException("not scored: " + explanation());
    }
    return rawValue();
  }

  /** The value if scored, else {@code fallback}. */
  public double orElse(double fallback) {
    return isScored() ? rawValue() : fallback;
  }

  @Override
  public String toString() {
    return isScored() ? fmt(rawValue()) + " (" + explanation() + ")"
        : "not scored (" + explanation() + ")";
  }

  /** Numbers as the explanations print them: at most 4 decimals, no trailing zeros. */
  static String fmt(double value) {
    return java.math.BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }
}
