package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.NEXT_QUARTER;
import static org.okr4j.core.validation.Fixtures.healthy;
import static org.okr4j.core.validation.Fixtures.keyResult;
import static org.okr4j.core.validation.Fixtures.objective;
import static org.okr4j.core.validation.Fixtures.quarterState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.core.Alignment;
import org.okr4j.core.Cadence;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Commitment;
import org.okr4j.core.Confidence;
import org.okr4j.core.Contribution;
import org.okr4j.core.CycleId;
import org.okr4j.core.CycleState;
import org.okr4j.core.Direction;
import org.okr4j.core.BaselineMeasure;
import org.okr4j.core.FiscalCalendar;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Corridor;
import org.okr4j.core.Kpi;
import org.okr4j.core.KpiLink;
import org.okr4j.core.KpiReading;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.ObjectiveState;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.Share;
import org.okr4j.core.Stage;
import org.okr4j.core.StagesMeasure;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.Unit;
import org.okr4j.core.Waypoint;
import org.okr4j.core.ZonesMeasure;

/**
 * Every code of every built-in rule: a case that makes it fire and a case, as close to the
 * boundary as the rule allows, that keeps it quiet; and its message and remedy in English and
 * Chinese.
 */
class RuleCatalogueTest {

  private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE};

  /**
   * One case: the rule under test alone in a policy (tuned), the set before an edit (for change
   * rules) and the two sets after it, one that breaks the rule and one that does not.
   */
  record Case(String name, String code, ValidationPolicy policy, UnaryOperator<OkrSet> before,
      UnaryOperator<OkrSet> fires, UnaryOperator<OkrSet> quiet) {

    boolean isEdit() {
      return code.startsWith("change.");
    }

    ValidationResult run(UnaryOperator<OkrSet> after) {
      OkrSet start = before.apply(healthy());
      return isEdit() ? policy.checkEdit(start, after.apply(start), AS_OF)
          : policy.check(after.apply(start), AS_OF);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final UnaryOperator<OkrSet> SAME = set -> set;

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    // Focus
    cases.add(single("focus.objectives.too-many", "focus.objectives", p -> p
        .withThreshold("focus.objectives.max", 1), add(objective("o-web2", "Make search effortless",
        "team", "web").build()), SAME));
    cases.add(single("focus.objectives.too-few", "focus.objectives", p -> p
        .withThreshold("focus.objectives.min", 2), SAME, set -> set.without(ObjectiveId.of("o-sales"))
        .without(ObjectiveId.of("o-web")).with(objective("o-co2", "Be the brand people trust",
            "company", "co").build())));
    cases.add(single("focus.key-results.too-many", "focus.key-results", p -> p
        .withThreshold("focus.key-results.max", 2), objective("o-co", o -> o.addKeyResults(
            keyResult("kr-3", "Repeat purchases", LinearMeasure.of(10, 20)))), SAME));
    cases.add(single("focus.key-results.too-few", "focus.key-results", p -> p,
        objective("o-web", o -> o.keyResults(List.of())), SAME));
    cases.add(single("focus.top-level.too-many", "focus.top-level", p -> p
        .withThreshold("focus.top-level.max", 1), add(objective("o-co2", "Be the brand people trust",
        "company", "co").build()), SAME));
    cases.add(single("focus.top-level.too-few", "focus.top-level", p -> p
        .withThreshold("focus.top-level.min", 1),
        objective("o-co", o -> o.level(Fixtures.LEVELS.level("department"))), SAME));
    // Measure
    cases.add(single("measure.target.missing", "measure.target", p -> p,
        keyResult("kr-win", k -> k.measure(BaselineMeasure.of(Direction.INCREASE))), SAME));
    cases.add(single("measure.linear.no-change", "measure.shape", p -> p,
        keyResult("kr-win", k -> k.measure(LinearMeasure.of(30, 30, Direction.INCREASE))), SAME));
    cases.add(single("measure.range.zero-width", "measure.shape", p -> p,
        keyResult("kr-win", k -> k.measure(RangeMeasure.of(25, 25))),
        keyResult("kr-win", k -> k.measure(RangeMeasure.of(20, 30)))));
    cases.add(single("measure.stages.incomplete", "measure.shape", p -> p,
        keyResult("kr-win", k -> k.checkIns(List.of()).measure(StagesMeasure.of(List.of(
            Stage.of("pilot", 0.5), Stage.of("rollout", 0.3))))),
        keyResult("kr-win", k -> k.checkIns(List.of()).measure(StagesMeasure.equal("pilot",
            "rollout", "adoption")))));
    cases.add(single("measure.zones.collapsed", "measure.shape", p -> p,
        keyResult("kr-win", k -> k.measure(ZonesMeasure.of(20, 25, 25, 40))),
        keyResult("kr-win", k -> k.measure(ZonesMeasure.puzzle(20, 40)))));
    cases.add(single("measure.currency.unknown", "measure.currency", p -> p,
        keyResult("kr-revenue", k -> k.measure(LinearMeasure.of(1, 2).withUnit(Unit.currency("ABC")))),
        keyResult("kr-revenue", k -> k.measure(LinearMeasure.of(1, 2).withUnit(Unit.currency("CNY"))))));
    cases.add(single("measure.unit.mismatch", "measure.unit", p -> p,
        keyResult("kr-errors", k -> k.measure(LinearMeasure.of(15, 5))), SAME));
    cases.add(single("measure.value.negative", "measure.value", p -> p,
        keyResult("kr-win", k -> k.measure(LinearMeasure.of(-5, 10))), SAME));
    cases.add(single("measure.value.negative, check-in", "measure.value.negative", "measure.value",
        p -> p, keyResult("kr-win", k -> k.addCheckIns(CheckIn.of(AS_OF.minusDays(1), -1))), SAME));
    cases.add(single("measure.binary", "measure.binary", p -> p,
        keyResult("kr-win", k -> k.checkIns(List.of()).measure(MilestoneMeasure.of())), SAME));
    cases.add(single("measure.kind.not-allowed", "measure.kind", p -> p
        .withList("measure.allowed-kinds.team", List.of("linear", "THRESHOLD")),
        keyResult("kr-errors", k -> k.checkIns(List.of()).measure(MilestoneMeasure.of())),
        keyResult("kr-errors", k -> k.measure(ThresholdMeasure.atMost(1)))));
    // Wording
    cases.add(single("wording.key-result.task", "wording.key-result.task", p -> p,
        keyResult("kr-win", k -> k.title("Launch the partner portal")),
        keyResult("kr-win", k -> k.title("Partners onboarded through the launched portal"))));
    cases.add(single("wording.key-result.task, zh", "wording.key-result.task",
        "wording.key-result.task", p -> p, keyResult("kr-win", k -> k.title("完成新系统上线")),
        keyResult("kr-win", k -> k.title("新系统月活跃用户数"))));
    cases.add(single("wording.key-result.vague", "wording.key-result.vague", p -> p,
        keyResult("kr-win", k -> k.title("Improve the win rate")),
        keyResult("kr-win", k -> k.title("Improve the win rate from 20 % to 30 %"))));
    cases.add(single("wording.key-result.vague, zh", "wording.key-result.vague",
        "wording.key-result.vague", p -> p, keyResult("kr-win", k -> k.title("提升客户满意度")),
        keyResult("kr-win", k -> k.title("客户满意度从 7.5 提升到 8.5"))));
    cases.add(single("wording.objective.number", "wording.objective.number", p -> p,
        objective("o-co", o -> o.title("Reach an NPS of 45")),
        objective("o-co", o -> o.title("Win Q3 with B2B customers in 2026"))));
    cases.add(single("wording.objective.business-as-usual", "wording.objective.business-as-usual",
        p -> p, objective("o-co", o -> o.title("Maintain our uptime")),
        objective("o-co", o -> o.title("Maintain our uptime").commitment(Commitment.COMMITTED))));
    cases.add(single("wording.objective.business-as-usual, zh",
        "wording.objective.business-as-usual", "wording.objective.business-as-usual", p -> p,
        objective("o-co", o -> o.title("保持系统稳定运行")),
        objective("o-co", o -> o.title("让客户惊喜"))));
    // KPIs
    cases.add(single("kpi.objective.unknown", "kpi.links", p -> p,
        add(kpi(KpiLink.recovers(ObjectiveId.of("o-gone")))),
        add(kpi(KpiLink.recovers(ObjectiveId.of("o-web"))))));
    cases.add(single("kpi.readings.missing", "kpi.readings", p -> p,
        add(kpi(KpiLink.protects(ObjectiveId.of("o-web"))).withReading(
            KpiReading.of(AS_OF.plusDays(1), 2))),
        add(kpi(KpiLink.protects(ObjectiveId.of("o-web"))).withReading(
            KpiReading.of(AS_OF, 2)))));
    cases.add(single("kpi.key-result.maintains", "kpi.suggested", p -> p,
        keyResult("kr-win", k -> k.measure(ThresholdMeasure.atLeast(25))),
        keyResult("kr-win", k -> k.measure(RangeMeasure.of(25, 25)))));
    cases.add(single("kpi.key-result.maintains, range", "kpi.key-result.maintains",
        "kpi.suggested", p -> p, keyResult("kr-win", k -> k.measure(RangeMeasure.of(20, 30))),
        keyResult("kr-win", k -> k.measure(LinearMeasure.of(25, 25, Direction.INCREASE)))));
    // Ownership
    cases.add(single("ownership.objective.missing", "ownership", p -> p,
        objective("o-web", o -> o.owner(Optional.empty())), SAME));
    cases.add(single("ownership.key-result.missing", "ownership", p -> p,
        keyResult("kr-win", k -> k.owner(Optional.empty())), SAME));
    cases.add(single("ownership.owner.unknown", "ownership", p -> p,
        objective("o-web", o -> o.owner(OrgUnitId.of("nowhere"))), SAME));
    cases.add(single("ownership.share.unknown", "ownership.share.unknown", "ownership", p -> p,
        objective("o-web", o -> o.addSharedWith(Share.of(OrgUnitId.of("nowhere"), 0.5))),
        objective("o-web", o -> o.addSharedWith(Share.of(OrgUnitId.of("sales"), 0.5)))));
    // Time
    cases.add(single("time.cycle.unknown", "time.cycle", p -> p,
        objective("o-web", o -> o.cycle(CycleId.of("2031-Q1"))), SAME));
    // The healthy set's year holds its quarters: BurningOKR has no nested cycles.
    cases.add(single("time.cycle.overlap", "time.cycle.dates", p -> p, SAME,
        set -> OkrSet.builder().from(set).cycles(List.of(Fixtures.QUARTER, NEXT_QUARTER))
            .build()));
    cases.add(single("time.cycle.one-day", "time.cycle.dates", p -> p,
        set -> set.withCycle(org.okr4j.core.Cycle.of("launch", LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 1, 1))),
        set -> set.withCycle(org.okr4j.core.Cycle.of("launch", LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 1, 2)))));
    cases.add(single("time.check-in.future", "time.check-in.dates", p -> p,
        keyResult("kr-win", k -> k.addCheckIns(CheckIn.of(AS_OF.plusDays(1), 22))),
        keyResult("kr-win", k -> k.addCheckIns(CheckIn.of(AS_OF, 22)))));
    cases.add(single("time.check-in.outside-cycle", "time.check-in.dates", p -> p,
        keyResult("kr-win", k -> k.addCheckIns(CheckIn.of(LocalDate.of(2026, 6, 30), 20))),
        keyResult("kr-win", k -> k.addCheckIns(CheckIn.of(LocalDate.of(2026, 7, 1), 20)))));
    cases.add(single("time.check-in.stale", "time.check-in.cadence", p -> p,
        keyResult("kr-win", k -> k.checkIns(List.of(CheckIn.of(AS_OF.minusDays(11), 21)))),
        keyResult("kr-win", k -> k.checkIns(List.of(CheckIn.of(AS_OF.minusDays(10), 21))))));
    cases.add(single("time.check-in.stale, the key result's own cadence", "time.check-in.stale",
        "time.check-in.cadence", p -> p,
        keyResult("kr-win", k -> k.cadence(Cadence.ofDays(3))
            .checkIns(List.of(CheckIn.of(AS_OF.minusDays(7), 21)))),
        keyResult("kr-win", k -> k.cadence(Cadence.MONTHLY)
            .checkIns(List.of(CheckIn.of(AS_OF.minusDays(11), 21))))));
    cases.add(single("time.check-in.stale, none", "time.check-in.stale", "time.check-in.cadence",
        p -> p, keyResult("kr-win", k -> k.checkIns(List.of(CheckIn.of(AS_OF.minusDays(40), 21)))),
        keyResult("kr-win", k -> k.cadence(Cadence.NONE)
            .checkIns(List.of(CheckIn.of(AS_OF.minusDays(40), 21))))));
    cases.add(single("time.waypoint.outside-cycle", "time.waypoints", p -> p,
        keyResult("kr-win", k -> k.addWaypoints(Waypoint.of(LocalDate.of(2026, 10, 1), 30))),
        keyResult("kr-win", k -> k.addWaypoints(Waypoint.of(LocalDate.of(2026, 9, 30), 30)))));
    cases.add(single("time.not-started", "time.not-started", p -> p,
        keyResult("kr-win", k -> k.checkIns(List.of())), SAME));
    cases.add(single("time.past-due", "time.past-due", p -> p,
        pastQuarter(ObjectiveState.ACTIVE), pastQuarter(ObjectiveState.ACHIEVED)));
    // Commitment
    cases.add(single("commitment.committed.low-confidence", "commitment.committed", p -> p,
        committedWithConfidence(0.6), committedWithConfidence(0.7)));
    cases.add(single("commitment.aspirational.sandbagging", "commitment.aspirational", p -> p,
        salesConfidence(0.9), salesConfidence(0.8)));
    // Structure
    cases.add(single("structure.self-alignment", "structure.links", p -> p,
        linkWeb(ObjectiveId.of("o-web")), SAME));
    cases.add(single("structure.parent.unknown", "structure.links", p -> p,
        linkWeb(ObjectiveId.of("o-gone")), SAME));
    cases.add(single("structure.parent.not-above, below", "structure.parent.not-above",
        "structure.parent.level", p -> p,
        objective("o-co", o -> o.addAlignments(Alignment.contributesTo(ObjectiveId.of("o-sales")))),
        SAME));
    cases.add(single("structure.parent.not-above, same level", "structure.parent.not-above",
        "structure.parent.level", p -> p,
        objective("o-web", o -> o.level(Fixtures.LEVELS.level("department"))
            .alignments(List.of(Alignment.contributesTo(ObjectiveId.of("o-sales"))))),
        SAME));
    cases.add(single("structure.parent.outside-ancestors", "structure.parent.ancestors", p -> p,
        linkWeb(ObjectiveId.of("o-sales")), SAME));
    cases.add(single("structure.parent.cycle-outside", "structure.parent.cycle", p -> p,
        objective("o-web", o -> o.cycle(NEXT_QUARTER.id())), SAME));
    cases.add(single("structure.parent.type-not-allowed", "structure.parent.type", p -> p
        .withList("structure.allowed-parents.team", List.of("department")), SAME,
        linkWeb(ObjectiveId.of("o-sales"))));
    cases.add(single("structure.parents.too-many", "structure.parents", p -> p,
        objective("o-web", o -> o.addAlignments(Alignment.contributesTo(ObjectiveId.of("o-sales")))),
        SAME));
    cases.add(single("structure.children.too-many", "structure.children", p -> p
        .withThreshold("structure.children.max", 1),
        add(Fixtures.objective("o-eng", "Ship reliable software", "department", "eng")
            .addAlignments(Alignment.contributesTo(ObjectiveId.of("o-co"))).build()), SAME));
    cases.add(single("structure.key-result.has-children", "structure.key-result", p -> p, SAME,
        linkWeb(ObjectiveId.of("o-co"))));
    cases.add(single("structure.key-result.parent.unknown", "structure.key-result.links", p -> p,
        contributes("kr-win", Contribution.to(KeyResultId.of("kr-gone"))),
        contributes("kr-win", Contribution.to(KeyResultId.of("kr-revenue")))));
    cases.add(single("structure.key-result.loop", "structure.key-result.links", p -> p,
        then(contributes("kr-win", Contribution.to(KeyResultId.of("kr-revenue"))),
            contributes("kr-revenue", Contribution.to(KeyResultId.of("kr-win")))),
        then(contributes("kr-win", Contribution.to(KeyResultId.of("kr-revenue"))),
            contributes("kr-revenue", Contribution.to(KeyResultId.of("kr-nps"))))));
    // Three thirds pinned are 100 % (a hair over in binary), not too much.
    cases.add(single("structure.key-result.shares.too-high", "structure.key-result.links",
        p -> p, then(contributes("kr-win", Contribution.to(KeyResultId.of("kr-nps"))
            .withPinnedShare(0.6)), contributes("kr-revenue",
            Contribution.to(KeyResultId.of("kr-nps")).withPinnedShare(0.5))),
        then(then(contributes("kr-win", Contribution.to(KeyResultId.of("kr-nps"))
            .withPinnedShare(1 / 3.0)), contributes("kr-revenue",
            Contribution.to(KeyResultId.of("kr-nps")).withPinnedShare(1 / 3.0))),
            contributes("kr-errors", Contribution.to(KeyResultId.of("kr-nps"))
                .withPinnedShare(1 / 3.0 + 1e-12)))));
    // Pins on o-co's key result and on o-sales' link to it: 110 % is too much, 100 % is not.
    cases.add(single("structure.objective.shares.too-high", "structure.objective.shares",
        p -> p, then(keyResult("kr-nps", k -> k.pinnedShare(0.6)), objective("o-sales",
            o -> o.alignments(List.of(Alignment.contributesTo(ObjectiveId.of("o-co"))
                .withPinnedShare(0.5))))),
        then(keyResult("kr-nps", k -> k.pinnedShare(0.5)), objective("o-sales",
            o -> o.alignments(List.of(Alignment.contributesTo(ObjectiveId.of("o-co"))
                .withPinnedShare(0.5)))))));
    cases.add(single("structure.key-result.roll-up.missing", "structure.key-result.links",
        p -> p, contributes("kr-win", Contribution.to(KeyResultId.of("kr-nps"))),
        then(contributes("kr-win", Contribution.to(KeyResultId.of("kr-nps"))),
            keyResult("kr-nps", k -> k.rollUp(org.okr4j.core.KeyResultRollUp.MEAN_PROGRESS)))));
    // OpenOKR's anchor: o-co moved down leaves no company objective and no link out of the set;
    // with o-co gone, o-sales (directly below the company) aligns to a parent outside the set.
    cases.add(single("structure.company-anchor.missing", "structure.company-anchor", p -> p,
        objective("o-co", o -> o.level(Fixtures.LEVELS.level("department"))),
        set -> set.without(ObjectiveId.of("o-co"))));
    cases.add(single("structure.unaligned", "structure.unaligned", p -> p,
        objective("o-web", o -> o.alignments(List.of())),
        objective("o-web", o -> o.alignments(List.of()).standaloneReason("Regulatory duty"))));
    cases.add(single("text.title.too-long", "text.title", p -> p,
        objective("o-co", o -> o.title("x".repeat(71))),
        objective("o-co", o -> o.title("x".repeat(70)))));
    cases.add(single("text.title.too-short", "text.title", p -> p
        .withThreshold("text.title.min-length", 2),
        objective("o-co", o -> o.title("\uD83D\uDE80")),   // one code point, two chars
        objective("o-co", o -> o.title("Go"))));
    // Change
    cases.add(edit("change.cycle.closed", "change.read-only", quarterState(CycleState.CLOSED),
        objective("o-web", o -> o.title("Make checkout delightful")),
        objective("o-web", o -> o.description("Review: conversion rose, errors fell."))));
    cases.add(edit("change.cycle.archived", "change.read-only", quarterState(CycleState.ARCHIVED),
        objective("o-web", o -> o.description("Review: conversion rose.")), SAME));
    cases.add(edit("change.cycle.closed, removed", "change.cycle.closed", "change.read-only",
        quarterState(CycleState.CLOSED), set -> set.without(ObjectiveId.of("o-web")), SAME));
    cases.add(edit("change.measure.kind", "change.measure", SAME,
        keyResult("kr-win", k -> k.checkIns(List.of()).measure(MilestoneMeasure.of())),
        keyResult("kr-win", k -> k.measure(LinearMeasure.of(20, 40)))));
    cases.add(edit("change.objective.owner", "change.objective.owner", SAME,
        objective("o-web", o -> o.owner(OrgUnitId.of("eng"))), SAME));
    cases.add(edit("change.key-result.moved", "change.key-result", SAME, moveWinRate(), SAME));
    cases.add(edit("change.in-progress.new-objective", "change.in-progress", SAME,
        add(Fixtures.objective("o-new", "Be known for service", "department", "sales").build()),
        SAME));
    cases.add(edit("change.in-progress.target", "change.in-progress", SAME,
        keyResult("kr-win", k -> k.measure(LinearMeasure.of(20, 35))),
        keyResult("kr-win", k -> k.addCheckIns(CheckIn.of(AS_OF, 23)))));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fires(Case c) {
    ValidationResult result = c.run(c.fires());
    assertThat(result.codes()).contains(c.code());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void staysQuiet(Case c) {
    ValidationResult result = c.run(c.quiet());
    assertThat(result.withCode(c.code()).violations()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void explainsItselfInEveryBuiltInLocale(Case c) {
    Violation violation = c.run(c.fires()).withCode(c.code()).violations().get(0);
    List<String> texts = new ArrayList<>();
    for (Locale locale : LOCALES) {
      assertThat(ViolationMessages.of(locale).hasMessage(c.code())).as(locale.toString()).isTrue();
      String message = violation.message(locale);
      String remedy = violation.remedy(locale);
      assertThat(message).doesNotContain("{", "}", c.code()).isNotBlank();
      assertThat(remedy).doesNotContain("{", "}", c.code()).isNotBlank();
      assertThat(message).contains(violation.subject().value());
      texts.add(message);
    }
    assertThat(texts.get(0)).isNotEqualTo(texts.get(1));
    assertThat(texts.get(1)).containsPattern("\\p{IsHan}");
  }

  @Test
  void theHealthyCompanyBreaksNoBuiltInRule() {
    ValidationPolicy everything = ValidationPolicy.builder().rules(ValidationRules.names()).build();
    assertThat(everything.check(healthy(), AS_OF).withCode("focus.objectives.too-few").count())
        .isZero();
    // The rules that only presets use have their own quiet cases above; the default runs clean.
    assertThat(ValidationPolicy.defaults().check(healthy(), AS_OF).violations()).isEmpty();
  }

  @Test
  void everyCodeWithAMessageHasACaseAndEveryRuleIsExercised() {
    Set<String> tested = new TreeSet<>();
    Set<String> rules = new TreeSet<>();
    cases().forEach(c -> {
      tested.add(c.code());
      rules.addAll(c.policy().ruleNames());
    });
    assertThat(rules).containsExactlyInAnyOrderElementsOf(ValidationRules.names());
    Set<String> documented = new TreeSet<>();
    for (String key : BundleKeys.of(Locale.ROOT)) {
      if (key.endsWith(".message")) {
        documented.add(key.substring(0, key.length() - ".message".length()));
      }
    }
    assertThat(tested).isEqualTo(documented);
    assertThat(BundleKeys.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(BundleKeys.of(Locale.ROOT));
  }

  private static Case single(String code, String rule, UnaryOperator<ValidationPolicy> tune,
      UnaryOperator<OkrSet> fires, UnaryOperator<OkrSet> quiet) {
    return single(code, code, rule, tune, fires, quiet);
  }

  private static Case single(String name, String code, String rule,
      UnaryOperator<ValidationPolicy> tune, UnaryOperator<OkrSet> fires,
      UnaryOperator<OkrSet> quiet) {
    ValidationPolicy policy = tune.apply(ValidationPolicy.builder().name("test").rule(rule).build());
    return new Case(name, code, policy, SAME, fires, quiet);
  }

  private static Case edit(String code, String rule, UnaryOperator<OkrSet> before,
      UnaryOperator<OkrSet> fires, UnaryOperator<OkrSet> quiet) {
    return edit(code, code, rule, before, fires, quiet);
  }

  private static Case edit(String name, String code, String rule, UnaryOperator<OkrSet> before,
      UnaryOperator<OkrSet> fires, UnaryOperator<OkrSet> quiet) {
    return new Case(name, code, ValidationPolicy.builder().name("test").rule(rule).build(), before,
        fires, quiet);
  }

  private static UnaryOperator<OkrSet> contributes(String keyResult, Contribution to) {
    return keyResult(keyResult, k -> k.addContributions(to));
  }

  private static UnaryOperator<OkrSet> then(UnaryOperator<OkrSet> first,
      UnaryOperator<OkrSet> second) {
    return set -> second.apply(first.apply(set));
  }

  private static UnaryOperator<OkrSet> add(Objective objective) {
    return set -> set.with(objective);
  }

  private static UnaryOperator<OkrSet> add(Kpi kpi) {
    return set -> set.withKpi(kpi);
  }

  private static Kpi kpi(KpiLink link) {
    return Kpi.of("kpi-churn", "Monthly churn", Corridor.atMost(2.5)).withLink(link);
  }

  private static UnaryOperator<OkrSet> linkWeb(org.okr4j.core.AlignmentTarget target) {
    return objective("o-web", o -> o.alignments(List.of(Alignment.contributesTo(target))));
  }

  private static UnaryOperator<OkrSet> pastQuarter(ObjectiveState state) {
    var q2 = FiscalCalendar.calendarYear().quarter(2026, 2);
    UnaryOperator<OkrSet> move = objective("o-web", o -> o.cycle(q2.id()).state(state)
        .keyResults(List.of(KeyResult.of("kr-web-q2", "Checkout conversion",
            LinearMeasure.of(1.5, 2.1)))));
    return set -> move.apply(set.withCycle(q2));
  }

  private static UnaryOperator<OkrSet> committedWithConfidence(double confidence) {
    UnaryOperator<OkrSet> commit = objective("o-co", o -> o.commitment(Commitment.COMMITTED));
    UnaryOperator<OkrSet> doubt = keyResult("kr-nps", k -> k.addCheckIns(CheckIn.builder()
        .date(AS_OF).value(33).confidence(Confidence.of(confidence)).build()));
    return set -> doubt.apply(commit.apply(set));
  }

  private static UnaryOperator<OkrSet> salesConfidence(double confidence) {
    UnaryOperator<KeyResult.Builder> sure = k -> k.addCheckIns(CheckIn.builder().date(AS_OF)
        .value(25).confidence(Confidence.of(confidence)).build());
    return set -> keyResult("kr-win", sure).apply(keyResult("kr-revenue", sure).apply(set));
  }

  private static UnaryOperator<OkrSet> moveWinRate() {
    return set -> {
      KeyResult win = set.keyResult(KeyResultId.of("kr-win")).orElseThrow();
      Objective sales = set.objective(ObjectiveId.of("o-sales")).orElseThrow();
      Objective company = set.objective(ObjectiveId.of("o-co")).orElseThrow();
      return set.with(sales.withoutKeyResult(win.id())).with(company.withKeyResult(win));
    };
  }
}
