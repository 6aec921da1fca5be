package org.okr4j.core;

/** Where an objective stands in its life. */
public enum ObjectiveState {
  /** Being written. */
  DRAFT,
  /** Being pursued in its cycle. */
  ACTIVE,
  /** Reached. */
  ACHIEVED,
  /** Not reached by the end of its cycle. */
  MISSED,
  /** Given up. */
  ABANDONED,
  /** Moved into a later cycle, where a copy goes on. */
  CARRIED_OVER
}
