package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthy;

import org.junit.jupiter.api.Test;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.PersonId;

/** The look-ups a {@link ValidationContext} offers to rules, hosts' own among them. */
class ValidationContextTest {

  private final OkrSet set = healthy();
  private final ValidationContext context = ValidationContext.of(set, AS_OF);

  @Test
  void anEditsContextChecksTheSetAfterItAndKeepsTheOneBefore() {
    OkrSet after = set.without(ObjectiveId.of("o-web"));
    ValidationContext edit = ValidationContext.ofEdit(set, after, AS_OF);
    assertThat(edit.set()).isEqualTo(after);
    assertThat(edit.previous()).contains(set);
    assertThat(edit.asOf()).isEqualTo(AS_OF);
    assertThat(context.previous()).isEmpty();
  }

  @Test
  void theUnitOfAnOwnerIsTheUnitItselfOrAPersonsFirstUnit() {
    assertThat(context.unitOf(OrgUnitId.of("sales"))).contains(OrgUnitId.of("sales"));
    assertThat(context.unitOf(PersonId.of("cy"))).contains(OrgUnitId.of("web"));
    assertThat(context.unitOf(PersonId.of("nobody"))).isEmpty();
  }

  @Test
  void theObjectiveOfALinkIsTheObjectiveOrTheOneHoldingTheKeyResult() {
    Objective company = set.objective(ObjectiveId.of("o-co")).orElseThrow();
    assertThat(context.objectiveOf(ObjectiveId.of("o-co"))).contains(company);
    assertThat(context.objectiveOf(KeyResultId.of("kr-churn"))).contains(company);
    assertThat(context.objectiveOf(ObjectiveId.of("o-gone"))).isEmpty();
    assertThat(context.objectiveOf(KeyResultId.of("kr-gone"))).isEmpty();
  }
}
