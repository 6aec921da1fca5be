package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.Alignment;
import org.okr4j.core.Commitment;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleState;
import org.okr4j.core.FinalScore;
import org.okr4j.core.Judgement;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.PersonId;
import org.okr4j.core.ReportedStatus;

/**
 * Stored overrides and final scores, scored through the public API on
 * {@link PresetEndToEndTest#set()}: o (committed) has kr-a 0.4 x3, kr-b 1.0, kr-c 1.0, kr-d unread;
 * its weighted mean is 0.64, its plain mean 0.8; 50 of 100 days have passed.
 */
class StoredJudgementTest {

  static final LocalDate AS_OF = PresetEndToEndTest.AS_OF;
  static final LocalDate SET_ON = AS_OF.minusDays(1);
  static final PersonId P7 = PersonId.of("p7");
  static final ObjectiveId O = ObjectiveId.of("o");
  static final KeyResultId A = KeyResultId.of("kr-a");

  static OkrSet withKeyResult(KeyResultId id, java.util.function.UnaryOperator<KeyResult> change) {
    OkrSet set = PresetEndToEndTest.set();
    Objective o = set.objective(O).orElseThrow();
    Objective changed = o.withKeyResult(change.apply(o.keyResult(id).orElseThrow()));
    return OkrSet.builder().from(set).objectives(List.of(changed,
        set.objective(ObjectiveId.of("empty")).orElseThrow())).build();
  }

  static OkrSet withObjective(java.util.function.UnaryOperator<Objective> change) {
    OkrSet set = PresetEndToEndTest.set();
    return OkrSet.builder().from(set).objectives(List.of(
        change.apply(set.objective(O).orElseThrow()),
        set.objective(ObjectiveId.of("empty")).orElseThrow())).build();
  }

  static final Judgement NINETY = Judgement.ofProgress(0.9, P7, SET_ON, "vendor data is late");

  @Nested
  class ProgressOverrides {
    @Test
    void decideTheKeyResultAndWhatItsObjectiveRollsUp() {
      Scores scores = ScoringPolicy.defaults().score(withKeyResult(A, kr -> kr.withJudgement(NINETY)),
          AS_OF);
      assertThat(scores.progress(A).value()).isEqualTo(0.9);
      // (3 x 0.9 + 1 + 1) / 5
      assertThat(scores.progress(O).value()).isCloseTo(0.94, within(1e-9));
      assertThat(scores.progress(A).explanation()).isEqualTo("set by hand to 0.9 on "
          + SET_ON + " (STICKY) by p7: \"vendor data is late\" (computed: 0.4)");
      // the status is judged against the overridden progress: 0.9 against 0.5 expected
      assertThat(scores.status(A)).contains(Status.ON_TRACK);
      assertThat(scores.explain(O)).contains("kr-a: 0.9 (set by hand to 0.9 on " + SET_ON
          + " (STICKY) by p7: \"vendor data is late\" (computed: 0.4))");
    }

    @Test
    void areRoundedAsThePolicyRoundsEveryPercentage() {
      // 12.3456 % is 12.35 % to two decimals of a percent: 0.1235.
      Judgement odd = Judgement.ofProgress(0.123456, P7, SET_ON, "vendor data is late");
      OkrSet set = withKeyResult(A, kr -> kr.withJudgement(odd));
      assertThat(ScoringPolicy.defaults().score(set, AS_OF).progress(A).value())
          .isEqualTo(0.123456);
      Progress rounded = ScoringPolicy.defaults()
          .withRounding(Rounding.HALF_AWAY_FROM_ZERO_PERCENT_2DP).score(set, AS_OF).progress(A);
      assertThat(rounded.value()).isCloseTo(0.1235, within(1e-12));
      assertThat(rounded.explanation()).startsWith("set by hand to 0.1235 on ")
          .contains(", rounded " + Rounding.HALF_AWAY_FROM_ZERO_PERCENT_2DP.description());
    }

    @Test
    void agreeWithManualOverrideStickyRule() {
      Scores scores = ScoringPolicy.defaults().score(withKeyResult(A, kr -> kr.withJudgement(NINETY)),
          AS_OF);
      Progress computed = ScoringPolicy.defaults().score(PresetEndToEndTest.set(), AS_OF)
          .progress(A);
      assertThat(scores.progress(A)).isEqualTo(ManualOverride.of(0.9, SET_ON,
          ManualOverride.Hold.STICKY).resolve(computed, java.util.Optional.empty(), false));
    }

    @Test
    void setAfterTheDayScoredDoNotCountYet() {
      Judgement later = Judgement.ofProgress(0.9, P7, AS_OF.plusDays(1), "later");
      Scores scores = ScoringPolicy.defaults().score(withKeyResult(A, kr -> kr.withJudgement(later)),
          AS_OF);
      assertThat(scores.progress(A).value()).isEqualTo(0.4);
      assertThat(scores.explain(O)).doesNotContain("by hand");
    }

    @Test
    void onAnObjectiveStandForItsRollUpAndForWhatItsParentReads() {
      Judgement third = Judgement.ofProgress(0.3, P7, SET_ON, "customer churned");
      OkrSet set = withObjective(o -> o.withJudgement(third));
      Objective parent = Objective.builder().id(ObjectiveId.of("parent")).title("P")
          .level(LevelScheme.standard().top()).cycle(PresetEndToEndTest.CYCLE.id()).build();
      Objective child = set.objective(O).orElseThrow().withAlignment(
          Alignment.contributesTo(parent.id()));
      OkrSet cascade = OkrSet.builder().from(set).objectives(List.of(child, parent)).build();
      Scores gitlab = ScoringPolicy.gitlab().score(cascade, AS_OF);
      assertThat(gitlab.progress(O).value()).isEqualTo(0.3);
      assertThat(gitlab.progress(parent.id()).value()).isEqualTo(0.3);
      assertThat(gitlab.progress(O).explanation()).startsWith("set by hand to 0.3 on " + SET_ON)
          .endsWith("by p7: \"customer churned\" (computed: 0.8)");
    }

    @ParameterizedTest(name = "{0} honours overrides: {1}")
    @CsvSource({"okr4j, true", "google, true", "doerr, true", "viva-goals, true", "perdoo, true",
        "lattice, true", "gitlab, true", "openokr, true", "quantive, false", "workboard, false",
        "atlassian, false", "burningokr, false", "puzzle-okr, false", "mhokr, false",
        "shamanr, false", "oslo, false"})
    void areHonouredByThePresetsOfProductsThatStoreThem(String name, boolean honoured) {
      ScoringPolicy policy = ScoringPolicy.named(name);
      assertThat(policy.honoursJudgements()).isEqualTo(honoured);
      Scores plain = policy.score(PresetEndToEndTest.set(), AS_OF);
      Scores judged = policy.score(withKeyResult(A, kr -> kr.withJudgement(NINETY)
          .withFinalScore(FinalScore.of(0.1, P7, SET_ON, "graded"))), AS_OF);
      assertThat(judged.progress(A).value())
          .isEqualTo(honoured ? 0.9 : plain.progress(A).value());
      assertThat(judged.closingScore(A).value())
          .isEqualTo(honoured ? 0.1 : plain.progress(A).value());
      assertThat(policy.withHonoursJudgements(false).score(judged.set(), AS_OF).progress(A))
          .isEqualTo(plain.progress(A));
    }
  }

  @Nested
  class StatusOverrides {
    @Test
    void decideTheStatusAndSayWhoWhenWhy() {
      Judgement offTrack = Judgement.ofStatus(ReportedStatus.OFF_TRACK, P7, SET_ON, "key hire left");
      Scores scores = ScoringPolicy.perdoo().score(withKeyResult(A, kr -> kr.withJudgement(offTrack)),
          AS_OF);
      assertThat(scores.status(A)).contains(Status.OFF_TRACK);
      assertThat(scores.progress(A).value()).isEqualTo(0.4);
      // Perdoo: the objective takes its worst key result's status
      assertThat(scores.status(O)).contains(Status.OFF_TRACK);
      assertThat(scores.explain(O)).contains("kr-a: 0.4 (linear").contains(
          "status OFF_TRACK [set by hand by p7 on " + SET_ON + ": \"key hire left\"]");
    }

    @ParameterizedTest
    @CsvSource({"ON_TRACK, ON_TRACK", "AT_RISK, AT_RISK", "OFF_TRACK, OFF_TRACK"})
    void onAnObjectiveStandForItsRolledUpStatus(ReportedStatus reported, Status status) {
      Judgement judgement = Judgement.ofStatus(reported, P7, SET_ON, "steering review");
      Scores scores = ScoringPolicy.lattice().score(withObjective(o -> o.withJudgement(judgement)),
          AS_OF);
      assertThat(scores.status(O)).contains(status);
      assertThat(scores.progress(O).value()).isCloseTo(0.64, within(1e-9));
      assertThat(scores.explain(O)).startsWith("o: 0.64 (weighted mean").contains(
          "status " + status + " [set by hand by p7 on " + SET_ON + ": \"steering review\"]");
    }

    @Test
    void decideOpenOkrHealthAheadOfTheLatestCheckIn() {
      Judgement caution = Judgement.ofStatus(ReportedStatus.AT_RISK, P7, SET_ON, "budget cut");
      Objective o = PresetEndToEndTest.set().objective(O).orElseThrow();
      Cycle cycle = PresetEndToEndTest.CYCLE;
      assertThat(Health.openOkr(o, cycle, Staleness.openOkr(), AS_OF)).isEqualTo(Health.PENDING);
      assertThat(Health.openOkr(o.withJudgement(caution), cycle, Staleness.openOkr(), AS_OF))
          .isEqualTo(Health.CAUTION);
      // not yet set on an earlier day
      assertThat(Health.openOkr(o.withJudgement(caution), cycle, Staleness.openOkr(),
          SET_ON.minusDays(1))).isEqualTo(Health.PENDING);
      // the override's day counts as an update: the last check-in, 5 days before, would be stale
      // under a daily cadence with no grace, the override's day is not
      Staleness daily = new Staleness(org.okr4j.core.Cadence.DAILY, 0);
      assertThat(Health.openOkr(o, cycle, daily, AS_OF)).isEqualTo(Health.OUTDATED);
      assertThat(Health.openOkr(o.withJudgement(caution), cycle, daily, AS_OF))
          .isEqualTo(Health.CAUTION);
    }
  }

  @Nested
  class FinalScores {
    static final FinalScore SEVENTY = FinalScore.of(0.7, PersonId.of("p1"), SET_ON,
        "launch slipped a week");

    @Test
    void areTheClosingScoreAndLeaveProgressAlone() {
      Scores scores = ScoringPolicy.defaults().score(
          withKeyResult(A, kr -> kr.withFinalScore(SEVENTY)), AS_OF);
      assertThat(scores.progress(A).value()).isEqualTo(0.4);
      assertThat(scores.closingScore(A).value()).isEqualTo(0.7);
      assertThat(scores.closingScore(A).explanation()).startsWith("final score 0.7 given by p1 on "
          + SET_ON + ": \"launch slipped a week\" (progress measured: 0.4 (linear");
      // the objective's progress ignores a grade; its closing score rolls up the graded parts
      assertThat(scores.progress(O).value()).isCloseTo(0.64, within(1e-9));
      assertThat(scores.closingScore(O).value()).isCloseTo((3 * 0.7 + 1 + 1) / 5, within(1e-9));
      assertThat(scores.explain(O)).contains(
          ", final score 0.7 by p1 on " + SET_ON + ": \"launch slipped a week\"");
    }

    @Test
    void onAnObjectiveAreWhatItsGradeGrades() {
      FinalScore half = FinalScore.of(0.5, PersonId.of("p1"), SET_ON, "scope halved");
      OkrSet set = withObjective(o -> o.withFinalScore(half));
      Cycle closed = PresetEndToEndTest.CYCLE.withState(CycleState.CLOSED);
      OkrSet over = OkrSet.builder().from(set).cycles(List.of(closed)).build();
      Scores scores = ScoringPolicy.google().score(over, AS_OF);
      assertThat(scores.progress(O).value()).isCloseTo(0.8, within(1e-9));
      assertThat(scores.closingScore(O).value()).isEqualTo(0.5);
      assertThat(scores.closingScore(O).explanation()).startsWith("final score 0.5 given by p1 on "
          + SET_ON + ": \"scope halved\" (progress measured: 0.8 (");
      // the objective's own line names the grade given
      assertThat(scores.explain(O).lines().findFirst().orElseThrow())
          .contains(", final score 0.5 by p1 on " + SET_ON + ": \"scope halved\"");
      assertThat(scores.grade(O)).contains(Graders.google().grade(0.5, Commitment.COMMITTED));
      assertThat(ScoringPolicy.quantive().score(over, AS_OF).grade(O))
          .contains(Graders.google().grade(
              ScoringPolicy.quantive().score(over, AS_OF).progress(O).value(),
              Commitment.COMMITTED));
    }

    /**
     * Rounding is the policy's way of showing what it measured; a final score is shown as given.
     * Under whole percents, a final score of 0.333 on kr-a, or on o (which o's grade then grades),
     * stays 0.333, while the objective's closing score rolled up from its parts is rounded: Google's
     * plain mean of kr-a's 0.333 and two key results at 1 is 0.7776... and shows as 0.78.
     */
    @Test
    void areShownAsGivenThoughThePolicyRounds() {
      FinalScore third = FinalScore.of(0.333, P7, SET_ON, "a third");
      ScoringPolicy rounding = ScoringPolicy.google()
          .withRounding(Rounding.HALF_AWAY_FROM_ZERO_WHOLE_PERCENT);
      Cycle closed = PresetEndToEndTest.CYCLE.withState(CycleState.CLOSED);
      OkrSet graded = withKeyResult(A, kr -> kr.withFinalScore(third));
      Scores byKeyResult = rounding.score(OkrSet.builder().from(graded)
          .cycles(List.of(closed)).build(), AS_OF);
      assertThat(byKeyResult.closingScore(A).value()).isEqualTo(0.333);
      assertThat(byKeyResult.closingScore(O).value()).isEqualTo(0.78);
      assertThat(byKeyResult.grade(O).orElseThrow().score()).isEqualTo(0.78);
      OkrSet whole = withObjective(o -> o.withFinalScore(third));
      Scores byObjective = rounding.score(OkrSet.builder().from(whole)
          .cycles(List.of(closed)).build(), AS_OF);
      assertThat(byObjective.closingScore(O).value()).isEqualTo(0.333);
      assertThat(byObjective.grade(O).orElseThrow().score()).isEqualTo(0.333);
    }

    @Test
    void withoutAnyTheClosingScoreIsTheProgress() {
      Scores scores = ScoringPolicy.defaults().score(PresetEndToEndTest.set(), AS_OF);
      assertThat(scores.closingScore(O)).isEqualTo(scores.progress(O));
      assertThat(scores.closingScore(O).explanation()).isEqualTo(scores.progress(O).explanation());
      assertThat(scores.closingScore(A)).isEqualTo(scores.progress(A));
      assertThat(scores.closingScore(KeyResultId.of("kr-d")).isScored()).isFalse();
    }

    @Test
    void reachAParentsClosingScoreButNotItsProgress() {
      OkrSet set = withObjective(o -> o.withFinalScore(FinalScore.of(0.2, P7, SET_ON, "missed")));
      Objective parent = Objective.builder().id(ObjectiveId.of("parent")).title("P")
          .level(LevelScheme.standard().top()).cycle(PresetEndToEndTest.CYCLE.id()).build();
      Objective child = set.objective(O).orElseThrow().withAlignment(
          Alignment.contributesTo(parent.id()));
      Scores gitlab = ScoringPolicy.gitlab().score(
          OkrSet.builder().from(set).objectives(List.of(child, parent)).build(), AS_OF);
      assertThat(gitlab.progress(parent.id()).value()).isCloseTo(0.8, within(1e-9));
      assertThat(gitlab.closingScore(parent.id()).value()).isEqualTo(0.2);
    }
  }
}
