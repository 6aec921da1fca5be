package org.okr4j.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.okr4j.core.Change;
import org.okr4j.core.Identifier;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrDiff;
import org.okr4j.core.OkrSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an edit moves in the scores, for a host to show before it saves: the
 * {@linkplain OkrDiff changes}, and the progress and status before and after of every objective
 * up the cascade from them (including the objectives a changed KPI links to, whose
 * {@linkplain Scores#explain(ObjectiveId) explanations} read the KPI's state) and of every key
 * result up the key-result cascade from them ({@link OkrDiff#affectedKeyResults()}: a check-in on
 * a child moves the parents that roll it up).
 *
 * <p>Immutable and thread-safe. Both sets are scored with one {@link ScoringPolicy} on one day;
 * so a status is the policy's, as {@link Scores#status(ObjectiveId)} gives it. Linear in the size
 * of the sets: two scorings and one diff. The findings an edit brings or resolves come from
 * validation, which okr-scoring does not reach into: {@code ValidationResult.notIn} compares two
 * checks (see the README).
 * <pre>{@code
 * OkrSet after = before.with(delight.withKeyResult(nps.withCheckIn(CheckIn.of(day, 60))));
 * ChangeImpact impact = ChangeImpact.of(before, after, ScoringPolicy.defaults(), day);
 * impact.changes();    // [CHECKED_IN kr-nps 10 -> 60]
 * impact.moved();      // [o-delight 0.1 -> 0.6, AT_RISK -> ON_TRACK, kr-nps 0.1 -> 0.6, ...]
 * impact.scoresAfter().explain(ObjectiveId.of("o-delight"));   // the new number's arithmetic
 * }</pre>
 */
public final class ChangeImpact {

  private static final Logger LOG = LoggerFactory.getLogger(ChangeImpact.class);

  private final OkrDiff diff;
  private final Scores scoresBefore;
  private final Scores scoresAfter;
  private final List<ScoreChange> scores;

  private ChangeImpact(OkrDiff diff, Scores scoresBefore, Scores scoresAfter) {
    this.diff = diff;
    this.scoresBefore = scoresBefore;
    this.scoresAfter = scoresAfter;
    this.scores = scoreChanges();
  }

  /**
   * The scores the edit from {@code before} to {@code after} moves, as of {@code asOf}.
   *
   * @param before the set as stored
   * @param after the set as edited
   * @param policy the policy that scores both sets
   * @param asOf the day both are scored on
   */
  public static ChangeImpact of(OkrSet before, OkrSet after, ScoringPolicy policy,
      LocalDate asOf) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    ChangeImpact impact = new ChangeImpact(OkrDiff.between(before, after),
        policy.score(before, asOf), policy.score(after, asOf));
    LOG.debug("change impact: {} changes, {} of {} scores moved", impact.changes().size(),
        impact.moved().size(), impact.scores.size());
    return impact;
  }

  /** The changes and the objectives they may move. */
  public OkrDiff diff() {
    return diff;
  }

  /** The changes, in {@link OkrDiff#changes()} order. */
  public List<Change> changes() {
    return diff.changes();
  }

  /**
   * The progress and status, before and after, of every {@linkplain OkrDiff#affected() affected}
   * objective in id order, then of every {@linkplain OkrDiff#affectedKeyResults() affected} key
   * result (each changed one and each it rolls up into) in id order; moved or not. An objective
   * listed for a changed KPI alone is here though KPIs move no progress: {@link #moved()} leaves
   * it out unless something else moved it.
   */
  public List<ScoreChange> scores() {
    return scores;
  }

  /** Those of {@link #scores()} whose progress or status moved, in the same order. */
  public List<ScoreChange> moved() {
    return scores.stream().filter(ScoreChange::moved).toList();
  }

  /** The scores of the set before the edit, to explain a number with. */
  public Scores scoresBefore() {
    return scoresBefore;
  }

  /** The scores of the set after the edit. */
  public Scores scoresAfter() {
    return scoresAfter;
  }

  /**
   * For example {@code ChangeImpact[1 changes, 2 objectives affected, 2 scores moved]}: counts,
   * never titles.
   */
  @Override
  public String toString() {
    return "ChangeImpact[" + changes().size() + " changes, " + diff.affected().size()
        + " objectives affected, " + moved().size() + " scores moved]";
  }

  private List<ScoreChange> scoreChanges() {
    OkrSet before = diff.before();
    OkrSet after = diff.after();
    List<ScoreChange> changes = new ArrayList<>();
    for (ObjectiveId id : diff.affected()) {
      changes.add(scoreChange(id, before.objective(id).isPresent(),
          after.objective(id).isPresent(), s -> s.progress(id), s -> s.status(id)));
    }
    for (KeyResultId id : diff.affectedKeyResults()) {
      changes.add(scoreChange(id, before.keyResult(id).isPresent(),
          after.keyResult(id).isPresent(), s -> s.progress(id), s -> s.status(id)));
    }
    return List.copyOf(changes);
  }

  private ScoreChange scoreChange(Identifier<?> id, boolean was, boolean is,
      Function<Scores, Progress> progress, Function<Scores, Optional<Status>> status) {
    return new ScoreChange(id,
        was ? Optional.of(progress.apply(scoresBefore)) : Optional.empty(),
        is ? Optional.of(progress.apply(scoresAfter)) : Optional.empty(),
        was ? status.apply(scoresBefore) : Optional.empty(),
        is ? status.apply(scoresAfter) : Optional.empty());
  }
}
