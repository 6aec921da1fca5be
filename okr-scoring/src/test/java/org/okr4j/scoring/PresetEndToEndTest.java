package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Commitment;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.ThresholdMeasure;

/**
 * Every built-in scoring preset end to end: one small set scored through
 * {@link ScoringPolicy#named}, with the numbers worked out from each product's published rule.
 */
class PresetEndToEndTest {

  /** 100 days from start to end: on day 50 the expected progress is 0.5. */
  static final Cycle CYCLE = Cycle.of("c", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 11));
  static final LocalDate AS_OF = CYCLE.start().plusDays(50);

  /**
   * o (committed): kr-a 0 to 10 read 4 (0.4, weight 3); kr-b 100 to 50 read 40 (1.2 uncapped,
   * 1.0 clamped); kr-c at least 50 read exactly 50 (met inclusively, missed strictly); kr-d never
   * read. empty: an objective without key results.
   */
  static OkrSet set() {
    LocalDate read = CYCLE.start().plusDays(45);
    KeyResult a = KeyResult.of("kr-a", "A", LinearMeasure.of(0, 10)).withWeight(3)
        .withCheckIn(CheckIn.of(read, 4));
    KeyResult b = KeyResult.of("kr-b", "B", LinearMeasure.of(100, 50))
        .withCheckIn(CheckIn.of(read, 40));
    KeyResult c = KeyResult.of("kr-c", "C", ThresholdMeasure.atLeast(50))
        .withCheckIn(CheckIn.of(read, 50));
    KeyResult d = KeyResult.of("kr-d", "D", LinearMeasure.of(0, 1));
    Objective o = Objective.builder().id(ObjectiveId.of("o")).title("O")
        .level(LevelScheme.standard().top()).cycle(CYCLE.id()).commitment(Commitment.COMMITTED)
        .addKeyResults(a, b, c, d).build();
    Objective empty = Objective.builder().id(ObjectiveId.of("empty")).title("E")
        .level(LevelScheme.standard().top()).cycle(CYCLE.id()).build();
    return OkrSet.builder().addCycles(CYCLE).addObjectives(o, empty).build();
  }

  @ParameterizedTest(name = "{0}: {1}, {2}")
  @CsvSource({
      // preset, o's progress, o's status, empty's progress and kr-d's (NaN: not scored)
      // weighted mean (3 x 0.4 + 1 + 1) / 5; Viva's rule: kr-a 10 points behind is BEHIND, the worst
      "okr4j,      0.64,   BEHIND,    NaN, NaN",
      // plain mean (0.4 + 1 + 1) / 3
      "google,     0.8,    BEHIND,    NaN, NaN",
      "doerr,      0.8,    BEHIND,    NaN, NaN",
      // equal shares of a quarter, kr-d's share counted as 0: (0.4 + 1 + 1 + 0) / 4
      "viva-goals, 0.6,    BEHIND,    NaN, NaN",
      // negative progress floored at 0 only, so kr-b counts 1.2: (0.4 + 1.2 + 1) / 3
      "perdoo,     0.8667, BEHIND,    NaN, NaN",
      // uncapped kr-b 1.2 and strict threshold kr-c 0: (0.4 + 1.2 + 0) / 3; kr-c 50 points behind
      "quantive,   0.5333, AT_RISK,   NaN, NaN",
      "workboard,  0.8,    BEHIND,    NaN, NaN",
      "atlassian,  0.8,    BEHIND,    NaN, NaN",
      // the objective's own 0.8 against 0.5: d = 0.3, on track (kr-a alone would be on track too)
      "burningokr, 0.8,    ON_TRACK,  NaN, NaN",
      "puzzle-okr, 0.8,    BEHIND,    NaN, NaN",
      // weighted mean 0.64, rounded to 2 decimals of a percent; kr-a at 0.4 / 0.5 = 0.8 of pace is
      // green; a goal without key results shows 0
      "openokr,    0.64,   ON_TRACK,  0,   NaN",
      "gitlab,     0.8,    BEHIND,    NaN, NaN",
      // the objective's own 80 % against 50 % elapsed: on track
      "mhokr,      0.8,    ON_TRACK,  NaN, NaN",
      // weighted mean 0.64, rounded to a whole percent; a goal without key results shows 0
      "shamanr,    0.64,   BEHIND,    0,   NaN",
      // kr-d unread reads its start: 0; (3 x 0.4 + 1 + 1 + 0) / 6 = 53.33 % rounded to 53 %; kr-d
      // 50 points behind is AT_RISK, the worst
      "oslo,       0.53,   AT_RISK,   NaN, 0",
      // weighted mean (3 x 0.4 + 1 + 1) / 5, okr4j's status
      "lattice,    0.64,   BEHIND,    NaN, NaN"})
  void scoresTheSetAsItsProductWould(String name, double progress, Status status,
      double empty, double unread) {
    Scores scores = ScoringPolicy.named(name).score(set(), AS_OF);
    assertThat(scores.progress(ObjectiveId.of("o")).value()).isCloseTo(progress, within(1e-4));
    assertThat(scores.status(ObjectiveId.of("o"))).contains(status);
    // NaN stands for "not scored", okr4j's default for an objective without key results
    assertThat(scores.progress(ObjectiveId.of("empty")).isScored()).isEqualTo(!Double.isNaN(empty));
    assertThat(Double.valueOf(scores.progress(ObjectiveId.of("empty")).orElse(Double.NaN)))
        .isEqualTo(Double.valueOf(empty));
    assertThat(Double.valueOf(scores.progress(KeyResultId.of("kr-d")).orElse(Double.NaN)))
        .isEqualTo(Double.valueOf(unread));
    assertThat(scores.status(KeyResultId.of("kr-d")))
        .contains(Double.isNaN(unread) ? Status.NOT_STARTED : Status.AT_RISK);
  }

  @Test
  void everyBuiltInPresetIsCovered() {
    assertThat(ScoringPolicy.names()).startsWith("okr4j", "google", "doerr", "viva-goals",
        "perdoo", "quantive", "workboard", "atlassian", "burningokr", "puzzle-okr", "openokr",
        "gitlab", "mhokr", "shamanr", "oslo", "lattice", "15five", "engagedly", "upraise",
        "oboard");
  }
}
