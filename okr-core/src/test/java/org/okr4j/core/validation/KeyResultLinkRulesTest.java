package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthy;
import static org.okr4j.core.validation.Fixtures.healthyWith;
import static org.okr4j.core.validation.Fixtures.subjects;
import static org.okr4j.core.validation.Fixtures.keyResult;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Contribution;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.OkrSet;

/** What {@code structure.key-result.links} reports, with its subjects and values. */
class KeyResultLinkRulesTest {

  private static final ValidationPolicy RULE = ValidationPolicy.builder().name("test")
      .rule("structure.key-result.links").build();

  private static UnaryOperator<OkrSet> contributes(String keyResult, Contribution to) {
    return keyResult(keyResult, k -> k.addContributions(to));
  }

  private static ValidationResult check(List<UnaryOperator<OkrSet>> edits) {
    return RULE.check(healthyWith(edits), AS_OF);
  }

  @Test
  void namesTheMissingParent() {
    ValidationResult result = check(List.of(contributes("kr-win",
        Contribution.to(KeyResultId.of("kr-gone")))));
    assertThat(result.violations()).hasSize(1);
    Violation violation = result.violations().get(0);
    assertThat(violation.code()).isEqualTo("structure.key-result.parent.unknown");
    assertThat(violation.severity()).isEqualTo(Severity.WARNING);
    assertThat(subjects(violation)).containsExactly("kr-win");
    assertThat(violation.values()).containsEntry("parent", "kr-gone");
  }

  @Test
  void reportsALoopOnceWithItsMembersSortedAndCounted() {
    ValidationResult result = check(List.of(
        contributes("kr-win", Contribution.to(KeyResultId.of("kr-revenue"))),
        contributes("kr-revenue", Contribution.to(KeyResultId.of("kr-nps"))),
        contributes("kr-nps", Contribution.to(KeyResultId.of("kr-win")))));
    // Besides: each member has a child and no roll-up.
    assertThat(result.withCode("structure.key-result.roll-up.missing").count()).isEqualTo(3);
    assertThat(result.withCode("structure.key-result.loop").violations()).hasSize(1);
    Violation loop = result.withCode("structure.key-result.loop").violations().get(0);
    assertThat(loop.code()).isEqualTo("structure.key-result.loop");
    assertThat(loop.severity()).isEqualTo(Severity.ERROR);
    assertThat(subjects(loop)).containsExactly("kr-nps", "kr-revenue", "kr-win");
    assertThat(loop.values()).containsEntry("count", "3");
  }

  @Test
  void reportsSeveralLoopsInTheOrderOfTheirFirstIds() {
    // kr-nps comes before kr-churn in the set; kr-churn's loop sorts first by id.
    ValidationResult result = check(List.of(
        contributes("kr-nps", Contribution.to(KeyResultId.of("kr-win"))),
        contributes("kr-win", Contribution.to(KeyResultId.of("kr-nps"))),
        contributes("kr-churn", Contribution.to(KeyResultId.of("kr-conversion"))),
        contributes("kr-conversion", Contribution.to(KeyResultId.of("kr-churn")))));
    assertThat(result.withCode("structure.key-result.loop").violations())
        .extracting(Fixtures::subjects)
        .containsExactly(List.of("kr-churn", "kr-conversion"), List.of("kr-nps", "kr-win"));
  }

  @Test
  void addsUpThePinnedSharesOfOneParentsChildrenOnly() {
    ValidationResult result = check(List.of(
        contributes("kr-win", Contribution.to(KeyResultId.of("kr-nps")).withPinnedShare(0.6)),
        contributes("kr-revenue", Contribution.to(KeyResultId.of("kr-nps")).withPinnedShare(0.5)),
        contributes("kr-errors", Contribution.to(KeyResultId.of("kr-nps"))),
        contributes("kr-conversion", Contribution.to(KeyResultId.of("kr-churn"))
            .withPinnedShare(0.9))));
    assertThat(result.withCode("structure.key-result.shares.too-high").violations()).hasSize(1);
    Violation shares = result.withCode("structure.key-result.shares.too-high").violations()
        .get(0);
    assertThat(shares.code()).isEqualTo("structure.key-result.shares.too-high");
    assertThat(shares.severity()).isEqualTo(Severity.ERROR);
    assertThat(subjects(shares)).containsExactly("kr-nps");
    assertThat(shares.values()).containsEntry("share", "110").containsEntry("count", "2");
  }

  @Test
  void aKeyResultRolledUpFromItsChildrenNeedsNoCheckInOfItsOwn() {
    ValidationPolicy notStarted = ValidationPolicy.builder().name("test")
        .rule("time.not-started").build();
    UnaryOperator<OkrSet> silent = keyResult("kr-nps", k -> k.checkIns(List.of())
        .rollUp(org.okr4j.core.KeyResultRollUp.SUM_OF_VALUES));
    UnaryOperator<OkrSet> child = contributes("kr-win", Contribution.to(KeyResultId.of("kr-nps")));
    UnaryOperator<OkrSet> loop = contributes("kr-nps", Contribution.to(KeyResultId.of("kr-win")));
    UnaryOperator<OkrSet> rolling = keyResult("kr-win", k -> k.rollUp(
        org.okr4j.core.KeyResultRollUp.MEAN_PROGRESS));
    assertThat(notStarted.check(child.apply(silent.apply(healthy())), AS_OF)
        .withCode("time.not-started").violations()).isEmpty();
    // Without a child, or with a roll-up but no children, or with its one child's link left out
    // to break a loop (kr-win, the higher id, loses kr-win -> kr-nps), it is not started.
    assertThat(notStarted.check(silent.apply(healthy()), AS_OF).withCode("time.not-started")
        .violations()).extracting(v -> v.subject().value()).containsExactly("kr-nps");
    assertThat(notStarted.check(child.apply(keyResult("kr-nps", k -> k.checkIns(List.of()))
        .apply(healthy())), AS_OF).withCode("time.not-started").violations())
        .extracting(v -> v.subject().value()).containsExactly("kr-nps");
    assertThat(notStarted.check(rolling.apply(loop.apply(child.apply(silent.apply(healthy())))),
        AS_OF).withCode("time.not-started").violations())
        .extracting(v -> v.subject().value()).containsExactly("kr-nps");
  }

  @Test
  void aKeyResultRolledUpFromItsChildrenIsNeverStaleByItsOwnCheckIns() {
    ValidationPolicy stale = ValidationPolicy.builder().name("test")
        .rule("time.check-in.cadence").build();
    UnaryOperator<OkrSet> old = keyResult("kr-nps", k -> k.checkIns(List.of(
        org.okr4j.core.CheckIn.of(AS_OF.minusDays(40), 21))));
    UnaryOperator<OkrSet> rollsUp = keyResult("kr-nps", k -> k.rollUp(
        org.okr4j.core.KeyResultRollUp.MEAN_PROGRESS));
    UnaryOperator<OkrSet> child = contributes("kr-win", Contribution.to(KeyResultId.of("kr-nps")));
    UnaryOperator<OkrSet> loop = contributes("kr-nps", Contribution.to(KeyResultId.of("kr-win")));
    UnaryOperator<OkrSet> rolling = keyResult("kr-win", k -> k.rollUp(
        org.okr4j.core.KeyResultRollUp.MEAN_PROGRESS));
    assertThat(stale.check(child.apply(rollsUp.apply(old.apply(healthy()))), AS_OF)
        .withCode("time.check-in.stale").violations()).isEmpty();
    // A child without a roll-up, a roll-up without a child, or its one child's link left out to
    // break a loop: its own check-ins count, and are stale.
    for (UnaryOperator<OkrSet> edit : List.<UnaryOperator<OkrSet>>of(
        s -> child.apply(old.apply(s)), s -> rollsUp.apply(old.apply(s)),
        s -> rolling.apply(loop.apply(child.apply(rollsUp.apply(old.apply(s))))))) {
      assertThat(stale.check(edit.apply(healthy()), AS_OF).withCode("time.check-in.stale")
          .violations()).extracting(v -> v.subject().value()).containsExactly("kr-nps");
    }
  }

  @Test
  void namesOnceEachParentWithChildrenButNoRollUp() {
    UnaryOperator<OkrSet> rollsUp = keyResult("kr-revenue", k -> k.rollUp(
        org.okr4j.core.KeyResultRollUp.WEIGHTED_PROGRESS));
    ValidationResult result = check(List.of(
        contributes("kr-win", Contribution.to(KeyResultId.of("kr-nps"))),
        contributes("kr-errors", Contribution.to(KeyResultId.of("kr-nps"))),
        contributes("kr-conversion", Contribution.to(KeyResultId.of("kr-revenue"))), rollsUp,
        contributes("kr-churn", Contribution.to(KeyResultId.of("kr-gone")))));
    List<Violation> missing = result.withCode("structure.key-result.roll-up.missing")
        .violations();
    assertThat(missing).hasSize(1);
    assertThat(missing.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(subjects(missing.get(0))).containsExactly("kr-nps");
    assertThat(missing.get(0).values()).containsEntry("count", "2");
  }

  @Test
  void saysNothingOfASetWithoutContributions() {
    assertThat(check(List.of()).violations()).isEmpty();
  }
}
