package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthy;
import static org.okr4j.core.validation.Fixtures.keyResult;
import static org.okr4j.core.validation.Fixtures.objective;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.CheckIn;
import org.okr4j.core.CycleId;
import org.okr4j.core.OkrSet;

/**
 * {@code time.check-in.dates} reports each check-in dated after the day of the check or outside
 * its objective's cycle (the third quarter of 2026), wherever it lies among the key result's
 * check-ins, in whatever order they were given: the rule reads the first and the last (in date
 * order) to pass over key results with none to report, so the cases put the offending ones first,
 * last, and at both ends with more of them beside.
 */
class CheckInDatesTest {

  static final ValidationPolicy DATES = ValidationPolicy.builder().name("dates")
      .rule("time.check-in.dates").build();
  static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);
  static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);
  static final LocalDate SEP_30 = LocalDate.of(2026, 9, 30);
  static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

  static List<String> found(List<LocalDate> days, LocalDate asOf, boolean noted) {
    List<CheckIn> checkIns = new ArrayList<>();
    for (LocalDate day : days) {
      checkIns.add(noted ? CheckIn.builder().date(day).value(21).note("n").build()
          : CheckIn.of(day, 21));
    }
    OkrSet set = keyResult("kr-win", k -> k.checkIns(checkIns)).apply(healthy());
    return describe(DATES.check(set, asOf));
  }

  static List<String> describe(ValidationResult result) {
    List<String> found = new ArrayList<>();
    for (Violation violation : result.violations()) {
      found.add(violation.code() + " " + violation.values().get("date"));
    }
    return found;
  }

  @Test
  void reportEachOffendingCheckInWhereverItLies() {
    for (boolean noted : new boolean[] {false, true}) {
      assertThat(found(List.of(JUL_1, LocalDate.of(2026, 8, 1), AS_OF), AS_OF, noted)).isEmpty();
      assertThat(found(List.of(JUN_30, JUL_1, LocalDate.of(2026, 8, 1)), AS_OF, noted))
          .containsExactly("time.check-in.outside-cycle 2026-06-30");
      assertThat(found(List.of(JUL_1, AS_OF.plusDays(1)), AS_OF, noted))
          .containsExactly("time.check-in.future 2026-08-21");
      assertThat(found(List.of(LocalDate.of(2026, 6, 1), JUN_30, JUL_1, AS_OF.plusDays(5)),
          AS_OF, noted)).containsExactly("time.check-in.outside-cycle 2026-06-01",
          "time.check-in.outside-cycle 2026-06-30", "time.check-in.future 2026-08-25");
      assertThat(found(List.of(JUL_1, SEP_30, OCT_1), LocalDate.of(2026, 10, 9), noted))
          .containsExactly("time.check-in.outside-cycle 2026-10-01");
      assertThat(found(List.of(JUL_1, SEP_30), LocalDate.of(2026, 10, 9), noted)).isEmpty();
      assertThat(found(List.of(), AS_OF, noted)).isEmpty();
      // Given out of date order: kept in date order, so the first is still the one before the
      // quarter.
      assertThat(found(List.of(LocalDate.of(2026, 8, 1), JUN_30, JUL_1), AS_OF, noted))
          .containsExactly("time.check-in.outside-cycle 2026-06-30");
      assertThat(found(List.of(AS_OF.plusDays(1), JUL_1, LocalDate.of(2026, 8, 1)), AS_OF, noted))
          .containsExactly("time.check-in.future 2026-08-21");
    }
  }

  @Test
  void onlyFutureCheckInsWhenTheCycleIsUnknown() {
    OkrSet set = objective("o-sales", o -> o.cycle(CycleId.of("2031-Q1")))
        .andThen(keyResult("kr-win", k -> k.checkIns(List.of(CheckIn.of(JUN_30, 20),
            CheckIn.of(AS_OF.plusDays(1), 21)))))
        .apply(healthy());
    assertThat(describe(DATES.check(set, AS_OF)))
        .containsExactly("time.check-in.future 2026-08-21");
  }
}
