package org.okr4j.scoring;

import org.okr4j.core.AlignmentKind;

/**
 * Whether an objective's progress and status come from its own key results alone, or also from the
 * objectives aligned below it: the choice {@link ScoringPolicy#cascade()} makes for every number
 * {@link Scores} gives, so that a report, a picture and an API show the same objective progress.
 * <pre>{@code
 * ScoringPolicy.defaults().withCascade(Cascade.CONTRIBUTING).score(set, asOf)
 *     .progress(ObjectiveId.of("c-recommend"));   // its key results and everything contributing
 * }</pre>
 */
public enum Cascade {

  /** Key results only: what is aligned below an objective does not move it (okr4j's default). */
  NONE,

  /**
   * Key results and contributing children: an objective's parts are its key results and every
   * objective linked to it, or to one of its key results, by an {@link AlignmentKind#CONTRIBUTES}
   * link, at the link's weight, with the child's own cascaded progress and status. The policy's
   * {@link RollUp} combines the progress and its {@link StatusRollUp} the statuses, as for key
   * results. This is OpenOKR's roll-up, GitLab's "children drive the parent" and Perdoo's and
   * Quantive's "key results and aligned OKRs".
   *
   * <ul>
   *   <li>Supporting and horizontal links do not count; nor does a link of an objective to itself
   *       or to one of its own key results.
   *   <li>A link to a key result counts towards the objective holding it and leaves the key
   *       result's own progress alone.
   *   <li>A child linked twice counts twice, once per link and weight.
   *   <li>Loops are broken as OpenOKR breaks them, the same way whatever the order of the set's
   *       lists: each ring of contributing links loses the parent link of its lexicographically
   *       highest id (that objective then counts for no one in the ring, and gets the whole ring's
   *       progress). Where rings share objectives, the highest id of the whole group loses every
   *       parent link it has inside the group (each is the link of a ring whose highest id it is),
   *       and what still loops is broken the same way. {@link Scores#loopsBroken()} lists the
   *       links left out as {@code child -> parent}; {@link Scores#explain} names them too.
   * </ul>
   */
  CONTRIBUTING
}
