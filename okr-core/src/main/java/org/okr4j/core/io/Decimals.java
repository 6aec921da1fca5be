package org.okr4j.core.io;

import java.math.BigDecimal;
import java.util.Optional;
import org.okr4j.core.internal.Guards;

/**
 * How a layout writes numbers in its cells: a decimal separator and, optionally, a thousands
 * separator; nothing else (no exponent, hex, suffix, {@code NaN} or infinity).
 *
 * <p>Immutable. Reading is strict so that a cell is never read as another number than the one its
 * writer meant: with the plain syntax, {@code 1,5} and {@code 1.000,50} are rejected rather than
 * read as 15 or 1.0005. Digits are ASCII; grouping must be in threes after the first group.
 */
final class Decimals {

  /** The characters a thousands separator may be. */
  private static final String GROUPING = ",.' \u00A0\u202F";

  /** Digits with {@code .} for decimals, no grouping: what okr4j writes. */
  static final Decimals PLAIN = new Decimals('.', Optional.empty());

  private final char decimal;
  private final Optional<Character> grouping;

  private Decimals(char decimal, Optional<Character> grouping) {
    this.decimal = decimal;
    this.grouping = grouping;
  }

  Decimals withDecimal(char separator) {
    Guards.check(separator == '.' || separator == ',', "decimal separator", "be '.' or ','",
        String.valueOf(separator));
    Guards.check(!grouping.equals(Optional.of(separator)), "decimal separator",
        "differ from the thousands separator (call withoutGrouping() or withGrouping(...) first)",
        String.valueOf(separator));
    return new Decimals(separator, grouping);
  }

  Decimals withGrouping(char separator) {
    Guards.check(GROUPING.indexOf(separator) >= 0, "thousands separator",
        "be one of ',', '.', ''', ' ', no-break space or narrow no-break space",
        String.valueOf(separator));
    Guards.check(separator != decimal, "thousands separator",
        "differ from the decimal separator", String.valueOf(separator));
    return new Decimals(decimal, Optional.of(separator));
  }

  Decimals withoutGrouping() {
    return new Decimals(decimal, Optional.empty());
  }

  char decimal() {
    return decimal;
  }

  Optional<Character> grouping() {
    return grouping;
  }

  /**
   * The number {@code text} writes.
   *
   * @throws IllegalArgumentException naming the syntax if the text is not a number in it, or the
   *     range if it lies beyond a {@code double}'s
   */
  double read(String text) {
    String plain = plain(text);
    if (plain == null) {
      // Syntax help only where the text was meant as a number ('1,5', '1e5'), not for 'n/a'.
      throw new IllegalArgumentException("'" + Cells.brief(text) + "' is not a number"
          + (digits(text, text.startsWith("-") || text.startsWith("+") ? 1 : 0) > 0
              ? ": " + syntax() : ""));
    }
    double value = Double.parseDouble(plain);
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("'" + Cells.brief(text)
          + "' is not a number within the range of a double");
    }
    return value;
  }

  /** True if {@code text} is a number in this syntax (whatever its size). */
  boolean isNumber(String text) {
    return plain(text) != null;
  }

  /**
   * A finite double as the shortest plain decimal that reads back to it, with this syntax's
   * decimal separator and no grouping: {@code 45}, {@code 0.5}, {@code -0}, {@code 0.00001}.
   */
  String write(double value) {
    String plain;
    if (value == 0) {
      plain = Double.doubleToRawLongBits(value) == 0 ? "0" : "-0";
    } else {
      plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
    return decimal == '.' ? plain : plain.replace('.', decimal);
  }

  /** What a number looks like here, for messages. */
  String syntax() {
    return "use digits, an optional sign" + grouping.map(g -> ", '" + g + "' between thousands")
        .orElse("") + " and '" + decimal + "' for decimals (-1" + grouping.map(String::valueOf)
        .orElse("") + "234" + decimal + "5), or set the layout's separators";
  }

  /** The text as Java reads it ({@code -1234.5}), or null if it is not a number here. */
  private String plain(String text) {
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int at = 0;
    if (at < n && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
      out.append(text.charAt(at));
      at++;
    }
    int first = digits(text, at);
    if (first == 0) {
      return null;
    }
    out.append(text, at, at + first);
    at += first;
    if (grouping.isPresent() && at < n && text.charAt(at) == grouping.get()) {
      if (first > 3) {
        return null;
      }
      while (at < n && text.charAt(at) == grouping.get()) {
        if (digits(text, at + 1) != 3) {
          return null;
        }
        out.append(text, at + 1, at + 4);
        at += 4;
      }
    }
    if (at < n && text.charAt(at) == decimal) {
      int decimals = digits(text, at + 1);
      if (decimals == 0) {
        return null;
      }
      out.append('.').append(text, at + 1, at + 1 + decimals);
      at += 1 + decimals;
    }
    return at == n ? out.toString() : null;
  }

  /** How many ASCII digits run from {@code at}. */
  private static int digits(String text, int at) {
    int end = at;
    while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    return end - at;
  }

  @Override
  public String toString() {
    return "decimal '" + decimal + "'" + grouping.map(g -> ", grouping '" + g + "'").orElse("");
  }
}
