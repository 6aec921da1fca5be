package org.okr4j.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.okr4j.core.Kpi;
import org.okr4j.core.KpiLink;
import org.okr4j.core.KpiRole;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;

/**
 * Reads the state of an {@link OkrSet}'s KPIs on a day: where each latest reading lies against its
 * corridor, and which KPIs linked to an objective are outside.
 *
 * <p>KPIs are watched, not scored: no preset's progress, status or grade reads them (no OKR tool
 * whose rules okr4j reproduces publishes a rule that does), and {@link Scores#explain} only
 * notes the KPIs an objective protects or recovers. {@link #states} is linear in the number of
 * KPIs, {@link #outside} in the objective's KPI links ({@link OkrSet#kpisLinkedTo}), each plus a
 * binary search over a KPI's readings.
 * <pre>{@code
 * List<KpiState> states = Kpis.states(set, asOf);
 *     // [kpi-churn ABOVE [*, 2.5] target 2 by 0.6 (24% of the bound), ...]
 * Kpis.outside(set, asOf, ObjectiveId.of("o-support"), KpiRole.RECOVERS);
 * }</pre>
 */
public final class Kpis {

  private Kpis() {}

  /** The state of one KPI on {@code asOf}: see {@link KpiState#of(Kpi, LocalDate)}. */
  public static KpiState state(Kpi kpi, LocalDate asOf) {
    return KpiState.of(kpi, asOf);
  }

  /** The state of each of the set's KPIs on {@code asOf}, in {@link OkrSet#kpis()} order. */
  public static List<KpiState> states(OkrSet set, LocalDate asOf) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(asOf, "asOf");
    List<KpiState> states = new ArrayList<>(set.kpis().size());
    for (Kpi kpi : set.kpis()) {
      states.add(KpiState.of(kpi, asOf));
    }
    return List.copyOf(states);
  }

  /**
   * The states of the KPIs linked to {@code objective} with {@code role} whose reading on
   * {@code asOf} lies outside their corridor, in {@link OkrSet#kpis()} order: for
   * {@link KpiRole#PROTECTS}, the guardrails the objective's work has broken; for
   * {@link KpiRole#RECOVERS}, what it has still to bring back.
   */
  public static List<KpiState> outside(OkrSet set, LocalDate asOf, ObjectiveId objective,
      KpiRole role) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(role, "role");
    List<KpiState> outside = new ArrayList<>();
    for (Kpi kpi : set.kpisLinkedTo(objective)) {
      if (kpi.links().contains(KpiLink.of(objective, role))) {
        KpiState state = KpiState.of(kpi, asOf);
        if (state.isOutside()) {
          outside.add(state);
        }
      }
    }
    return List.copyOf(outside);
  }
}
