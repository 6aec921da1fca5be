package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.FinalScore;
import org.okr4j.core.Judgement;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.PersonId;
import org.okr4j.core.testing.OkrSets;

/**
 * {@link Scores} reads the built-in means ({@link RollUps#mean()}, {@link RollUps#weightedMean})
 * and {@link StatusRollUps#worstStatus()} from its arrays instead of through {@link Part}s and
 * {@code Optional}s: the same numbers and statuses, bit for bit, as the same rules reached through
 * their public {@code combine}, which {@link Scores} cannot see through.
 */
class BuiltInRollUpsTest {

  private static final LocalDate AS_OF = OkrSets.quarter().start().plusDays(40);
  private static final PersonId FACILITATOR = PersonId.of("facilitator");

  /** The policy with each roll-up hidden behind a lambda: the general path. */
  private static ScoringPolicy opaque(ScoringPolicy policy) {
    RollUp rollUp = policy.rollUp();
    StatusRollUp statusRollUp = policy.statusRollUp();
    return policy.withRollUp(parts -> rollUp.combine(parts))
        .withStatusRollUp(parts -> statusRollUp.combine(parts));
  }

  private static List<ScoringPolicy> policies() {
    ScoringPolicy defaults = ScoringPolicy.defaults();
    List<ScoringPolicy> policies = new ArrayList<>();
    for (ScoringPolicy policy : List.of(defaults, defaults.withCascade(Cascade.CONTRIBUTING))) {
      policies.add(policy);
      policies.add(policy.withRollUp(RollUps.mean()));
      policies.add(policy.withRollUp(RollUps.weightedMean(2)));
      policies.add(policy.withRounding(Rounding.HALF_AWAY_FROM_ZERO_WHOLE_PERCENT));
    }
    return policies;
  }

  /**
   * Every third key result given a final score, every fifth objective a standing override of its
   * progress, every seventh a final score: the closing scores and the overrides' path as well.
   */
  private static OkrSet graded(OkrSet set) {
    List<Objective> objectives = new ArrayList<>();
    int k = 0;
    for (int o = 0; o < set.objectives().size(); o++) {
      Objective objective = set.objectives().get(o);
      List<KeyResult> keyResults = new ArrayList<>();
      for (KeyResult keyResult : objective.keyResults()) {
        keyResults.add(k++ % 3 == 0 ? keyResult.withFinalScore(
            FinalScore.of((k % 10) / 10.0, FACILITATOR, AS_OF.minusDays(1), "graded")) : keyResult);
      }
      Objective.Builder builder = Objective.builder().from(objective).keyResults(keyResults);
      if (o % 5 == 0) {
        builder.judgement(Judgement.ofProgress(0.25, FACILITATOR, AS_OF.minusDays(2), "held"));
      }
      if (o % 7 == 0) {
        builder.finalScore(FinalScore.of(0.7, FACILITATOR, AS_OF.minusDays(1), "graded"));
      }
      objectives.add(builder.build());
    }
    return OkrSet.builder().from(set).objectives(objectives).build();
  }

  @Test
  void builtInRollUpsScoreAsTheirCombineDoes() {
    qt().forAll(OkrSets.any(5), integers().between(0, 1)).checkAssert((generated, grading) -> {
      OkrSet set = grading == 1 ? graded(generated) : generated;
      for (ScoringPolicy policy : policies()) {
        Scores fast = policy.score(set, AS_OF);
        Scores general = opaque(policy).score(set, AS_OF);
        for (Objective objective : set.objectives()) {
          Progress progress = fast.progress(objective.id());
          Progress expected = general.progress(objective.id());
          assertThat(progress.isScored()).isEqualTo(expected.isScored());
          assertThat(progress.orElse(-1)).isEqualTo(expected.orElse(-1));
          assertThat(fast.closingScore(objective.id()).orElse(-1))
              .isEqualTo(general.closingScore(objective.id()).orElse(-1));
          assertThat(fast.status(objective.id())).isEqualTo(general.status(objective.id()));
        }
      }
    });
  }

  @Test
  void aStatusBeatsNoneAndTheWorstOfEqualSeverityIsTheLaterInOrder() {
    // The byte-coded path's comparison, against worstStatus's own definition.
    for (Status a : Status.values()) {
      for (Status b : Status.values()) {
        Status worst = a.severity() != b.severity()
            ? (a.severity() > b.severity() ? a : b)
            : (a.compareTo(b) >= 0 ? a : b);
        assertThat(StatusRollUps.worstStatus().combine(List.of(
            java.util.Optional.of(a), java.util.Optional.empty(), java.util.Optional.of(b))))
            .contains(worst);
        assertThat(StatusRollUps.isWorse(a, b)).isEqualTo(worst == a && a != b);
      }
    }
  }
}
