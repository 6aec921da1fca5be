package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthy;
import static org.okr4j.core.validation.Fixtures.keyResult;
import static org.okr4j.core.validation.Fixtures.objective;

import org.junit.jupiter.api.Test;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;

/** {@code measure.unit}: the key result a child's link leads to, as the set's links resolve it. */
class UnitsInRollUpTest {

  private static ValidationResult check(OkrSet set) {
    return ValidationPolicy.builder().name("test").rule("measure.unit").build().check(set, AS_OF);
  }

  @Test
  void judgeTheKeyResultsLinksLeadToAndSkipLinksLeadingNowhere() {
    // o-web contributes to kr-churn (the fixture); kr-errors counts in another unit. Links to a
    // key result not in the set, to an objective and a horizontal one to kr-churn add nothing.
    OkrSet set = objective("o-web", o -> o
            .addAlignments(Alignment.contributesTo(KeyResultId.of("kr-gone")))
            .addAlignments(Alignment.contributesTo(ObjectiveId.of("o-sales")))
            .addAlignments(Alignment.of(KeyResultId.of("kr-churn"), AlignmentKind.RELATES_TO, 1)))
        .andThen(keyResult("kr-errors", k -> k.measure(LinearMeasure.of(15, 5))))
        .apply(healthy());
    assertThat(check(set).violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("measure.unit.mismatch");
      assertThat(v.subjects()).containsExactly(KeyResultId.of("kr-errors"));
      assertThat(v.values()).containsEntry("parent", "kr-churn");
    });
    assertThat(check(healthy()).violations()).isEmpty();
  }

  /** Only key results read as values add up in a unit: a milestone on either side has none. */
  @Test
  void skipKeyResultsThatReadNoValues() {
    // o-web's key results count in percent, as kr-churn does
    OkrSet milestoneChild = keyResult("kr-errors", UnitsInRollUpTest::milestone).apply(healthy());
    assertThat(check(milestoneChild).violations()).isEmpty();
    OkrSet milestoneParent = keyResult("kr-churn", UnitsInRollUpTest::milestone).apply(healthy());
    assertThat(check(milestoneParent).violations()).isEmpty();
  }

  private static org.okr4j.core.KeyResult.Builder milestone(
      org.okr4j.core.KeyResult.Builder keyResult) {
    return keyResult.measure(MilestoneMeasure.of()).checkIns(java.util.List.of());
  }
}
