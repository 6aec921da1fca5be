package org.okr4j.core;

/** Where a {@link Cycle} stands in its workflow. */
public enum CycleState {
  /** Being planned: objectives may still be added and changed. */
  DRAFT,
  /** Running: check-ins are recorded. */
  ACTIVE,
  /** Over and graded: read-only except review notes. */
  CLOSED,
  /** Put away: read-only. */
  ARCHIVED
}
