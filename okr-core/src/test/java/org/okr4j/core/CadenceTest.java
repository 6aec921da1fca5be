package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CadenceTest {

  static final LocalDate DAY = LocalDate.of(2026, 1, 31);

  @Nested
  class NextAfter {
    @ParameterizedTest
    @CsvSource({"DAILY, 2026-02-01", "WEEKLY, 2026-02-07", "BIWEEKLY, 2026-02-14",
        "MONTHLY, 2026-02-28", "QUARTERLY, 2026-04-30", "P10D, 2026-02-10", "P2M, 2026-03-31"})
    void addsItsAmountAsJavaTimeDoes(String cadence, LocalDate next) {
      assertThat(Cadence.parse(cadence).nextAfter(DAY)).contains(next);
    }

    @Test
    void countsTheDaysPastTheNextDueDate() {
      LocalDate due = LocalDate.of(2026, 8, 10);
      assertThat(Cadence.WEEKLY.daysPastDue(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 14)))
          .isEqualTo(4);
      assertThat(Cadence.WEEKLY.daysPastDue(LocalDate.of(2026, 8, 3), due)).isZero();
      assertThat(Cadence.WEEKLY.daysPastDue(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 8)))
          .isEqualTo(-2);
      // A month from 31 January is 28 February, as java.time has it: 1 March is one day past.
      assertThat(Cadence.MONTHLY.daysPastDue(DAY, LocalDate.of(2026, 3, 1))).isEqualTo(1);
      assertThat(Cadence.NONE.daysPastDue(DAY, due)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void daysPastDueCountFromTheDateNextAfterGives() {
      // Negative amounts stand for months, positive ones for days, zero for NONE.
      qt().forAll(integers().between(-Cadence.MAX_MONTHS, Cadence.MAX_DAYS),
          integers().between(-40_000, 40_000), integers().between(-5_000, 5_000))
          .checkAssert((amount, last, offset) -> {
            Cadence cadence = amount == 0 ? Cadence.NONE
                : amount > 0 ? Cadence.ofDays(amount) : Cadence.ofMonths(-amount);
            LocalDate from = LocalDate.ofEpochDay(last);
            LocalDate day = from.plusDays(offset);
            assertThat(cadence.daysPastDue(from, day)).as("%s from %s to %s", cadence, from, day)
                .isEqualTo(cadence.nextAfter(from)
                    .map(due -> ChronoUnit.DAYS.between(due, day)).orElse(Long.MIN_VALUE));
          });
    }

    @Test
    void daysPastDueThrowWhereNextAfterDoesAtTheEndOfTime() {
      for (Cadence cadence : List.of(Cadence.DAILY, Cadence.WEEKLY,
          Cadence.ofDays(Cadence.MAX_DAYS), Cadence.MONTHLY, Cadence.ofMonths(Cadence.MAX_MONTHS))) {
        for (int back = 0; back <= 4400; back += back < 40 ? 1 : 397) {
          LocalDate last = LocalDate.MAX.minusDays(back);
          Optional<LocalDate> due;
          try {
            due = cadence.nextAfter(last);
          } catch (DateTimeException beyond) {
            assertThatThrownBy(() -> cadence.daysPastDue(last, LocalDate.MAX))
                .as("%s from %s", cadence, last).isInstanceOf(DateTimeException.class);
            continue;
          }
          assertThat(cadence.daysPastDue(last, LocalDate.MAX)).as("%s from %s", cadence, last)
              .isEqualTo(ChronoUnit.DAYS.between(due.orElseThrow(), LocalDate.MAX));
        }
      }
      assertThatThrownBy(() -> Cadence.WEEKLY.daysPastDue(LocalDate.MAX, LocalDate.MAX))
          .isInstanceOf(DateTimeException.class);
    }

    @Test
    void daysPastDueNeedBothDays() {
      assertThatNullPointerException().isThrownBy(() -> Cadence.NONE.daysPastDue(DAY, null))
          .withMessage("day");
      assertThatNullPointerException().isThrownBy(() -> Cadence.WEEKLY.daysPastDue(null, DAY))
          .withMessage("last");
    }

    @Test
    void noneIsNeverDue() {
      assertThat(Cadence.NONE.nextAfter(DAY)).isEmpty();
      assertThat(Cadence.NONE.isNone()).isTrue();
      assertThat(Cadence.WEEKLY.isNone()).isFalse();
    }
  }

  @Nested
  class Construction {
    @Test
    void namedCadencesAreCanonical() {
      assertThat(Cadence.ofDays(7)).isSameAs(Cadence.WEEKLY);
      assertThat(Cadence.ofWeeks(2)).isSameAs(Cadence.BIWEEKLY);
      assertThat(Cadence.ofDays(1)).isSameAs(Cadence.DAILY);
      assertThat(Cadence.ofMonths(1)).isSameAs(Cadence.MONTHLY);
      assertThat(Cadence.ofMonths(3)).isSameAs(Cadence.QUARTERLY);
      assertThat(Cadence.ofWeeks(3)).hasToString("P21D");
      assertThat(Cadence.ofMonths(6)).hasToString("P6M");
    }

    @Test
    void rejectsAmountsOutsideTheRange() {
      assertThatIllegalArgumentException().isThrownBy(() -> Cadence.ofDays(0))
          .withMessage("cadence days must lie within [1, 3660], but was 0");
      assertThatIllegalArgumentException().isThrownBy(() -> Cadence.ofMonths(121))
          .withMessage("cadence months must lie within [1, 120], but was 121");
      assertThatIllegalArgumentException().isThrownBy(() -> Cadence.ofWeeks(-1))
          .withMessage("cadence weeks must lie within [1, 522], but was -1");
      assertThatIllegalArgumentException().isThrownBy(() -> Cadence.ofWeeks(523))
          .withMessage("cadence weeks must lie within [1, 522], but was 523");
      assertThat(Cadence.ofWeeks(522)).isEqualTo(Cadence.ofDays(3654));
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(Cadence.WEEKLY, Cadence.ofDays(7), Cadence.parse("p1w"))
          .addEqualityGroup(Cadence.ofDays(10), Cadence.ofDays(10))
          .addEqualityGroup(Cadence.MONTHLY, Cadence.parse("P1M"))
          .addEqualityGroup(Cadence.NONE, Cadence.parse("none"))
          .testEquals();
    }
  }

  @Nested
  class Parse {
    @Test
    void readsNamesInAnyCaseAndPeriods() {
      assertThat(Cadence.parse(" biweekly ")).isSameAs(Cadence.BIWEEKLY);
      assertThat(Cadence.parse("P3W")).isEqualTo(Cadence.ofDays(21));
      assertThat(Cadence.parse("P1D")).isEqualTo(Cadence.DAILY);
      assertThat(Cadence.parse("P03660D")).isEqualTo(Cadence.ofDays(Cadence.MAX_DAYS));
      assertThat(Cadence.parse("P522W")).isEqualTo(Cadence.ofWeeks(522));
    }

    @Test
    void rejectsWhatIsNeitherNameNorPeriod() {
      for (String text : new String[] {"", "fortnightly", "P", "PD", "P1Y", "P-1D", "P1D2", "P0D",
          "P99999999D", "PXD", "P1 D", "P1.5W"}) {
        assertThatIllegalArgumentException().as(text).isThrownBy(() -> Cadence.parse(text))
            .withMessageStartingWith("cadence");
      }
      assertThatIllegalArgumentException().isThrownBy(() -> Cadence.parse("yearly"))
          .withMessage("cadence must be NONE, DAILY, WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY or a"
              + " period such as P10D, P3W or P2M, but was 'yearly'");
    }

    @Test
    void readsBackWhatItWrites() {
      qt().forAll(integers().between(1, Cadence.MAX_DAYS), integers().between(1, Cadence.MAX_MONTHS))
          .checkAssert((days, months) -> {
            assertThat(Cadence.parse(Cadence.ofDays(days).toString()))
                .isEqualTo(Cadence.ofDays(days));
            assertThat(Cadence.parse(Cadence.ofMonths(months).toString()))
                .isEqualTo(Cadence.ofMonths(months));
          });
    }
  }
}
