package org.okr4j.scoring;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
import org.okr4j.core.Judgement;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.OkrSet;
import org.okr4j.core.ReportedStatus;

/**
 * An objective's health as OpenOKR shows it: closed goals by how they closed, open ones by how
 * fresh and how judged their latest check-in is.
 * <pre>{@code
 * Health.openOkr(objective, cycle, Staleness.openOkr(), LocalDate.of(2026, 8, 20));  // CAUTION
 * }</pre>
 */
public enum Health {
  /** Closed, reached. */
  ACHIEVED,
  /** Closed, not reached. */
  MISSED,
  /** Closed, given up. */
  ABANDONED,
  /** Open, and its latest check-in is more than the grace past due. */
  OUTDATED,
  /** The latest check-in was reported on track. */
  ON_TRACK,
  /** The latest check-in was reported at risk (OpenOKR: caution). */
  CAUTION,
  /** The latest check-in was reported off track. */
  OFF_TRACK,
  /** Nothing reported yet: no check-in, or the latest carries no reported status. */
  PENDING;

  /**
   * OpenOKR's health on {@code asOf}: ACHIEVED, MISSED or ABANDONED for an objective in that state,
   * whatever its due date; else OUTDATED when its latest check-in on any key result (or the cycle's
   * start) is more than the grace past the cadence's due date; else the reported status of that
   * latest check-in (of two on one day, the later key result's); else PENDING. A carried-over
   * objective counts as open. A status the objective's stored override ({@link
   * Objective#judgement()}) sets by {@code asOf} is its health ahead of any check-in's, as long as
   * the override stands (OpenOKR's health set by hand), and the override's day counts as an update
   * for staleness.
   */
  public static Health openOkr(Objective objective, Cycle cycle, Staleness staleness,
      LocalDate asOf) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(staleness, "staleness");
    Objects.requireNonNull(asOf, "asOf");
    return judge(objective, cycle, staleness, asOf, latestCheckIn(objective.keyResults(), asOf));
  }

  /**
   * OpenOKR's health on {@code asOf} of an objective in {@code set}, read as the rest of okr4j
   * reads a key-result cascade: a key result that {@linkplain OkrLinks#rollsUp(int) rolls up}
   * the key results contributing to it is updated when they are, so the latest check-in is taken
   * from them (and theirs, down the cascade) instead of its own, which are ignored; otherwise as
   * {@link #openOkr(Objective, Cycle, Staleness, LocalDate)}.
   *
   * @throws IllegalArgumentException if the set lacks the objective or its cycle
   */
  public static Health openOkr(OkrSet set, ObjectiveId id, Staleness staleness, LocalDate asOf) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(staleness, "staleness");
    Objects.requireNonNull(asOf, "asOf");
    int o = set.positionOf(id);
    if (o < 0) {
      throw new IllegalArgumentException("health: the set has no objective " + id);
    }
    Objective objective = set.objectives().get(o);
    Cycle cycle = set.cycle(objective.cycle()).orElseThrow(() -> new IllegalArgumentException(
        "health: the set has no cycle " + objective.cycle() + " (of " + id + ")"));
    return judge(objective, cycle, staleness, asOf,
        latestCheckIn(updatedKeyResults(set, o), asOf));
  }

  /**
   * The key results whose check-ins update the objective at position {@code o}: its own, each
   * rolled-up one replaced by the key results contributing to it through links that close no
   * loop, down the cascade (a walk with its own stack, each key result once).
   */
  private static List<KeyResult> updatedKeyResults(OkrSet set, int o) {
    OkrLinks links = set.links();
    List<Objective> objectives = set.objectives();
    List<KeyResult> updated = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    ArrayDeque<Integer> pending = new ArrayDeque<>();
    for (int k = links.firstKeyResult(o + 1) - 1; k >= links.firstKeyResult(o); k--) {
      pending.push(k);
    }
    while (!pending.isEmpty()) {
      int k = pending.pop();
      if (!seen.add(k)) {
        continue;
      }
      if (!links.rollsUp(k)) {
        int owner = links.objectiveOfKeyResult(k);
        updated.add(objectives.get(owner).keyResults().get(k - links.firstKeyResult(owner)));
        continue;
      }
      for (int s = links.keyResultChildSlotEnd(k) - 1; s >= links.keyResultChildSlotStart(k);
          s--) {
        int link = links.keyResultChildLink(s);
        if (!links.closesLoop(link)) {
          pending.push(links.keyResultLinkChild(link));
        }
      }
    }
    return updated;
  }

  /** The latest check-in by {@code asOf}; of two on one day, the later key result's; or null. */
  private static CheckIn latestCheckIn(List<KeyResult> keyResults, LocalDate asOf) {
    CheckIn latest = null;
    for (KeyResult keyResult : keyResults) {
      for (CheckIn checkIn : keyResult.checkIns()) {
        if (!checkIn.date().isAfter(asOf)
            && (latest == null || !checkIn.date().isBefore(latest.date()))) {
          latest = checkIn;
        }
      }
    }
    return latest;
  }

  private static Health judge(Objective objective, Cycle cycle, Staleness staleness,
      LocalDate asOf, CheckIn latest) {
    switch (objective.state()) {
      case ACHIEVED:
        return ACHIEVED;
      case MISSED:
        return MISSED;
      case ABANDONED:
        return ABANDONED;
      default:
        break;
    }
    Optional<ReportedStatus> byHand = objective.judgement()
        .filter(judgement -> !judgement.on().isAfter(asOf)).flatMap(Judgement::status);
    LocalDate last = latest == null ? cycle.start() : latest.date();
    if (byHand.isPresent() && objective.judgement().get().on().isAfter(last)) {
      last = objective.judgement().get().on();
    }
    // The policy's cadence: an objective's health spans its key results, whose own cadences
    // differ; NONE never makes it outdated.
    Optional<LocalDate> due = staleness.cadence().nextAfter(last);
    if (due.isPresent()
        && java.time.temporal.ChronoUnit.DAYS.between(due.get(), asOf) > staleness.graceDays()) {
      return OUTDATED;
    }
    Optional<ReportedStatus> reported = byHand.isPresent() ? byHand
        : Optional.ofNullable(latest).flatMap(CheckIn::reportedStatus);
    if (reported.isEmpty()) {
      return PENDING;
    }
    return switch (reported.get()) {
      case ON_TRACK -> ON_TRACK;
      case AT_RISK -> CAUTION;
      case OFF_TRACK -> OFF_TRACK;
    };
  }
}
