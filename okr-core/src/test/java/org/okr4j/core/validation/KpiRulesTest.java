package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Corridor;
import org.okr4j.core.Kpi;
import org.okr4j.core.KpiLink;
import org.okr4j.core.KpiReading;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;

/** The KPI rules beyond the catalogue's fire-and-quiet cases: order, values, wording. */
class KpiRulesTest {

  private static final ValidationPolicy LINKS = ValidationPolicy.builder().rule("kpi.links")
      .build();

  @Test
  void eachDanglingLinkIsOneFindingInKpiOrderWithItsRole() {
    OkrSet set = healthy()
        .withKpi(Kpi.of("kpi-b", "B", Corridor.atMost(1))
            .withLink(KpiLink.recovers(ObjectiveId.of("o-gone")))
            .withLink(KpiLink.protects(ObjectiveId.of("o-web")))
            .withLink(KpiLink.protects(ObjectiveId.of("o-lost"))))
        .withKpi(Kpi.of("kpi-a", "A", Corridor.atLeast(1))
            .withLink(KpiLink.protects(ObjectiveId.of("o-gone"))));
    List<Violation> found = LINKS.check(set, AS_OF).violations();
    assertThat(found).extracting(v -> v.subject().value() + " " + v.values())
        .containsExactly("kpi-b {objective=o-gone, role=recovers}",
            "kpi-b {objective=o-lost, role=protects}", "kpi-a {objective=o-gone, role=protects}");
    assertThat(found.get(0).message(Locale.ENGLISH)).isEqualTo("The KPI kpi-b is linked to"
        + " o-gone, which recovers it, but the set does not have that objective.");
    assertThat(found.get(1).message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("KPI kpi-b 关联的目标 o-lost（保护该指标）不在集合中。");
    assertThat(found.get(0).message(Locale.SIMPLIFIED_CHINESE)).contains("（恢复该指标）");
  }

  @Test
  void aReadingAfterTheDayCheckedDoesNotCount() {
    ValidationPolicy readings = ValidationPolicy.builder().rule("kpi.readings").build();
    Kpi kpi = Kpi.of("kpi-a", "A", Corridor.atMost(1));
    assertThat(readings.check(healthy().withKpi(kpi), AS_OF).codes())
        .containsExactly("kpi.readings.missing");
    assertThat(readings.check(healthy().withKpi(kpi.withReading(KpiReading.of(
        AS_OF.minusDays(30), 0.5))), AS_OF).violations()).isEmpty();
    assertThat(readings.check(healthy(), AS_OF).violations()).isEmpty();
  }

  @Test
  void aKpiOwnedBySomeoneTheOrganisationLacksIsAnUnknownOwnerInIdOrder() {
    OkrSet set = healthy()
        .withKpi(Kpi.builder().from(Kpi.of("kpi-z", "Z", Corridor.atMost(1)))
            .owner(org.okr4j.core.PersonId.of("ghost")).build())
        .withKpi(Kpi.builder().from(Kpi.of("kpi-a", "A", Corridor.atMost(1)))
            .owner(org.okr4j.core.OrgUnitId.of("web")).build())
        .withKpi(Kpi.builder().from(Kpi.of("kpi-b", "B", Corridor.atMost(1)))
            .owner(org.okr4j.core.OrgUnitId.of("gone")).build())
        .withKpi(Kpi.of("kpi-c", "C", Corridor.atMost(1)));
    // In a policy's one walk over the objectives and on its own, the same findings.
    for (ValidationResult result : List.of(
        ValidationPolicy.builder().rule("ownership").build().check(set, AS_OF),
        ValidationPolicy.builder().rule("ownership", ValidationRules.owners()).build()
            .check(set, AS_OF))) {
      assertThat(result.withCode("ownership.owner.unknown").violations())
          .extracting(v -> v.subject().value() + " " + v.values())
          .containsExactly("kpi-b {owner=gone}", "kpi-z {owner=ghost}");
    }
    List<Violation> alone = new java.util.ArrayList<>();
    ValidationRules.owners().check(ValidationPolicy.defaults().context(set, null, AS_OF),
        alone::add);
    assertThat(alone).filteredOn(v -> v.hasCode("ownership.owner.unknown"))
        .extracting(v -> v.subject().value()).containsExactly("kpi-b", "kpi-z");
  }

  @Test
  void theDefaultPolicyRunsTheKpiRules() {
    assertThat(ValidationPolicy.defaults().ruleNames()).contains("kpi.links", "kpi.readings",
        "kpi.suggested");
    assertThat(ValidationRules.names()).endsWith("kpi.links", "kpi.readings", "kpi.suggested");
  }
}
