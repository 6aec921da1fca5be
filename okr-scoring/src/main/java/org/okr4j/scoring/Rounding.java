package org.okr4j.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How progress is rounded at the boundary, as the published rules do it. Each rounds the
 * percentage and returns a fraction again. The half-away-from-zero roundings round the percentage
 * as a decimal (to 9 places) before rounding it, so a progress of 0.145 (14.499999999999998 % in
 * binary) is 14.5 % and rounds to 15 %, and one worked out as 0.35 / 10 (0.034999999999999996)
 * is 3.5 % and rounds to 4 %; JavaScript's {@code Math.round} rounds the binary product
 * {@code progress * 100}, as JavaScript does ({@code Math.round(0.145 * 100)} is 14).
 */
public enum Rounding {
  /** No rounding. */
  NONE("not at all"),
  /** OpenOKR: the percentage to 2 decimals, ties away from zero (12.345 % becomes 12.35 %). */
  HALF_AWAY_FROM_ZERO_PERCENT_2DP("to 2 decimals of a percent, ties away from zero"),
  /** ShamanR OKR: the percentage to a whole number, ties away from zero (-12.5 % becomes -13 %). */
  HALF_AWAY_FROM_ZERO_WHOLE_PERCENT("to a whole percent, ties away from zero"),
  /**
   * Oslo OKR tracker: JavaScript's {@code Math.round} on the percentage, ties towards +∞
   * (12.5 % to 13 %, -12.5 % to -12 %), and nothing else moved up (49.999999999999993 % to 49 %).
   */
  JAVASCRIPT_WHOLE_PERCENT("to a whole percent as JavaScript's Math.round");

  private final String description;

  Rounding(String description) {
    this.description = description;
  }

  /**
   * Rounds a progress fraction. A fraction too large to be a finite percentage is returned as it
   * is.
   */
  public double apply(double progress) {
    double percent = progress * 100;
    if (!Double.isFinite(percent)) {
      return progress;
    }
    return switch (this) {
      case NONE -> progress;
      case HALF_AWAY_FROM_ZERO_PERCENT_2DP -> decimal(percent, 2);
      case HALF_AWAY_FROM_ZERO_WHOLE_PERCENT -> decimal(percent, 0);
      case JAVASCRIPT_WHOLE_PERCENT -> javaScriptRound(percent) / 100;
    };
  }

  /**
   * JavaScript's {@code Math.round}: the nearest integer, ties towards +∞. Unlike
   * {@code Math.floor(x + 0.5)}, it does not round 0.49999999999999994 up to 1.
   */
  static double javaScriptRound(double value) {
    double floor = Math.floor(value);
    return value - floor >= 0.5 ? floor + 1 : floor;
  }

  /**
   * Rounds a percentage to {@code scale} places, ties away from zero, once it is taken as a decimal
   * (to 9 places, ties away from zero too): 14.499999999999998 is 14.5 and rounds to 15, and
   * -14.499999999999998 to -15.
   */
  private static double decimal(double percent, int scale) {
    return BigDecimal.valueOf(percent).setScale(9, RoundingMode.HALF_UP)
        .setScale(scale, RoundingMode.HALF_UP).movePointLeft(2).doubleValue();
  }

  /** How the explanation names it. */
  String description() {
    return description;
  }
}
