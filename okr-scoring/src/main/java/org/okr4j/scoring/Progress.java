package org.okr4j.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How far a key result or objective has come, as a fraction (1.0 = fully achieved), with the
 * arithmetic behind it; or "not scored" when there is nothing to read yet.
 *
 * <p>Immutable and thread-safe. The value is always finite, and never -0.0 (kept as 0.0); rules
 * that do not cap may give values above 1 or below 0. The explanation says which rule was applied
 * to which numbers, for a UI's "why?" and for JShell; it is written only when asked for, so that
 * scoring ten million key results builds no text. Two progresses are equal when both are
 * unscored, or both are scored with the same value: the explanation does not take part.
 * <pre>{@code
 * Progress p = Scorers.linear().score(keyResult, asOf);
 * p.isScored();      // true
 * p.value();         // 0.4286
 * p.explanation();   // "linear: (37 - 31) / (45 - 31) = 0.4286"
 * }</pre>
 */
public final class Progress {

  private final boolean scored;
  private final double value;
  private final Supplier<String> explanation;

  private Progress(boolean scored, double value, Supplier<String> explanation) {
    this.scored = scored;
    this.value = value;
    this.explanation = explanation;
  }

  /**
   * Progress of {@code value}, explained. A negative zero (a decrease read at its start:
   * {@code (100 - 100) / (60 - 100)}) is kept as 0.0, so that every progress equals
   * {@code Double.valueOf(0.0)} there.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static Progress of(double value, String explanation) {
    Objects.requireNonNull(explanation, "explanation");
    return of(value, () -> explanation);
  }

  /** Progress of {@code value}, explained when asked. */
  public static Progress of(double value, Supplier<String> explanation) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "progress value must be a finite number, but was " + value);
    }
    // x + 0.0 turns -0.0 into 0.0 and leaves every other number as it is.
    return new Progress(true, value + 0.0, Objects.requireNonNull(explanation, "explanation"));
  }

  /** No progress to report, and why. */
  public static Progress notScored(String reason) {
    Objects.requireNonNull(reason, "reason");
    return new Progress(false, 0.0, () -> reason);
  }

  /** No progress to report, and why, written when asked: for reasons that cost work to find. */
  static Progress notScored(Supplier<String> reason) {
    return new Progress(false, 0.0, Objects.requireNonNull(reason, "reason"));
  }

  /** True if there was something to score. */
  public boolean isScored() {
    return scored;
  }

  /**
   * The progress as a fraction.
   *
   * @throws IllegalStateException if not {@linkplain #isScored() scored}
   */
  public double value() {
    if (!scored) {
      throw new IllegalStateException("not scored: " + explanation());
    }
    return value;
  }

  /** The value if scored, else {@code fallback}. */
  public double orElse(double fallback) {
    return scored ? value : fallback;
  }

  /** The rule and the numbers that gave this progress, or why there is none. */
  public String explanation() {
    return explanation.get();
  }

  /** This progress with its explanation extended by {@code more}, written when asked. */
  Progress explainedFurther(Supplier<String> more) {
    Supplier<String> first = explanation;
    return new Progress(scored, value, () -> first.get() + more.get());
  }

  /** This progress with {@code first} written before its explanation. */
  Progress explainedAfter(String first) {
    Supplier<String> rest = explanation;
    return new Progress(scored, value, () -> first + rest.get());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Progress that && scored == that.scored
        && Double.compare(value, that.value) == 0;
  }

  @Override
  public int hashCode() {
    return scored ? Double.hashCode(value) : -1;
  }

  @Override
  public String toString() {
    return scored ? fmt(value) + " (" + explanation() + ")" : "not scored (" + explanation() + ")";
  }

  /** Numbers as explanations print them: at most 4 decimals, no trailing zeros. */
  static String fmt(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }
}
