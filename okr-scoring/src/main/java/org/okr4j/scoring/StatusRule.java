package org.okr4j.scoring;

import static org.okr4j.scoring.Progress.fmt;

/**
 * Turns progress and expected progress (both fractions) into a {@link Status}.
 *
 * <p>Implementations promise to be pure, thread-safe and total over finite inputs.
 * {@link StatusRules} holds the published rules; theirs also {@linkplain #explain explain} which
 * threshold was crossed, under the rule's name.
 * <pre>{@code
 * StatusRules.burningOkr().explain(0.10, 0.55);
 * // "BurningOKR: progress 0.1, expected 0.55, d = p - e = -0.45 < -0.4: OFF_TRACK"
 * }</pre>
 */
@FunctionalInterface
public interface StatusRule {

  /** The status of {@code progress} when {@code expected} was due by now. */
  Status status(double progress, double expected);

  /**
   * Why {@code progress} has its status: the expected progress, the difference and the status. The
   * published rules also name themselves and the threshold crossed; a lambda says only this much.
   */
  default String explain(double progress, double expected) {
    return "progress " + fmt(progress) + ", expected " + fmt(expected) + ", difference "
        + fmt(progress - expected) + ": " + status(progress, expected);
  }
}
