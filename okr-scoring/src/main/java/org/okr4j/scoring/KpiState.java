package org.okr4j.scoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.okr4j.core.Corridor;
import org.okr4j.core.Kpi;
import org.okr4j.core.KpiId;
import org.okr4j.core.KpiReading;

/**
 * A KPI's state on a day: its latest reading on or before that day, where it lies against the
 * corridor, and how far outside.
 *
 * <p>Immutable and thread-safe. The distance is the reading's distance to the bound it passed (0
 * inside, and with no reading). The relative distance, okr4j's own measure (no published OKR
 * tool defines one), is that distance over the corridor's width when both bounds are set and
 * differ, else over the size of the bound passed when that is not 0; otherwise there is none.
 * <pre>{@code
 * KpiState state = Kpis.state(churn, LocalDate.of(2026, 9, 1));
 * state.position();           // ABOVE
 * state.distance();           // 0.6
 * state.relativeDistance();   // OptionalDouble[0.24] (0.6 over the bound 2.5)
 * state.toString();           // kpi-churn ABOVE [*, 2.5] target 2 by 0.6 (24% of the bound), read 3.1 on 2026-08-31
 * }</pre>
 */
public final class KpiState {

  private final KpiId kpi;
  private final LocalDate asOf;
  private final Corridor corridor;
  private final KpiReading reading;
  private final KpiPosition position;

  private KpiState(KpiId kpi, LocalDate asOf, Corridor corridor, KpiReading reading) {
    this.kpi = kpi;
    this.asOf = asOf;
    this.corridor = corridor;
    this.reading = reading;
    if (reading == null) {
      position = KpiPosition.NO_READING;
    } else if (corridor.isBelow(reading.value())) {
      position = KpiPosition.BELOW;
    } else if (corridor.isAbove(reading.value())) {
      position = KpiPosition.ABOVE;
    } else {
      position = KpiPosition.INSIDE;
    }
  }

  /** The state of {@code kpi} on {@code asOf}, from its latest reading on or before that day. */
  public static KpiState of(Kpi kpi, LocalDate asOf) {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(asOf, "asOf");
    return new KpiState(kpi.id(), asOf, kpi.corridor(), kpi.latestOn(asOf).orElse(null));
  }

  /** The KPI's id. */
  public KpiId kpi() {
    return kpi;
  }

  /** The day the state is read on. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The corridor judged against. */
  public Corridor corridor() {
    return corridor;
  }

  /** The latest reading on or before {@link #asOf()}, if there is one. */
  public Optional<KpiReading> reading() {
    return Optional.ofNullable(reading);
  }

  /** Where the reading lies against the corridor. */
  public KpiPosition position() {
    return position;
  }

  /** True if the reading lies below or above the corridor. */
  public boolean isOutside() {
    return position.isOutside();
  }

  /** How far the reading lies outside the corridor, in the KPI's unit; 0 inside or unread. */
  public double distance() {
    return reading == null ? 0 : corridor.distanceOutside(reading.value());
  }

  /**
   * The distance over the corridor's width (both bounds set and different), else over the size of
   * the bound passed (when not 0); empty inside, unread, or when neither gives a scale.
   */
  public OptionalDouble relativeDistance() {
    if (!isOutside()) {
      return OptionalDouble.empty();
    }
    OptionalDouble width = corridor.width();
    if (width.isPresent() && width.getAsDouble() > 0) {
      return OptionalDouble.of(distance() / width.getAsDouble());
    }
    double bound = position == KpiPosition.BELOW ? corridor.low().getAsDouble()
        : corridor.high().getAsDouble();
    return bound == 0 ? OptionalDouble.empty() : OptionalDouble.of(distance() / Math.abs(bound));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KpiState s && s.kpi.equals(kpi) && s.asOf.equals(asOf)
        && s.corridor.equals(corridor) && Objects.equals(s.reading, reading);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kpi, asOf, corridor, reading);
  }

  /**
   * {@code kpi-churn ABOVE [*, 2.5] target 2 by 0.6 (24% of the bound), read 3.1 on 2026-08-31};
   * {@code kpi-uptime INSIDE [99.5, *], read 99.9 on 2026-08-31};
   * {@code kpi-nps NO_READING [30, 50] by 2026-08-20}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(kpi).append(' ').append(position).append(' ')
        .append(corridor);
    if (reading == null) {
      return text.append(" by ").append(asOf).toString();
    }
    if (isOutside()) {
      text.append(" by ").append(Progress.fmt(distance()));
      OptionalDouble relative = relativeDistance();
      if (relative.isPresent()) {
        boolean overWidth = corridor.width().isPresent() && corridor.width().getAsDouble() > 0;
        text.append(" (").append(Progress.fmt(100 * relative.getAsDouble())).append("% of the ")
            .append(overWidth ? "corridor's width" : "bound").append(')');
      }
    }
    return text.append(", read ").append(Progress.fmt(reading.value())).append(" on ")
        .append(reading.date()).toString();
  }
}
