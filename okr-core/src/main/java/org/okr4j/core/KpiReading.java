package org.okr4j.core;

import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * What a {@link Kpi} read on a day: {@code 2026-08-17=3.4}.
 *
 * <p>Immutable and thread-safe. A KPI's readings are strictly increasing by date (its builder
 * checks). {@code toString()} gives {@code date=value}, which {@link #parse} reads back, as a
 * {@link Waypoint} does.
 * <pre>{@code
 * KpiReading.of(LocalDate.of(2026, 8, 17), 3.4);   // 2026-08-17=3.4
 * KpiReading.parse("2026-08-17=3.4");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class KpiReading {

  KpiReading() {}

  /** The day of the reading. */
  @Value.Parameter
  public abstract LocalDate date();

  /** The value read, in the KPI's unit. */
  @Value.Parameter
  public abstract double value();

  /**
   * A reading.
   *
   * @throws IllegalArgumentException if the value is not finite
   */
  public static KpiReading of(LocalDate date, double value) {
    Objects.requireNonNull(date, "date");
    Guards.finite("kpi reading value", value);
    return ImmutableKpiReading.of(date, value);
  }

  /**
   * Reads {@code date=value}, as {@code 2026-08-17=3.4}: what {@link #toString()} writes.
   *
   * @throws IllegalArgumentException if the text is not an ISO date, '=' and a plain decimal
   *     (digits, optionally a '.' and more digits; not {@code 3.4e0} or {@code NaN})
   */
  public static KpiReading parse(CharSequence text) {
    return DatedValueText.parse(text, "kpi reading", "2026-08-17=3.4", KpiReading::of);
  }

  @Override
  public String toString() {
    return DatedValueText.format(date(), value());
  }
}
