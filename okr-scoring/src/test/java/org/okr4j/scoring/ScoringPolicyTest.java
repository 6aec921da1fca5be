package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.core.Cadence;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Commitment;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleState;
import org.okr4j.core.FinalScore;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.PersonId;
import org.okr4j.core.testing.OkrSets;

class ScoringPolicyTest {

  static final Cycle Q3 = Cycle.parse("2026-Q3");
  static final LocalDate MID = Q3.start().plusDays(46); // expected progress 46 / 91, about 0.51

  /** One objective, two key results: kr-a at 0.4 (weight 3), kr-b at 1.0 (weight 1), kr-c none. */
  static OkrSet set(Cycle cycle) {
    KeyResult a = KeyResult.builder().id(KeyResultId.of("kr-a")).title("A")
        .measure(LinearMeasure.of(0, 10)).weight(3)
        .addCheckIns(CheckIn.of(cycle.start().plusDays(1), 1), CheckIn.of(MID, 4)).build();
    KeyResult b = KeyResult.of("kr-b", "B", LinearMeasure.of(100, 50))
        .withCheckIn(CheckIn.of(MID, 40));
    KeyResult c = KeyResult.of("kr-c", "C", LinearMeasure.of(0, 1));
    Objective o = Objective.builder().id(ObjectiveId.of("o")).title("O")
        .level(LevelScheme.standard().top()).cycle(cycle.id()).commitment(Commitment.COMMITTED)
        .addKeyResults(a, b, c).build();
    Objective lost = Objective.builder().id(ObjectiveId.of("lost")).title("L")
        .level(LevelScheme.standard().top()).cycle(org.okr4j.core.CycleId.of("nowhere"))
        .addKeyResults(KeyResult.of("kr-d", "D", LinearMeasure.of(0, 1))).build();
    return OkrSet.builder().addCycles(cycle).addObjectives(o, lost).build();
  }

  static List<String> builtInNames() {
    return List.of("okr4j", "google", "doerr", "viva-goals", "perdoo", "quantive", "workboard",
        "atlassian", "burningokr", "puzzle-okr", "openokr", "gitlab", "mhokr", "shamanr", "oslo",
        "lattice", "15five", "engagedly", "upraise", "oboard");
  }

  /**
   * "milestone / binary: done → 1, else 0" and "stages: sum of the weights of done stages": a
   * milestone or stages key result never checked in scores 0 under every preset, and counts in
   * the objective's mean; its status stays "not started", as for any key result without a reading.
   */
  @Nested
  class NeverCheckedIn {
    static Objective objective(KeyResult... keyResults) {
      return Objective.builder().id(ObjectiveId.of("o")).title("O")
          .level(LevelScheme.standard().top()).cycle(Q3.id()).addKeyResults(keyResults).build();
    }

    static KeyResult milestone() {
      return KeyResult.of("kr-m", "Ship", org.okr4j.core.MilestoneMeasure.of());
    }

    static KeyResult stages() {
      return KeyResult.of("kr-s", "Roll out",
          org.okr4j.core.StagesMeasure.equal("pilot", "half", "all"));
    }

    @ParameterizedTest
    @MethodSource("org.okr4j.scoring.ScoringPolicyTest#builtInNames")
    void milestonesAndStagesScore0UnderEveryPreset(String name) {
      Scores scores = ScoringPolicy.named(name).score(OkrSet.builder().addCycles(Q3)
          .addObjectives(objective(milestone(), stages())).build(), MID);
      assertThat(scores.progress(KeyResultId.of("kr-m")).value()).isZero();
      assertThat(scores.progress(KeyResultId.of("kr-s")).value()).isZero();
      assertThat(scores.progress(ObjectiveId.of("o")).value()).isZero();
      assertThat(scores.status(KeyResultId.of("kr-m"))).contains(Status.NOT_STARTED);
      assertThat(scores.status(KeyResultId.of("kr-s"))).contains(Status.NOT_STARTED);
    }

    @ParameterizedTest(name = "{0}: milestone never checked in + linear at 0.8 = {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "google,     0.4",   // the mean of 0 and 0.8
        "okr4j,      0.4",   // weighted, both weighing 1
        "viva-goals, 0.4",   // equal shares; before, the unscored share counted 0 already
        "shamanr,    0.4",
        "openokr,    0.4"})
    void theObjectiveCountsTheMilestoneAs0(String name, double expected) {
      KeyResult linear = KeyResult.of("kr-l", "Leads", LinearMeasure.of(0, 10))
          .withCheckIn(CheckIn.of(MID, 8));
      Scores scores = ScoringPolicy.named(name).score(OkrSet.builder().addCycles(Q3)
          .addObjectives(objective(milestone(), linear)).build(), MID);
      assertThat(scores.progress(ObjectiveId.of("o")).value()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aProgressSetByHandStartsIt() {
      KeyResult judged = milestone().withJudgement(org.okr4j.core.Judgement.ofProgress(0.9,
          org.okr4j.core.PersonId.of("ana"), Q3.start(), "nearly shipped"));
      Scores scores = ScoringPolicy.defaults().score(OkrSet.builder().addCycles(Q3)
          .addObjectives(objective(judged)).build(), MID);
      assertThat(scores.progress(KeyResultId.of("kr-m")).value()).isEqualTo(0.9);
      assertThat(scores.status(KeyResultId.of("kr-m"))).isPresent()
          .isNotEqualTo(java.util.Optional.of(Status.NOT_STARTED));
    }

    @Test
    void notStartedOnlyAfterTheGraceDaysAndSaysWhy() {
      OkrSet set = OkrSet.builder().addCycles(Q3).addObjectives(objective(milestone())).build();
      Scores early = ScoringPolicy.defaults().score(set, Q3.start().plusDays(6));
      assertThat(early.status(KeyResultId.of("kr-m"))).isEmpty();
      assertThat(early.progress(KeyResultId.of("kr-m")).value()).isZero();
      Scores late = ScoringPolicy.defaults().score(set, Q3.start().plusDays(7));
      assertThat(late.status(KeyResultId.of("kr-m"))).contains(Status.NOT_STARTED);
      assertThat(late.explain(ObjectiveId.of("o"))).contains("  kr-m: 0 (milestone: not done (no"
          + " check-in by 2026-07-08), scored 0), status NOT_STARTED [no check-in 7 days or more"
          + " after the cycle began]\n");
      // A check-in, even without done, starts it: its status is read against time.
      KeyResult noted = milestone().withCheckIn(CheckIn.builder().date(Q3.start()).note("n")
          .build());
      assertThat(ScoringPolicy.defaults().score(OkrSet.builder().addCycles(Q3)
          .addObjectives(objective(noted)).build(), MID).status(KeyResultId.of("kr-m")))
          .isNotEqualTo(java.util.Optional.of(Status.NOT_STARTED)).isPresent();
    }
  }

  /**
   * A decrease read at its start: linear (100 - 100) / (60 - 100) and Puzzle's zones both divide
   * 0 by a negative number, which is -0.0 in binary; every preset reports +0.0.
   */
  @Nested
  class ADecreaseReadAtItsStart {
    static final LocalDate CLOSED = Q3.end().plusDays(1);

    @ParameterizedTest
    @MethodSource("org.okr4j.scoring.ScoringPolicyTest#builtInNames")
    void scoresPlusZeroUnderEveryPreset(String name) {
      KeyResult linear = KeyResult.of("kr-linear", "Churn", LinearMeasure.of(100, 60))
          .withCheckIn(CheckIn.of(MID, 100));
      KeyResult zones = KeyResult.of("kr-zones", "Cost",
          org.okr4j.core.ZonesMeasure.puzzle(100, 60)).withCheckIn(CheckIn.of(MID, 100));
      Objective o = Objective.builder().id(ObjectiveId.of("o")).title("O")
          .level(LevelScheme.standard().top()).cycle(Q3.id()).addKeyResults(linear, zones).build();
      Objective one = Objective.builder().id(ObjectiveId.of("one")).title("One")
          .level(LevelScheme.standard().top()).cycle(Q3.id())
          .addKeyResults(KeyResult.of("kr-one", "Churn", LinearMeasure.of(100, 60))
              .withCheckIn(CheckIn.of(MID, 100))).build();
      Scores scores = ScoringPolicy.named(name)
          .score(OkrSet.builder().addCycles(Q3).addObjectives(o, one).build(), CLOSED);
      assertPlusZero(scores.progress(KeyResultId.of("kr-linear")).value());
      assertPlusZero(scores.progress(KeyResultId.of("kr-zones")).value());
      assertPlusZero(scores.progress(ObjectiveId.of("o")).value());
      assertPlusZero(scores.progress(ObjectiveId.of("one")).value());
      assertPlusZero(scores.closingScore(ObjectiveId.of("one")).value());
      assertPlusZero(scores.grade(ObjectiveId.of("one")).orElseThrow().score());
    }

    @Test
    void scorersRollUpsAndGradersGivePlusZero() {
      KeyResult linear = KeyResult.of("kr", "Churn", LinearMeasure.of(100, 60))
          .withCheckIn(CheckIn.of(MID, 100));
      KeyResult zones = KeyResult.of("kr", "Cost", org.okr4j.core.ZonesMeasure.puzzle(100, 60))
          .withCheckIn(CheckIn.of(MID, 100));
      for (Scorer scorer : List.of(Scorers.linear(), Scorers.linear().capped(0, 1),
          Scorers.linear().capped(0, Double.MAX_VALUE), Scorers.standard(),
          Scorers.linear().rounded(Rounding.JAVASCRIPT_WHOLE_PERCENT))) {
        assertPlusZero(scorer.score(linear, MID).value());
      }
      assertPlusZero(Scorers.zones().score(zones, MID).value());
      Part atStart = Part.of("kr", Progress.of(-0.0, "given"));
      assertPlusZero(RollUps.lowest().combine(List.of(atStart)).value());
      assertPlusZero(Graders.google().grade(-0.0, Commitment.ASPIRATIONAL).score());
    }

    private static void assertPlusZero(double value) {
      // Double.compare, as Double.equals and JUnit's assertEquals do, tells -0.0 from 0.0.
      assertThat(Double.compare(value, 0.0)).as("%s is +0.0", value).isZero();
    }
  }

  @Nested
  class Presets {
    @ParameterizedTest
    @MethodSource("org.okr4j.scoring.ScoringPolicyTest#builtInNames")
    void everyPresetIsNamedDocumentedAndScores(String name) {
      ScoringPolicy policy = ScoringPolicy.named(name);
      assertThat(policy.name()).isEqualTo(name);
      assertThat(policy.source()).isNotBlank();
      assertThat(policy).hasToString("ScoringPolicy[" + name + ": " + policy.source() + "]");
      Scores scores = policy.score(OkrSets.malformed(3, 30), LocalDate.of(2026, 8, 15));
      assertThat(scores.policy()).isEqualTo(policy);
    }

    @Test
    void namesListBuiltInsThenProviders() {
      List<String> all = new java.util.ArrayList<>(builtInNames());
      all.add("acme-lowest");
      assertThat(ScoringPolicy.names()).containsExactlyElementsOf(all);
    }

    @Test
    void namedIgnoresCaseForBuiltInsAndProviders() {
      assertThat(ScoringPolicy.named("Google")).hasToString(ScoringPolicy.google().toString());
      assertThat(ScoringPolicy.named("GOOGLE").name()).isEqualTo("google");
      assertThat(ScoringPolicy.named("Viva-Goals").name()).isEqualTo("viva-goals");
      assertThat(ScoringPolicy.named("ACME-lowest").source()).isEqualTo("ACME Corp.");
      assertThat(ScoringPolicy.named("acme-lowest").name()).isEqualTo("acme-lowest");
    }

    @Test
    void anUnknownNameListsEveryPreset() {
      assertThatIllegalArgumentException().isThrownBy(() -> ScoringPolicy.named("betterworks"))
          .withMessage("scoring policy name must be one of " + ScoringPolicy.names()
              + ", but was 'betterworks'");
      assertThatNullPointerException().isThrownBy(() -> ScoringPolicy.named(null))
          .withMessage("name");
    }

    @Test
    void presetsDifferWhereTheirRulesDo() {
      OkrSet set = set(Q3);
      // weighted: (3 x 0.4 + 1 x 1.0) / 4 = 0.55; mean: 0.7; kr-c unscored is left out
      assertThat(ScoringPolicy.defaults().score(set, MID).progress(ObjectiveId.of("o")).value())
          .isCloseTo(0.55, within(1e-12));
      assertThat(ScoringPolicy.google().score(set, MID).progress(ObjectiveId.of("o")).value())
          .isCloseTo(0.7, within(1e-12));
      // Viva's equal shares count kr-c's third as 0: (0.4 + 1.0 + 0) / 3
      assertThat(ScoringPolicy.vivaGoals().score(set, MID).progress(ObjectiveId.of("o")).value())
          .isCloseTo(1.4 / 3, within(1e-12));
      // Quantive leaves kr-b uncapped: 100 -> 50 at 40 is 1.2
      assertThat(ScoringPolicy.quantive().score(set, MID).progress(KeyResultId.of("kr-b"))
          .value()).isCloseTo(1.2, within(1e-12));
      assertThat(ScoringPolicy.perdoo().score(set, MID).progress(KeyResultId.of("kr-b"))
          .value()).isCloseTo(1.2, within(1e-12));
      assertThat(ScoringPolicy.openOkr().score(set, MID).progress(KeyResultId.of("kr-b"))
          .value()).isEqualTo(1.0);
      assertThat(ScoringPolicy.named("acme-lowest").score(set, MID)
          .progress(ObjectiveId.of("o")).value()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void tunedCopies() {
      ScoringPolicy tuned = ScoringPolicy.openOkr().withStaleness(new Staleness(Cadence.DAILY, 0))
          .withPace(Paces.linear()).withRounding(Rounding.NONE).withScorer(Scorers.standard())
          .withStatusRule(StatusRules.upraise()).withStatusRollUp(StatusRollUps.vivaGoals())
          .withGrader(Graders.atlassian()).withRollUp(RollUps.mean()).withName("mine")
          .withSource("me").withCascade(Cascade.CONTRIBUTING);
      assertThat(tuned.name()).isEqualTo("mine");
      assertThat(tuned.staleness()).isEqualTo(new Staleness(Cadence.DAILY, 0));
      assertThat(tuned.rounding()).isEqualTo(Rounding.NONE);
      assertThat(tuned.notStartedAfterDays()).isEqualTo(7);
      assertThat(tuned.cascade()).isEqualTo(Cascade.CONTRIBUTING);
      assertThat(tuned.withCascade(Cascade.NONE).cascade()).isEqualTo(Cascade.NONE);
      assertThatIllegalArgumentException().isThrownBy(() -> tuned.withName(" "))
          .withMessage("scoring policy name must not be blank, but was ' '");
      assertThatIllegalArgumentException().isThrownBy(() -> ScoringPolicy.builder().from(tuned)
              .notStartedAfterDays(-1).build())
          .withMessage("not-started days must be zero or more, but was -1");
      // zero or more: zero itself is allowed
      assertThat(ScoringPolicy.builder().from(tuned).notStartedAfterDays(0).build()
          .notStartedAfterDays()).isZero();
    }

    @Test
    void notStartedDaysTunedThroughThePolicyType() {
      ScoringPolicy viva = ScoringPolicy.vivaGoals();
      ScoringPolicy patient = viva.withNotStartedAfterDays(14);
      assertThat(patient.notStartedAfterDays()).isEqualTo(14);
      assertThat(viva.notStartedAfterDays()).isEqualTo(7);
      // everything else is Viva's still
      assertThat(patient.withNotStartedAfterDays(7)).isEqualTo(viva);
      assertThat(patient.name()).isEqualTo("viva-goals");
      assertThat(patient.rollUp()).isSameAs(viva.rollUp());
      assertThat(patient.statusRule()).isSameAs(viva.statusRule());
      assertThat(patient.grader()).isSameAs(viva.grader());
      assertThat(patient.staleness()).isEqualTo(viva.staleness());
      assertThat(patient.cascade()).isEqualTo(viva.cascade());
      assertThat(patient.honoursJudgements()).isEqualTo(viva.honoursJudgements());
      assertThat(viva.withNotStartedAfterDays(0).notStartedAfterDays()).isZero();
      assertThatIllegalArgumentException().isThrownBy(() -> viva.withNotStartedAfterDays(-1))
          .withMessage("not-started days must be zero or more, but was -1");
    }

    @Test
    void everyAttributeHasAWitherOnThePolicyType() throws ReflectiveOperationException {
      // an attribute is a public no-argument method the generated class implements; users holding
      // a ScoringPolicy reach a copy with another value only through a wither declared here
      List<String> attributes = new java.util.ArrayList<>();
      for (java.lang.reflect.Method m : ScoringPolicy.class.getDeclaredMethods()) {
        if (java.lang.reflect.Modifier.isPublic(m.getModifiers())
            && !java.lang.reflect.Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() == 0 && m.getReturnType() != void.class
            && !m.getName().equals("toString")) {
          attributes.add(m.getName());
        }
      }
      assertThat(attributes).hasSize(15);
      for (String attribute : attributes) {
        Class<?> type = ScoringPolicy.class.getMethod(attribute).getReturnType();
        String wither = "with" + Character.toUpperCase(attribute.charAt(0))
            + attribute.substring(1);
        assertThat(ScoringPolicy.class.getMethod(wither, type).getReturnType())
            .as(wither).isEqualTo(ScoringPolicy.class);
      }
    }
  }

  @Nested
  class ScoresOfASet {
    @Test
    void statusesAgainstThePace() {
      Scores scores = ScoringPolicy.defaults().score(set(Q3), MID);
      // kr-a 0.4 against 0.5: 10 points behind (Viva) -> BEHIND; kr-b 1.0 -> ON_TRACK
      assertThat(scores.status(KeyResultId.of("kr-a"))).contains(Status.BEHIND);
      assertThat(scores.status(KeyResultId.of("kr-b"))).contains(Status.ON_TRACK);
      // kr-c never checked in, 46 days after the start: NOT_STARTED
      assertThat(scores.status(KeyResultId.of("kr-c"))).contains(Status.NOT_STARTED);
      assertThat(scores.status(ObjectiveId.of("o"))).contains(Status.BEHIND);
      // an objective in an unknown cycle has no status
      assertThat(scores.status(KeyResultId.of("kr-d"))).isEmpty();
      assertThat(scores.status(ObjectiveId.of("lost"))).isEmpty();
      assertThat(scores.keyResultStatusCounts()).containsEntry(Status.BEHIND, 1)
          .containsEntry(Status.ON_TRACK, 1).containsEntry(Status.NOT_STARTED, 1)
          .containsEntry(Status.AT_RISK, 0);
    }

    @Test
    void notStartedOnlyAfterTheGraceDays() {
      Scores early = ScoringPolicy.defaults().score(set(Q3), Q3.start().plusDays(6));
      assertThat(early.status(KeyResultId.of("kr-c"))).isEmpty();
      Scores seventh = ScoringPolicy.defaults().score(set(Q3), Q3.start().plusDays(7));
      assertThat(seventh.status(KeyResultId.of("kr-c"))).contains(Status.NOT_STARTED);
    }

    @Test
    void progressIsStoredAndExplained() {
      Scores scores = ScoringPolicy.defaults().score(set(Q3), MID);
      assertThat(scores.progress(ObjectiveId.of("o")).explanation())
          .isEqualTo("weighted mean of kr-a 0.4 x3, kr-b 1 x1 = 0.55");
      assertThat(scores.progress(ObjectiveId.of("o")).value()).isCloseTo(0.55, within(1e-12));
      assertThat(scores.progress(ObjectiveId.of("lost")).isScored()).isFalse();
      assertThat(scores.progress(ObjectiveId.of("lost")).explanation())
          .isEqualTo("no part is scored");
      assertThat(scores.progress(KeyResultId.of("kr-a")).value()).isEqualTo(0.4);
      assertThat(scores.asOf()).isEqualTo(MID);
      assertThat(scores.set()).isEqualTo(set(Q3));
      assertThat(scores).hasToString("Scores[okr4j as of 2026-08-16, objectives=2,"
          + " keyResults=4]");
      assertThat(scores.explain(ObjectiveId.of("o"))).isEqualTo(
          "o: 0.55 (weighted mean of kr-a 0.4 x3, kr-b 1 x1 = 0.55), status BEHIND (okr4j)\n"
          + "  kr-a: 0.4 (linear: (4 - 0) / (10 - 0) = 0.4), status BEHIND [Viva Goals:"
          + " progress 0.4, expected 0.5055, e - p = 10.5495 points > 0 and <= 25: BEHIND]\n"
          + "  kr-b: 1 (linear: (40 - 100) / (50 - 100) = 1.2, capped to [0, 1] = 1),"
          + " status ON_TRACK [Viva Goals: progress 1, expected 0.5055, e - p = -49.4505 points"
          + " <= 0: ON_TRACK]\n"
          + "  kr-c: not scored (no check-in to read by 2026-08-16), status NOT_STARTED"
          + " [not scored 7 days or more after the cycle began], outdated [staleness (OpenOKR's rule):"
          + " no check-in, cycle start 2026-07-01, next due 2026-07-08 (WEEKLY, the policy's), 39 days overdue"
          + " > 3 days' grace: outdated]\n");
    }

    /**
     * "Rounding is a policy, applied once at the boundary": each number reported is rounded once
     * from the unrounded computation, and roll-ups read unrounded numbers. Two key results, each
     * weighing 1, from {@code start} to {@code target}, read {@code a} and {@code b}.
     */
    @ParameterizedTest(name = "{0}: {1} -> {2} read {3} and {4}: key result {5}, objective {6}")
    @org.junit.jupiter.params.provider.CsvSource({
        // 2/3 = 0.666666.. shows 0.6667; the objective 1/3 shows 0.3333 (from the rounded key
        // results it would be 0.3334)
        "openokr, 0, 3,   2, 0, 0.6667, 0.3333",
        // 0.5 % shows 1 %; the objective 0.25 % shows 0 % (from the rounded 1 % and 0 %: 1 %)
        "shamanr, 0, 200, 1, 0, 0.01,   0.0",
        "oslo,    0, 200, 1, 0, 0.01,   0.0",
        // 1.5 % and 0.5 %: the objective 1 % (from the rounded 2 % and 1 %: 2 %)
        "shamanr, 0, 200, 3, 1, 0.02,   0.01",
        "okr4j,   0, 3,   2, 0, 0.6666666666666666, 0.3333333333333333"})
    void roundingAppliesOnceAtTheBoundary(String name, double start, double target, double a,
        double b, double keyResult, double objective) {
      KeyResult first = KeyResult.of("kr-a", "A", LinearMeasure.of(start, target))
          .withCheckIn(CheckIn.of(MID, a));
      KeyResult second = KeyResult.of("kr-b", "B", LinearMeasure.of(start, target))
          .withCheckIn(CheckIn.of(MID, b));
      Objective o = Objective.builder().id(ObjectiveId.of("o")).title("O")
          .level(LevelScheme.standard().top()).cycle(Q3.id()).addKeyResults(first, second).build();
      Scores scores = ScoringPolicy.named(name)
          .score(OkrSet.builder().addCycles(Q3).addObjectives(o).build(), MID);
      assertThat(scores.progress(KeyResultId.of("kr-a")).value()).isEqualTo(keyResult);
      assertThat(scores.progress(ObjectiveId.of("o")).value()).isEqualTo(objective);
    }

    @Test
    void roundingOnceIsExplainedAtTheEnd() {
      KeyResult first = KeyResult.of("kr-a", "A", LinearMeasure.of(0, 3))
          .withCheckIn(CheckIn.of(MID, 2));
      KeyResult second = KeyResult.of("kr-b", "B", LinearMeasure.of(0, 3))
          .withCheckIn(CheckIn.of(MID, 0));
      Objective o = Objective.builder().id(ObjectiveId.of("o")).title("O")
          .level(LevelScheme.standard().top()).cycle(Q3.id()).addKeyResults(first, second).build();
      Scores scores = ScoringPolicy.openOkr()
          .score(OkrSet.builder().addCycles(Q3).addObjectives(o).build(), MID);
      assertThat(scores.progress(KeyResultId.of("kr-a")).explanation())
          .isEqualTo("linear: (2 - 0) / (3 - 0) = 0.6667, rounded to 2"
              + " decimals of a percent, ties away from zero = 0.6667");
      assertThat(scores.progress(ObjectiveId.of("o")).explanation())
          .isEqualTo("weighted mean of kr-a 0.6667 x1, kr-b 0 x1 = 0.3333, rounded to 2 decimals"
              + " of a percent, ties away from zero = 0.3333");
      // A parent rolls up its contributing child unrounded too: 1/3, not the 0.3334 of before.
      Objective parent = Objective.builder().id(ObjectiveId.of("p")).title("P")
          .level(LevelScheme.standard().top()).cycle(Q3.id()).build();
      Objective child = o.withAlignment(
          org.okr4j.core.Alignment.contributesTo(ObjectiveId.of("p")));
      Scores cascaded = ScoringPolicy.openOkr()
          .score(OkrSet.builder().addCycles(Q3).addObjectives(parent, child).build(), MID);
      assertThat(cascaded.progress(ObjectiveId.of("p")).value()).isEqualTo(0.3333);
    }

    @Test
    void stalenessOnlyWithinTheCycle() {
      Scores during = ScoringPolicy.defaults().score(set(Q3), MID.plusDays(11));
      assertThat(during.isOutdated(KeyResultId.of("kr-a"))).isTrue();
      assertThat(during.isOutdated(KeyResultId.of("kr-d"))).isFalse();
      Scores fresh = ScoringPolicy.defaults().score(set(Q3), MID.plusDays(10));
      assertThat(fresh.isOutdated(KeyResultId.of("kr-a"))).isFalse();
      Scores after = ScoringPolicy.defaults().score(set(Q3), Q3.end().plusDays(30));
      assertThat(after.isOutdated(KeyResultId.of("kr-a"))).isFalse();
    }

    @Test
    void gradesOnceTheCycleIsOver() {
      assertThat(ScoringPolicy.google().score(set(Q3), MID).grade(ObjectiveId.of("o"))).isEmpty();
      Grade late = ScoringPolicy.google().score(set(Q3), Q3.end().plusDays(1))
          .grade(ObjectiveId.of("o")).orElseThrow();
      assertThat(late.band()).isEqualTo("green");
      assertThat(late.flags()).containsExactly("postmortem");
      assertThat(ScoringPolicy.google().score(set(Q3), Q3.end()).grade(ObjectiveId.of("o")))
          .isEmpty();
      Cycle closed = Q3.withState(CycleState.CLOSED);
      assertThat(ScoringPolicy.google().score(set(closed), MID).grade(ObjectiveId.of("o")))
          .isPresent();
      assertThat(ScoringPolicy.google().score(set(Q3.withState(CycleState.ARCHIVED)), MID)
          .grade(ObjectiveId.of("o"))).isPresent();
      assertThat(ScoringPolicy.google().score(set(closed), MID).grade(ObjectiveId.of("lost")))
          .isEmpty();
    }

    @Test
    void anObjectiveWithNothingScoredHasNoGradeThoughItShowsZero() {
      // OpenOKR: "objective score = weighted mean of scored KRs (unscored excluded; none → no
      // score)", while its roll-up shows a goal with nothing scored at 0 %.
      Cycle closed = Q3.withState(CycleState.CLOSED);
      Objective unread = Objective.builder().id(ObjectiveId.of("unread")).title("U")
          .level(LevelScheme.standard().top()).cycle(closed.id())
          .addKeyResults(KeyResult.of("kr-u", "U", LinearMeasure.of(0, 1))).build();
      Objective empty = Objective.builder().id(ObjectiveId.of("empty")).title("E")
          .level(LevelScheme.standard().top()).cycle(closed.id()).build();
      Objective read = Objective.builder().id(ObjectiveId.of("read")).title("R")
          .level(LevelScheme.standard().top()).cycle(closed.id())
          .addKeyResults(KeyResult.of("kr-r", "R", LinearMeasure.of(0, 10))
              .withCheckIn(CheckIn.of(MID, 0)), KeyResult.of("kr-v", "V", LinearMeasure.of(0, 1)))
          .build();
      Scores scores = ScoringPolicy.openOkr().score(
          OkrSet.builder().addCycles(closed).addObjectives(unread, empty, read).build(), MID);
      assertThat(scores.progress(ObjectiveId.of("unread")).value()).isZero();
      assertThat(scores.progress(ObjectiveId.of("empty")).value()).isZero();
      assertThat(scores.grade(ObjectiveId.of("unread"))).isEmpty();
      assertThat(scores.grade(ObjectiveId.of("empty"))).isEmpty();
      // A key result read at its start is scored: 0, little.
      assertThat(scores.grade(ObjectiveId.of("read")).orElseThrow().band()).isEqualTo("little");
      // A final score given to it, or to its key result, is something to grade.
      FinalScore given = FinalScore.of(0.5, PersonId.of("p1"), MID, "graded by hand");
      Scores graded = ScoringPolicy.openOkr().score(OkrSet.builder().addCycles(closed)
          .addObjectives(empty.withFinalScore(given),
              unread.withKeyResult(unread.keyResults().get(0).withFinalScore(given))).build(), MID);
      assertThat(graded.grade(ObjectiveId.of("empty")).orElseThrow().band()).isEqualTo("partial");
      assertThat(graded.grade(ObjectiveId.of("unread")).orElseThrow().band()).isEqualTo("partial");
    }

    @Test
    void rejectsIdsOutsideTheSet() {
      Scores scores = ScoringPolicy.defaults().score(set(Q3), MID);
      assertThatIllegalArgumentException().isThrownBy(() -> scores.progress(ObjectiveId.of("x")))
          .withMessage("objective must be in the scored set, but was x");
      assertThatIllegalArgumentException().isThrownBy(() -> scores.status(KeyResultId.of("x")))
          .withMessage("key result must be in the scored set, but was x");
      assertThatIllegalArgumentException().isThrownBy(() -> scores.progress(KeyResultId.of("x")))
          .withMessage("key result must be in the scored set, but was x");
    }

    @Test
    void storedProgressMatchesTheExplainedOne() {
      OkrSet set = OkrSets.malformed(11, 40);
      for (String name : builtInNames()) {
        Scores scores = ScoringPolicy.named(name).score(set, LocalDate.of(2026, 8, 20));
        for (Objective objective : set.objectives()) {
          // The stored number is the one the explanation's arithmetic arrives at.
          Progress stored = scores.progress(objective.id());
          Progress explained = scores.rolledUpAfresh(set.positionOf(objective.id()));
          assertThat(stored).isEqualTo(explained);
          assertThat(stored.explanation()).isEqualTo(explained.explanation());
          for (KeyResult keyResult : objective.keyResults()) {
            Progress kr = scores.progress(keyResult.id());
            assertThat(kr).isEqualTo(ScoringPolicy.named(name).scorer().rounded(
                scores.policy().rounding()).score(keyResult, scores.asOf()));
          }
        }
      }
    }
  }
}
