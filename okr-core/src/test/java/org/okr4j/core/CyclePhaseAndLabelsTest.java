package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ShamanR's period status from dates, and Puzzle OKR's quarter labels from a template. */
class CyclePhaseAndLabelsTest {

  static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @Nested
  class PhaseOn {
    final Cycle q3 = Cycle.parse("2026-Q3");

    @ParameterizedTest
    @CsvSource({
        "2026-06-30, DRAFT,    FUTURE",
        "2026-07-01, DRAFT,    ACTIVE",
        "2026-08-15, ACTIVE,   ACTIVE",
        "2026-09-30, ACTIVE,   ACTIVE",
        "2026-10-01, ACTIVE,   CLOSED",
        "2026-08-15, CLOSED,   ACTIVE",
        "2026-06-30, ARCHIVED, ARCHIVED",
        "2026-08-15, ARCHIVED, ARCHIVED",
        "2026-10-01, ARCHIVED, ARCHIVED"})
    void boundsInclusiveAndArchivedOverrides(String day, CycleState state, CyclePhase phase) {
      assertThat(q3.withState(state).phaseOn(d(day))).isEqualTo(phase);
    }

    @Test
    void aOneDayCycleIsActiveOnItsDay() {
      Cycle day = Cycle.of("d", d("2026-05-05"), d("2026-05-05"));
      assertThat(day.phaseOn(d("2026-05-04"))).isEqualTo(CyclePhase.FUTURE);
      assertThat(day.phaseOn(d("2026-05-05"))).isEqualTo(CyclePhase.ACTIVE);
      assertThat(day.phaseOn(d("2026-05-06"))).isEqualTo(CyclePhase.CLOSED);
    }
  }

  @Nested
  class QuarterLabels {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // start month | fiscal year | quarter | template | label
        "7  | 2031 | 1 | GJ xx/yy-Qzz        | GJ 30/31-Q1",
        "7  | 2031 | 4 | GJ xx/yy-Qzz        | GJ 30/31-Q4",
        "7  | 2031 | 2 | GJ xxxx-Qzz         | GJ 2030-Q2",
        "7  | 2031 | 3 | xx-yy-xxxx-yyyy-Qzz | 30-31-2030-2031-Q3",
        "1  | 2026 | 1 | GJ xx/yy-Qzz        | GJ 26/26-Q1",
        "1  | 2026 | 3 | GJ xxxx-Qzz         | GJ 2026-Q3",
        "4  | 2027 | 1 | GJ xx/yy-Qzz        | GJ 26/27-Q1",
        "12 | 2000 | 2 | xx-yy-xxxx-yyyy-Qzz | 99-00-1999-2000-Q2",
        "10 | 2009 | 4 | FY yy Qzz           | FY 09 Q4"})
    void writesTheTemplateForAnyStartMonth(int month, int year, int quarter, String template,
        String label) {
      assertThat(FiscalCalendar.startingIn(Month.of(month)).quarterLabel(year, quarter, template))
          .isEqualTo(label);
    }

    @Test
    void rejectsATemplateWithoutTheQuarterAndABadQuarter() {
      FiscalCalendar july = FiscalCalendar.startingIn(Month.JULY);
      assertThatIllegalArgumentException().isThrownBy(() -> july.quarterLabel(2031, 1, "GJ xx/yy"))
          .withMessage("quarter label template must contain zz for the quarter number,"
              + " but was 'GJ xx/yy'");
      assertThatIllegalArgumentException().isThrownBy(() -> july.quarterLabel(2031, 5, "Qzz"))
          .withMessageStartingWith("quarter must lie within [1, 4]");
      assertThatIllegalArgumentException().isThrownBy(() -> july.quarterLabel(2031, 0, "Qzz"))
          .withMessageStartingWith("quarter must lie within [1, 4]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // start month | month | label | start | end
        "7 | 2030-07 | GJ 30/31-Q2 | 2030-10-01 | 2030-12-31",
        "7 | 2030-09 | GJ 30/31-Q2 | 2030-10-01 | 2030-12-31",
        "7 | 2031-05 | GJ 31/32-Q1 | 2031-07-01 | 2031-09-30",
        "7 | 2031-06 | GJ 31/32-Q1 | 2031-07-01 | 2031-09-30",
        "1 | 2026-11 | GJ 27/27-Q1 | 2027-01-01 | 2027-03-31",
        "1 | 2026-02 | GJ 26/26-Q2 | 2026-04-01 | 2026-06-30",
        "2 | 2026-01 | GJ 26/27-Q1 | 2026-02-01 | 2026-04-30"})
    void nextQuarterFromAMonth(int startMonth, String month, String label, String start,
        String end) {
      Cycle next = FiscalCalendar.startingIn(Month.of(startMonth))
          .nextQuarter(YearMonth.parse(month), "GJ xx/yy-Qzz");
      assertThat(next.id()).isEqualTo(CycleId.of(label));
      assertThat(next.start()).isEqualTo(d(start));
      assertThat(next.end()).isEqualTo(d(end));
      assertThat(next.kind()).isEqualTo(CycleKind.QUARTER);
      assertThat(next.parent()).isPresent();
    }
  }

  @Nested
  class ReportedStatusAndBaselineDone {
    @Test
    void aCheckInCarriesAReportedStatusBesideAnyReading() {
      CheckIn caution = CheckIn.builder().date(d("2026-08-03")).value(38)
          .reportedStatus(ReportedStatus.AT_RISK).build();
      assertThat(caution.reportedStatus()).contains(ReportedStatus.AT_RISK);
      assertThat(caution.reading()).contains(MeasureKind.Reading.VALUE);
      assertThat(caution).hasToString("CheckIn[2026-08-03, value=38.0, reported=AT_RISK]");
      CheckIn only = CheckIn.builder().date(d("2026-08-03"))
          .reportedStatus(ReportedStatus.OFF_TRACK).build();
      assertThat(only.reading()).isEmpty();
      assertThat(CheckIn.of(d("2026-08-03"), 1).reportedStatus()).isEmpty();
    }

    @Test
    void aBaselineTakesValuesAndDoneButNothingElse() {
      assertThat(MeasureKind.BASELINE.accepts(MeasureKind.Reading.VALUE)).isTrue();
      assertThat(MeasureKind.BASELINE.accepts(MeasureKind.Reading.DONE)).isTrue();
      assertThat(MeasureKind.BASELINE.accepts(MeasureKind.Reading.ZONE)).isFalse();
      assertThat(MeasureKind.LINEAR.accepts(MeasureKind.Reading.DONE)).isFalse();
      assertThat(MeasureKind.MILESTONE.accepts(MeasureKind.Reading.DONE)).isTrue();
      KeyResult baseline = KeyResult.of("kr", "Measure churn", BaselineMeasure.of(Direction.DECREASE))
          .withCheckIn(CheckIn.of(d("2026-07-10"), 4.2)).withCheckIn(CheckIn.done(d("2026-07-20")));
      assertThat(baseline.checkIns()).hasSize(2);
      assertThatIllegalArgumentException().isThrownBy(() -> baseline.withCheckIn(
              CheckIn.zone(d("2026-07-21"), "x")))
          .withMessage("check-in reading must be a VALUE or DONE for a BASELINE measure,"
              + " but was ZONE");
      assertThatIllegalArgumentException().isThrownBy(() -> KeyResult.of("kr", "Ship",
              LinearMeasure.of(0, 1)).withCheckIn(CheckIn.done(d("2026-07-21"))))
          .withMessage("check-in reading must be a VALUE for a LINEAR measure, but was DONE");
    }
  }
}
