package org.okr4j.core;

import java.util.Objects;
import java.util.OptionalDouble;
import org.okr4j.core.internal.Guards;

/**
 * The band a {@link Kpi} is kept within: a low and a high bound, bounds included, either of which
 * may be open, and optionally a target inside it.
 *
 * <p>Immutable and thread-safe. Construction rejects a corridor without any bound, a bound that is
 * not finite, a high bound below the low one and a target outside the corridor. {@code toString()}
 * writes {@code [low, high]} with {@code *} for an open bound and {@code target t} after it,
 * which {@link #parse} reads back.
 * <pre>{@code
 * Corridor churn = Corridor.atMost(2.5).withTarget(2);     // [*, 2.5] target 2
 * churn.contains(3.1);                                     // false
 * churn.distanceOutside(3.1);                              // 0.6 (above the high bound)
 * Corridor.parse("[95, 100]").isBelow(93);                  // true
 * }</pre>
 */
public final class Corridor {

  private static final String TEXT = "be '[low, high]' with '*' for an open bound and an optional"
      + " ' target t', as [*, 2.5] target 2";
  private static final String TARGET_TEXT = "be a number after 'target' and a space, as [*, 2.5]"
      + " target 2";

  private final double low;
  private final double high;
  private final double target;

  private Corridor(double low, double high, double target) {
    this.low = low;
    this.high = high;
    this.target = target;
  }

  /**
   * The band {@code [low, high]}.
   *
   * @throws IllegalArgumentException if a bound is not finite or {@code high < low}
   */
  public static Corridor of(double low, double high) {
    Guards.finite("corridor low", low);
    Guards.finite("corridor high", high);
    if (!(high >= low)) {
      throw Guards.failure("corridor high", "not lie below low " + low, high);
    }
    return new Corridor(low, high, Double.NaN);
  }

  /**
   * At {@code low} or above, with no high bound.
   *
   * @throws IllegalArgumentException if {@code low} is not finite
   */
  public static Corridor atLeast(double low) {
    return new Corridor(Guards.finite("corridor low", low), Double.POSITIVE_INFINITY, Double.NaN);
  }

  /**
   * At {@code high} or below, with no low bound.
   *
   * @throws IllegalArgumentException if {@code high} is not finite
   */
  public static Corridor atMost(double high) {
    return new Corridor(Double.NEGATIVE_INFINITY, Guards.finite("corridor high", high),
        Double.NaN);
  }

  /**
   * Reads what {@link #toString()} writes: {@code [2, 5]}, {@code [*, 2.5] target 2},
   * {@code [95, *]}.
   *
   * Bounds and target are plain decimals (digits, optionally a '.' and more digits), as {@code
   * toString()} writes them; not {@code 1e2} or {@code .5}.
   *
   * @throws IllegalArgumentException if the text is not a corridor in that form, or breaks a rule
   *     of {@link #of}
   */
  public static Corridor parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    int close = s.indexOf(']');
    int comma = s.indexOf(',');
    Guards.check(s.startsWith("[") && comma > 0 && close > comma, "corridor", TEXT, s);
    String rest = s.substring(close + 1).strip();
    Guards.check(rest.isEmpty() || rest.startsWith("target"), "corridor", TEXT, s);
    Corridor corridor;
    try {
      String low = s.substring(1, comma).strip();
      String high = s.substring(comma + 1, close).strip();
      if (low.equals("*")) {
        Guards.check(!high.equals("*"), "corridor", "have at least one bound", s);
        corridor = atMost(MeasureText.plainNumber(high));
      } else if (high.equals("*")) {
        corridor = atLeast(MeasureText.plainNumber(low));
      } else {
        corridor = of(MeasureText.plainNumber(low), MeasureText.plainNumber(high));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(Guards.message("corridor", TEXT, s), e);
    }
    return rest.isEmpty() ? corridor : corridor.withTarget(target(rest));
  }

  /**
   * The number in {@code rest}, the text after the bounds that starts with {@code target}. A
   * missing or broken number is named as the target's fault, not the whole corridor's.
   */
  private static double target(String rest) {
    String number = rest.substring("target".length());
    if (number.startsWith(" ")) {
      try {
        return MeasureText.plainNumber(number.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(Guards.message("corridor target", TARGET_TEXT, rest), e);
      }
    }
    throw Guards.failure("corridor target", TARGET_TEXT, rest);
  }

  /**
   * A copy with a target, the value aimed at inside the corridor.
   *
   * @throws IllegalArgumentException if the target is not finite or lies outside the corridor
   */
  public Corridor withTarget(double target) {
    Guards.finite("corridor target", target);
    if (!contains(target)) {
      throw Guards.failure("corridor target", "lie inside " + bounds(), target);
    }
    return new Corridor(low, high, target);
  }

  /** The low bound; empty if the corridor is open below. */
  public OptionalDouble low() {
    return low == Double.NEGATIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(low);
  }

  /** The high bound; empty if the corridor is open above. */
  public OptionalDouble high() {
    return high == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(high);
  }

  /** The value aimed at inside the corridor, if one is set. */
  public OptionalDouble target() {
    return Double.isNaN(target) ? OptionalDouble.empty() : OptionalDouble.of(target);
  }

  /** {@code high - low} when both bounds are set; empty for a corridor open on one side. */
  public OptionalDouble width() {
    return low().isPresent() && high().isPresent() ? OptionalDouble.of(high - low)
        : OptionalDouble.empty();
  }

  /**
   * True if {@code value} lies inside the corridor, bounds included.
   *
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public boolean contains(double value) {
    Guards.finite("value", value);
    return value >= low && value <= high;
  }

  /**
   * True if {@code value} lies below the low bound.
   *
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public boolean isBelow(double value) {
    Guards.finite("value", value);
    return value < low;
  }

  /**
   * True if {@code value} lies above the high bound.
   *
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public boolean isAbove(double value) {
    Guards.finite("value", value);
    return value > high;
  }

  /**
   * How far {@code value} lies outside the corridor: its distance to the nearer bound it passed, 0
   * inside.
   *
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public double distanceOutside(double value) {
    if (isBelow(value)) {
      return low - value;
    }
    return isAbove(value) ? value - high : 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Corridor c && Double.compare(c.low, low) == 0
        && Double.compare(c.high, high) == 0 && Double.compare(c.target, target) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(low, high, target);
  }

  @Override
  public String toString() {
    return bounds() + (Double.isNaN(target) ? "" : " target " + MeasureText.number(target));
  }

  private String bounds() {
    return "[" + (low().isPresent() ? MeasureText.number(low) : "*") + ", "
        + (high().isPresent() ? MeasureText.number(high) : "*") + "]";
  }
}
