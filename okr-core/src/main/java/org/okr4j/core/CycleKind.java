package org.okr4j.core;

/** How long a {@link Cycle} runs. */
public enum CycleKind {
  /** A (fiscal) year. */
  YEAR,
  /** Half a (fiscal) year. */
  HALF,
  /** A quarter of a (fiscal) year: the usual OKR cadence. */
  QUARTER,
  /** A calendar month. */
  MONTH,
  /** Any other period the host defines. */
  CUSTOM
}
