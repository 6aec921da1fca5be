package org.okr4j.core;

/**
 * How the owner judged a key result at a check-in, as some products record it beside the reading
 * (OpenOKR's on track, caution and off track).
 *
 * <p>It is what a person said, not what a rule computed: scoring keeps it apart from the status it
 * derives from progress and time.
 * <pre>{@code
 * CheckIn.builder().date(day).value(38).reportedStatus(ReportedStatus.AT_RISK).build();
 * }</pre>
 */
public enum ReportedStatus {
  /** Going as planned (OpenOKR: on track). */
  ON_TRACK,
  /** In danger of missing (OpenOKR: caution). */
  AT_RISK,
  /** Expected to miss (OpenOKR: off track). */
  OFF_TRACK
}
