package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CycleTest {

  static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @Nested
  class Parse {
    @ParameterizedTest
    @CsvSource({
        "2026,      2026-01-01, 2026-12-31, YEAR,    ",
        "2026-H1,   2026-01-01, 2026-06-30, HALF,    2026",
        "2026-H2,   2026-07-01, 2026-12-31, HALF,    2026",
        "2026-Q1,   2026-01-01, 2026-03-31, QUARTER, 2026",
        "2026-Q3,   2026-07-01, 2026-09-30, QUARTER, 2026",
        "2026-Q4,   2026-10-01, 2026-12-31, QUARTER, 2026",
        "2026-02,   2026-02-01, 2026-02-28, MONTH,   2026-Q1",
        "2028-02,   2028-02-01, 2028-02-29, MONTH,   2028-Q1",
        "2026-12,   2026-12-01, 2026-12-31, MONTH,   2026-Q4"})
    void readsCalendarLabels(String label, String start, String end, CycleKind kind,
        String parent) {
      Cycle cycle = Cycle.parse(label);
      assertThat(cycle.id()).isEqualTo(CycleId.of(label));
      assertThat(cycle.start()).isEqualTo(d(start));
      assertThat(cycle.end()).isEqualTo(d(end));
      assertThat(cycle.kind()).isEqualTo(kind);
      assertThat(cycle.parent().map(CycleId::value)).isEqualTo(java.util.Optional.ofNullable(parent));
      assertThat(cycle.state()).isEqualTo(CycleState.DRAFT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FY2026", "2026-Q5", "2026-Q0", "2026-H3", "2026-13", "2026-00",
        "26-Q1", "2026Q1", "2026-q1", "", "FY2026-01", " 2026"})
    void rejectsOtherCalendarText(String label) {
      assertThatIllegalArgumentException().isThrownBy(() -> Cycle.parse(label))
          .withMessageStartingWith("cycle label must have the form yyyy, yyyy-H1, yyyy-Q1 or yyyy-MM");
    }

    @Test
    void roundTripsEveryLabelItWrites() {
      qt().forAll(integers().between(1, 12), integers().between(1990, 2100),
              integers().between(1, 4))
          .checkAssert((month, year, quarter) -> {
            FiscalCalendar calendar = FiscalCalendar.startingIn(Month.of(month));
            for (Cycle cycle : List.of(calendar.year(year), calendar.half(year, 1 + quarter % 2),
                calendar.quarter(year, quarter), calendar.month(YearMonth.of(year, month)))) {
              assertThat(calendar.parse(cycle.id().value())).isEqualTo(cycle);
            }
          });
    }
  }

  @Nested
  class Fiscal {
    final FiscalCalendar july = FiscalCalendar.startingIn(Month.JULY);

    @Test
    void namesTheYearAfterTheCalendarYearItEndsIn() {
      Cycle fy = july.year(2027);
      assertThat(fy.id()).isEqualTo(CycleId.of("FY2027"));
      assertThat(fy.start()).isEqualTo(d("2026-07-01"));
      assertThat(fy.end()).isEqualTo(d("2027-06-30"));
      assertThat(fy.parent()).isEmpty();
      assertThat(july.startMonth()).isEqualTo(Month.JULY);
    }

    @Test
    void quartersAndHalvesNestInTheYear() {
      assertThat(july.quartersOf(2027)).extracting(c -> c.id().value() + " " + c.start())
          .containsExactly("FY2027-Q1 2026-07-01", "FY2027-Q2 2026-10-01",
              "FY2027-Q3 2027-01-01", "FY2027-Q4 2027-04-01");
      assertThat(july.quarter(2027, 4).end()).isEqualTo(d("2027-06-30"));
      assertThat(july.quarter(2027, 2).parent()).contains(CycleId.of("FY2027"));
      assertThat(july.half(2027, 2).start()).isEqualTo(d("2027-01-01"));
      assertThat(july.half(2027, 2).end()).isEqualTo(d("2027-06-30"));
      assertThat(july.parse("FY2027-H1")).isEqualTo(july.half(2027, 1));
      assertThat(july.parse("FY2027-Q3")).isEqualTo(july.quarter(2027, 3));
      assertThat(july.parse("FY2027")).isEqualTo(july.year(2027));
    }

    @Test
    void monthsSitInTheirFiscalQuarter() {
      assertThat(july.month(YearMonth.of(2026, 12)).parent()).contains(CycleId.of("FY2027-Q2"));
      assertThat(july.month(YearMonth.of(2026, 7)).parent()).contains(CycleId.of("FY2027-Q1"));
      assertThat(july.month(YearMonth.of(2027, 6)).parent()).contains(CycleId.of("FY2027-Q4"));
      assertThat(july.parse("2026-12")).isEqualTo(july.month(YearMonth.of(2026, 12)));
    }

    @Test
    void findsTheYearAndQuarterOfADay() {
      assertThat(july.fiscalYearOf(d("2026-06-30"))).isEqualTo(2026);
      assertThat(july.fiscalYearOf(d("2026-07-01"))).isEqualTo(2027);
      assertThat(july.yearContaining(d("2026-12-24"))).isEqualTo(july.year(2027));
      assertThat(july.quarterContaining(d("2026-12-24")).id()).isEqualTo(CycleId.of("FY2027-Q2"));
      assertThat(july.quarterContaining(d("2027-04-01")).id()).isEqualTo(CycleId.of("FY2027-Q4"));
      FiscalCalendar calendar = FiscalCalendar.calendarYear();
      assertThat(calendar.fiscalYearOf(d("2026-12-31"))).isEqualTo(2026);
      assertThat(calendar.quarterContaining(d("2026-03-31")).id()).isEqualTo(CycleId.of("2026-Q1"));
      assertThat(calendar.quarterContaining(d("2026-04-01")).id()).isEqualTo(CycleId.of("2026-Q2"));
    }

    @Test
    void requiresThePrefixExactlyWhenTheYearIsFiscal() {
      assertThatIllegalArgumentException().isThrownBy(() -> july.parse("2027-Q1"))
          .withMessage("cycle label must have the form FYyyyy, FYyyyy-H1, FYyyyy-Q1 or yyyy-MM,"
              + " but was '2027-Q1'");
      assertThatIllegalArgumentException().isThrownBy(() -> july.parse("FY2026-07"))
          .withMessageContaining("FYyyyy");
    }

    @Test
    void rejectsQuartersAndHalvesOutOfRange() {
      assertThatIllegalArgumentException().isThrownBy(() -> july.quarter(2027, 0))
          .withMessage("quarter must lie within [1, 4], but was 0");
      assertThatIllegalArgumentException().isThrownBy(() -> july.quarter(2027, 5))
          .withMessageContaining("quarter must lie within [1, 4]");
      assertThatIllegalArgumentException().isThrownBy(() -> july.half(2027, 0))
          .withMessage("half must be 1 or 2, but was 0");
      assertThatIllegalArgumentException().isThrownBy(() -> july.half(2027, 3))
          .withMessageContaining("half must be 1 or 2");
    }

    @Test
    void describesItself() {
      assertThat(july).hasToString("FiscalCalendar[starts JULY]");
      new EqualsTester()
          .addEqualityGroup(july, FiscalCalendar.startingIn(Month.JULY))
          .addEqualityGroup(FiscalCalendar.calendarYear(), FiscalCalendar.startingIn(Month.JANUARY))
          .testEquals();
    }
  }

  @Nested
  class Dates {
    final Cycle q3 = Cycle.parse("2026-Q3");

    @Test
    void containsItsBoundsAndEncloses() {
      assertThat(q3.contains(d("2026-07-01"))).isTrue();
      assertThat(q3.contains(d("2026-09-30"))).isTrue();
      assertThat(q3.contains(d("2026-06-30"))).isFalse();
      assertThat(q3.contains(d("2026-10-01"))).isFalse();
      assertThat(Cycle.parse("2026").encloses(q3)).isTrue();
      assertThat(q3.encloses(Cycle.parse("2026"))).isFalse();
      assertThat(q3.encloses(q3)).isTrue();
      assertThat(q3.lengthInDays()).isEqualTo(92);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-06-01, 0.0", "2026-07-01, 0.0", "2026-07-02, 0.010989", "2026-08-15, 0.494505",
        "2026-09-30, 1.0", "2026-12-01, 1.0"})
    void expectedProgressIsElapsedOverDuration(String day, double expected) {
      assertThat(q3.expectedProgress(d(day))).isCloseTo(expected, within(1e-6));
    }

    @Test
    void expectedProgressOfAOneDayCycle() {
      Cycle day = Cycle.of("offsite", d("2026-05-04"), d("2026-05-04"));
      assertThat(day.expectedProgress(d("2026-05-03"))).isZero();
      assertThat(day.expectedProgress(d("2026-05-04"))).isEqualTo(1.0);
      assertThat(day.lengthInDays()).isEqualTo(1);
    }

    @Test
    void expectedProgressStaysInRangeAndNeverFalls() {
      qt().forAll(integers().between(-400, 400), integers().between(0, 60))
          .checkAssert((offset, step) -> {
            LocalDate day = d("2026-07-01").plusDays(offset);
            double now = q3.expectedProgress(day);
            assertThat(now).isBetween(0.0, 1.0);
            assertThat(q3.expectedProgress(day.plusDays(step))).isGreaterThanOrEqualTo(now);
          });
    }
  }

  @Nested
  class Construction {
    @Test
    void rejectsAnEndBeforeTheStartAndSelfParents() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Cycle.of("c", d("2026-02-01"), d("2026-01-31")))
          .withMessage("cycle end must not lie before its start 2026-02-01, but was 2026-01-31");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Cycle.of("c", d("2026-01-01"), d("2026-01-31"))
              .withParent(CycleId.of("c")))
          .withMessage("cycle parent must differ from the cycle itself, but was c");
    }

    @Test
    void copiesWithStateAndParent() {
      Cycle q3 = Cycle.parse("2026-Q3").withState(CycleState.ACTIVE);
      assertThat(q3.state()).isEqualTo(CycleState.ACTIVE);
      assertThat(q3.withParent(CycleId.of("H2")).parent()).contains(CycleId.of("H2"));
      assertThat(q3).hasToString("2026-Q3 [2026-07-01..2026-09-30, QUARTER, ACTIVE, in 2026]");
      assertThat(Cycle.of("x", d("2026-01-01"), d("2026-01-02")))
          .hasToString("x [2026-01-01..2026-01-02, CUSTOM, DRAFT]");
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(Cycle.parse("2026-Q3"), FiscalCalendar.calendarYear().quarter(2026, 3))
          .addEqualityGroup(Cycle.parse("2026-Q3").withState(CycleState.CLOSED))
          .addEqualityGroup(Cycle.parse("2026-Q4"))
          .testEquals();
    }
  }

  @Nested
  class Nest {
    @Test
    void givesEachCycleTheNarrowestEnclosingOne() {
      Cycle year = Cycle.of("y", d("2026-01-01"), d("2026-12-31"));
      Cycle h2 = Cycle.of("h2", d("2026-07-01"), d("2026-12-31"));
      Cycle q3 = Cycle.of("q3", d("2026-07-01"), d("2026-09-30"));
      Cycle q1 = Cycle.of("q1", d("2026-01-01"), d("2026-03-31"));
      Cycle sprint = Cycle.of("s", d("2026-08-03"), d("2026-08-16"));
      Cycle other = Cycle.of("2027", d("2027-01-01"), d("2027-12-31"));
      List<Cycle> nested = Cycles.nest(List.of(sprint, q3, other, year, q1, h2));
      assertThat(nested).extracting(c -> c.id().value() + "<" + c.parent().map(CycleId::value)
              .orElse("-"))
          .containsExactly("s<q3", "q3<h2", "2027<-", "y<-", "q1<y", "h2<y");
    }

    @Test
    void keepsTheParentOfACycleNothingEncloses() {
      Cycle q3 = Cycle.parse("2026-Q3");
      assertThat(Cycles.nest(List.of(q3))).containsExactly(q3);
      assertThat(Cycles.nest(List.of())).isEmpty();
    }

    @Test
    void ofTwoWithTheSameDatesTheFirstIsOuter() {
      Cycle a = Cycle.of("a", d("2026-01-01"), d("2026-03-31"));
      Cycle b = Cycle.of("b", d("2026-01-01"), d("2026-03-31"));
      assertThat(Cycles.nest(List.of(a, b))).extracting(Cycle::parent)
          .containsExactly(java.util.Optional.empty(), java.util.Optional.of(CycleId.of("a")));
      // and a cycle inside both goes in the inner one
      Cycle inner = Cycle.of("x", d("2026-02-01"), d("2026-02-28"));
      assertThat(Cycles.nest(List.of(a, b, inner)).get(2).parent()).contains(CycleId.of("b"));
    }

    @Test
    void ofTwoOverlappingOfOneLengthThatEncloseItTheOneOpenedLast() {
      Cycle a = Cycle.of("a", d("2026-01-01"), d("2026-01-10"));
      Cycle b = Cycle.of("b", d("2026-01-02"), d("2026-01-11"));
      Cycle inner = Cycle.of("x", d("2026-01-05"), d("2026-01-08"));
      assertThat(Cycles.nest(List.of(inner, b, a)).get(0).parent()).contains(CycleId.of("b"));
    }

    @Test
    void skipsOpenCyclesThatDoNotEnclose() {
      Cycle wide = Cycle.of("wide", d("2026-01-01"), d("2026-12-31"));
      Cycle overlap = Cycle.of("overlap", d("2026-06-01"), d("2027-01-31"));
      Cycle inner = Cycle.of("inner", d("2026-07-01"), d("2026-07-31"));
      assertThat(Cycles.nest(List.of(wide, overlap, inner))).extracting(c -> c.parent()
              .map(CycleId::value).orElse("-"))
          .containsExactly("-", "-", "overlap");
    }

    @Test
    void ofTwoOverlappingThatEncloseItTheNarrowerWhicheverOpenedLast() {
      Cycle a = Cycle.of("a", d("2026-01-01"), d("2026-01-10"));
      Cycle b = Cycle.of("b", d("2026-01-05"), d("2026-01-20"));
      Cycle inner = Cycle.of("x", d("2026-01-06"), d("2026-01-09"));
      assertThat(Cycles.nest(List.of(a, b, inner))).extracting(c -> c.parent()
              .map(CycleId::value).orElse("-"))
          .containsExactly("-", "-", "a");
    }
  }
}
