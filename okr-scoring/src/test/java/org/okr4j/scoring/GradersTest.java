package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.okr4j.core.Commitment.ASPIRATIONAL;
import static org.okr4j.core.Commitment.COMMITTED;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.ZonesMeasure;

/** Grading tables from PRESETS.md. */
class GradersTest {

  @ParameterizedTest(name = "Google {0}: {1}")
  @CsvSource({"0.0, red", "0.3, red", "0.39, red", "0.4, yellow", "0.6, yellow", "0.69, yellow",
      "0.7, green", "1.0, green"})
  void googleBands(double score, String band) {
    assertThat(Graders.google().grade(score, ASPIRATIONAL).band()).isEqualTo(band);
  }

  @Test
  void googleFlags() {
    assertThat(Graders.google().grade(0.9, COMMITTED).flags()).containsExactly("postmortem");
    assertThat(Graders.google().grade(1.0, COMMITTED).flags()).isEmpty();
    assertThat(Graders.google().grade(1.0, ASPIRATIONAL).flags()).containsExactly("sandbagging");
    assertThat(Graders.google().grade(0.99, ASPIRATIONAL).has("sandbagging")).isFalse();
    assertThat(Graders.google().grade(1.0, ASPIRATIONAL).has("sandbagging")).isTrue();
    assertThat(Graders.google().grade(0.7, ASPIRATIONAL).explanation())
        .isEqualTo("Google: 0.7 is green; aspirational OKRs expect about 0.7");
    assertThat(Graders.google().grade(0.7, COMMITTED).explanation())
        .isEqualTo("Google: 0.7 is green; committed OKRs expect 1.0");
  }

  @ParameterizedTest(name = "Viva {0} {1}: {2} {3}")
  @CsvSource({"0.59, ASPIRATIONAL, low, ''", "0.6, ASPIRATIONAL, healthy, ''",
      "0.8, ASPIRATIONAL, healthy, ''", "0.81, COMMITTED, high, needs attention",
      "1.0, ASPIRATIONAL, high, needs attention|not ambitious",
      "1.0, COMMITTED, high, needs attention"})
  void vivaGoals(double score, org.okr4j.core.Commitment commitment, String band, String flags) {
    Grade grade = Graders.vivaGoals().grade(score, commitment);
    assertThat(grade.band()).isEqualTo(band);
    assertThat(String.join("|", grade.flags())).isEqualTo(flags);
  }

  @ParameterizedTest(name = "WorkBoard {0}: {1}")
  @CsvSource({"0.91, dark green", "0.9, light green", "0.71, light green", "0.7, amber",
      "0.51, amber", "0.5, red", "0.0, red"})
  void workboard(double score, String band) {
    assertThat(Graders.workboard().grade(score, ASPIRATIONAL).band()).isEqualTo(band);
  }

  @ParameterizedTest(name = "Atlassian {0}: {1}")
  @CsvSource({"0.3, off track", "0.4, at risk", "0.6, at risk", "0.7, on track", "1.0, on track"})
  void atlassian(double score, String band) {
    assertThat(Graders.atlassian().grade(score, ASPIRATIONAL).band()).isEqualTo(band);
  }

  @ParameterizedTest(name = "OpenOKR {0}: {1} {2}")
  @CsvSource({"1.3, 1.3, fully achieved", "1.0, 1.0, fully achieved",
      "0.995, 0.995, strong", "0.6, 0.6, strong", "0.595, 0.595, partial",
      "0.3, 0.3, partial", "0.29, 0.29, little"})
  void openOkr(double progress, double score, String band) {
    // Bands of the objective's score as given: OpenOKR rounds key results' scores, not the mean.
    Grade grade = Graders.openOkr().grade(progress, ASPIRATIONAL);
    assertThat(grade.score()).isEqualTo(score);
    assertThat(grade.band()).isEqualTo(band);
  }

  @ParameterizedTest(name = "Puzzle ratio {0}: {1}")
  @CsvSource({"0.29, FAIL", "0.3, COMMIT", "0.69, COMMIT", "0.7, TARGET", "0.99, TARGET",
      "1.0, STRETCH", "-1, FAIL"})
  void puzzleBuckets(double ratio, Portfolio.Bucket bucket) {
    assertThat(Portfolio.Bucket.of(ratio)).isEqualTo(bucket);
    assertThat(Graders.puzzleOkr().grade(ratio, ASPIRATIONAL).band()).isEqualTo(bucket.name());
  }

  @ParameterizedTest(name = "Puzzle zones 0->10 at {0}: {1}")
  @CsvSource({"2.99, FAIL", "3, COMMIT", "6.99, COMMIT", "7, TARGET", "10, STRETCH",
      "12, STRETCH"})
  void puzzleZonesAreLowerBoundInclusive(double value, Portfolio.Bucket zone) {
    assertThat(Portfolio.Bucket.zoneOf(ZonesMeasure.puzzle(0, 10), value)).isEqualTo(zone);
  }

  @ParameterizedTest(name = "Puzzle zones 10->0 at {0}: {1}")
  @CsvSource({"7.01, FAIL", "7, COMMIT", "3, TARGET", "0, STRETCH", "-1, STRETCH"})
  void puzzleZonesFollowTheDirection(double value, Portfolio.Bucket zone) {
    assertThat(Portfolio.Bucket.zoneOf(ZonesMeasure.puzzle(10, 0), value)).isEqualTo(zone);
  }

  @ParameterizedTest(name = "OpenOKR verdict of mean {0}: {1}")
  @CsvSource({"0.86, TOO_SAFE", "0.85, HEALTHY", "0.6, HEALTHY", "0.59, PARTIAL", "0.4, PARTIAL",
      "0.39, OUTRAN_CAPACITY"})
  void openOkrVerdict(double mean, Portfolio.Verdict verdict) {
    assertThat(Portfolio.openOkrVerdict(List.of(mean, mean))).isEqualTo(verdict);
  }

  @Test
  void portfolioPatterns() {
    assertThat(Portfolio.isTooSafe(List.of(1.0, 1.0, 1.2, 0.5))).isTrue();
    assertThat(Portfolio.isTooSafe(List.of(1.0, 1.0, 0.9, 0.5))).isFalse();
    assertThat(Portfolio.isTooSafe(List.of())).isFalse();
    assertThat(Portfolio.committedShareMet(List.of(1.0, 0.9, 1.1, 0.2))).hasValue(0.5);
    assertThat(Portfolio.committedShareMet(List.of())).isEmpty();
    assertThat(Portfolio.isGoogleHealthy(List.of(0.6, 0.8))).isTrue();
    assertThat(Portfolio.isGoogleHealthy(List.of(0.6, 0.6))).isTrue();
    assertThat(Portfolio.isGoogleHealthy(List.of(0.59, 0.59))).isFalse();
    assertThat(Portfolio.isGoogleHealthy(List.of(0.71, 0.71))).isFalse();
    assertThat(Portfolio.distribution(List.of(0.1, 0.3, 0.5, 0.9, 1.0, 1.3))).isEqualTo(Map.of(
        Portfolio.Bucket.FAIL, 1, Portfolio.Bucket.COMMIT, 2, Portfolio.Bucket.TARGET, 1,
        Portfolio.Bucket.STRETCH, 2));
    assertThat(Portfolio.distribution(List.of())).containsValues(0, 0, 0, 0);
    assertThatIllegalArgumentException().isThrownBy(() -> Portfolio.openOkrVerdict(List.of()))
        .withMessage("scores must not be empty, but was []");
  }

  /**
   * Means that land on a published boundary as decimals land beside it in binary: each grader
   * bands the mean as written. The means are made here as a roll-up makes them.
   */
  @ParameterizedTest(name = "mean of {0}: Google {1}, Atlassian {2}, WorkBoard {3}, Viva {4}")
  @CsvSource({
      // (0.7 + 0.1) / 2 = 0.39999999999999997, (0.7 + 0.7 + 0.7) / 3 = 0.6999999999999998
      "0.7 0.1,         yellow, at risk,  red,         low",
      "0.7 0.7 0.7,     green,  on track, amber,       healthy",
      // (0.8 + 0.4 + 0.3) / 3 = 0.5000000000000001 is not above 50 %
      "0.8 0.4 0.3,     yellow, at risk,  red,         low",
      // (1 + 1 + 0.1) / 3 = 0.7000000000000001 is not above 70 %
      "1.0 1.0 0.1,     green,  on track, amber,       healthy",
      // (1 + 0.4 + 0.7 + 0.3) / 4 = 0.5999999999999999 is 0.6
      "1.0 0.4 0.7 0.3, yellow, at risk,  amber,       healthy"})
  void meansOnABoundaryAreBandedAsWritten(String scores, String google, String atlassian,
      String workboard, String viva) {
    double sum = 0;
    String[] parts = scores.split(" ");
    for (String part : parts) {
      sum += Double.parseDouble(part);
    }
    double mean = sum / parts.length;
    assertThat(Graders.google().grade(mean, ASPIRATIONAL).band()).isEqualTo(google);
    assertThat(Graders.atlassian().grade(mean, ASPIRATIONAL).band()).isEqualTo(atlassian);
    assertThat(Graders.workboard().grade(mean, ASPIRATIONAL).band()).isEqualTo(workboard);
    assertThat(Graders.vivaGoals().grade(mean, ASPIRATIONAL).band()).isEqualTo(viva);
    assertThat(Graders.google().grade(mean, ASPIRATIONAL).score()).isEqualTo(mean);
  }

  @Test
  void ratiosAndMeansOnABoundaryAreJudgedAsWritten() {
    // (2.3 - 0.8) / (5.8 - 0.8) = 0.29999999999999993: on COMMIT's lower bound as written
    double ratio = (2.3 - 0.8) / (5.8 - 0.8);
    assertThat(ratio).isLessThan(0.3);
    assertThat(Portfolio.Bucket.of(ratio)).isEqualTo(Portfolio.Bucket.COMMIT);
    assertThat(Graders.puzzleOkr().grade(ratio, ASPIRATIONAL).band()).isEqualTo("COMMIT");
    // (1 + 0.4 + 0.7) / 3 = 0.6999999999999998: TARGET
    assertThat(Portfolio.Bucket.of((1.0 + 0.4 + 0.7) / 3)).isEqualTo(Portfolio.Bucket.TARGET);
    // (0.9 + 0.8) / 2 = 0.8500000000000001 is not above 0.85
    assertThat(Portfolio.openOkrVerdict(List.of(0.9, 0.8))).isEqualTo(Portfolio.Verdict.HEALTHY);
    assertThat(Portfolio.openOkrVerdict(List.of(0.9, 0.82))).isEqualTo(Portfolio.Verdict.TOO_SAFE);
    // 0.6 + 0.3 + 0.1 = 0.9999999999999999: a score of 1 as written, met
    double one = 0.6 + 0.3 + 0.1;
    assertThat(one).isLessThan(1.0);
    assertThat(Portfolio.committedShareMet(List.of(one, 0.5))).hasValue(0.5);
    assertThat(Portfolio.isTooSafe(List.of(one, one, one, 0.5))).isTrue();
    // (1 + 1 + 0.1) / 3 = 0.7000000000000001: within 0.6 to 0.7 as written
    assertThat(Portfolio.isGoogleHealthy(List.of(1.0, 1.0, 0.1))).isTrue();
    assertThat(Portfolio.openOkrDraftVerdict(List.of(1.0, 1.0, 0.1)))
        .contains(Portfolio.DraftVerdict.SWEET_SPOT);
    assertThat(ScoreNote.openOkr(one, COMMITTED)).isEmpty();
    assertThat(Graders.google().grade(one, COMMITTED).flags()).isEmpty();
    // Bands of rule text: Google's, as the javadoc of TextRule writes them
    GradeBands google = new GradeBands(List.of(new GradeBands.Band(0.7, "green"),
        new GradeBands.Band(0.4, "yellow")), "red");
    assertThat(google.label((0.7 + 0.1) / 2)).isEqualTo("yellow");
    assertThat(google.label(0.39)).isEqualTo("red");
    // The fill of a Puzzle bar at that ratio: the fail zone full, nothing of commit
    ZoneFill fill = ZoneFill.ofPercent(ratio * 100);
    assertThat(fill.fail()).isEqualTo(100);
    assertThat(fill.commit()).isZero();
  }

  @Test
  void aNaNRatioHasNoBucket() {
    assertThatIllegalArgumentException().isThrownBy(() -> Portfolio.Bucket.of(Double.NaN))
        .withMessage("Puzzle ratio must be a number, but was NaN");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Portfolio.distribution(List.of(0.5, Double.NaN)));
    GradeBands bands = new GradeBands(List.of(new GradeBands.Band(0.5, "pass")), "fail");
    assertThatIllegalArgumentException().isThrownBy(() -> bands.label(Double.NaN))
        .withMessage("graded score must be a number, but was NaN");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScoreNote.openOkr(Double.NaN, COMMITTED))
        .withMessage("score at close must be a number, but was NaN");
  }

  @Test
  void gradesRejectNonFiniteScores() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Grade(Double.NaN, "x", List.of(), "why"))
        .withMessage("grade score must be a finite number, but was NaN");
  }
}
