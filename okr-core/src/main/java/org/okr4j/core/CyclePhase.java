package org.okr4j.core;

/**
 * Where a {@link Cycle} stands on a given day, read from its dates (ShamanR's period status):
 * see {@link Cycle#phaseOn(java.time.LocalDate)}.
 */
public enum CyclePhase {
  /** The day lies before the cycle's start. */
  FUTURE,
  /** The day lies within the cycle, bounds included. */
  ACTIVE,
  /** The day lies after the cycle's end. */
  CLOSED,
  /** The cycle is archived, whatever the day. */
  ARCHIVED
}
