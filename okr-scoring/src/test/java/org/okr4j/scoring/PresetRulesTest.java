package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.BaselineMeasure;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Commitment;
import org.okr4j.core.Cycle;
import org.okr4j.core.Direction;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.ObjectiveState;
import org.okr4j.core.OrdinalMeasure;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.ReportedStatus;
import org.okr4j.core.ZonesMeasure;
import org.okr4j.scoring.Portfolio.Bucket;
import org.okr4j.scoring.Portfolio.DraftVerdict;

/** Table tests of the published rules of OpenOKR, Oslo, Puzzle OKR and BurningOKR's series. */
class PresetRulesTest {

  static final LocalDate DAY = LocalDate.of(2026, 8, 3);
  static final Cycle Q3 = Cycle.parse("2026-Q3");

  static KeyResult linear(double start, double target, double... values) {
    KeyResult kr = KeyResult.of("kr", "KR", LinearMeasure.of(start, target));
    for (int i = 0; i < values.length; i++) {
      kr = kr.withCheckIn(CheckIn.of(DAY.minusDays(values.length - i), values[i]));
    }
    return kr;
  }

  static Objective objective(ObjectiveState state, KeyResult... keyResults) {
    return Objective.builder().id(ObjectiveId.of("o")).title("O")
        .level(LevelScheme.standard().top()).cycle(Q3.id()).state(state)
        .addKeyResults(keyResults).build();
  }

  @Nested
  class OpenOkr {
    @ParameterizedTest
    @CsvSource({"0.99", "2.01", "0", "NaN"})
    void rejectsACeilingOutside100To200Percent(double ceiling) {
      assertThatIllegalArgumentException().isThrownBy(() -> ScoringPolicy.openOkr(ceiling))
          .withMessage("OpenOKR progress ceiling must lie within [1.0, 2.0], but was " + ceiling);
    }

    @ParameterizedTest
    @CsvSource({"1.0, 150, 1.0", "1.5, 150, 1.5", "2.0, 150, 1.5", "2.0, 250, 2.0",
        "1.5, -10, 0.0"})
    void capsAtTheCeiling(double ceiling, double value, double progress) {
      assertThat(ScoringPolicy.openOkr(ceiling).scorer().score(linear(0, 100, value), DAY)
          .value()).isEqualTo(progress);
    }

    @Test
    void baselinesScore0UntilDoneAnd1After() {
      KeyResult baseline = KeyResult.of("kr", "Measure churn", BaselineMeasure.of(Direction.DECREASE));
      Scorer openOkr = ScoringPolicy.openOkr().scorer();
      assertThat(openOkr.score(baseline, DAY).value()).isEqualTo(0.0);
      KeyResult measured = baseline.withCheckIn(CheckIn.of(DAY.minusDays(3), 4.2));
      assertThat(openOkr.score(measured, DAY).value()).isEqualTo(0.0);
      KeyResult done = measured.withCheckIn(CheckIn.done(DAY));
      assertThat(openOkr.score(done, DAY.minusDays(1)).value()).isEqualTo(0.0);
      assertThat(openOkr.score(done, DAY).value()).isEqualTo(1.0);
      assertThat(openOkr.score(done, DAY).explanation())
          .isEqualTo("baseline measured (done), scored 1");
      assertThat(Scorers.standard().score(done, DAY).isScored()).isFalse();
      assertThat(Scorers.baselineDone().score(linear(0, 1, 1), DAY).isScored()).isFalse();
    }

    @Test
    void aGoalWithoutKeyResultsOrWeightShows0() {
      Objective empty = objective(ObjectiveState.ACTIVE);
      Objective weightless = objective(ObjectiveState.ACTIVE, linear(0, 100, 50).withWeight(0));
      for (Objective o : List.of(empty, weightless)) {
        Progress p = ScoringPolicy.openOkr()
            .score(org.okr4j.core.OkrSet.builder().addCycles(Q3).addObjectives(o).build(), DAY)
            .progress(o.id());
        assertThat(p.value()).isEqualTo(0.0);
        assertThat(ScoringPolicy.defaults()
            .score(org.okr4j.core.OkrSet.builder().addCycles(Q3).addObjectives(o).build(), DAY)
            .progress(o.id()).orElse(-1)).isEqualTo(o.keyResults().isEmpty() ? -1 : 0.0);
      }
      assertThat(RollUps.mean().emptyAsZero().combine(List.of()).explanation())
          .isEqualTo("no part is scored, counted as 0");
      Progress half = Progress.of(0.5, "x");
      assertThat(RollUps.mean().emptyAsZero().combine(List.of(Part.of("a", half))).value())
          .isEqualTo(0.5);
    }

    @ParameterizedTest
    @CsvSource({
        // weights and scores (NaN = unscored); expected score, NaN = no score
        "1, 0.5, 1, 1.0,   0.75",
        "3, 0.4, 1, NaN,   0.4",
        "0, 0.4, 0, 1.0,   NaN",
        "1, NaN, 1, NaN,   NaN",
        "2, 1.0, 0, 0.0,   1.0"})
    void scoreAtCloseIsTheWeightedMeanOfScoredKeyResults(double wa, double a, double wb, double b,
        double expected) {
      Progress p = RollUps.scoredWeightedMean().combine(List.of(part("a", a, wa),
          part("b", b, wb)));
      assertThat(p.orElse(Double.NaN)).isCloseTo(expected, within(1e-12));
      if (Double.isNaN(expected)) {
        assertThat(p.explanation()).isEqualTo("no score: no scored part carries weight");
      }
      assertThat(RollUps.scoredWeightedMean().combine(List.of()).isScored()).isFalse();
    }

    /**
     * "KR score = min(p, 1) rounded to 2 decimals; milestone 1 or 0; maintain = share of the
     * cycle spent inside the band; objective score = weighted mean of scored KRs (unscored
     * excluded; none → no score); bands ≥ 1.0 fully achieved, ≥ 0.6 strong, ≥ 0.3 partial, else
     * little". Key results: Lv = linear 0 -> 100 read v (w0: weighing 0), U = linear unread,
     * M = milestone never checked in, R = maintain [40, 60] read 50 on day 0, 80 on day 10 and 50
     * on the last day of 2026-Q3 (inside 11 of 92 days).
     */
    @ParameterizedTest(name = "openOkr({0}) {1} {2}: {3} {4}")
    @CsvSource({
        "1.5, L150, L50,  0.75,  strong",          // KR scores 1 and 0.5, not min(mean 1, 1)
        "1.0, R,    '',   0.12,  little",          // 11 / 92 = 0.1196, not the last reading's 1
        "1.0, L59,  L60,  0.595, partial",         // KR scores rounded; their mean is not
        "1.0, M,    L100, 0.5,   partial",
        "1.0, U,    L70,  0.7,   strong",          // unscored excluded
        "1.0, L20w0, U,   NaN,   ''",              // no weight among the scored: no score
        "2.0, L250, L100, 1.0,   fully achieved"})
    void gradeAtCloseFromKeyResultScores(double ceiling, String a, String b, double score,
        String band) {
      Cycle q3 = Cycle.parse("2026-Q3");
      List<KeyResult> keyResults = new java.util.ArrayList<>();
      for (String spec : List.of(a, b)) {
        String id = "kr-" + keyResults.size();
        if (spec.startsWith("L")) {
          String[] read = spec.substring(1).split("w");
          KeyResult kr = KeyResult.of(id, id, LinearMeasure.of(0, 100))
              .withCheckIn(CheckIn.of(q3.start().plusDays(5), Double.parseDouble(read[0])));
          keyResults.add(read.length > 1 ? kr.withWeight(Double.parseDouble(read[1])) : kr);
        } else if (spec.equals("U")) {
          keyResults.add(KeyResult.of(id, id, LinearMeasure.of(0, 100)));
        } else if (spec.equals("M")) {
          keyResults.add(KeyResult.of(id, id, MilestoneMeasure.of()));
        } else if (spec.equals("R")) {
          keyResults.add(KeyResult.of(id, id, RangeMeasure.of(40, 60))
              .withCheckIn(CheckIn.of(q3.start(), 50))
              .withCheckIn(CheckIn.of(q3.start().plusDays(10), 80))
              .withCheckIn(CheckIn.of(q3.end(), 50)));
        }
      }
      Objective o = objective(ObjectiveState.ACTIVE, keyResults.toArray(KeyResult[]::new));
      java.util.Optional<Grade> grade = ScoringPolicy.openOkr(ceiling).score(org.okr4j.core.OkrSet
          .builder().addCycles(q3).addObjectives(o).build(), q3.end().plusDays(1)).grade(o.id());
      if (Double.isNaN(score)) {
        assertThat(grade).isEmpty();
      } else {
        assertThat(grade.orElseThrow().score()).isCloseTo(score, within(1e-12));
        assertThat(grade.orElseThrow().band()).isEqualTo(band);
      }
    }

    @Test
    void gradeAtCloseExplainsTheKeyResultScores() {
      Objective o = objective(ObjectiveState.ACTIVE,
          KeyResult.of("kr-a", "A", LinearMeasure.of(0, 100)).withCheckIn(CheckIn.of(DAY, 59)),
          KeyResult.of("kr-b", "B", LinearMeasure.of(0, 100)).withCheckIn(CheckIn.of(DAY, 60)));
      Grade grade = ScoringPolicy.openOkr().score(org.okr4j.core.OkrSet.builder().addCycles(Q3)
          .addObjectives(o).build(), Q3.end().plusDays(1)).grade(o.id()).orElseThrow();
      assertThat(grade.explanation()).isEqualTo("score at close: weighted mean of kr-a 0.59 x1,"
          + " kr-b 0.6 x1 = 0.595; OpenOKR: 0.595 is partial");
      // A maintain key result's progress set by hand stands for its share of the cycle.
      Objective maintainJudged = objective(ObjectiveState.ACTIVE,
          KeyResult.of("kr-a", "A", RangeMeasure.of(40, 60)).withCheckIn(CheckIn.of(Q3.start(), 80))
              .withJudgement(org.okr4j.core.Judgement.ofProgress(0.7,
                  org.okr4j.core.PersonId.of("ana"), Q3.start(), "held most days")));
      assertThat(ScoringPolicy.openOkr().score(org.okr4j.core.OkrSet.builder().addCycles(Q3)
          .addObjectives(maintainJudged).build(), Q3.end().plusDays(1))
          .grade(maintainJudged.id()).orElseThrow().score()).isEqualTo(0.7);
      // A status set by hand sets no progress: the share stands (70 all cycle, outside: 0), not
      // the graded range's 1 - 10 / 20.
      Objective maintainFlagged = objective(ObjectiveState.ACTIVE,
          KeyResult.of("kr-a", "A", RangeMeasure.of(40, 60)).withCheckIn(CheckIn.of(Q3.start(), 70))
              .withJudgement(org.okr4j.core.Judgement.ofStatus(
                  org.okr4j.core.ReportedStatus.AT_RISK, org.okr4j.core.PersonId.of("ana"),
                  Q3.start(), "supplier late")));
      assertThat(ScoringPolicy.openOkr().score(org.okr4j.core.OkrSet.builder().addCycles(Q3)
          .addObjectives(maintainFlagged).build(), Q3.end().plusDays(1))
          .grade(maintainFlagged.id()).orElseThrow().score()).isZero();
      // "OpenOKR clamps weights to [0, 100]": 200 counts as 100, so 1.0 x100 and 0 x100.
      Objective heavy = objective(ObjectiveState.ACTIVE,
          KeyResult.of("kr-a", "A", LinearMeasure.of(0, 100)).withCheckIn(CheckIn.of(DAY, 100))
              .withWeight(200),
          KeyResult.of("kr-b", "B", LinearMeasure.of(0, 100)).withCheckIn(CheckIn.of(DAY, 0))
              .withWeight(100));
      assertThat(ScoringPolicy.openOkr().score(org.okr4j.core.OkrSet.builder().addCycles(Q3)
          .addObjectives(heavy).build(), Q3.end().plusDays(1)).grade(heavy.id()).orElseThrow()
          .score()).isEqualTo(0.5);
      assertThat(RollUps.scoredWeightedMean(100).combine(List.of(part("a", 1, 200),
          part("b", 0, 100))).value()).isEqualTo(0.5);
      assertThat(RollUps.scoredWeightedMean(100).combine(List.of(part("a", 1, 0),
          part("b", Double.NaN, 100))).isScored()).isFalse();
      assertThatIllegalArgumentException().isThrownBy(() -> RollUps.scoredWeightedMean(0));
      assertThat(ScoringPolicy.openOkr().gradedScore())
          .isEqualTo(GradedScoreStrategy.OPENOKR_SCORE_AT_CLOSE);
      assertThat(ScoringPolicy.defaults().gradedScore())
          .isEqualTo(GradedScoreStrategy.CLOSING_SCORE);
    }

    static Part part(String label, double progress, double weight) {
      return Part.of(label, Double.isNaN(progress) ? Progress.notScored("none")
          : Progress.of(progress, "given"), weight);
    }

    @ParameterizedTest
    @CsvSource({
        "1.0,  COMMITTED,    ''",
        "0.99, COMMITTED,    EXPLAIN_MISS NEEDS_ROOT_CAUSE",
        "0.7,  COMMITTED,    EXPLAIN_MISS NEEDS_ROOT_CAUSE",
        "0.69, COMMITTED,    EXPLAIN_MISS NEEDS_ROOT_CAUSE BELOW_COMMITTED_FLOOR",
        "0.6,  ASPIRATIONAL, ''",
        "0.59, ASPIRATIONAL, NEEDS_ROOT_CAUSE",
        "0.3,  ASPIRATIONAL, NEEDS_ROOT_CAUSE",
        "0.29, ASPIRATIONAL, ROOT_CAUSE_REQUIRED NEEDS_ROOT_CAUSE",
        "1.0,  ASPIRATIONAL, ''"})
    void scoreNotes(double score, Commitment commitment, String notes) {
      Set<ScoreNote> expected = notes.isBlank() ? Set.of()
          : java.util.Arrays.stream(notes.split(" ")).map(ScoreNote::valueOf)
              .collect(java.util.stream.Collectors.toSet());
      assertThat(ScoreNote.openOkr(score, commitment)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @CsvSource({"0.95, NEAR_CERTAIN", "0.91, NEAR_CERTAIN", "0.9, COMFORTABLE",
        "0.71, COMFORTABLE", "0.7, SWEET_SPOT", "0.3, SWEET_SPOT", "0.29, MOONSHOT"})
    void draftVerdict(double confidence, DraftVerdict verdict) {
      assertThat(Portfolio.openOkrDraftVerdict(List.of(confidence))).contains(verdict);
    }

    @Test
    void draftVerdictOfTheMeanAndOfNone() {
      assertThat(Portfolio.openOkrDraftVerdict(List.of(1.0, 0.8))).contains(DraftVerdict.COMFORTABLE);
      assertThat(Portfolio.openOkrDraftVerdict(List.of(1.0, 0.9))).contains(DraftVerdict.NEAR_CERTAIN);
      assertThat(Portfolio.openOkrDraftVerdict(List.of())).isEmpty();
    }

    @Test
    void forecastsRoundTo2DecimalsHalfAwayFromZero() {
      // 0, 1, 2 on days 0, 1, 2 of a cycle three days long: slope 1, projected 2 at the end
      Cycle three = Cycle.of("t", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3));
      KeyResult kr = KeyResult.of("kr", "KR", LinearMeasure.of(0, 2.005))
          .withCheckIn(CheckIn.of(three.start(), 0.0025))
          .withCheckIn(CheckIn.of(three.start().plusDays(2), 2.0075));
      Forecast raw = Forecast.of(kr, three, three.end()).orElseThrow();
      assertThat(raw.projected()).isCloseTo(2.0075, within(1e-12));
      assertThat(raw.offTrack()).isFalse();
      Forecast rounded = Forecast.openOkr(kr, three, three.end()).orElseThrow();
      assertThat(rounded.projected()).isEqualTo(2.01);
      assertThat(rounded.slopePerDay()).isEqualTo(1.0);
      assertThat(rounded.offTrack()).isFalse();
      KeyResult down = KeyResult.of("kr", "KR", LinearMeasure.of(0, -3))
          .withCheckIn(CheckIn.of(three.start(), -0.005))
          .withCheckIn(CheckIn.of(three.start().plusDays(2), -0.015));
      Forecast negative = Forecast.openOkr(down, three, three.end()).orElseThrow();
      assertThat(negative.projected()).isEqualTo(-0.02);
      assertThat(negative.offTrack()).isTrue();
      assertThat(negative.explanation()).endsWith("rounded to 2 decimals: -0.02, missing");
      assertThat(Forecast.openOkr(linear(0, 1), three, three.end())).isEmpty();
    }

    @ParameterizedTest(name = "{0}, reported {1}, asked on day {2}: {3}")
    @CsvSource({
        "ACHIEVED,     ,          90, ACHIEVED",
        "MISSED,       OFF_TRACK, 90, MISSED",
        "ABANDONED,    ,          10, ABANDONED",
        "ACTIVE,       ,          90, OUTDATED",
        "ACTIVE,       ON_TRACK,  10, ON_TRACK",
        "ACTIVE,       AT_RISK,   10, CAUTION",
        "ACTIVE,       OFF_TRACK, 10, OFF_TRACK",
        "ACTIVE,       ,          10, PENDING",
        "CARRIED_OVER, ON_TRACK,  10, ON_TRACK",
        "ACTIVE,       ON_TRACK,  11, ON_TRACK",
        "ACTIVE,       ON_TRACK,  12, OUTDATED"})
    void health(ObjectiveState state, ReportedStatus reported, int day, Health health) {
      CheckIn.Builder checkIn = CheckIn.builder().date(Q3.start().plusDays(1)).value(5);
      if (reported != null) {
        checkIn.reportedStatus(reported);
      }
      KeyResult kr = KeyResult.of("kr", "KR", LinearMeasure.of(0, 10)).withCheckIn(checkIn.build());
      Objective o = objective(state, kr);
      // weekly with 3 days' grace: checked in on day 1, due day 8, outdated from day 12
      assertThat(Health.openOkr(o, Q3, Staleness.openOkr(), Q3.start().plusDays(day)))
          .isEqualTo(health);
    }

    @Test
    void healthReadsTheLatestCheckInOfAnyKeyResult() {
      KeyResult a = KeyResult.of("a", "A", LinearMeasure.of(0, 10)).withCheckIn(CheckIn.builder()
          .date(Q3.start().plusDays(3)).value(5).reportedStatus(ReportedStatus.OFF_TRACK).build());
      KeyResult b = KeyResult.of("b", "B", LinearMeasure.of(0, 10)).withCheckIn(CheckIn.builder()
          .date(Q3.start().plusDays(2)).value(5).reportedStatus(ReportedStatus.ON_TRACK).build())
          .withCheckIn(CheckIn.builder().date(Q3.start().plusDays(20)).value(6)
              .reportedStatus(ReportedStatus.AT_RISK).build());
      Objective o = objective(ObjectiveState.ACTIVE, a, b);
      assertThat(Health.openOkr(o, Q3, Staleness.openOkr(), Q3.start().plusDays(5)))
          .isEqualTo(Health.OFF_TRACK);
      assertThat(Health.openOkr(o, Q3, Staleness.openOkr(), Q3.start().plusDays(21)))
          .isEqualTo(Health.CAUTION);
      assertThat(Health.openOkr(objective(ObjectiveState.ACTIVE), Q3, Staleness.openOkr(),
          Q3.start().plusDays(10))).isEqualTo(Health.PENDING);
      assertThat(Health.openOkr(objective(ObjectiveState.DRAFT), Q3, Staleness.openOkr(),
          Q3.start().plusDays(11))).isEqualTo(Health.OUTDATED);
    }
  }

  @Nested
  class Oslo {
    @ParameterizedTest(name = "{0} -> {1}, read {2}: {3} %")
    @CsvSource({
        "0,   100, 50,    50,  100, 50, 50",
        "0,   100, 150,   150, 100, 150, -50",
        "0,   100, -10,   -10, 100, -10, 110",
        "0,   200, 1,     1,   200, 1, 199",   // 0.5 %: ties up
        "0,   200, -1,    0,   200, -1, 201",  // -0.5 %: ties towards +infinity
        "0,   200, -3,    -1,  200, -3, 203",  // -1.5 % -> -1
        "100, 60,  70,    75,  40, 30, 10",    // a decrease
        "100, 60,  110,   -25, 40, -10, 50",
        "5,   5,   7,     0,   0, 2, -2"})  // start = target: 0 %, okr4j's choice
    void percentUnclampedWithJavaScriptRoundingAndTheBreakdown(double start, double target,
        double value, long percent, double total, double completed, double remaining) {
      KeyResult kr = KeyResult.of("kr", "KR", LinearMeasure.of(start, target,
          target < start ? Direction.DECREASE : Direction.INCREASE))
          .withCheckIn(CheckIn.of(DAY, value));
      KeyResultDetails details = KeyResultDetails.oslo(kr, DAY).orElseThrow();
      assertThat(details.percent()).isEqualTo(percent);
      assertThat(details.total()).isEqualTo(total);
      assertThat(details.completed()).isEqualTo(completed);
      assertThat(details.remaining()).isEqualTo(remaining);
    }

    @Test
    void withoutAReadingTheStartValue() {
      KeyResultDetails details = KeyResultDetails.oslo(linear(20, 30), DAY).orElseThrow();
      assertThat(details.percent()).isZero();
      assertThat(details.remaining()).isEqualTo(10);
      assertThat(details.explanation()).isEqualTo("Oslo: round((20 - 20) / (30 - 20) x 100) = 0 %");
      assertThat(KeyResultDetails.oslo(KeyResult.of("m", "M", MilestoneMeasure.of()), DAY))
          .isEmpty();
      assertThat(KeyResultDetails.javaScriptRound(2.5)).isEqualTo(3);
      assertThat(KeyResultDetails.javaScriptRound(-2.5)).isEqualTo(-2);
      assertThat(KeyResultDetails.javaScriptRound(0.49999999999999994)).isZero();
    }

    @Test
    void aKeyResultWithoutAReadingReadsItsStart() {
      Scorer oslo = Scorers.linear().capped(0, 1).unreadAsStart();
      Progress unread = oslo.score(linear(20, 30), DAY);
      assertThat(unread.value()).isEqualTo(0.0);
      assertThat(unread.explanation()).isEqualTo("no reading, read at its start 20: linear:"
          + " (20 - 20) / (30 - 20) = 0");
      assertThat(oslo.score(linear(20, 30, 25), DAY).value()).isEqualTo(0.5);
      assertThat(Scorers.standard().unreadAsStart()
          .score(KeyResult.of("z", "Z", ZonesMeasure.puzzle(10, 20)), DAY).value()).isZero();
      // a checkpoints measure has a start too: read there, it scores its first point's 0
      KeyResult points = KeyResult.of("c", "C", org.okr4j.core.CheckpointsMeasure.of(10, 100,
          List.of(org.okr4j.core.Checkpoint.of(50, 0.5))));
      assertThat(Scorers.checkpoints().unreadAsStart().score(points, DAY).explanation())
          .isEqualTo("no reading, read at its start 10: checkpoints: 10 at or before the first"
              + " point 10->0, scored 0");
      KeyResult milestone = KeyResult.of("m", "M", MilestoneMeasure.of());
      // a milestone has no start to read: its own rule scores it, not done, 0
      assertThat(Scorers.standard().unreadAsStart().score(milestone, DAY).explanation())
          .isEqualTo("milestone: not done (no check-in by 2026-08-03), scored 0");
    }
  }

  @Nested
  class ShamanR {
    @ParameterizedTest(name = "{0} = target ({1}) read {2}: {3}")
    @CsvSource({
        "50, INCREASE, 50,    1",
        "50, INCREASE, 51,    1",
        "50, INCREASE, 49.99, 0",
        // "1 if v >= t else 0": the direction does not enter the rule
        "50, DECREASE, 50,    1",
        "50, DECREASE, 49,    0",
        "50, DECREASE, 50.01, 1",
        "0,  INCREASE, -1,    0"})
    void equalStartAndTargetScores1AtOrAboveTheTargetElse0(double value, Direction direction,
        double read, double expected) {
      KeyResult kr = KeyResult.of("kr", "Hold", LinearMeasure.of(value, value, direction))
          .withCheckIn(CheckIn.of(DAY, read));
      assertThat(ScoringPolicy.shamanr().scorer().score(kr, DAY).value()).isEqualTo(expected);
      // OpenOKR and MHOKR score it 0 whatever the value
      assertThat(ScoringPolicy.openOkr().scorer().score(kr, DAY).value()).isZero();
      assertThat(ScoringPolicy.mhokr().scorer().score(kr, DAY).value()).isZero();
    }

    @Test
    void aMilestoneWithoutACheckInScores0() {
      KeyResult milestone = KeyResult.of("m", "Ship", MilestoneMeasure.of());
      Progress unread = ScoringPolicy.shamanr().scorer().score(milestone, DAY);
      assertThat(unread.value()).isZero();
      assertThat(unread.explanation())
          .isEqualTo("milestone: not done (no check-in by 2026-08-03), scored 0");
      // "done → 1, else 0" under every preset, not only ShamanR's
      assertThat(ScoringPolicy.defaults().scorer().score(milestone, DAY).value()).isZero();
      KeyResult done = milestone.withCheckIn(CheckIn.done(DAY));
      assertThat(ScoringPolicy.shamanr().scorer().score(done, DAY).value()).isEqualTo(1.0);
      assertThat(ScoringPolicy.shamanr().scorer().score(done, DAY.minusDays(1)).value()).isZero();
      // a linear key result without a reading is still not scored
      assertThat(ScoringPolicy.shamanr().scorer().score(linear(0, 10), DAY).isScored()).isFalse();
      assertThat(Scorers.linear().unreadAsZero().score(linear(0, 10, 5), DAY).value())
          .isEqualTo(0.5);
    }

    @Test
    void aKeyResultImportedWithoutItsMeasureScores0() {
      java.util.function.Function<String[], Map<String, String>> row = cells -> {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        org.okr4j.core.io.TabularFormat.okr4j().headers().forEach(h -> map.put(h, ""));
        for (String cell : cells) {
          map.put(cell.substring(0, cell.indexOf('=')), cell.substring(cell.indexOf('=') + 1));
        }
        return map;
      };
      List<Map<String, String>> rows = List.of(
          row.apply(new String[] {"type=objective", "id=o", "title=Delight customers",
              "level=company", "cycle=2026-Q3", "state=active"}),
          row.apply(new String[] {"type=key-result", "id=kr", "title=Customers delighted",
              "parent=o", "weight=1"}));
      org.okr4j.core.io.ImportResult imported =
          org.okr4j.core.io.TabularImport.of(org.okr4j.core.io.TabularFormat.okr4j()).read(rows);
      assertThat(imported.problems()).isEmpty();
      org.okr4j.core.OkrSet set = imported.okrSet();
      Scores scores = ScoringPolicy.shamanr().score(set, DAY);
      assertThat(scores.progress(org.okr4j.core.KeyResultId.of("kr")).value()).isZero();
      assertThat(scores.progress(ObjectiveId.of("o")).value()).isZero();
    }

    @Test
    void wholePercentsTiesAwayFromZeroAndEmptyGoalsAndPeriods0() {
      Scores scores = ScoringPolicy.shamanr().score(org.okr4j.core.OkrSet.builder().addCycles(Q3)
          .addObjectives(objective(ObjectiveState.ACTIVE, linear(0, 8, 1))).build(), DAY);
      assertThat(scores.progress(ObjectiveId.of("o")).value()).isEqualTo(0.13);
      // a period rolled up from its goals, as a host would: none gives 0
      assertThat(ScoringPolicy.shamanr().rollUp().combine(List.of()).value()).isZero();
      assertThat(ScoringPolicy.defaults().rollUp().combine(List.of()).isScored()).isFalse();
    }
  }

  /** Perdoo: "linear, floor 0: negative progress counts as 0 when averaged". */
  @Nested
  class Perdoo {
    @ParameterizedTest(name = "0 -> 100 read {0} and {1}: key results {2}, {3}; objective {4}")
    @CsvSource({
        "-20, 60,  -0.2, 0.6,  0.3",    // the key result keeps -0.2; the mean counts it as 0
        "150, -20, 1.5,  -0.2, 0.75",   // no upper cap
        "-50, -10, -0.5, -0.1, 0.0",
        "30,  60,  0.3,  0.6,  0.45"})
    void negativeProgressCountsAs0OnlyWhenAveraged(double a, double b, double progressA,
        double progressB, double objective) {
      KeyResult first = KeyResult.of("kr-a", "A", LinearMeasure.of(0, 100))
          .withCheckIn(CheckIn.of(DAY, a));
      KeyResult second = KeyResult.of("kr-b", "B", LinearMeasure.of(0, 100))
          .withCheckIn(CheckIn.of(DAY, b));
      Scores scores = ScoringPolicy.perdoo().score(org.okr4j.core.OkrSet.builder().addCycles(Q3)
          .addObjectives(objective(ObjectiveState.ACTIVE, first, second)).build(), DAY);
      assertThat(scores.progress(org.okr4j.core.KeyResultId.of("kr-a")).value())
          .isCloseTo(progressA, within(1e-12));
      assertThat(scores.progress(org.okr4j.core.KeyResultId.of("kr-b")).value())
          .isCloseTo(progressB, within(1e-12));
      assertThat(scores.progress(ObjectiveId.of("o")).value()).isCloseTo(objective, within(1e-12));
    }

    @Test
    void theObjectiveSaysWhichProgressCountedAs0() {
      KeyResult behind = KeyResult.of("kr-a", "A", LinearMeasure.of(0, 100))
          .withCheckIn(CheckIn.of(DAY, -20));
      KeyResult ahead = KeyResult.of("kr-b", "B", LinearMeasure.of(0, 100))
          .withCheckIn(CheckIn.of(DAY, 60));
      Scores scores = ScoringPolicy.perdoo().score(org.okr4j.core.OkrSet.builder().addCycles(Q3)
          .addObjectives(objective(ObjectiveState.ACTIVE, behind, ahead)).build(), DAY);
      assertThat(scores.progress(ObjectiveId.of("o")).explanation())
          .isEqualTo("mean of kr-a -0.2 counted as 0, kr-b 0.6 = 0.3");
      assertThat(ScoringPolicy.perdoo().rollUp()).isInstanceOf(RollUps.Numeric.class)
          .isEqualTo(RollUps.mean().negativeAsZero());
      // composed with any roll-up; weighted means floor as the mean does
      List<Part> parts = List.of(Part.of("a", Progress.of(-0.2, "given")),
          Part.of("b", Progress.of(0.6, "given"), 3));
      assertThat(RollUps.lowest().negativeAsZero().combine(parts).value()).isZero();
      assertThat(RollUps.lowest().negativeAsZero().combine(parts).explanation())
          .isEqualTo("lowest part a = 0");
      assertThat(RollUps.weightedMean().negativeAsZero().combine(parts).value())
          .isCloseTo(0.45, within(1e-12));
      assertThat(RollUps.weightedMean().combine(parts).value()).isCloseTo(0.4, within(1e-12));
    }
  }

  @Nested
  class OsloPreset {
    @ParameterizedTest(name = "{0} -> {1} read {2}: {3}")
    @CsvSource({
        "0,  200, 1,   0.01",   // 0.5 %: ties up
        "0,  200, 3,   0.02",   // 1.5 % -> 2 %
        "0,  100, 150, 1.0",    // clamped stored value
        "0,  100, -10, 0.0",
        "20, 30,  NaN, 0.0"})   // no reading: its start
    void storedProgressClampedAndRoundedAsJavaScript(double start, double target, double read,
        double expected) {
      KeyResult kr = Double.isNaN(read) ? linear(start, target) : linear(start, target, read);
      assertThat(ScoringPolicy.oslo().score(org.okr4j.core.OkrSet.builder().addCycles(Q3)
              .addObjectives(objective(ObjectiveState.ACTIVE, kr)).build(), DAY)
          .progress(org.okr4j.core.KeyResultId.of("kr")).value()).isEqualTo(expected);
    }
  }

  @Nested
  class PuzzleOkr {
    static KeyResult zones(double value) {
      return KeyResult.of("m", "M", ZonesMeasure.puzzle(0, 10)).withCheckIn(CheckIn.of(DAY, value));
    }

    static KeyResult ordinal(String zone) {
      return KeyResult.of("z", "Z", OrdinalMeasure.puzzle()).withCheckIn(CheckIn.zone(DAY, zone));
    }

    @ParameterizedTest
    @CsvSource({"-1, FAIL", "0, FAIL", "2.99, FAIL", "3, COMMIT", "6.99, COMMIT", "7, TARGET",
        "9.99, TARGET", "10, STRETCH", "15, STRETCH"})
    void metricBucketsFromTheRatio(double value, Bucket bucket) {
      assertThat(Bucket.ofKeyResult(zones(value), DAY)).contains(bucket);
    }

    @Test
    void metricBucketsAndFillMeasureFromTheStart() {
      // (v - s) / (stretch - s) with s = 100, stretch 200: 130 is 30 %, 150 is 50 %
      KeyResult kr = KeyResult.of("m", "M", ZonesMeasure.puzzle(100, 200));
      assertThat(Bucket.ofKeyResult(kr.withCheckIn(CheckIn.of(DAY, 130)), DAY))
          .contains(Bucket.COMMIT);
      assertThat(ZoneFill.puzzleOkr(kr.withCheckIn(CheckIn.of(DAY, 150)), DAY))
          .isEqualTo(new ZoneFill(100, 50, 0, false));
    }

    @Test
    void ordinalBucketsFromTheZoneName() {
      assertThat(Bucket.ofKeyResult(ordinal("TARGET"), DAY)).contains(Bucket.TARGET);
      KeyResult other = KeyResult.of("o", "O", OrdinalMeasure.of("low", "Commit", "high"))
          .withCheckIn(CheckIn.zone(DAY, "Commit"));
      assertThat(Bucket.ofKeyResult(other, DAY)).contains(Bucket.COMMIT);
      assertThat(Bucket.ofKeyResult(other.withCheckIn(CheckIn.zone(DAY.plusDays(1), "high")),
          DAY.plusDays(1))).isEmpty();
      assertThat(Bucket.ofKeyResult(ordinal("FAIL"), DAY.minusDays(1))).isEmpty();
      assertThat(Bucket.ofKeyResult(linear(0, 1, 1), DAY)).isEmpty();
    }

    @Test
    void evaluation() {
      Objective achieved = Objective.builder().id(ObjectiveId.of("a")).title("A")
          .level(LevelScheme.standard().top()).cycle(Q3.id()).state(ObjectiveState.ACHIEVED)
          .addKeyResults(zones(10), ordinal("TARGET").withTitle("Z")).build();
      Objective missed = Objective.builder().id(ObjectiveId.of("b")).title("B")
          .level(LevelScheme.standard().top()).cycle(Q3.id()).state(ObjectiveState.MISSED)
          .addKeyResults(zones(3), linear(0, 1, 1)).build();
      Objective open = Objective.builder().id(ObjectiveId.of("c")).title("C")
          .level(LevelScheme.standard().top()).cycle(Q3.id())
          .addKeyResults(KeyResult.of("m", "M", ZonesMeasure.puzzle(0, 10)), ordinal("FAIL"))
          .build();
      Objective abandoned = objective(ObjectiveState.ABANDONED);
      Evaluation evaluation = Evaluation.puzzleOkr(List.of(achieved, missed, open, abandoned), DAY);
      assertThat(evaluation).isEqualTo(new Evaluation(4, 3, 1, 6, 2, 3, 2, Map.of(Bucket.FAIL, 1,
          Bucket.COMMIT, 1, Bucket.TARGET, 1, Bucket.STRETCH, 1)));
      assertThat(Evaluation.puzzleOkr(List.of(), DAY).buckets()).containsEntry(Bucket.FAIL, 0)
          .hasSize(4);
      // two metric key results and no ordinal one: the counts are not each other's complement
      Objective metrics = Objective.builder().id(ObjectiveId.of("d")).title("D")
          .level(LevelScheme.standard().top()).cycle(Q3.id())
          .addKeyResults(zones(5), KeyResult.of("m2", "M2", ZonesMeasure.puzzle(0, 10))).build();
      Evaluation metric = Evaluation.puzzleOkr(List.of(metrics), DAY);
      assertThat(metric.metricKeyResults()).isEqualTo(2);
      assertThat(metric.ordinalKeyResults()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "-1,  0,   0,   0,   false",
        "0,   0,   0,   0,   false",
        "1.5, 50,  0,   0,   false",
        "3,   100, 0,   0,   false",
        "5,   100, 50,  0,   false",
        "7,   100, 100, 0,   false",
        "8.5, 100, 100, 50,  false",
        "10,  100, 100, 100, true",
        "12,  100, 100, 100, true"})
    void metricZoneFill(double value, double fail, double commit, double target,
        boolean stretched) {
      ZoneFill fill = ZoneFill.puzzleOkr(zones(value), DAY);
      assertThat(fill.fail()).isCloseTo(fail, within(1e-9));
      assertThat(fill.commit()).isCloseTo(commit, within(1e-9));
      assertThat(fill.target()).isCloseTo(target, within(1e-9));
      assertThat(fill.stretched()).isEqualTo(stretched);
    }

    @ParameterizedTest
    @CsvSource({"FAIL, 100, 0, 0, false", "COMMIT, 100, 100, 0, false",
        "TARGET, 100, 100, 100, false", "STRETCH, 100, 100, 100, true"})
    void ordinalZoneFill(String zone, double fail, double commit, double target,
        boolean stretched) {
      assertThat(ZoneFill.puzzleOkr(ordinal(zone), DAY))
          .isEqualTo(new ZoneFill(fail, commit, target, stretched));
    }

    @Test
    void noFillWithoutAReading() {
      ZoneFill none = new ZoneFill(0, 0, 0, false);
      assertThat(ZoneFill.puzzleOkr(zones(5), DAY.minusDays(1))).isEqualTo(none);
      assertThat(ZoneFill.puzzleOkr(ordinal("TARGET"), DAY.minusDays(1))).isEqualTo(none);
      assertThat(ZoneFill.puzzleOkr(linear(0, 1, 1), DAY)).isEqualTo(none);
    }

    @ParameterizedTest
    @CsvSource({
        // given | baseline, commit, target, stretch
        "BS, 0,    3,    7,    10",
        "BS, 10,   7,    3,    0",
        "BS, 1,    1.3,  1.7,  2",
        "BS, 0,    0.3,  0.7,  1",
        "BS, 0,    1,    2.33, 3.33",
        "BT, 0,    3,    7,    10",
        "BT, 0,    0.43, 1,    1.43",
        "BT, 100,  85,   65,   50",
        "TS, 0,    3,    7,    10",
        "TS, -2.33, 1.67, 7,   11"})
    void thirtySeventyRule(String given, double baseline, double commit, double target,
        double stretch) {
      ZoneValues values = switch (given) {
        case "BS" -> ZoneValues.fromBaselineAndStretch(baseline, stretch);
        case "BT" -> ZoneValues.fromBaselineAndTarget(baseline, target);
        default -> ZoneValues.fromTargetAndStretch(target, stretch);
      };
      assertThat(values).isEqualTo(new ZoneValues(baseline, commit, target, stretch));
    }

    @Test
    void roundsLikeToFixed2() {
      assertThat(ZoneValues.toFixed2(1.005)).isEqualTo(1.0);   // 1.00499999999999989...
      assertThat(ZoneValues.toFixed2(1.015)).isEqualTo(1.01);  // 1.01499999999999990...
      assertThat(ZoneValues.toFixed2(1.025)).isEqualTo(1.02);  // 1.02499999999999991...
      assertThat(ZoneValues.toFixed2(0.125)).isEqualTo(0.13);  // exact tie: away from zero
      assertThat(ZoneValues.toFixed2(-0.125)).isEqualTo(-0.13);
      assertThatIllegalArgumentException().isThrownBy(() -> ZoneValues.toFixed2(Double.NaN))
          .withMessage("zone value must be a finite number, but was NaN");
      assertThat(ZoneValues.fromBaselineAndStretch(0, 10).toMeasure())
          .isEqualTo(ZonesMeasure.of(0, 3, 7, 10));
    }
  }

  @Nested
  class BurningOkrSeries {
    final LocalDate first = LocalDate.of(2026, 7, 1);

    @Test
    void zeroDaysAreEmpty() {
      DailySeries none = DailySeries.of(linear(0, 10, 5), Scorers.standard(), first,
          first.minusDays(1));
      assertThat(none.isEmpty()).isTrue();
      assertThat(none.length()).isZero();
      assertThat(none.on(first)).isEmpty();
      assertThat(DailySeries.ofValues(first, List.of()).isEmpty()).isTrue();
      assertThatIllegalArgumentException().isThrownBy(() -> DailySeries.of(linear(0, 1),
              Scorers.standard(), first, first.minusDays(2)))
          .withMessage("series end must not lie more than a day before its start 2026-07-01,"
              + " but was 2026-06-29");
    }

    @Test
    void daysBeforeTheFirstReadingHaveNoValue() {
      KeyResult kr = KeyResult.of("kr", "KR", LinearMeasure.of(0, 10))
          .withCheckIn(CheckIn.of(first.plusDays(2), 4));
      DailySeries series = DailySeries.of(kr, Scorers.standard(), first, first.plusDays(4));
      assertThat(series.isEmpty()).isFalse();
      assertThat(series.on(first.plusDays(1))).isEmpty();
      assertThat(series.on(first.plusDays(2))).hasValue(0.4);
      assertThat(series.on(first.plusDays(4))).hasValue(0.4);
    }

    @Test
    void meanSkipsMissingValuesDayByDayAndShorterSeriesEndMissing() {
      DailySeries a = DailySeries.ofValues(first, List.of(OptionalDouble.empty(),
          OptionalDouble.of(0.2), OptionalDouble.of(0.4), OptionalDouble.of(0.6)));
      DailySeries b = DailySeries.ofValues(first, List.of(OptionalDouble.of(0.5),
          OptionalDouble.empty()));
      DailySeries mean = DailySeries.mean(List.of(a, b));
      assertThat(mean.length()).isEqualTo(4);
      assertThat(mean.on(first)).hasValue(0.5);
      assertThat(mean.on(first.plusDays(1))).hasValue(0.2);
      assertThat(mean.on(first.plusDays(2))).hasValue(0.4);
      assertThat(mean.on(first.plusDays(3))).hasValue(0.6);
      DailySeries both = DailySeries.mean(List.of(a, DailySeries.ofValues(first,
          List.of(OptionalDouble.empty(), OptionalDouble.of(0.4)))));
      assertThat(both.on(first).isPresent()).isFalse();
      assertThat(both.on(first.plusDays(1)).getAsDouble()).isCloseTo(0.3, within(1e-12));
      assertThatIllegalArgumentException().isThrownBy(() -> DailySeries.mean(List.of(a,
              DailySeries.ofValues(first.plusDays(1), List.of()))))
          .withMessageStartingWith("series must start on the same day");
      assertThatIllegalArgumentException().isThrownBy(() -> DailySeries.ofValues(first,
              List.of(OptionalDouble.of(Double.NaN))))
          .withMessage("series value must be a finite number, but was NaN");
    }
  }

  @Test
  void committedShareMetOfNoKeyResultsHasNoValue() {
    assertThat(Portfolio.committedShareMet(List.of())).isEmpty();
    assertThat(Portfolio.committedShareMet(List.of(1.0, 0.5))).hasValue(0.5);
  }

  @Test
  void maintainShareWindow() {
    KeyResult kr = KeyResult.of("kr", "Hold", RangeMeasure.of(40, 60))
        .withCheckIn(CheckIn.of(Q3.start().plusDays(10), 50));
    Scorer share = Scorers.maintainedShare(Q3);
    assertThat(share.score(kr, Q3.start().plusDays(5)).isScored()).isFalse();
    assertThat(share.score(kr, Q3.end()).value()).isEqualTo(1.0);
    assertThat(share.score(kr, Q3.start().minusDays(1)).explanation())
        .isEqualTo("no share: the window up to 2026-06-30 holds no reading");
  }
}
