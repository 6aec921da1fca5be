package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.okr4j.alignment.Fixtures.COMPANY;
import static org.okr4j.alignment.Fixtures.DEPARTMENT;
import static org.okr4j.alignment.Fixtures.INDIVIDUAL;
import static org.okr4j.alignment.Fixtures.TEAM;
import static org.okr4j.alignment.Fixtures.objective;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.Commitment;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Perspective;
import org.okr4j.core.PersonId;

class AlignmentReportTest {

  static AlignmentReport report(OkrSet set, AlignmentPolicy policy) {
    return AlignmentReport.of(AlignmentGraph.of(set), policy);
  }

  static AlignmentReport only(String code, OkrSet set) {
    return report(set, AlignmentPolicy.builder().name("test").addChecks(code)
        .horizontalParentsAllowed(false).maxParents(1).maxChildren(2).maxDepth(3)
        .maxKeyResultsPerOwner(2).keyResultsMayHaveChildren(false).addRequiredThemes("growth")
        .build());
  }

  static List<List<String>> subjects(AlignmentReport report, String code) {
    return report.findings(code).stream().map(Finding::subjects).toList();
  }

  /** A well-aligned set: each check stays quiet on it. */
  static OkrSet healthy() {
    return Fixtures.set(
        objective("c", COMPANY, "co").perspective(Perspective.FINANCIAL).addThemes("growth")
            .title("Grow a profitable business"),
        objective("d", DEPARTMENT, "sales", "c").title("Win the European market"),
        objective("t", TEAM, "emea", "d").title("Become the first choice of alpine shops"));
  }

  @Nested
  class Orphans {
    @Test
    void findsObjectivesWithoutParentOrReason() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"), objective("d", DEPARTMENT, "sales"),
          objective("e", DEPARTMENT, "sales").standaloneReason("Regulatory work"),
          objective("f", DEPARTMENT, "sales", "c"));
      assertThat(subjects(only(FindingCodes.ORPHAN, set), FindingCodes.ORPHAN))
          .containsExactly(List.of("d"));
      assertThat(only(FindingCodes.ORPHAN, healthy()).findings()).isEmpty();
    }

    @Test
    void reportsDanglingParentsApart() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"), objective("d", DEPARTMENT, "sales",
          "gone"), objective("r", DEPARTMENT, "sales", "c")
          .addAlignments(Fixtures.link(ObjectiveId.of("gone2"), AlignmentKind.RELATES_TO)));
      assertThat(subjects(only(FindingCodes.DANGLING_PARENT, set), FindingCodes.DANGLING_PARENT))
          .containsExactly(List.of("d", "gone"));
      assertThat(only(FindingCodes.ORPHAN, set).findings()).isEmpty();
      assertThat(only(FindingCodes.DANGLING_PARENT, healthy()).findings()).isEmpty();
    }

    @Test
    void findsMisalignedClustersAsWorkBoardDoes() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("a", DEPARTMENT, "sales"),
          objective("b", TEAM, "emea", "a"), objective("b2", TEAM, "emea", "a"),
          objective("x", TEAM, "web", "y"), objective("y", TEAM, "web", "x"));
      AlignmentReport report = only(FindingCodes.MISALIGNED_CLUSTER, set);
      assertThat(subjects(report, FindingCodes.MISALIGNED_CLUSTER))
          .containsExactly(List.of("b", "b2"), List.of("x", "y"));
      assertThat(report.findings().get(0).message())
          .isEqualTo("aligned, but never reaching a top-level objective (2): b, b2");
      assertThat(only(FindingCodes.MISALIGNED_CLUSTER, healthy()).findings()).isEmpty();
    }

    @Test
    void flagsAMissingCompanyAnchor() {
      OkrSet set = Fixtures.set(objective("d", DEPARTMENT, "sales"));
      assertThat(only(FindingCodes.NO_COMPANY_ANCHOR, set).findings()).hasSize(1);
      assertThat(only(FindingCodes.NO_COMPANY_ANCHOR, healthy()).findings()).isEmpty();
      assertThat(only(FindingCodes.NO_COMPANY_ANCHOR, Fixtures.set()).findings()).hasSize(1);
    }
  }

  @Nested
  class Gaps {
    @Test
    void topObjectivesNothingContributesTo() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"), objective("c2", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales").addAlignments(
              Fixtures.link(ObjectiveId.of("c2"), AlignmentKind.SUPPORTS)));
      assertThat(subjects(only(FindingCodes.NOT_CASCADED, set), FindingCodes.NOT_CASCADED))
          .containsExactly(List.of("c"), List.of("c2"));
      assertThat(only(FindingCodes.NOT_CASCADED, healthy()).findings()).isEmpty();
    }

    @Test
    void topKeyResultsOnlyWhereTheSetCascadesThroughThem() {
      OkrSet viaKr = Fixtures.set(objective("c", COMPANY, "co").addKeyResults(
              KeyResult.of("kr-c2", "Second", LinearMeasure.of(0, 1))),
          objective("d", DEPARTMENT, "sales").addAlignments(Alignment(Fixtures.kr("c"))));
      assertThat(subjects(only(FindingCodes.KEY_RESULT_NOT_CASCADED, viaKr),
          FindingCodes.KEY_RESULT_NOT_CASCADED)).containsExactly(List.of("kr-c2", "c"));
      assertThat(only(FindingCodes.KEY_RESULT_NOT_CASCADED, healthy()).findings()).isEmpty();
    }

    @Test
    void unitsPerspectivesThemesAndKeyResults() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co").perspective(Perspective.CUSTOMER),
          objective("d", DEPARTMENT, "sales", "c").keyResults(List.of()),
          objective("i", INDIVIDUAL, "web", "d").owner(PersonId.of("nobody")));
      assertThat(subjects(only(FindingCodes.UNIT_WITHOUT_OKRS, set),
          FindingCodes.UNIT_WITHOUT_OKRS)).containsExactly(List.of("emea", "2026-Q3"),
          List.of("idle", "2026-Q3"), List.of("product", "2026-Q3"), List.of("web", "2026-Q3"));
      OkrSet twoCycles = Fixtures.set(objective("c", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c").cycle(Fixtures.cycle("2026")));
      assertThat(subjects(only(FindingCodes.UNIT_WITHOUT_OKRS, twoCycles),
          FindingCodes.UNIT_WITHOUT_OKRS)).contains(List.of("sales", "2026-Q3"),
          List.of("co", "2026")).doesNotContain(List.of("sales", "2026"), List.of("co", "2026-Q3"));
      assertThat(subjects(only(FindingCodes.PERSPECTIVE_MISSING, set),
          FindingCodes.PERSPECTIVE_MISSING)).containsExactly(List.of("FINANCIAL"),
          List.of("INTERNAL_PROCESS"), List.of("LEARNING_AND_GROWTH"));
      assertThat(subjects(only(FindingCodes.THEME_MISSING, set), FindingCodes.THEME_MISSING))
          .containsExactly(List.of("growth"));
      assertThat(only(FindingCodes.THEME_MISSING, healthy()).findings()).isEmpty();
      assertThat(subjects(only(FindingCodes.NO_KEY_RESULTS, set), FindingCodes.NO_KEY_RESULTS))
          .containsExactly(List.of("d"));
      assertThat(only(FindingCodes.NO_KEY_RESULTS, healthy()).findings()).isEmpty();
      assertThat(only(FindingCodes.PERSPECTIVE_MISSING, Fixtures.set(
          objective("d", DEPARTMENT, "sales"))).findings()).isEmpty();
    }
  }

  @Nested
  class Conflicts {
    @Test
    void loopsComeAsTheirPathFromTheSmallestId() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("t3", TEAM, "emea", "t1"), objective("t1", TEAM, "emea", "t2"),
          objective("t2", TEAM, "emea", "t3"), objective("self", TEAM, "web", "self"));
      AlignmentReport report = only(FindingCodes.LOOP, set);
      assertThat(subjects(report, FindingCodes.LOOP)).containsExactly(
          List.of("self", "self"), List.of("t1", "t2", "t3", "t1"));
      assertThat(report.metrics().loops()).isEqualTo(2);
      assertThat(report.findings(FindingCodes.LOOP).get(1).message())
          .isEqualTo("objectives align in a loop: t1 -> t2 -> t3 -> t1");
      assertThat(only(FindingCodes.LOOP, healthy()).findings()).isEmpty();
    }

    @Test
    void levelsAndLineage() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c"),
          objective("t", TEAM, "emea", "d"),
          objective("up", DEPARTMENT, "product", "t"),
          objective("skip", INDIVIDUAL, "emea", "c").owner(PersonId.of("p1")),
          objective("side", TEAM, "web", "d"));
      assertThat(subjects(only(FindingCodes.PARENT_NOT_ABOVE, set), FindingCodes.PARENT_NOT_ABOVE))
          .containsExactly(List.of("up", "t"));
      assertThat(subjects(only(FindingCodes.LEVEL_SKIP, set), FindingCodes.LEVEL_SKIP))
          .containsExactly(List.of("skip", "c"));
      assertThat(only(FindingCodes.LEVEL_SKIP, set).findings().get(0).message())
          .isEqualTo("skip (individual) skips 2 level(s) to c (company)");
      assertThat(subjects(only(FindingCodes.PARENT_OUTSIDE_ANCESTORS, set),
          FindingCodes.PARENT_OUTSIDE_ANCESTORS))
          .containsExactly(List.of("side", "d"), List.of("up", "t"));
      assertThat(only(FindingCodes.PARENT_NOT_ABOVE, healthy()).findings()).isEmpty();
      assertThat(only(FindingCodes.LEVEL_SKIP, healthy()).findings()).isEmpty();
      assertThat(only(FindingCodes.PARENT_OUTSIDE_ANCESTORS, healthy()).findings()).isEmpty();
      assertThat(report(set, AlignmentPolicy.builder().name("h")
          .addChecks(FindingCodes.PARENT_OUTSIDE_ANCESTORS).build()).findings()).isEmpty();
    }

    @Test
    void cyclesCommitmentAndKeyResultChildren() {
      Cycle q4 = Cycle.parse("2026-Q4");
      OkrSet set = OkrSet.builder().from(Fixtures.set(
              objective("c", COMPANY, "co"),
              objective("late", DEPARTMENT, "sales", "c").cycle(q4.id()),
              objective("promise", DEPARTMENT, "sales", "c").commitment(Commitment.COMMITTED),
              objective("onkr", DEPARTMENT, "product").addAlignments(Alignment(Fixtures.kr("c")))))
          .addCycles(q4).build();
      assertThat(subjects(only(FindingCodes.CYCLE_OUTSIDE_PARENT, set),
          FindingCodes.CYCLE_OUTSIDE_PARENT)).containsExactly(List.of("late", "c"));
      assertThat(subjects(only(FindingCodes.COMMITTED_UNDER_ASPIRATIONAL, set),
          FindingCodes.COMMITTED_UNDER_ASPIRATIONAL)).containsExactly(List.of("promise", "c"));
      assertThat(subjects(only(FindingCodes.KEY_RESULT_WITH_CHILDREN, set),
          FindingCodes.KEY_RESULT_WITH_CHILDREN)).containsExactly(List.of("onkr", "c"));
      assertThat(only(FindingCodes.CYCLE_OUTSIDE_PARENT, healthy()).findings()).isEmpty();
      assertThat(only(FindingCodes.COMMITTED_UNDER_ASPIRATIONAL, healthy()).findings()).isEmpty();
      assertThat(only(FindingCodes.KEY_RESULT_WITH_CHILDREN, healthy()).findings()).isEmpty();
    }

    @Test
    void limitsOnParentsChildrenDepthAndLoad() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"), objective("c2", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c", "c2"),
          objective("e", DEPARTMENT, "sales", "c"), objective("f", DEPARTMENT, "sales", "c"),
          objective("t", TEAM, "emea", "d"), objective("i", INDIVIDUAL, "emea", "t"));
      assertThat(subjects(only(FindingCodes.TOO_MANY_PARENTS, set), FindingCodes.TOO_MANY_PARENTS))
          .containsExactly(List.of("d"));
      assertThat(subjects(only(FindingCodes.TOO_MANY_CHILDREN, set),
          FindingCodes.TOO_MANY_CHILDREN)).containsExactly(List.of("c"));
      assertThat(subjects(only(FindingCodes.TOO_DEEP, set), FindingCodes.TOO_DEEP))
          .containsExactly(List.of("i"));
      // co owns 2 key results (the limit), sales 3
      assertThat(subjects(only(FindingCodes.OWNER_OVERLOADED, set), FindingCodes.OWNER_OVERLOADED))
          .containsExactly(List.of("sales"));
      assertThat(only(FindingCodes.TOO_MANY_PARENTS, healthy()).findings()).isEmpty();
      assertThat(only(FindingCodes.TOO_DEEP, healthy()).findings()).isEmpty();
      assertThat(only(FindingCodes.OWNER_OVERLOADED, healthy()).findings()).isEmpty();
    }

    @Test
    void keyResultsPullingOneMetricInOppositeDirections() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("a", TEAM, "emea", "c").keyResults(List.of(KeyResult.of("kr-up",
              "Raise average dealer discount from 10% to 15%", LinearMeasure.of(10, 15)))),
          objective("b", TEAM, "web", "c").keyResults(List.of(KeyResult.of("kr-down",
              "Cut average dealer discount from 15% to 8%", LinearMeasure.of(15, 8)))),
          objective("s", TEAM, "web", "c").keyResults(List.of(KeyResult.of("kr-same",
              "Cut the average dealer discount to 9%", LinearMeasure.of(15, 9)))));
      AlignmentReport report = only(FindingCodes.OPPOSITE_DIRECTIONS, set);
      assertThat(subjects(report, FindingCodes.OPPOSITE_DIRECTIONS))
          .containsExactly(List.of("kr-down", "kr-same", "kr-up"));
      assertThat(report.findings().get(0).message()).isEqualTo("key results [kr-down, kr-same,"
          + " kr-up] move 'average dealer discount' in opposite directions");
      assertThat(only(FindingCodes.OPPOSITE_DIRECTIONS, healthy()).findings()).isEmpty();
      assertThat(Analysis.metricKey("Grow NPS from 31 to 45")).isEqualTo("nps");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Grow NPS from 31 to 45                |nps",
        "Cut the average dealer discount to 9% |average dealer discount",
        "Raise B2B win-rate above 12.5 %       |b b win rate",
        "'  '                                  |''",
        "Increase 30 %                         |''",
        "客户满意度提高到 90 分                   |客户满意度提高到 分",
        "Réduire le coût unitaire              |réduire le coût unitaire"})
    void metricKeyIsTheTitlesWordsWithoutNumbersOrDirection(String title, String key) {
      assertThat(Analysis.metricKey(title)).isEqualTo(key);
    }

    @Test
    void siloedDepartments() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("s", DEPARTMENT, "sales", "c"), objective("p", DEPARTMENT, "product", "c"),
          objective("w", TEAM, "web", "p")
              .addAlignments(Fixtures.link(ObjectiveId.of("s"), AlignmentKind.DEPENDS_ON)));
      assertThat(only(FindingCodes.SILOED_DEPARTMENT, set).findings()).isEmpty();
      OkrSet apart = Fixtures.set(objective("c", COMPANY, "co"),
          objective("s", DEPARTMENT, "sales", "c"), objective("p", DEPARTMENT, "product", "c"));
      AlignmentReport report = only(FindingCodes.SILOED_DEPARTMENT, apart);
      assertThat(subjects(report, FindingCodes.SILOED_DEPARTMENT))
          .containsExactly(List.of("product"), List.of("sales"));
      assertThat(report.metrics().siloedDepartments()).containsExactly("sales", "product");
    }

    @Test
    void nearDuplicatesAcrossOwners() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("a", TEAM, "web", "c").title("Make checkout fast and reliable"),
          objective("b", TEAM, "emea", "c").title("Make the checkout fast and reliable on mobile"),
          objective("z", TEAM, "emea", "c").title("提升亚太区客户满意度"),
          objective("y", TEAM, "web", "c").title("提升亚太区的客户满意度"),
          objective("same", TEAM, "web", "c").title("Make checkout fast and reliable"));
      assertThat(subjects(only(FindingCodes.DUPLICATE_OBJECTIVES, set),
          FindingCodes.DUPLICATE_OBJECTIVES)).containsExactly(List.of("a", "b"),
          List.of("b", "same"), List.of("y", "z"));
      assertThat(only(FindingCodes.DUPLICATE_OBJECTIVES, healthy()).findings()).isEmpty();
    }
  }

  @Nested
  class Metrics {
    @ParameterizedTest(name = "{0} of 10 counted: {1}% {2}")
    @CsvSource({"10, 100, HEALTHY", "9, 90, HEALTHY", "8, 80, WATCH", "7, 70, GAP", "0, 0, GAP"})
    void openOkrsAlignmentShare(int counted, int share, AlignmentMetrics.Band band) {
      List<Objective.Builder> objectives = new ArrayList<>();
      objectives.add(objective("c", COMPANY, "co"));
      for (int i = 0; i < 10; i++) {
        objectives.add(i < counted ? objective("d" + i, DEPARTMENT, "sales", "c")
            : objective("d" + i, DEPARTMENT, "sales"));
      }
      AlignmentMetrics metrics = report(Fixtures.set(objectives.toArray(Objective.Builder[]::new)),
          AlignmentPolicy.openOkr()).metrics();
      assertThat(metrics.alignmentShare()).isEqualTo(share);
      assertThat(metrics.band()).isEqualTo(band);
      assertThat(metrics.measured()).isEqualTo(10);
      assertThat(metrics.counted()).isEqualTo(counted);
    }

    @Test
    void shareFloorsAndNeedsAnAnchor() {
      // 2 of 3 = 66.67 -> 66 (floor); a parent outside the set still counts
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"), objective("a", DEPARTMENT, "sales",
          "c"), objective("b", DEPARTMENT, "sales", "elsewhere"), objective("o", DEPARTMENT,
          "sales"));
      assertThat(report(set, AlignmentPolicy.openOkr()).metrics().alignmentShare()).isEqualTo(66);
      OkrSet headless = Fixtures.set(objective("a", DEPARTMENT, "sales"),
          objective("b", TEAM, "emea", "a"));
      AlignmentMetrics metrics = report(headless, AlignmentPolicy.openOkr()).metrics();
      assertThat(metrics.alignmentShare()).isEqualTo(100);
      assertThat(metrics.band()).isEqualTo(AlignmentMetrics.Band.GAP);
      assertThat(report(Fixtures.set(), AlignmentPolicy.openOkr()).metrics().alignmentShare())
          .isEqualTo(100);
    }

    @Test
    void describesTheCascade() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co").origin(org.okr4j.core.Origin.DECOMPOSED),
          objective("d", DEPARTMENT, "sales", "c").origin(org.okr4j.core.Origin.PROPOSED),
          objective("t", TEAM, "emea", "d"), objective("t2", TEAM, "emea", "d"),
          objective("x", TEAM, "web").addAlignments(
              Fixtures.link(ObjectiveId.of("d"), AlignmentKind.RELATES_TO)));
      AlignmentMetrics m = report(set, AlignmentPolicy.defaults()).metrics();
      assertThat(m.cascadeDepth()).isEqualTo(3);
      assertThat(m.maxFanOut()).isEqualTo(2);
      assertThat(m.meanFanOut()).isEqualTo(1.5);
      assertThat(m.maxFanIn()).isEqualTo(1);
      assertThat(m.bottomUpShare()).hasValue(0.5);
      assertThat(m.horizontalLinks()).isEqualTo(1);
      assertThat(m.components()).isEqualTo(2);
      assertThat(m.coverageByLevel()).containsExactly(java.util.Map.entry("company", 1.0),
          java.util.Map.entry("department", 1.0), java.util.Map.entry("team", 2.0 / 3));
      assertThat(m.coverageByUnit()).containsEntry("web", 0.0).containsEntry("emea", 1.0);
      assertThat(report(Fixtures.set(objective("c", COMPANY, "co")), AlignmentPolicy.defaults())
          .metrics().bottomUpShare()).isEmpty();
    }
  }

  @Nested
  class Policies {
    @Test
    void presetsByName() {
      assertThat(AlignmentPolicy.names()).containsExactly("okr4j", "openokr", "workboard",
          "gitlab", "lattice", "burningokr");
      for (String name : AlignmentPolicy.names()) {
        assertThat(AlignmentPolicy.named(name.toUpperCase(java.util.Locale.ROOT)).name())
            .isEqualTo(name);
      }
      assertThatIllegalArgumentException().isThrownBy(() -> AlignmentPolicy.named("asana"))
          .withMessageStartingWith("alignment policy name must be one of [okr4j, openokr,");
      assertThat(AlignmentPolicy.defaults().checks()).hasSameSizeAs(FindingCodes.all());
      assertThat(AlignmentPolicy.gitlab().maxDepth()).hasValue(9);
      assertThat(AlignmentPolicy.gitlab().maxChildren()).hasValue(100);
      assertThat(AlignmentPolicy.lattice().maxParents()).hasValue(1);
      assertThat(AlignmentPolicy.burningOkr().horizontalParentsAllowed()).isFalse();
      assertThat(AlignmentPolicy.openOkr().isEnabled(FindingCodes.LEVEL_SKIP)).isFalse();
      assertThat(AlignmentPolicy.openOkr().severity(FindingCodes.LEVEL_SKIP))
          .isEqualTo(Severity.LOW);
      assertThat(AlignmentPolicy.openOkr().severity(FindingCodes.ORPHAN)).isEqualTo(Severity.HIGH);
      assertThat(AlignmentPolicy.openOkr().severity(FindingCodes.NO_KEY_RESULTS))
          .isEqualTo(Severity.MEDIUM);
    }

    @Test
    void tunedCopies() {
      AlignmentPolicy policy = AlignmentPolicy.openOkr().withCheck(FindingCodes.LEVEL_SKIP)
          .withoutCheck(FindingCodes.ORPHAN).withSeverity(FindingCodes.NO_KEY_RESULTS, Severity.HIGH)
          .withSimilarityThreshold(0.8);
      assertThat(policy.isEnabled(FindingCodes.LEVEL_SKIP)).isTrue();
      assertThat(policy.isEnabled(FindingCodes.ORPHAN)).isFalse();
      assertThat(policy.severity(FindingCodes.NO_KEY_RESULTS)).isEqualTo(Severity.HIGH);
      assertThat(policy.similarityThreshold()).isEqualTo(0.8);
      assertThat(policy).hasToString("AlignmentPolicy[openokr, 3 checks]");
      assertThatIllegalArgumentException().isThrownBy(() -> policy.withCheck("alignment.nope"))
          .withMessage("finding code must be one of FindingCodes.all(), but was 'alignment.nope'");
      assertThatIllegalArgumentException().isThrownBy(() -> policy.withSimilarityThreshold(0))
          .withMessage("similarity threshold must lie within (0, 1], but was 0.0");
      assertThatIllegalArgumentException().isThrownBy(() -> AlignmentPolicy.builder().name("x")
              .maxDepth(0).build())
          .withMessage("alignment limits must be at least 1, but was 0");
    }

    @Test
    void reportsSortAndSummarise() {
      OkrSet set = Fixtures.set(objective("d", DEPARTMENT, "sales"), objective("c", COMPANY, "co"));
      AlignmentReport report = report(set, AlignmentPolicy.openOkr());
      assertThat(report.findings()).extracting(Finding::code)
          .containsExactly(FindingCodes.ORPHAN);
      assertThat(report.findingsAbout("d")).hasSize(1);
      assertThat(report.findingsAbout("c")).isEmpty();
      assertThat(report.countBySeverity()).containsEntry(Severity.HIGH, 1)
          .containsEntry(Severity.LOW, 0);
      assertThat(report.policy().name()).isEqualTo("openokr");
      assertThat(report).hasToString("AlignmentReport[openokr, 1 findings, share 0%]");
      assertThat(report.toText()).contains("Alignment share 0% (GAP): 0 of 1 objectives",
          "HIGH  alignment.orphan  d at level department has no parent and no standalone reason",
          "why: ", "fix: ");
      assertThat(report.findings().get(0)).hasToString("HIGH alignment.orphan [d]: d at level"
          + " department has no parent and no standalone reason");
    }
  }

  private static org.okr4j.core.Alignment Alignment(org.okr4j.core.AlignmentTarget target) {
    return org.okr4j.core.Alignment.contributesTo(target);
  }
}
