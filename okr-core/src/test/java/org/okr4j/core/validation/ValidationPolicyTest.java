package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthy;
import static org.okr4j.core.validation.Fixtures.keyResult;
import static org.okr4j.core.validation.Fixtures.objective;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.CheckIn;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;

class ValidationPolicyTest {

  /** A set that breaks each rule {@link ValidationRules} names an accessor for. */
  private static OkrSet breaksEveryNamedRule() {
    return Fixtures.healthyWith(List.of(
        objective("o-web", o -> o.keyResults(List.of())),
        objective("o-co", o -> o.title("Reach an NPS of 45 by " + "x".repeat(60))),
        objective("o-sales", o -> o.owner(OrgUnitId.of("nowhere"))),
        keyResult("kr-win", k -> k.title("Launch the partner portal")
            .checkIns(List.of(CheckIn.of(AS_OF.minusDays(11), 21))))));
  }

  static java.util.stream.Stream<Arguments> accessors() {
    return java.util.stream.Stream.of(
        Arguments.of("focus.objectives",
            (Supplier<ValidationRule>) ValidationRules::objectivesPerOwner),
        Arguments.of("focus.key-results",
            (Supplier<ValidationRule>) ValidationRules::keyResultsPerObjective),
        Arguments.of("focus.top-level",
            (Supplier<ValidationRule>) ValidationRules::topLevelObjectives),
        Arguments.of("wording.key-result.task",
            (Supplier<ValidationRule>) ValidationRules::outcomesNotTasks),
        Arguments.of("wording.objective.number",
            (Supplier<ValidationRule>) ValidationRules::qualitativeObjectives),
        Arguments.of("ownership", (Supplier<ValidationRule>) ValidationRules::owners),
        Arguments.of("time.check-in.cadence",
            (Supplier<ValidationRule>) ValidationRules::regularCheckIns),
        Arguments.of("text.title", (Supplier<ValidationRule>) ValidationRules::titleLength));
  }

  /** Each accessor gives the catalogue's rule of that name: it reports what that rule reports. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("accessors")
  void eachAccessorIsTheBuiltInRuleOfItsName(String name, Supplier<ValidationRule> accessor) {
    ValidationPolicy byName = ValidationPolicy.builder().name("test").rule(name)
        .threshold("focus.objectives.min", 2).threshold("focus.top-level.min", 2).build();
    ValidationPolicy byAccessor = ValidationPolicy.builder().name("test").rule(name, accessor.get())
        .threshold("focus.objectives.min", 2).threshold("focus.top-level.min", 2).build();
    List<Violation> expected = byName.check(breaksEveryNamedRule(), AS_OF).violations();
    assertThat(expected).isNotEmpty();
    assertThat(byAccessor.check(breaksEveryNamedRule(), AS_OF).violations())
        .containsExactlyElementsOf(expected);
  }

  /** The objective {@code o-sales} with {@code n} key results. */
  static OkrSet salesWith(int n) {
    return objective("o-sales", o -> {
      o.keyResults(List.of());
      for (int i = 0; i < n; i++) {
        o.addKeyResults(Fixtures.keyResult("kr-s" + i, "Deals closed in segment " + i,
            LinearMeasure.of(0, 10)));
      }
      return o;
    }).apply(healthy());
  }

  static List<String> codes(ValidationPolicy policy, OkrSet set) {
    return policy.check(set, AS_OF).violations().stream().map(Violation::code).toList();
  }

  @Nested
  class Presets {
    @Test
    void areNamedAndListed() {
      assertThat(ValidationPolicy.names()).containsExactly("okr4j", "strategy-execution",
          "implementation-guide", "bottom-up", "google", "viva-goals", "quantive", "burningokr",
          "gitlab", "lattice", "15five", "mooncamp", "puzzle-okr", "openokr", "workboard");
      for (String name : ValidationPolicy.names()) {
        assertThat(ValidationPolicy.named(name).name()).isEqualTo(name);
      }
      assertThat(ValidationPolicy.defaults().name()).isEqualTo("okr4j");
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.named("perdoo"))
          .withMessageStartingWith("validation policy name must be one of [okr4j, ");
      assertThat(ValidationPolicy.named("GitLab").name()).isEqualTo("gitlab");
      java.util.Set<String> byMethod = new java.util.TreeSet<>();
      for (java.lang.reflect.Method method : ValidationPolicy.class.getMethods()) {
        if (java.lang.reflect.Modifier.isStatic(method.getModifiers())
            && method.getParameterCount() == 0 && method.getReturnType() == ValidationPolicy.class) {
          try {
            ValidationPolicy preset = (ValidationPolicy) method.invoke(null);
            assertThat(preset.ruleNames()).isEqualTo(ValidationPolicy.named(preset.name())
                .ruleNames());
            byMethod.add(preset.name());
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        }
      }
      assertThat(byMethod).containsExactlyInAnyOrderElementsOf(ValidationPolicy.names());
      // okr-alignment is not on okr-core's test path: the presets are the local rules alone.
      assertThat(ValidationRules.names()).allMatch(name -> name.matches(
          "(focus|measure|wording|ownership|time|commitment|structure|text|change|kpi)\\..*|ownership"));
      assertThat(ValidationPolicy.defaults().ruleNames()).doesNotContain("conflict.loop");
      assertThat(ValidationPolicy.named("Viva-Goals").ruleNames())
          .isEqualTo(ValidationPolicy.named("viva-goals").ruleNames());
    }

    /** Key results per objective: seeds 000 (at most 4), 002 (3-5), 003 and Doerr (at most 5). */
    @ParameterizedTest(name = "{0} with {1} key results: {2}")
    @CsvSource({
        "okr4j, 0, focus.key-results.too-few", "okr4j, 1, ''", "okr4j, 5, ''",
        "okr4j, 6, focus.key-results.too-many",
        "strategy-execution, 4, ''", "strategy-execution, 5, focus.key-results.too-many",
        "implementation-guide, 2, focus.key-results.too-few", "implementation-guide, 3, ''",
        "implementation-guide, 5, ''", "implementation-guide, 6, focus.key-results.too-many",
        "bottom-up, 5, ''", "bottom-up, 6, focus.key-results.too-many",
        "google, 5, ''", "google, 6, focus.key-results.too-many",
        "viva-goals, 5, ''", "viva-goals, 6, focus.key-results.too-many",
        "quantive, 1, focus.key-results.too-few", "quantive, 2, ''", "quantive, 5, ''",
        "quantive, 6, focus.key-results.too-many",
        "burningokr, 0, ''", "burningokr, 7, ''", "burningokr, 8, focus.key-results.too-many",
    })
    void keyResultLimits(String preset, int keyResults, String expected) {
      List<String> focus = ValidationPolicy.named(preset).check(salesWith(keyResults), AS_OF)
          .about(ObjectiveId.of("o-sales")).withCode("focus.key-results").violations().stream()
          .map(Violation::code).toList();
      assertThat(focus).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    /** Objectives per owner: seed 000 and Google 3-5, seed 003 4-6. */
    @ParameterizedTest(name = "{0} with {1} objectives: {2}")
    @CsvSource({
        "strategy-execution, 2, focus.objectives.too-few", "strategy-execution, 3, ''",
        "strategy-execution, 5, ''", "strategy-execution, 6, focus.objectives.too-many",
        "google, 2, focus.objectives.too-few", "google, 5, ''",
        "google, 6, focus.objectives.too-many",
        "bottom-up, 3, focus.objectives.too-few", "bottom-up, 4, ''", "bottom-up, 6, ''",
        "bottom-up, 7, focus.objectives.too-many",
        "okr4j, 1, ''", "okr4j, 5, ''", "okr4j, 6, focus.objectives.too-many",
    })
    void objectiveLimits(String preset, int objectives, String expected) {
      OkrSet set = healthy();
      for (int i = 1; i < objectives; i++) {
        set = set.with(Fixtures.objective("o-web-" + i, "Make page " + (char) ('a' + i) + " fast",
            "team", "web").addAlignments(Alignment.contributesTo(ObjectiveId.of("o-co")))
            .addKeyResults(KeyResult.of("kr-web-" + i, "Page load time", LinearMeasure.of(3, 1)))
            .build());
      }
      List<String> found = ValidationPolicy.named(preset).check(set, AS_OF)
          .about(OrgUnitId.of("web")).withCode("focus.objectives").violations().stream()
          .map(Violation::code).toList();
      assertThat(found).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    /** Seed 000: 2-3 priorities at the top. */
    @ParameterizedTest(name = "strategy-execution with {0} top-level objectives: {1}")
    @CsvSource({"1, focus.top-level.too-few", "2, ''", "3, ''", "4, focus.top-level.too-many"})
    void topLevelPriorities(int count, String expected) {
      OkrSet set = healthy();
      for (int i = 1; i < count; i++) {
        set = set.with(Fixtures.objective("o-co-" + i, "Priority " + (char) ('a' + i), "company",
            "co").addKeyResults(KeyResult.of("kr-co-" + i, "Revenue", LinearMeasure.of(1, 2)))
            .build());
      }
      List<String> found = codes(ValidationPolicy.named("strategy-execution"), set).stream()
          .filter(code -> code.startsWith("focus.top-level")).toList();
      assertThat(found).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void vivaGoalsAsksForKeyResultsOnlyOfTeamAndIndividualObjectives() {
      ValidationPolicy viva = ValidationPolicy.named("viva-goals");
      OkrSet teamWithout = objective("o-web", o -> o.keyResults(List.of())).apply(healthy());
      OkrSet companyWithout = objective("o-co", o -> o.keyResults(List.of())).apply(healthy());
      assertThat(codes(viva, teamWithout)).containsExactly("focus.key-results.too-few");
      assertThat(codes(viva, companyWithout)).isEmpty();
    }

    @Test
    void vivaGoalsAlertsOnTheUnalignedTheOwnerlessThePastDueAndTheNotStarted() {
      ValidationPolicy viva = ValidationPolicy.named("viva-goals");
      OkrSet set = objective("o-web", o -> o.alignments(List.of())
          .owner(java.util.Optional.empty())).apply(healthy());
      set = keyResult("kr-win", k -> k.checkIns(List.of())).apply(set);
      assertThat(codes(viva, set)).containsExactlyInAnyOrder("structure.unaligned",
          "ownership.objective.missing", "time.not-started");
      assertThat(viva.check(set, Fixtures.QUARTER.end().plusDays(1)).codes())
          .contains("time.past-due");
    }

    @Test
    void quantiveScoresTheDesign() {
      ValidationPolicy quantive = ValidationPolicy.named("quantive");
      OkrSet set = objective("o-co", o -> o.title("x".repeat(70))).apply(healthy());
      set = keyResult("kr-win", k -> k.checkIns(List.of()).measure(MilestoneMeasure.of())).apply(set);
      ValidationResult result = quantive.check(set, AS_OF);
      assertThat(result.codes()).containsExactly("measure.binary", "text.title.too-long");
      assertThat(result.atLeast(Severity.WARNING).count()).isEqualTo(2);
      OkrSet short69 = objective("o-co", o -> o.title("x".repeat(69))).apply(healthy());
      assertThat(quantive.check(short69, AS_OF).isEmpty()).isTrue();
      // The design score is the objective's: a key result's long title is no fault of it.
      OkrSet longKeyResult = keyResult("kr-win", k -> k.title("x".repeat(71))).apply(healthy());
      assertThat(quantive.check(longKeyResult, AS_OF).isEmpty()).isTrue();
      assertThat(ValidationPolicy.builder().rule("text.title").build()
          .check(longKeyResult, AS_OF).codes()).containsExactly("text.title.too-long");
      assertThat(ValidationPolicy.builder().rule("text.title").build()
          .with(Settings.TITLE_OF, List.of("key-results"))
          .check(objective("o-co", o -> o.title("x".repeat(71))).apply(healthy()), AS_OF)
          .isEmpty()).isTrue();
    }

    @Test
    void gitlabAndLatticeAllowOneParentAndGitlabNoChildrenOfKeyResults() {
      OkrSet twoParents = objective("o-web", o -> o.addAlignments(
          Alignment.contributesTo(ObjectiveId.of("o-sales")))).apply(healthy());
      assertThat(ValidationPolicy.named("gitlab").check(twoParents, AS_OF).withSeverity(
          Severity.ERROR).codes()).containsExactly("structure.key-result.has-children",
          "structure.parents.too-many");
      assertThat(ValidationPolicy.named("lattice").check(twoParents, AS_OF).codes())
          .containsExactly("structure.parents.too-many");
      assertThat(ValidationPolicy.named("lattice").check(healthy(), AS_OF).isEmpty()).isTrue();
    }

    @Test
    void horizontalLinksAreNoParents() {
      OkrSet relatedOnly = objective("o-web", o -> o.alignments(List.of(
          Alignment.of(ObjectiveId.of("o-sales"), AlignmentKind.RELATES_TO, 1),
          Alignment.of(ObjectiveId.of("o-co"), AlignmentKind.DEPENDS_ON, 1)))).apply(healthy());
      assertThat(codes(ValidationPolicy.named("viva-goals"), relatedOnly))
          .containsExactly("structure.unaligned");
      OkrSet supported = objective("o-web", o -> o.alignments(List.of(
          Alignment.of(ObjectiveId.of("o-sales"), AlignmentKind.RELATES_TO, 1),
          Alignment.of(ObjectiveId.of("o-co"), AlignmentKind.SUPPORTS, 1)))).apply(healthy());
      assertThat(codes(ValidationPolicy.named("viva-goals"), supported)).isEmpty();
      // One parent and a horizontal link: within Lattice's one parent.
      assertThat(ValidationPolicy.named("lattice").check(supported, AS_OF).isEmpty()).isTrue();
    }

    @Test
    void aVerticalLinkToAnObjectiveNotInTheSetStillNamesAParent() {
      OkrSet dangling = objective("o-web", o -> o.alignments(List.of(
          Alignment.contributesTo(ObjectiveId.of("o-gone"))))).apply(healthy());
      assertThat(codes(ValidationPolicy.named("viva-goals"), dangling))
          .doesNotContain("structure.unaligned");
      OkrSet twoParents = objective("o-web", o -> o.addAlignments(
          Alignment.contributesTo(ObjectiveId.of("o-gone")))).apply(healthy());
      assertThat(ValidationPolicy.named("lattice").check(twoParents, AS_OF).codes())
          .contains("structure.parents.too-many");
    }

    @Test
    void burningOkrWantsParentsInAncestorUnitsAndNoNegativeValues() {
      ValidationPolicy burning = ValidationPolicy.named("burningokr");
      // BurningOKR has no nested cycles: its company runs quarters, not a year around them.
      OkrSet quarters = OkrSet.builder().from(healthy())
          .cycles(List.of(Fixtures.QUARTER, Fixtures.NEXT_QUARTER)).build();
      OkrSet sideways = objective("o-web", o -> o.alignments(List.of(
          Alignment.contributesTo(ObjectiveId.of("o-sales"))))).apply(quarters);
      assertThat(burning.check(sideways, AS_OF).withSeverity(Severity.ERROR).codes())
          .containsExactly("structure.parent.outside-ancestors");
      assertThat(burning.check(quarters, AS_OF).isEmpty()).isTrue();
    }

    @Test
    void fifteenFiveKeepsChildrenWithinTheirParentsDates() {
      OkrSet later = objective("o-web", o -> o.cycle(Fixtures.NEXT_QUARTER.id())).apply(healthy());
      assertThat(ValidationPolicy.named("15five").check(later, AS_OF).withSeverity(Severity.ERROR)
          .codes()).containsExactly("structure.parent.cycle-outside");
    }

    @Test
    void mooncampAllowsParentsByLevel() {
      ValidationPolicy mooncamp = ValidationPolicy.named("mooncamp");
      assertThat(mooncamp.check(healthy(), AS_OF).isEmpty()).isTrue();
      OkrSet upward = objective("o-co", o -> o.addAlignments(
          Alignment.contributesTo(ObjectiveId.of("o-sales")))).apply(healthy());
      assertThat(mooncamp.check(upward, AS_OF).codes()).isEmpty(); // company: no list, any
      OkrSet departmentToTeam = objective("o-sales", o -> o.alignments(List.of(
          Alignment.contributesTo(ObjectiveId.of("o-web"))))).apply(healthy());
      assertThat(mooncamp.check(departmentToTeam, AS_OF).codes())
          .containsExactly("structure.parent.type-not-allowed");
    }

    @Test
    void mooncampAllowsMeasureKindsByLevelOnceTheHostListsThem() {
      ValidationPolicy mooncamp = ValidationPolicy.named("mooncamp");
      OkrSet milestone = keyResult("kr-win", k -> k.checkIns(List.of())
          .measure(MilestoneMeasure.of())).apply(healthy());
      assertThat(mooncamp.check(milestone, AS_OF).codes()).isEmpty(); // nothing listed: any kind
      ValidationPolicy numbersOnly = mooncamp.withList("measure.allowed-kinds.department",
          List.of("Linear", "threshold"));
      ValidationResult result = numbersOnly.check(milestone, AS_OF);
      assertThat(result.codes()).containsExactly("measure.kind.not-allowed");
      assertThat(result.violations().get(0).severity()).isEqualTo(Severity.ERROR);
      assertThat(result.violations().get(0).values()).containsEntry("kind", "milestone")
          .containsEntry("level", "department").containsEntry("allowed", "linear, threshold");
      assertThat(numbersOnly.check(healthy(), AS_OF).isEmpty()).isTrue();
    }

    @Test
    void puzzleOkrFixesOwnersAndKeyResultsEvenOfADraft() {
      // "An objective's team and a KR's objective never change": a draft's neither.
      ValidationPolicy puzzle = ValidationPolicy.named("puzzle-okr");
      ValidationPolicy fixed = ValidationPolicy.builder().name("fixed")
          .rules(List.of("change.objective.owner", "change.key-result")).build();
      OkrSet before = healthy();
      OkrSet after = objective("o-web", o -> o.owner(OrgUnitId.of("eng"))).apply(before);
      assertThat(puzzle.checkEdit(before, after, AS_OF).codes())
          .containsExactly("change.objective.owner");
      OkrSet draft = objective("o-web", o -> o.state(org.okr4j.core.ObjectiveState.DRAFT))
          .apply(before);
      OkrSet draftMoved = objective("o-web", o -> o.owner(OrgUnitId.of("eng"))).apply(draft);
      assertThat(puzzle.checkEdit(draft, draftMoved, AS_OF).codes())
          .containsExactly("change.objective.owner");
      // okr4j's default lets a draft change both, one at a time by the setting.
      assertThat(fixed.checkEdit(draft, draftMoved, AS_OF).isEmpty()).isTrue();
      assertThat(fixed.with(Settings.DRAFT_EDITS, List.of("key-results"))
          .checkEdit(draft, draftMoved, AS_OF).codes()).containsExactly("change.objective.owner");
      OkrSet krMoved = draft.without(org.okr4j.core.ObjectiveId.of("o-web")).with(
          org.okr4j.core.Objective.builder().from(draft.objective(
              org.okr4j.core.ObjectiveId.of("o-web")).orElseThrow()).keyResults(List.of()).build())
          .with(org.okr4j.core.Objective.builder().from(draft.objective(
              org.okr4j.core.ObjectiveId.of("o-sales")).orElseThrow())
              .addAllKeyResults(draft.objective(org.okr4j.core.ObjectiveId.of("o-web"))
                  .orElseThrow().keyResults()).build());
      assertThat(puzzle.checkEdit(draft, krMoved, AS_OF).codes())
          .contains("change.key-result.moved");
      assertThat(fixed.checkEdit(draft, krMoved, AS_OF).isEmpty()).isTrue();
      assertThat(fixed.with(Settings.DRAFT_EDITS, List.of("owner"))
          .checkEdit(draft, krMoved, AS_OF).withCode("change.key-result.moved").count())
          .isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} characters: {1}")
    @CsvSource({"1, text.title.too-short", "2, ''", "250, ''", "251, text.title.too-long"})
    void puzzleOkrTitlesHoldFrom2To250Characters(int length, String code) {
      ValidationPolicy puzzle = ValidationPolicy.named("puzzle-okr");
      OkrSet objectiveTitled = objective("o-web", o -> o.title("x".repeat(length))).apply(healthy());
      OkrSet keyResultTitled = keyResult("kr-win", k -> k.title("y".repeat(length)))
          .apply(healthy());
      for (OkrSet set : List.of(objectiveTitled, keyResultTitled)) {
        ValidationResult result = puzzle.check(set, AS_OF);
        assertThat(result.codes()).containsExactlyElementsOf(code.isEmpty() ? List.of() : List.of(code));
        result.violations().forEach(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
      }
      assertThat(puzzle.get(Settings.TITLE_MIN_LENGTH)).isEqualTo(2);
      assertThat(puzzle.get(Settings.TITLE_MAX_LENGTH)).isEqualTo(250);
      assertThat(ValidationPolicy.defaults().get(Settings.TITLE_MIN_LENGTH)).isEqualTo(1);
    }

    @Test
    void changeRulesAreQuietWithoutAnEdit() {
      ValidationPolicy puzzle = ValidationPolicy.named("puzzle-okr");
      assertThat(puzzle.check(healthy(), AS_OF).isEmpty()).isTrue();
      assertThat(puzzle.checkEdit(healthy(), healthy(), AS_OF).isEmpty()).isTrue();
    }

    @Test
    void aMeasureKindMayChangeBeforeTheFirstCheckIn() {
      UnaryOperator<OkrSet> fresh = keyResult("kr-win", k -> k.checkIns(List.of()));
      OkrSet before = fresh.apply(healthy());
      OkrSet after = keyResult("kr-win", k -> k.measure(MilestoneMeasure.of())).apply(before);
      assertThat(ValidationPolicy.named("puzzle-okr").checkEdit(before, after, AS_OF).isEmpty())
          .isTrue();
    }
  }

  @Nested
  class Tuning {
    private final OkrSet sixKeyResults = salesWith(6);

    @Test
    void aThresholdChangesWhatFires() {
      assertThat(codes(ValidationPolicy.defaults(), sixKeyResults))
          .contains("focus.key-results.too-many");
      assertThat(codes(ValidationPolicy.defaults().withThreshold("focus.key-results.max", 6),
          sixKeyResults)).doesNotContain("focus.key-results.too-many");
    }

    @Test
    void withoutDropsARuleOrSilencesCodesByPrefix() {
      ValidationPolicy noFocus = ValidationPolicy.defaults().without("focus");
      assertThat(codes(noFocus, sixKeyResults)).noneMatch(code -> code.startsWith("focus."));
      ValidationPolicy noRule = ValidationPolicy.defaults().without("focus.key-results");
      assertThat(noRule.ruleNames()).doesNotContain("focus.key-results").contains("focus.objectives");
      assertThat(codes(noRule, sixKeyResults)).doesNotContain("focus.key-results.too-many");
      ValidationPolicy noTooMany = ValidationPolicy.defaults().without("focus.key-results.too-many");
      assertThat(noTooMany.ruleNames()).contains("focus.key-results");
      assertThat(codes(noTooMany, sixKeyResults)).doesNotContain("focus.key-results.too-many");
      // A prefix silences whole segments only.
      assertThat(codes(ValidationPolicy.defaults().without("focus.key"), sixKeyResults))
          .contains("focus.key-results.too-many");
    }

    @Test
    void theLongestSeverityPrefixWins() {
      ValidationPolicy policy = ValidationPolicy.defaults()
          .withSeverity("focus", Severity.INFO)
          .withSeverity("focus.key-results.too-many", Severity.ERROR);
      ValidationResult result = policy.check(sixKeyResults, AS_OF);
      assertThat(result.withCode("focus.key-results.too-many").violations())
          .allMatch(v -> v.severity() == Severity.ERROR);
      OkrSet sevenObjectives = healthy();
      for (int i = 0; i < 6; i++) {
        sevenObjectives = sevenObjectives.with(Fixtures.objective("o-x" + i, "Delight " + i, "team",
            "web").addAlignments(Alignment.contributesTo(ObjectiveId.of("o-co")))
            .addKeyResults(KeyResult.of("kr-x" + i, "Happy users", LinearMeasure.of(1, 2))).build());
      }
      assertThat(policy.check(sevenObjectives, AS_OF).withCode("focus.objectives").violations())
          .isNotEmpty().allMatch(v -> v.severity() == Severity.INFO);
    }

    @Test
    void aVendorAddsARuleAsALambda() {
      ValidationRule jiraLink = (context, out) -> {
        for (Objective objective : context.set().objectives()) {
          if (objective.description().filter(d -> d.contains("JIRA-")).isEmpty()) {
            out.accept(Violation.of("acme.jira-link.missing", Severity.INFO, objective.id()));
          }
        }
      };
      ValidationPolicy acme = ValidationPolicy.defaults().with("acme.jira-link", jiraLink)
          .withName("acme");
      ValidationResult result = acme.check(healthy(), AS_OF);
      assertThat(result.policy()).isEqualTo("acme");
      assertThat(result.withCode("acme").count()).isEqualTo(3);
      assertThat(acme.ruleNames()).endsWith("acme.jira-link");
      assertThat(acme.without("acme").check(healthy(), AS_OF).isEmpty()).isTrue();
    }

    @Test
    void rulesCanSkipTheWorkForSilencedCodes() {
      List<Boolean> asked = new java.util.ArrayList<>();
      ValidationRule probe = (context, out) -> {
        asked.add(context.reports("acme.probe.loud"));
        asked.add(context.reports("acme.probe.quiet"));
      };
      ValidationPolicy.builder().rule("acme", probe).without("acme.probe.quiet").build()
          .check(healthy(), AS_OF);
      assertThat(asked).containsExactly(true, false);
      assertThat(ValidationContext.of(healthy(), AS_OF).reports("anything")).isTrue();
      assertThat(ValidationPolicy.defaults().check(salesWith(1), AS_OF)
          .withCode("ownership.key-result").count()).isZero();
      assertThat(ValidationPolicy.defaults().with("ownership").check(
          keyResult("kr-win", k -> k.owner(java.util.Optional.empty())).apply(healthy()), AS_OF)
          .withCode("ownership.key-result").count()).isZero();
      assertThat(ValidationPolicy.builder().rule("ownership").build().check(
          keyResult("kr-win", k -> k.owner(java.util.Optional.empty())).apply(healthy()), AS_OF)
          .withCode("ownership.key-result").count()).isEqualTo(1);
    }

    @Test
    void rulesComposeWithAnd() {
      ValidationRule one = (context, out) -> out.accept(
          Violation.of("acme.one", Severity.INFO, ObjectiveId.of("o-co")));
      ValidationRule two = (context, out) -> out.accept(
          Violation.of("acme.two", Severity.INFO, ObjectiveId.of("o-co")));
      ValidationResult result = ValidationPolicy.builder().rule("acme", one.and(two)).build()
          .check(healthy(), AS_OF);
      assertThat(result.violations()).extracting(Violation::code).containsExactly("acme.one",
          "acme.two");
    }

    @Test
    void wordListsAreReplaceable() {
      OkrSet german = keyResult("kr-win", k -> k.title("Einführen des Partnerportals"))
          .apply(healthy());
      ValidationPolicy policy = ValidationPolicy.defaults()
          .withList("wording.activity-verbs.de", List.of("einführen", "entwickeln"));
      assertThat(codes(ValidationPolicy.defaults(), german)).doesNotContain("wording.key-result.task");
      assertThat(codes(policy, german)).contains("wording.key-result.task");
      assertThat(policy.settings()).containsEntry("wording.activity-verbs.de",
          List.of("einführen", "entwickeln"));
    }

    @Test
    void presetsAreIndependentCopies() {
      ValidationPolicy tuned = ValidationPolicy.defaults().withThreshold("focus.key-results.max", 9);
      assertThat(ValidationPolicy.defaults().get(Settings.KEY_RESULTS_MAX)).isEqualTo(5);
      assertThat(tuned.get(Settings.KEY_RESULTS_MAX)).isEqualTo(9);
      assertThat(tuned.toString()).startsWith("ValidationPolicy[okr4j, rules [focus.objectives, ");
    }

    @Test
    void namesItsReGradedAndSilencedCodesOnlyWhenItHasThem() {
      ValidationPolicy plain = ValidationPolicy.builder().name("p").rule("focus.key-results")
          .build();
      assertThat(plain).hasToString("ValidationPolicy[p, rules [focus.key-results]]");
      ValidationPolicy tuned = plain.toBuilder().severity("focus", Severity.ERROR)
          .without("focus.key-results.too-few").build();
      assertThat(tuned).hasToString("ValidationPolicy[p, rules [focus.key-results], severities"
          + " {focus=ERROR}, silenced [focus.key-results.too-few]]");
    }

    @Test
    void rejectsUnknownRulesBadNamesAndNonFiniteThresholds() {
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.defaults()
          .with("focus.everything")).withMessageStartingWith(
              "validation rule name must be one of [focus.objectives, ");
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.defaults()
          .withThreshold("focus.key-results.max", Double.NaN))
          .withMessage("setting focus.key-results.max must be a whole number within 1..1000, but"
              + " was NaN");
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.builder()
          .rule(" ", (c, o) -> { }));
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.named("mooncamp")
          .withList("measure.allowed-kinds.team", List.of("linear", "percent")))
          .withMessage("setting measure.allowed-kinds.team must hold measure kinds, one of [LINEAR,"
              + " THRESHOLD, RANGE, MILESTONE, STAGES, CHECKPOINTS, ZONES, ORDINAL, BASELINE],"
              + " but was 'percent'");
      assertThat(ValidationPolicy.builder().list("measure.allowed-kinds.team", List.of("Ordinal"))
          .build().get(Settings.ALLOWED_KINDS.member("team"))).containsExactly("Ordinal");
    }
  }

  @Nested
  class Settings_ {

    @Test
    void anUnknownSettingNameFailsWhenThePolicyIsBuilt() {
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.defaults()
          .withThreshold("focus.key-result.max", 2))
          .withMessageStartingWith("setting name must be one of Settings.all() (focus.objectives.min,")
          .withMessageEndingWith("but was 'focus.key-result.max'");
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.defaults()
          .withSetting("time.cadence", "7"))
          .withMessageEndingWith("but was 'time.cadence'");
    }

    @Test
    void aValueOutOfRangeFailsNamingTheSettingTheRangeAndTheValue() {
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.defaults()
          .withThreshold("focus.key-results.max", 0))
          .withMessage("setting focus.key-results.max must lie within 1..1000, but was 0");
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.defaults()
          .with(Settings.CONFIDENCE_FLOOR, 1.5))
          .withMessage("setting commitment.confidence-floor must lie within 0.0..1.0, but was 1.5");
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.defaults()
          .withSetting("time.grace-days", "3.5"))
          .withMessage("setting time.grace-days must be a whole number within 0..366, but was"
              + " '3.5'");
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.defaults()
          .withSetting("time.grace-days", "400"))
          .withMessage("setting time.grace-days must lie within 0..366, but was '400'");
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.defaults()
          .withThreshold("wording.vague.en", 3))
          .withMessageStartingWith("setting wording.vague.en must be a count or a number");
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.defaults()
          .withList("focus.key-results.max", List.of("3")))
          .withMessageStartingWith("setting focus.key-results.max must be a list");
    }

    @Test
    void settingsByNameAndByConstantAgree() {
      assertThat(Settings.named("focus.key-results.max")).isEqualTo(Settings.KEY_RESULTS_MAX);
      assertThat(Settings.named("structure.allowed-parents.team"))
          .isEqualTo(Settings.ALLOWED_PARENTS.member("team"));
      ValidationPolicy text = ValidationPolicy.defaults().withSetting("focus.key-results.max", " 4 ")
          .withSetting("commitment.confidence-floor", "0.75")
          .withSetting("structure.allowed-parents.team", "company, department");
      assertThat(text.get(Settings.KEY_RESULTS_MAX)).isEqualTo(4);
      assertThat(text.get(Settings.CONFIDENCE_FLOOR)).isEqualTo(0.75);
      assertThat(text.get(Settings.ALLOWED_PARENTS.member("team")))
          .containsExactly("company", "department");
      assertThat(ValidationPolicy.defaults().with(Settings.KEY_RESULTS_MAX, 4))
          .extracting(p -> p.get(Settings.KEY_RESULTS_MAX)).isEqualTo(4);
    }

    @Test
    void aVendorsOwnSettingIsReadByItsRuleAndFoundByNameOnceSet() {
      Setting<Integer> maxLinks = Setting.count("acme.links.max", 3, 0, 100, "Jira links.");
      ValidationRule rule = (context, out) -> {
        for (var objective : context.set().objectives()) {
          if (objective.alignments().size() > context.get(maxLinks)) {
            out.accept(Violation.of("acme.links.too-many", Severity.INFO, objective.id()));
          }
        }
      };
      ValidationPolicy policy = ValidationPolicy.builder().rule("acme.links", rule).build();
      assertThat(policy.get(maxLinks)).isEqualTo(3);
      ValidationPolicy tuned = policy.with(maxLinks, 0);
      assertThat(tuned.withSetting("acme.links.max", "5").get(maxLinks)).isEqualTo(5);
      assertThat(codes(tuned, healthy())).contains("acme.links.too-many");
      assertThat(codes(policy, healthy())).doesNotContain("acme.links.too-many");
      assertThatIllegalArgumentException().isThrownBy(() -> policy.withSetting("acme.links.max",
          "5")).withMessageEndingWith("but was 'acme.links.max'");
      assertThatIllegalStateException().isThrownBy(() -> Settings.KEY_RESULTS_MAX.member("x"));
      assertThatIllegalArgumentException().isThrownBy(() -> ValidationPolicy.defaults()
          .with(Settings.ALLOWED_PARENTS, List.of("company")))
          .withMessageContaining("be a member of its family");
    }
  }

  @Nested
  class Results {
    private final ValidationResult result = ValidationPolicy.defaults()
        .withSeverity("wording.objective.number", Severity.ERROR)
        .check(objective("o-web", o -> o.title("Cut checkout time by 40 %")
            .owner(java.util.Optional.empty())).apply(salesWith(6)), AS_OF);

    @Test
    void filterBySeverityCodeAndSubject() {
      assertThat(result.withSeverity(Severity.ERROR).codes())
          .containsExactly("wording.objective.number");
      assertThat(result.atLeast(Severity.WARNING).codes()).containsExactly(
          "focus.key-results.too-many", "ownership.objective.missing", "wording.objective.number");
      assertThat(result.about(ObjectiveId.of("o-web")).codes())
          .containsExactly("ownership.objective.missing", "wording.objective.number");
      assertThat(result.withCode("ownership").count()).isEqualTo(1);
      assertThat(result.isValid()).isFalse();
      assertThat(result.withSeverity(Severity.WARNING).isValid()).isTrue();
      assertThat(result).hasToString("ValidationResult[okr4j: 1 errors, 2 warnings, 0 info]");
    }

    @Test
    void orThrowCarriesTheResult() {
      assertThatThrownBy(result::orThrow).isInstanceOf(ValidationException.class)
          .isInstanceOf(org.okr4j.core.OkrException.class)
          .hasMessageContaining("first error: ERROR wording.objective.number o-web {number=40%}")
          .satisfies(e -> assertThat(((ValidationException) e).result()).isSameAs(result));
      ValidationResult warnings = result.atLeast(Severity.WARNING).withSeverity(Severity.WARNING);
      assertThat(warnings.orThrow()).isSameAs(warnings);
    }

    @Test
    void orderFollowsThePolicyThenTheSet() {
      assertThat(result.violations()).extracting(Violation::code).containsExactly(
          "focus.key-results.too-many", "wording.objective.number", "ownership.objective.missing");
      assertThat(ValidationPolicy.defaults().withSeverity("wording.objective.number",
          Severity.ERROR).check(objective("o-web", o -> o.title("Cut checkout time by 40 %")
              .owner(java.util.Optional.empty())).apply(salesWith(6)), AS_OF)).isEqualTo(result);
    }

    @Test
    void hostsMergeResults() {
      ValidationResult merged = ValidationResult.of("merged", result.violations());
      assertThat(merged.violations()).isEqualTo(result.violations());
      assertThat(merged).isNotEqualTo(result);
      assertThat(merged.hashCode()).isNotEqualTo(result.hashCode());
      assertThat(ValidationResult.of("empty", List.of()).isEmpty()).isTrue();
    }
  }
}
