package org.okr4j.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A phased target of a key result: the value it is expected to read by a date.
 *
 * <p>Immutable and thread-safe. A key result's waypoints are strictly increasing by date (its
 * builder checks); whether they lie inside the objective's cycle is a validation finding
 * ({@code time.waypoint.outside-cycle}), since the cycle is known only in an {@link OkrSet}.
 * {@code toString()} gives {@code date=value}, which {@link #parse} reads back.
 * <pre>{@code
 * Waypoint.of(LocalDate.of(2026, 8, 31), 36);   // 2026-08-31=36
 * Waypoint.parse("2026-09-30=40");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Waypoint {

  Waypoint() {}

  /** The day by which the value is expected. */
  @Value.Parameter
  public abstract LocalDate date();

  /** The value expected by then, in the measure's unit. */
  @Value.Parameter
  public abstract double value();

  /**
   * A waypoint.
   *
   * @throws IllegalArgumentException if the value is not finite
   */
  public static Waypoint of(LocalDate date, double value) {
    Objects.requireNonNull(date, "date");
    Guards.finite("waypoint value", value);
    return ImmutableWaypoint.of(date, value);
  }

  /**
   * Reads {@code date=value}, as {@code 2026-09-30=40}: what {@link #toString()} writes.
   *
   * @throws IllegalArgumentException if the text is not an ISO date, '=' and a finite number
   */
  public static Waypoint parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    int eq = s.indexOf('=');
    Guards.check(eq > 0, "waypoint", "be a date, '=' and a value, as 2026-09-30=40", s);
    LocalDate date;
    double value;
    try {
      date = LocalDate.parse(s.substring(0, eq).strip());
      value = Double.parseDouble(s.substring(eq + 1).strip());
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(
          Guards.message("waypoint", "be a date, '=' and a value, as 2026-09-30=40", s), e);
    }
    return of(date, value);
  }

  @Override
  public String toString() {
    return date() + "=" + MeasureText.number(value());
  }
}
