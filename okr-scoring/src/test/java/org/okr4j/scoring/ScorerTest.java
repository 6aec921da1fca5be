package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.okr4j.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.testing.OkrSets;

/** The composition defaults of {@link Scorer}, {@link Rounding} and the contract of all scorers. */
class ScorerTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

  static List<Scorer> builtIns() {
    return List.of(Scorers.linear(), Scorers.linear(EqualStartTarget.ONE_WHEN_MET),
        Scorers.maintainedShare(org.okr4j.core.testing.OkrSets.quarter()),
        Scorers.threshold(), Scorers.range(), Scorers.rangeBinary(), Scorers.milestone(),
        Scorers.stages(), Scorers.checkpoints(), Scorers.zones(), Scorers.ordinal(),
        Scorers.baseline(), Scorers.standard());
  }

  @Test
  void everyBuiltInScorerIsFiniteDeterministicAndExplained() {
    qt(60).forAll(OkrSets.any(20)).checkAssert(set -> {
      for (Objective objective : set.objectives()) {
        for (KeyResult kr : objective.keyResults()) {
          for (Scorer scorer : builtIns()) {
            Progress p = scorer.score(kr, AS_OF);
            assertThat(Double.isFinite(p.orElse(0))).isTrue();
            assertThat(p.explanation()).isNotBlank();
            assertThat(scorer.score(kr, AS_OF)).isEqualTo(p);
          }
        }
      }
    });
  }

  @Test
  void theStandardScorerStaysInItsDocumentedRange() {
    OkrSet set = OkrSets.valid(7, 40);
    for (Objective objective : set.objectives()) {
      for (KeyResult kr : objective.keyResults()) {
        Progress p = Scorers.standard().score(kr, AS_OF);
        if (p.isScored() && !(kr.measure() instanceof org.okr4j.core.ZonesMeasure)) {
          assertThat(p.value()).isBetween(0.0, 1.0);
        }
      }
    }
  }

  @Test
  void linearIsMonotonicInTheMeasuresDirection() {
    qt().forAll(org.quicktheories.generators.SourceDSL.doubles().between(-1000, 1000),
            org.quicktheories.generators.SourceDSL.doubles().between(-1000, 1000),
            org.quicktheories.generators.SourceDSL.doubles().between(0, 500))
        .assuming((start, value, step) -> start != 0)
        .checkAssert((start, value, step) -> {
          LinearMeasure m = LinearMeasure.of(start, 0);
          double here = ScorersTest.score(Scorers.linear(), ScorersTest.read(m, value));
          double better = ScorersTest.score(Scorers.linear(),
              ScorersTest.read(m, value + m.direction().sign() * step));
          assertThat(better).isGreaterThanOrEqualTo(here - 1e-9);
        });
  }

  @Test
  void thresholdAndZoneScorersNeverFallAsTheValueImproves() {
    qt().forAll(org.quicktheories.generators.SourceDSL.doubles().between(-1000, 1000),
            org.quicktheories.generators.SourceDSL.doubles().between(0, 500))
        .checkAssert((value, step) -> {
          for (org.okr4j.core.Measure m : List.of(org.okr4j.core.ThresholdMeasure.atLeast(10),
              org.okr4j.core.ThresholdMeasure.below(10), org.okr4j.core.ZonesMeasure.puzzle(0, 100),
              org.okr4j.core.ZonesMeasure.puzzle(100, 0))) {
            int sign = m instanceof org.okr4j.core.ThresholdMeasure t ? t.direction().sign()
                : ((org.okr4j.core.ZonesMeasure) m).direction().sign();
            double here = ScorersTest.score(Scorers.standard(), ScorersTest.read(m, value));
            double better = ScorersTest.score(Scorers.standard(),
                ScorersTest.read(m, value + sign * step));
            assertThat(better).isGreaterThanOrEqualTo(here);
          }
        });
  }

  @Test
  void cappedRejectsInvertedOrNanBounds() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scorers.linear().capped(1, 0))
        .withMessage("cap must have low <= high, but was [1.0, 0.0]");
    assertThatIllegalArgumentException().isThrownBy(() -> Scorers.linear().capped(Double.NaN, 1))
        .withMessageStartingWith("cap must have low <= high");
    assertThatIllegalArgumentException().isThrownBy(() -> Scorers.linear().capped(0, Double.NaN))
        .withMessageStartingWith("cap must have low <= high");
    KeyResult kr = ScorersTest.read(LinearMeasure.of(0, 10), 5);
    assertThat(Scorers.linear().capped(0.5, 0.5).score(kr, AS_OF).value()).isEqualTo(0.5);
    assertThat(Scorers.linear().capped(0.6, 1).score(kr, AS_OF).value()).isEqualTo(0.6);
  }

  @Test
  void cappedAndRoundedPassNotScoredThrough() {
    KeyResult none = KeyResult.of("kr", "K", LinearMeasure.of(0, 1));
    assertThat(Scorers.linear().capped(0, 1).rounded(Rounding.HALF_AWAY_FROM_ZERO_WHOLE_PERCENT)
        .score(none, AS_OF).isScored()).isFalse();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "NONE,                              0.123456, 0.123456",
      // OpenOKR: percent to 2 decimals, ties away from zero
      "HALF_AWAY_FROM_ZERO_PERCENT_2DP,   0.123456, 0.1235",
      "HALF_AWAY_FROM_ZERO_PERCENT_2DP,   0.12345,  0.1235",
      "HALF_AWAY_FROM_ZERO_PERCENT_2DP,   -0.12345, -0.1235",
      // ties as written, though the binary product is below them (0.10085 * 100 = 10.084999...)
      "HALF_AWAY_FROM_ZERO_PERCENT_2DP,   0.10085,  0.1009",
      "HALF_AWAY_FROM_ZERO_PERCENT_2DP,   -0.10085, -0.1009",
      "HALF_AWAY_FROM_ZERO_PERCENT_2DP,   0.10084,  0.1008",
      // ShamanR: whole percent, ties away from zero
      "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT, 0.125,    0.13",
      "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT, -0.125,   -0.13",
      "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT, 0.124,    0.12",
      // 0.145 * 100 = 14.499999999999998, 0.285 * 100 = 28.499999999999996: ties as written
      "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT, 0.145,    0.15",
      "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT, 0.285,    0.29",
      "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT, 0.565,    0.57",
      "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT, -0.145,   -0.15",
      "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT, 0.14499,  0.14",
      "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT, 1.005,    1.01",
      // worked out in binary: 0.35 / 10 = 0.034999999999999996 is 3.5 %, 0.175 / 100 is 0.175 %
      "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT, 0.034999999999999996, 0.04",
      "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT, -0.034999999999999996, -0.04",
      // a tie at the ninth place of the percentage rounds away from zero on both sides
      "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT, 0.124999999995, 0.13",
      "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT, -0.124999999995, -0.13",
      "HALF_AWAY_FROM_ZERO_PERCENT_2DP,   0.0017499999999999998, 0.0018",
      // Oslo: JavaScript Math.round on the percent, ties towards +infinity
      "JAVASCRIPT_WHOLE_PERCENT,          0.125,    0.13",
      "JAVASCRIPT_WHOLE_PERCENT,          -0.125,   -0.12",
      "JAVASCRIPT_WHOLE_PERCENT,          0.994,    0.99",
      // JavaScript rounds the binary product: Math.round(0.145 * 100) is 14
      "JAVASCRIPT_WHOLE_PERCENT,          0.145,    0.14"})
  void roundingRules(Rounding rounding, double progress, double expected) {
    assertThat(rounding.apply(progress)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Math.round({0}) = {1}")
  @CsvSource({"2.5, 3", "-2.5, -2", "-0.5, 0", "0.5, 1", "-1.5, -1", "1.4999999999999998, 1",
      "0.49999999999999994, 0", "-0.49999999999999994, 0", "4503599627370497, 4503599627370497",
      "-3.7, -4", "3, 3"})
  void javaScriptRoundsTiesTowardsPlusInfinityAndNothingElseUp(double percent, double rounded) {
    // Math.floor(x + 0.5) would give 1 for 0.49999999999999994 and 4503599627370498 for 2^52 + 1
    assertThat(Rounding.javaScriptRound(percent)).isEqualTo(rounded);
  }

  @ParameterizedTest
  @CsvSource({"NONE", "HALF_AWAY_FROM_ZERO_PERCENT_2DP", "HALF_AWAY_FROM_ZERO_WHOLE_PERCENT",
      "JAVASCRIPT_WHOLE_PERCENT"})
  void aFractionBeyondAFinitePercentageIsLeftAsItIs(Rounding rounding) {
    assertThat(rounding.apply(Double.MAX_VALUE)).isEqualTo(Double.MAX_VALUE);
    assertThat(rounding.apply(-Double.MAX_VALUE)).isEqualTo(-Double.MAX_VALUE);
  }

  @Test
  void roundingIsExplained() {
    KeyResult kr = ScorersTest.read(LinearMeasure.of(0, 8), 1);
    Progress p = Scorers.linear().rounded(Rounding.HALF_AWAY_FROM_ZERO_WHOLE_PERCENT)
        .score(kr, AS_OF);
    assertThat(p.value()).isEqualTo(0.13);
    assertThat(p.explanation()).isEqualTo("linear: (1 - 0) / (8 - 0) = 0.125, rounded to a whole"
        + " percent, ties away from zero = 0.13");
    assertThat(Scorers.linear().rounded(Rounding.NONE).score(kr, AS_OF).explanation())
        .isEqualTo("linear: (1 - 0) / (8 - 0) = 0.125");
  }

  @Test
  void progressValues() {
    Progress scored = Progress.of(0.5, "half");
    assertThat(scored).hasToString("0.5 (half)");
    assertThat(scored.orElse(9)).isEqualTo(0.5);
    Progress none = Progress.notScored("nothing yet");
    assertThat(none).hasToString("not scored (nothing yet)");
    assertThat(none.orElse(9)).isEqualTo(9);
    assertThatIllegalStateException().isThrownBy(none::value)
        .withMessage("not scored: nothing yet");
    assertThatIllegalArgumentException().isThrownBy(() -> Progress.of(Double.NaN, "x"))
        .withMessage("progress value must be a finite number, but was NaN");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Progress.of(Double.POSITIVE_INFINITY, "x"));
    assertThat(Progress.fmt(1.0 / 3)).isEqualTo("0.3333");
    assertThat(Progress.fmt(2.0)).isEqualTo("2");
  }
}
