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
    LocalDate last = cycle.start();
    for (CheckIn checkIn : keyResult.checkIns()) {
      if (!checkIn.date().isAfter(asOf)) {
        last = checkIn.date();
      }
    }
    return ChronoUnit.DAYS.between(cadence.nextAfter(last), asOf);
  }

  /** True if the key result is more than the grace period past its due check-in (strictly). */
  public boolean isOutdated(KeyResult keyResult, Cycle cycle, LocalDate asOf) {
    return daysOverdue(keyResult, cycle, asOf) > graceDays;
  }
}
