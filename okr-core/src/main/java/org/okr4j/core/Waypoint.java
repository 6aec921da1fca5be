package org.okr4j.core;

import java.time.LocalDate;
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
   * @throws IllegalArgumentException if the text is not an ISO date, '=' and a plain decimal
   *     (digits, optionally a '.' and more digits; not {@code 4e1} or {@code Infinity})
   */
  public static Waypoint parse(CharSequence text) {
    return DatedValueText.parse(text, "waypoint", "2026-09-30=40", Waypoint::of);
  }

  @Override
  public String toString() {
    return DatedValueText.format(date(), value());
  }
}
