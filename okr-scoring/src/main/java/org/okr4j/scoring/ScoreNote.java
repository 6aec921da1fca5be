package org.okr4j.scoring;

import static org.okr4j.scoring.Decimals.clean;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.okr4j.core.Commitment;

/**
 * What a key result's score at the close of a cycle calls for (OpenOKR's score notes).
 * <pre>{@code
 * ScoreNote.openOkr(0.65, Commitment.COMMITTED);   // [EXPLAIN_MISS, NEEDS_ROOT_CAUSE, BELOW_COMMITTED_FLOOR]
 * }</pre>
 */
public enum ScoreNote {
  /** A committed key result below 1.0: its miss must be explained. */
  EXPLAIN_MISS,
  /** An aspirational key result below 0.3: a root cause is required. */
  ROOT_CAUSE_REQUIRED,
  /** "Needs root cause": aspirational below 0.6, or committed below 1.0. */
  NEEDS_ROOT_CAUSE,
  /** "Below the committed floor": committed below 0.7. */
  BELOW_COMMITTED_FLOOR;

  /**
   * The notes OpenOKR attaches to a score at close, in declaration order, the score compared with
   * the published bounds as a decimal (to 9 places).
   *
   * @throws IllegalArgumentException if the score is NaN
   */
  public static Set<ScoreNote> openOkr(double score, Commitment commitment) {
    Objects.requireNonNull(commitment, "commitment");
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("score at close must be a number, but was NaN");
    }
    double cleaned = clean(score);
    Set<ScoreNote> notes = EnumSet.noneOf(ScoreNote.class);
    boolean committed = commitment == Commitment.COMMITTED;
    if (committed && cleaned < 1.0) {
      notes.add(EXPLAIN_MISS);
    }
    if (!committed && cleaned < 0.3) {
      notes.add(ROOT_CAUSE_REQUIRED);
    }
    if (committed ? cleaned < 1.0 : cleaned < 0.6) {
      notes.add(NEEDS_ROOT_CAUSE);
    }
    if (committed && cleaned < 0.7) {
      notes.add(BELOW_COMMITTED_FLOOR);
    }
    return java.util.Collections.unmodifiableSet(notes);
  }
}
