package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.Theories.qt;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Identifier;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.testing.OkrSets;

/**
 * Validation over the generated sets, valid and malformed (dangling links, loops, self-links,
 * unknown cycles and owners, objectives without key results): it never throws, every violation
 * speaks both built-in languages, and the answer depends on the set alone.
 */
class ValidationPropertiesTest {

  private static final LocalDate[] DATES = {LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 20),
      LocalDate.of(2027, 1, 1)};
  private static final ValidationPolicy EVERY_RULE = ValidationPolicy.builder().name("every")
      .rules(ValidationRules.names())
      .list("structure.allowed-parents.team", List.of("department")).build();

  @Test
  void neverThrowsAndEveryViolationExplainsItself() {
    qt(200).forAll(OkrSets.any(12)).checkAssert(set -> {
      for (LocalDate date : DATES) {
        for (Violation violation : EVERY_RULE.check(set, date).violations()) {
          for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(violation.message(locale)).doesNotContain("{").doesNotContain(
                violation.code());
            assertThat(violation.remedy(locale)).isNotBlank();
          }
        }
      }
    });
  }

  @Test
  void everyPresetRunsOnEverySet() {
    qt(100).forAll(OkrSets.any(8)).checkAssert(set -> {
      for (String name : ValidationPolicy.names()) {
        ValidationPolicy policy = ValidationPolicy.named(name);
        ValidationResult result = policy.check(set, DATES[1]);
        assertThat(result.policy()).isEqualTo(name);
        assertThat(result.violations()).allSatisfy(v -> assertThat(
            policy.ruleNames().stream().anyMatch(rule -> v.code().startsWith(rule.split("\\.")[0])))
            .isTrue());
      }
    });
  }

  @Test
  void aPolicyFindsWhatItsRulesFindEachOnItsOwnInTheSameOrder() {
    // Policies run the rules that judge one objective at a time in one shared walk; each rule
    // alone walks the set itself. The two must agree, rule after rule.
    ValidationPolicy mooncamp = ValidationPolicy.named("mooncamp")
        .withList("measure.allowed-kinds.team", List.of("linear"));
    AtomicInteger compared = new AtomicInteger();
    qt(100).forAll(OkrSets.any(10)).checkAssert(set -> {
      for (ValidationPolicy policy : List.of(EVERY_RULE, ValidationPolicy.defaults(), mooncamp)) {
        ValidationContext context = policy.context(set, null, DATES[1]);
        List<Violation> alone = new ArrayList<>();
        for (String rule : policy.ruleNames()) {
          ValidationRules.named(rule).orElseThrow().check(context, alone::add);
        }
        // okr4j's default silences one code that its ownership rule can report.
        assertThat(policy.check(set, DATES[1]).violations().stream()
            .filter(v -> !v.hasCode("ownership.key-result")))
            .containsExactlyElementsOf(alone.stream()
                .filter(v -> !v.hasCode("ownership.key-result")).toList());
        compared.addAndGet(alone.size());
      }
    });
    assertThat(compared.get()).as("violations compared").isGreaterThan(1_000);
  }

  @Test
  void editsBetweenAnyTwoSetsNeverThrow() {
    qt(150).forAll(OkrSets.any(8), OkrSets.any(8)).checkAssert((before, after) -> {
      ValidationResult edit = EVERY_RULE.checkEdit(before, after, DATES[1]);
      ValidationResult same = EVERY_RULE.checkEdit(after, after, DATES[1]);
      assertThat(same.withCode("change").violations()).isEmpty();
      assertThat(edit.violations()).isNotNull();
    });
  }

  @Test
  void theSameSetGivesTheSameResultAndSubjectsAreInTheSet() {
    qt(100).forAll(OkrSets.any(10)).checkAssert(set -> {
      ValidationResult once = ValidationPolicy.defaults().check(set, DATES[1]);
      assertThat(ValidationPolicy.defaults().check(set, DATES[1])).isEqualTo(once);
      for (Violation violation : once.violations()) {
        assertThat(isKnown(set, violation.subject())).as(violation.toString()).isTrue();
      }
    });
  }

  @Test
  void reorderingObjectivesReordersButNeverChangesWhatIsFound() {
    qt(100).forAll(OkrSets.any(10)).checkAssert(set -> {
      List<Objective> reversed = new ArrayList<>(set.objectives());
      Collections.reverse(reversed);
      OkrSet other = OkrSet.builder().from(set).objectives(reversed).build();
      assertThat(ValidationPolicy.defaults().check(other, DATES[1]).violations())
          .containsExactlyInAnyOrderElementsOf(
              ValidationPolicy.defaults().check(set, DATES[1]).violations());
    });
  }

  @Test
  @Tag("slow")
  void aDeepChainAndALongLoopAreCheckedInOnePass() {
    OkrSet chain = OkrSets.chain(200_000);
    ValidationResult result = EVERY_RULE.check(chain, DATES[1]);
    assertThat(result.withCode("focus.key-results.too-few").count()).isEqualTo(200_000);
    OkrSet loop = OkrSets.loop(100_000);
    assertThat(EVERY_RULE.check(loop, DATES[1]).withCode("structure.parents").count()).isZero();
  }

  @Test
  void everyPresetGivesTheSameResultForASetBuiltInAnyOrder() {
    qt(30).forAll(OkrSets.any(10), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert((set, seed) -> {
          OkrSet shuffled = OkrSets.shuffled(set, seed);
          for (String preset : ValidationPolicy.names()) {
            ValidationPolicy policy = ValidationPolicy.named(preset);
            assertThat(policy.check(shuffled, DATES[1])).as(preset)
                .isEqualTo(policy.check(set, DATES[1]));
          }
          assertThat(EVERY_RULE.check(shuffled, DATES[1])).isEqualTo(EVERY_RULE.check(set,
              DATES[1]));
        });
  }

  @Test
  void publicEntryPointsRejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(OkrSet.class, Fixtures.healthy())
        .setDefault(LocalDate.class, DATES[1])
        .setDefault(Identifier.class, ObjectiveId.of("o"))
        .setDefault(Locale.class, Locale.ENGLISH)
        .setDefault(ValidationRule.class, (c, o) -> { })
        .setDefault(String.class, "focus.key-results")
        .setDefault(Setting.class, Settings.KEY_RESULTS_MAX);
    tester.testAllPublicStaticMethods(Setting.class);
    tester.testAllPublicInstanceMethods(Settings.KEY_RESULTS_MAX);
    tester.testAllPublicInstanceMethods(Settings.ALLOWED_PARENTS);
    tester.testAllPublicStaticMethods(Settings.class);
    tester.testAllPublicStaticMethods(ValidationPolicy.class);
    tester.testAllPublicInstanceMethods(ValidationPolicy.defaults());
    tester.testAllPublicStaticMethods(ValidationContext.class);
    tester.testAllPublicInstanceMethods(ValidationContext.of(Fixtures.healthy(), DATES[1]));
    tester.testAllPublicStaticMethods(ValidationResult.class);
    tester.testAllPublicInstanceMethods(ValidationPolicy.defaults().check(Fixtures.healthy(),
        DATES[1]));
    tester.testAllPublicStaticMethods(ViolationMessages.class);
    tester.testAllPublicInstanceMethods(ViolationMessages.english());
    tester.testAllPublicStaticMethods(ValidationRules.class);
  }

  private static boolean isKnown(OkrSet set, Identifier<?> subject) {
    if (subject instanceof ObjectiveId id) {
      return set.objective(id).isPresent();
    }
    if (subject instanceof org.okr4j.core.KeyResultId id) {
      return set.keyResult(id).isPresent();
    }
    if (subject instanceof org.okr4j.core.CycleId id) {
      return set.cycle(id).isPresent();
    }
    // Owners are subjects of focus limits: they own objectives, known to the organisation or not.
    return set.objectives().stream().anyMatch(o -> o.owner().filter(subject::equals).isPresent());
  }
}
