package org.okr4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.CycleId;
import org.okr4j.core.Direction;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Owner;
import org.okr4j.core.PersonId;
import org.okr4j.core.Unit;
import org.okr4j.core.testing.OkrSets;

class SetColumnsTest {

  private static KeyResult.Builder kr(String id) {
    return KeyResult.builder().id(KeyResultId.of(id)).title("Move " + id)
        .measure(LinearMeasure.of(0, 10));
  }

  private static Objective.Builder objective(String id, String cycle) {
    return Objective.builder().id(ObjectiveId.of(id)).title("Objective " + id)
        .level(LevelScheme.standard().level("team")).cycle(CycleId.of(cycle));
  }

  @Test
  void numbersOwnersAndCyclesInTheOrderFirstMet() {
    // a's owner, its co-owner, then its key results' own owners; a person and a unit named
    // alike are two owners.
    List<Objective> objectives = List.of(
        objective("a", "q2").owner(PersonId.of("x")).addCoOwners(OrgUnitId.of("x"))
            .addKeyResults(kr("k1").build(), kr("k2").owner(PersonId.of("y")).build()).build(),
        objective("b", "q1").addKeyResults(kr("k3").build()).build(),
        objective("c", "q2").owner(PersonId.of("y")).build());
    SetColumns columns = SetColumns.of(objectives);

    assertThat(columns.ownerCount()).isEqualTo(3);
    assertThat(List.of(0, 1, 2)).extracting(columns::owner)
        .containsExactly(PersonId.of("x"), OrgUnitId.of("x"), PersonId.of("y"));
    assertThat(List.of(0, 1, 2)).extracting(columns::isPerson).containsExactly(true, false, true);
    assertThat(List.of(0, 1, 2)).extracting(columns::objectiveOwner).containsExactly(0, -1, 2);
    // k1 takes its objective's owner, k2 has its own, k3 has none.
    assertThat(List.of(0, 1, 2)).extracting(columns::keyResultOwner).containsExactly(0, 2, -1);
    assertThat(columns.ownerNumber(OrgUnitId.of("x"))).isEqualTo(1);
    assertThat(columns.ownerNumber(PersonId.of("nobody"))).isEqualTo(-1);
    assertThat(List.of(0, 1, 2)).extracting(columns::cycle).containsExactly(0, 1, 0);
    assertThat(columns.cycleCount()).isEqualTo(2);
    assertThat(columns.cycleId(1)).isEqualTo(CycleId.of("q1"));
    // k1 is ownerless under a co-owned objective; k2 has an owner of its own.
    assertThat(List.of(0, 1, 2)).extracting(columns::isCoOwned).containsExactly(true, false,
        false);
    assertThat(List.of(0, 1, 2)).extracting(columns::hasCoOwners).containsExactly(true, false,
        false);
  }

  @Test
  void encodesALinearMeasureAsItsUnitAndDirection() {
    List<Objective> objectives = List.of(objective("a", "q1").addKeyResults(
        kr("k1").measure(LinearMeasure.of(0, 5).withUnit(Unit.percent())).build(),
        kr("k2").measure(MilestoneMeasure.of()).build(),
        kr("k3").measure(LinearMeasure.of(5, 0, Direction.DECREASE)).build(),
        kr("k4").measure(LinearMeasure.of(0, 8).withUnit(Unit.percent())).build()).build());
    SetColumns columns = SetColumns.of(objectives);

    assertThat(List.of(0, 1, 2, 3)).extracting(columns::linear)
        .containsExactly(1, SetColumns.NOT_LINEAR, 2, 1);
    assertThat(columns.unit(0)).isEqualTo(Unit.percent());
    assertThat(columns.unit(1)).isEqualTo(Unit.number());
  }

  @Test
  void agreeWithTheObjectivesAndKeyResultsTheyWereReadFrom() {
    qt(200).forAll(OkrSets.sharedOwnership(12)).checkAssert(set -> {
      SetColumns columns = SetColumns.of(set.objectives());
      List<Owner> met = assertAgree(set.objectives(), columns);
      // Every owner met, each once, in the order first met.
      assertThat(numbered(columns)).containsExactlyElementsOf(met.stream().distinct().toList());
    });
  }

  @Test
  void aReaderReadsTheSameColumnsInAnyOrder() {
    // As a check's walk reads them: objectives in another order, titles numbered a chunk at a
    // time, each chunk's numbers known before the next is read.
    qt(200).forAll(OkrSets.sharedOwnership(12), integers().between(1, 5))
        .checkAssert((set, chunk) -> {
          List<Objective> objectives = set.objectives();
          int[] first = new int[objectives.size()];
          for (int o = 1; o < objectives.size(); o++) {
            first[o] = first[o - 1] + objectives.get(o - 1).keyResults().size();
          }
          SetColumns.Reader reader = new SetColumns.Reader(objectives.size(),
              set.keyResultCount());
          for (int o = objectives.size() - 1; o >= 0; o--) {
            reader.read(o, objectives.get(o), first[o]);
            if (o % chunk == 0) {
              reader.flushTitles();
              TitleNumbers soFar = reader.titlesSoFar();
              for (int k = 0; k < objectives.get(o).keyResults().size(); k++) {
                assertThat(soFar.title(soFar.number(first[o] + k)))
                    .isEqualTo(objectives.get(o).keyResults().get(k).title());
              }
            }
          }
          SetColumns columns = reader.finish();
          List<Owner> met = assertAgree(objectives, columns);
          assertThat(numbered(columns))
              .containsExactlyInAnyOrderElementsOf(met.stream().distinct().toList());
        });
  }

  @Test
  void aReaderRefusesToFinishBeforeEveryObjectiveIsRead() {
    List<Objective> objectives = List.of(objective("a", "q1").addKeyResults(kr("k1").build())
        .build(), objective("b", "q1").build());
    SetColumns.Reader reader = new SetColumns.Reader(2, 1);
    reader.read(1, objectives.get(1), 1);
    assertThatThrownBy(reader::finish).isInstanceOf(IllegalStateException.class)
        .hasMessage("read 1 of 2 objectives");
    reader.read(0, objectives.get(0), 0);
    assertThat(reader.finish().keyResultTitles().title(0)).isEqualTo("Move k1");
  }

  /** Asserts what the columns say of each objective and key result; the owners in order met. */
  private static List<Owner> assertAgree(List<Objective> objectives, SetColumns columns) {
    assertThat(columns.keyResultTitles().size())
        .isEqualTo(objectives.stream().mapToInt(o -> o.keyResults().size()).sum());
    List<Owner> met = new ArrayList<>();
    int q = 0;
    for (int o = 0; o < objectives.size(); o++) {
      Objective objective = objectives.get(o);
      assertThat(owner(columns, columns.objectiveOwner(o))).isEqualTo(objective.owner()
          .orElse(null));
      assertThat(columns.cycleId(columns.cycle(o))).isEqualTo(objective.cycle());
      assertThat(columns.hasCoOwners(o)).isEqualTo(!objective.coOwners().isEmpty());
      objective.owner().ifPresent(met::add);
      met.addAll(objective.coOwners());
      for (KeyResult kr : objective.keyResults()) {
        assertThat(columns.keyResultTitles().title(columns.keyResultTitles().number(q)))
            .isEqualTo(kr.title());
        assertThat(owner(columns, columns.keyResultOwner(q)))
            .isEqualTo(kr.owner().or(objective::owner).orElse(null));
        List<Owner> carrying = kr.owner().isPresent() || !kr.coOwners().isEmpty()
            ? kr.coOwners() : objective.coOwners();
        assertThat(columns.isCoOwned(q)).isEqualTo(!carrying.isEmpty());
        if (kr.measure() instanceof LinearMeasure m) {
          assertThat(columns.unit(columns.linear(q) >>> 1)).isEqualTo(m.unit());
          assertThat(columns.linear(q) & 1).isEqualTo(m.direction() == Direction.INCREASE
              ? 1 : 0);
        } else {
          assertThat(columns.linear(q)).isEqualTo(SetColumns.NOT_LINEAR);
        }
        kr.owner().ifPresent(met::add);
        met.addAll(kr.coOwners());
        q++;
      }
    }
    return met;
  }

  /** The owners by number, each numbered as its number says. */
  private static List<Owner> numbered(SetColumns columns) {
    List<Owner> numbered = new ArrayList<>();
    for (int n = 0; n < columns.ownerCount(); n++) {
      numbered.add(columns.owner(n));
      assertThat(columns.ownerNumber(columns.owner(n))).isEqualTo(n);
      assertThat(columns.isPerson(n)).isEqualTo(columns.owner(n) instanceof PersonId);
    }
    return numbered;
  }

  private static Owner owner(SetColumns columns, int number) {
    return number < 0 ? null : columns.owner(number);
  }
}
