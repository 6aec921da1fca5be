package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CheckInsDueTest {

  static final LocalDate ON = LocalDate.of(2026, 8, 20);

  static KeyResult kr(String id, Cadence cadence, CheckIn... checkIns) {
    KeyResult.Builder builder = KeyResult.builder().id(KeyResultId.of(id)).title("Key result " + id)
        .measure(LinearMeasure.of(0, 100)).addCheckIns(checkIns);
    if (cadence != null) {
      builder.cadence(cadence);
    }
    return builder.build();
  }

  static CheckIn on(int month, int day, double value) {
    return CheckIn.of(LocalDate.of(2026, month, day), value);
  }

  static OkrSet set() {
    Objective running = Objective.builder().id(ObjectiveId.of("o-run")).title("Run")
        .level(LevelScheme.standard().top()).cycle(CycleId.of("2026-Q3"))
        .state(ObjectiveState.ACTIVE)
        .addKeyResults(
            kr("kr-policy", null, on(7, 20, 1), on(8, 3, 2)),
            kr("kr-monthly", Cadence.MONTHLY, on(8, 3, 2)),
            kr("kr-none", Cadence.NONE, on(7, 2, 2)),
            kr("kr-never", null),
            kr("kr-future", null, on(8, 15, 1e-7), on(8, 25, 3)),
            kr("kr-five", Cadence.ofDays(5),
                CheckIn.builder().date(LocalDate.of(2026, 8, 15)).value(4).note("slow").build()))
        .build();
    Objective achieved = Objective.builder().id(ObjectiveId.of("o-done")).title("Done")
        .level(LevelScheme.standard().top()).cycle(CycleId.of("2026-Q3"))
        .state(ObjectiveState.ACHIEVED).addKeyResults(kr("kr-done", null)).build();
    Objective later = Objective.builder().id(ObjectiveId.of("o-later")).title("Later")
        .level(LevelScheme.standard().top()).cycle(CycleId.of("2026-Q4"))
        .addKeyResults(kr("kr-later", null)).build();
    Objective lost = Objective.builder().id(ObjectiveId.of("o-lost")).title("Lost")
        .level(LevelScheme.standard().top()).cycle(CycleId.of("2031-Q1"))
        .addKeyResults(kr("kr-lost", null)).build();
    return OkrSet.builder().addCycles(Cycle.parse("2026-Q3"), Cycle.parse("2026-Q4"))
        .addObjectives(running, achieved, later, lost).build();
  }

  @Nested
  class On {
    @Test
    void listsTheKeyResultsOfRunningObjectivesPastTheirDueDayInSetOrder() {
      assertThat(CheckInsDue.on(set(), ON, Cadence.WEEKLY)).containsExactly(
          new CheckInDue(KeyResultId.of("kr-policy"), Optional.of(LocalDate.of(2026, 8, 3)),
              LocalDate.of(2026, 8, 10), Cadence.WEEKLY),
          new CheckInDue(KeyResultId.of("kr-never"), Optional.empty(),
              LocalDate.of(2026, 7, 8), Cadence.WEEKLY),
          new CheckInDue(KeyResultId.of("kr-five"), Optional.of(LocalDate.of(2026, 8, 15)),
              LocalDate.of(2026, 8, 20), Cadence.ofDays(5)));
    }

    @Test
    void aKeyResultsOwnCadenceGoesAheadOfTheDefault() {
      assertThat(CheckInsDue.on(set(), ON, Cadence.NONE)).extracting(CheckInDue::keyResult)
          .containsExactly(KeyResultId.of("kr-five"));
      assertThat(CheckInsDue.on(set(), LocalDate.of(2026, 9, 3), Cadence.NONE))
          .extracting(CheckInDue::keyResult)
          .containsExactly(KeyResultId.of("kr-monthly"), KeyResultId.of("kr-five"));
      assertThat(CheckInsDue.on(set(), ON, Cadence.QUARTERLY)).extracting(CheckInDue::keyResult)
          .containsExactly(KeyResultId.of("kr-five"));
    }

    @Test
    void countsNoCheckInAfterTheDayAndNothingBeforeItIsDue() {
      assertThat(CheckInsDue.on(set(), LocalDate.of(2026, 8, 21), Cadence.WEEKLY))
          .extracting(CheckInDue::keyResult).doesNotContain(KeyResultId.of("kr-future"));
      assertThat(CheckInsDue.on(set(), LocalDate.of(2026, 8, 22), Cadence.WEEKLY))
          .filteredOn(due -> due.keyResult().equals(KeyResultId.of("kr-future")))
          .singleElement().satisfies(due -> {
            assertThat(due.lastCheckIn()).contains(LocalDate.of(2026, 8, 15));
            assertThat(due.due()).isEqualTo(LocalDate.of(2026, 8, 22));
          });
      assertThat(CheckInsDue.on(set(), LocalDate.of(2026, 7, 5), Cadence.WEEKLY)).isEmpty();
      assertThat(CheckInsDue.on(OkrSet.empty(), ON, Cadence.WEEKLY)).isEmpty();
    }

    @Test
    void leavesOutClosedCycles() {
      OkrSet closed = set().withCycle(Cycle.parse("2026-Q3").withState(CycleState.CLOSED));
      assertThat(CheckInsDue.on(closed, ON, Cadence.WEEKLY)).isEmpty();
    }

    @Test
    void neverAsksAKeyResultRolledUpFromItsChildren() {
      // After o-run's six key results: kr-dept rolls kr-team up, so takes no check-in of its own;
      // kr-alone has a roll-up but no child, and kr-team no roll-up: both are asked.
      Objective cascade = Objective.builder().id(ObjectiveId.of("o-cascade")).title("Cascade")
          .level(LevelScheme.standard().top()).cycle(CycleId.of("2026-Q3"))
          .addKeyResults(
              kr("kr-dept", null).withRollUp(KeyResultRollUp.MEAN_PROGRESS),
              kr("kr-team", null, on(8, 3, 2))
                  .withContributions(List.of(Contribution.to(KeyResultId.of("kr-dept")))),
              kr("kr-alone", null).withRollUp(KeyResultRollUp.MEAN_PROGRESS))
          .build();
      OkrSet set = OkrSet.builder().from(set()).addObjectives(cascade).build();
      assertThat(CheckInsDue.on(set, ON, Cadence.WEEKLY)).extracting(CheckInDue::keyResult)
          .containsExactly(KeyResultId.of("kr-policy"), KeyResultId.of("kr-never"),
              KeyResultId.of("kr-five"), KeyResultId.of("kr-team"), KeyResultId.of("kr-alone"));
    }

    @Test
    void answersAnUnmodifiableList() {
      List<CheckInDue> due = CheckInsDue.on(set(), ON, Cadence.WEEKLY);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> due.remove(0))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
