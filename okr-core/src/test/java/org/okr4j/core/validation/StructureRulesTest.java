package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.LEVELS;
import static org.okr4j.core.validation.Fixtures.healthyWith;
import static org.okr4j.core.validation.Fixtures.keyResult;
import static org.okr4j.core.validation.Fixtures.objective;
import static org.okr4j.core.validation.Fixtures.subjects;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.Contribution;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.PersonId;

/**
 * What the structure rules report about levels, units and children, with severities, subjects
 * and values: each rule alone in a policy, run on {@link Fixtures#healthy()} after an edit.
 */
class StructureRulesTest {

  private static ValidationResult check(String rule, List<UnaryOperator<OkrSet>> edits) {
    return ValidationPolicy.builder().name("test").rule(rule).build()
        .check(healthyWith(edits), AS_OF);
  }

  private static UnaryOperator<OkrSet> alignTo(String child, AlignmentTarget parent) {
    return objective(child, o -> o.alignments(List.of(Alignment.contributesTo(parent))));
  }

  private static UnaryOperator<OkrSet> add(org.okr4j.core.Objective objective) {
    return set -> set.with(objective);
  }

  @Test
  void aParentAtTheSameLevelIsAWarningAndOneBelowAnError() {
    // Alignment runs upwards: below is an error, the same level a warning.
    ValidationResult peer = check("structure.parent.level", List.of(objective("o-web",
        o -> o.level(LEVELS.level("department"))), alignTo("o-web", ObjectiveId.of("o-sales"))));
    assertThat(peer.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("structure.parent.not-above");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(subjects(v)).containsExactly("o-web");
      assertThat(v.values()).containsExactly(Map.entry("parent", "o-sales"),
          Map.entry("level", "department"), Map.entry("parent-level", "department"));
    });
    ValidationResult below = check("structure.parent.level",
        List.of(alignTo("o-co", ObjectiveId.of("o-sales"))));
    assertThat(below.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("structure.parent.not-above");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(subjects(v)).containsExactly("o-co");
    });
  }

  @Test
  void aParentOfTheCompanyUnitOutsideItsAncestorsIsReported() {
    // The company unit has no ancestors: a parent in any other unit lies outside them.
    ValidationResult result = check("structure.parent.ancestors",
        List.of(alignTo("o-co", ObjectiveId.of("o-web"))));
    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("structure.parent.outside-ancestors");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(subjects(v)).containsExactly("o-co");
      assertThat(v.values()).containsExactly(Map.entry("parent", "o-web"),
          Map.entry("unit", "co"), Map.entry("parent-unit", "web"));
    });
  }

  @Test
  void onlyAPersonsObjectiveMayAlignToItsOwnUnits() {
    // A strict ancestor: a unit's objective under its own unit's is outside; a person's is not.
    ValidationResult unitOwned = check("structure.parent.ancestors",
        List.of(add(Fixtures.objective("o-co2", "Be the brand people trust", "company", "co")
            .addAlignments(Alignment.contributesTo(ObjectiveId.of("o-co"))).build())));
    assertThat(unitOwned.violations()).singleElement().satisfies(v -> {
      assertThat(subjects(v)).containsExactly("o-co2");
      assertThat(v.values()).containsEntry("unit", "co").containsEntry("parent-unit", "co");
    });
    ValidationResult personOwned = check("structure.parent.ancestors",
        List.of(add(Fixtures.objective("o-cy", "Learn the checkout code", "individual", "web")
            .owner(PersonId.of("cy"))
            .addAlignments(Alignment.contributesTo(ObjectiveId.of("o-web"))).build())));
    assertThat(personOwned.violations()).isEmpty();
  }

  @Test
  void countsTheChildrenOfEachKeyResultApartFromItsObjectives() {
    // o-co keeps no objective child: o-sales and o-mkt contribute to kr-nps, o-web (as in the
    // healthy set) and o-eng to kr-churn.
    ValidationResult result = ValidationPolicy.builder().name("test").rule("structure.children")
        .build().withThreshold("structure.children.max", 1).check(healthyWith(List.of(
            alignTo("o-sales", KeyResultId.of("kr-nps")),
            add(Fixtures.objective("o-mkt", "Be known for service", "department", "sales")
                .addAlignments(Alignment.contributesTo(KeyResultId.of("kr-nps"))).build()),
            add(Fixtures.objective("o-eng", "Ship reliable software", "department", "eng")
                .addAlignments(Alignment.contributesTo(KeyResultId.of("kr-churn"))).build()))),
            AS_OF);
    assertThat(result.violations()).allSatisfy(v -> {
      assertThat(v.code()).isEqualTo("structure.children.too-many");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.values()).containsExactly(Map.entry("count", "2"), Map.entry("max", "1"));
    });
    assertThat(result.violations()).extracting(Fixtures::subjects)
        .containsExactly(List.of("kr-nps"), List.of("kr-churn"));
  }

  @Test
  void aKeyResultLinkToAKnownKeyResultIsNoUnknownParentAndEachUnknownOneIsNamed() {
    ValidationResult result = check("structure.key-result.links", List.of(
        keyResult("kr-revenue", k -> k.addContributions(Contribution.to(KeyResultId.of("kr-nps")))),
        keyResult("kr-win", k -> k.addContributions(Contribution.to(KeyResultId.of("kr-nps")),
            Contribution.to(KeyResultId.of("kr-gone"))))));
    assertThat(result.withCode("structure.key-result.parent.unknown").violations())
        .singleElement().satisfies(v -> {
          assertThat(subjects(v)).containsExactly("kr-win");
          assertThat(v.values()).containsExactly(Map.entry("parent", "kr-gone"));
        });
  }
}
