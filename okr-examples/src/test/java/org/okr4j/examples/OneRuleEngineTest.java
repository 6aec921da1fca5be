package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentRules;
import org.okr4j.core.OkrSet;
import org.okr4j.core.validation.Settings;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationResult;
import org.okr4j.core.validation.ValidationRules;

/** With okr-alignment on the path, its rules join okr-core's in one catalogue and every preset. */
class OneRuleEngineTest {

  @Test
  void presetsBuiltOnTheDefaultsGetTheWholeGraphRulesToo() {
    for (String preset : new String[] {"okr4j", "strategy-execution", "implementation-guide",
        "bottom-up"}) {
      assertThat(ValidationPolicy.named(preset).ruleNames()).as(preset)
          .contains(AlignmentRules.LOOP, AlignmentRules.MISALIGNED_CLUSTER, "structure.unaligned");
    }
    assertThat(ValidationPolicy.gitlab().ruleNames()).contains(AlignmentRules.TOO_DEEP)
        .doesNotContain(AlignmentRules.LOOP);
    assertThat(ValidationPolicy.gitlab().get(AlignmentRules.MAX_DEPTH)).isEqualTo(9);
    assertThat(ValidationPolicy.workboard().ruleNames())
        .containsExactly("structure.unaligned", AlignmentRules.MISALIGNED_CLUSTER);
    assertThat(ValidationPolicy.google().ruleNames()).doesNotContain(AlignmentRules.LOOP);
  }

  @Test
  void oneCatalogueOfRulesAndSettings() {
    assertThat(ValidationRules.names()).contains("structure.unaligned", AlignmentRules.LOOP);
    assertThat(ValidationRules.named(AlignmentRules.LOOP)).isPresent();
    assertThat(Settings.named("conflict.depth.max")).isEqualTo(AlignmentRules.MAX_DEPTH);
    assertThat(Settings.all()).contains(Settings.KEY_RESULTS_MAX, AlignmentRules.MAX_DEPTH);
  }

  @Test
  void theWholeGraphRulesOnAnExecutorGiveTheResultOfOneThread() {
    OkrSet set = SyntheticOrganization.generate(3_000, 7, SyntheticOrganization.Rates.typical());
    ValidationPolicy policy = ValidationPolicy.defaults();
    ValidationResult alone = policy.check(set, SyntheticOrganization.AS_OF);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      ValidationResult beside = policy.check(set, SyntheticOrganization.AS_OF, pool);
      assertThat(beside.violations()).isEqualTo(alone.violations());
      assertThat(alone.countByCode()).containsKeys(AlignmentRules.DUPLICATE_KEY_RESULTS,
          AlignmentRules.LOOP, "time.not-started");
    } finally {
      pool.shutdownNow();
    }
  }
}
