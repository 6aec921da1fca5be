package org.okr4j.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check-ins due on a day, for the reminders a host sends.
 *
 * <p>A key result is asked for a check-in when its objective is running on the day (draft or
 * active, in a known cycle that contains the day and is neither closed nor archived) and its
 * cadence is not {@link Cadence#NONE}: the key result's own cadence, else the host's default. Its
 * check-in is due one cadence after its last check-in on or before the day, or, never checked in,
 * one cadence after its cycle began; it is listed once that due day is the day or before it. No
 * grace applies: reminders go out on the due day, while validation's {@code time.check-in.stale}
 * waits out its grace days. Check-ins dated after the day are not counted. A key result that
 * {@linkplain OkrLinks#rollsUp(int) rolls up} the key results contributing to it takes no
 * check-ins of its own, so is never listed.
 *
 * <p>Linear in the size of the set; the only allocations per key result are those of the
 * answer and of its date arithmetic.
 * <pre>{@code
 * List<CheckInDue> due = CheckInsDue.on(set, LocalDate.of(2026, 8, 20), Cadence.WEEKLY);
 * // [CheckInDue[keyResult=kr-nps, lastCheckIn=Optional[2026-08-03], due=2026-08-17,
 * //   cadence=WEEKLY], ...]
 * }</pre>
 */
public final class CheckInsDue {

  private static final Logger LOG = LoggerFactory.getLogger(CheckInsDue.class);

  private CheckInsDue() {}

  /**
   * The key results whose check-in is due on {@code date}, in the set's order (objectives as the
   * set lists them, each one's key results in its order).
   *
   * @param set the key results to look at
   * @param date the day reminders are for
   * @param defaultCadence the cadence of key results without their own; {@link Cadence#NONE}
   *     asks only key results that have one
   */
  public static List<CheckInDue> on(OkrSet set, LocalDate date, Cadence defaultCadence) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(defaultCadence, "defaultCadence");
    List<CheckInDue> due = new ArrayList<>();
    long day = date.toEpochDay();
    Cycle cycle = null;
    int position = -1;
    for (Objective objective : set.objectives()) {
      position += objective.keyResults().size();
      if (cycle == null || !cycle.id().equals(objective.cycle())) {
        cycle = set.cycle(objective.cycle()).orElse(null);
      }
      if (cycle == null || !isRunning(objective, cycle, date)) {
        continue;
      }
      int first = position - objective.keyResults().size() + 1;
      for (int k = 0; k < objective.keyResults().size(); k++) {
        KeyResult keyResult = objective.keyResults().get(k);
        Cadence cadence = keyResult.cadence().orElse(defaultCadence);
        // The links are only resolved once a key result with a roll-up is met.
        if (cadence.isNone()
            || (keyResult.rollUp().isPresent() && set.links().rollsUp(first + k))) {
          continue;
        }
        long lastDay = CheckInLog.lastDayOnOrBefore(keyResult.storedCheckIns(), day);
        LocalDate last = lastDay == CheckInLog.NO_DAY ? null : LocalDate.ofEpochDay(lastDay);
        LocalDate dueOn = cadence.nextAfter(last == null ? cycle.start() : last).orElseThrow();
        if (!dueOn.isAfter(date)) {
          due.add(new CheckInDue(keyResult.id(), Optional.ofNullable(last), dueOn, cadence));
        }
      }
    }
    LOG.debug("{} check-ins due on {} among {} key results", due.size(), date,
        set.keyResultCount());
    return List.copyOf(due);
  }

  private static boolean isRunning(Objective objective, Cycle cycle, LocalDate date) {
    boolean open = objective.state() == ObjectiveState.ACTIVE
        || objective.state() == ObjectiveState.DRAFT;
    boolean live = cycle.state() != CycleState.CLOSED && cycle.state() != CycleState.ARCHIVED;
    return open && live && cycle.contains(date);
  }
}
