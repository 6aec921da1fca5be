package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.CycleState;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.ObjectiveState;
import org.okr4j.core.OkrSet;
import org.okr4j.core.ThresholdMeasure;

/**
 * Objective status from the objective's own progress (BurningOKR, MHOKR), explanations of status
 * and staleness, staleness of closed objectives, and Quantive's strict thresholds.
 */
class ObjectiveStatusTest {

  /** 100 days from start to end, so the expected progress on day d is d / 100. */
  static final Cycle CYCLE = Cycle.of("c", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 11));
  static final LocalDate HALF = CYCLE.start().plusDays(50);
  static final ObjectiveId O = ObjectiveId.of("o");

  /** Objective o with one key result per value, each linear 0 to 100, read on day 1. */
  static OkrSet set(Cycle cycle, ObjectiveState state, double... values) {
    List<KeyResult> keyResults = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      keyResults.add(KeyResult.of("kr-" + i, "KR " + i, LinearMeasure.of(0, 100))
          .withCheckIn(CheckIn.of(cycle.start().plusDays(1), values[i])));
    }
    Objective o = Objective.builder().id(O).title("O").level(LevelScheme.standard().top())
        .cycle(cycle.id()).state(state).addAllKeyResults(keyResults).build();
    return OkrSet.builder().addCycles(cycle).addObjectives(o).build();
  }

  static OkrSet set(double... values) {
    return set(CYCLE, ObjectiveState.ACTIVE, values);
  }

  @Nested
  class FromOwnProgress {
    @ParameterizedTest(name = "BurningOKR, KRs {0} and {1}: objective {2}, worst KR {3}")
    @CsvSource({
        // mean p at e = 0.5; d = p - e; strict: d < -0.2 at risk, d < -0.4 off track
        "10, 50, ON_TRACK,  AT_RISK",   // p 0.30, d -0.2: not below -0.2
        "8,  50, AT_RISK,   OFF_TRACK", // p 0.29, d -0.21
        "0,  20, AT_RISK,   OFF_TRACK", // p 0.10, d -0.4: not below -0.4
        "0,  18, OFF_TRACK, OFF_TRACK", // p 0.09, d -0.41
        "50, 50, ON_TRACK,  ON_TRACK",
        "90, 100, ON_TRACK, ON_TRACK"})
    void burningOkrJudgesTheObjectivesOwnProgress(double a, double b, Status objective,
        Status worstKeyResult) {
      Scores scores = ScoringPolicy.burningOkr().score(set(a, b), HALF);
      assertThat(scores.status(O)).contains(objective);
      Status worst = ScoringPolicy.burningOkr()
          .withObjectiveStatus(ObjectiveStatusStrategy.FROM_PARTS).score(set(a, b), HALF)
          .status(O).orElseThrow();
      assertThat(worst).isEqualTo(worstKeyResult);
    }

    @Test
    void fromPartsUsesThePolicysStatusRollUpNotAlwaysTheWorst() {
      // KRs at 8 % and 50 % against 50 %: OFF_TRACK and ON_TRACK under BurningOKR. Viva Goals'
      // roll-up reacts only to AT_RISK and BEHIND parts, so the objective is ON_TRACK; the worst
      // status would be OFF_TRACK.
      ScoringPolicy fromParts = ScoringPolicy.burningOkr()
          .withObjectiveStatus(ObjectiveStatusStrategy.FROM_PARTS);
      assertThat(fromParts.score(set(8, 50), HALF).status(O)).contains(Status.OFF_TRACK);
      assertThat(fromParts.withStatusRollUp(StatusRollUps.vivaGoals()).score(set(8, 50), HALF)
          .status(O)).contains(Status.ON_TRACK);
    }

    @ParameterizedTest(name = "MHOKR, KRs {0} and {1}: objective {2}")
    @CsvSource({
        // mean p at e = 0.5 (50 %): e - p > 15 off track, > 5 at risk, p >= 100 completed
        "20,  70,  ON_TRACK",  // 45 %: 5 points, not above 5
        "20,  68,  AT_RISK",   // 44 %: 6 points
        "0,   70,  AT_RISK",   // 35 %: 15 points, not above 15
        "0,   68,  OFF_TRACK", // 34 %: 16 points
        "100, 100, COMPLETED",
        "100, 99,  ON_TRACK"})
    void mhokrJudgesTheObjectivesOwnProgress(double a, double b, Status objective) {
      assertThat(ScoringPolicy.mhokr().score(set(a, b), HALF).status(O)).contains(objective);
    }

    @Test
    void mhokrsObjectiveIsNotItsWorstKeyResult() {
      Scores scores = ScoringPolicy.mhokr().score(set(20, 70), HALF);
      assertThat(scores.status(KeyResultId.of("kr-0"))).contains(Status.OFF_TRACK);
      assertThat(scores.status(O)).contains(Status.ON_TRACK);
    }

    @Test
    void anUnscoredObjectiveIsNotStartedAfterTheGraceDays() {
      ScoringPolicy policy = ScoringPolicy.burningOkr();
      OkrSet empty = set();
      assertThat(policy.score(empty, CYCLE.start().plusDays(6)).status(O)).isEmpty();
      assertThat(policy.score(empty, CYCLE.start().plusDays(7)).status(O))
          .contains(Status.NOT_STARTED);
      OkrSet lost = OkrSet.builder().addObjectives(set(10).objectives().get(0)).build();
      assertThat(policy.score(lost, HALF).status(O)).isEmpty();
      assertThat(policy.score(lost, HALF).explain(O)).startsWith("o: 0.1 (mean of kr-0 0.1 = 0.1),"
          + " status none (burningokr)");
    }

    @Test
    void explainSaysTheRuleTheExpectedTheDifferenceAndTheThreshold() {
      Scores scores = ScoringPolicy.burningOkr().score(set(8, 50), HALF);
      assertThat(scores.explain(O)).isEqualTo(
          "o: 0.29 (mean of kr-0 0.08, kr-1 0.5 = 0.29), status AT_RISK [BurningOKR: progress 0.29,"
          + " expected 0.5, d = p - e = -0.21 < -0.2: AT_RISK] (burningokr)\n"
          + "  kr-0: 0.08 (linear: (8 - 0) / (100 - 0) = 0.08), status OFF_TRACK [BurningOKR:"
          + " progress 0.08, expected 0.5, d = p - e = -0.42 < -0.4: OFF_TRACK], outdated"
          + " [staleness (OpenOKR's rule): last check-in 2026-01-02, next due 2026-01-09 (WEEKLY, the policy's),"
          + " 42 days overdue > 3 days' grace: outdated]\n"
          + "  kr-1: 0.5 (linear: (50 - 0) / (100 - 0) = 0.5), status ON_TRACK [BurningOKR:"
          + " progress 0.5, expected 0.5, d = p - e = 0 >= -0.2: ON_TRACK], outdated"
          + " [staleness (OpenOKR's rule): last check-in 2026-01-02, next due 2026-01-09 (WEEKLY, the policy's),"
          + " 42 days overdue > 3 days' grace: outdated]\n");
      Scores unscored = ScoringPolicy.mhokr().score(set(), HALF);
      assertThat(unscored.explain(O)).isEqualTo("o: not scored (no part is scored), status"
          + " NOT_STARTED [not scored 7 days or more after the cycle began] (mhokr)\n");
    }
  }

  @Nested
  class Explanations {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "viva     | 0.40 | 0.55 | Viva Goals: progress 0.4, expected 0.55, e - p = 15 points > 0 and <= 25: BEHIND",
        "viva     | 0.20 | 0.55 | Viva Goals: progress 0.2, expected 0.55, e - p = 35 points > 25: AT_RISK",
        "viva     | 0.60 | 0.55 | Viva Goals: progress 0.6, expected 0.55, e - p = -5 points <= 0: ON_TRACK",
        "burning  | 0.10 | 0.55 | BurningOKR: progress 0.1, expected 0.55, d = p - e = -0.45 < -0.4: OFF_TRACK",
        "mhokr    | 0.40 | 0.55 | MHOKR: progress 0.4, expected 0.55, e - p = 15 points, not above 15, above 5: AT_RISK",
        "mhokr    | 0.30 | 0.55 | MHOKR: progress 0.3, expected 0.55, e - p = 25 points > 15: OFF_TRACK",
        "mhokr    | 0.55 | 0.55 | MHOKR: progress 0.55, expected 0.55, e - p = 0 points <= 5: ON_TRACK",
        "mhokr    | 1.00 | 0.55 | MHOKR: progress 1, expected 0.55, p >= 1: COMPLETED",
        "engagedly| 1.00 | 0.55 | Engagedly: progress 1, expected 0.55, p >= 1: COMPLETED",
        "engagedly| 0.50 | 0.55 | Engagedly: progress 0.5, expected 0.55, e - p = 5 points < 16.5: ON_TRACK",
        "engagedly| 0.30 | 0.55 | Engagedly: progress 0.3, expected 0.55, e - p = 25 points from 16.5 to 33: BEHIND",
        "engagedly| 0.10 | 0.55 | Engagedly: progress 0.1, expected 0.55, e - p = 45 points > 33: AT_RISK",
        "upraise  | 0.50 | 0.50 | UpRaise: progress 0.5, expected 0.5, p >= 0.95 e = 0.475: ON_TRACK",
        "upraise  | 0.40 | 0.50 | UpRaise: progress 0.4, expected 0.5, p < 0.95 e, p >= 0.75 e = 0.375: LAGGING",
        "upraise  | 0.30 | 0.50 | UpRaise: progress 0.3, expected 0.5, p < 0.75 e = 0.375: AT_RISK",
        "oboard   | 0.10 | 0    | Oboard: progress 0.1, expected 0, nothing expected yet: ON_TRACK",
        "oboard   | 0.10 | 0.50 | Oboard: progress 0.1, expected 0.5, r = p / e = 0.2 < 0.4: AT_RISK",
        "oboard   | 0.25 | 0.50 | Oboard: progress 0.25, expected 0.5, r = p / e = 0.5 from 0.4, < 0.7: BEHIND",
        "oboard   | 0.40 | 0.50 | Oboard: progress 0.4, expected 0.5, r = p / e = 0.8 >= 0.7: ON_TRACK",
        "absolute | 0.80 | 0.90 | OpenOKR signal: progress 0.8, expected 0.9, p = 0.8 >= 0.75: ON_TRACK",
        "absolute | 0.60 | 0.90 | OpenOKR signal: progress 0.6, expected 0.9, p = 0.6 from 0.5, < 0.75: AT_RISK",
        "absolute | 0.40 | 0.90 | OpenOKR signal: progress 0.4, expected 0.9, p = 0.4 < 0.5: OFF_TRACK",
        "timed    | 0.40 | 0    | OpenOKR signal against time: progress 0.4, expected 0, nothing expected yet: ON_TRACK",
        "timed    | 0.40 | 0.50 | OpenOKR signal against time: progress 0.4, expected 0.5, p / e = 0.8 >= 0.75: ON_TRACK"})
    void eachPublishedRuleNamesItselfAndTheThresholdCrossed(String rule, double p, double e,
        String text) {
      StatusRule statusRule = switch (rule) {
        case "viva" -> StatusRules.vivaGoals();
        case "burning" -> StatusRules.burningOkr();
        case "mhokr" -> StatusRules.mhokr();
        case "engagedly" -> StatusRules.engagedly();
        case "upraise" -> StatusRules.upraise();
        case "oboard" -> StatusRules.oboard();
        case "absolute" -> StatusRules.openOkrAbsolute();
        default -> StatusRules.openOkrAgainstTime();
      };
      assertThat(statusRule.explain(p, e)).isEqualTo(text);
      assertThat(text).endsWith(": " + statusRule.status(p, e));
    }

    @Test
    void aLambdaRuleSaysTheNumbersWithoutAName() {
      StatusRule always = (p, e) -> Status.LAGGING;
      assertThat(always.explain(0.25, 0.5))
          .isEqualTo("progress 0.25, expected 0.5, difference -0.25: LAGGING");
      assertThat(StatusRules.burningOkr()).hasToString("BurningOKR");
    }

    @Test
    void stalenessSaysWhenTheCheckInWasDue() {
      KeyResult kr = set(10).objectives().get(0).keyResults().get(0); // checked in on 2026-01-02
      Staleness weekly = Staleness.openOkr();
      assertThat(weekly.explain(kr, CYCLE, LocalDate.of(2026, 1, 12))).isEqualTo(
          "staleness (OpenOKR's rule): last check-in 2026-01-02, next due 2026-01-09 (WEEKLY, the policy's), 3 days"
              + " overdue <= 3 days' grace: up to date");
      assertThat(weekly.explain(kr, CYCLE, LocalDate.of(2026, 1, 13))).isEqualTo(
          "staleness (OpenOKR's rule): last check-in 2026-01-02, next due 2026-01-09 (WEEKLY, the policy's), 4 days"
              + " overdue > 3 days' grace: outdated");
      assertThat(weekly.explain(kr, CYCLE, LocalDate.of(2026, 1, 1))).isEqualTo(
          "staleness (OpenOKR's rule): no check-in, cycle start 2026-01-01, next due 2026-01-08 (WEEKLY, the policy's),"
              + " -7 days overdue <= 3 days' grace: up to date");
    }
  }

  @Nested
  class StaleCheckIns {
    final LocalDate late = CYCLE.start().plusDays(60);

    @ParameterizedTest
    @CsvSource({"ACTIVE, true", "DRAFT, true", "ACHIEVED, false", "MISSED, false",
        "ABANDONED, false", "CARRIED_OVER, false"})
    void neverMarksAClosedObjectivesKeyResultsOutdated(ObjectiveState state, boolean outdated) {
      Scores scores = ScoringPolicy.openOkr().score(set(CYCLE, state, 10), late);
      assertThat(scores.isOutdated(KeyResultId.of("kr-0"))).isEqualTo(outdated);
    }

    @ParameterizedTest
    @CsvSource({"DRAFT, true", "ACTIVE, true", "CLOSED, false", "ARCHIVED, false"})
    void norThoseOfAClosedCycle(CycleState state, boolean outdated) {
      Cycle cycle = CYCLE.withState(state);
      Scores scores = ScoringPolicy.openOkr().score(set(cycle, ObjectiveState.ACTIVE, 10), late);
      assertThat(scores.isOutdated(KeyResultId.of("kr-0"))).isEqualTo(outdated);
    }
  }

  @Nested
  class QuantiveThresholds {
    @ParameterizedTest(name = "{0} {1} read at {2}: {3}")
    @CsvSource({
        // the measure declares inclusive or strict; Quantive is strict either way
        "true,  false, 50, 0", "true,  false, 51, 1", "true,  false, 49, 0",
        "true,  true,  50, 0", "true,  true,  51, 1",
        "false, false, 50, 0", "false, false, 49, 1", "false, false, 51, 0",
        "false, true,  50, 0", "false, true,  49, 1"})
    void strictWhateverTheMeasureDeclares(boolean above, boolean strict, double value,
        double score) {
      ThresholdMeasure measure = ThresholdMeasure.of(50,
          above ? org.okr4j.core.Direction.INCREASE : org.okr4j.core.Direction.DECREASE, strict);
      KeyResult kr = KeyResult.of("kr", "Stay", measure)
          .withCheckIn(CheckIn.of(CYCLE.start(), value));
      Objective o = Objective.builder().id(O).title("O").level(LevelScheme.standard().top())
          .cycle(CycleId.of("c")).addKeyResults(kr).build();
      OkrSet set = OkrSet.builder().addCycles(CYCLE).addObjectives(o).build();
      assertThat(ScoringPolicy.quantive().score(set, HALF).progress(KeyResultId.of("kr")).value())
          .isEqualTo(score);
      assertThat(Scorers.thresholdStrict().score(kr, HALF).explanation())
          .contains(score == 1 ? " beyond 50" : " not beyond 50");
      assertThat(Scorers.thresholdStrict().score(KeyResult.of("x", "X", LinearMeasure.of(0, 1)),
          HALF).isScored()).isFalse();
    }
  }
}
