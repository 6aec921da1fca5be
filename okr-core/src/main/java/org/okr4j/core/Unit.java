package org.okr4j.core;

import java.util.Objects;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * The unit a measure counts in: a plain number, a percent, a currency by ISO 4217 code, or a
 * custom label such as {@code "NPS points"}.
 *
 * <p>Immutable and thread-safe. {@code toString()} gives {@code number}, {@code percent},
 * {@code currency:EUR} or {@code custom:NPS points}, which {@link #parse(CharSequence)} reads back.
 * Whether a currency code is one the JDK knows is a validation rule, not a construction error, so
 * that a host's data always loads.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Unit {

  /** What kind of unit. */
  public enum Kind {
    /** A plain count or amount. */
    NUMBER,
    /** A percentage, 0 to 100. */
    PERCENT,
    /** Money in one currency. */
    CURRENCY,
    /** Anything else, named by a label. */
    CUSTOM
  }

  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
  private static final Unit NUMBER = ImmutableUnit.of(Kind.NUMBER, "");
  private static final Unit PERCENT = ImmutableUnit.of(Kind.PERCENT, "");

  Unit() {}

  /** The kind of unit. */
  @Value.Parameter
  public abstract Kind kind();

  /** The currency code or custom label; empty for numbers and percents. */
  @Value.Parameter
  public abstract String label();

  /** A plain number. */
  public static Unit number() {
    return NUMBER;
  }

  /** A percentage. */
  public static Unit percent() {
    return PERCENT;
  }

  /**
   * Money in the currency with this ISO 4217 code.
   *
   * @throws IllegalArgumentException unless the code is three upper-case letters
   */
  public static Unit currency(String code) {
    Objects.requireNonNull(code, "code");
    Guards.check(CURRENCY_CODE.matcher(code).matches(), "currency code", "be three upper-case letters",
        code);
    return ImmutableUnit.of(Kind.CURRENCY, code);
  }

  /** A unit named by the host, such as {@code "NPS points"} or {@code "tickets"}. */
  public static Unit custom(String label) {
    Guards.title("unit label", label);
    Guards.check(label.strip().equals(label), "unit label", "not start or end with white space", label);
    return ImmutableUnit.of(Kind.CUSTOM, label);
  }

  /** Reads the form {@link #toString()} writes. */
  public static Unit parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (s.equals("number")) {
      return number();
    }
    if (s.equals("percent")) {
      return percent();
    }
    if (s.startsWith("currency:")) {
      return currency(s.substring("currency:".length()));
    }
    if (s.startsWith("custom:")) {
      return custom(s.substring("custom:".length()));
    }
    throw new IllegalArgumentException(Guards.message("unit text",
        "be number, percent, currency:<ISO code> or custom:<label>", s));
  }

  @Override
  public String toString() {
    return switch (kind()) {
      case NUMBER -> "number";
      case PERCENT -> "percent";
      case CURRENCY -> "currency:" + label();
      case CUSTOM -> "custom:" + label();
    };
  }
}
