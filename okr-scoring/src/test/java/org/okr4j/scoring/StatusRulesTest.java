package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row follows the rule as PRESETS.md states it; p and e are fractions. */
class StatusRulesTest {

  @ParameterizedTest(name = "Viva p={0} e={1}: {2}")
  @CsvSource({
      // Δ = e - p in points: Δ > 25 AT_RISK; 0 < Δ <= 25 BEHIND; Δ <= 0 ON_TRACK
      "0.30, 0.55, BEHIND", "0.29, 0.55, AT_RISK", "0.55, 0.55, ON_TRACK", "0.56, 0.55, ON_TRACK",
      "0.54, 0.55, BEHIND", "0.0, 0.26, AT_RISK", "0.0, 0.25, BEHIND"})
  void vivaGoals(double p, double e, Status expected) {
    assertThat(StatusRules.vivaGoals().status(p, e)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Viva p={0} e={1}: {2}")
  @CsvSource(delimiter = '|', value = {
      // the bound named is the one the rule states for that band, its ends included
      "0.0  | 0.25 | e - p = 25 points > 0 and <= 25: BEHIND",
      "0.0  | 0.26 | e - p = 26 points > 25: AT_RISK",
      "0.55 | 0.55 | e - p = 0 points <= 0: ON_TRACK"})
  void vivaGoalsNamesTheBoundItApplied(double p, double e, String comparison) {
    assertThat(StatusRules.vivaGoals().explain(p, e)).endsWith(comparison);
  }

  @ParameterizedTest(name = "BurningOKR p={0} e={1}: {2}")
  @CsvSource({
      // d = p - e: d < -0.4 OFF_TRACK; d < -0.2 AT_RISK; else ON_TRACK
      "0.10, 0.55, OFF_TRACK", "0.15, 0.55, AT_RISK", "0.35, 0.55, ON_TRACK",
      "0.34, 0.55, AT_RISK", "0.9, 0.5, ON_TRACK", "0.0, 0.41, OFF_TRACK"})
  void burningOkr(double p, double e, Status expected) {
    assertThat(StatusRules.burningOkr().status(p, e)).isEqualTo(expected);
  }

  @Test
  void burningOkrThresholdsAreConfigurable() {
    assertThat(StatusRules.burningOkr(0.1, 0.05).status(0.4, 0.5)).isEqualTo(Status.AT_RISK);
    assertThat(StatusRules.burningOkr(0.1, 0.05).status(0.3, 0.5)).isEqualTo(Status.OFF_TRACK);
    assertThatIllegalArgumentException().isThrownBy(() -> StatusRules.burningOkr(0.1, 0.2))
        .withMessage("BurningOKR thresholds must have offTrack >= atRisk >= 0, but were 0.1 and 0.2");
    assertThatIllegalArgumentException().isThrownBy(() -> StatusRules.burningOkr(0.1, -0.1))
        .withMessageStartingWith("BurningOKR thresholds");
    // offTrack >= atRisk >= 0: equal thresholds, and a zero one, are allowed
    assertThat(StatusRules.burningOkr(0.2, 0.2).status(0.25, 0.5)).isEqualTo(Status.OFF_TRACK);
    assertThat(StatusRules.burningOkr(0.2, 0.2).status(0.3, 0.5)).isEqualTo(Status.ON_TRACK);
    assertThat(StatusRules.burningOkr(0.1, 0).status(0.45, 0.5)).isEqualTo(Status.AT_RISK);
    assertThat(StatusRules.burningOkr(0.1, 0).status(0.5, 0.5)).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void burningOkrWithoutAnOffTrackBoundStillExplainsItself() {
    // An infinite bound is never crossed, so never written: the rule is made and explains.
    StatusRule neverOffTrack = StatusRules.burningOkr(Double.POSITIVE_INFINITY, 0.2);
    assertThat(neverOffTrack.status(0.0, 1.0)).isEqualTo(Status.AT_RISK);
    assertThat(neverOffTrack.explain(0.0, 1.0))
        .isEqualTo("BurningOKR: progress 0, expected 1, d = p - e = -1 < -0.2: AT_RISK");
    assertThat(neverOffTrack.explain(0.5, 0.5))
        .isEqualTo("BurningOKR: progress 0.5, expected 0.5, d = p - e = 0 >= -0.2: ON_TRACK");
  }

  @ParameterizedTest(name = "MHOKR p={0} e={1}: {2}")
  @CsvSource({
      // p >= 1 COMPLETED; e - p > 15 points OFF_TRACK; > 5 AT_RISK; else ON_TRACK
      "1.0, 0.5, COMPLETED", "1.2, 1.0, COMPLETED", "0.34, 0.5, OFF_TRACK", "0.35, 0.5, AT_RISK",
      "0.45, 0.5, ON_TRACK", "0.44, 0.5, AT_RISK", "0.99, 1.0, ON_TRACK"})
  void mhokr(double p, double e, Status expected) {
    assertThat(StatusRules.mhokr().status(p, e)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Engagedly p={0} e={1}: {2}")
  @CsvSource({
      // Δ < 16.5 ON_TRACK; 16.5-33 BEHIND; > 33 AT_RISK; p >= 1 ACHIEVED
      "0.40, 0.565, BEHIND", "0.40, 0.5649, ON_TRACK", "0.20, 0.53, BEHIND",
      "0.20, 0.531, AT_RISK", "1.0, 1.0, COMPLETED"})
  void engagedly(double p, double e, Status expected) {
    assertThat(StatusRules.engagedly().status(p, e)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "UpRaise p={0} e={1}: {2}")
  @CsvSource({
      // p >= 0.95 e ON_TRACK; 0.75 e to 0.95 e LAGGING; below AT_RISK
      "0.95, 1.0, ON_TRACK", "0.94, 1.0, LAGGING", "0.75, 1.0, LAGGING", "0.74, 1.0, AT_RISK",
      "0.0, 0.0, ON_TRACK"})
  void upraise(double p, double e, Status expected) {
    assertThat(StatusRules.upraise().status(p, e)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Oboard p={0} e={1}: {2}")
  @CsvSource({
      // r = p / e: r < 0.4 AT_RISK; 0.4-0.7 BEHIND; >= 0.7 ON_TRACK
      "0.19, 0.5, AT_RISK", "0.2, 0.5, BEHIND", "0.34, 0.5, BEHIND", "0.35, 0.5, ON_TRACK",
      "0.0, 0.0, ON_TRACK"})
  void oboard(double p, double e, Status expected) {
    assertThat(StatusRules.oboard().status(p, e)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "OpenOKR p={0} e={1}: absolute {2}, against time {3}")
  @CsvSource({
      // green p >= 0.75, red p < 0.5, else amber; or the same against e
      "0.75, 1.0, ON_TRACK, ON_TRACK", "0.74, 1.0, AT_RISK, AT_RISK",
      "0.49, 1.0, OFF_TRACK, OFF_TRACK", "0.5, 1.0, AT_RISK, AT_RISK",
      "0.4, 0.5, OFF_TRACK, ON_TRACK", "0.3, 0.5, OFF_TRACK, AT_RISK",
      "0.2, 0.5, OFF_TRACK, OFF_TRACK", "0.0, 0.0, OFF_TRACK, ON_TRACK"})
  void openOkr(double p, double e, Status absolute, Status againstTime) {
    assertThat(StatusRules.openOkrAbsolute().status(p, e)).isEqualTo(absolute);
    assertThat(StatusRules.openOkrAgainstTime().status(p, e)).isEqualTo(againstTime);
  }

  @Test
  void progressOnABoundaryIsJudgedAsWritten() {
    // (0.7 + 0.35 + 0.45) / 3 = 0.49999999999999994: 0.5 as written, amber, not red
    double half = (0.7 + 0.35 + 0.45) / 3;
    assertThat(half).isLessThan(0.5);
    assertThat(StatusRules.openOkrAbsolute().status(half, 0.5)).isEqualTo(Status.AT_RISK);
    assertThat(StatusRules.openOkrAgainstTime().status(half, 1)).isEqualTo(Status.AT_RISK);
    // 0.6 + 0.3 + 0.1 = 0.9999999999999999: complete as written
    assertThat(StatusRules.mhokr().status(0.6 + 0.3 + 0.1, 1)).isEqualTo(Status.COMPLETED);
    assertThat(StatusRules.engagedly().status(0.6 + 0.3 + 0.1, 1)).isEqualTo(Status.COMPLETED);
    // Thresholds of rule text: d = 0.35 - 0.55 = -0.20000000000000007 is -0.2, at risk from -0.2
    StatusThresholds thresholds = new StatusThresholds(List.of(
        new StatusThresholds.Step(0, Status.ON_TRACK),
        new StatusThresholds.Step(-0.2, Status.AT_RISK)), Status.OFF_TRACK);
    assertThat(thresholds.statusRule().status(0.35, 0.55)).isEqualTo(Status.AT_RISK);
    assertThat(thresholds.statusRule().status(0.34, 0.55)).isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void severitiesOrderTheStatuses() {
    assertThat(Status.COMPLETED.severity()).isZero();
    assertThat(Status.ON_TRACK.severity()).isEqualTo(1);
    assertThat(Status.BEHIND.severity()).isEqualTo(Status.LAGGING.severity()).isEqualTo(2);
    assertThat(Status.AT_RISK.severity()).isEqualTo(3);
    assertThat(Status.OFF_TRACK.severity()).isEqualTo(4);
  }
}
