package org.okr4j.scoring;

import java.util.List;
import java.util.Optional;

/**
 * An objective's status from its key results' statuses (a key result may have none).
 *
 * <p>Implementations promise to be pure, thread-safe and independent of the order of the list.
 */
@FunctionalInterface
public interface StatusRollUp {

  /** The objective's status, if it has one. */
  Optional<Status> combine(List<Optional<Status>> keyResults);

  /**
   * Perdoo: the weakest key result status, ignoring key results without one. Of two statuses of
   * equal severity the later in {@link Status}'s order wins, so the answer does not depend on the
   * list's order.
   */
  static StatusRollUp weakest() {
    return statuses -> statuses.stream().flatMap(Optional::stream)
        .max(java.util.Comparator.comparingInt(Status::severity).thenComparing(s -> s));
  }

  /**
   * Viva Goals: any AT_RISK key result makes the objective AT_RISK, else any BEHIND makes it
   * BEHIND; all NOT_STARTED (or none at all) gives NOT_STARTED; else ON_TRACK.
   */
  static StatusRollUp vivaGoals() {
    return statuses -> {
      List<Status> present = statuses.stream().flatMap(Optional::stream).toList();
      if (present.contains(Status.AT_RISK)) {
        return Optional.of(Status.AT_RISK);
      }
      if (present.contains(Status.BEHIND)) {
        return Optional.of(Status.BEHIND);
      }
      if (present.stream().allMatch(s -> s == Status.NOT_STARTED)) {
        return Optional.of(Status.NOT_STARTED);
      }
      return Optional.of(Status.ON_TRACK);
    };
  }
}
