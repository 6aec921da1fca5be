package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthy;
import static org.okr4j.core.validation.Fixtures.keyResult;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Cadence;
import org.okr4j.core.CheckIn;
import org.okr4j.core.OkrSet;

/**
 * {@code time.check-in.stale} under a key result's own cadence: it goes ahead of the policy's, the
 * violation says which applied, and NONE is never stale.
 */
class CheckInCadenceTest {

  static final ValidationPolicy STALE = ValidationPolicy.builder().name("stale")
      .rule("time.check-in.cadence").build();

  static OkrSet lastCheckedIn(int daysAgo, Cadence cadence) {
    return keyResult("kr-win", k -> k.cadence(java.util.Optional.ofNullable(cadence))
        .checkIns(List.of(CheckIn.of(AS_OF.minusDays(daysAgo), 21)))).apply(healthy());
  }

  @Test
  void sayWhichCadenceApplied() {
    Violation own = STALE.check(lastCheckedIn(20, Cadence.ofDays(10)), AS_OF).violations().get(0);
    assertThat(own.values()).containsEntry("cadence", "P10D")
        .containsEntry("cadence-from", "key-result").containsEntry("due", AS_OF.minusDays(10).toString())
        .containsEntry("days-late", "10");
    Violation policy = STALE.check(lastCheckedIn(20, null), AS_OF).violations().get(0);
    assertThat(policy.values()).containsEntry("cadence", "WEEKLY")
        .containsEntry("cadence-from", "policy").containsEntry("due", AS_OF.minusDays(13).toString());
    assertThat(own.message(Locale.ENGLISH)).contains("on a P10D cadence");
  }

  @Test
  void ownCadenceGoesAheadOfThePolicysBothWays() {
    ValidationPolicy daily = STALE.with(Settings.CADENCE_DAYS, 1);
    assertThat(daily.check(lastCheckedIn(20, Cadence.MONTHLY), AS_OF).violations()).isEmpty();
    assertThat(daily.check(lastCheckedIn(5, null), AS_OF).violations()).hasSize(1);
    assertThat(STALE.check(lastCheckedIn(5, Cadence.DAILY), AS_OF).violations()).hasSize(1);
    assertThat(STALE.check(lastCheckedIn(4, Cadence.DAILY), AS_OF).violations()).isEmpty();
  }

  @Test
  void noneIsNeverStale() {
    assertThat(STALE.check(lastCheckedIn(50, Cadence.NONE), AS_OF).violations()).isEmpty();
    assertThat(STALE.check(lastCheckedIn(50, null), AS_OF).violations()).hasSize(1);
  }
}
