package org.okr4j.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.okr4j.core.internal.Guards;

/**
 * One tunable setting of a validation rule: its name, its default, the values it allows and what
 * it means, in one place, as {@link java.time.temporal.ChronoField} carries its range.
 *
 * <p>Immutable and thread-safe. Three shapes: a whole-number count ({@link #count}), a decimal
 * number ({@link #number}) and a list of words or names ({@link #list}). Rules read a setting
 * through {@link ValidationContext#get(Setting)}; policies set one with
 * {@link ValidationPolicy#with(Setting, Object)}, or by name from text with
 * {@link ValidationPolicy#withSetting(String, String)}, which rejects an unknown name and a value
 * out of range when the policy is built. A <em>family</em> ({@link #family}) stands for settings
 * that differ by a last part, such as one list of allowed parent levels per level:
 * {@code Settings.ALLOWED_PARENTS.member("team")} is {@code structure.allowed-parents.team}.
 * <pre>{@code
 * static final Setting<Integer> MAX_LINKS =
 *     Setting.count("acme.links.max", 3, 0, 100, "The most Jira links one objective may carry.");
 * ValidationPolicy policy = ValidationPolicy.defaults().with(MAX_LINKS, 5);
 * int max = context.get(MAX_LINKS);               // in a rule
 * }</pre>
 *
 * @param <T> {@code Integer}, {@code Double} or {@code List<String>}
 */
public final class Setting<T> {

  private enum Shape { COUNT, NUMBER, LIST }

  private final String name;
  private final Shape shape;
  private final T defaultValue;
  private final double min;
  private final double max;
  private final Predicate<String> allowedWord;
  private final String allowedWords;
  private final String description;
  private final boolean family;

  private Setting(String name, Shape shape, T defaultValue, double min, double max,
      Predicate<String> allowedWord, String allowedWords, String description, boolean family) {
    this.name = name;
    this.shape = shape;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.allowedWord = allowedWord;
    this.allowedWords = allowedWords;
    this.description = description;
    this.family = family;
  }

  /**
   * A whole-number setting within {@code min..max}, both included.
   *
   * @throws IllegalArgumentException if the name is not a code-like name, or the default lies
   *     outside the range
   */
  public static Setting<Integer> count(String name, int defaultValue, int min, int max,
      String description) {
    Guards.check(min <= max, "setting range of " + name, "have min <= max", min + ".." + max);
    return new Setting<Integer>(checkedName(name), Shape.COUNT, null, min, max, null, null,
        Objects.requireNonNull(description, "description"), false).withDefault(defaultValue);
  }

  /**
   * A decimal setting within {@code min..max}, both included.
   *
   * @throws IllegalArgumentException if the name is not a code-like name, or the default lies
   *     outside the range
   */
  public static Setting<Double> number(String name, double defaultValue, double min, double max,
      String description) {
    Guards.check(min <= max, "setting range of " + name, "have min <= max", min + ".." + max);
    return new Setting<Double>(checkedName(name), Shape.NUMBER, null, min, max, null, null,
        Objects.requireNonNull(description, "description"), false).withDefault(defaultValue);
  }

  /** A list of words or names; any non-blank word is allowed. */
  public static Setting<List<String>> list(String name, List<String> defaultValue,
      String description) {
    return list(name, defaultValue, word -> true, "non-blank words", description);
  }

  /**
   * A list whose every word must pass {@code allowedWord} (described as {@code allowedWords} in
   * error messages).
   */
  public static Setting<List<String>> list(String name, List<String> defaultValue,
      Predicate<String> allowedWord, String allowedWords, String description) {
    return new Setting<List<String>>(checkedName(name), Shape.LIST, null, 0, 0,
        Objects.requireNonNull(allowedWord, "allowedWord"),
        Objects.requireNonNull(allowedWords, "allowedWords"),
        Objects.requireNonNull(description, "description"), false).withDefault(defaultValue);
  }

  /**
   * A family of settings shaped like {@code shape} whose names are this setting's name, a dot and
   * a last part ({@link #member(String)}).
   */
  public static <T> Setting<T> family(Setting<T> shape) {
    Objects.requireNonNull(shape, "shape");
    return new Setting<>(shape.name, shape.shape, shape.defaultValue, shape.min, shape.max,
        shape.allowedWord, shape.allowedWords, shape.description, true);
  }

  /**
   * The member of this family named {@code <name>.<part>}, with the family's default and range.
   *
   * @throws IllegalStateException if this is not a family
   */
  public Setting<T> member(String part) {
    Objects.requireNonNull(part, "part");
    if (!family) {
      throw new IllegalStateException("setting " + name + " is not a family");
    }
    return new Setting<>(checkedName(name + "." + part), shape,
        defaultValue, min, max, allowedWord, allowedWords, description, false);
  }

  /** A copy with another default, checked against the range. */
  public Setting<T> withDefault(T value) {
    return new Setting<>(name, shape, check(value), min, max, allowedWord, allowedWords,
        description, family);
  }

  private static String checkedName(String name) {
    Guards.check(Violation.isCode(Objects.requireNonNull(name, "name")), "setting name",
        "be lower-case words joined by dots or hyphens", name);
    return name;
  }

  /** Its name, such as {@code focus.key-results.max}. */
  public String name() {
    return name;
  }

  /** The value a policy has unless it sets another. */
  public T defaultValue() {
    return defaultValue;
  }

  /** What it means. */
  public String description() {
    return description;
  }

  /** The values it allows, as text: {@code 0..100}, {@code 0.0..1.0} or the words allowed. */
  public String range() {
    return switch (shape) {
      case COUNT -> (long) min + ".." + (long) max;
      case NUMBER -> min + ".." + max;
      case LIST -> "a list of " + allowedWords;
    };
  }

  /** True for a family: a name that stands for its members ({@link #member(String)}). */
  public boolean isFamily() {
    return family;
  }

  /** True if {@code settingName} is this setting, or a member of this family. */
  public boolean matches(String settingName) {
    Objects.requireNonNull(settingName, "settingName");
    return family ? settingName.startsWith(name + ".") && settingName.length() > name.length() + 1
        : settingName.equals(name);
  }

  /**
   * The value checked against the setting's range: a count or number within it, a list of
   * allowed words (copied, unmodifiable).
   *
   * @throws IllegalArgumentException naming the setting, the range and the value, if it lies
   *     outside the range
   * @throws ClassCastException if the value is not of the setting's type
   */
  @SuppressWarnings("unchecked")
  public T check(Object value) {
    Objects.requireNonNull(value, name);
    switch (shape) {
      case COUNT -> {
        int count = (Integer) value;
        Guards.check(count >= min && count <= max, "setting " + name, "lie within " + range(),
            value);
      }
      case NUMBER -> {
        double number = ((Number) value).doubleValue();
        Guards.check(number >= min && number <= max, "setting " + name, "lie within " + range(),
            value);
        value = number;
      }
      case LIST -> {
        List<String> words = new ArrayList<>();
        for (Object word : (List<?>) value) {
          String text = (String) Objects.requireNonNull(word, name + " word");
          Guards.check(!text.isBlank() && allowedWord.test(text), "setting " + name,
              "hold " + allowedWords, text);
          words.add(text);
        }
        value = List.copyOf(words);
      }
      default -> throw new AssertionError(shape);
    }
    return (T) value;
  }

  /**
   * The value written as {@code text}: a whole number for a count, a decimal with {@code .} for a
   * number, words separated by commas for a list (blanks around them ignored; empty text is the
   * empty list).
   *
   * @throws IllegalArgumentException naming the setting, the range and the text, if the text is
   *     not such a value or lies outside the range
   */
  public T parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    Object value;
    switch (shape) {
      case COUNT -> {
        Guards.check(isInteger(trimmed), "setting " + name, "be a whole number within "
            + range(), text);
        value = parseCount(trimmed);
      }
      case NUMBER -> {
        Guards.check(isDecimal(trimmed), "setting " + name, "be a decimal number within "
            + range(), text);
        value = Double.parseDouble(trimmed);
      }
      case LIST -> {
        List<String> words = new ArrayList<>();
        if (!trimmed.isEmpty()) {
          for (String word : trimmed.split(",", -1)) {
            words.add(word.strip());
          }
        }
        value = words;
      }
      default -> throw new AssertionError(shape);
    }
    return check(value);
  }

  private int parseCount(String text) {
    long parsed = Long.parseLong(text);
    Guards.check(parsed >= min && parsed <= max, "setting " + name, "lie within " + range(), text);
    return (int) parsed;
  }

  private static boolean isInteger(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    if (text.length() == start || text.length() > 18) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Optional minus, digits, optionally a dot and more digits: no exponent, no hex, no suffix. */
  private static boolean isDecimal(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int digits = 0;
    boolean dot = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return false;
      }
    }
    return digits > 0 && digits <= 30;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Setting<?> that && name.equals(that.name) && shape == that.shape
        && family == that.family;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, shape, family);
  }

  /** For example {@code focus.key-results.max (count 0..1000, default 5)}. */
  @Override
  public String toString() {
    return name + (family ? ".*" : "") + " (" + shape.name().toLowerCase(Locale.ROOT) + " "
        + range() + ", default " + defaultValue + ")";
  }
}
