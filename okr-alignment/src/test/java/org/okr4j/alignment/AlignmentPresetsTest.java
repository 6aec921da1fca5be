package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.internal.AlignmentRuleProvider;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.testing.OkrSets;
import org.okr4j.core.validation.Settings;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationResult;
import org.okr4j.core.validation.ValidationRules;
import org.okr4j.core.validation.Violation;

/** okr-alignment's part of okr-core's presets, catalogue and settings, found by ServiceLoader. */
class AlignmentPresetsTest {

  @Test
  void okr4jRunsEveryAlignmentRuleAfterCoresOwn() {
    ValidationPolicy okr4j = ValidationPolicy.named("okr4j");
    assertThat(okr4j.ruleNames()).containsSubsequence(AlignmentRules.names())
        .contains("structure.unaligned");
    assertThat(okr4j.ruleNames().subList(okr4j.ruleNames().size() - AlignmentRules.names().size(),
        okr4j.ruleNames().size())).containsExactlyElementsOf(AlignmentRules.names());
    assertThat(ValidationPolicy.defaults().ruleNames()).isEqualTo(okr4j.ruleNames());
    assertThat(okr4j.get(AlignmentRules.MAX_KEY_RESULTS_PER_OWNER)).isEqualTo(12);
    assertThat(okr4j.get(AlignmentRules.MAX_DEPTH)).as("no depth limit").isZero();
  }

  @Test
  void gitlabLimitsTheCascadeToNineAsAnError() {
    ValidationPolicy gitlab = ValidationPolicy.named("GitLab");
    assertThat(gitlab.ruleNames()).containsExactly("structure.parents", "structure.children",
        "structure.key-result", AlignmentRules.TOO_DEEP);
    assertThat(gitlab.get(AlignmentRules.MAX_DEPTH)).isEqualTo(9);
    ValidationResult result = gitlab.check(OkrSets.chain(11), Fixtures.AS_OF);
    assertThat(result.withCode(AlignmentRules.TOO_DEEP).violations())
        .extracting(Violation::subject, Violation::severity)
        .containsExactly(tuple(ObjectiveId.of("chain-10"), Severity.ERROR),
            tuple(ObjectiveId.of("chain-9"), Severity.ERROR));
    assertThat(gitlab.check(OkrSets.chain(9), Fixtures.AS_OF).withCode("conflict").isEmpty())
        .isTrue();
  }

  @Test
  void workboardAddsMisalignedClusters() {
    ValidationPolicy workboard = ValidationPolicy.named("workboard");
    assertThat(workboard.ruleNames()).containsExactly("structure.unaligned",
        AlignmentRules.MISALIGNED_CLUSTER);
    OkrSet cluster = AlignmentCatalogueTest.FIRING.get(AlignmentRules.MISALIGNED_CLUSTER);
    assertThat(workboard.check(cluster, Fixtures.AS_OF).codes())
        .containsExactly(AlignmentRules.MISALIGNED_CLUSTER);
    // One member or many, the message reads right: no "1 objectives".
    org.okr4j.core.validation.Violation found = workboard.check(cluster, Fixtures.AS_OF)
        .violations().get(0);
    assertThat(found.message(java.util.Locale.ENGLISH)).startsWith(
        "Aligned, but never reaching a top-level objective (" + found.values().get("count")
            + "): ");
  }

  @Test
  void theOtherPresetsGetNothing() {
    for (String name : ValidationPolicy.names()) {
      if (!List.of("okr4j", "strategy-execution", "implementation-guide", "bottom-up", "gitlab",
          "workboard").contains(name)) {
        assertThat(ValidationPolicy.named(name).ruleNames()).as(name)
            .doesNotContainAnyElementsOf(AlignmentRules.names());
      }
    }
    ValidationPolicy.Builder builder = ValidationPolicy.builder().name("x");
    new AlignmentRuleProvider().contributeTo("lattice", builder);
    assertThat(builder.build().ruleNames()).isEmpty();
  }

  @Test
  void coresCatalogueAndSettingsFindTheRules() {
    assertThat(ValidationRules.named(AlignmentRules.LOOP)).isPresent();
    assertThat(ValidationRules.named(AlignmentRules.MISALIGNED_CLUSTER)).isPresent();
    assertThat(ValidationRules.names()).containsSubsequence(AlignmentRules.names());
    assertThat(Settings.named("conflict.depth.max")).isEqualTo(AlignmentRules.MAX_DEPTH);
    assertThat(Settings.all()).containsAll(AlignmentRules.settings());
    ValidationPolicy policy = ValidationPolicy.builder().rule(AlignmentRules.LOOP).build();
    assertThat(policy.check(OkrSets.loop(3), Fixtures.AS_OF).codes())
        .containsExactly(AlignmentRules.LOOP);
  }

  @Test
  void settingsAreTunedByNameAndCheckedWhenThePolicyIsBuilt() {
    ValidationPolicy tuned = ValidationPolicy.defaults()
        .withThreshold("conflict.depth.max", 4)
        .withSetting("duplicate.similarity.min", "0.8")
        .withList("gap.themes.required", List.of("growth"));
    assertThat(tuned.get(AlignmentRules.MAX_DEPTH)).isEqualTo(4);
    assertThat(tuned.get(AlignmentRules.SIMILARITY_THRESHOLD)).isEqualTo(0.8);
    assertThat(tuned.get(AlignmentRules.REQUIRED_THEMES)).containsExactly("growth");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ValidationPolicy.defaults().withSetting("duplicate.similarity.min", "0"))
        .withMessage("setting duplicate.similarity.min must lie within 0.01..1.0, but was 0.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ValidationPolicy.defaults().withThreshold("conflict.depth.max", -1))
        .withMessageContaining("conflict.depth.max must lie within 0..1000000000");
    assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.defaults()
            .with(AlignmentRules.MAX_KEY_RESULTS_PER_OWNER, 0))
        .withMessageContaining("conflict.owner-key-results.max");
  }

  @Test
  void policiesRegradeAndSilenceAlignmentCodes() {
    OkrSet loop = AlignmentCatalogueTest.FIRING.get(AlignmentRules.MISALIGNED_CLUSTER);
    ValidationResult regraded = ValidationPolicy.defaults()
        .withSeverity("conflict", Severity.INFO).check(loop, Fixtures.AS_OF);
    assertThat(regraded.withCode(AlignmentRules.LOOP).violations())
        .extracting(Violation::severity).containsExactly(Severity.INFO);
    ValidationResult silenced = ValidationPolicy.defaults().without("conflict")
        .check(loop, Fixtures.AS_OF);
    assertThat(silenced.withCode("conflict").isEmpty()).isTrue();
    assertThat(silenced.codes()).contains(AlignmentRules.MISALIGNED_CLUSTER);
  }
}
