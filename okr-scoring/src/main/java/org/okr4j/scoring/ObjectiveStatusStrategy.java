package org.okr4j.scoring;

/**
 * Where an objective's status comes from ({@link ScoringPolicy#objectiveStatus()}): the statuses of
 * its parts, or its own progress against the time elapsed.
 * <pre>{@code
 * ScoringPolicy.defaults().withObjectiveStatus(ObjectiveStatusStrategy.FROM_OWN_PROGRESS);
 * }</pre>
 */
public enum ObjectiveStatusStrategy {

  /**
   * The parts' statuses (its key results', and under a cascade its contributing children's)
   * combined by the policy's {@link StatusRollUp} (Perdoo, Viva Goals; okr4j's default).
   */
  FROM_PARTS,

  /**
   * The policy's {@link StatusRule} applied to the objective's own progress against the progress
   * expected by the day of its cycle (BurningOKR, MHOKR). An objective that is not scored is
   * {@link Status#NOT_STARTED} once the policy's not-started days have passed since its cycle began,
   * and has no status before; one whose cycle is unknown has none.
   */
  FROM_OWN_PROGRESS
}
