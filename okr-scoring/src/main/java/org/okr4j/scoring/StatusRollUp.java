package org.okr4j.scoring;

import java.util.List;
import java.util.Optional;

/**
 * Combines the statuses of an objective's parts (its key results, and with a
 * {@linkplain Cascade#CONTRIBUTING cascade} its contributing child objectives) into the objective's
 * status. A part may have no status (its cycle is unknown, or it is not due yet).
 *
 * <p>Implementations promise to be pure, thread-safe and independent of the order of the list.
 * {@link StatusRollUps} holds the published rules.
 * <pre>{@code
 * StatusRollUp worst = StatusRollUps.worstStatus();   // Perdoo
 * worst.combine(List.of(Optional.of(Status.ON_TRACK), Optional.of(Status.BEHIND)));  // BEHIND
 * }</pre>
 */
@FunctionalInterface
public interface StatusRollUp {

  /** The objective's status from its parts' statuses, if it has one. */
  Optional<Status> combine(List<Optional<Status>> parts);
}
