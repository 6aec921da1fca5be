package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthy;
import static org.okr4j.core.validation.Fixtures.healthyWith;
import static org.okr4j.core.validation.Fixtures.subjects;
import static org.okr4j.core.validation.Fixtures.keyResult;
import static org.okr4j.core.validation.Fixtures.objective;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;

/**
 * What {@code structure.objective.shares} reports: the shares pinned on one objective's parts
 * (its key results, its contributing children's links) above 100 %. In the fixture {@code o-co}
 * holds {@code kr-nps} and {@code kr-churn}; {@code o-sales} contributes to {@code o-co},
 * {@code o-web} to {@code kr-churn}.
 */
class PinnedSharesRuleTest {

  private static final ValidationPolicy RULE = ValidationPolicy.builder().name("test")
      .rule("structure.objective.shares").build();

  private static UnaryOperator<OkrSet> pin(String keyResult, double share) {
    return keyResult(keyResult, k -> k.pinnedShare(share));
  }

  private static UnaryOperator<OkrSet> link(String child, AlignmentTarget parent,
      AlignmentKind kind, double share) {
    return objective(child, o -> o.alignments(List.of(
        Alignment.of(parent, kind, 1.0).withPinnedShare(share))));
  }

  private static ValidationResult check(List<UnaryOperator<OkrSet>> edits) {
    return RULE.check(healthyWith(edits), AS_OF);
  }

  @Test
  void addsAKeyResultsPinToAChildsPinOnItsLink() {
    ValidationResult result = check(List.of(pin("kr-nps", 0.6),
        link("o-sales", ObjectiveId.of("o-co"), AlignmentKind.CONTRIBUTES, 0.5)));
    assertThat(result.violations()).hasSize(1);
    Violation shares = result.violations().get(0);
    assertThat(shares.code()).isEqualTo("structure.objective.shares.too-high");
    assertThat(shares.severity()).isEqualTo(Severity.ERROR);
    assertThat(subjects(shares)).containsExactly("o-co");
    assertThat(shares.values()).containsEntry("share", "110").containsEntry("count", "2");
  }

  @Test
  void countsAChildLinkedThroughAKeyResultForTheKeyResultsObjective() {
    ValidationResult result = check(List.of(pin("kr-nps", 0.4), pin("kr-churn", 0.3),
        link("o-web", KeyResultId.of("kr-churn"), AlignmentKind.CONTRIBUTES, 0.35)));
    assertThat(result.violations()).singleElement().satisfies(shares -> {
      assertThat(subjects(shares)).containsExactly("o-co");
      assertThat(shares.values()).containsEntry("share", "105").containsEntry("count", "3");
    });
  }

  @Test
  void leavesOutLinksThatMoveNoProgressAndLinksToNothing() {
    assertThat(check(List.of(pin("kr-nps", 0.6),
        link("o-sales", ObjectiveId.of("o-co"), AlignmentKind.SUPPORTS, 0.5))).violations())
        .isEmpty();
    assertThat(check(List.of(pin("kr-nps", 0.6),
        link("o-sales", ObjectiveId.of("o-gone"), AlignmentKind.CONTRIBUTES, 0.5))).violations())
        .isEmpty();
  }

  @Test
  void judgesEachObjectiveByItsOwnParts() {
    // o-sales' two pins are 100 %; o-co's are 90 %: no objective is over, though the set's pins
    // add up to 190 %.
    assertThat(check(List.of(pin("kr-revenue", 0.5), pin("kr-win", 0.5), pin("kr-nps", 0.4),
        link("o-sales", ObjectiveId.of("o-co"), AlignmentKind.CONTRIBUTES, 0.5))).violations())
        .isEmpty();
  }

  @Test
  void takesThreeThirdsAsAWholeAndAHundredthMoreAsTooMuch() {
    assertThat(check(List.of(pin("kr-nps", 1 / 3.0), pin("kr-churn", 1 / 3.0),
        link("o-sales", ObjectiveId.of("o-co"), AlignmentKind.CONTRIBUTES, 1 / 3.0)))
        .violations()).isEmpty();
    assertThat(check(List.of(pin("kr-nps", 0.5), pin("kr-churn", 0.5001))).violations())
        .singleElement().satisfies(v -> assertThat(v.values()).containsEntry("share", "100.01"));
  }

  @Test
  void reportsInIdOrderWhateverOrderTheSetWasBuiltIn() {
    OkrSet set = healthy();
    for (UnaryOperator<OkrSet> edit : List.of(pin("kr-nps", 0.8), pin("kr-churn", 0.8),
        pin("kr-revenue", 0.7), pin("kr-win", 0.7))) {
      set = edit.apply(set);
    }
    List<Objective> objectives = new java.util.ArrayList<>(set.objectives());
    java.util.Collections.reverse(objectives);
    OkrSet backwards = OkrSet.builder().from(set).objectives(objectives).build();
    List<Violation> forwards = RULE.check(set, AS_OF).violations();
    assertThat(forwards).extracting(v -> subjects(v).get(0)).containsExactly("o-co", "o-sales");
    assertThat(RULE.check(backwards, AS_OF).violations()).isEqualTo(forwards);
  }

  @Test
  void saysNothingOfASetWithoutPins() {
    assertThat(check(List.of()).violations()).isEmpty();
  }
}
