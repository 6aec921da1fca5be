package org.okr4j.scoring;

/**
 * The published rules are stated in decimals (0.4, 70 %, 25 points); the numbers compared with
 * them are binary. Rounding to 9 decimals before a comparison keeps binary noise from moving a
 * value across a published boundary: the mean of 0.7 and 0.1 is 0.39999999999999997 in binary,
 * red on Google's bands, and 0.4 once cleaned, yellow as the rule says.
 */
final class Decimals {

  private Decimals() {}

  /**
   * {@code value} rounded to 9 decimals, for comparing with a published boundary: NaN gives 0 and
   * a magnitude past about 9.2e9 gives about ±9.2e9 ({@link Math#round(double)}), on the same side
   * of every boundary the rules publish.
   */
  static double clean(double value) {
    return Math.round(value * 1e9) / 1e9;
  }
}
