package org.okr4j.core;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * How confident the owner is that a key result will be reached, stored on one scale: 0.0 (no
 * chance) to 1.0 (certain).
 *
 * <p>Immutable and thread-safe. Converts from the scales in use: 0-10 (Puzzle OKR, Radical Focus's
 * "5 out of 10"), 1-10, 0.0-1.0 (Quantive, OpenOKR) and labels (WorkBoard's low, medium, high).
 * {@code toString()} gives the stored number, which {@link #parse(CharSequence)} reads back.
 * <pre>{@code
 * Confidence.ofTen(5);                  // 0.5
 * Confidence.ofOneToTen(10);            // 1.0
 * Confidence.of(Confidence.Band.HIGH);  // 0.85
 * Confidence.of(0.35).band();           // LOW
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Confidence implements Comparable<Confidence> {

  /** OpenOKR's bands: high from 0.7, medium from 0.4, low below. */
  public enum Band {
    /** Below 0.4. */
    LOW(0.2),
    /** From 0.4 to below 0.7. */
    MEDIUM(0.55),
    /** From 0.7. */
    HIGH(0.85);

    private final double midpoint;

    Band(double midpoint) {
      this.midpoint = midpoint;
    }

    /** The value a label alone converts to: the middle of the band. */
    public double midpoint() {
      return midpoint;
    }
  }

  // The confidences people give (tenths, hundredths, ninths from a 1-10 scale and the band
  // midpoints) as shared instances: a large set holds tens of millions of check-ins, and most of
  // their confidences are one of these 109 values. A check-in stores its confidence as the code
  // of one of them (see code(double)).
  private static final int NINTHS = 101;
  private static final Confidence[] COMMON = common();
  // Each of them in an Optional, for KeyResult.currentConfidence (asked of many key results).
  @SuppressWarnings("unchecked")
  private static final Optional<Confidence>[] COMMON_OPTIONAL = Arrays.stream(COMMON)
      .map(Optional::of).toArray(Optional[]::new);

  Confidence() {}

  private static Confidence[] common() {
    Confidence[] common = new Confidence[NINTHS + 8];
    for (int i = 0; i <= 100; i++) {
      common[i] = ImmutableConfidence.of(i / 100.0);
    }
    for (int j = 1; j <= 8; j++) {
      common[NINTHS + j - 1] = ImmutableConfidence.of(j / 9.0);
    }
    return common;
  }

  /**
   * The code of a shared confidence with exactly this value, from 1 to 109, or 0 if the value is
   * not one of them: {@code i / 100.0} for i in 0..100 has code {@code i + 1}, {@code j / 9.0}
   * for j in 1..8 has code {@code 101 + j}.
   */
  static int code(double value) {
    long hundredths = Math.round(value * 100);
    if (hundredths >= 0 && hundredths <= 100 && same(hundredths / 100.0, value)) {
      return (int) hundredths + 1;
    }
    long ninths = Math.round(value * 9);
    if (ninths >= 1 && ninths <= 8 && same(ninths / 9.0, value)) {
      return NINTHS + (int) ninths;
    }
    return 0;
  }

  /** {@link #ofCode} in an {@link Optional}, shared as the confidence is. */
  static Optional<Confidence> optionalOfCode(int code) {
    return COMMON_OPTIONAL[code - 1];
  }

  /** The shared confidence with a code {@link #code(double)} gave (1 to 109). */
  static Confidence ofCode(int code) {
    return COMMON[code - 1];
  }

  private static boolean same(double a, double b) {
    return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
  }

  /** The confidence on the stored scale, in [0, 1]. */
  @Value.Parameter
  public abstract double value();

  /**
   * A confidence on the 0.0-1.0 scale.
   *
   * @throws IllegalArgumentException if {@code value} is not finite or lies outside [0, 1]
   */
  public static Confidence of(double value) {
    int code = code(Guards.within("confidence", value, 0, 1));
    return code == 0 ? ImmutableConfidence.of(value) : COMMON[code - 1];
  }

  /** A confidence on the 0-10 scale: {@code score / 10}. */
  public static Confidence ofTen(double score) {
    return of(Guards.within("confidence out of 10", score, 0, 10) / 10);
  }

  /** A confidence on the 1-10 scale, mapped linearly so that 1 is 0.0 and 10 is 1.0. */
  public static Confidence ofOneToTen(double score) {
    return of((Guards.within("confidence from 1 to 10", score, 1, 10) - 1) / 9);
  }

  /** A confidence from a label alone: the middle of its band. */
  public static Confidence of(Band band) {
    Objects.requireNonNull(band, "band");
    return of(band.midpoint());
  }

  /**
   * Reads the number {@link #toString()} writes: a plain decimal in [0, 1], as {@code 0.7}.
   *
   * @throws IllegalArgumentException if the text is not a plain decimal (digits, optionally a '.'
   *     and more digits; not {@code 7e-1} or {@code .7}) or lies outside [0, 1]
   */
  public static Confidence parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    try {
      return of(MeasureText.plainNumber(text.toString()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(Guards.message("confidence text", "be a number", text), e);
    }
  }

  /** The band the value falls in. */
  public Band band() {
    if (value() >= 0.7) {
      return Band.HIGH;
    }
    return value() >= 0.4 ? Band.MEDIUM : Band.LOW;
  }

  /** The value on the 0-10 scale. */
  public double toTen() {
    return value() * 10;
  }

  @Override
  public int compareTo(Confidence other) {
    Objects.requireNonNull(other, "other");
    return Double.compare(value(), other.value());
  }

  /**
   * The value as a plain decimal, as {@link #parse} reads it: {@code 0.7}, {@code 1.0}, {@code
   * 0.00050} (where {@code Double.toString} would write {@code 5.0E-4}), {@code -0.0}.
   */
  @Override
  public String toString() {
    // BigDecimal has no negative zero; Double.toString writes both zeros plainly.
    return value() == 0 ? Double.toString(value())
        : java.math.BigDecimal.valueOf(value()).toPlainString();
  }
}
