package org.okr4j.core;

import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A facilitator's grade of a key result or objective at the end of its cycle (Google's 0.0 to 1.0
 * score, Viva Goals' overridden suggested score), with who gave it, when and why.
 *
 * <p>Immutable and thread-safe. The score lies in [0, 1]; the reason is not blank. It is what the
 * cycle's closing score reports in place of the progress measured (okr-scoring's
 * {@code Scores.closingScore}); progress itself stays what the check-ins say. The reason is HR
 * data: shown in explanations, never logged.
 * <pre>{@code
 * FinalScore.of(0.7, PersonId.of("p1"), LocalDate.of(2026, 10, 2), "the launch slipped a week");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class FinalScore {

  FinalScore() {}

  /** The grade, in [0, 1]. */
  @Value.Parameter
  public abstract double score();

  /** Who gave it. */
  @Value.Parameter
  public abstract PersonId by();

  /** The day it was given. */
  @Value.Parameter
  public abstract LocalDate on();

  /** Why, as the facilitator wrote it; not blank. */
  @Value.Parameter
  public abstract String reason();

  /**
   * A final score.
   *
   * @throws IllegalArgumentException if the score lies outside [0, 1] or the reason is blank or
   *     longer than a title may be
   */
  public static FinalScore of(double score, PersonId by, LocalDate on, String reason) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(reason, "reason");
    Guards.within("final score", score, 0, 1);
    Guards.title("final score reason", reason);
    return ImmutableFinalScore.of(score, by, on, reason);
  }

  /** The score, by whom and when, without the reason: {@code 0.7 by p1 on 2026-10-02}. */
  @Override
  public String toString() {
    // The reason is left out, as a check-in's note is: hosts log values, and it is personal data.
    return MeasureText.number(score()) + " by " + by() + " on " + on();
  }
}
