package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.okr4j.alignment.Fixtures.COMPANY;
import static org.okr4j.alignment.Fixtures.DEPARTMENT;
import static org.okr4j.alignment.Fixtures.TEAM;
import static org.okr4j.alignment.Fixtures.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Origin;

class AlignmentMetricsTest {

  @ParameterizedTest(name = "{0} of 10 counted: {1}% {2}")
  @CsvSource({"10, 100, HEALTHY", "9, 90, HEALTHY", "8, 80, WATCH", "7, 70, GAP", "0, 0, GAP"})
  void openOkrsAlignmentShare(int counted, int share, AlignmentMetrics.Band band) {
    List<Objective.Builder> objectives = new ArrayList<>();
    objectives.add(objective("c", COMPANY, "co"));
    for (int i = 0; i < 10; i++) {
      objectives.add(i < counted ? objective("d" + i, DEPARTMENT, "sales", "c")
          : objective("d" + i, DEPARTMENT, "sales"));
    }
    AlignmentMetrics metrics = AlignmentMetrics.of(Fixtures.set(
        objectives.toArray(Objective.Builder[]::new)));
    assertThat(metrics.alignmentShare()).isEqualTo(share);
    assertThat(metrics.band()).isEqualTo(band);
    assertThat(metrics.measured()).isEqualTo(10);
    assertThat(metrics.counted()).isEqualTo(counted);
  }

  @Test
  void shareFloorsCountsReasonsAndNeedsAnAnchor() {
    // 3 of 4 = 75; a parent outside the set and a reason to stand alone count; 2 of 3 = 66.67 -> 66
    OkrSet set = Fixtures.set(objective("c", COMPANY, "co"), objective("a", DEPARTMENT, "sales",
        "c"), objective("b", DEPARTMENT, "sales", "elsewhere"), objective("o", DEPARTMENT,
        "sales"), objective("r", DEPARTMENT, "sales").standaloneReason("Regulatory work"));
    assertThat(AlignmentMetrics.of(set).alignmentShare()).isEqualTo(75);
    assertThat(AlignmentMetrics.of(set.without(ObjectiveId.of("r"))).alignmentShare())
        .isEqualTo(66);
    OkrSet headless = Fixtures.set(objective("a", DEPARTMENT, "sales"),
        objective("b", TEAM, "emea", "a"));
    AlignmentMetrics metrics = AlignmentMetrics.of(headless);
    assertThat(metrics.alignmentShare()).isEqualTo(100);
    assertThat(metrics.band()).isEqualTo(AlignmentMetrics.Band.GAP);
    AlignmentMetrics empty = AlignmentMetrics.of(Fixtures.set());
    assertThat(empty.alignmentShare()).isEqualTo(100);
    assertThat(empty.band()).isEqualTo(AlignmentMetrics.Band.GAP);
    assertThat(empty.cascadeDepth()).isZero();
    assertThat(empty.meanFanOut()).isZero();
  }

  @Test
  void describesTheCascade() {
    OkrSet set = Fixtures.set(objective("c", COMPANY, "co").origin(Origin.DECOMPOSED),
        objective("d", DEPARTMENT, "sales", "c").origin(Origin.PROPOSED),
        objective("t", TEAM, "emea", "d"), objective("t2", TEAM, "emea", "d", "c"),
        objective("x", TEAM, "web").addAlignments(
            Fixtures.link(ObjectiveId.of("d"), AlignmentKind.RELATES_TO)),
        objective("l1", TEAM, "web", "l2"), objective("l2", TEAM, "web", "l1"),
        objective("me", TEAM, "web", "me"));
    AlignmentMetrics m = AlignmentMetrics.of(set);
    assertThat(m.cascadeDepth()).isEqualTo(3);
    assertThat(m.maxFanOut()).isEqualTo(2);
    // c: d, t2; d: t, t2; l1, l2, me: one each
    assertThat(m.meanFanOut()).isEqualTo(7.0 / 5);
    assertThat(m.maxFanIn()).isEqualTo(2);
    assertThat(m.bottomUpShare()).hasValue(0.5);
    assertThat(m.horizontalLinks()).isEqualTo(1);
    assertThat(m.components()).isEqualTo(4);
    assertThat(m.loops()).isEqualTo(2);
    assertThat(m.coverageByLevel()).containsExactly(Map.entry("company", 1.0),
        Map.entry("department", 1.0), Map.entry("team", 2.0 / 6));
    assertThat(m.coverageByUnit()).containsExactly(Map.entry(OrgUnitId.of("co"), 1.0),
        Map.entry(OrgUnitId.of("emea"), 1.0), Map.entry(OrgUnitId.of("sales"), 1.0),
        Map.entry(OrgUnitId.of("web"), 0.0));
    // x of web (in product) relates to d of sales: neither department is a silo
    assertThat(m.siloedDepartments()).isEmpty();
    assertThat(AlignmentMetrics.of(Fixtures.set(objective("c", COMPANY, "co"))).bottomUpShare())
        .isEmpty();
  }

  @Test
  void listsSiloedDepartmentsById() {
    OkrSet apart = Fixtures.set(objective("c", COMPANY, "co"),
        objective("s", DEPARTMENT, "sales", "c"), objective("p", DEPARTMENT, "product", "c"));
    assertThat(AlignmentMetrics.of(apart).siloedDepartments())
        .containsExactly(OrgUnitId.of("product"), OrgUnitId.of("sales"));
    assertThat(AlignmentMetrics.of(Fixtures.healthy()).siloedDepartments()).isEmpty();
  }

  @Test
  void readsAsText() {
    OkrSet set = Fixtures.set(objective("d", DEPARTMENT, "sales"),
        objective("c", COMPANY, "co").origin(Origin.DECOMPOSED),
        objective("p", DEPARTMENT, "product", "c").origin(Origin.PROPOSED));
    assertThat(AlignmentMetrics.of(set).toText()).isEqualTo(
        "Alignment share 50% (GAP): 1 of 2 objectives below the top have a parent or a reason to"
            + " stand alone\n"
            + "Cascade depth 2, fan-out up to 1 (mean 1.0), fan-in up to 1, 0 horizontal links,"
            + " 0 loops, 2 connected groups\n"
            + "Bottom-up share 50% of objectives of known origin (the literature expects about"
            + " 60%)\n"
            + "Coverage by level: company 100% department 50%\n"
            + "Siloed departments: product, sales\n");
    assertThat(AlignmentMetrics.of(Fixtures.healthy()).toText())
        .doesNotContain("Bottom-up", "Siloed");
  }

  @Test
  void nullsAreRejected() {
    assertThatNullPointerException().isThrownBy(() -> AlignmentMetrics.of((OkrSet) null));
    assertThatNullPointerException().isThrownBy(
        () -> AlignmentMetrics.of((AlignmentGraph) null));
  }
}
