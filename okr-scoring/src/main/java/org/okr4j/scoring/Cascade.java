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
   *   <li>Loops are broken, and the same way whatever the order of the set's lists: children are
   *       taken before their parents, walking down from every objective that contributes to no
   *       other, in id order, and down each objective's children in id order; then, for what no
   *       such walk reached, from each objective in <em>descending</em> id order. The link left out
   *       is the one that leads back to an objective still on the walk's path. For a loop that
   *       nothing outside it lies above, that is the link from the loop's highest id to its parent
   *       in the loop (OpenOKR's rule): that objective counts for no one in the loop, and gets the
   *       whole loop's progress. A loop below other objectives is entered from above, and the link
   *       out of the objective where the walk entered it is the one left out, so the whole loop's
   *       progress reaches the objectives above it. {@link Scores#explain} names the links left
   *       out.
   * </ul>
   */
  CONTRIBUTING
}
