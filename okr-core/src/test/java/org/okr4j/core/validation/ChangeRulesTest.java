package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.NEXT_QUARTER;
import static org.okr4j.core.validation.Fixtures.QUARTER;
import static org.okr4j.core.validation.Fixtures.healthy;
import static org.okr4j.core.validation.Fixtures.subjects;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okr4j.core.CycleState;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;

/** What {@code change.read-only} reports for each change to a closed or archived cycle. */
class ChangeRulesTest {

  private static final ValidationPolicy RULE = ValidationPolicy.builder().name("test")
      .rule("change.read-only").build();

  private static OkrSet quarter(CycleState state) {
    return healthy().withCycle(QUARTER.withState(state));
  }

  private static void assertOne(ValidationResult result, String code, String subject,
      String cycle, String change) {
    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(code);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(subjects(v)).containsExactly(subject);
      assertThat(v.values()).containsExactly(Map.entry("cycle", cycle),
          Map.entry("change", change));
    });
  }

  @Test
  void anObjectiveAddedToAClosedCycleIsReported() {
    OkrSet before = quarter(CycleState.CLOSED);
    OkrSet after = before.with(Fixtures.objective("o-new", "Be known for service", "department",
        "sales").build());
    assertOne(RULE.checkEdit(before, after, AS_OF), "change.cycle.closed", "o-new",
        QUARTER.id().value(), "added");
  }

  @Test
  void anObjectiveRemovedFromAnArchivedCycleIsReported() {
    OkrSet before = quarter(CycleState.ARCHIVED);
    assertOne(RULE.checkEdit(before, before.without(ObjectiveId.of("o-web")), AS_OF),
        "change.cycle.archived", "o-web", QUARTER.id().value(), "removed");
  }

  @Test
  void aKeyResultAddedInAClosedCycleEditsItsObjective() {
    OkrSet before = quarter(CycleState.CLOSED);
    Objective web = before.objective(ObjectiveId.of("o-web")).orElseThrow();
    OkrSet after = before.with(Objective.builder().from(web).addKeyResults(Fixtures.keyResult(
        "kr-speed", "Checkout time in seconds", LinearMeasure.of(40, 20))).build());
    assertOne(RULE.checkEdit(before, after, AS_OF), "change.cycle.closed", "o-web",
        QUARTER.id().value(), "edited");
  }

  @Test
  void aCycleOnlyTheEditBringsCountsInTheStateTheEditGivesIt() {
    OkrSet before = OkrSet.builder().from(healthy())
        .cycles(List.of(Fixtures.YEAR, QUARTER)).build();
    OkrSet after = healthy().withCycle(NEXT_QUARTER.withState(CycleState.CLOSED))
        .with(Fixtures.objective("o-next", "Be known for service", "department", "sales")
            .cycle(NEXT_QUARTER.id()).build());
    assertOne(RULE.checkEdit(before, after, AS_OF), "change.cycle.closed", "o-next",
        NEXT_QUARTER.id().value(), "added");
  }
}
