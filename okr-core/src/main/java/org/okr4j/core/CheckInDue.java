package org.okr4j.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A key result whose check-in is due: what a host's reminder names. One of the answers of
 * {@link CheckInsDue#on(OkrSet, LocalDate, Cadence)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param keyResult the key result to check in
 * @param lastCheckIn the day of its last check-in on or before the asked date; empty if none, when
 *     the first check-in fell due one cadence after its cycle began
 * @param due the day the check-in became due
 * @param cadence the cadence that made it due: the key result's own, or the default
 */
public record CheckInDue(KeyResultId keyResult, Optional<LocalDate> lastCheckIn, LocalDate due,
    Cadence cadence) {

  /** Checks that nothing is null. */
  public CheckInDue {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(lastCheckIn, "lastCheckIn");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(cadence, "cadence");
  }
}
