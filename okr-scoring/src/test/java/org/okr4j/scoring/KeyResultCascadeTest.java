package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Contribution;
import org.okr4j.core.Cycle;
import org.okr4j.core.Judgement;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.KeyResultRollUp;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.PersonId;
import org.okr4j.core.ReportedStatus;
import org.okr4j.core.testing.OkrSets;

/**
 * Key results rolled up from the key results contributing to them ({@link KeyResultRollUp}):
 * PRESETS.md's sum of values ("parent progress from the sum of the children's current values
 * against the parent's own start and target") and Viva Goals' contribution shares ("a share set by
 * hand is pinned, the others rebalance").
 */
class KeyResultCascadeTest {

  static final Cycle Q3 = Cycle.parse("2026-Q3");
  static final LocalDate AS_OF = Q3.start().plusDays(41);
  static final LocalDate CHECKED = Q3.start().plusDays(40);

  /**
   * OpenOKR's roll-ups (nothing scored shows as 0 %) with okr4j's default grade, the closing
   * score: whether an objective holds a score decides whether it has a grade. OpenOKR's own grade
   * ({@link GradedScoreStrategy#OPENOKR_SCORE_AT_CLOSE}) reads its key results' scores instead.
   */
  static final ScoringPolicy OPENOKR_ROLL_UP_CLOSING_GRADE =
      ScoringPolicy.openOkr().withGradedScore(GradedScoreStrategy.CLOSING_SCORE);

  static KeyResult.Builder kr(String id, Measure measure) {
    return KeyResult.builder().id(KeyResultId.of(id)).title("Key result " + id).measure(measure);
  }

  /** A key result of 0 to 100 at {@code value} (none if NaN), contributing to {@code parents}. */
  static KeyResult child(String id, double value, Contribution... parents) {
    KeyResult.Builder builder = kr(id, LinearMeasure.of(0, 100)).addContributions(parents);
    if (!Double.isNaN(value)) {
      builder.addCheckIns(CheckIn.of(CHECKED, value));
    }
    return builder.build();
  }

  static Contribution to(String parent) {
    return Contribution.to(KeyResultId.of(parent));
  }

  /** One objective per key result, in the order given. */
  static OkrSet setOf(KeyResult... keyResults) {
    return setOf(List.of(keyResults));
  }

  static OkrSet setOf(List<KeyResult> keyResults) {
    OkrSet.Builder set = OkrSet.builder().addCycles(Q3);
    for (KeyResult keyResult : keyResults) {
      set.addObjectives(Objective.builder().id(ObjectiveId.of("o-" + keyResult.id().value()))
          .title("Objective " + keyResult.id().value()).level(LevelScheme.standard().top())
          .cycle(Q3.id()).addKeyResults(keyResult).build());
    }
    return set.build();
  }

  /**
   * A sum of values holds a score only if a child has a value: kr-sum sums kr-mean, which rolls up
   * kr-leaf's progress and has no value of its own, so kr-sum is not scored and its objective,
   * which OpenOKR shows at 0 %, has no grade; kr-mean's and kr-leaf's objectives have one.
   */
  @Test
  void aSumWithNoValueToSumHoldsNoScoreThoughAChildHoldsProgress() {
    OkrSet set = setOf(kr("kr-sum", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.SUM_OF_VALUES)
            .build(),
        kr("kr-mean", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.MEAN_PROGRESS)
            .addContributions(to("kr-sum")).build(),
        child("kr-leaf", 30, to("kr-mean")));
    for (ScoringPolicy policy : List.of(OPENOKR_ROLL_UP_CLOSING_GRADE, ScoringPolicy.openOkr())) {
      Scores scores = policy.score(set, Q3.end().plusDays(1));
      assertThat(scores.progress(KeyResultId.of("kr-sum")).isScored()).isFalse();
      assertThat(scores.progress(ObjectiveId.of("o-kr-sum")).value()).isZero();
      assertThat(scores.grade(ObjectiveId.of("o-kr-sum"))).isEmpty();
      assertThat(scores.grade(ObjectiveId.of("o-kr-mean")).orElseThrow().score()).isEqualTo(0.3);
      assertThat(scores.grade(ObjectiveId.of("o-kr-leaf")).orElseThrow().score()).isEqualTo(0.3);
    }
  }

  /**
   * OpenOKR's score at close reads a maintain key result's share of the cycle inside its band,
   * unless it rolls up its children's progress: kr-band held 50, inside [40, 60], all cycle
   * (share 1), but rolls up kr-leaf's 30 of 100, so its objective's score is 0.3.
   */
  @Test
  void aMaintainKeyResultThatRollsUpIsScoredByItsChildren() {
    KeyResult band = kr("kr-band", org.okr4j.core.RangeMeasure.of(40, 60))
        .addCheckIns(CheckIn.of(Q3.start(), 50)).build();
    Scores alone = ScoringPolicy.openOkr().score(setOf(band), Q3.end().plusDays(1));
    assertThat(alone.grade(ObjectiveId.of("o-kr-band")).orElseThrow().score()).isEqualTo(1.0);
    OkrSet set = setOf(KeyResult.builder().from(band).rollUp(KeyResultRollUp.MEAN_PROGRESS)
        .build(), child("kr-leaf", 30, to("kr-band")));
    Scores scores = ScoringPolicy.openOkr().score(set, Q3.end().plusDays(1));
    assertThat(scores.grade(ObjectiveId.of("o-kr-band")).orElseThrow().score()).isEqualTo(0.3);
  }

  /**
   * A rolled-up key result's status, like any other's, is read against what its waypoints expect:
   * kr-dept's sum 500 of 1000 is ahead of the linear pace (41 of 91 days) but far behind its
   * waypoint 2026-07-31=800, which expects 800 + 200 * 11 / 61 = 836 by day 41.
   */
  @Test
  void aRolledUpKeyResultsStatusFollowsItsWaypoints() {
    KeyResultId dept = KeyResultId.of("kr-dept");
    assertThat(ScoringPolicy.defaults().score(departmentOfTwoTeams(), AS_OF).status(dept))
        .contains(Status.ON_TRACK);
    KeyResult phased = KeyResult.builder().from(departmentOfTwoTeams().keyResult(dept)
        .orElseThrow()).addWaypoints(org.okr4j.core.Waypoint.parse("2026-07-31=800")).build();
    OkrSet set = setOf(phased, child("kr-north", 300, to("kr-dept")),
        child("kr-south", 200, to("kr-dept")));
    Scores scores = ScoringPolicy.defaults().score(set, AS_OF);
    assertThat(scores.progress(dept).value()).isEqualTo(0.5);
    // Viva Goals: e - p = 83.6 - 50 points, more than 25
    assertThat(scores.status(dept)).contains(Status.AT_RISK);
  }

  /**
   * A key result that rolls up progress holds a score only if a child does, whatever the roll-up
   * shows: kr-p1's only child kr-a has no reading, so OpenOKR shows kr-p1's objective at 0 % and
   * it holds no score (no grade); kr-p2's child kr-b and kr-p3's second child kr-d hold one, so
   * kr-p2 and kr-p3 do. A sum of values with a value holds one too.
   */
  @Test
  void aProgressRollUpHoldsAScoreOnlyThroughAChildThatHoldsOne() {
    OkrSet set = setOf(kr("kr-p1", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.MEAN_PROGRESS)
            .build(),
        kr("kr-p2", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.MEAN_PROGRESS).build(),
        kr("kr-p3", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.MEAN_PROGRESS).build(),
        child("kr-a", Double.NaN, to("kr-p1")), child("kr-b", 30, to("kr-p2")),
        child("kr-c", Double.NaN, to("kr-p3")), child("kr-d", 30, to("kr-p3")));
    for (ScoringPolicy policy : List.of(OPENOKR_ROLL_UP_CLOSING_GRADE, ScoringPolicy.openOkr())) {
      Scores scores = policy.score(set, Q3.end().plusDays(1));
      assertThat(scores.progress(ObjectiveId.of("o-kr-p1")).value()).isZero();
      assertThat(scores.grade(ObjectiveId.of("o-kr-p1"))).isEmpty();
      assertThat(scores.grade(ObjectiveId.of("o-kr-p2")).orElseThrow().score()).isEqualTo(0.3);
      assertThat(scores.grade(ObjectiveId.of("o-kr-p3")).orElseThrow().score()).isEqualTo(0.3);
      assertThat(policy.score(departmentOfTwoTeams(), Q3.end().plusDays(1))
          .grade(ObjectiveId.of("o-kr-dept")).orElseThrow().score()).isEqualTo(0.5);
    }
  }

  /** kr-dept sums kr-north (300) and kr-south (200) against 0 to 1000; its own 900 is ignored. */
  static OkrSet departmentOfTwoTeams() {
    return setOf(kr("kr-dept", LinearMeasure.of(0, 1000)).rollUp(KeyResultRollUp.SUM_OF_VALUES)
            .addCheckIns(CheckIn.of(CHECKED, 900)).build(),
        child("kr-north", 300, to("kr-dept")), child("kr-south", 200, to("kr-dept")));
  }

  /**
   * A team's key result that feeds the department's key result while the team's objective
   * contributes to the department's objective counts on both paths under a contributing cascade:
   * okr4j rolls up what the links say. o-dept holds kr-dept (the sum of kr-north's 30, against 0
   * to 100: 0.3) and kr-other (0.9); o-north (kr-north: 0.3) contributes to o-dept. The weighted
   * mean of kr-dept, kr-other and o-north is 0.5; with o-north's link supporting (shown, not
   * counted), or without the cascade, kr-north counts once and o-dept is 0.6.
   */
  @Test
  void aKeyResultCascadeBesideAContributingObjectiveLinkCountsTheTeamOnBothPaths() {
    Objective dept = Objective.builder().id(ObjectiveId.of("o-dept")).title("Department")
        .level(LevelScheme.standard().top()).cycle(Q3.id())
        .addKeyResults(kr("kr-dept", LinearMeasure.of(0, 100))
            .rollUp(KeyResultRollUp.SUM_OF_VALUES).build(), child("kr-other", 90)).build();
    Objective.Builder north = Objective.builder().id(ObjectiveId.of("o-north")).title("North")
        .level(LevelScheme.standard().level("team")).cycle(Q3.id())
        .addKeyResults(child("kr-north", 30, to("kr-dept")));
    OkrSet contributing = OkrSet.builder().addCycles(Q3).addObjectives(dept, north
        .addAlignments(org.okr4j.core.Alignment.contributesTo(dept.id())).build()).build();
    ScoringPolicy cascading = ScoringPolicy.defaults().withCascade(Cascade.CONTRIBUTING);
    assertThat(cascading.score(contributing, AS_OF).progress(dept.id()).value())
        .isCloseTo(0.5, within(1e-9));
    assertThat(ScoringPolicy.defaults().score(contributing, AS_OF).progress(dept.id()).value())
        .isCloseTo(0.6, within(1e-9));
    OkrSet supporting = contributing.with(Objective.builder()
        .from(contributing.objective(ObjectiveId.of("o-north")).orElseThrow())
        .alignments(List.of(org.okr4j.core.Alignment.of(dept.id(),
            org.okr4j.core.AlignmentKind.SUPPORTS, 1))).build());
    assertThat(cascading.score(supporting, AS_OF).progress(dept.id()).value())
        .isCloseTo(0.6, within(1e-9));
  }

  /**
   * Without a cascade an objective is scored in the pass that scores its key results, unless one
   * of them may roll up children: such an objective is scored once, after they are rolled up, so a
   * roll-up of the policy's own sees only final parts. o-dept holds kr-dept (kr-north's 30 summed
   * against 0 to 100: 0.3; its own 90 ignored) and kr-other (0.9); o-north holds kr-north (0.3).
   */
  @Test
  void anObjectiveWithARolledUpKeyResultIsCombinedOnceFromFinalParts() {
    List<List<Double>> combined = new ArrayList<>();
    RollUp recording = parts -> {
      combined.add(parts.stream().map(part -> part.progress().orElse(Double.NaN)).toList());
      return RollUps.mean().combine(parts);
    };
    OkrSet set = OkrSet.builder().addCycles(Q3)
        .addObjectives(Objective.builder().id(ObjectiveId.of("o-dept")).title("Department")
            .level(LevelScheme.standard().top()).cycle(Q3.id())
            .addKeyResults(kr("kr-dept", LinearMeasure.of(0, 100))
                .rollUp(KeyResultRollUp.SUM_OF_VALUES).addCheckIns(CheckIn.of(CHECKED, 90)).build(),
                child("kr-other", 90)).build())
        .addObjectives(Objective.builder().id(ObjectiveId.of("o-north")).title("North")
            .level(LevelScheme.standard().level("team")).cycle(Q3.id())
            .addKeyResults(child("kr-north", 30, to("kr-dept"))).build())
        .build();
    Scores scores = ScoringPolicy.defaults().withRollUp(recording).score(set, AS_OF);
    assertThat(combined).containsExactlyInAnyOrder(List.of(0.3, 0.9), List.of(0.3));
    assertThat(scores.progress(ObjectiveId.of("o-dept")).value()).isCloseTo(0.6, within(1e-9));
  }

  /**
   * OpenOKR's health read through a cascade: kr-dept's own check-in is 40 days old (outdated
   * under a weekly cadence and 3 days' grace), its children's are a day old; the newest child
   * reported off track.
   */
  @Test
  void healthOfAnObjectiveWithARolledUpKeyResultIsItsChildrensLatestCheckIn() {
    CheckIn offTrack = CheckIn.builder().date(CHECKED).value(200)
        .reportedStatus(ReportedStatus.OFF_TRACK).build();
    OkrSet set = setOf(kr("kr-dept", LinearMeasure.of(0, 1000)).rollUp(KeyResultRollUp.SUM_OF_VALUES)
            .addCheckIns(CheckIn.builder().date(Q3.start()).value(900)
                .reportedStatus(ReportedStatus.ON_TRACK).build()).build(),
        child("kr-north", 300, to("kr-dept")),
        kr("kr-south", LinearMeasure.of(0, 100)).addContributions(to("kr-dept"))
            .addCheckIns(offTrack).build());
    ObjectiveId dept = ObjectiveId.of("o-kr-dept");
    Objective alone = set.objective(dept).orElseThrow();
    assertThat(Health.openOkr(alone, Q3, Staleness.openOkr(), AS_OF)).isEqualTo(Health.OUTDATED);
    assertThat(Health.openOkr(set, dept, Staleness.openOkr(), AS_OF)).isEqualTo(Health.OFF_TRACK);
    // Down two levels, and a loop back up ends: kr-mid rolls up kr-leaf, which also feeds kr-top.
    OkrSet deeper = setOf(kr("kr-top", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.MEAN_PROGRESS)
            .addContributions(to("kr-mid")).build(),
        kr("kr-mid", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.MEAN_PROGRESS)
            .addContributions(to("kr-top")).build(),
        kr("kr-leaf", LinearMeasure.of(0, 100)).addContributions(to("kr-mid"), to("kr-top"))
            .addCheckIns(offTrack).build());
    assertThat(Health.openOkr(deeper, ObjectiveId.of("o-kr-top"), Staleness.openOkr(), AS_OF))
        .isEqualTo(Health.OFF_TRACK);
    assertThat(Health.openOkr(deeper, ObjectiveId.of("o-kr-mid"), Staleness.openOkr(), AS_OF))
        .isEqualTo(Health.OFF_TRACK);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
        Health.openOkr(deeper, ObjectiveId.of("o-gone"), Staleness.openOkr(), AS_OF)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("o-gone");
    OkrSet noCycle = OkrSet.builder().from(deeper).cycles(List.of()).build();
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
        Health.openOkr(noCycle, ObjectiveId.of("o-kr-top"), Staleness.openOkr(), AS_OF)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("health: the set has no cycle " + Q3.id() + " (of o-kr-top)");
  }

  @Test
  void aChildsFinalScoreReachesItsRolledUpParentsClosingScoreButNotItsProgress() {
    org.okr4j.core.FinalScore ninety = org.okr4j.core.FinalScore.of(0.9, PersonId.of("p1"),
        CHECKED, "regraded");
    OkrSet set = setOf(kr("kr-top", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.MEAN_PROGRESS)
            .build(),
        kr("kr-dept", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.MEAN_PROGRESS)
            .addContributions(to("kr-top")).build(),
        child("kr-north", 30, to("kr-dept")).withFinalScore(ninety),
        child("kr-south", 50, to("kr-dept")));
    Scores scores = ScoringPolicy.defaults().score(set, AS_OF);
    KeyResultId dept = KeyResultId.of("kr-dept");
    KeyResultId top = KeyResultId.of("kr-top");
    assertThat(scores.progress(dept).value()).isCloseTo(0.4, within(1e-9));
    assertThat(scores.closingScore(KeyResultId.of("kr-north")).value()).isEqualTo(0.9);
    // (0.9 + 0.5) / 2, and on up the cascade to kr-top, children first.
    assertThat(scores.closingScore(dept).value()).isCloseTo(0.7, within(1e-9));
    assertThat(scores.closingScore(dept).explanation()).startsWith("rolled up from 2 children");
    assertThat(scores.closingScore(top).value()).isCloseTo(0.7, within(1e-9));
    assertThat(scores.progress(top).value()).isCloseTo(0.4, within(1e-9));
    assertThat(scores.closingScore(ObjectiveId.of("o-kr-dept")).value())
        .isCloseTo(0.7, within(1e-9));
    // A final score on the parent itself stands; a sum of values closes as it stands.
    Scores graded = ScoringPolicy.defaults().score(setOf(
        kr("kr-dept", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.MEAN_PROGRESS)
            .build().withFinalScore(org.okr4j.core.FinalScore.of(0.2, PersonId.of("p1"), CHECKED,
                "missed")),
        child("kr-north", 30, to("kr-dept")).withFinalScore(ninety),
        kr("kr-sum", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.SUM_OF_VALUES).build(),
        child("kr-east", 30, to("kr-sum")).withFinalScore(ninety)), AS_OF);
    assertThat(graded.closingScore(dept).value()).isEqualTo(0.2);
    assertThat(graded.closingScore(KeyResultId.of("kr-sum")).value()).isCloseTo(0.3,
        within(1e-9));
  }

  @Test
  void aRolledUpKeyResultIsNeverOutdatedByItsOwnCheckIns() {
    CheckIn old = CheckIn.of(Q3.start().plusDays(1), 900);
    OkrSet set = setOf(kr("kr-dept", LinearMeasure.of(0, 1000))
            .rollUp(KeyResultRollUp.SUM_OF_VALUES).addCheckIns(old).build(),
        child("kr-north", 300, to("kr-dept")),
        kr("kr-alone", LinearMeasure.of(0, 1000)).rollUp(KeyResultRollUp.SUM_OF_VALUES)
            .addCheckIns(old).build());
    Scores scores = ScoringPolicy.defaults().score(set, AS_OF);
    assertThat(scores.isOutdated(KeyResultId.of("kr-dept"))).isFalse();
    assertThat(scores.explain(ObjectiveId.of("o-kr-dept"))).doesNotContain("outdated");
    // The same check-in 40 days old, on a key result with a roll-up but no child: outdated.
    assertThat(scores.isOutdated(KeyResultId.of("kr-alone"))).isTrue();
  }

  @Nested
  class SumOfValues {
    @Test
    void readsTheChildrensSumAgainstTheParentsOwnStartAndTarget() {
      Scores scores = ScoringPolicy.defaults().score(departmentOfTwoTeams(), AS_OF);
      KeyResultId dept = KeyResultId.of("kr-dept");
      assertThat(scores.isRolledUp(dept)).isTrue();
      assertThat(scores.value(dept)).hasValue(500);
      assertThat(scores.progress(dept).value()).isEqualTo(0.5);
      assertThat(scores.progress(dept).explanation())
          .startsWith("rolled up from 2 children: sum of values kr-north 300 + kr-south 200"
              + " = 500; ");
      assertThat(scores.explain(ObjectiveId.of("o-kr-dept")))
          .contains("kr-dept: 0.5 (rolled up from 2 children");
      // 41 days into a 92-day quarter, half-way is ahead of time: on track.
      assertThat(scores.status(dept)).contains(Status.ON_TRACK);
      assertThat(scores.progress(ObjectiveId.of("o-kr-dept")).value()).isEqualTo(0.5);
      assertThat(scores.isRolledUp(KeyResultId.of("kr-north"))).isFalse();
      assertThat(scores.value(KeyResultId.of("kr-north"))).hasValue(300);
    }

    @Test
    void aChildRolledUpByProgressHasNoValueForItsSummingParent() {
      // kr-mid means its children's progress; its own reading of 70 counts nowhere, so kr-top
      // sums kr-east alone.
      OkrSet set = setOf(kr("kr-top", LinearMeasure.of(0, 100))
              .rollUp(KeyResultRollUp.SUM_OF_VALUES).build(),
          kr("kr-mid", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.MEAN_PROGRESS)
              .addCheckIns(CheckIn.of(CHECKED, 70)).addContributions(to("kr-top")).build(),
          child("kr-north", 30, to("kr-mid")),
          child("kr-east", 20, to("kr-top")));
      Scores scores = ScoringPolicy.defaults().score(set, AS_OF);
      assertThat(scores.value(KeyResultId.of("kr-mid"))).isEmpty();
      assertThat(scores.progress(KeyResultId.of("kr-mid")).value()).isCloseTo(0.3, within(1e-9));
      assertThat(scores.value(KeyResultId.of("kr-top"))).hasValue(20);
      assertThat(scores.progress(KeyResultId.of("kr-top")).value()).isCloseTo(0.2, within(1e-9));
      // Without its roll-up, the same key result's reading is its value and is summed.
      OkrSet plain = setOf(kr("kr-top", LinearMeasure.of(0, 100))
              .rollUp(KeyResultRollUp.SUM_OF_VALUES).build(),
          kr("kr-mid", LinearMeasure.of(0, 100)).addCheckIns(CheckIn.of(CHECKED, 70))
              .addContributions(to("kr-top")).build(),
          child("kr-east", 20, to("kr-top")));
      assertThat(ScoringPolicy.defaults().score(plain, AS_OF).value(KeyResultId.of("kr-top")))
          .hasValue(90);
    }

    @Test
    void leavesASumBeyondTheLargestNumberNotScoredAndWithoutAValue() {
      // Two legal readings of 1.7e308 add up to infinity: the parent is not scored, and says why.
      OkrSet huge = setOf(kr("kr-dept", LinearMeasure.of(0, 100))
              .rollUp(KeyResultRollUp.SUM_OF_VALUES).build(),
          child("kr-north", 1.7e308, to("kr-dept")), child("kr-south", 1.7e308, to("kr-dept")),
          kr("kr-group", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.SUM_OF_VALUES).build(),
          child("kr-west", 40, to("kr-group")));
      KeyResultId dept = KeyResultId.of("kr-dept");
      Scores scores = ScoringPolicy.defaults().score(huge, AS_OF);
      assertThat(scores.isRolledUp(dept)).isTrue();
      assertThat(scores.progress(dept).isScored()).isFalse();
      assertThat(scores.progress(dept).explanation()).isEqualTo("rolled up from 2 children: sum"
          + " of values kr-north " + org.okr4j.scoring.Progress.fmt(1.7e308) + " + kr-south "
          + org.okr4j.scoring.Progress.fmt(1.7e308) + " is beyond the largest number");
      assertThat(scores.value(dept)).isEmpty();
      // Below the largest number, the same parent sums as ever.
      assertThat(scores.value(KeyResultId.of("kr-group"))).hasValue(40);
      // Its own parent leaves it out as a child without a value.
      OkrSet above = setOf(kr("kr-top", LinearMeasure.of(0, 100))
              .rollUp(KeyResultRollUp.SUM_OF_VALUES).build(),
          kr("kr-dept", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.SUM_OF_VALUES)
              .addContributions(to("kr-top")).build(),
          child("kr-north", 1.7e308, to("kr-dept")), child("kr-south", 1.7e308, to("kr-dept")),
          child("kr-east", 30, to("kr-top")));
      Scores nested = ScoringPolicy.defaults().score(above, AS_OF);
      assertThat(nested.value(KeyResultId.of("kr-top"))).hasValue(30);
      assertThat(nested.progress(KeyResultId.of("kr-top")).value()).isEqualTo(0.3);
      assertThat(nested.progress(ObjectiveId.of("o-kr-dept")).isScored()).isFalse();
    }

    @Test
    void keepsThePolicysRange() {
      OkrSet over = setOf(kr("kr-dept", LinearMeasure.of(0, 100))
              .rollUp(KeyResultRollUp.SUM_OF_VALUES).build(),
          child("kr-north", 90, to("kr-dept")), child("kr-south", 60, to("kr-dept")));
      KeyResultId dept = KeyResultId.of("kr-dept");
      assertThat(ScoringPolicy.defaults().score(over, AS_OF).progress(dept).value())
          .isEqualTo(1.0);
      assertThat(ScoringPolicy.quantive().score(over, AS_OF).progress(dept).value())
          .isEqualTo(1.5);
      assertThat(ScoringPolicy.defaults().score(over, AS_OF).value(dept)).hasValue(150);
    }

    @Test
    void addsUpARolledUpChildsSumAndLeavesOutChildrenWithoutAValue() {
      OkrSet set = setOf(kr("kr-co", LinearMeasure.of(0, 2000))
              .rollUp(KeyResultRollUp.SUM_OF_VALUES).build(),
          kr("kr-dept", LinearMeasure.of(0, 1000)).rollUp(KeyResultRollUp.SUM_OF_VALUES)
              .addContributions(to("kr-co")).build(),
          child("kr-north", 300, to("kr-dept")), child("kr-south", 200, to("kr-dept")),
          child("kr-west", Double.NaN, to("kr-co")), child("kr-east", 500, to("kr-co")));
      Scores scores = ScoringPolicy.defaults().score(set, AS_OF);
      assertThat(scores.value(KeyResultId.of("kr-co"))).hasValue(1000);
      assertThat(scores.progress(KeyResultId.of("kr-co")).value()).isEqualTo(0.5);
      assertThat(scores.progress(KeyResultId.of("kr-co")).explanation())
          .contains("rolled up from 3 children: sum of values kr-dept 500 + kr-east 500 = 1000");
    }

    @Test
    void givesNoValueWhenNoChildHasOne() {
      OkrSet set = setOf(kr("kr-dept", LinearMeasure.of(0, 100))
              .rollUp(KeyResultRollUp.SUM_OF_VALUES).addCheckIns(CheckIn.of(CHECKED, 50)).build(),
          child("kr-north", Double.NaN, to("kr-dept")));
      Scores scores = ScoringPolicy.defaults().score(set, AS_OF);
      KeyResultId dept = KeyResultId.of("kr-dept");
      assertThat(scores.progress(dept).isScored()).isFalse();
      assertThat(scores.progress(dept).explanation())
          .isEqualTo("rolled up from 1 child: no child has a value");
      assertThat(scores.value(dept)).isEmpty();
    }

    @Test
    void readsNothingIntoAMeasureWithoutValues() {
      OkrSet set = setOf(kr("kr-launch", MilestoneMeasure.of())
              .rollUp(KeyResultRollUp.SUM_OF_VALUES).build(),
          child("kr-north", 40, to("kr-launch")));
      Scores scores = ScoringPolicy.defaults().score(set, AS_OF);
      assertThat(scores.progress(KeyResultId.of("kr-launch")).isScored()).isFalse();
      assertThat(scores.progress(KeyResultId.of("kr-launch")).explanation())
          .contains("reads no sum of values");
      assertThat(scores.value(KeyResultId.of("kr-launch"))).hasValue(40);
    }
  }

  @Nested
  class Progress {
    @Test
    void meanTakesThePlainMeanOfTheScoredChildren() {
      OkrSet set = setOf(kr("kr-p", LinearMeasure.of(0, 10)).rollUp(KeyResultRollUp.MEAN_PROGRESS)
              .build(),
          child("kr-a", 20, to("kr-p").withWeight(3)), child("kr-b", 60, to("kr-p")),
          child("kr-c", Double.NaN, to("kr-p")));
      org.okr4j.scoring.Progress progress = ScoringPolicy.defaults().score(set, AS_OF)
          .progress(KeyResultId.of("kr-p"));
      assertThat(progress.value()).isEqualTo(0.4, within(1e-12));
      assertThat(progress.explanation()).startsWith("rolled up from 3 children: mean of");
    }

    @Test
    void weightedUsesThePolicysRollUpAtTheLinksWeights() {
      OkrSet set = setOf(kr("kr-p", LinearMeasure.of(0, 10))
              .rollUp(KeyResultRollUp.WEIGHTED_PROGRESS).build(),
          child("kr-a", 20, to("kr-p").withWeight(3)), child("kr-b", 60, to("kr-p")));
      assertThat(ScoringPolicy.defaults().score(set, AS_OF).progress(KeyResultId.of("kr-p"))
          .value()).isEqualTo((3 * 0.2 + 0.6) / 4, within(1e-12));
      assertThat(ScoringPolicy.google().score(set, AS_OF).progress(KeyResultId.of("kr-p"))
          .value()).isEqualTo(0.4, within(1e-12));
    }

    @Test
    void vivaGoalsKeepsAPinnedShareAndRebalancesTheOthers() {
      // Viva: kr-a pinned at 60 %; kr-b and kr-c share the other 40 % equally.
      OkrSet set = setOf(kr("kr-p", LinearMeasure.of(0, 10))
              .rollUp(KeyResultRollUp.WEIGHTED_PROGRESS).build(),
          child("kr-a", 50, to("kr-p").withPinnedShare(0.6)), child("kr-b", 100, to("kr-p")),
          child("kr-c", 0, to("kr-p")));
      org.okr4j.scoring.Progress progress = ScoringPolicy.vivaGoals().score(set, AS_OF)
          .progress(KeyResultId.of("kr-p"));
      assertThat(progress.value()).isEqualTo(0.6 * 0.5 + 0.2 * 1 + 0.2 * 0, within(1e-12));
      assertThat(progress.explanation()).startsWith("rolled up from 3 children: shares 0.6 x kr-a");
      // "Shares sum to 100 %": every child pinned, 30 % and 20 %, count as 60 % and 40 %.
      OkrSet allPinned = setOf(kr("kr-p", LinearMeasure.of(0, 10))
              .rollUp(KeyResultRollUp.WEIGHTED_PROGRESS).build(),
          child("kr-a", 50, to("kr-p").withPinnedShare(0.3)),
          child("kr-b", 100, to("kr-p").withPinnedShare(0.2)));
      assertThat(ScoringPolicy.vivaGoals().score(allPinned, AS_OF).progress(KeyResultId.of("kr-p"))
          .value()).isEqualTo(0.6 * 0.5 + 0.4 * 1, within(1e-12));
    }

    @Test
    void aStoredOverrideStillStands() {
      Judgement judgement = Judgement.ofStatus(ReportedStatus.AT_RISK, PersonId.of("p1"),
          CHECKED, "supplier late");
      OkrSet set = setOf(kr("kr-p", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.MEAN_PROGRESS)
              .judgement(judgement).build(),
          child("kr-a", 80, to("kr-p")));
      Scores scores = ScoringPolicy.defaults().score(set, AS_OF);
      assertThat(scores.progress(KeyResultId.of("kr-p")).value()).isEqualTo(0.8);
      assertThat(scores.status(KeyResultId.of("kr-p"))).contains(Status.AT_RISK);
    }

    @Test
    void aKeyResultWithARollUpAndNoChildReadsItsOwnCheckIns() {
      OkrSet set = setOf(kr("kr-p", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.MEAN_PROGRESS)
          .addCheckIns(CheckIn.of(CHECKED, 30)).build(), child("kr-a", 80, to("kr-gone")));
      Scores scores = ScoringPolicy.defaults().score(set, AS_OF);
      assertThat(scores.isRolledUp(KeyResultId.of("kr-p"))).isFalse();
      assertThat(scores.progress(KeyResultId.of("kr-p")).value()).isEqualTo(0.3);
    }

    @Test
    void childrenWithoutARollUpOnTheParentDoNotMoveIt() {
      OkrSet set = setOf(kr("kr-p", LinearMeasure.of(0, 100))
          .addCheckIns(CheckIn.of(CHECKED, 30)).build(), child("kr-a", 80, to("kr-p")));
      Scores scores = ScoringPolicy.defaults().score(set, AS_OF);
      assertThat(scores.isRolledUp(KeyResultId.of("kr-p"))).isFalse();
      assertThat(scores.progress(KeyResultId.of("kr-p")).value()).isEqualTo(0.3);
      assertThat(scores.value(KeyResultId.of("kr-p"))).hasValue(30);
    }
  }

  @Test
  void aLoopIsBrokenAtItsHighestIdAndScoringEnds() {
    // kr-b (highest) loses kr-b -> kr-a: kr-a reads its own 40, kr-b sums kr-a.
    OkrSet set = setOf(kr("kr-a", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.SUM_OF_VALUES)
            .addContributions(to("kr-b")).addCheckIns(CheckIn.of(CHECKED, 40)).build(),
        kr("kr-b", LinearMeasure.of(0, 100)).rollUp(KeyResultRollUp.SUM_OF_VALUES)
            .addContributions(to("kr-a")).addCheckIns(CheckIn.of(CHECKED, 90)).build());
    Scores scores = ScoringPolicy.defaults().score(set, AS_OF);
    assertThat(scores.isRolledUp(KeyResultId.of("kr-a"))).isFalse();
    assertThat(scores.progress(KeyResultId.of("kr-a")).value()).isEqualTo(0.4);
    assertThat(scores.value(KeyResultId.of("kr-b"))).hasValue(40);
    assertThat(scores.progress(KeyResultId.of("kr-b")).explanation())
        .startsWith("rolled up from 1 child: sum of values kr-a 40 = 40");
  }

  /**
   * A random web of contributions among n key results, some dangling, from a seed; a key result
   * in four has no check-in.
   */
  static List<KeyResult> web(long seed, int n) {
    return OkrSets.contributionWeb(seed, n, (random, id) -> {
      KeyResult.Builder builder = kr(id, LinearMeasure.of(random.nextInt(50),
          50 + random.nextInt(100)));
      if (random.nextInt(4) > 0) {
        builder.addCheckIns(CheckIn.of(CHECKED, random.nextInt(300) - 50));
      }
      return builder;
    });
  }

  @Test
  void rolledUpProgressStaysInThePolicysRangeAndEndsOnLoops() {
    List<ScoringPolicy> clamped = List.of(ScoringPolicy.defaults(), ScoringPolicy.vivaGoals(),
        ScoringPolicy.google(), ScoringPolicy.openOkr(), ScoringPolicy.burningOkr());
    qt(150).forAll(longs().all(), integers().between(1, 12)).checkAssert((seed, n) -> {
      List<KeyResult> keyResults = web(seed, n);
      OkrSet set = setOf(keyResults);
      List<KeyResult> shuffled = new ArrayList<>(keyResults);
      Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
      OkrSet other = setOf(shuffled);
      for (ScoringPolicy policy : clamped) {
        Scores scores = policy.score(set, AS_OF);
        Scores again = policy.score(other, AS_OF);
        for (KeyResult keyResult : keyResults) {
          org.okr4j.scoring.Progress progress = scores.progress(keyResult.id());
          if (progress.isScored()) {
            assertThat(progress.value()).as(policy.name()).isBetween(0.0, 1.0);
          }
          assertThat(again.progress(keyResult.id())).isEqualTo(progress);
          assertThat(again.value(keyResult.id())).isEqualTo(scores.value(keyResult.id()));
          assertThat(progress.explanation()).isNotBlank();
        }
      }
      Scores uncapped = ScoringPolicy.quantive().score(set, AS_OF);
      for (KeyResult keyResult : keyResults) {
        org.okr4j.scoring.Progress progress = uncapped.progress(keyResult.id());
        if (progress.isScored()) {
          assertThat(progress.value()).isFinite();
        }
      }
    });
  }
}
