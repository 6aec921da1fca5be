package org.okr4j.core.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.okr4j.core.Identifier;
import org.okr4j.core.internal.Guards;

/**
 * One broken rule: a stable code, a severity, the subject it is about (an objective, key result,
 * unit, person or cycle id) and the offending values by name.
 *
 * <p>Immutable and thread-safe. The code is stable across releases (tests and hosts match on it,
 * never on text); the values are what a message shows, in the order given, formatted once when the
 * violation is made (numbers without a trailing {@code .0}). {@link #message(Locale)} and
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

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

  private final String code;
  private final Severity severity;
  private final Identifier<?> subject;
  private final Map<String, String> values;

  private Violation(String code, Severity severity, Identifier<?> subject,
      Map<String, String> values) {
    this.code = code;
    this.severity = severity;
    this.subject = subject;
    this.values = values;
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
    Guards.check(CODE.matcher(code).matches(), "violation code",
        "be lower-case words joined by dots or hyphens", code);
    return new Violation(code, severity, subject, Map.of());
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
    Guards.check(NAME.matcher(name).matches(), "violation value name",
        "be a letter followed by letters, digits or hyphens", name);
    Map<String, String> copy = new LinkedHashMap<>(values);
    copy.put(name, format(value));
    return new Violation(code, severity, subject, Collections.unmodifiableMap(copy));
  }

  /** A copy with another severity (policies re-grade codes this way). */
  public Violation withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return severity == this.severity ? this : new Violation(code, severity, subject, values);
  }

  /** The stable code, such as {@code focus.key-results.too-many}. */
  public String code() {
    return code;
  }

  /** How much it matters. */
  public Severity severity() {
    return severity;
  }

  /** The id of what it is about. */
  public Identifier<?> subject() {
    return subject;
  }

  /** The offending values by name, in the order given; unmodifiable. */
  public Map<String, String> values() {
    return values;
  }

  /** True if the code is {@code codeOrPrefix} or starts with it followed by a dot. */
  public boolean hasCode(String codeOrPrefix) {
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation that && code.equals(that.code)
        && severity == that.severity && subject.equals(that.subject)
        && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, subject, values);
  }

  /** For example {@code WARNING focus.key-results.too-many o-growth {count=7, max=5}}. */
  @Override
  public String toString() {
    return severity + " " + code + " " + subject + (values.isEmpty() ? "" : " " + values);
  }

  static boolean matches(String code, String codeOrPrefix) {
    return code.startsWith(codeOrPrefix)
        && (code.length() == codeOrPrefix.length() || code.charAt(codeOrPrefix.length()) == '.');
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
