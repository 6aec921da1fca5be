package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Checkpoint;
import org.okr4j.core.CheckpointsMeasure;
import org.okr4j.core.Direction;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.MeasureKind;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.OrdinalMeasure;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.Stage;
import org.okr4j.core.StagesMeasure;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.ZonesMeasure;
import org.okr4j.core.BaselineMeasure;

/** Table tests: each row is taken from the rule as PRESETS.md states it. */
class ScorersTest {

  static final LocalDate DAY = LocalDate.of(2026, 8, 3);
  static final LocalDate AS_OF = DAY.plusDays(1);

  static KeyResult read(Measure measure, double value) {
    return KeyResult.of("kr", "Key result", measure).withCheckIn(CheckIn.of(DAY, value));
  }

  static double score(Scorer scorer, KeyResult keyResult) {
    Progress progress = scorer.score(keyResult, AS_OF);
    assertThat(progress.isScored()).as(progress.toString()).isTrue();
    return progress.value();
  }

  @Nested
  class Linear {
    @ParameterizedTest(name = "{0} -> {1} at {2}: {3}")
    @CsvSource({
        // p = (v - s) / (t - s), uncapped (Quantive)
        "0,   100, 50,  0.5",
        "100, 60,  50,  1.25",   // PRESETS: a decrease 100 -> 60 at v = 50 gives 1.25
        "100, 60,  80,  0.5",
        "0,   10,  -5,  -0.5",
        "0,   10,  15,  1.5",
        "31,  45,  31,  0.0",
        "0,   6,   3,   0.5",    // Google's fractional count: 3 of 6 features launched
        // Differences that overflow a double are halved first, not lost to infinity.
        "-1e308, 1e308, 0,       0.5",
        "-1e308, 1e308, 1e308,   1.0",
        "-1e308, 1e308, -1e308,  0.0",
        "1e308, -1e308, 5e307,   0.25",
        "-1e308, 1e308, 1.7e308, 1.35"})
    void uncappedIsTheRawRatio(double start, double target, double value, double expected) {
      assertThat(score(Scorers.linear(), read(LinearMeasure.of(start, target), value)))
          .isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}: {3}")
    @CsvSource({
        // clamp(p, 0, 1) (BurningOKR, Oslo stored value, OpenOKR)
        "0,   10, 15, 1.0", "0, 10, -5, 0.0", "100, 60, 50, 1.0", "0, 10, 4, 0.4"})
    void clampedLiesInZeroToOne(double start, double target, double value, double expected) {
      assertThat(score(Scorers.linear().capped(0, 1), read(LinearMeasure.of(start, target), value)))
          .isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}: {3}")
    @CsvSource({
        // Perdoo: negative progress counts as 0, no upper cap
        "0, 10, -5, 0.0", "0, 10, 15, 1.5", "0, 10, 5, 0.5"})
    void floorZeroKeepsOverachievement(double start, double target, double value,
        double expected) {
      assertThat(score(Scorers.linear().capped(0, Double.MAX_VALUE),
          read(LinearMeasure.of(start, target), value))).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aValueOnTheCapIsNotCapped() {
      // 0 and 1 lie within [0, 1]: the raw explanation stands, with no "capped to"
      assertThat(Scorers.linear().capped(0, 1).score(read(LinearMeasure.of(0, 10), 0), AS_OF)
          .explanation()).isEqualTo("linear: (0 - 0) / (10 - 0) = 0");
      assertThat(Scorers.linear().capped(0, 1).score(read(LinearMeasure.of(0, 10), 10), AS_OF)
          .explanation()).isEqualTo("linear: (10 - 0) / (10 - 0) = 1");
    }

    @Test
    void openOkrCeilingUpToTwo() {
      assertThat(score(Scorers.linear().capped(0, 2), read(LinearMeasure.of(0, 10), 25)))
          .isEqualTo(2.0);
      assertThat(score(Scorers.linear().capped(0, 1.5), read(LinearMeasure.of(0, 10), 12)))
          .isCloseTo(1.2, within(1e-12));
    }

    @ParameterizedTest(name = "s = t = 40 {0} at {1}: ZERO {2}, ONE_WHEN_MET {3}")
    @CsvSource({
        // OpenOKR and MHOKR: 0; ShamanR: 1 if v >= t else 0, whatever the direction
        "INCREASE, 40, 0, 1", "INCREASE, 41, 0, 1", "INCREASE, 39, 0, 0",
        "DECREASE, 40, 0, 1", "DECREASE, 39, 0, 0", "DECREASE, 41, 0, 1"})
    void equalStartAndTarget(Direction direction, double value, double zero, double whenMet) {
      KeyResult kr = read(LinearMeasure.of(40, 40, direction), value);
      assertThat(score(Scorers.linear(EqualStartTarget.ZERO), kr)).isEqualTo(zero);
      assertThat(score(Scorers.linear(EqualStartTarget.ONE_WHEN_MET), kr)).isEqualTo(whenMet);
      assertThat(score(Scorers.linear(), kr)).isEqualTo(zero);
    }

    @Test
    void explainsTheArithmetic() {
      Progress p = Scorers.linear().capped(0, 1).score(read(LinearMeasure.of(100, 60), 50), AS_OF);
      assertThat(p.explanation())
          .isEqualTo("linear: (50 - 100) / (60 - 100) = 1.25, capped to [0, 1] = 1");
      assertThat(Scorers.linear(EqualStartTarget.ONE_WHEN_MET)
          .score(read(LinearMeasure.of(40, 40, Direction.INCREASE), 39), AS_OF).explanation())
          .isEqualTo("linear: start equals target 40; 39 misses it, scored 0");
      assertThat(Scorers.linear()
          .score(read(LinearMeasure.of(40, 40, Direction.INCREASE), 39), AS_OF).explanation())
          .isEqualTo("linear: start equals target 40, scored 0");
    }

    @Test
    void readsTheLatestValueOnOrBeforeTheDay() {
      KeyResult kr = read(LinearMeasure.of(0, 10), 2)
          .withCheckIn(CheckIn.of(DAY.plusDays(1), 5))
          .withCheckIn(CheckIn.of(DAY.plusDays(2), 9))
          .withCheckIn(CheckIn.builder().date(DAY.plusDays(1)).note("no value").build());
      assertThat(Scorers.linear().score(kr, DAY).value()).isEqualTo(0.2);
      assertThat(Scorers.linear().score(kr, DAY.plusDays(1)).value()).isEqualTo(0.5);
      assertThat(Scorers.linear().score(kr, DAY.plusDays(9)).value()).isEqualTo(0.9);
      Progress before = Scorers.linear().score(kr, DAY.minusDays(1));
      assertThat(before.isScored()).isFalse();
      assertThat(before.explanation()).isEqualTo("no check-in to read by 2026-08-02");
    }

    @Test
    void staysFiniteAtTheEdgesOfDouble() {
      KeyResult huge = read(LinearMeasure.of(-Double.MAX_VALUE, Double.MAX_VALUE), Double.MAX_VALUE);
      assertThat(Double.isFinite(score(Scorers.linear(), huge))).isTrue();
      KeyResult tiny = read(LinearMeasure.of(0, Double.MIN_VALUE), Double.MAX_VALUE);
      assertThat(score(Scorers.linear(), tiny)).isEqualTo(Double.MAX_VALUE);
      KeyResult negative = read(LinearMeasure.of(0, Double.MIN_VALUE), -Double.MAX_VALUE);
      assertThat(score(Scorers.linear(), negative)).isEqualTo(-Double.MAX_VALUE);
    }
  }

  @Nested
  class Threshold {
    @ParameterizedTest(name = "{0} {1} at {2}: {3}")
    @CsvSource({
        // Quantive "stay above/below" is strict: meeting t exactly is 0
        "above,   100, 100, 0", "above,   100, 101, 1", "above, 100, 99, 0",
        "below,   100, 100, 0", "below,   100, 99,  1", "below, 100, 101, 0",
        // Oboard "above or equal" is inclusive
        "atLeast, 100, 100, 1", "atLeast, 100, 99,  0",
        "atMost,  100, 100, 1", "atMost,  100, 101, 0"})
    void strictOrInclusive(String kind, double threshold, double value, double expected) {
      ThresholdMeasure m = switch (kind) {
        case "above" -> ThresholdMeasure.above(threshold);
        case "below" -> ThresholdMeasure.below(threshold);
        case "atLeast" -> ThresholdMeasure.atLeast(threshold);
        default -> ThresholdMeasure.atMost(threshold);
      };
      assertThat(score(Scorers.threshold(), read(m, value))).isEqualTo(expected);
    }

    @Test
    void explains() {
      assertThat(Scorers.threshold().score(read(ThresholdMeasure.above(100), 100), AS_OF)
          .explanation()).isEqualTo("threshold: 100 misses threshold > 100, scored 0");
    }

    @Test
    void strictExplainsWhetherTheValueLiesBeyond() {
      // Quantive's "stay above": the threshold itself is not beyond it
      assertThat(Scorers.thresholdStrict().score(read(ThresholdMeasure.atLeast(100), 101), AS_OF)
          .explanation()).isEqualTo("strict threshold: 101 beyond 100 (INCREASE), scored 1");
      assertThat(Scorers.thresholdStrict().score(read(ThresholdMeasure.atLeast(100), 100), AS_OF)
          .explanation()).isEqualTo("strict threshold: 100 not beyond 100 (INCREASE), scored 0");
    }

    @Test
    void inclusiveExplainsWhetherTheValueLiesAtOrBeyond() {
      // Oboard's "above or equal", whatever the measure declares
      Scorer inclusive = Scorers.thresholdInclusive();
      assertThat(inclusive.score(read(ThresholdMeasure.above(100), 100), AS_OF).explanation())
          .isEqualTo("inclusive threshold: 100 at or beyond 100 (INCREASE), scored 1");
      assertThat(inclusive.score(read(ThresholdMeasure.below(100), 101), AS_OF).explanation())
          .isEqualTo("inclusive threshold: 101 short of 100 (DECREASE), scored 0");
    }
  }

  @Nested
  class Range {
    @ParameterizedTest(name = "[{0}, {1}] at {2}: {3}")
    @CsvSource({
        // OpenOKR maintain: inside 1; outside 1 - distance / width, clamped at 0
        "80, 120, 100, 1.0", "80, 120, 80,  1.0", "80, 120, 120, 1.0",
        "80, 120, 130, 0.75", "80, 120, 70, 0.75", "80, 120, 160, 0.0", "80, 120, 200, 0.0",
        // zero-width band: exact 1, else 0
        "5, 5, 5, 1.0", "5, 5, 5.1, 0.0"})
    void gradedDecay(double low, double high, double value, double expected) {
      assertThat(score(Scorers.range(), read(RangeMeasure.of(low, high), value)))
          .isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest(name = "[{0}, {1}] at {2}: {3}")
    @CsvSource({"80, 120, 100, 1", "80, 120, 120, 1", "80, 120, 121, 0", "80, 120, 79, 0"})
    void binaryUpRaise(double low, double high, double value, double expected) {
      assertThat(score(Scorers.rangeBinary(), read(RangeMeasure.of(low, high), value)))
          .isEqualTo(expected);
    }

    @Test
    void explains() {
      assertThat(Scorers.range().score(read(RangeMeasure.of(80, 120), 130), AS_OF).explanation())
          .isEqualTo("range: 130 lies 10 outside [80, 120], 1 - 10 / 40 = 0.75");
      assertThat(Scorers.range().score(read(RangeMeasure.of(80, 120), 80), AS_OF).explanation())
          .isEqualTo("range: 80 inside [80, 120], scored 1");
      assertThat(Scorers.range().score(read(RangeMeasure.of(5, 5), 6), AS_OF).explanation())
          .isEqualTo("range: 6 misses the exact value 5, scored 0");
      assertThat(Scorers.rangeBinary().score(read(RangeMeasure.of(1, 2), 3), AS_OF).explanation())
          .isEqualTo("binary range: 3 outside [1, 2], scored 0");
    }
  }

  @Nested
  class Discrete {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // "milestone / binary: done → 1, else 0": never checked in is "else"
        "'',                 0",
        "note,               0",
        "done,               1",
        "note done,          1",
        "done-after-as-of,   0"})
    void milestoneIsDoneOneElseZero(String checkIns, double expected) {
      KeyResult kr = KeyResult.of("kr", "Pass", MilestoneMeasure.of());
      for (String checkIn : checkIns.split(" ")) {
        kr = switch (checkIn) {
          case "note" -> kr.withCheckIn(CheckIn.builder().date(DAY).note("started").build());
          case "done" -> kr.withCheckIn(CheckIn.done(DAY));
          case "done-after-as-of" -> kr.withCheckIn(CheckIn.done(AS_OF.plusDays(1)));
          default -> kr;
        };
      }
      assertThat(Scorers.milestone().score(kr, AS_OF).value()).isEqualTo(expected);
      assertThat(Scorers.standard().score(kr, AS_OF).value()).isEqualTo(expected);
    }

    @Test
    void milestoneIsZeroOrOne() {
      KeyResult kr = KeyResult.of("kr", "Pass", MilestoneMeasure.of());
      assertThat(Scorers.milestone().score(kr, AS_OF).explanation())
          .isEqualTo("milestone: not done (no check-in by 2026-08-04), scored 0");
      KeyResult checked = kr.withCheckIn(CheckIn.builder().date(DAY).note("started").build());
      assertThat(score(Scorers.milestone(), checked)).isZero();
      assertThat(Scorers.milestone().score(checked, AS_OF).explanation())
          .isEqualTo("milestone: not done, scored 0");
      KeyResult done = checked.withCheckIn(CheckIn.done(DAY));
      assertThat(score(Scorers.milestone(), done)).isEqualTo(1.0);
      assertThat(Scorers.milestone().score(done, AS_OF).explanation())
          .isEqualTo("milestone: done, scored 1");
      assertThat(Scorers.milestone().score(done, DAY.minusDays(1)).value()).isZero();
    }

    @Test
    void stagesSumTheWeightsDone() {
      StagesMeasure m = StagesMeasure.of(List.of(Stage.of("design", 0.2), Stage.of("build", 0.5),
          Stage.of("ship", 0.3)));
      KeyResult kr = KeyResult.of("kr", "Loyalty", m);
      // "the sum of the weights of done stages": none done, never checked in too, sums to 0
      assertThat(Scorers.stages().score(kr, AS_OF).value()).isZero();
      assertThat(Scorers.stages().score(kr, AS_OF).explanation())
          .isEqualTo("stages: none done (no check-in by 2026-08-04), scored 0");
      KeyResult noted = kr.withCheckIn(CheckIn.builder().date(DAY).note("n").build());
      assertThat(score(Scorers.stages(), noted)).isZero();
      assertThat(Scorers.stages().score(noted, AS_OF).explanation())
          .isEqualTo("stages: none done, scored 0");
      assertThat(score(Scorers.stages(), kr.withCheckIn(CheckIn.stages(DAY, "design", "ship"))))
          .isCloseTo(0.5, within(1e-12));
      Progress all = Scorers.stages().score(kr.withCheckIn(CheckIn.stages(DAY, "ship", "design",
          "build")), AS_OF);
      assertThat(all.value()).isCloseTo(1.0, within(1e-12));
      assertThat(all.explanation()).isEqualTo("stages: 0.2 + 0.5 + 0.3 = 1");
    }

    @Test
    void ordinalRanksTheZone() {
      KeyResult kr = KeyResult.of("kr", "Meet-ups", OrdinalMeasure.puzzle());
      assertThat(score(Scorers.ordinal(), kr.withCheckIn(CheckIn.zone(DAY, "FAIL")))).isZero();
      assertThat(score(Scorers.ordinal(), kr.withCheckIn(CheckIn.zone(DAY, "TARGET"))))
          .isCloseTo(2.0 / 3, within(1e-12));
      assertThat(score(Scorers.ordinal(), kr.withCheckIn(CheckIn.zone(DAY, "STRETCH"))))
          .isEqualTo(1.0);
      assertThat(Scorers.ordinal().score(kr, AS_OF).isScored()).isFalse();
      assertThat(Scorers.ordinal().score(kr.withCheckIn(CheckIn.zone(DAY, "TARGET")), AS_OF)
          .explanation()).isEqualTo("ordinal: TARGET is zone 2 of 0..3 = 0.6667");
    }

    @Test
    void baselineIsNeverScored() {
      KeyResult kr = read(BaselineMeasure.of(Direction.DECREASE), 30);
      Progress p = Scorers.baseline().score(kr, AS_OF);
      assertThat(p.isScored()).isFalse();
      assertThat(p.explanation()).isEqualTo("baseline still to be measured");
    }
  }

  @Nested
  class Checkpoints {
    final CheckpointsMeasure m = CheckpointsMeasure.of(0, 100,
        List.of(Checkpoint.of(50, 0.8), Checkpoint.of(20, 0.5)));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // through (0, 0), (20, 0.5), (50, 0.8), (100, 1), sorted by value; constant beyond
        "-10, 0.0", "0, 0.0", "10, 0.25", "20, 0.5", "35, 0.65", "50, 0.8", "75, 0.9",
        "100, 1.0", "150, 1.0"})
    void piecewiseLinear(double value, double expected) {
      assertThat(score(Scorers.checkpoints(), read(m, value))).isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"120, 0.0", "100, 0.0", "75, 0.35", "50, 0.7", "25, 0.85", "0, 1.0", "-5, 1.0"})
    void decreasing(double value, double expected) {
      CheckpointsMeasure down = CheckpointsMeasure.of(100, 0, List.of(Checkpoint.of(50, 0.7)));
      assertThat(score(Scorers.checkpoints(), read(down, value))).isCloseTo(expected,
          within(1e-12));
    }

    @Test
    void explains() {
      assertThat(Scorers.checkpoints().score(read(m, 35), AS_OF).explanation())
          .isEqualTo("checkpoints: 35 between 20->0.5 and 50->0.8 = 0.65");
      assertThat(Scorers.checkpoints().score(read(m, 50), AS_OF).explanation())
          .isEqualTo("checkpoints: 50 on the point 50->0.8, scored 0.8");
    }

    @ParameterizedTest(name = "{0} -> {1} and {2} -> {3}, read at {4}: {5}")
    @CsvSource({
        // "Through each checkpoint": a value on one scores its progress exactly, where the line
        // from the point before lands a rounding away (0.9000000000000001, 1.0000000000000002).
        "50, 0.3, 70, 0.9, 70, 0.9", "20, 0.08, 40, 1.0, 40, 1.0", "50, 0.3, 70, 0.9, 50, 0.3"})
    void aValueOnACheckpointScoresItsProgressExactly(double v1, double p1, double v2, double p2,
        double value, double expected) {
      CheckpointsMeasure exact = CheckpointsMeasure.of(0, 100,
          List.of(Checkpoint.of(v1, p1), Checkpoint.of(v2, p2)));
      assertThat(score(Scorers.checkpoints(), read(exact, value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // constant beyond the ends, the ends themselves included ("at or before", "at or past")
        "-10 | checkpoints: -10 at or before the first point 0->0, scored 0",
        "0   | checkpoints: 0 at or before the first point 0->0, scored 0",
        "100 | checkpoints: 100 at or past the last point 100->1, scored 1",
        "150 | checkpoints: 150 at or past the last point 100->1, scored 1"})
    void explainsTheEnds(double value, String explanation) {
      assertThat(Scorers.checkpoints().score(read(m, value), AS_OF).explanation())
          .isEqualTo(explanation);
    }
  }

  @Nested
  class Zones {
    @ParameterizedTest(name = "{0} -> {1} at {2}: {3}")
    @CsvSource({
        // Puzzle OKR: |v - s| / |stretch - s|, 0 if v moved away, no upper clamp
        "0,   10, 5,  0.5", "0, 10, 12, 1.2", "0, 10, -1, 0.0",
        "10,  0,  4,  0.6", "10, 0, 11, 0.0", "10, 0, -2, 1.2"})
    void puzzlePercentage(double start, double stretch, double value, double expected) {
      assertThat(score(Scorers.zones(), read(ZonesMeasure.puzzle(start, stretch), value)))
          .isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "5  ; zones: |5 - 0| / |10 - 0| = 0.5",
        // still at the start has not moved away: the ratio 0, not the "moved away" 0
        "0  ; zones: |0 - 0| / |10 - 0| = 0",
        "-1 ; zones: -1 moved away from the stretch 10, scored 0"})
    void explains(double value, String explanation) {
      assertThat(Scorers.zones().score(read(ZonesMeasure.puzzle(0, 10), value), AS_OF)
          .explanation()).isEqualTo(explanation);
    }
  }

  @Nested
  class Dispatch {
    @Test
    void standardPicksTheUsualRulePerKind() {
      Scorer standard = Scorers.standard();
      assertThat(score(standard, read(LinearMeasure.of(0, 10), 15))).isEqualTo(1.0);
      assertThat(score(standard, read(ThresholdMeasure.atLeast(5), 5))).isEqualTo(1.0);
      assertThat(score(standard, read(RangeMeasure.of(80, 120), 130))).isEqualTo(0.75);
      assertThat(score(standard, read(ZonesMeasure.puzzle(0, 10), 12))).isEqualTo(1.2);
      assertThat(standard.score(read(BaselineMeasure.of(Direction.INCREASE), 1), AS_OF)
          .isScored()).isFalse();
    }

    @Test
    void eachRuleDeclinesOtherKinds() {
      KeyResult milestone = KeyResult.of("kr", "Ship", MilestoneMeasure.of());
      for (Scorer scorer : List.of(Scorers.linear(), Scorers.threshold(), Scorers.range(),
          Scorers.rangeBinary(), Scorers.stages(), Scorers.checkpoints(), Scorers.zones(),
          Scorers.ordinal(), Scorers.baseline())) {
        Progress p = scorer.score(milestone, AS_OF);
        assertThat(p.isScored()).isFalse();
        assertThat(p.explanation()).endsWith("rule does not read MILESTONE measures");
      }
      assertThat(Scorers.milestone().score(read(LinearMeasure.of(0, 1), 1), AS_OF).explanation())
          .isEqualTo("the milestone rule does not read LINEAR measures");
    }

    /**
     * A key result never checked in by the day scores 0, also one read only later; one checked in
     * that the rule does not score (a range where only linear measures are read) stays not scored.
     */
    @Test
    void unreadAsZeroScoresOnlyTheNeverCheckedIn() {
      Scorer scorer = Scorers.linear().unreadAsZero();
      KeyResult never = KeyResult.of("kr", "Key result", LinearMeasure.of(0, 10));
      Progress zero = scorer.score(never, AS_OF);
      assertThat(zero.value()).isZero();
      assertThat(zero.explanation()).isEqualTo(Scorers.linear().score(never, AS_OF).explanation()
          + ", counted as 0");
      assertThat(scorer.score(never.withCheckIn(CheckIn.of(AS_OF.plusDays(1), 5)), AS_OF).value())
          .isZero();
      Scorer onlyLinear = Scorers.byKind(Map.of(MeasureKind.LINEAR, Scorers.linear()))
          .unreadAsZero();
      assertThat(onlyLinear.score(read(RangeMeasure.of(0, 1), 1), AS_OF).isScored()).isFalse();
      assertThat(onlyLinear.score(KeyResult.of("kr", "Key result", RangeMeasure.of(0, 1)), AS_OF)
          .value()).isZero();
      assertThat(score(scorer, read(LinearMeasure.of(0, 10), 5))).isEqualTo(0.5);
    }

    @Test
    void byKindLeavesMissingKindsUnscored() {
      Scorer onlyLinear = Scorers.byKind(Map.of(MeasureKind.LINEAR, Scorers.linear()));
      assertThat(score(onlyLinear, read(LinearMeasure.of(0, 10), 5))).isEqualTo(0.5);
      Progress p = onlyLinear.score(read(RangeMeasure.of(0, 1), 1), AS_OF);
      assertThat(p.isScored()).isFalse();
      assertThat(p.explanation()).isEqualTo("no rule for RANGE measures");
    }
  }
}
