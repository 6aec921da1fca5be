package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.QUARTER;
import static org.okr4j.core.validation.Fixtures.healthyWith;
import static org.okr4j.core.validation.Fixtures.keyResult;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.okr4j.core.OkrSet;

/** What {@code time.not-started} reports: every key result without a check-in, on the day. */
class NotStartedTest {

  /** Days from the quarter's start to {@link Fixtures#AS_OF}. */
  private static final long SINCE = ChronoUnit.DAYS.between(QUARTER.start(), AS_OF);

  private static final List<UnaryOperator<OkrSet>> TWO_NOT_STARTED = List.of(
      keyResult("kr-revenue", k -> k.checkIns(List.of())),
      keyResult("kr-win", k -> k.checkIns(List.of())));

  private static ValidationResult check(long days) {
    return ValidationPolicy.builder().name("test").rule("time.not-started").build()
        .withThreshold("time.not-started-days", days).check(healthyWith(TWO_NOT_STARTED), AS_OF);
  }

  @Test
  void reportsEveryKeyResultOfAnObjectiveThatHasNoCheckIn() {
    ValidationResult result = check(7);
    assertThat(result.violations()).extracting(Fixtures::subjects)
        .containsExactly(List.of("kr-revenue"), List.of("kr-win"));
    assertThat(result.violations()).allSatisfy(v -> {
      assertThat(v.code()).isEqualTo("time.not-started");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.values()).containsExactly(Map.entry("start", QUARTER.start().toString()),
          Map.entry("days", Long.toString(SINCE)));
    });
  }

  @Test
  void startsReportingOnTheDayTheSettingNames() {
    assertThat(check(SINCE).count()).isEqualTo(2);
    assertThat(check(SINCE + 1).count()).isZero();
  }
}
