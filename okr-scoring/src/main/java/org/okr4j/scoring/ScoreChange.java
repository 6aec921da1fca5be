package org.okr4j.scoring;

import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.Identifier;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.ObjectiveId;

/**
 * The progress and status of one objective or key result before an edit and after it: one of
 * the answers of {@link ChangeImpact#scores()}.
 *
 * <p>Immutable and thread-safe. A side is empty where the subject is not in that set (added or
 * removed by the edit), and a status is empty where the policy gives none. Progress compares by
 * whether it is scored and its value ({@link Progress#equals(Object)}); its explanation is the
 * policy's arithmetic, written when read.
 * <pre>{@code
 * ScoreChange c = impact.scores().get(0);
 * c.toString();   // o-delight 0.2143 -> 0.5, AT_RISK -> ON_TRACK
 * c.moved();      // true
 * }</pre>
 *
 * @param subject the objective ({@link ObjectiveId}) or key result ({@link KeyResultId})
 * @param progressBefore its progress before the edit; empty if it was not in the set
 * @param progressAfter its progress after the edit; empty if it is not in the set
 * @param statusBefore its status before the edit, if it had one
 * @param statusAfter its status after the edit, if it has one
 */
public record ScoreChange(Identifier<?> subject, Optional<Progress> progressBefore,
    Optional<Progress> progressAfter, Optional<Status> statusBefore,
    Optional<Status> statusAfter) {

  /** Checks that nothing is null. */
  public ScoreChange {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(progressBefore, "progressBefore");
    Objects.requireNonNull(progressAfter, "progressAfter");
    Objects.requireNonNull(statusBefore, "statusBefore");
    Objects.requireNonNull(statusAfter, "statusAfter");
  }

  /** True if the progress (its value, or whether it is scored or present) moved. */
  public boolean progressMoved() {
    return !progressBefore.equals(progressAfter);
  }

  /** True if the status moved (appeared, went, or changed). */
  public boolean statusMoved() {
    return !statusBefore.equals(statusAfter);
  }

  /** True if the progress or the status moved. */
  public boolean moved() {
    return progressMoved() || statusMoved();
  }

  /**
   * For example {@code o-delight 0.2143 -> 0.5, AT_RISK -> ON_TRACK}; {@code -} for a side that
   * is absent. Numbers only, never an explanation (which may quote a person's reason).
   */
  @Override
  public String toString() {
    return subject + " " + show(progressBefore) + " -> " + show(progressAfter) + ", "
        + statusBefore.map(Status::name).orElse("-") + " -> "
        + statusAfter.map(Status::name).orElse("-");
  }

  private static String show(Optional<Progress> progress) {
    return progress.map(p -> p.isScored() ? Progress.fmt(p.value()) : "not scored").orElse("-");
  }
}
