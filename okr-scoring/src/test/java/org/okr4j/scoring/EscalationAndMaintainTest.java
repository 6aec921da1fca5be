package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Commitment;
import org.okr4j.core.Confidence;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.RangeMeasure;

class EscalationAndMaintainTest {

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
      // OpenOKR: <= 0.3 escalates; a committed KR below 0.7 escalates
      "0.3, ASPIRATIONAL, true", "0.31, ASPIRATIONAL, false", "0.69, COMMITTED, true",
      "0.7, COMMITTED, false", "0.2, COMMITTED, true", "0.9, ASPIRATIONAL, false"})
  void openOkrEscalation(double confidence, Commitment commitment, boolean escalates) {
    assertThat(Escalation.openOkr().escalates(Confidence.of(confidence), commitment))
        .isEqualTo(escalates);
  }

  @Test
  void escalationSaysWhy() {
    assertThat(Escalation.openOkr().reason(Confidence.ofTen(6), Commitment.COMMITTED))
        .contains("committed key result at confidence 0.6, below 0.7");
    assertThat(Escalation.openOkr().reason(Confidence.ofTen(2), Commitment.ASPIRATIONAL))
        .contains("confidence 0.2 at or below 0.3");
    assertThatIllegalArgumentException().isThrownBy(() -> new Escalation(1.5, 0.7))
        .withMessage("escalation floor must lie within [0.0, 1.0], but was 1.5");
    assertThatIllegalArgumentException().isThrownBy(() -> new Escalation(0.3, -0.1))
        .withMessageStartingWith("escalation floor must lie within");
  }

  @Test
  void escalationFloorsMayLieOnTheEndsOfZeroToOne() {
    // "within [0.0, 1.0]": both ends are allowed
    Escalation ends = new Escalation(0.0, 1.0);
    assertThat(ends.floor()).isZero();
    assertThat(ends.committedFloor()).isEqualTo(1.0);
    assertThat(new Escalation(1.0, 0.0).floor()).isEqualTo(1.0);
  }

  /** A 10-day cycle: the share of its days spent inside the band. */
  static final Cycle TEN = Cycle.of("ten", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));

  static KeyResult band(int... dayAndValue) {
    KeyResult kr = KeyResult.of("kr", "Hold it", RangeMeasure.of(40, 60));
    for (int i = 0; i < dayAndValue.length; i += 2) {
      kr = kr.withCheckIn(CheckIn.of(TEN.start().plusDays(dayAndValue[i]), dayAndValue[i + 1]));
    }
    return kr;
  }

  @Test
  void maintainedShareCountsDaysInsideTheBand() {
    Scorer maintained = Scorers.maintainedShare(TEN);
    // inside from day 0 to day 4 (5 days), outside days 5 to 9
    assertThat(maintained.score(band(0, 50, 5, 70), TEN.end()).value()).isEqualTo(0.5);
    // first check-in on day 2: the window starts there, days 0 and 1 do not count
    assertThat(maintained.score(band(2, 50), TEN.end()).value()).isEqualTo(1.0);
    assertThat(maintained.score(band(2, 50, 6, 70), TEN.end()).value()).isEqualTo(0.5);
    // a reading on the window's last day: a one-day window
    assertThat(maintained.score(band(9, 50), TEN.end()).value()).isEqualTo(1.0);
    assertThat(maintained.score(band(9, 30), TEN.end()).value()).isEqualTo(0.0);
    // asked mid-cycle: up to day 3 only, all inside
    assertThat(maintained.score(band(0, 50), TEN.start().plusDays(3)).value()).isEqualTo(1.0);
    // a check-in before the cycle holds from its start; one after the day asked is ignored
    KeyResult early = KeyResult.of("kr", "Hold", RangeMeasure.of(40, 60))
        .withCheckIn(CheckIn.of(TEN.start().minusDays(3), 45))
        .withCheckIn(CheckIn.of(TEN.end().plusDays(3), 90));
    assertThat(maintained.score(early, TEN.end()).value()).isEqualTo(1.0);
    assertThat(maintained.score(early, TEN.end().plusDays(5)).value()).isEqualTo(1.0);
    Progress p = maintained.score(band(0, 50, 5, 70), TEN.end());
    assertThat(p.explanation())
        .isEqualTo("maintained: inside [40, 60] on 5 of 10 days from 2026-03-01 = 0.5");
  }

  @Test
  void maintainedShareNeedsAReadingAndARange() {
    Scorer maintained = Scorers.maintainedShare(TEN);
    assertThat(maintained.score(band(), TEN.end()).isScored()).isFalse();
    assertThat(maintained.score(band(5, 50), TEN.start().plusDays(2)).isScored()).isFalse();
    assertThat(maintained.score(band(0, 50), TEN.start().minusDays(1)).isScored()).isFalse();
    KeyResult linear = KeyResult.of("kr", "Grow", LinearMeasure.of(0, 1))
        .withCheckIn(CheckIn.of(TEN.start(), 1));
    assertThat(maintained.score(linear, TEN.end()).explanation())
        .isEqualTo("the maintained share rule does not read LINEAR measures");
    assertThat(maintained.score(band(0, 30, 9, 50), TEN.end()).value())
        .isCloseTo(0.1, within(1e-12));
  }

  @Test
  void aCheckInWithoutAValueDoesNotOpenTheWindow() {
    // The window runs from the first reading: a note on day 0 is no reading, so the window is
    // days 2 to 9, all inside (8 of 8), not 8 of 10.
    KeyResult noted = band(2, 50).withCheckIn(CheckIn.builder().date(TEN.start()).note("set up")
        .build());
    Progress p = Scorers.maintainedShare(TEN).score(noted, TEN.end());
    assertThat(p.value()).isEqualTo(1.0);
    assertThat(p.explanation())
        .isEqualTo("maintained: inside [40, 60] on 8 of 8 days from 2026-03-03 = 1");
  }
}
