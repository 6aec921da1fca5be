package org.okr4j.core.validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.okr4j.core.Cadence;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveState;
import org.okr4j.core.Waypoint;

/**
 * Time: cycles that do not overlap, objectives in known cycles, check-ins and waypoints inside
 * them, check-ins on a cadence, and nothing past due.
 */
final class TimeRules {

  private TimeRules() {}

  /** The order the cycle sweep takes: by start, then end, then id. */
  private static final Comparator<Cycle> BY_DATES = Comparator.comparing(Cycle::start)
      .thenComparing(Cycle::end).thenComparing(cycle -> cycle.id().value());

  /**
   * BurningOKR: the cycles of one company (the set's) do not overlap, and each starts before it
   * ends. Two cycles overlap when they share a day, bounds included: a quarter ending on 30
   * September and the next starting on 1 October do not; a cycle nested in another (a quarter in
   * its year, parent set or not) does, as BurningOKR has no nested cycles. Each overlapping pair is
   * reported once, its two cycles in the order of the sweep (start, then end, then id), as is
   * each one-day cycle (start on its end; {@link Cycle} already rejects an end before the start).
   * Sorts and sweeps: O(n log n) plus one step per pair reported, never all pairs.
   */
  static ValidationRule cycleDates() {
    return (context, out) -> {
      List<Cycle> cycles = new ArrayList<>(context.set().cycles());
      cycles.sort(BY_DATES);
      List<Cycle> open = new ArrayList<>();
      for (Cycle cycle : cycles) {
        if (!cycle.start().isBefore(cycle.end())) {
          out.accept(Violation.of("time.cycle.one-day", Severity.ERROR, cycle.id())
              .withValue("start", cycle.start()).withValue("end", cycle.end()));
        }
        // Open cycles end on or after this one's start, so it overlaps each; a cycle that ends
        // before it starts overlaps none that sort after it and is closed for good.
        int kept = 0;
        for (Cycle earlier : open) {
          if (!earlier.end().isBefore(cycle.start())) {
            out.accept(Violation.of("time.cycle.overlap", Severity.ERROR,
                    List.of(earlier.id(), cycle.id()))
                .withValue("start", earlier.start()).withValue("end", earlier.end())
                .withValue("other", cycle.id()).withValue("other-start", cycle.start())
                .withValue("other-end", cycle.end()));
            open.set(kept++, earlier);
          }
        }
        open.subList(kept, open.size()).clear();
        open.add(cycle);
      }
    };
  }

  static ObjectiveRule knownCycles() {
    return context -> (position, objective, out) -> {
      if (context.cycleOf(objective).isEmpty()) {
        out.accept(Violation.of("time.cycle.unknown", Severity.ERROR, objective.id())
            .withValue("cycle", objective.cycle()));
      }
    };
  }

  static ObjectiveRule checkInDates() {
    return context -> {
      LocalDate asOf = context.asOf();
      return (position, objective, out) -> {
        Optional<Cycle> cycle = context.cycleOf(objective);
        for (KeyResult kr : objective.keyResults()) {
          List<CheckIn> checkIns = kr.checkIns();
          if (checkIns.isEmpty() || allWithin(checkIns, asOf, cycle)) {
            continue;
          }
          for (CheckIn checkIn : checkIns) {
            if (checkIn.date().isAfter(asOf)) {
              out.accept(Violation.of("time.check-in.future", Severity.ERROR, kr.id())
                  .withValue("date", checkIn.date()).withValue("as-of", asOf));
            } else if (cycle.isPresent() && !cycle.get().contains(checkIn.date())) {
              out.accept(Violation.of("time.check-in.outside-cycle", Severity.WARNING, kr.id())
                  .withValue("date", checkIn.date()).withValue("cycle", cycle.get().id()));
            }
          }
        }
      };
    };
  }

  /**
   * True if every check-in, in date order, falls on or before {@code asOf} and inside the cycle
   * (when known): read from the first and the last, as most key results' are.
   */
  private static boolean allWithin(List<CheckIn> checkIns, LocalDate asOf,
      Optional<Cycle> cycle) {
    LocalDate first = checkIns.get(0).date();
    LocalDate last = checkIns.get(checkIns.size() - 1).date();
    return !last.isAfter(asOf)
        && (cycle.isEmpty() || cycle.get().contains(first) && cycle.get().contains(last));
  }

  /**
   * Key results of running objectives whose last check-in is older than their cadence allows: the
   * key result's own {@link Cadence} when it has one (never stale under {@link Cadence#NONE}),
   * else the policy's {@link Settings#CADENCE_DAYS}. The violation says which applied.
   */
  static ObjectiveRule staleCheckIns() {
    return context -> {
      Cadence policyCadence = Cadence.ofDays(context.get(Settings.CADENCE_DAYS));
      long grace = context.get(Settings.GRACE_DAYS);
      LocalDate asOf = context.asOf();
      return (position, objective, out) -> {
        if (!isRunning(context, objective)) {
          return;
        }
        List<KeyResult> keyResults = objective.keyResults();
        for (int k = 0; k < keyResults.size(); k++) {
          KeyResult kr = keyResults.get(k);
          Optional<Cadence> own = kr.cadence();
          Cadence cadence = own.orElse(policyCadence);
          if (cadence.isNone() || rollsUpChildren(context.links(), position, k, kr)) {
            continue;
          }
          Optional<LocalDate> last = lastOnOrBefore(kr, asOf);
          if (last.isEmpty()) {
            continue;
          }
          long late = cadence.daysPastDue(last.get(), asOf);
          if (late > grace) {
            out.accept(Violation.of("time.check-in.stale", Severity.WARNING, kr.id())
                .withValue("last", last.get())
                .withValue("due", cadence.nextAfter(last.get()).orElseThrow())
                .withValue("days-late", late)
                .withValue("cadence", cadence)
                .withValue("cadence-from", own.isPresent() ? "key-result" : "policy"));
          }
        }
      };
    };
  }

  /**
   * Waypoints of key results whose objective's cycle is known and does not contain them; a
   * waypoint is a target inside the cycle, as a check-in is a reading inside it.
   */
  static ObjectiveRule waypointDates() {
    return context -> (position, objective, out) -> {
      Optional<Cycle> cycle = context.cycleOf(objective);
      if (cycle.isEmpty()) {
        return;
      }
      for (KeyResult kr : objective.keyResults()) {
        for (Waypoint waypoint : kr.waypoints()) {
          if (!cycle.get().contains(waypoint.date())) {
            out.accept(Violation.of("time.waypoint.outside-cycle", Severity.WARNING, kr.id())
                .withValue("date", waypoint.date()).withValue("cycle", cycle.get().id()));
          }
        }
      }
    };
  }

  /** Key results of running objectives with no check-in some days after their cycle began. */
  static ObjectiveRule notStarted() {
    return context -> {
      long days = context.get(Settings.NOT_STARTED_DAYS);
      LocalDate asOf = context.asOf();
      return (position, objective, out) -> {
        if (!isRunning(context, objective)) {
          return;
        }
        LocalDate start = context.cycleOf(objective).orElseThrow().start();
        long since = ChronoUnit.DAYS.between(start, asOf);
        if (since < days) {
          return;
        }
        List<KeyResult> keyResults = objective.keyResults();
        Violation first = null;
        for (int k = 0; k < keyResults.size(); k++) {
          KeyResult kr = keyResults.get(k);
          if (lastOnOrBefore(kr, asOf).isEmpty()
              && !rollsUpChildren(context.links(), position, k, kr)) {
            // The key results of one objective share its start, and so one array of values.
            if (first == null) {
              first = Violation.of("time.not-started", Severity.WARNING, kr.id())
                  .withValue("start", start).withValue("days", since);
              out.accept(first);
            } else {
              out.accept(first.about(kr.id()));
            }
          }
        }
      };
    };
  }

  /**
   * True if a key result takes its progress from key results contributing to it
   * ({@link org.okr4j.core.OkrLinks#rollsUp(int)}): it needs no check-in of its own. The links are
   * only resolved for key results with a roll-up.
   */
  private static boolean rollsUpChildren(org.okr4j.core.OkrLinks links, int objective, int k,
      KeyResult kr) {
    return kr.rollUp().isPresent() && links.rollsUp(links.firstKeyResult(objective) + k);
  }

  static ObjectiveRule pastDue() {
    return context -> (position, objective, out) -> {
      Optional<Cycle> cycle = context.cycleOf(objective);
      if (cycle.isPresent() && cycle.get().end().isBefore(context.asOf()) && isOpen(objective)) {
        out.accept(Violation.of("time.past-due", Severity.WARNING, objective.id())
            .withValue("end", cycle.get().end()).withValue("state", objective.state()));
      }
    };
  }

  private static boolean isRunning(ValidationContext context, Objective objective) {
    Optional<Cycle> cycle = context.cycleOf(objective);
    return isOpen(objective) && cycle.isPresent() && cycle.get().contains(context.asOf());
  }

  private static boolean isOpen(Objective objective) {
    return objective.state() == ObjectiveState.ACTIVE || objective.state() == ObjectiveState.DRAFT;
  }

  private static Optional<LocalDate> lastOnOrBefore(KeyResult kr, LocalDate asOf) {
    // A future check-in is reported by checkInDates, not counted here.
    return kr.latestCheckInDate(asOf);
  }
}
