package org.okr4j.scoring;

import org.okr4j.core.Commitment;

/**
 * Grades a score at the end of a cycle, knowing whether it was a promise or a stretch goal.
 *
 * <p>Implementations promise to be pure and thread-safe. {@link Graders} holds the published
 * grading systems.
 */
@FunctionalInterface
public interface Grader {

  /** The grade of {@code score} for an OKR of the given commitment. */
  Grade grade(double score, Commitment commitment);
}
