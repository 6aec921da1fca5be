package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.NEXT_QUARTER;
import static org.okr4j.core.validation.Fixtures.QUARTER;
import static org.okr4j.core.validation.Fixtures.healthy;
import static org.okr4j.core.validation.Fixtures.subjects;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.core.Cadence;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Commitment;
import org.okr4j.core.Contribution;
import org.okr4j.core.CycleState;
import org.okr4j.core.FinalScore;
import org.okr4j.core.Judgement;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.KeyResultRollUp;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.ObjectiveState;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Origin;
import org.okr4j.core.PersonId;
import org.okr4j.core.Perspective;
import org.okr4j.core.Share;
import org.okr4j.core.Unit;
import org.okr4j.core.Waypoint;

/**
 * The published rules, edit by edit: "BurningOKR: closed cycle read-only except the review text";
 * "Quantive sessions: ... archived (read-only)"; and okr4j's default, which also lets a closed
 * cycle be graded and its objectives carried over ({@link Settings#CLOSED_EDITS}). One edit per
 * attribute of an objective and of a key result, each to {@code o-web} of the third quarter.
 */
class ReadOnlyCyclesTest {

  private static final ObjectiveId WEB = ObjectiveId.of("o-web");
  private static final PersonId ANA = PersonId.of("ana");
  private static final PersonId CY = PersonId.of("cy");
  private static final LocalDate GRADED = QUARTER.end();

  /** Every edit, by the attribute it changes ({@code objective.<name>}, {@code key-result.<name>}). */
  private static final Map<String, UnaryOperator<OkrSet>> EDITS = edits();

  /** The edits each preset lets through in each read-only state; every other edit is reported. */
  static Stream<Arguments> table() {
    List<Arguments> rows = new ArrayList<>();
    scenario(rows, "burningokr", CycleState.CLOSED, "change.cycle.closed",
        Set.of("objective.description"));
    scenario(rows, "burningokr", CycleState.ARCHIVED, "change.cycle.archived", Set.of());
    scenario(rows, "quantive", CycleState.ARCHIVED, "change.cycle.archived", Set.of());
    scenario(rows, "quantive", CycleState.CLOSED, "change.cycle.closed",
        Set.of("objective.description", "objective.finalScore", "key-result.finalScore",
            "carry-over"));
    scenario(rows, "okr4j", CycleState.CLOSED, "change.cycle.closed",
        Set.of("objective.description", "objective.finalScore", "key-result.finalScore",
            "carry-over"));
    scenario(rows, "okr4j", CycleState.ARCHIVED, "change.cycle.archived", Set.of());
    return rows.stream();
  }

  private static void scenario(List<Arguments> rows, String preset, CycleState state,
      String code, Set<String> allowed) {
    for (String edit : EDITS.keySet()) {
      rows.add(Arguments.of(preset, state, edit, allowed.contains(edit) ? List.of()
          : List.of(code)));
    }
  }

  @ParameterizedTest(name = "{0}, {1}, {2}: {3}")
  @MethodSource("table")
  void reportsEveryEditButWhatThePresetAllows(String preset, CycleState state, String edit,
      List<String> codes) {
    OkrSet before = healthy().withCycle(QUARTER.withState(state))
        .withCycle(NEXT_QUARTER.withState(CycleState.DRAFT));
    OkrSet after = EDITS.get(edit).apply(before);
    assertThat(after).isNotEqualTo(before);
    List<Violation> found = ValidationPolicy.named(preset).checkEdit(before, after, AS_OF)
        .violations().stream().filter(v -> v.code().startsWith("change.cycle.")).toList();
    assertThat(found).extracting(Violation::code).isEqualTo(codes);
    assertThat(found).allSatisfy(v -> assertThat(subjects(v)).containsExactly(WEB.value()));
  }

  @Test
  void theTableEditsEveryAttributeOfAnObjectiveAndAKeyResult() {
    Set<String> attributes = new TreeSet<>();
    attributes.addAll(attributes(Objective.class, "objective."));
    attributes.addAll(attributes(KeyResult.class, "key-result."));
    attributes.remove("objective.id");
    attributes.remove("key-result.id");
    attributes.add("objective.commitment");   // defaults, not abstract
    attributes.add("objective.state");
    assertThat(attributes).hasSizeGreaterThan(30);
    Set<String> edited = new TreeSet<>(EDITS.keySet());
    edited.remove("carry-over");
    assertThat(edited).isEqualTo(attributes);
  }

  @Test
  void anObjectiveMovedOutOfAClosedCycleIsRemovedFromIt() {
    OkrSet before = healthy().withCycle(QUARTER.withState(CycleState.CLOSED));
    OkrSet after = EDITS.get("objective.cycle").apply(before);
    assertThat(ValidationPolicy.burningOkr().checkEdit(before, after, AS_OF).withCode(
        "change.cycle").violations()).singleElement().satisfies(v -> assertThat(v.values())
            .containsExactly(Map.entry("cycle", QUARTER.id().value()),
                Map.entry("change", "removed")));
  }

  @Test
  void theSettingTakesGradesOrCarryOverAlone() {
    OkrSet before = healthy().withCycle(QUARTER.withState(CycleState.CLOSED));
    ValidationPolicy gradesOnly = ValidationPolicy.builder().rule("change.read-only")
        .set(Settings.CLOSED_EDITS, List.of("grades")).build();
    assertThat(gradesOnly.checkEdit(before, EDITS.get("objective.finalScore").apply(before),
        AS_OF).violations()).isEmpty();
    assertThat(gradesOnly.checkEdit(before, EDITS.get("carry-over").apply(before), AS_OF)
        .codes()).containsExactly("change.cycle.closed");
    ValidationPolicy carryOverOnly = ValidationPolicy.builder().rule("change.read-only")
        .setting("change.closed-edits", "carry-over").build();
    assertThat(carryOverOnly.checkEdit(before, EDITS.get("carry-over").apply(before), AS_OF)
        .violations()).isEmpty();
    assertThat(carryOverOnly.checkEdit(before, EDITS.get("key-result.finalScore").apply(before),
        AS_OF).codes()).containsExactly("change.cycle.closed");
  }

  private static Set<String> attributes(Class<?> type, String prefix) {
    Set<String> names = new TreeSet<>();
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && Modifier.isAbstract(method.getModifiers())
          && method.getParameterCount() == 0) {
        names.add(prefix + method.getName());
      }
    }
    return names;
  }

  private static Map<String, UnaryOperator<OkrSet>> edits() {
    Map<String, UnaryOperator<OkrSet>> e = new LinkedHashMap<>();
    e.put("objective.title", web(o -> o.title("Make checkout delightful")));
    e.put("objective.description", web(o -> o.description("Review: conversion rose.")));
    e.put("objective.owner", web(o -> o.owner(OrgUnitId.of("eng"))));
    e.put("objective.level", web(o -> o.level(Fixtures.LEVELS.level("department"))));
    e.put("objective.cycle", web(o -> o.cycle(NEXT_QUARTER.id())));
    e.put("objective.commitment", web(o -> o.commitment(Commitment.COMMITTED)));
    e.put("objective.perspective", web(o -> o.perspective(Perspective.CUSTOMER)));
    e.put("objective.themes", web(o -> o.addThemes("Growth")));
    e.put("objective.origin", web(o -> o.origin(Origin.DECOMPOSED)));
    e.put("objective.alignments", web(o -> o.alignments(List.of())));
    e.put("objective.standaloneReason", web(o -> o.standaloneReason("Regulatory duty")));
    e.put("objective.keyResults", set -> set.with(objective(set)
        .withoutKeyResult(KeyResultId.of("kr-errors"))));
    e.put("objective.state", web(o -> o.state(ObjectiveState.ACHIEVED)));
    e.put("objective.carriedOverFrom", web(o -> o.carriedOverFrom(ObjectiveId.of("o-old"))));
    e.put("objective.judgement", web(o -> o.judgement(Judgement.ofProgress(0.5, ANA, GRADED,
        "late data"))));
    e.put("objective.finalScore", web(o -> o.finalScore(FinalScore.of(0.7, ANA, GRADED,
        "review"))));
    e.put("objective.coOwners", web(o -> o.addCoOwners(OrgUnitId.of("eng"))));
    e.put("objective.sharedWith", web(o -> o.addSharedWith(Share.of(OrgUnitId.of("sales"), 0.5))));
    e.put("key-result.title", conversion(k -> k.title("Checkout conversion rate")));
    e.put("key-result.owner", conversion(k -> k.owner(CY)));
    e.put("key-result.contributors", conversion(k -> k.addContributors(CY)));
    e.put("key-result.weight", conversion(k -> k.weight(2)));
    e.put("key-result.measure", conversion(k -> k.measure(LinearMeasure.of(2.1, 3.5)
        .withUnit(Unit.percent()))));
    e.put("key-result.checkIns", conversion(k -> k.addCheckIns(CheckIn.of(GRADED, 2.5))));
    e.put("key-result.initiatives", conversion(k -> k.addInitiatives("One-page checkout")));
    e.put("key-result.cadence", conversion(k -> k.cadence(Cadence.MONTHLY)));
    e.put("key-result.waypoints", conversion(k -> k.addWaypoints(
        Waypoint.of(LocalDate.of(2026, 8, 15), 2.5))));
    e.put("key-result.judgement", conversion(k -> k.judgement(Judgement.ofProgress(0.5, ANA,
        GRADED, "late data"))));
    e.put("key-result.finalScore", conversion(k -> k.finalScore(FinalScore.of(0.7, ANA, GRADED,
        "review"))));
    e.put("key-result.coOwners", conversion(k -> k.addCoOwners(CY)));
    e.put("key-result.contributions", conversion(k -> k.addContributions(
        Contribution.to(KeyResultId.of("kr-churn")))));
    e.put("key-result.rollUp", conversion(k -> k.rollUp(KeyResultRollUp.MEAN_PROGRESS)));
    e.put("key-result.pinnedShare", conversion(k -> k.pinnedShare(0.5)));
    e.put("carry-over", set -> set.carryOver(WEB, NEXT_QUARTER.id()));
    return e;
  }

  private static Objective objective(OkrSet set) {
    return set.objective(WEB).orElseThrow();
  }

  private static UnaryOperator<OkrSet> web(UnaryOperator<Objective.Builder> edit) {
    return Fixtures.objective(WEB.value(), edit);
  }

  private static UnaryOperator<OkrSet> conversion(UnaryOperator<KeyResult.Builder> edit) {
    return Fixtures.keyResult("kr-conversion", edit);
  }
}
