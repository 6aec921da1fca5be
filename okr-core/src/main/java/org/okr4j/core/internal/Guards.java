package org.okr4j.core.internal;

import java.util.HashSet;
import java.util.List;
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

  /** The longest list {@link #unique} checks without a table. */
  private static final int FEW = 8;

  private Guards() {}

  /** Throws {@link IllegalArgumentException} with the house message when {@code ok} is false. */
  public static void check(boolean ok, String attribute, String rule, Object value) {
    if (!ok) {
      throw new IllegalArgumentException(message(attribute, rule, value));
    }
  }

  /**
   * The exception {@link #check} throws, for a caller whose rule or value is text made from other
   * values: the caller tests the condition itself and makes the text only when it fails, as
   * {@code if (!(high >= low)) throw Guards.failure("range high", "not lie below low " + low,
   * high);}. Values are checked by the million (a check-in's reading, a measure's bounds, a
   * person's units); text made for every one of them would cost more than the checks.
   */
  public static IllegalArgumentException failure(String attribute, String rule, Object value) {
    return new IllegalArgumentException(message(attribute, rule, value));
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
    if (!(value >= low && value <= high)) {
      throw failure(attribute, "lie within [" + low + ", " + high + "]", value);
    }
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
    // A loop, not a stream: ids are checked by the million (each key result's and check-in's).
    for (int i = 0; i < value.length(); i++) {
      check(!Character.isISOControl(value.charAt(i)), attribute, "not contain control characters",
          value);
    }
    return value;
  }

  /**
   * Throws when two elements of {@code values} share a key, naming the first that repeats an
   * earlier one; linear in their number. Lists of up to {@value #FEW} (an objective's key results,
   * a person's units, a check-in's stages, as most are) are compared element by element, at most
   * 28 comparisons and no table; longer ones through a hash set. Values are built by the million:
   * a table for each list of none, one or a few elements costs more than the rest of its checks.
   */
  public static <T, K> void unique(String attribute, List<T> values, Function<T, K> key) {
    int size = values.size();
    if (size <= FEW) {
      for (int i = 1; i < size; i++) {
        K k = key.apply(values.get(i));
        for (int j = 0; j < i; j++) {
          check(!Objects.equals(k, key.apply(values.get(j))), attribute, "not contain duplicates",
              k);
        }
      }
      return;
    }
    Set<K> seen = new HashSet<>(size * 2);
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
