package org.okr4j.core.validation;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.okr4j.core.Identifier;
import org.okr4j.core.Measure;
import org.okr4j.core.internal.Guards;

/**
 * One broken rule: a stable code, a severity, the subjects it is about (objective, key result,
 * unit, person or cycle ids) and the offending values by name.
 *
 * <p>Immutable and thread-safe. The code is stable across releases (tests and hosts match on it,
 * never on text); the values are what a message shows, in the order given (numbers without a
 * trailing {@code .0}): text as given, values of immutable types (numbers, dates, ids, enums,
 * measures) kept and formatted when read, anything else formatted when the violation is made. Most violations concern one subject;
 * those about a loop, a cluster or a pair of opposing key results list several, in an order the
 * rule fixes from the set's content (a loop's path, ids sorted), never from the order the set
 * was built in. {@link #message(Locale)} and
 * {@link #remedy(Locale)} render it through {@link ViolationMessages}.
 * <pre>{@code
 * Violation v = Violation.of("focus.key-results.too-many", Severity.WARNING, objective.id())
 *     .withValue("count", 7)
 *     .withValue("max", 5);
 * v.message(Locale.ENGLISH);        // "The objective o-growth has 7 key results; at most 5 keep it focused."
 * v.remedy(Locale.SIMPLIFIED_CHINESE);
 * }</pre>
 */
public final class Violation {

  private static final String[] NONE = {};
  private static final Object[] NO_VALUES = {};
  private static final Map<List<String>, String[]> SHARED_NAMES = new ConcurrentHashMap<>();
  // Codes found well-formed, and steps from one shared names array to the next, recognised by
  // identity: rules make millions of violations from a few literal codes and names. Racy but
  // safe: Strings are immutable, a NamesStep's fields are final and the arrays it holds are never
  // written once made, and a miss only takes the slower path.
  private static final String[] CHECKED_CODES = new String[256];
  private static final NamesStep[] NAMES_STEPS = new NamesStep[256];

  private record NamesStep(String[] names, String name, String[] next) {}

  private final String code;
  private final Severity severity;
  // The one subject most violations have, or an Identifier<?>[] of two or more: one field, not
  // two, keeps a violation at 32 bytes (a large set makes millions).
  private final Object subjects;
  // Names and values side by side: a violation holds two to four values, and a large set
  // makes millions of violations, so two small arrays beat a map per violation. Values of
  // immutable types are kept as they are and formatted only when shown; others as text.
  private final String[] names;
  private final Object[] texts;

  private Violation(String code, Severity severity, Object subjects, String[] names,
      Object[] texts) {
    this.code = code;
    this.severity = severity;
    this.subjects = subjects;
    this.names = names;
    this.texts = texts;
  }

  /**
   * A violation without values.
   *
   * @throws IllegalArgumentException unless the code is lower-case words joined by dots or hyphens
   *     ({@code focus.key-results.too-many})
   */
  public static Violation of(String code, Severity severity, Identifier<?> subject) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    checkCode(code);
    return new Violation(code, severity, subject, NONE, NO_VALUES);
  }

  /**
   * A violation about several subjects, in the order given (a loop's path, a cluster's members).
   * The subjects are copied: the violation keeps none of the list, and a later change to it changes
   * nothing.
   *
   * @throws IllegalArgumentException if there are no subjects, or the code is not lower-case
   *     words joined by dots or hyphens
   */
  public static Violation of(String code, Severity severity,
      List<? extends Identifier<?>> subjects) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subjects, "subjects");
    Guards.check(!subjects.isEmpty(), "violation subjects", "not be empty", subjects);
    Violation first = of(code, severity, subjects.get(0));
    if (subjects.size() == 1) {
      return first;
    }
    Identifier<?>[] all = new Identifier<?>[subjects.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = Objects.requireNonNull(subjects.get(i), "subject");
    }
    return new Violation(code, severity, all, NONE, NO_VALUES);
  }

  /**
   * A copy that also shows {@code value} under {@code name} (replacing an earlier value of that
   * name); messages refer to it as <code>{name}</code>.
   *
   * @throws IllegalArgumentException unless the name is a letter followed by letters, digits or
   *     hyphens
   */
  public Violation withValue(String name, Object value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Guards.check(isValueName(name), "violation value name",
        "be a letter followed by letters, digits or hyphens", name);
    Object text = isImmutable(value) ? value : format(value);
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        Object[] replaced = texts.clone();
        replaced[i] = text;
        return new Violation(code, severity, subjects, names, replaced);
      }
    }
    Object[] moreTexts = Arrays.copyOf(texts, texts.length + 1);
    moreTexts[texts.length] = text;
    return new Violation(code, severity, subjects, namesWith(names, name), moreTexts);
  }

  /**
   * The same finding about another single subject, sharing this one's values: a rule that reports
   * one finding with the same values for many key results of one objective (a million of them in
   * a large set) keeps one array of values for all.
   */
  Violation about(Identifier<?> other) {
    return new Violation(code, severity, Objects.requireNonNull(other, "subject"), names, texts);
  }

  /** A copy with another severity (policies re-grade codes this way). */
  public Violation withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return severity == this.severity ? this
        : new Violation(code, severity, subjects, names, texts);
  }

  /** The stable code, such as {@code focus.key-results.too-many}. */
  public String code() {
    return code;
  }

  /** How much it matters. */
  public Severity severity() {
    return severity;
  }

  /** The id of what it is about: the first of {@link #subjects()}. */
  public Identifier<?> subject() {
    return subjects instanceof Identifier<?> one ? one : ((Identifier<?>[]) subjects)[0];
  }

  /** The ids of everything it is about, in the rule's order; never empty. */
  public List<Identifier<?>> subjects() {
    if (subjects instanceof Identifier<?> one) {
      return List.of(one);
    }
    return Collections.unmodifiableList(Arrays.asList((Identifier<?>[]) subjects));
  }

  /** True if {@code id} is among its subjects. */
  public boolean concerns(Identifier<?> id) {
    Objects.requireNonNull(id, "id");
    if (subjects instanceof Identifier<?> one) {
      return one.equals(id);
    }
    for (Identifier<?> other : (Identifier<?>[]) subjects) {
      if (other.equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** The offending values by name, in the order given; unmodifiable. */
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      values.put(names[i], format(texts[i]));
    }
    return Collections.unmodifiableMap(values);
  }

  /** The value named {@code name}, or null: for rendering messages without building a map. */
  String value(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return format(texts[i]);
      }
    }
    return null;
  }

  private String[] formatted() {
    String[] formatted = new String[texts.length];
    for (int i = 0; i < texts.length; i++) {
      formatted[i] = format(texts[i]);
    }
    return formatted;
  }

  /** True if the code is {@code codeOrPrefix} or starts with it followed by a dot. */
  public boolean hasCode(String codeOrPrefix) {
    Objects.requireNonNull(codeOrPrefix, "codeOrPrefix");
    return matches(code, codeOrPrefix);
  }

  /** The message in {@code locale}, from okr4j's bundles and any vendor overrides. */
  public String message(Locale locale) {
    return ViolationMessages.of(locale).message(this);
  }

  /** How to fix it, in {@code locale}. */
  public String remedy(Locale locale) {
    return ViolationMessages.of(locale).remedy(this);
  }

  /** Why it matters, in {@code locale}; empty where no reason is written for the code. */
  public String why(Locale locale) {
    return ViolationMessages.of(locale).why(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation that && code.equals(that.code)
        && severity == that.severity && subjects().equals(that.subjects())
        && Arrays.equals(names, that.names) && Arrays.equals(formatted(), that.formatted());
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, subjects(), Arrays.hashCode(names),
        Arrays.hashCode(formatted()));
  }

  /** For example {@code WARNING focus.key-results.too-many o-growth {count=7, max=5}}. */
  @Override
  public String toString() {
    return severity + " " + code + " " + (subjects instanceof Identifier<?> ? subjects : subjects())
        + (names.length == 0 ? "" : " " + values());
  }

  private static void checkCode(String code) {
    int slot = code.hashCode() & CHECKED_CODES.length - 1;
    if (CHECKED_CODES[slot] != code) {
      Guards.check(isCode(code), "violation code",
          "be lower-case words joined by dots or hyphens", code);
      CHECKED_CODES[slot] = code;
    }
  }

  /**
   * True for lower-case words of letters and digits joined by single dots or hyphens
   * ({@code [a-z0-9]+([.-][a-z0-9]+)*}). A scan, not a regular expression: a large set makes
   * millions of violations.
   */
  static boolean isCode(String text) {
    boolean wordStarts = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        wordStarts = false;
      } else if ((c == '.' || c == '-') && !wordStarts) {
        wordStarts = true;
      } else {
        return false;
      }
    }
    return !wordStarts;
  }

  /** True for a letter followed by letters, digits or hyphens ({@code [a-zA-Z][a-zA-Z0-9-]*}). */
  static boolean isValueName(String text) {
    if (text.isEmpty() || !isAsciiLetter(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  static boolean matches(String code, String codeOrPrefix) {
    return code.startsWith(codeOrPrefix)
        && (code.length() == codeOrPrefix.length() || code.charAt(codeOrPrefix.length()) == '.');
  }

  /**
   * {@code names} and then {@code name}, as an array shared by every violation with these names:
   * a rule gives its many violations the same names, and a names array per violation was a fifth
   * of a large validation result. Never changed once made; at most 1,024 lists of names are kept
   * in a map (beyond that, each violation gets its own array, unless the step from {@code names}
   * to it is still among the 256 recent steps found by identity, ahead of the map).
   */
  private static String[] namesWith(String[] names, String name) {
    int slot = (System.identityHashCode(names) * 31 + name.hashCode()) & NAMES_STEPS.length - 1;
    NamesStep step = NAMES_STEPS[slot];
    if (step != null && step.names == names && step.name == name) {
      return step.next;
    }
    String[] next = sharedNamesWith(names, name);
    NAMES_STEPS[slot] = new NamesStep(names, name, next);
    return next;
  }

  private static String[] sharedNamesWith(String[] names, String name) {
    String[] moreNames = Arrays.copyOf(names, names.length + 1);
    moreNames[names.length] = name;
    List<String> key = Arrays.asList(moreNames);
    String[] shared = SHARED_NAMES.get(key);
    if (shared != null) {
      return shared;
    }
    if (SHARED_NAMES.size() < 1024) {
      SHARED_NAMES.putIfAbsent(key, moreNames);
    }
    return moreNames;
  }

  /** Types whose values never change, so they can be formatted later. */
  private static boolean isImmutable(Object value) {
    return value instanceof String || value instanceof Integer || value instanceof Long
        || value instanceof Double || value instanceof Float || value instanceof Short
        || value instanceof Byte || value instanceof Boolean || value instanceof Enum<?>
        || value instanceof java.time.LocalDate || value instanceof Identifier<?>
        || value instanceof Measure;
  }

  private static String format(Object value) {
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      return Double.toString(d);
    }
    return value.toString();
  }
}
