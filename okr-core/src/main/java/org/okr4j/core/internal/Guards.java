package org.okr4j.core.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Argument checks that throw with a message naming the attribute, the rule and the value, as
 * {@code "title must not be blank, but was ''"}. The wording lives here, once.
 */
public final class Guards {

  /** Longest text okr4j accepts in a title or name, in code points. */
  public static final int MAX_TITLE_LENGTH = 500;

  /** Longest id a host system may use, in characters. */
  public static final int MAX_ID_LENGTH = 256;

  private Guards() {}

  /** Throws {@link IllegalArgumentException} with the house message when {@code ok} is false. */
  public static void check(boolean ok, String attribute, String rule, Object value) {
    if (!ok) {
      throw new IllegalArgumentException(message(attribute, rule, value));
    }
  }

  /** The house message: {@code "<attribute> must <rule>, but was <value>"}. */
  public static String message(String attribute, String rule, Object value) {
    return attribute + " must " + rule + ", but was " + show(value);
  }

  /** A finite double (no NaN, no infinity). */
  public static double finite(String attribute, double value) {
    check(Double.isFinite(value), attribute, "be a finite number", value);
    return value;
  }

  /** A finite double that is zero or more. */
  public static double nonNegative(String attribute, double value) {
    finite(attribute, value);
    check(value >= 0, attribute, "be zero or more", value);
    return value;
  }

  /** A finite double within {@code [low, high]}. */
  public static double within(String attribute, double value, double low, double high) {
    finite(attribute, value);
    check(value >= low && value <= high, attribute, "lie within [" + low + ", " + high + "]", value);
    return value;
  }

  /** Text that is not blank and at most {@link #MAX_TITLE_LENGTH} code points long. */
  public static String title(String attribute, String value) {
    Objects.requireNonNull(value, attribute);
    check(!value.isBlank(), attribute, "not be blank", value);
    int length = value.codePointCount(0, value.length());
    check(length <= MAX_TITLE_LENGTH, attribute,
        "be at most " + MAX_TITLE_LENGTH + " characters long", length);
    return value;
  }

  /**
   * An id as the host system spells it: not blank, without surrounding white space or control
   * characters (so that {@code toString} and {@code parse} round-trip), at most
   * {@link #MAX_ID_LENGTH} characters.
   */
  public static String id(String attribute, String value) {
    Objects.requireNonNull(value, attribute);
    check(!value.isBlank(), attribute, "not be blank", value);
    check(value.strip().equals(value), attribute, "not start or end with white space", value);
    check(value.length() <= MAX_ID_LENGTH, attribute,
        "be at most " + MAX_ID_LENGTH + " characters long", value.length());
    check(value.chars().noneMatch(Character::isISOControl), attribute,
        "not contain control characters", value);
    return value;
  }

  /** Throws when two elements of {@code values} share a key; linear in their number. */
  public static <T, K> void unique(String attribute, Collection<T> values, Function<T, K> key) {
    Set<K> seen = new HashSet<>(Math.max(16, values.size() * 2));
    for (T value : values) {
      K k = key.apply(value);
      check(seen.add(k), attribute, "not contain duplicates", k);
    }
  }

  private static String show(Object value) {
    if (value instanceof CharSequence) {
      return "'" + value + "'";
    }
    return String.valueOf(value);
  }
}
