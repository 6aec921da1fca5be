package org.okr4j.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.okr4j.core.internal.Guards;

/** The text form {@code date=value} that waypoints and KPI readings share. */
final class DatedValueText {

  /** Makes a value from the day and number read. */
  interface Maker<T> {
    T make(LocalDate date, double value);
  }

  private DatedValueText() {}

  /**
   * Reads {@code date=value}, or throws naming {@code attribute} and showing {@code example}.
   *
   * @throws IllegalArgumentException if the text is not an ISO date, '=' and a plain decimal
   *     (digits, optionally a '.' and more digits; whether the number may be what it is, {@code
   *     maker} decides)
   */
  static <T> T parse(CharSequence text, String attribute, String example, Maker<T> maker) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    String rule = "be a date, '=' and a value, as " + example;
    int eq = s.indexOf('=');
    Guards.check(eq > 0, attribute, rule, s);
    LocalDate date;
    double value;
    try {
      date = LocalDate.parse(s.substring(0, eq).strip());
      value = MeasureText.plainNumber(s.substring(eq + 1).strip());
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(Guards.message(attribute, rule, s), e);
    }
    return maker.make(date, value);
  }

  /** {@code date=value}, the number in its shortest form. */
  static String format(LocalDate date, double value) {
    return date + "=" + MeasureText.number(value);
  }
}
