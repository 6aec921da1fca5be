package org.okr4j.scoring;

/** Where a KPI's latest reading lies against its corridor. */
public enum KpiPosition {
  /** Inside the corridor, bounds included. */
  INSIDE,
  /** Below the corridor's low bound. */
  BELOW,
  /** Above the corridor's high bound. */
  ABOVE,
  /** No reading on or before the day asked about. */
  NO_READING;

  /** True for {@link #BELOW} and {@link #ABOVE}. */
  public boolean isOutside() {
    return this == BELOW || this == ABOVE;
  }
}
