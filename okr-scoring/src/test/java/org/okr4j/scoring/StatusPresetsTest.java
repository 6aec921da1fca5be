package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.okr4j.scoring.CascadeTest.AS_OF;
import static org.okr4j.scoring.CascadeTest.link;
import static org.okr4j.scoring.CascadeTest.objective;
import static org.okr4j.scoring.CascadeTest.progress;
import static org.okr4j.scoring.CascadeTest.set;
import static org.okr4j.scoring.CascadeTest.to;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Direction;
import org.okr4j.core.KeyResult;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.ThresholdMeasure;

/**
 * The presets of products PRESETS.md lists by their status rules and scorers alone (Engagedly,
 * UpRaise, Oboard) or by their roll-up (15Five), each by name, with tables derived from the
 * published rules.
 */
class StatusPresetsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 8, 3);

  /** Engagedly: Δ = e − p in points; under 16.5 on track, 16.5 to 33 behind, over 33 at risk. */
  @ParameterizedTest(name = "p {0}, e {1}: {2}")
  @CsvSource({"0.5, 0.5, ON_TRACK", "0.5, 0.664, ON_TRACK", "0.5, 0.665, BEHIND",
      "0.5, 0.83, BEHIND", "0.5, 0.8301, AT_RISK", "1.0, 1.0, COMPLETED", "1.2, 0.1, COMPLETED"})
  void engagedlyByName(double p, double e, Status status) {
    assertThat(ScoringPolicy.named("engagedly").statusRule().status(p, e)).isEqualTo(status);
  }

  /** UpRaise: p ≥ 0.95 e on track; 0.75 e ≤ p &lt; 0.95 e lagging; below at risk. */
  @ParameterizedTest(name = "p {0}, e {1}: {2}")
  @CsvSource({"0.95, 1.0, ON_TRACK", "0.9499, 1.0, LAGGING", "0.75, 1.0, LAGGING",
      "0.7499, 1.0, AT_RISK", "0.0, 0.0, ON_TRACK"})
  void upraiseByName(double p, double e, Status status) {
    assertThat(ScoringPolicy.named("upraise").statusRule().status(p, e)).isEqualTo(status);
  }

  /** Oboard: r = p / e; under 0.4 at risk, 0.4 to 0.7 behind, from 0.7 on track. */
  @ParameterizedTest(name = "p {0}, e {1}: {2}")
  @CsvSource({"0.2, 0.5, BEHIND", "0.1999, 0.5, AT_RISK", "0.35, 0.5, ON_TRACK",
      "0.3499, 0.5, BEHIND", "0.0, 0.0, ON_TRACK"})
  void oboardByName(double p, double e, Status status) {
    assertThat(ScoringPolicy.named("oboard").statusRule().status(p, e)).isEqualTo(status);
  }

  /** UpRaise: "range, binary: inside [low, high] → 1, else 0" (bounds inside). */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"40, 1", "50, 1", "60, 1", "39.9, 0", "61, 0"})
  void upraiseScoresARangeInsideOrOut(double value, double expected) {
    KeyResult kr = KeyResult.of("kr", "KR", RangeMeasure.of(40, 60))
        .withCheckIn(CheckIn.of(DAY.minusDays(1), value));
    assertThat(ScoringPolicy.named("upraise").scorer().score(kr, DAY).value())
        .isEqualTo(expected);
  }

  /** Oboard: "threshold, inclusive: ≥ and ≤", whatever the measure declares. */
  @ParameterizedTest(name = "{0} {1} {2}, value {3}: {4}")
  @CsvSource({"INCREASE, true, 100, 100, 1", "INCREASE, true, 100, 99.9, 0",
      "DECREASE, true, 5, 5, 1", "DECREASE, true, 5, 5.1, 0", "INCREASE, false, 100, 100, 1",
      "INCREASE, false, 100, 101, 1"})
  void oboardMeetsAThresholdAtIt(Direction direction, boolean strict, double threshold,
      double value, double expected) {
    ThresholdMeasure measure = ThresholdMeasure.of(threshold, direction, strict);
    KeyResult kr = KeyResult.of("kr", "KR", measure)
        .withCheckIn(CheckIn.of(DAY.minusDays(1), value));
    assertThat(ScoringPolicy.named("oboard").scorer().score(kr, DAY).value())
        .isEqualTo(expected);
  }

  /**
   * 15Five: "KRs and contributing child objectives share equally (1 KR + 4 children → 20 % each)";
   * a supporting child does not count.
   */
  @Test
  void fifteenFiveSharesEquallyBetweenKeyResultsAndChildren() {
    Scores scores = ScoringPolicy.named("15five").score(set(objective("p", 10),
        objective("a", 0, to("p")), objective("b", 0, to("p")), objective("c", 0, to("p")),
        objective("d", 0, to("p")), objective("s", 10, link("p", AlignmentKind.SUPPORTS, 1))),
        AS_OF);
    assertThat(progress(scores, "p")).isCloseTo(0.2, within(1e-12));
  }
}
