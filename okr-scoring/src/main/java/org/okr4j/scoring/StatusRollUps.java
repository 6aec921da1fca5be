package org.okr4j.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The published ways to derive an objective's status from its parts' statuses (its key results',
 * and with a {@linkplain Cascade#CONTRIBUTING cascade} its contributing children's).
 *
 * <p>Parts without a status are ignored by both rules. Each answer is independent of the order of
 * the parts.
 * <pre>{@code
 * StatusRollUps.worstStatus();   // Perdoo: the worst part status decides
 * StatusRollUps.vivaGoals();     // Viva Goals: AT_RISK, else BEHIND, else NOT_STARTED or ON_TRACK
 * }</pre>
 */
public final class StatusRollUps {

  private static final Comparator<Status> BY_SEVERITY =
      Comparator.comparingInt(Status::severity).thenComparing(Comparator.naturalOrder());

  private static final StatusRollUp WORST = statuses -> {
    Status worst = null;
    for (Optional<Status> status : statuses) {
      if (status.isPresent() && (worst == null || isWorse(status.get(), worst))) {
        worst = status.get();
      }
    }
    return Optional.ofNullable(worst);
  };

  private StatusRollUps() {}

  /** True if {@code a} is worse than {@code b} by {@link #worstStatus()}'s order. */
  static boolean isWorse(Status a, Status b) {
    return BY_SEVERITY.compare(a, b) > 0;
  }

  /**
   * Perdoo: the worst status among the parts (highest {@link Status#severity()}), ignoring parts
   * without one; none at all gives none. Of two statuses of equal severity the later in
   * {@link Status}'s order wins (ON_TRACK over NOT_STARTED, BEHIND over LAGGING), so the answer
   * does not depend on the list's order. Formerly {@code StatusRollUp.weakest()}; not to be
   * confused with {@link RollUps#lowest()}, which takes the lowest progress. Always the same
   * instance.
   */
  public static StatusRollUp worstStatus() {
    return WORST;
  }

  /**
   * Viva Goals: any AT_RISK part makes the objective AT_RISK, else any BEHIND makes it BEHIND; all
   * NOT_STARTED (or no status at all) gives NOT_STARTED; else ON_TRACK. Formerly
   * {@code StatusRollUp.vivaGoals()}.
   */
  public static StatusRollUp vivaGoals() {
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
