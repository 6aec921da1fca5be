package org.okr4j.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The published rules are stated in decimals (0.4, 70 %, 25 points); the numbers compared with
 * them are binary. Rounding before a comparison keeps binary noise from moving a value across a
 * published boundary: the mean of 0.7 and 0.1 is 0.39999999999999997 in binary, red on Google's
 * bands, and 0.4 once cleaned, yellow as the rule says.
 *
 * <p>Two roundings, for two kinds of number: {@link #clean} for progress and percentages, whose
 * boundaries are fixed decimals of small magnitude, and {@link #significant} for values in a key
 * result's own unit (a projection and its target), which can be of any magnitude.
 */
final class Decimals {

  /** Enough digits to keep any decimal a person writes, few enough to drop a sum's noise. */
  private static final MathContext SIGNIFICANT = new MathContext(12);

  private Decimals() {}

  /**
   * {@code value} rounded to 9 decimals, for comparing progress or a percentage with a published
   * boundary: NaN gives 0 and a magnitude past about 9.2e9 gives about ±9.2e9
   * ({@link Math#round(double)}), on the same side of every boundary the rules publish. Not for
   * values in a key result's unit, whose targets may lie past 9.2e9: see {@link #significant}.
   */
  static double clean(double value) {
    return Math.round(value * 1e9) / 1e9;
  }

  /**
   * {@code value} rounded to 12 significant digits, ties away from zero, for comparing a value of
   * any magnitude with a decimal, such as a forecast's projection with a target: a line that
   * reaches 9.2 exactly in decimals projects 9.199999999999998, and a target of 2e10 lies where
   * {@link #clean} no longer tells values apart. Digits past the twelfth are lost, so values that
   * differ only there compare equal (1e12 + 0.1 is 1e12).
   *
   * <p>NaN and the infinities have no digits to round and come back as they are; callers that
   * judge a value check it is finite first.
   */
  static double significant(double value) {
    if (!Double.isFinite(value)) {
      return value;
    }
    return new BigDecimal(value).round(SIGNIFICANT).doubleValue();
  }
}
