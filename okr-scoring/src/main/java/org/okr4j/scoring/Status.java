package org.okr4j.scoring;

/**
 * Where a key result or objective stands against time. The published rules each use some of these
 * names; {@link #severity()} orders them for {@link StatusRollUps#worstStatus()}.
 */
public enum Status {
  /** Nothing reported yet. */
  NOT_STARTED(1),
  /** Done: progress reached 100 % (MHOKR's COMPLETED, Engagedly's ACHIEVED). */
  COMPLETED(0),
  /** At or ahead of pace. */
  ON_TRACK(1),
  /** Slightly behind pace (UpRaise). */
  LAGGING(2),
  /** Behind pace (Viva Goals, Engagedly, Oboard). */
  BEHIND(2),
  /** Well behind pace. */
  AT_RISK(3),
  /** Far behind pace (BurningOKR, MHOKR; OpenOKR's red). */
  OFF_TRACK(4);

  private final int severity;

  Status(int severity) {
    this.severity = severity;
  }

  /** How bad it is: 0 for completed up to 4 for off track. */
  public int severity() {
    return severity;
  }
}
