package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.NEXT_QUARTER;
import static org.okr4j.core.validation.Fixtures.QUARTER;

import org.junit.jupiter.api.Test;
import org.okr4j.core.CycleState;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.ObjectiveState;
import org.okr4j.core.OkrSet;

/** Closing a quarter and carrying its unfinished objectives over is not an edit violation. */
class CarryOverEditTest {

  private static final ObjectiveId WEB = ObjectiveId.of("o-web");
  private static final ValidationPolicy READ_ONLY =
      ValidationPolicy.builder().name("test").rule("change.read-only").build();
  private static final ValidationPolicy IN_PROGRESS =
      ValidationPolicy.builder().name("test").rule("change.in-progress").build();

  private static OkrSet closedQuarter() {
    return Fixtures.healthy().withCycle(QUARTER.withState(CycleState.CLOSED))
        .withCycle(NEXT_QUARTER.withState(CycleState.ACTIVE));
  }

  @Test
  void carryingOverOutOfAClosedCycleIsNoEdit() {
    OkrSet before = closedQuarter();
    OkrSet after = before.carryOver(WEB, NEXT_QUARTER.id());
    assertThat(READ_ONLY.checkEdit(before, after, AS_OF).violations()).isEmpty();
  }

  @Test
  void theCopyIsNoNewObjectiveOfTheCycleInProgress() {
    OkrSet before = closedQuarter();
    OkrSet after = before.carryOver(WEB, NEXT_QUARTER.id());
    assertThat(IN_PROGRESS.checkEdit(before, after, AS_OF).violations()).isEmpty();
  }

  @Test
  void closingTheCycleAndCarryingOverInOneEditIsNoEdit() {
    OkrSet before = Fixtures.healthy().withCycle(NEXT_QUARTER.withState(CycleState.ACTIVE));
    OkrSet after = before.withCycle(QUARTER.withState(CycleState.CLOSED))
        .carryOver(WEB, NEXT_QUARTER.id());
    assertThat(READ_ONLY.checkEdit(before, after, AS_OF).violations()).isEmpty();
    assertThat(IN_PROGRESS.checkEdit(before, after, AS_OF).violations()).isEmpty();
  }

  @Test
  void markingCarriedOverWithoutACopyIsAnEdit() {
    OkrSet before = closedQuarter();
    OkrSet after = before.with(before.objective(WEB).orElseThrow()
        .withState(ObjectiveState.CARRIED_OVER));
    assertThat(READ_ONLY.checkEdit(before, after, AS_OF).violations())
        .extracting(Violation::code).containsExactly("change.cycle.closed");
  }

  @Test
  void aCarryOverThatAlsoEditsTheOriginalIsAnEdit() {
    OkrSet before = closedQuarter();
    OkrSet carried = before.carryOver(WEB, NEXT_QUARTER.id());
    OkrSet after = carried.with(carried.objective(WEB).orElseThrow().withTitle("Rewritten"));
    assertThat(READ_ONLY.checkEdit(before, after, AS_OF).violations())
        .extracting(Violation::code).containsExactly("change.cycle.closed");
  }

  @Test
  void gradingAClosedCycleIsNoEditButOverridingItsProgressIs() {
    OkrSet before = closedQuarter();
    Objective web = before.objective(WEB).orElseThrow();
    org.okr4j.core.PersonId lead = org.okr4j.core.PersonId.of("p-lead");
    java.time.LocalDate day = QUARTER.end();
    org.okr4j.core.FinalScore grade = org.okr4j.core.FinalScore.of(0.7, lead, day, "review");
    Objective graded = web.withFinalScore(grade)
        .withKeyResult(web.keyResults().get(0).withFinalScore(grade));
    assertThat(READ_ONLY.checkEdit(before, before.with(graded), AS_OF).violations()).isEmpty();
    org.okr4j.core.Judgement override = org.okr4j.core.Judgement.ofProgress(0.9, lead, day,
        "late data");
    assertThat(READ_ONLY.checkEdit(before, before.with(web.withJudgement(override)), AS_OF)
        .violations()).extracting(Violation::code).containsExactly("change.cycle.closed");
    assertThat(READ_ONLY.checkEdit(before, before.with(web.withKeyResult(
        web.keyResults().get(0).withJudgement(override))), AS_OF).violations())
        .extracting(Violation::code).containsExactly("change.cycle.closed");
  }

  @Test
  void anArchivedCycleStaysReadOnlyEvenForACarryOver() {
    OkrSet before = Fixtures.healthy().withCycle(QUARTER.withState(CycleState.ARCHIVED))
        .withCycle(NEXT_QUARTER.withState(CycleState.ACTIVE));
    OkrSet after = before.carryOver(WEB, NEXT_QUARTER.id());
    assertThat(READ_ONLY.checkEdit(before, after, AS_OF).violations())
        .extracting(Violation::code).containsExactly("change.cycle.archived");
  }

  @Test
  void aCopyOfAnObjectiveTheSetDidNotHoldIsNew() {
    OkrSet before = closedQuarter();
    OkrSet carried = before.carryOver(WEB, NEXT_QUARTER.id());
    OkrSet after = carried.with(Objective.builder()
        .from(carried.objective(ObjectiveId.of("o-web@" + NEXT_QUARTER.id())).orElseThrow())
        .carriedOverFrom(ObjectiveId.of("o-gone")).build());
    assertThat(IN_PROGRESS.checkEdit(before, after, AS_OF).violations())
        .extracting(Violation::code).containsExactly("change.in-progress.new-objective");
    assertThat(READ_ONLY.checkEdit(before, after, AS_OF).violations())
        .extracting(Violation::code).containsExactly("change.cycle.closed");
  }
}
