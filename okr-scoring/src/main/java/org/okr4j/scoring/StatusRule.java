package org.okr4j.scoring;

/**
 * Turns progress and expected progress (both fractions) into a {@link Status}.
 *
 * <p>Implementations promise to be pure, thread-safe and total over finite inputs.
 * {@link StatusRules} holds the published rules.
 */
@FunctionalInterface
public interface StatusRule {

  /** The status of {@code progress} when {@code expected} was due by now. */
  Status status(double progress, double expected);
}
