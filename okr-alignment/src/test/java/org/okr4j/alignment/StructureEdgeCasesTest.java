package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.alignment.Fixtures.COMPANY;
import static org.okr4j.alignment.Fixtures.DEPARTMENT;
import static org.okr4j.alignment.Fixtures.TEAM;
import static org.okr4j.alignment.Fixtures.check;
import static org.okr4j.alignment.Fixtures.objective;
import static org.okr4j.alignment.Fixtures.subjects;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;
import org.okr4j.core.Share;
import org.okr4j.core.validation.Violation;

/**
 * Structural rules on sets whose shape the other tests do not reach: no company objectives, a
 * loop walked back through the set's first objective, a department first in the organisation,
 * a unit covered by one kind of sharing only.
 */
class StructureEdgeCasesTest {

  @Nested
  class TopLevel {
    /**
     * {@value AlignmentRules#NOT_CASCADED}: the top level is the set's top level (the smallest
     * rank any objective has), not the company level: in a set of department and team objectives
     * a department objective nothing contributes to is not cascaded.
     */
    @Test
    void aSetWithoutCompanyObjectivesHasItsDepartmentsAtTheTop() {
      OkrSet set = Fixtures.set(objective("d-sales", DEPARTMENT, "sales"),
          objective("d-product", DEPARTMENT, "product"),
          objective("t-web", TEAM, "web", "d-product"));
      assertThat(subjects(check(AlignmentRules.NOT_CASCADED, set)))
          .containsExactly(List.of("d-sales"));
    }
  }

  @Nested
  class Loops {
    /**
     * {@value AlignmentRules#LOOP}: the one loop through the smallest id, a, x, w, v and back
     * (each objective's parent next), even when the walk meets w a second time from v.
     */
    @Test
    void aLoopWalkedBackPastTheSetsFirstObjective() {
      // Set order x, w, v, a; a -> x -> w -> v -> {w, a}: v's first parent w was reached from x,
      // the set's first objective, and must not be taken again.
      OkrSet set = Fixtures.set(objective("x", TEAM, "web", "w"),
          objective("w", TEAM, "web", "v"), objective("v", TEAM, "web", "w", "a"),
          objective("a", TEAM, "web", "x"));
      List<Violation> found = check(AlignmentRules.LOOP, set);
      assertThat(subjects(found)).containsExactly(List.of("a", "x", "w", "v", "a"));
      assertThat(found).extracting(v -> v.values().get("count")).containsExactly("4");
    }
  }

  @Nested
  class Silos {
    /** Departments first, in an organisation without a company unit, then a team: 0 to 2. */
    private Organization departmentsFirst() {
      return Organization.builder()
          .addUnits(OrgUnit.of("sales", "Sales", DEPARTMENT))
          .addUnits(OrgUnit.of("product", "Product", DEPARTMENT))
          .addUnits(OrgUnit.of("emea", "EMEA", TEAM, OrgUnitId.of("sales")))
          .build();
    }

    private OkrSet set(org.okr4j.core.Objective.Builder... objectives) {
      return OkrSet.builder().organization(departmentsFirst()).addCycles(Fixtures.Q3)
          .objectives(java.util.Arrays.stream(objectives)
              .map(org.okr4j.core.Objective.Builder::build).toList())
          .build();
    }

    /**
     * {@value AlignmentRules#SILOED_DEPARTMENT}: a link clears both departments, whichever way
     * it points, also for the organisation's first unit.
     */
    @Test
    void aLinkFromTheFirstDepartmentClearsIt() {
      OkrSet linked = set(objective("s", DEPARTMENT, "sales")
          .addAlignments(Fixtures.link(ObjectiveId.of("p"), AlignmentKind.RELATES_TO)),
          objective("p", DEPARTMENT, "product"));
      assertThat(check(AlignmentRules.SILOED_DEPARTMENT, linked)).isEmpty();
      OkrSet apart = set(objective("s", DEPARTMENT, "sales"),
          objective("p", DEPARTMENT, "product"));
      assertThat(subjects(check(AlignmentRules.SILOED_DEPARTMENT, apart)))
          .containsExactly(List.of("product"), List.of("sales"));
    }

    /**
     * {@value AlignmentRules#SILOED_DEPARTMENT}: a team's objectives are its department's, also
     * under the organisation's first unit, so the team's link clears its department.
     */
    @Test
    void aTeamsLinkClearsTheFirstDepartment() {
      OkrSet set = set(objective("s", DEPARTMENT, "sales"),
          objective("e", TEAM, "emea", "s")
              .addAlignments(Fixtures.link(ObjectiveId.of("p"), AlignmentKind.DEPENDS_ON)),
          objective("p", DEPARTMENT, "product"));
      assertThat(check(AlignmentRules.SILOED_DEPARTMENT, set)).isEmpty();
    }
  }

  @Nested
  class Coverage {
    private List<String> uncovered(OkrSet set) {
      return check(AlignmentRules.UNIT_WITHOUT_OKRS, set).stream()
          .map(Violation::subject).map(Object::toString).toList();
    }

    /** {@value AlignmentRules#UNIT_WITHOUT_OKRS}: a co-owning unit is covered, without shares. */
    @Test
    void aCoOwnerAloneCoversItsUnit() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c").addCoOwners(OrgUnitId.of("product")));
      assertThat(uncovered(set)).containsExactly("emea", "idle", "web");
    }

    /**
     * {@value AlignmentRules#UNIT_WITHOUT_OKRS}: a unit shared with is covered, without
     * co-owners.
     */
    @Test
    void aShareAloneCoversItsUnit() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c")
              .addSharedWith(Share.of(OrgUnitId.of("emea"), 0.5)));
      assertThat(uncovered(set)).containsExactly("idle", "product", "web");
    }
  }
}
