package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureTest {

  @Nested
  class Linear {
    @Test
    void derivesTheDirectionFromStartAndTarget() {
      LinearMeasure up = LinearMeasure.of(31, 45);
      assertThat(up.direction()).isEqualTo(Direction.INCREASE);
      assertThat(up.declaredDirection()).isEmpty();
      assertThat(LinearMeasure.of(100, 60).direction()).isEqualTo(Direction.DECREASE);
      assertThat(up.kind()).isEqualTo(MeasureKind.LINEAR);
      assertThat(up.unit()).isEqualTo(Unit.number());
      assertThat(up).hasToString("linear 31 -> 45");
    }

    @Test
    void rejectsEqualStartAndTargetUnlessADirectionIsDeclared() {
      assertThatIllegalArgumentException().isThrownBy(() -> LinearMeasure.of(40, 40))
          .withMessage("linear measure target must differ from its start 40.0"
              + " (or declare a direction), but was 40.0");
      LinearMeasure atLeast = LinearMeasure.of(40, 40, Direction.INCREASE);
      assertThat(atLeast.direction()).isEqualTo(Direction.INCREASE);
      assertThat(atLeast).hasToString("linear 40 -> 40 (INCREASE)");
      assertThat(LinearMeasure.of(40, 40, Direction.DECREASE).direction())
          .isEqualTo(Direction.DECREASE);
    }

    @Test
    void rejectsADeclaredDirectionAgainstStartAndTarget() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LinearMeasure.of(10, 20, Direction.DECREASE))
          .withMessage("linear measure direction must agree with start 10.0 and target 20.0,"
              + " but was DECREASE");
      assertThat(LinearMeasure.of(20, 10, Direction.DECREASE).direction())
          .isEqualTo(Direction.DECREASE);
    }

    @Test
    void rejectsNonFiniteNumbers() {
      assertThatIllegalArgumentException().isThrownBy(() -> LinearMeasure.of(Double.NaN, 1))
          .withMessage("linear measure start must be a finite number, but was NaN");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LinearMeasure.of(0, Double.POSITIVE_INFINITY))
          .withMessage("linear measure target must be a finite number, but was Infinity");
    }

    @Test
    void restartingKeepsTheDirectionEvenWhenStartReachesTarget() {
      LinearMeasure restarted = LinearMeasure.of(10, 20).restartingAt(20);
      assertThat(restarted.start()).isEqualTo(20);
      assertThat(restarted.direction()).isEqualTo(Direction.INCREASE);
      assertThat(LinearMeasure.of(20, 10).restartingAt(12).direction())
          .isEqualTo(Direction.DECREASE);
      assertThat(LinearMeasure.of(10, 20).withUnit(Unit.percent()).unit())
          .isEqualTo(Unit.percent());
    }
  }

  @Nested
  class Threshold {
    @ParameterizedTest
    @CsvSource({
        // factory, threshold, value, met
        "atLeast, 99.9, 99.9,  true", "atLeast, 99.9, 99.95, true", "atLeast, 99.9, 99.8, false",
        "above,   99.9, 99.9,  false", "above,  99.9, 100,   true",
        "atMost,  40,   40,    true", "atMost,   40,   39,    true", "atMost,   40,   41,   false",
        "below,   40,   40,    false", "below,   40,   39.99, true"})
    void strictThresholdsDoNotCountMeetingThemExactly(String factory, double threshold,
        double value, boolean met) {
      ThresholdMeasure measure = switch (factory) {
        case "atLeast" -> ThresholdMeasure.atLeast(threshold);
        case "above" -> ThresholdMeasure.above(threshold);
        case "atMost" -> ThresholdMeasure.atMost(threshold);
        default -> ThresholdMeasure.below(threshold);
      };
      assertThat(measure.isMetBy(value)).isEqualTo(met);
    }

    @Test
    void describesItself() {
      assertThat(ThresholdMeasure.atLeast(1)).hasToString("threshold >= 1");
      assertThat(ThresholdMeasure.above(1)).hasToString("threshold > 1");
      assertThat(ThresholdMeasure.atMost(1)).hasToString("threshold <= 1");
      assertThat(ThresholdMeasure.below(1).withUnit(Unit.percent()))
          .hasToString("threshold < 1 percent");
      assertThat(ThresholdMeasure.atLeast(1).kind()).isEqualTo(MeasureKind.THRESHOLD);
      assertThat(ThresholdMeasure.atLeast(1).strict()).isFalse();
      assertThat(ThresholdMeasure.above(1).strict()).isTrue();
      assertThat(ThresholdMeasure.above(1).direction()).isEqualTo(Direction.INCREASE);
    }

    @Test
    void rejectsNonFiniteThresholds() {
      assertThatIllegalArgumentException().isThrownBy(() -> ThresholdMeasure.atLeast(Double.NaN))
          .withMessage("threshold must be a finite number, but was NaN");
    }
  }

  @Nested
  class Range {
    @Test
    void holdsABand() {
      RangeMeasure band = RangeMeasure.of(80, 120);
      assertThat(band.contains(80)).isTrue();
      assertThat(band.contains(120)).isTrue();
      assertThat(band.contains(79.99)).isFalse();
      assertThat(band.contains(120.01)).isFalse();
      assertThat(band.width()).isEqualTo(40);
      assertThat(band.kind()).isEqualTo(MeasureKind.RANGE);
      assertThat(band.withUnit(Unit.custom("ms"))).hasToString("range [80, 120] custom:ms");
      assertThat(RangeMeasure.of(5, 5).width()).isZero();
    }

    @Test
    void rejectsInvertedAndNonFiniteBands() {
      assertThatIllegalArgumentException().isThrownBy(() -> RangeMeasure.of(5, 4))
          .withMessage("range high must not lie below low 5.0, but was 4.0");
      assertThatIllegalArgumentException().isThrownBy(() -> RangeMeasure.of(Double.NaN, 4))
          .withMessageStartingWith("range low must be a finite number");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> RangeMeasure.of(1, Double.NEGATIVE_INFINITY))
          .withMessageStartingWith("range high must be a finite number");
    }
  }

  @Nested
  class Milestone {
    @Test
    void isOneValue() {
      assertThat(MilestoneMeasure.of()).isSameAs(MilestoneMeasure.of());
      assertThat(MilestoneMeasure.of().kind()).isEqualTo(MeasureKind.MILESTONE);
      assertThat(MilestoneMeasure.of().unit()).isEqualTo(Unit.number());
      assertThat(MilestoneMeasure.of()).hasToString("milestone");
    }
  }

  @Nested
  class Stages {
    @Test
    void equalStagesShareTheWhole() {
      StagesMeasure stages = StagesMeasure.equal("design", "build", "ship");
      assertThat(stages.stages()).extracting(Stage::weight).containsOnly(1.0 / 3);
      assertThat(stages.totalWeight()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
      assertThat(stages.hasStage("build")).isTrue();
      assertThat(stages.hasStage("test")).isFalse();
      assertThat(stages.kind()).isEqualTo(MeasureKind.STAGES);
      assertThat(stages.unit()).isEqualTo(Unit.number());
      assertThat(StagesMeasure.of(List.of(Stage.of("a", 0.5), Stage.of("b", 0.5))))
          .hasToString("stages [a=0.5, b=0.5]");
    }

    @Test
    void acceptsWeightsThatMissOneOnlyByRounding() {
      assertThat(StagesMeasure.of(List.of(Stage.of("a", 0.1), Stage.of("b", 0.2),
          Stage.of("c", 0.7))).totalWeight()).isCloseTo(1.0,
          org.assertj.core.api.Assertions.within(1e-9));
      assertThat(StagesMeasure.of(List.of(Stage.of("a", 0.25))).totalWeight()).isEqualTo(0.25);
    }

    @Test
    void rejectsWeightsThatDoNotSumSensibly() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StagesMeasure.of(List.of(Stage.of("a", 0.6), Stage.of("b", 0.6))))
          .withMessage("stage weights must sum to more than 0 and at most 1, but was 1.2");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StagesMeasure.of(List.of(Stage.of("a", 0), Stage.of("b", 0))))
          .withMessage("stage weights must sum to more than 0 and at most 1, but was 0.0");
      assertThatIllegalArgumentException().isThrownBy(() -> StagesMeasure.of(List.of()))
          .withMessage("stages must hold at least one stage, but was []");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StagesMeasure.of(List.of(Stage.of("a", 0.2), Stage.of("a", 0.2))))
          .withMessage("stage names must not contain duplicates, but was 'a'");
      assertThatIllegalArgumentException().isThrownBy(() -> Stage.of("a", 1.5))
          .withMessage("stage weight must lie within [0.0, 1.0], but was 1.5");
      assertThatIllegalArgumentException().isThrownBy(() -> Stage.of("a", -0.1))
          .withMessageStartingWith("stage weight must lie within");
      assertThatIllegalArgumentException().isThrownBy(() -> Stage.of(" ", 0.1))
          .withMessageStartingWith("stage name must not be blank");
    }
  }

  @Nested
  class Checkpoints {
    @Test
    void holdsPointsBetweenStartAndTarget() {
      CheckpointsMeasure measure = CheckpointsMeasure.of(0, 100,
          List.of(Checkpoint.of(20, 0.5), Checkpoint.of(60, 0.8)));
      assertThat(measure.direction()).isEqualTo(Direction.INCREASE);
      assertThat(CheckpointsMeasure.of(100, 0, List.of()).direction())
          .isEqualTo(Direction.DECREASE);
      assertThat(measure.kind()).isEqualTo(MeasureKind.CHECKPOINTS);
      assertThat(measure.unit()).isEqualTo(Unit.number());
      assertThat(measure).hasToString("checkpoints 0 [20->0.5, 60->0.8] 100");
    }

    @Test
    void rejectsPointsOutsideOrRepeatedAndEqualEnds() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CheckpointsMeasure.of(0, 100, List.of(Checkpoint.of(100, 0.9))))
          .withMessage("checkpoint value must lie strictly between start 0.0 and target 100.0,"
              + " but was 100.0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CheckpointsMeasure.of(100, 0, List.of(Checkpoint.of(0, 0.9))))
          .withMessageStartingWith("checkpoint value must lie strictly between");
      assertThat(CheckpointsMeasure.of(100, 0, List.of(Checkpoint.of(50, 0.4))).checkpoints())
          .hasSize(1);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CheckpointsMeasure.of(0, 100,
              List.of(Checkpoint.of(10, 0.1), Checkpoint.of(10, 0.2))))
          .withMessage("checkpoint values must not contain duplicates, but was 10.0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CheckpointsMeasure.of(5, 5, List.of()))
          .withMessage("checkpoints target must differ from its start 5.0, but was 5.0");
      assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.of(1, 1.1))
          .withMessage("checkpoint progress must lie within [0.0, 1.0], but was 1.1");
      assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.of(Double.NaN, 0.1))
          .withMessageStartingWith("checkpoint value must be a finite number");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CheckpointsMeasure.of(Double.NaN, 1, List.of()))
          .withMessageStartingWith("checkpoints start must be a finite number");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CheckpointsMeasure.of(1, Double.NaN, List.of()))
          .withMessageStartingWith("checkpoints target must be a finite number");
    }
  }

  @Nested
  class Zones {
    @ParameterizedTest
    @CsvSource({
        // Puzzle OKR: commit = s + 0.3 (stretch - s), target = s + 0.7 (stretch - s), 2 decimals
        "0,     10,     3.0,    7.0",
        "0,     1,      0.3,    0.7",
        "10,    0,      7.0,    3.0",
        "0,     0.05,   0.02,   0.04",    // 0.015 -> 0.02 and 0.035 -> 0.04: half up, in decimal
        "0.1,   0.2,    0.13,   0.17",
        "100,   101.11, 100.33, 100.78",
        "500000, 900000, 620000, 780000"})
    void puzzleDerivesCommitAndTarget(double start, double stretch, double commit,
        double target) {
      ZonesMeasure zones = ZonesMeasure.puzzle(start, stretch);
      assertThat(zones.commit()).isEqualTo(commit);
      assertThat(zones.target()).isEqualTo(target);
      assertThat(zones.start()).isEqualTo(start);
      assertThat(zones.stretch()).isEqualTo(stretch);
    }

    @Test
    void runsInOneDirection() {
      ZonesMeasure down = ZonesMeasure.of(10, 8, 5, 2);
      assertThat(down.direction()).isEqualTo(Direction.DECREASE);
      assertThat(ZonesMeasure.of(0, 0, 0, 1).direction()).isEqualTo(Direction.INCREASE);
      // Neighbouring zones may coincide (a warning in validation, not a broken measure), going
      // down as well as up.
      assertThat(ZonesMeasure.of(10, 10, 5, 0).commit()).isEqualTo(10);
      assertThat(ZonesMeasure.of(10, 5, 5, 0).target()).isEqualTo(5);
      assertThat(ZonesMeasure.of(10, 5, 0, 0).stretch()).isZero();
      assertThat(down.kind()).isEqualTo(MeasureKind.ZONES);
      assertThat(down.unit()).isEqualTo(Unit.number());
      assertThat(down).hasToString("zones 10 | commit 8 | target 5 | stretch 2");
      assertThatIllegalArgumentException().isThrownBy(() -> ZonesMeasure.of(0, 5, 3, 10))
          .withMessageStartingWith("zones must run from start through commit and target to"
              + " stretch in one direction");
      assertThatIllegalArgumentException().isThrownBy(() -> ZonesMeasure.of(0, -1, 3, 10))
          .withMessageStartingWith("zones must run");
      assertThatIllegalArgumentException().isThrownBy(() -> ZonesMeasure.of(0, 1, 11, 10))
          .withMessageStartingWith("zones must run");
      assertThatIllegalArgumentException().isThrownBy(() -> ZonesMeasure.of(1, 1, 1, 1))
          .withMessage("zones stretch must differ from its start 1.0, but was 1.0");
      assertThatIllegalArgumentException().isThrownBy(() -> ZonesMeasure.puzzle(Double.NaN, 1))
          .withMessageStartingWith("zones start must be a finite number");
      assertThatIllegalArgumentException().isThrownBy(() -> ZonesMeasure.puzzle(0, Double.NaN))
          .withMessageStartingWith("zones stretch must be a finite number");
      assertThatIllegalArgumentException().isThrownBy(() -> ZonesMeasure.of(0, Double.NaN, 1, 2))
          .withMessageStartingWith("zones commit must be a finite number");
      assertThatIllegalArgumentException().isThrownBy(() -> ZonesMeasure.of(0, 1, Double.NaN, 2))
          .withMessageStartingWith("zones target must be a finite number");
    }
  }

  @Nested
  class Ordinal {
    @Test
    void ranksZonesWorstFirst() {
      OrdinalMeasure puzzle = OrdinalMeasure.puzzle();
      assertThat(puzzle.zones()).containsExactly("FAIL", "COMMIT", "TARGET", "STRETCH");
      assertThat(puzzle.rank("FAIL")).isZero();
      assertThat(puzzle.rank("STRETCH")).isEqualTo(3);
      assertThat(puzzle.rank("GREAT")).isEqualTo(-1);
      assertThat(puzzle.kind()).isEqualTo(MeasureKind.ORDINAL);
      assertThat(puzzle.unit()).isEqualTo(Unit.number());
      assertThat(puzzle).hasToString("ordinal [FAIL, COMMIT, TARGET, STRETCH]");
    }

    @Test
    void rejectsTooFewRepeatedOrBlankZones() {
      assertThatIllegalArgumentException().isThrownBy(() -> OrdinalMeasure.of("only"))
          .withMessage("ordinal zones must name at least two zones, but was [only]");
      assertThatIllegalArgumentException().isThrownBy(() -> OrdinalMeasure.of("a", "a"))
          .withMessage("ordinal zones must not contain duplicates, but was 'a'");
      assertThatIllegalArgumentException().isThrownBy(() -> OrdinalMeasure.of("a", " "))
          .withMessageStartingWith("ordinal zone must not be blank");
    }
  }

  @Nested
  class Baseline {
    @Test
    void waitsForItsBaseline() {
      BaselineMeasure baseline = BaselineMeasure.of(Direction.DECREASE);
      assertThat(baseline.target()).isEmpty();
      assertThat(baseline.kind()).isEqualTo(MeasureKind.BASELINE);
      assertThat(baseline).hasToString("baseline to be measured (DECREASE)");
      BaselineMeasure known = baseline.withTarget(30).withUnit(Unit.custom("days"));
      assertThat(known.target()).hasValue(30);
      assertThat(known).hasToString("baseline to be measured (DECREASE) target 30 custom:days");
      assertThatIllegalArgumentException().isThrownBy(() -> baseline.withTarget(Double.NaN))
          .withMessage("baseline target must be a finite number, but was NaN");
    }
  }

  @Test
  void directionsHaveSigns() {
    assertThat(Direction.INCREASE.sign()).isEqualTo(1);
    assertThat(Direction.DECREASE.sign()).isEqualTo(-1);
    assertThat(Direction.between(1, 1)).isEqualTo(Direction.INCREASE);
    assertThat(Direction.between(2, 1)).isEqualTo(Direction.DECREASE);
  }

  @Test
  void readingsFollowTheKind() {
    assertThat(MeasureKind.MILESTONE.reading()).isEqualTo(MeasureKind.Reading.DONE);
    assertThat(MeasureKind.STAGES.reading()).isEqualTo(MeasureKind.Reading.STAGES);
    assertThat(MeasureKind.ORDINAL.reading()).isEqualTo(MeasureKind.Reading.ZONE);
    assertThat(MeasureKind.LINEAR.reading()).isEqualTo(MeasureKind.Reading.VALUE);
    assertThat(MeasureKind.BASELINE.reading()).isEqualTo(MeasureKind.Reading.VALUE);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(LinearMeasure.of(1, 2), LinearMeasure.of(1, 2))
        .addEqualityGroup(LinearMeasure.of(1, 2, Direction.INCREASE))
        .addEqualityGroup(LinearMeasure.of(1, 2).withUnit(Unit.percent()))
        .addEqualityGroup(ThresholdMeasure.atLeast(1), ThresholdMeasure.of(1, Direction.INCREASE,
            false))
        .addEqualityGroup(ThresholdMeasure.above(1))
        .addEqualityGroup(RangeMeasure.of(1, 2))
        .addEqualityGroup(MilestoneMeasure.of())
        .addEqualityGroup(StagesMeasure.equal("a", "b"))
        .addEqualityGroup(CheckpointsMeasure.of(0, 1, List.of()))
        .addEqualityGroup(ZonesMeasure.puzzle(0, 10), ZonesMeasure.of(0, 3, 7, 10))
        .addEqualityGroup(OrdinalMeasure.puzzle())
        .addEqualityGroup(BaselineMeasure.of(Direction.INCREASE))
        .addEqualityGroup(Stage.of("a", 0.5), Stage.of("a", 0.5))
        .addEqualityGroup(Stage.of("a", 0.25))
        .addEqualityGroup(Checkpoint.of(1, 0.5), Checkpoint.of(1, 0.5))
        .addEqualityGroup(Checkpoint.of(1, 0.25))
        .testEquals();
  }
}
