package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.alignment.Fixtures.COMPANY;
import static org.okr4j.alignment.Fixtures.DEPARTMENT;
import static org.okr4j.alignment.Fixtures.INDIVIDUAL;
import static org.okr4j.alignment.Fixtures.TEAM;
import static org.okr4j.alignment.Fixtures.check;
import static org.okr4j.alignment.Fixtures.objective;
import static org.okr4j.alignment.Fixtures.subjects;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.Commitment;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.PersonId;
import org.okr4j.core.Perspective;
import org.okr4j.core.Unit;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.Violation;

/** Each rule: what it reports (codes, subjects, values, severity) and where it stays quiet. */
class AlignmentRulesTest {

  static ObjectiveId id(String value) {
    return ObjectiveId.of(value);
  }

  static List<Map<String, String>> values(List<Violation> violations) {
    return violations.stream().map(Violation::values).toList();
  }

  static void allAre(List<Violation> violations, String code, Severity severity) {
    assertThat(violations).isNotEmpty().allSatisfy(v -> {
      assertThat(v.code()).isEqualTo(code);
      assertThat(v.severity()).isEqualTo(severity);
    });
  }

  @Test
  void everyRuleIsQuietOnAHealthySet() {
    for (String rule : AlignmentRules.names()) {
      assertThat(check(rule, Fixtures.healthy())).as(rule).isEmpty();
    }
  }

  @Nested
  class MisalignedClusters {
    @Test
    void groupsWhatNeverReachesTheTopAsWorkBoardDoes() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("a", DEPARTMENT, "sales"),
          objective("y", TEAM, "web", "x"), objective("x", TEAM, "web", "y"),
          objective("b2", TEAM, "emea", "a"), objective("b", TEAM, "emea", "a"),
          objective("reached", DEPARTMENT, "sales", "c"));
      List<Violation> found = check(AlignmentRules.MISALIGNED_CLUSTER, set);
      allAre(found, AlignmentRules.MISALIGNED_CLUSTER, Severity.WARNING);
      assertThat(subjects(found)).containsExactly(List.of("b", "b2"), List.of("x", "y"));
      assertThat(values(found)).containsExactly(Map.of("count", "2"), Map.of("count", "2"));
    }

    /**
     * WorkBoard: "a cluster of aligned objectives not connected to any top-level objective; size =
     * number aligned below". An objective that reaches the top is no part of a cluster, so it
     * joins none: clusters connect through the objectives that do not reach the top and the
     * roots they align to.
     */
    @Test
    void clustersConnectOnlyThroughWhatNeverReachesTheTop() {
      // An objective reaching the top also aligned to both unaligned roots: two clusters still.
      OkrSet bridgedFromTheTop = Fixtures.set(objective("c", COMPANY, "co"),
          objective("r1", TEAM, "web"), objective("r2", TEAM, "emea"),
          objective("a1", INDIVIDUAL, "web", "r1"), objective("a2", INDIVIDUAL, "emea", "r2"),
          objective("x", DEPARTMENT, "sales", "c", "r1", "r2"));
      assertThat(subjects(check(AlignmentRules.MISALIGNED_CLUSTER, bridgedFromTheTop)))
          .containsExactly(List.of("a1"), List.of("a2"));
      // An aligned objective below both clusters makes them one.
      OkrSet bridgedBelow = Fixtures.set(objective("c", COMPANY, "co"),
          objective("r1", TEAM, "web"), objective("r2", TEAM, "emea"),
          objective("a1", INDIVIDUAL, "web", "r1"), objective("a2", INDIVIDUAL, "emea", "r2"),
          objective("m", INDIVIDUAL, "emea", "a1", "a2"));
      assertThat(subjects(check(AlignmentRules.MISALIGNED_CLUSTER, bridgedBelow)))
          .containsExactly(List.of("a1", "a2", "m"));
      // One aligned objective under two unaligned roots is one cluster.
      OkrSet twoRoots = Fixtures.set(objective("c", COMPANY, "co"),
          objective("r1", TEAM, "web"), objective("r2", TEAM, "emea"),
          objective("a", INDIVIDUAL, "web", "r1", "r2"));
      assertThat(values(check(AlignmentRules.MISALIGNED_CLUSTER, twoRoots)))
          .containsExactly(Map.of("count", "1"));
    }

    @Test
    void anObjectiveWithoutAParentIsNotACluster() {
      // Unaligned objectives are okr-core's structure.unaligned, not a cluster of one.
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"), objective("a", DEPARTMENT,
          "sales"), objective("g", DEPARTMENT, "sales", "gone"));
      assertThat(check(AlignmentRules.MISALIGNED_CLUSTER, set)).isEmpty();
    }
  }

  @Nested
  class Gaps {
    @Test
    void topObjectivesNothingContributesTo() {
      OkrSet set = Fixtures.set(objective("c2", COMPANY, "co"), objective("c", COMPANY, "co"),
          objective("self", COMPANY, "co", "self"),
          objective("c3", COMPANY, "co"), objective("d3", DEPARTMENT, "product", "c3"),
          objective("d", DEPARTMENT, "sales").addAlignments(
              Fixtures.link(id("c2"), AlignmentKind.SUPPORTS)));
      List<Violation> found = check(AlignmentRules.NOT_CASCADED, set);
      allAre(found, AlignmentRules.NOT_CASCADED, Severity.WARNING);
      assertThat(subjects(found)).containsExactly(List.of("c"), List.of("c2"), List.of("self"));
    }

    @Test
    void topKeyResultsOnlyWhereTheSetCascadesThroughThem() {
      OkrSet viaKr = Fixtures.set(objective("c", COMPANY, "co").addKeyResults(
              KeyResult.of("kr-c2", "Second", LinearMeasure.of(0, 1))),
          objective("d", DEPARTMENT, "sales").addAlignments(
              Alignment.contributesTo(Fixtures.kr("c"))),
          objective("e", DEPARTMENT, "sales", "d"));
      List<Violation> found = check(AlignmentRules.KEY_RESULT_NOT_CASCADED, viaKr);
      allAre(found, AlignmentRules.KEY_RESULT_NOT_CASCADED, Severity.INFO);
      assertThat(subjects(found)).containsExactly(List.of("kr-c2"));
      assertThat(values(found)).containsExactly(Map.of("objective", "c"));
      // Without links to key results, cascading runs through objectives: nothing to say.
      OkrSet viaObjectives = Fixtures.set(objective("c", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c"));
      assertThat(check(AlignmentRules.KEY_RESULT_NOT_CASCADED, viaObjectives)).isEmpty();
      // An objective aligned to its own key result cascades nothing.
      OkrSet ownKr = Fixtures.set(objective("c", COMPANY, "co")
          .addAlignments(Alignment.contributesTo(Fixtures.kr("c"))));
      assertThat(check(AlignmentRules.KEY_RESULT_NOT_CASCADED, ownKr)).isEmpty();
    }

    @Test
    void unitsWithoutOkrsPerCycle() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c"),
          objective("i", INDIVIDUAL, "web", "d").owner(PersonId.of("nobody")));
      List<Violation> found = check(AlignmentRules.UNIT_WITHOUT_OKRS, set);
      allAre(found, AlignmentRules.UNIT_WITHOUT_OKRS, Severity.WARNING);
      assertThat(subjects(found)).containsExactly(List.of("emea"), List.of("idle"),
          List.of("product"), List.of("web"));
      assertThat(values(found)).containsOnly(Map.of("cycle", "2026-Q3"));
      assertThat(found.get(0).subject()).isEqualTo(OrgUnitId.of("emea"));
    }

    @Test
    void unitsWithoutOkrsCycleByCycle() {
      OkrSet twoCycles = Fixtures.set(objective("c", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c").cycle(Fixtures.cycle("2026")));
      List<Violation> found = check(AlignmentRules.UNIT_WITHOUT_OKRS, twoCycles);
      assertThat(found).extracting(v -> v.subject() + " " + v.values().get("cycle"))
          .containsExactly("co 2026", "emea 2026", "idle 2026", "product 2026", "web 2026",
              "emea 2026-Q3", "idle 2026-Q3", "product 2026-Q3", "sales 2026-Q3", "web 2026-Q3");
      OkrSet noUnits = OkrSet.builder().addCycles(Fixtures.Q3)
          .addObjectives(objective("c", COMPANY, "co").build()).build();
      assertThat(check(AlignmentRules.UNIT_WITHOUT_OKRS, noUnits)).isEmpty();
    }

    @Test
    void perspectivesPerCycleWithCompanyObjectives() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co").perspective(Perspective.CUSTOMER),
          objective("c2", COMPANY, "co").perspective(Perspective.CUSTOMER),
          objective("y", COMPANY, "co").cycle(Fixtures.cycle("2026"))
              .perspective(Perspective.FINANCIAL),
          objective("d", DEPARTMENT, "sales", "c").perspective(Perspective.FINANCIAL));
      List<Violation> found = check(AlignmentRules.PERSPECTIVE_MISSING, set);
      allAre(found, AlignmentRules.PERSPECTIVE_MISSING, Severity.INFO);
      assertThat(found).extracting(v -> v.subject() + " " + v.values().get("perspective"))
          .containsExactly("2026 CUSTOMER", "2026 INTERNAL_PROCESS", "2026 LEARNING_AND_GROWTH",
              "2026-Q3 FINANCIAL", "2026-Q3 INTERNAL_PROCESS", "2026-Q3 LEARNING_AND_GROWTH");
      assertThat(check(AlignmentRules.PERSPECTIVE_MISSING, Fixtures.set(
          objective("d", DEPARTMENT, "sales")))).isEmpty();
    }

    @Test
    void requiredThemesPerCycleWithCompanyObjectives() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("y", COMPANY, "co").cycle(Fixtures.cycle("2026")),
          objective("t", TEAM, "emea").cycle(Fixtures.cycle("2026")).addThemes("growth"),
          objective("other", TEAM, "emea").cycle(Fixtures.cycle("2026-Q4")));
      List<Violation> found = check(AlignmentRules.THEME_MISSING, set);
      allAre(found, AlignmentRules.THEME_MISSING, Severity.WARNING);
      assertThat(subjects(found)).containsExactly(List.of("2026-Q3"));
      assertThat(values(found)).containsExactly(Map.of("theme", "growth"));
      List<Violation> two = Fixtures.only(AlignmentRules.THEME_MISSING)
          .with(AlignmentRules.REQUIRED_THEMES, List.of("people", "growth", "people"))
          .check(set, Fixtures.AS_OF).violations();
      assertThat(two).extracting(v -> v.subject() + " " + v.values().get("theme"))
          .containsExactly("2026 people", "2026-Q3 people", "2026-Q3 growth");
      assertThat(org.okr4j.core.validation.ValidationPolicy.builder()
          .rule(AlignmentRules.THEME_MISSING).build().check(set, Fixtures.AS_OF).violations())
          .as("no themes required by default").isEmpty();
    }
  }

  @Nested
  class Loops {
    @Test
    void comeAsTheirPathFromTheSmallestId() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("t3", TEAM, "emea", "t1"), objective("t1", TEAM, "emea", "t2"),
          objective("t2", TEAM, "emea", "t3"), objective("self", TEAM, "web", "self"),
          objective("b", TEAM, "web", "a"), objective("a", TEAM, "web", "b"));
      List<Violation> found = check(AlignmentRules.LOOP, set);
      allAre(found, AlignmentRules.LOOP, Severity.ERROR);
      // An objective aligned to itself is okr-core's structure.self-alignment.
      assertThat(subjects(found)).containsExactly(List.of("a", "b", "a"),
          List.of("t1", "t2", "t3", "t1"));
      assertThat(values(found)).containsExactly(Map.of("count", "2"), Map.of("count", "3"));
    }

    @Test
    void takeTheShortestWayRound() {
      // a -> b -> c -> a, and a chord b -> a: the loop through a is a, b, a; three are caught.
      OkrSet set = Fixtures.set(objective("c", TEAM, "web", "a"),
          objective("b", TEAM, "web", "c", "a"), objective("a", TEAM, "web", "b"));
      List<Violation> found = check(AlignmentRules.LOOP, set);
      assertThat(subjects(found)).containsExactly(List.of("a", "b", "a"));
      assertThat(values(found)).containsExactly(Map.of("count", "3"));
      OkrSet longWay = Fixtures.set(objective("d", TEAM, "web", "a"),
          objective("c", TEAM, "web", "d"), objective("b", TEAM, "web", "c", "x"),
          objective("a", TEAM, "web", "b"), objective("x", TEAM, "web", "d"));
      assertThat(subjects(check(AlignmentRules.LOOP, longWay)))
          .containsExactly(List.of("a", "b", "c", "d", "a"));
      // The walk stops at the first way back, even from the set's first objective.
      OkrSet firstWayBack = Fixtures.set(objective("b", TEAM, "web", "a"),
          objective("a", TEAM, "web", "b", "c"), objective("c", TEAM, "web", "d"),
          objective("d", TEAM, "web", "a"));
      assertThat(subjects(check(AlignmentRules.LOOP, firstWayBack)))
          .containsExactly(List.of("a", "b", "a"));
      assertThat(values(check(AlignmentRules.LOOP, firstWayBack)))
          .containsExactly(Map.of("count", "4"));
    }
  }

  @Nested
  class Links {
    @Test
    void levelSkipsCountTheLevelsOfTheSchemeNotOnlyThoseInUse() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c"),
          objective("t", TEAM, "emea", "d"),
          objective("up", DEPARTMENT, "product", "t"),
          objective("skip", INDIVIDUAL, "emea", "c", "t").owner(PersonId.of("p1")));
      List<Violation> found = check(AlignmentRules.LEVEL_SKIP, set);
      allAre(found, AlignmentRules.LEVEL_SKIP, Severity.INFO);
      assertThat(subjects(found)).containsExactly(List.of("skip"));
      assertThat(values(found)).containsExactly(Map.of("parent", "c", "level", "individual",
          "parent-level", "company", "skipped", "2"));
      // No team objectives at all: the individual still skips the scheme's team level.
      OkrSet noTeams = Fixtures.set(objective("c", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c"), objective("i", INDIVIDUAL, "sales", "d"));
      assertThat(values(check(AlignmentRules.LEVEL_SKIP, noTeams))).containsExactly(Map.of(
          "parent", "d", "level", "individual", "parent-level", "department", "skipped", "1"));
      // A parent key result has its objective's level.
      OkrSet toAKeyResult = Fixtures.set(objective("c", COMPANY, "co"),
          objective("t", TEAM, "emea").addAlignments(Alignment.contributesTo(Fixtures.kr("c"))),
          objective("d", DEPARTMENT, "sales").addAlignments(
              Alignment.contributesTo(Fixtures.kr("c"))));
      assertThat(values(check(AlignmentRules.LEVEL_SKIP, toAKeyResult))).containsExactly(Map.of(
          "parent", "c", "level", "team", "parent-level", "company", "skipped", "1"));
    }

    @Test
    void committedUnderAspirational() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("promise", DEPARTMENT, "sales", "c").commitment(Commitment.COMMITTED),
          objective("firm", COMPANY, "co").commitment(Commitment.COMMITTED),
          objective("both", DEPARTMENT, "sales", "firm").commitment(Commitment.COMMITTED),
          objective("stretch", DEPARTMENT, "sales", "c"));
      List<Violation> found = check(AlignmentRules.COMMITTED_UNDER_ASPIRATIONAL, set);
      allAre(found, AlignmentRules.COMMITTED_UNDER_ASPIRATIONAL, Severity.WARNING);
      assertThat(subjects(found)).containsExactly(List.of("promise"));
      assertThat(values(found)).containsExactly(Map.of("parent", "c"));
    }

    @Test
    void tooDeepOnlyWithALimit() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c"), objective("t", TEAM, "emea", "d"),
          objective("i", INDIVIDUAL, "emea", "t"), objective("j", INDIVIDUAL, "emea", "i"),
          objective("short", INDIVIDUAL, "emea", "d"));
      List<Violation> found = check(AlignmentRules.TOO_DEEP, set);
      allAre(found, AlignmentRules.TOO_DEEP, Severity.WARNING);
      assertThat(subjects(found)).containsExactly(List.of("i"), List.of("j"));
      assertThat(values(found)).containsExactly(Map.of("depth", "4", "max", "3"),
          Map.of("depth", "5", "max", "3"));
      assertThat(Fixtures.only(AlignmentRules.TOO_DEEP).with(AlignmentRules.MAX_DEPTH, 5)
          .check(set, Fixtures.AS_OF).violations()).isEmpty();
      assertThat(Fixtures.only(AlignmentRules.TOO_DEEP).with(AlignmentRules.MAX_DEPTH, 0)
          .check(set, Fixtures.AS_OF).violations()).as("0: no limit").isEmpty();
    }
  }

  @Nested
  class KeyResults {
    @Test
    void ownersCarryingTooMany() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"), objective("c2", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c", "c2"),
          objective("e", DEPARTMENT, "sales", "c"), objective("f", DEPARTMENT, "sales", "c"),
          objective("t", TEAM, "emea", "d").keyResults(List.of(
              Fixtures.keyResult("kr-t1", "One", "sales", 0, 1),
              Fixtures.keyResult("kr-t2", "Two", "sales", 0, 1),
              Fixtures.keyResult("kr-t3", "Three", "sales", 0, 1))),
          objective("none", TEAM, "emea").owner(java.util.Optional.empty()));
      List<Violation> found = check(AlignmentRules.OWNER_OVERLOADED, set);
      allAre(found, AlignmentRules.OWNER_OVERLOADED, Severity.WARNING);
      // co owns 2 key results (the limit); unit sales 3; person sales 3, listed after the unit
      assertThat(found).extracting(Violation::subject)
          .containsExactly(OrgUnitId.of("sales"), PersonId.of("sales"));
      assertThat(values(found)).containsExactly(Map.of("count", "3", "max", "2"),
          Map.of("count", "3", "max", "2"));
    }

    @Test
    void keyResultsPullingOneMetricInOppositeDirections() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("a", TEAM, "emea", "c").keyResults(List.of(KeyResult.of("kr-up",
              "Raise average dealer discount from 10% to 15%", LinearMeasure.of(10, 15)))),
          objective("b", TEAM, "web", "c").keyResults(List.of(KeyResult.of("kr-down",
              "Cut average dealer discount from 15% to 8%", LinearMeasure.of(15, 8)))),
          objective("s", TEAM, "web", "c").keyResults(List.of(KeyResult.of("kr-same",
              "Cut the average dealer discount to 9%", LinearMeasure.of(15, 9)))),
          objective("m", TEAM, "web", "c").keyResults(List.of(KeyResult.of("kr-m1",
              "Grow margin to 30", LinearMeasure.of(20, 30)))),
          objective("n", TEAM, "emea", "c").keyResults(List.of(KeyResult.of("kr-m0",
              "Lower margin to 10", LinearMeasure.of(20, 10)))));
      List<Violation> found = check(AlignmentRules.OPPOSITE_DIRECTIONS, set);
      allAre(found, AlignmentRules.OPPOSITE_DIRECTIONS, Severity.WARNING);
      assertThat(subjects(found)).containsExactly(List.of("kr-down", "kr-same", "kr-up"),
          List.of("kr-m0", "kr-m1"));
      assertThat(values(found)).containsExactly(Map.of("metric", "average dealer discount"),
          Map.of("metric", "margin"));
    }

    @Test
    void metricsInTheOrderOfTheirFirstKeyResult() {
      List<String> metrics = List.of("churn", "margin", "discount", "backlog", "latency",
          "headcount", "inventory", "returns");
      List<org.okr4j.core.Objective.Builder> objectives = new java.util.ArrayList<>();
      for (int i = 0; i < metrics.size(); i++) {
        String metric = metrics.get(i);
        objectives.add(objective("up-" + metric, TEAM, "web").keyResults(List.of(KeyResult.of(
            "kr-" + (char) ('h' - i) + "-up", "Raise " + metric, LinearMeasure.of(1, 2)))));
        objectives.add(objective("down-" + metric, TEAM, "emea").keyResults(List.of(
            KeyResult.of("kr-" + (char) ('h' - i) + "-down", "Cut " + metric,
                LinearMeasure.of(2, 1)))));
      }
      List<Violation> found = check(AlignmentRules.OPPOSITE_DIRECTIONS,
          Fixtures.set(objectives.toArray(org.okr4j.core.Objective.Builder[]::new)));
      assertThat(found).extracting(v -> v.values().get("metric")).containsExactly("returns",
          "inventory", "headcount", "latency", "backlog", "discount", "margin", "churn");
    }

    /**
     * The definition, unit by unit: a conflict when some unit raises the metric and another
     * lowers it (the raising units and the lowering units, as sets, are not one and the same
     * single unit), key results taken in the order given.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "web         |web        |false", "web         |emea       |true",
        "web web     |web        |false", "web emea    |web        |true",
        "web emea    |''         |false", "''          |web emea   |false",
        "web         |emea emea  |true", "web web     |emea       |true",
        "emea web    |web web    |true", "web         |web emea   |true",
        "web web web |web web    |false", "emea emea   |web emea   |true",
        // Owners outside the organisation have no unit: all of them count as one, no unit.
        "gone        |web        |true", "gone        |lost       |false",
        "gone lost   |web        |true"})
    void unitsOnBothSidesOfOneMetric(String raising, String lowering, boolean conflict) {
      List<org.okr4j.core.Objective.Builder> objectives = new java.util.ArrayList<>();
      int i = 0;
      for (String unit : raising.isBlank() ? new String[0] : raising.trim().split(" ")) {
        objectives.add(objective("up" + i, TEAM, unit).keyResults(List.of(KeyResult.of(
            "kr-up" + i++, "Raise churn", LinearMeasure.of(1, 2)))));
      }
      for (String unit : lowering.isBlank() ? new String[0] : lowering.trim().split(" ")) {
        objectives.add(objective("down" + i, TEAM, unit).keyResults(List.of(KeyResult.of(
            "kr-down" + i++, "Cut churn", LinearMeasure.of(2, 1)))));
      }
      List<Violation> found = check(AlignmentRules.OPPOSITE_DIRECTIONS,
          Fixtures.set(objectives.toArray(org.okr4j.core.Objective.Builder[]::new)));
      assertThat(found).hasSize(conflict ? 1 : 0);
      if (conflict) {
        assertThat(found.get(0).subjects()).hasSize(i);
      }
    }

    @Test
    void eachUnitOfMeasureOfAMetricIsJudgedOnItsOwn() {
      // Interleaved in set order: churn in points (web raises, emea cuts: a conflict), churn in
      // percent (web raises, emea raises: none), churn in euros (web cuts, emea raises: another).
      Unit euros = Unit.currency("EUR");
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("a", TEAM, "web", "c").keyResults(List.of(
              KeyResult.of("kr-pts-up", "Raise churn", LinearMeasure.of(1, 2)),
              KeyResult.of("kr-pct-up", "Raise churn", LinearMeasure.of(1, 2)
                  .withUnit(Unit.percent())),
              KeyResult.of("kr-eur-down", "Cut churn", LinearMeasure.of(2, 1).withUnit(euros)))),
          objective("b", TEAM, "emea", "c").keyResults(List.of(
              KeyResult.of("kr-eur-up", "Raise churn", LinearMeasure.of(1, 2).withUnit(euros)),
              KeyResult.of("kr-pct-up2", "Raise churn", LinearMeasure.of(1, 3)
                  .withUnit(Unit.percent())),
              KeyResult.of("kr-pts-down", "Cut churn", LinearMeasure.of(2, 1)))));
      List<Violation> found = check(AlignmentRules.OPPOSITE_DIRECTIONS, set);
      assertThat(subjects(found)).containsExactly(List.of("kr-eur-down", "kr-eur-up"),
          List.of("kr-pts-down", "kr-pts-up"));
      assertThat(values(found)).containsOnly(Map.of("metric", "churn"));
    }

    @Test
    void oneUnitsOwnTradeOffIsNoConflict() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("a", TEAM, "web", "c").keyResults(List.of(
              KeyResult.of("kr-up", "Raise dealer discount", LinearMeasure.of(10, 15)),
              KeyResult.of("kr-down", "Cut dealer discount", LinearMeasure.of(15, 8)))),
          objective("b", TEAM, "emea", "c").keyResults(List.of(
              KeyResult.of("kr-pct", "Raise dealer discount", LinearMeasure.of(10, 20)
                  .withUnit(Unit.percent())))));
      assertThat(check(AlignmentRules.OPPOSITE_DIRECTIONS, set)).isEmpty();
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
      assertThat(KeyResultRules.metricKey(title)).isEqualTo(key);
    }
  }

  @Nested
  class Duplicates {
    private static final String QUOTA = "Close 20 deals this quarter";

    private List<KeyResult> quota(String id, String owner) {
      return List.of(Fixtures.keyResult(id, QUOTA, owner, 0, 20));
    }

    @Test
    void nearDuplicateObjectivesAcrossOwnersAreOneGroup() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("b", TEAM, "emea", "c").title("Make the checkout fast and reliable on mobile"),
          objective("a", TEAM, "web", "c").title("Make checkout fast and reliable"),
          objective("z", TEAM, "emea", "c").title("提升亚太区客户满意度"),
          objective("y", TEAM, "web", "c").title("提升亚太区的客户满意度"),
          objective("same", TEAM, "web", "c").title("Make checkout fast and reliable"),
          objective("p", TEAM, "emea", "c").title("Make checkout fast and reliable")
              .owner(PersonId.of("web")));
      List<Violation> found = check(AlignmentRules.DUPLICATE_OBJECTIVES, set);
      allAre(found, AlignmentRules.DUPLICATE_OBJECTIVES, Severity.WARNING);
      assertThat(subjects(found)).containsExactly(List.of("a", "b", "p", "same"),
          List.of("y", "z"));
      double ab = TitleSimilarity.of("Make checkout fast and reliable",
          "Make the checkout fast and reliable on mobile");
      assertThat(found.get(0).values()).containsExactly(Map.entry("count", "4"),
          Map.entry("titles", "\"Make checkout fast and reliable\", \"Make the checkout fast and"
              + " reliable on…\""),
          Map.entry("similarity", String.valueOf(Math.round(ab * 100) / 100.0)));
      assertThat(found.get(1).values()).containsEntry("count", "2");
    }

    @Test
    void nearDuplicateKeyResultsAcrossOwners() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("a", TEAM, "web", "c").keyResults(List.of(
              KeyResult.of("kr-a", "Checkout completes in under two seconds",
                  LinearMeasure.of(5, 2)),
              KeyResult.of("kr-a2", "Checkout completes in under two seconds on mobile",
                  LinearMeasure.of(5, 2)))),
          objective("b", TEAM, "emea", "c").keyResults(List.of(
              KeyResult.of("kr-b", "Checkout completes in under 2 seconds on mobile",
                  LinearMeasure.of(5, 2)))));
      List<Violation> found = check(AlignmentRules.DUPLICATE_KEY_RESULTS, set);
      allAre(found, AlignmentRules.DUPLICATE_KEY_RESULTS, Severity.WARNING);
      // kr-a and kr-a2 share an owner, and join the group only through kr-b of another owner.
      assertThat(subjects(found)).containsExactly(List.of("kr-a", "kr-a2", "kr-b"));
      assertThat(check(AlignmentRules.DUPLICATE_KEY_RESULTS, set.without(id("b")))).isEmpty();
    }

    @Test
    void theThresholdIsASetting() {
      OkrSet set = Fixtures.set(
          objective("a", TEAM, "web").title("Make checkout fast and reliable"),
          objective("b", TEAM, "emea").title("Make the checkout fast and reliable on mobile"));
      assertThat(check(AlignmentRules.DUPLICATE_OBJECTIVES, set)).hasSize(1);
      assertThat(Fixtures.only(AlignmentRules.DUPLICATE_OBJECTIVES)
          .with(AlignmentRules.SIMILARITY_THRESHOLD, 0.9).check(set, Fixtures.AS_OF)
          .violations()).isEmpty();
    }

    @Test
    void titlesOfDifferentCyclesAreNoDuplicates() {
      OkrSet set = Fixtures.set(
          objective("a", TEAM, "web").title("Make checkout fast and reliable"),
          objective("b", TEAM, "emea").title("Make checkout fast and reliable")
              .cycle(Fixtures.cycle("2026")));
      assertThat(check(AlignmentRules.DUPLICATE_OBJECTIVES, set)).isEmpty();
      assertThat(check(AlignmentRules.DUPLICATE_KEY_RESULTS, Fixtures.set(
          objective("a", TEAM, "web").keyResults(quota("kr-a", "ann")),
          objective("b", TEAM, "emea").keyResults(quota("kr-b", "bob"))
              .cycle(Fixtures.cycle("2026"))))).isEmpty();
    }

    @Test
    void eachCycleIsSearchedOnItsOwn() {
      // "a" comes first in id order, in Q3; the duplicates of cycle 2026, met after it, are
      // found as well, and the quota of Q3 joins none of them.
      OkrSet set = Fixtures.set(
          objective("a", TEAM, "web").keyResults(quota("kr-a", "ann")),
          objective("m", TEAM, "emea").keyResults(quota("kr-m", "max"))
              .title("Make checkout fast and reliable").cycle(Fixtures.cycle("2026")),
          objective("n", TEAM, "web").keyResults(quota("kr-n", "nia"))
              .title("Make checkout fast and reliable").cycle(Fixtures.cycle("2026")),
          objective("o", TEAM, "idle").keyResults(quota("kr-o", "oz"))
              .title("Make checkout fast and reliable").cycle(Fixtures.cycle("2026")));
      assertThat(subjects(check(AlignmentRules.DUPLICATE_KEY_RESULTS, set)))
          .containsExactly(List.of("kr-m", "kr-n", "kr-o"));
      assertThat(subjects(check(AlignmentRules.DUPLICATE_OBJECTIVES, set)))
          .containsExactly(List.of("m", "n", "o"));
    }

    @Test
    void aGroupShowsItsFirstThreeDistinctTitles() {
      OkrSet set = Fixtures.set(
          objective("a", TEAM, "web").title("Make checkout fast and reliable"),
          objective("b", TEAM, "emea").title("Make the checkout fast and reliable"),
          objective("c", TEAM, "idle").title("Make our checkout fast and reliable"),
          objective("d", TEAM, "product").title("Make checkout fast and reliable now"));
      List<Violation> found = check(AlignmentRules.DUPLICATE_OBJECTIVES, set);
      assertThat(subjects(found)).containsExactly(List.of("a", "b", "c", "d"));
      assertThat(found.get(0).values()).containsEntry("count", "4").containsEntry("titles",
          "\"Make checkout fast and reliable\", \"Make the checkout fast and reliable\", "
              + "\"Make our checkout fast and reliable\"");
    }

    @Test
    void aPersonsTemplateIsAPeersWhereverThatPersonIsReadFirst() {
      // ann's objective comes first in the set, so ann is the first owner read.
      OkrSet quotas = Fixtures.set(
          objective("ann", INDIVIDUAL, "emea", "t").owner(PersonId.of("ann"))
              .title("Quota of ann").keyResults(List.of(KeyResult.of("kr-ann", QUOTA,
                  LinearMeasure.of(0, 20)))),
          objective("t", TEAM, "emea"),
          objective("bob", INDIVIDUAL, "emea", "t").owner(PersonId.of("bob"))
              .title("Quota of bob").keyResults(quota("kr-bob", "bob")));
      assertThat(check(AlignmentRules.DUPLICATE_KEY_RESULTS, quotas)).isEmpty();
    }

    @Test
    void aPersonsObjectiveAlignedToNothingHasNoPeers() {
      // yan's objective aligns to nothing, so yan is nobody's peer: not even of xia, a child of
      // the objective that the set lists third.
      OkrSet set = Fixtures.set(
          objective("x", INDIVIDUAL, "emea", "p").owner(PersonId.of("xia"))
              .title("Quota of xia").keyResults(quota("kr-x", "xia")),
          objective("y", INDIVIDUAL, "web").owner(PersonId.of("yan"))
              .title("Quota of yan").keyResults(quota("kr-y", "yan")),
          objective("p", TEAM, "emea"));
      assertThat(subjects(check(AlignmentRules.DUPLICATE_KEY_RESULTS, set)))
          .containsExactly(List.of("kr-x", "kr-y"));
    }

    @Test
    void aKeyResultCopiedDownFromItsParentIsACascadeNotADuplicate() {
      // d aligns to c, t to c's key result, e to d: each copies the key result above it.
      OkrSet cascade = Fixtures.set(
          objective("c", COMPANY, "co").keyResults(quota("kr-c", "ceo")),
          objective("d", DEPARTMENT, "sales", "c").keyResults(quota("kr-d", "head")),
          objective("t", TEAM, "emea").addAlignments(Alignment.contributesTo(Fixtures.kr("c")))
              .keyResults(List.of(Fixtures.keyResult("kr-t", "Close 20 deals in this quarter",
                  "lead", 0, 20))),
          objective("e", TEAM, "emea", "d").keyResults(quota("kr-e", "rep")));
      assertThat(check(AlignmentRules.DUPLICATE_KEY_RESULTS, cascade)).isEmpty();
      // Another department with the same key result, under another company objective, is.
      OkrSet elsewhere = OkrSet.builder().from(cascade).addObjectives(
          objective("c2", COMPANY, "co").build(),
          objective("p", DEPARTMENT, "product", "c2").keyResults(quota("kr-p", "pm")).build())
          .build();
      assertThat(subjects(check(AlignmentRules.DUPLICATE_KEY_RESULTS, elsewhere)))
          .containsExactly(List.of("kr-c", "kr-p"));
    }

    @Test
    void eachObjectiveIsJudgedAgainstItsOwnParentsWhateverCameBefore() {
      // a and b copy c's key result (cascades); z, next in the set, sits under c2, which holds
      // no copy of it: a duplicate of c's. y copies c through its second parent; x, next, has
      // only c2.
      OkrSet set = Fixtures.set(
          objective("c", COMPANY, "co").keyResults(quota("kr-c", "ceo")),
          objective("c2", COMPANY, "co").keyResults(List.of(Fixtures.keyResult("kr-c2",
              "Hire five engineers for the platform team", "cto", 0, 5))),
          objective("a", TEAM, "emea", "c").keyResults(quota("kr-a", "ann")),
          objective("b", TEAM, "web", "c").keyResults(quota("kr-b", "bob")),
          objective("z", TEAM, "web", "c2").keyResults(quota("kr-z", "zoe")),
          objective("y", TEAM, "emea", "c2", "c").keyResults(quota("kr-y", "yan")),
          objective("x", TEAM, "emea", "c2").keyResults(quota("kr-x", "xia")));
      assertThat(subjects(check(AlignmentRules.DUPLICATE_KEY_RESULTS, set)))
          .containsExactly(List.of("kr-c", "kr-x", "kr-z"));
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 70})
    void aParentWithManyKeyResultsStillCoversTheLastOfThem(int count) {
      // c holds unrelated key results of two made-up words (seventy: more than the look for
      // repeats reaches and than the first records hold); t copies the last down, one letter
      // added (a cascade, read through the masks), p, under another company objective, holds it
      // too (a duplicate of c's).
      List<KeyResult> many = new java.util.ArrayList<>();
      for (int i = 0; i < count; i++) {
        many.add(Fixtures.keyResult("kr-m" + i, madeUpWord(2 * i) + " " + madeUpWord(2 * i + 1),
            "ceo", 0, 5));
      }
      String last = many.get(count - 1).title();
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co").keyResults(many),
          objective("t", TEAM, "emea", "c").keyResults(List.of(Fixtures.keyResult("kr-t",
              last + "s", "lead", 0, 5))),
          objective("c2", COMPANY, "co"),
          objective("p", DEPARTMENT, "product", "c2").keyResults(List.of(Fixtures.keyResult(
              "kr-p", last, "pm", 0, 5))));
      assertThat(subjects(check(AlignmentRules.DUPLICATE_KEY_RESULTS, set)))
          .containsExactly(List.of("kr-m" + (count - 1), "kr-p"));
    }

    /** Eight letters drawn from a seeded generator: words that share almost no trigram. */
    private String madeUpWord(int seed) {
      java.util.Random random = new java.util.Random(seed);
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      return word.toString();
    }

    @Test
    void aKeyResultCopiedFromAnyOfItsParentsIsACascadeButNotOneFromItself() {
      // e aligns to d and to c2; only c2, its second parent, holds the key result e copies.
      // "self" aligns to itself: its own key result is no parent's, so it duplicates c2's.
      OkrSet set = Fixtures.set(
          objective("d", DEPARTMENT, "sales").keyResults(List.of(Fixtures.keyResult("kr-d",
              "Hire five engineers for the platform team", "head", 0, 5))),
          objective("c2", COMPANY, "co").keyResults(quota("kr-c2", "ceo")),
          objective("e", TEAM, "emea", "d", "c2").keyResults(quota("kr-e", "rep")),
          objective("self", TEAM, "web", "self").keyResults(quota("kr-s", "ann")));
      assertThat(subjects(check(AlignmentRules.DUPLICATE_KEY_RESULTS, set)))
          .containsExactly(List.of("kr-c2", "kr-s"));
    }

    @Test
    void anObjectiveCopiedDownFromItsParentIsACascadeNotADuplicate() {
      OkrSet set = Fixtures.set(
          objective("c", COMPANY, "co").title("Grow a profitable business"),
          objective("d", DEPARTMENT, "sales", "c").title("Grow a profitable business"),
          objective("self", DEPARTMENT, "product", "self").title("Ship every order in a day"));
      assertThat(check(AlignmentRules.DUPLICATE_OBJECTIVES, set)).isEmpty();
      OkrSet elsewhere = OkrSet.builder().from(set).addObjectives(
          objective("p", DEPARTMENT, "product").title("Grow a profitable business!").build(),
          objective("q", DEPARTMENT, "sales").title("Ship every order in a day").build())
          .build();
      assertThat(subjects(check(AlignmentRules.DUPLICATE_OBJECTIVES, elsewhere)))
          .containsExactly(List.of("c", "p"), List.of("q", "self"));
    }

    @Test
    void peopleSharingATemplateUnderOneParentAreNotDuplicates() {
      OkrSet quotas = Fixtures.set(objective("t", TEAM, "emea"),
          objective("ann", INDIVIDUAL, "emea", "t").owner(PersonId.of("ann"))
              .title("Quota of ann").keyResults(quota("kr-ann", "ann")),
          objective("bob", INDIVIDUAL, "emea", "t").owner(PersonId.of("bob"))
              .title("Quota of bob").keyResults(quota("kr-bob", "bob")),
          objective("cy", INDIVIDUAL, "emea", "t").owner(PersonId.of("cy"))
              .title("Quota of cy").keyResults(quota("kr-cy", "cy")));
      assertThat(check(AlignmentRules.DUPLICATE_KEY_RESULTS, quotas)).isEmpty();
      assertThat(check(AlignmentRules.DUPLICATE_OBJECTIVES, quotas)).isEmpty();
      // Someone under another parent with the same key result: all of them are one group.
      OkrSet across = OkrSet.builder().from(quotas).addObjectives(
          objective("t2", TEAM, "web").keyResults(List.of(KeyResult.of("kr-t2",
              "Hire two engineers", LinearMeasure.of(0, 2)))).build(),
          objective("dan", INDIVIDUAL, "web", "t2").owner(PersonId.of("dan"))
              .title("Win new logos").keyResults(quota("kr-dan", "dan")).build()).build();
      assertThat(subjects(check(AlignmentRules.DUPLICATE_KEY_RESULTS, across)))
          .containsExactly(List.of("kr-ann", "kr-bob", "kr-cy", "kr-dan"));
      // Key results of one person's objective with other people as owners are peers, too.
      OkrSet oneObjective = Fixtures.set(objective("t", TEAM, "emea").owner(PersonId.of("lead"))
          .keyResults(List.of(Fixtures.keyResult("kr-1", QUOTA, "ann", 0, 20),
              Fixtures.keyResult("kr-2", QUOTA, "bob", 0, 20))));
      assertThat(check(AlignmentRules.DUPLICATE_KEY_RESULTS, oneObjective)).isEmpty();
    }

    @Test
    void teamsUnderOneParentWithAlikeTitlesAreDuplicates() {
      OkrSet set = Fixtures.set(objective("d", DEPARTMENT, "product"),
          objective("w", TEAM, "web", "d").keyResults(List.of(KeyResult.builder()
              .id(Fixtures.kr("w")).title(QUOTA).measure(LinearMeasure.of(0, 20)).build())),
          objective("i", TEAM, "idle", "d").keyResults(List.of(KeyResult.builder()
              .id(Fixtures.kr("i")).title(QUOTA).measure(LinearMeasure.of(0, 20)).build())));
      assertThat(subjects(check(AlignmentRules.DUPLICATE_KEY_RESULTS, set)))
          .containsExactly(List.of("kr-i", "kr-w"));
    }

    @Test
    void keyResultGroupsListMembersByTheirObjectivesIdsThenPlace() {
      // Objective "a" holds kr-z and kr-b, objective "b" holds kr-a: by objective, then place,
      // whatever order the set lists its objectives in (not by key-result id).
      OkrSet set = Fixtures.set(objective("d", DEPARTMENT, "product"),
          objective("b", TEAM, "web", "d").keyResults(List.of(KeyResult.builder()
              .id(KeyResultId.of("kr-a")).title(QUOTA).measure(LinearMeasure.of(0, 20))
              .build())),
          objective("a", TEAM, "idle", "d").keyResults(List.of(
              KeyResult.builder().id(KeyResultId.of("kr-z")).title(QUOTA)
                  .measure(LinearMeasure.of(0, 20)).build(),
              KeyResult.builder().id(KeyResultId.of("kr-b")).title(QUOTA)
                  .measure(LinearMeasure.of(0, 20)).owner(PersonId.of("ann")).build())));
      List<Violation> found = check(AlignmentRules.DUPLICATE_KEY_RESULTS, set);
      assertThat(subjects(found)).containsExactly(List.of("kr-z", "kr-b", "kr-a"));
      assertThat(found.get(0).subject()).isEqualTo(KeyResultId.of("kr-z"));
      List<org.okr4j.core.Objective> reversed = new java.util.ArrayList<>(set.objectives());
      java.util.Collections.reverse(reversed);
      assertThat(check(AlignmentRules.DUPLICATE_KEY_RESULTS,
          OkrSet.builder().from(set).objectives(reversed).build())).isEqualTo(found);
    }

    @Test
    @org.junit.jupiter.api.Tag("slow") // a scale test; the mutation gate skips it
    @org.junit.jupiter.api.Timeout(60)
    void twoHundredThousandIdenticalTitlesAreOneViolation() {
      int n = 200_000;
      List<org.okr4j.core.Objective> objectives = new java.util.ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        objectives.add(org.okr4j.core.Objective.builder().id(id("o" + i)).title(QUOTA)
            .owner(PersonId.of("p" + i)).level(INDIVIDUAL).cycle(Fixtures.Q3.id()).build());
      }
      OkrSet set = OkrSet.builder().addCycles(Fixtures.Q3).objectives(objectives).build();
      long start = System.nanoTime();
      List<Violation> found = check(AlignmentRules.DUPLICATE_OBJECTIVES, set);
      System.out.printf("%d identical objective titles checked in %d ms%n", n,
          (System.nanoTime() - start) / 1_000_000);
      assertThat(found).hasSize(1);
      assertThat(found.get(0).subjects()).hasSize(n);
      assertThat(found.get(0).subject()).isEqualTo(id("o0"));
      assertThat(found.get(0).values()).containsEntry("count", String.valueOf(n))
          .containsEntry("titles", "\"" + QUOTA + "\"").containsEntry("similarity", "1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Close 20 deals this quarter|Close 20 deals this quarter",
        "'  Close 20 deals  '|Close 20 deals",
        "0123456789012345678901234567890123456789|0123456789012345678901234567890123456789",
        "0123456789012345678901234567890123456789X|012345678901234567890123456789012345678…",
        "Make the checkout fast and reliable on mobile|Make the checkout fast and reliable on…",
        "𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀|𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀…"})
    void titlesAreShownShortened(String title, String shown) {
      assertThat(DuplicateRules.shorten(title)).isEqualTo(shown);
    }
  }

  @Nested
  class Silos {
    @Test
    void departmentsThatWorkAlone() {
      OkrSet apart = Fixtures.set(objective("c", COMPANY, "co"),
          objective("s", DEPARTMENT, "sales", "c"), objective("p", DEPARTMENT, "product", "c"),
          objective("w", TEAM, "web", "p"));
      List<Violation> found = check(AlignmentRules.SILOED_DEPARTMENT, apart);
      allAre(found, AlignmentRules.SILOED_DEPARTMENT, Severity.WARNING);
      assertThat(subjects(found)).containsExactly(List.of("product"), List.of("sales"));
    }

    @Test
    void aDepartmentListedFirst() {
      OkrSet set = OkrSet.builder().addCycles(Fixtures.Q3)
          .organization(org.okr4j.core.Organization.builder()
              .addUnits(org.okr4j.core.OrgUnit.of("sales", "Sales", DEPARTMENT))
              .addUnits(org.okr4j.core.OrgUnit.of("product", "Product", DEPARTMENT))
              .addUnits(org.okr4j.core.OrgUnit.of("emea", "EMEA", TEAM, OrgUnitId.of("sales")))
              .build())
          .addObjectives(objective("s", DEPARTMENT, "sales").build(),
              objective("e", TEAM, "emea", "s").build(),
              objective("p", DEPARTMENT, "product").build())
          .build();
      assertThat(subjects(check(AlignmentRules.SILOED_DEPARTMENT, set)))
          .containsExactly(List.of("product"), List.of("sales"));
      OkrSet linked = OkrSet.builder().from(set).objectives(List.of(
          objective("s", DEPARTMENT, "sales").build(),
          objective("p", DEPARTMENT, "product")
              .addAlignments(Fixtures.link(id("s"), AlignmentKind.RELATES_TO)).build())).build();
      assertThat(check(AlignmentRules.SILOED_DEPARTMENT, linked)).isEmpty();
    }

    @Test
    void aLinkAcrossDepartmentsConnectsBoth() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("s", DEPARTMENT, "sales", "c"), objective("p", DEPARTMENT, "product", "c"),
          objective("w", TEAM, "web", "p")
              .addAlignments(Fixtures.link(id("s"), AlignmentKind.DEPENDS_ON)));
      assertThat(check(AlignmentRules.SILOED_DEPARTMENT, set)).isEmpty();
      OkrSet inside = Fixtures.set(objective("c", COMPANY, "co"),
          objective("s", DEPARTMENT, "sales", "c"), objective("e", TEAM, "emea", "s")
              .addAlignments(Fixtures.link(id("s"), AlignmentKind.RELATES_TO)));
      assertThat(subjects(check(AlignmentRules.SILOED_DEPARTMENT, inside)))
          .containsExactly(List.of("sales"));
      OkrSet toTheCompany = Fixtures.set(objective("c", COMPANY, "co"),
          objective("s", DEPARTMENT, "sales", "c")
              .addAlignments(Fixtures.link(id("c"), AlignmentKind.RELATES_TO)));
      assertThat(check(AlignmentRules.SILOED_DEPARTMENT, toTheCompany)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"depends on a key result of another department, ''",
        "depends on an objective of another department, ''",
        "relates to a key result of another department, ''",
        "depends on a key result in its own department, 'product,sales'",
        "depends on a key result the set does not hold, 'product,sales'"})
    void aKeyResultDependencyOnAnotherUnitClearsBoth(String link, String siloed) {
      AlignmentTarget target = switch (link) {
        case "depends on an objective of another department" -> id("s");
        case "depends on a key result in its own department" -> Fixtures.kr("p");
        case "depends on a key result the set does not hold" -> Fixtures.kr("nowhere");
        default -> Fixtures.kr("s");
      };
      AlignmentKind kind = link.startsWith("relates") ? AlignmentKind.RELATES_TO
          : AlignmentKind.DEPENDS_ON;
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("s", DEPARTMENT, "sales", "c"), objective("p", DEPARTMENT, "product", "c"),
          objective("w", TEAM, "web", "p").addAlignments(Fixtures.link(target, kind)));
      List<String> expected = siloed.isEmpty() ? List.of() : List.of(siloed.split(","));
      assertThat(subjects(check(AlignmentRules.SILOED_DEPARTMENT, set)).stream()
          .map(s -> s.get(0)).toList()).containsExactlyElementsOf(expected);
      assertThat(AlignmentMetrics.of(set).siloedDepartments().stream().map(Object::toString)
          .toList()).containsExactlyElementsOf(expected);
    }
  }
}
