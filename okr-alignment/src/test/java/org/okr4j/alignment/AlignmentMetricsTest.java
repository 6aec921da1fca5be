package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.okr4j.alignment.Fixtures.COMPANY;
import static org.okr4j.alignment.Fixtures.DEPARTMENT;
import static org.okr4j.alignment.Fixtures.TEAM;
import static org.okr4j.alignment.Fixtures.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.ObjectiveState;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Origin;
import org.okr4j.core.validation.ValidationPolicy;

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
    assertThat(metrics.alignmentShare()).hasValue(share);
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
    assertThat(AlignmentMetrics.of(set).alignmentShare()).hasValue(75);
    assertThat(AlignmentMetrics.of(set.without(ObjectiveId.of("r"))).alignmentShare())
        .hasValue(66);
    AlignmentMetrics empty = AlignmentMetrics.of(Fixtures.set());
    assertThat(empty.alignmentShare()).isEmpty();
    assertThat(empty.band()).isEqualTo(AlignmentMetrics.Band.GAP);
    assertThat(empty.cascadeDepth()).isZero();
    assertThat(empty.meanFanOut()).isZero();
  }

  /** OpenOKR's alignment share, band and findings, a table per point of the published rule. */
  @Nested
  class OpenOkr {

    private AlignmentMetrics metrics(Objective.Builder... objectives) {
      return AlignmentMetrics.of(Fixtures.set(objectives));
    }

    @Test
    void measuresBelowTheCompanyLevelOfTheSchemeNotBelowTheHighestLevelPresent() {
      // No company objective: the departments are measured too, not taken for the top.
      AlignmentMetrics headless = metrics(objective("a", DEPARTMENT, "sales"),
          objective("b", TEAM, "emea", "a"));
      assertThat(headless.measured()).isEqualTo(2);
      assertThat(headless.counted()).isEqualTo(1);
      assertThat(headless.alignmentShare()).hasValue(50);
      assertThat(headless.band()).isEqualTo(AlignmentMetrics.Band.GAP);
      // Company objectives are never measured.
      assertThat(metrics(objective("c", COMPANY, "co"), objective("c2", COMPANY, "co"))
          .measured()).isZero();
    }

    @ParameterizedTest(name = "{0}: counted {1}")
    @CsvSource({"parent in the set, 1", "parent outside the set, 1", "standalone reason, 1",
        "parent key result, 1", "relates to only, 0", "depends on only, 0", "description only, 0",
        "nothing, 0"})
    void countsAParentInOrOutsideOrANonBlankReason(String what, int counted) {
      Objective.Builder d = objective("d", DEPARTMENT, "sales");
      switch (what) {
        case "parent in the set" -> d.addAlignments(Alignment.contributesTo(ObjectiveId.of("c")));
        case "parent outside the set" -> d.addAlignments(Alignment.contributesTo(
            ObjectiveId.of("elsewhere")));
        case "standalone reason" -> d.standaloneReason("Regulatory work");
        case "parent key result" -> d.addAlignments(Alignment.contributesTo(Fixtures.kr("c")));
        case "relates to only" -> d.addAlignments(Fixtures.link(ObjectiveId.of("c"),
            AlignmentKind.RELATES_TO));
        case "depends on only" -> d.addAlignments(Fixtures.link(ObjectiveId.of("c"),
            AlignmentKind.DEPENDS_ON));
        case "description only" -> d.description("Contributes to growth through dealers");
        default -> { }
      }
      AlignmentMetrics m = metrics(objective("c", COMPANY, "co"), d);
      assertThat(m.measured()).isEqualTo(1);
      assertThat(m.counted()).isEqualTo(counted);
      assertThat(m.alignmentShare()).hasValue(100 * counted);
    }

    @ParameterizedTest(name = "{0} of {1}: {2}")
    @CsvSource({"1, 1, 100", "2, 3, 66", "1, 3, 33", "0, 3, 0", "89, 100, 89", "199, 200, 99"})
    void theShareIsFloored(int counted, int measured, int share) {
      List<Objective.Builder> objectives = new ArrayList<>();
      objectives.add(objective("c", COMPANY, "co"));
      for (int i = 0; i < measured; i++) {
        objectives.add(i < counted ? objective("d" + i, TEAM, "emea", "c")
            : objective("d" + i, TEAM, "emea"));
      }
      assertThat(metrics(objectives.toArray(Objective.Builder[]::new)).alignmentShare())
          .hasValue(share);
    }

    @Test
    void nothingMeasuredIsNoShareNotAHundred() {
      AlignmentMetrics m = metrics(objective("c", COMPANY, "co"));
      assertThat(m.measured()).isZero();
      assertThat(m.alignmentShare()).isEmpty();
      assertThat(m.band()).isEqualTo(AlignmentMetrics.Band.GAP);
      assertThat(m.toText()).startsWith("No alignment share (GAP): no objective below the"
          + " company level\n");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"company objective, HEALTHY", "none, GAP",
        "department links out of the set, HEALTHY", "team links out of the set, GAP",
        "department relates out of the set, GAP"})
    void withoutACompanyAnchorTheBandIsAGapWhateverTheShare(String anchor,
        AlignmentMetrics.Band band) {
      List<Objective.Builder> objectives = new ArrayList<>(List.of(
          objective("t", TEAM, "emea").standaloneReason("Kept apart on purpose")));
      switch (anchor) {
        case "company objective" -> objectives.add(objective("c", COMPANY, "co"));
        case "department links out of the set" -> objectives.add(objective("d", DEPARTMENT,
            "sales", "c-elsewhere"));
        case "team links out of the set" -> objectives.add(objective("d", TEAM, "web",
            "d-elsewhere"));
        case "department relates out of the set" -> objectives.add(objective("d", DEPARTMENT,
            "sales").standaloneReason("Alone").addAlignments(Fixtures.link(
            ObjectiveId.of("c-elsewhere"), AlignmentKind.RELATES_TO)));
        default -> { }
      }
      AlignmentMetrics m = metrics(objectives.toArray(Objective.Builder[]::new));
      assertThat(m.alignmentShare()).hasValue(100);
      assertThat(m.band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "share {0} with healthy {1} and watch {2}: {3}")
    @CsvSource({"90, 90, 80, HEALTHY", "89, 90, 80, WATCH", "80, 90, 80, WATCH",
        "79, 90, 80, GAP", "90, 95, 85, WATCH", "84, 95, 85, GAP", "100, 100, 100, HEALTHY",
        "50, 60, 70, GAP", "65, 60, 70, HEALTHY", "0, 0, 0, HEALTHY"})
    void theThresholdsAreSettings(int share, int healthy, int watch, AlignmentMetrics.Band band) {
      assertThat(AlignmentMetrics.Band.of(OptionalInt.of(share), true, healthy, watch))
          .isEqualTo(band);
      assertThat(AlignmentMetrics.Band.of(OptionalInt.of(share), false, healthy, watch))
          .isEqualTo(AlignmentMetrics.Band.GAP);
      assertThat(AlignmentMetrics.Band.of(OptionalInt.empty(), true, healthy, watch))
          .isEqualTo(AlignmentMetrics.Band.GAP);
    }

    @Test
    void aPolicyCarriesTheThresholds() {
      List<Objective.Builder> objectives = new ArrayList<>();
      objectives.add(objective("c", COMPANY, "co"));
      for (int i = 0; i < 10; i++) {
        objectives.add(i < 9 ? objective("d" + i, TEAM, "emea", "c")
            : objective("d" + i, TEAM, "emea"));
      }
      AlignmentGraph graph = AlignmentGraph.of(Fixtures.set(
          objectives.toArray(Objective.Builder[]::new)));
      assertThat(AlignmentMetrics.of(graph).band()).isEqualTo(AlignmentMetrics.Band.HEALTHY);
      ValidationPolicy strict = ValidationPolicy.defaults()
          .withSetting("metric.share.healthy", "95").withSetting("metric.share.watch", "90");
      assertThat(AlignmentMetrics.of(graph, strict).band())
          .isEqualTo(AlignmentMetrics.Band.WATCH);
      assertThat(AlignmentMetrics.of(graph, ValidationPolicy.defaults()
          .with(AlignmentRules.WATCH_SHARE, 91).with(AlignmentRules.HEALTHY_SHARE, 99)).band())
          .isEqualTo(AlignmentMetrics.Band.GAP);
      assertThat(AlignmentMetrics.of(graph, OrgUnitId.of("emea"), strict).band())
          .isEqualTo(AlignmentMetrics.Band.WATCH);
    }

    @Test
    void theTopUnitsSubtreeNeedsNoAnchorEither() {
      // No company objective: the whole organisation is a gap, the subtree of its top unit (the
      // organisation's first) is not, and the objective that unit owns counts in it.
      // (A team's link out of the set may lead to a department's objective: no anchor.)
      OkrSet set = Fixtures.set(objective("k", TEAM, "co", "x"), objective("e", TEAM, "emea", "k"));
      assertThat(AlignmentMetrics.of(set).band()).isEqualTo(AlignmentMetrics.Band.GAP);
      AlignmentMetrics co = AlignmentMetrics.of(set, OrgUnitId.of("co"));
      assertThat(co.measured()).isEqualTo(2);
      assertThat(co.alignmentShare()).hasValue(100);
      assertThat(co.band()).isEqualTo(AlignmentMetrics.Band.HEALTHY);
      assertThat(co.coverageByUnit()).containsOnlyKeys(OrgUnitId.of("co"), OrgUnitId.of("emea"));
    }

    @Test
    void aUnitsSubtreeNeedsNoAnchorAndCountsParentsOutsideIt() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("s", DEPARTMENT, "sales", "c"), objective("e", TEAM, "emea", "s"),
          objective("e2", TEAM, "emea"), objective("p", DEPARTMENT, "product"),
          objective("w", TEAM, "web", "p"));
      AlignmentMetrics sales = AlignmentMetrics.of(set, OrgUnitId.of("sales"));
      assertThat(sales.scope()).contains(OrgUnitId.of("sales"));
      // s (parent c outside the subtree), e (parent s inside), e2 (none): 2 of 3
      assertThat(sales.measured()).isEqualTo(3);
      assertThat(sales.counted()).isEqualTo(2);
      assertThat(sales.alignmentShare()).hasValue(66);
      assertThat(sales.coverageByUnit()).containsOnlyKeys(OrgUnitId.of("sales"),
          OrgUnitId.of("emea"));
      // Only the levels that hold objectives in the subtree: c, of the company level, is not in it.
      assertThat(sales.coverageByLevel()).containsOnlyKeys("department", "team");
      AlignmentMetrics emea = AlignmentMetrics.of(Fixtures.set(objective("e", TEAM, "emea", "x")),
          OrgUnitId.of("emea"));
      assertThat(emea.alignmentShare()).hasValue(100);
      assertThat(emea.band()).isEqualTo(AlignmentMetrics.Band.HEALTHY);
      assertThat(AlignmentMetrics.of(Fixtures.set(objective("e", TEAM, "emea", "x"))).band())
          .isEqualTo(AlignmentMetrics.Band.GAP);
      assertThat(AlignmentMetrics.of(set, OrgUnitId.of("idle")).alignmentShare()).isEmpty();
      assertThat(AlignmentMetrics.of(set, OrgUnitId.of("co")).measured()).isEqualTo(5);
      assertThat(sales.toText()).startsWith("In the subtree of sales:\nAlignment share 66%"
          + " (GAP)");
      assertThatIllegalArgumentException().isThrownBy(
          () -> AlignmentMetrics.of(set, OrgUnitId.of("nowhere")))
          .withMessage("scope must be a unit of the set's organisation, but was nowhere");
    }

    @ParameterizedTest
    @EnumSource(ObjectiveState.class)
    void closedObjectivesStillCount(ObjectiveState state) {
      AlignmentMetrics m = metrics(objective("c", COMPANY, "co"),
          objective("a", DEPARTMENT, "sales", "c").state(state),
          objective("b", DEPARTMENT, "sales").state(state));
      assertThat(m.measured()).isEqualTo(2);
      assertThat(m.counted()).isEqualTo(1);
      assertThat(m.alignmentShare()).hasValue(50);
    }
  }

  @Test
  void theBottomUpShareIsTheProposedAmongObjectivesOfKnownOrigin() {
    // Decomposed, requested and proposed are known; "t2" has no origin and is left out.
    OkrSet set = Fixtures.set(objective("c", COMPANY, "co").origin(Origin.DECOMPOSED),
        objective("d", DEPARTMENT, "sales", "c").origin(Origin.PROPOSED),
        objective("t", TEAM, "emea", "d").origin(Origin.REQUESTED),
        objective("t2", TEAM, "emea", "d"));
    assertThat(AlignmentMetrics.of(set).bottomUpShare()).hasValue(1.0 / 3);
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
        "Alignment share 50% (GAP): 1 of 2 objectives below the company level have a parent or a"
            + " reason to stand alone\n"
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
  void coverageReadsTopLevelFirstAndCountsReadInTheSingular() {
    OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
        objective("t", TEAM, "web", "c"),
        objective("i", Fixtures.INDIVIDUAL, "web", "t"));
    AlignmentMetrics metrics = AlignmentMetrics.of(set);
    assertThat(metrics.coverageByLevel().keySet())
        .containsExactly("company", "team", "individual");
    assertThat(metrics.toText())
        .contains("Coverage by level: company 100% team 100% individual 100%\n")
        .contains("0 horizontal links, 0 loops, 1 connected group\n")
        .contains(": 2 of 2 objectives below");
  }

  @Test
  void nullsAreRejected() {
    assertThatNullPointerException().isThrownBy(() -> AlignmentMetrics.of((OkrSet) null));
    assertThatNullPointerException().isThrownBy(
        () -> AlignmentMetrics.of((AlignmentGraph) null));
  }
}
