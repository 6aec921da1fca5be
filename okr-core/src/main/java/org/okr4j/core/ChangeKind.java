package org.okr4j.core;

/**
 * What an edit did to one objective, key result or KPI: one of the kinds of {@link Change} that
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
   * key result moved to another objective, or the key results it contributes to changed, or a
   * KPI's links to objectives (with their roles) changed.
   */
  MOVED,
  /** A key result's measure changed (its target, start, kind or unit), or a KPI's corridor. */
  RETARGETED,
  /**
   * Its owner, co-owners (an objective's or a key result's) or (for an objective) the units it is
   * shared with changed.
   */
  REOWNED,
  /** Its title changed. */
  RETITLED,
  /**
   * A key result's weight or its pinned share changed; the weight before and after, then the pin
   * if any ({@code 1 pinned 0.5}).
   */
  REWEIGHTED,
  /**
   * A key result's check-ins or a KPI's readings changed: one added, removed or corrected; the
   * latest value before and after.
   */
  CHECKED_IN,
  /** Its stored override ({@link Judgement}) or final score ({@link FinalScore}) changed. */
  JUDGED,
  /**
   * Any other attribute changed (description, level, cycle, state, cadence, waypoints, a KPI's
   * unit, ...), also beside changes of the kinds above.
   */
  EDITED
}
