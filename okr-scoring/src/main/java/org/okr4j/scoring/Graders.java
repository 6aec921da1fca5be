package org.okr4j.scoring;

import static org.okr4j.scoring.Decimals.clean;
import static org.okr4j.scoring.Progress.fmt;

import java.util.ArrayList;
import java.util.List;
import org.okr4j.core.Commitment;

/**
 * The published grading systems. Bands with gaps in their published form (Google's 0.0-0.3,
 * 0.4-0.6, 0.7-1.0) are read as lower bounds: below 0.4 red, below 0.7 yellow, else green. A score
 * is compared with the bands as a decimal (to 9 places), as the bands are written: the mean of 0.7
 * and 0.1 (0.39999999999999997 in binary) is 0.4, yellow; the grade keeps the score as given.
 */
public final class Graders {

  private Graders() {}

  /**
   * Google (re:Work): red below 0.4, yellow below 0.7, green from 0.7; a committed OKR below 1.0
   * calls for a {@code "postmortem"}; an aspirational one at 1.0 or more may be {@code "sandbagging"}
   * (too safe).
   */
  public static Grader google() {
    return (score, commitment) -> {
      double banded = clean(score);
      String band = banded < 0.4 ? "red" : banded < 0.7 ? "yellow" : "green";
      List<String> flags = new ArrayList<>();
      if (commitment == Commitment.COMMITTED && banded < 1.0) {
        flags.add("postmortem");
      }
      if (commitment == Commitment.ASPIRATIONAL && banded >= 1.0) {
        flags.add("sandbagging");
      }
      return new Grade(score, band, flags, "Google: " + fmt(score) + " is " + band
          + (commitment == Commitment.COMMITTED ? "; committed OKRs expect 1.0"
              : "; aspirational OKRs expect about 0.7"));
    };
  }

  /**
   * Viva Goals: 0.6 to 0.8 {@code "healthy"}, above 0.8 {@code "high"} and flagged
   * {@code "needs attention"}, below 0.6 {@code "low"}; an aspirational 1.0 is flagged
   * {@code "not ambitious"}.
   */
  public static Grader vivaGoals() {
    return (score, commitment) -> {
      double banded = clean(score);
      String band = banded > 0.8 ? "high" : banded >= 0.6 ? "healthy" : "low";
      List<String> flags = new ArrayList<>();
      if (banded > 0.8) {
        flags.add("needs attention");
      }
      if (commitment == Commitment.ASPIRATIONAL && banded >= 1.0) {
        flags.add("not ambitious");
      }
      return new Grade(score, band, flags, "Viva Goals: " + fmt(score) + " is " + band);
    };
  }

  /** WorkBoard at the end of a period: above 90 % dark green, above 70 % light green, above 50 % amber, else red. */
  public static Grader workboard() {
    return (score, commitment) -> {
      double banded = clean(score);
      String band = banded > 0.9 ? "dark green" : banded > 0.7 ? "light green"
          : banded > 0.5 ? "amber" : "red";
      return new Grade(score, band, List.of(), "WorkBoard: " + fmt(score) + " is " + band);
    };
  }

  /** Atlassian Goals: below 0.4 off track, below 0.7 at risk, else on track. */
  public static Grader atlassian() {
    return (score, commitment) -> {
      double banded = clean(score);
      String band = banded < 0.4 ? "off track" : banded < 0.7 ? "at risk" : "on track";
      return new Grade(score, band, List.of(), "Atlassian: " + fmt(score) + " is " + band);
    };
  }

  /** Puzzle OKR: the band is the evaluation bucket of the score (FAIL, COMMIT, TARGET, STRETCH). */
  public static Grader puzzleOkr() {
    return (score, commitment) -> {
      String band = Portfolio.Bucket.of(score).name();
      return new Grade(score, band, List.of(), "Puzzle OKR: " + fmt(score) + " falls in " + band);
    };
  }

  /**
   * OpenOKR's bands of an objective's score: from 1.0 fully achieved, from 0.6 strong, from 0.3
   * partial, else little. The score is graded as given, not rounded: OpenOKR rounds each key
   * result's score, not their mean ({@link GradedScoreStrategy#OPENOKR_SCORE_AT_CLOSE}), so a mean
   * of 0.59 and 0.6 (0.595) is partial.
   */
  public static Grader openOkr() {
    return (score, commitment) -> {
      double banded = clean(score);
      String band = banded >= 1.0 ? "fully achieved" : banded >= 0.6 ? "strong"
          : banded >= 0.3 ? "partial" : "little";
      return new Grade(score, band, List.of(), "OpenOKR: " + fmt(score) + " is " + band);
    };
  }
}
