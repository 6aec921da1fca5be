package org.okr4j.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A key performance indicator: a health metric kept inside a {@link Corridor}, not moved as a key
 * result is, with its dated readings and its links to the objectives that protect or recover it.
 *
 * <p>OKRs are stretch goals that pull; KPIs are stable values that are watched (seed 000). An
 * objective is linked to a KPI from the KPI's side ({@link #links()}), so objectives and key
 * results do not change when KPIs are added.
 *
 * <p>Immutable and thread-safe. Construction rejects a blank title, two readings on one day or
 * out of date order, and two links to one objective. A link to an objective the set does not
 * hold, and a KPI without readings, are validation findings, not exceptions. Readings are kept in
 * date order, links in the order given.
 * <pre>{@code
 * Kpi churn = Kpi.builder()
 *     .id(KpiId.of("kpi-churn"))
 *     .title("Monthly customer churn")
 *     .owner(OrgUnitId.of("support"))
 *     .unit(Unit.percent())
 *     .corridor(Corridor.atMost(2.5).withTarget(2))
 *     .addReadings(KpiReading.of(LocalDate.of(2026, 7, 31), 2.4),
 *         KpiReading.of(LocalDate.of(2026, 8, 31), 3.1))
 *     .addLinks(KpiLink.recovers(ObjectiveId.of("o-support")))
 *     .build();
 * churn.latestOn(LocalDate.of(2026, 8, 20));       // Optional[2026-07-31=2.4]
 * }</pre>
 */
@Value.Immutable
public abstract class Kpi {

  Kpi() {}

  /** The KPI's id, unique among the KPIs of its {@link OkrSet}. */
  public abstract KpiId id();

  /** What is measured: "Monthly customer churn". */
  public abstract String title();

  /** The unit or person that watches it, if any. */
  public abstract Optional<Owner> owner();

  /** The unit its values are counted in; {@link Unit#number()} unless set. */
  @Value.Default
  public Unit unit() {
    return Unit.number();
  }

  /** The band its value is kept within. */
  public abstract Corridor corridor();

  /** Its readings, in date order, at most one a day. */
  public abstract List<KpiReading> readings();

  /** Its links to objectives that protect or recover it, in the order given. */
  public abstract List<KpiLink> links();

  /** A KPI with an id, a title and a corridor, no readings and no links. */
  public static Kpi of(String id, String title, Corridor corridor) {
    return builder().id(KpiId.of(id)).title(title).corridor(corridor).build();
  }

  /** A builder for KPIs. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Kpi}s; not thread-safe. */
  public static final class Builder extends ImmutableKpi.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Guards.title("kpi title", title());
    List<KpiReading> readings = readings();
    for (int i = 1; i < readings.size(); i++) {
      if (!readings.get(i).date().isAfter(readings.get(i - 1).date())) {
        throw Guards.failure("kpi readings", "be in date order with at most one a day",
            readings.get(i - 1) + " then " + readings.get(i));
      }
    }
    Guards.unique("kpi links' objectives", links(), KpiLink::objective);
  }

  /** The latest reading, if there is one. */
  public Optional<KpiReading> latest() {
    List<KpiReading> readings = readings();
    return readings.isEmpty() ? Optional.empty() : Optional.of(readings.get(readings.size() - 1));
  }

  /** The latest reading dated on or before {@code date}, if there is one; a binary search. */
  public Optional<KpiReading> latestOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<KpiReading> readings = readings();
    int low = 0;
    int high = readings.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (readings.get(middle).date().isAfter(date)) {
        high = middle - 1;
      } else {
        low = middle + 1;
      }
    }
    return high < 0 ? Optional.empty() : Optional.of(readings.get(high));
  }

  /** The objectives linked with {@code role}, in link order. */
  public List<ObjectiveId> objectives(KpiRole role) {
    Objects.requireNonNull(role, "role");
    return links().stream().filter(link -> link.role() == role).map(KpiLink::objective).toList();
  }

  /** A copy with this reading in date order, replacing a reading of the same day. */
  public Kpi withReading(KpiReading reading) {
    Objects.requireNonNull(reading, "reading");
    List<KpiReading> readings = new ArrayList<>(readings().size() + 1);
    boolean placed = false;
    for (KpiReading r : readings()) {
      if (!placed && !r.date().isBefore(reading.date())) {
        readings.add(reading);
        placed = true;
        if (r.date().equals(reading.date())) {
          continue;
        }
      }
      readings.add(r);
    }
    if (!placed) {
      readings.add(reading);
    }
    return builder().from(this).readings(readings).build();
  }

  /** A copy with one more link; a link to an objective already linked replaces that link. */
  public Kpi withLink(KpiLink link) {
    Objects.requireNonNull(link, "link");
    return builder().from(this)
        .links(Replacing.replaceOrAppend(links(), link, KpiLink::objective)).build();
  }

  @Override
  public String toString() {
    return "Kpi[" + id() + ", " + corridor() + MeasureText.unit(unit()) + ", readings="
        + readings().size() + ", links=" + links() + "]";
  }
}
