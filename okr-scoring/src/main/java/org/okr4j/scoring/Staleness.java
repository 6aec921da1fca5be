package org.okr4j.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;

/**
 * When a key result's check-ins have gone stale (OpenOKR's OUTDATED): more than {@code graceDays}
 * days past the next check-in due date, counted from the last check-in (or the cycle's start, for a
 * key result never checked in).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cadence how often check-ins are due
 * @param graceDays how many days late still count as on time; zero or more
 */
public record Staleness(Cadence cadence, int graceDays) {

  /** Validates the settings. */
  public Staleness {
    Objects.requireNonNull(cadence, "cadence");
    if (graceDays < 0) {
      throw new IllegalArgumentException("grace days must be zero or more, but was " + graceDays);
    }
  }

  /** OpenOKR's default: weekly check-ins, 3 days' grace. */
  public static Staleness openOkr() {
    return new Staleness(Cadence.WEEKLY, 3);
  }

  /** The days past the due date on {@code asOf}; zero or less while on time. */
  public long daysOverdue(KeyResult keyResult, Cycle cycle, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(asOf, "asOf");
    return ChronoUnit.DAYS.between(cadence.nextAfter(lastCheckIn(keyResult, cycle, asOf)), asOf);
  }

  /**
   * Why the key result is, or is not, outdated on {@code asOf}: its last check-in (or the cycle's
   * start), the next due date under the cadence, the days overdue and the grace, as
   * {@code "staleness (OpenOKR's rule): last check-in 2026-08-16, next due 2026-08-23 (WEEKLY),
   * 4 days overdue > 3 days' grace: outdated"}.
   */
  public String explain(KeyResult keyResult, Cycle cycle, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(asOf, "asOf");
    LocalDate last = lastCheckIn(keyResult, cycle, asOf);
    LocalDate due = cadence.nextAfter(last);
    long overdue = ChronoUnit.DAYS.between(due, asOf);
    boolean outdated = overdue > graceDays;
    boolean never = last.equals(cycle.start()) && noCheckInBy(keyResult, asOf);
    return "staleness (OpenOKR's rule): " + (never ? "no check-in, cycle start " : "last check-in ") + last + ", next due " + due + " ("
        + cadence + "), " + overdue + " days overdue " + (outdated ? ">" : "<=") + " " + graceDays
        + " days' grace: " + (outdated ? "outdated" : "up to date");
  }

  private static LocalDate lastCheckIn(KeyResult keyResult, Cycle cycle, LocalDate asOf) {
    LocalDate last = cycle.start();
    for (CheckIn checkIn : keyResult.checkIns()) {
      if (!checkIn.date().isAfter(asOf)) {
        last = checkIn.date();
      }
    }
    return last;
  }

  private static boolean noCheckInBy(KeyResult keyResult, LocalDate asOf) {
    return keyResult.checkIns().isEmpty() || keyResult.checkIns().get(0).date().isAfter(asOf);
  }

  /** True if the key result is more than the grace period past its due check-in (strictly). */
  public boolean isOutdated(KeyResult keyResult, Cycle cycle, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(asOf, "asOf");
    return daysOverdue(keyResult, cycle, asOf) > graceDays;
  }
}
