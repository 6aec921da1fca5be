package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OkrSetTest {

  static final LocalDate DAY = LocalDate.of(2026, 8, 3);

  static OkrSet sample() {
    Objective company = Objective.builder().id(ObjectiveId.of("o-company")).title("Grow")
        .level(LevelScheme.standard().top()).cycle(CycleId.of("2026-Q3"))
        .addKeyResults(KeyResult.of("kr-rev", "Revenue to 5M", LinearMeasure.of(4, 5)))
        .build();
    Objective delight = Objective.builder().from(ObjectiveTest.delight())
        .keyResults(java.util.List.of(KeyResultTest.nps().withCheckIn(CheckIn.of(DAY, 38)),
            KeyResult.of("kr-launch", "Ship the survey", MilestoneMeasure.of())))
        .build();
    return OkrSet.builder()
        .organization(OrganizationTest.acme())
        .addCycles(Cycle.parse("2026"), Cycle.parse("2026-Q3"), Cycle.parse("2026-Q4"))
        .addObjectives(company, delight)
        .build();
  }

  @Nested
  class Lookups {
    @Test
    void findsEverythingById() {
      OkrSet set = sample();
      assertThat(set.objective(ObjectiveId.of("o-delight"))).map(Objective::title)
          .contains("Delight our customers");
      assertThat(set.objective(ObjectiveId.of("nope"))).isEmpty();
      assertThat(set.keyResult(KeyResultId.of("kr-launch"))).map(KeyResult::title)
          .contains("Ship the survey");
      assertThat(set.keyResult(KeyResultId.of("kr-rev"))).map(KeyResult::title)
          .contains("Revenue to 5M");
      assertThat(set.keyResult(KeyResultId.of("nope"))).isEmpty();
      assertThat(set.objectiveOf(KeyResultId.of("kr-nps"))).map(Objective::id)
          .contains(ObjectiveId.of("o-delight"));
      assertThat(set.objectiveOf(KeyResultId.of("nope"))).isEmpty();
      assertThat(set.cycle(CycleId.of("2026-Q4"))).contains(Cycle.parse("2026-Q4"));
      assertThat(set.cycle(CycleId.of("2027"))).isEmpty();
      assertThat(set.positionOf(ObjectiveId.of("o-delight"))).isEqualTo(1);
      assertThat(set.positionOf(ObjectiveId.of("nope"))).isEqualTo(-1);
      assertThat(set.positionOf(KeyResultId.of("kr-rev"))).isZero();
      assertThat(set.positionOf(KeyResultId.of("kr-nps"))).isEqualTo(1);
      assertThat(set.positionOf(KeyResultId.of("kr-launch"))).isEqualTo(2);
      assertThat(set.positionOf(KeyResultId.of("nope"))).isEqualTo(-1);
      assertThat(set.objectivePositionOf(KeyResultId.of("kr-rev"))).isZero();
      assertThat(set.objectivePositionOf(KeyResultId.of("kr-launch"))).isEqualTo(1);
      assertThat(set.objectivePositionOf(KeyResultId.of("nope"))).isEqualTo(-1);
      assertThat(set.keyResultCount()).isEqualTo(3);
    }

    @Test
    void keepsDanglingReferences() {
      OkrSet set = sample();
      assertThat(set.contains(ObjectiveId.of("o-company"))).isTrue();
      assertThat(set.contains(ObjectiveId.of("o-ops"))).isFalse();
      assertThat(set.contains(KeyResultId.of("kr-nps"))).isTrue();
      assertThat(set.contains(KeyResultId.of("kr-x"))).isFalse();
    }

    @Test
    void listsTheObjectivesOfACycle() {
      assertThat(sample().objectivesIn(CycleId.of("2026-Q3"))).hasSize(2);
      assertThat(sample().objectivesIn(CycleId.of("2026-Q4"))).isEmpty();
    }

    @Test
    void emptySetAndSummary() {
      assertThat(OkrSet.empty().objectives()).isEmpty();
      assertThat(OkrSet.empty().keyResultCount()).isZero();
      assertThat(sample()).hasToString("OkrSet[Organization[levels=company > department > team >"
          + " individual, units=5, people=2], cycles=3, objectives=2, keyResults=3]");
    }
  }

  @Nested
  class Rejects {
    @Test
    void duplicateIds() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> OkrSet.builder().from(sample().withCycle(Cycle.parse("2027")))
              .addCycles(Cycle.parse("2027")).build())
          .withMessage("cycles must not contain duplicates, but was 2027");
    }

    @Test
    void duplicateObjectivesAndKeyResults() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> OkrSet.builder().addObjectives(ObjectiveTest.delight(),
              ObjectiveTest.delight()).build())
          .withMessage("objectives must not contain duplicates, but was o-delight");
      Objective twin = Objective.builder().from(ObjectiveTest.delight())
          .id(ObjectiveId.of("o-twin")).build();
      assertThatIllegalArgumentException()
          .isThrownBy(() -> OkrSet.builder().addObjectives(ObjectiveTest.delight(), twin).build())
          .withMessage("key results must not contain duplicates across objectives, but was kr-nps");
    }

    @ParameterizedTest
    @CsvSource({"3, 250", "63, 64", "64, 127", "0, 299", "200, 201"})
    void duplicatesWhereverTheyLieAmongManyIds(int first, int second) {
      // The index hashes ids in blocks of 64 before inserting them: repeats within one block, on
      // either side of a block's end and blocks apart are all found, objectives' and key results'.
      assertThatIllegalArgumentException()
          .isThrownBy(() -> many(position -> "o" + (position == second ? first : position),
              position -> "kr" + position))
          .withMessage("objectives must not contain duplicates, but was o" + first);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> many(position -> "o" + position,
              position -> "kr" + (position == 2 * second + 1 ? 2 * first : position)))
          .withMessage("key results must not contain duplicates across objectives, but was kr"
              + 2 * first);
      OkrSet set = many(position -> "o" + position, position -> "kr" + position);
      for (int position = 0; position < 300; position++) {
        assertThat(set.positionOf(ObjectiveId.of("o" + position))).isEqualTo(position);
        assertThat(set.positionOf(KeyResultId.of("kr" + (2 * position + 1))))
            .isEqualTo(2 * position + 1);
      }
    }

    /** 300 objectives of two key results each, ids named by their positions. */
    private OkrSet many(IntFunction<String> objectiveId, IntFunction<String> keyResultId) {
      OkrSet.Builder set = OkrSet.builder();
      for (int o = 0; o < 300; o++) {
        set.addObjectives(Objective.builder().from(ObjectiveTest.delight())
            .id(ObjectiveId.of(objectiveId.apply(o))).keyResults(List.of(
                KeyResult.of(keyResultId.apply(2 * o), "Raise NPS", LinearMeasure.of(0, 1)),
                KeyResult.of(keyResultId.apply(2 * o + 1), "Cut churn", LinearMeasure.of(0, 1))))
            .build());
      }
      return set.build();
    }
  }

  @Nested
  class Edits {
    @Test
    void withReplacesOrAppendsAndWithoutRemoves() {
      OkrSet set = sample();
      Objective renamed = set.objective(ObjectiveId.of("o-company")).get().withTitle("Grow fast");
      OkrSet edited = set.with(renamed);
      assertThat(edited.objectives()).hasSize(2);
      assertThat(edited.objective(renamed.id())).contains(renamed);
      Objective extra = Objective.builder().from(renamed).id(ObjectiveId.of("o-extra"))
          .keyResults(java.util.List.of()).build();
      assertThat(edited.with(extra).objectives()).hasSize(3);
      OkrSet smaller = set.without(ObjectiveId.of("o-company"));
      assertThat(smaller.objectives()).extracting(Objective::id)
          .containsExactly(ObjectiveId.of("o-delight"));
      assertThat(smaller.contains(ObjectiveId.of("o-company"))).isFalse();
      assertThat(set.without(ObjectiveId.of("nope")).objectives()).hasSize(2);
    }

    @Test
    void withCycleAndOrganization() {
      OkrSet set = sample().withCycle(Cycle.parse("2026-Q3").withState(CycleState.ACTIVE));
      assertThat(set.cycles()).hasSize(3);
      assertThat(set.cycle(CycleId.of("2026-Q3"))).map(Cycle::state).contains(CycleState.ACTIVE);
      assertThat(set.withCycle(Cycle.parse("2027")).cycles()).hasSize(4);
      assertThat(set.withOrganization(Organization.empty()).organization())
          .isEqualTo(Organization.empty());
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(sample(), sample())
          .addEqualityGroup(OkrSet.empty(), OkrSet.builder().build())
          .addEqualityGroup(sample().without(ObjectiveId.of("o-company")))
          .testEquals();
    }
  }

  @Nested
  class CarryOver {
    @Test
    void copiesTheObjectiveIntoTheNextCycle() {
      OkrSet next = sample().carryOver(ObjectiveId.of("o-delight"), CycleId.of("2026-Q4"));
      Objective original = next.objective(ObjectiveId.of("o-delight")).orElseThrow();
      Objective copy = next.objective(ObjectiveId.of("o-delight@2026-Q4")).orElseThrow();
      assertThat(original.state()).isEqualTo(ObjectiveState.CARRIED_OVER);
      assertThat(copy.state()).isEqualTo(ObjectiveState.ACTIVE);
      assertThat(copy.cycle()).isEqualTo(CycleId.of("2026-Q4"));
      assertThat(copy.carriedOverFrom()).contains(ObjectiveId.of("o-delight"));
      assertThat(copy.alignments()).isEqualTo(original.alignments());
      assertThat(copy.keyResults()).extracting(KeyResult::id)
          .containsExactly(KeyResultId.of("kr-nps@2026-Q4"), KeyResultId.of("kr-launch@2026-Q4"));
      assertThat(copy.keyResults()).allSatisfy(kr -> assertThat(kr.checkIns()).isEmpty());
      assertThat(next.objectives()).hasSize(3);
    }

    @Test
    void leavesTheOldCyclesJudgementsGradesAndWaypointsBehindButKeepsTheCadence() {
      PersonId lead = PersonId.of("p-lead");
      LocalDate graded = LocalDate.of(2026, 9, 30);
      Objective delight = sample().objective(ObjectiveId.of("o-delight")).orElseThrow();
      KeyResult nps = delight.keyResults().get(0).withCadence(Cadence.BIWEEKLY)
          .withWaypoints(java.util.List.of(Waypoint.of(LocalDate.of(2026, 8, 31), 40)))
          .withJudgement(Judgement.ofProgress(0.5, lead, graded, "survey delayed"))
          .withFinalScore(FinalScore.of(0.6, lead, graded, "most of the way"));
      Objective judged = Objective.builder().from(delight)
          .keyResults(java.util.List.of(nps, delight.keyResults().get(1))).build()
          .withJudgement(Judgement.ofProgress(0.4, lead, graded, "late start"))
          .withFinalScore(FinalScore.of(0.5, lead, graded, "half"));
      OkrSet next = sample().with(judged).carryOver(ObjectiveId.of("o-delight"),
          CycleId.of("2026-Q4"));
      Objective copy = next.objective(ObjectiveId.of("o-delight@2026-Q4")).orElseThrow();
      assertThat(copy.judgement()).isEmpty();
      assertThat(copy.finalScore()).isEmpty();
      KeyResult copied = copy.keyResults().get(0);
      assertThat(copied.judgement()).isEmpty();
      assertThat(copied.finalScore()).isEmpty();
      assertThat(copied.waypoints()).isEmpty();
      assertThat(copied.cadence()).contains(Cadence.BIWEEKLY);
      Objective original = next.objective(ObjectiveId.of("o-delight")).orElseThrow();
      assertThat(original.finalScore()).isPresent();
      assertThat(original.keyResults().get(0).waypoints()).hasSize(1);
    }

    @Test
    void keepsContributionsInsideTheObjectiveRenamedAndDropsThoseLeavingIt() {
      Objective delight = sample().objective(ObjectiveId.of("o-delight")).orElseThrow();
      KeyResult nps = delight.keyResults().get(0).withRollUp(KeyResultRollUp.SUM_OF_VALUES);
      KeyResult launch = delight.keyResults().get(1).withContributions(java.util.List.of(
          Contribution.to(nps.id()).withWeight(2).withPinnedShare(0.25),
          Contribution.to(KeyResultId.of("kr-rev"))));
      OkrSet before = sample().with(Objective.builder().from(delight)
          .keyResults(java.util.List.of(nps, launch)).build());
      OkrSet next = before.carryOver(ObjectiveId.of("o-delight"), CycleId.of("2026-Q4"));
      KeyResult copied = next.keyResult(KeyResultId.of("kr-launch@2026-Q4")).orElseThrow();
      assertThat(copied.contributions()).containsExactly(
          Contribution.to(KeyResultId.of("kr-nps@2026-Q4")).withWeight(2).withPinnedShare(0.25));
      assertThat(next.keyResult(KeyResultId.of("kr-nps@2026-Q4")).orElseThrow().rollUp())
          .contains(KeyResultRollUp.SUM_OF_VALUES);
      // The original keeps its links: the old cycle's cascade is as it was.
      assertThat(next.keyResult(launch.id()).orElseThrow().contributions())
          .isEqualTo(launch.contributions());
    }

    @Test
    void restartsLinearKeyResultsFromTheirCurrentValue() {
      OkrSet next = sample().carryOver(ObjectiveId.of("o-delight"), CycleId.of("2026-Q4"));
      KeyResult nps = next.keyResult(KeyResultId.of("kr-nps@2026-Q4")).orElseThrow();
      assertThat(nps.measure()).isEqualTo(LinearMeasure.of(38, 45, Direction.INCREASE));
      KeyResult unchanged = next.keyResult(KeyResultId.of("kr-rev")).orElseThrow();
      assertThat(unchanged.measure()).isEqualTo(LinearMeasure.of(4, 5));
      OkrSet company = sample().carryOver(ObjectiveId.of("o-company"), CycleId.of("2026-Q4"),
          id -> id + "-next");
      assertThat(company.keyResult(KeyResultId.of("kr-rev-next")).orElseThrow().measure())
          .isEqualTo(LinearMeasure.of(4, 5));
    }

    @Test
    void rejectsUnknownObjectivesCyclesAndTakenIds() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> sample().carryOver(ObjectiveId.of("nope"), CycleId.of("2026-Q4")))
          .withMessage("carried-over objective must be in the set, but was nope");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> sample().carryOver(ObjectiveId.of("o-delight"), CycleId.of("2030")))
          .withMessage("carry-over cycle must be in the set, but was 2030");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> sample().carryOver(ObjectiveId.of("o-delight"), CycleId.of("2026-Q4"),
              id -> id.equals("o-delight") ? "o-company" : id + "!"))
          .withMessage("objectives must not contain duplicates, but was o-company");
    }
  }
}
