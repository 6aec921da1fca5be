package org.okr4j.core;

/**
 * What an edit did to one objective or key result: one of the kinds of {@link Change} that
 * {@link OkrDiff#between(OkrSet, OkrSet)} lists.
 *
 * <p>A subject changed in several ways gets one change of each kind. Declaration order is the
 * order a subject's changes are listed in.
 */
public enum ChangeKind {
  /** In the set after the edit, not before. */
  ADDED,
  /** In the set before the edit, not after. */
  REMOVED,
  /**
   * An objective's links (parents and horizontal links, with their kinds and weights) changed, a
   * key result moved to another objective, or the key results it contributes to changed.
   */
  MOVED,
  /** A key result's measure changed: its target, start, kind or unit. */
  RETARGETED,
  /** Its owner, co-owners or (for an objective) the units it is shared with changed. */
  REOWNED,
  /** Its title changed. */
  RETITLED,
  /** A key result's weight changed. */
  REWEIGHTED,
  /** A key result's check-ins changed: one added, removed or corrected. */
  CHECKED_IN,
  /** Its stored override ({@link Judgement}) or final score ({@link FinalScore}) changed. */
  JUDGED,
  /** Any other attribute changed (description, level, cycle, state, cadence, waypoints, ...). */
  EDITED
}
