package org.okr4j.scoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.Cadence;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;

/**
 * When a key result's check-ins have gone stale (OpenOKR's OUTDATED): more than {@code graceDays}
 * days past the next check-in due date, counted from the last check-in (or the cycle's start, for a
 * key result never checked in). A key result's own {@link KeyResult#cadence()} goes ahead of this
 * one; under {@link Cadence#NONE} a key result is never outdated. It judges the key result it is
 * given by that key result's own check-ins: one that rolls up the key results contributing to it
 * (see {@link org.okr4j.core.OkrLinks#rollsUp(int)}) takes none, and {@link Scores#isOutdated}
 * never calls it outdated; ask that, not this, for a key result in a set.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cadence how often check-ins are due for key results without their own cadence
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

  /** The cadence that applies to {@code keyResult}: its own, else this one. */
  public Cadence cadenceOf(KeyResult keyResult) {
    Objects.requireNonNull(keyResult, "keyResult");
    return keyResult.cadence().orElse(cadence);
  }

  /**
   * The days past the due date on {@code asOf}; zero or less while on time, and
   * {@link Long#MIN_VALUE} under {@link Cadence#NONE}, when nothing is ever due.
   */
  public long daysOverdue(KeyResult keyResult, Cycle cycle, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(asOf, "asOf");
    return cadenceOf(keyResult).daysPastDue(lastCheckIn(keyResult, cycle, asOf), asOf);
  }

  /**
   * Why the key result is, or is not, outdated on {@code asOf}: its last check-in (or the cycle's
   * start), the next due date under the cadence that applies (and whose it is), the days overdue
   * and the grace, as {@code "staleness (OpenOKR's rule): last check-in 2026-08-16, next due
   * 2026-08-23 (WEEKLY, the policy's), 4 days overdue > 3 days' grace: outdated"}.
   */
  public String explain(KeyResult keyResult, Cycle cycle, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(asOf, "asOf");
    Cadence applied = cadenceOf(keyResult);
    String whose = applied + (keyResult.cadence().isPresent() ? ", the key result's" : ", the policy's");
    LocalDate last = lastCheckIn(keyResult, cycle, asOf);
    boolean never = last.equals(cycle.start()) && noCheckInBy(keyResult, asOf);
    String from = "staleness (OpenOKR's rule): " + (never ? "no check-in, cycle start "
        : "last check-in ") + last;
    Optional<LocalDate> due = applied.nextAfter(last);
    if (due.isEmpty()) {
      return from + ", no check-in ever due (" + whose + "): up to date";
    }
    long overdue = applied.daysPastDue(last, asOf);
    boolean outdated = overdue > graceDays;
    return from + ", next due " + due.get() + " (" + whose + "), " + overdue + " days overdue "
        + (outdated ? ">" : "<=") + " " + graceDays + " days' grace: "
        + (outdated ? "outdated" : "up to date");
  }

  /** The date of the latest check-in on or before {@code asOf}, or the cycle's start. */
  private static LocalDate lastCheckIn(KeyResult keyResult, Cycle cycle, LocalDate asOf) {
    return keyResult.latestCheckInDate(asOf).orElse(cycle.start());
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
