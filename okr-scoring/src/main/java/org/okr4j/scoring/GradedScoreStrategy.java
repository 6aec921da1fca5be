package org.okr4j.scoring;

/**
 * What an objective's grade grades ({@link ScoringPolicy#gradedScore()}): its closing score,
 * rolled up as its progress is, or OpenOKR's score at close, taken from its key results alone.
 * <pre>{@code
 * ScoringPolicy.defaults().withGradedScore(GradedScoreStrategy.OPENOKR_SCORE_AT_CLOSE);
 * }</pre>
 */
public enum GradedScoreStrategy {

  /**
   * The objective's {@linkplain Scores#closingScore(org.okr4j.core.ObjectiveId) closing score}:
   * a final score given to it, else its parts' closing scores rolled up by the policy, as its
   * progress is (okr4j's default).
   */
  CLOSING_SCORE,

  /**
   * OpenOKR's score at close: a final score given to the objective, else the weighted mean of
   * its key results' scores ({@link RollUps#scoredWeightedMean()}), where a key result's score is
   * its final score or min(p, 1), rounded to 2 decimals half away from zero, and a maintain
   * (range) key result's p is its {@linkplain Scorers#maintainedShare share of the cycle} inside
   * the band. Unscored key results are left out; with none scored, or a total weight of 0 among
   * the scored, there is no score and no grade. Contributing children and an override of the
   * objective's progress do not enter (the rule grades key results), and the mean is not rounded
   * again.
   */
  OPENOKR_SCORE_AT_CLOSE
}
