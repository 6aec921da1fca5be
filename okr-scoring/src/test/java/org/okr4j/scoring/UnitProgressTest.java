package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.PersonId;
import org.okr4j.core.Share;

/**
 * Per-unit roll-ups: a unit's own and co-owned objectives at weight 1, shared ones at the share's
 * weight. Every objective here has one key result from 0 to 10, so its progress is the reading
 * over 10.
 */
class UnitProgressTest {

  static final Cycle Q3 = Cycle.parse("2026-Q3");
  static final LocalDate AS_OF = Q3.start().plusDays(40);
  static final OrgUnitId OPS = OrgUnitId.of("ops");
  static final OrgUnitId SALES = OrgUnitId.of("sales");

  static Objective.Builder objective(String id, double reading) {
    KeyResult kr = KeyResult.of("kr-" + id, "Move " + id, LinearMeasure.of(0, 10));
    if (!Double.isNaN(reading)) {
      kr = kr.withCheckIn(CheckIn.of(Q3.start().plusDays(5), reading));
    }
    return Objective.builder().id(ObjectiveId.of(id)).title("Objective " + id)
        .level(LevelScheme.standard().level("department")).cycle(Q3.id()).addKeyResults(kr);
  }

  static Map<OrgUnitId, Progress> units(Objective.Builder... objectives) {
    OkrSet.Builder set = OkrSet.builder().addCycles(Q3);
    for (Objective.Builder objective : objectives) {
      set.addObjectives(objective.build());
    }
    return ScoringPolicy.defaults().score(set.build(), AS_OF).unitProgress(Q3.id());
  }

  @Test
  void weighsSharedObjectivesByTheirShare() {
    Map<OrgUnitId, Progress> units = units(
        objective("o-ops", 4).owner(OPS),
        objective("o-ship", 8).owner(SALES).addSharedWith(Share.of(OPS, 0.5)),
        objective("o-joint", 2).owner(PersonId.of("ana")).addCoOwners(SALES));
    assertThat(units.keySet()).containsExactly(OPS, SALES);
    // ops: (0.4 x1 + 0.8 x0.5) / 1.5
    assertThat(units.get(OPS).value()).isCloseTo(0.8 / 1.5, within(1e-12));
    assertThat(units.get(OPS).explanation()).isEqualTo("weighted mean over ops's objectives in"
        + " 2026-Q3: o-ops 0.4 x1, o-ship 0.8 x0.5 = 0.8 / 1.5");
    // sales owns o-ship and co-owns o-joint: (0.8 + 0.2) / 2
    assertThat(units.get(SALES).value()).isCloseTo(0.5, within(1e-12));
  }

  /** A unit's progress is rounded once, from its objectives' unrounded progress. */
  @Test
  void roundsOnceByThePolicysRounding() {
    OkrSet set = OkrSet.builder().addCycles(Q3).addObjectives(
        objective("o-ops", 4.045).owner(OPS).build(),
        objective("o-ship", 8).owner(SALES).addSharedWith(Share.of(OPS, 0.5)).build(),
        objective("o-idle", Double.NaN).owner(OrgUnitId.of("hr")).build()).build();
    Map<OrgUnitId, Progress> units = ScoringPolicy.defaults()
        .withRounding(Rounding.HALF_AWAY_FROM_ZERO_WHOLE_PERCENT).score(set, AS_OF)
        .unitProgress(Q3.id());
    assertThat(units.keySet()).containsExactly(OrgUnitId.of("hr"), OPS, SALES);
    // ops: (0.4045 x1 + 0.8 x0.5) / 1.5 = 0.5363 -> 0.54, its objective read unrounded (rounded
    // first, 0.40, it would be 0.5333 -> 0.53)
    assertThat(units.get(OPS).value()).isEqualTo(0.54);
    assertThat(units.get(OPS).explanation()).startsWith("weighted mean over ops's objectives in"
        + " 2026-Q3: o-ops 0.4045 x1").endsWith(" = 0.54");
    assertThat(units.get(SALES).value()).isEqualTo(0.8);
    assertThat(units.get(OrgUnitId.of("hr")).isScored()).isFalse();
    assertThatThrownBy(() -> units.put(OPS, Progress.of(1, "edited")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void leavesOutWhatIsNotScoredAndOtherCycles() {
    Map<OrgUnitId, Progress> units = units(
        objective("o-ops", 6).owner(OPS),
        objective("o-blank", Double.NaN).owner(OPS),
        objective("o-later", 1).owner(OPS).cycle(CycleId.of("2026-Q4")),
        objective("o-idle", Double.NaN).owner(SALES));
    assertThat(units.get(OPS).value()).isCloseTo(0.6, within(1e-12));
    assertThat(units.get(OPS).explanation()).contains("o-blank not scored x1")
        .doesNotContain("o-later");
    assertThat(units.get(SALES).isScored()).isFalse();
    assertThat(units.get(SALES).explanation()).isEqualTo("none of sales's objectives in 2026-Q3"
        + " is scored: o-idle not scored x1");
  }

  @Test
  void explainsInIdOrderWhateverTheSetsOrder() {
    Map<OrgUnitId, Progress> units = units(
        objective("o-zed", 2).owner(OPS),
        objective("o-alpha", 4).owner(SALES).addSharedWith(Share.of(OPS, 1)));
    assertThat(units.get(OPS).explanation()).isEqualTo("weighted mean over ops's objectives in"
        + " 2026-Q3: o-alpha 0.4 x1, o-zed 0.2 x1 = 0.6 / 2");
  }

  @Test
  void growsPastItsFirstFewObjectives() {
    Objective.Builder[] many = new Objective.Builder[5];
    for (int i = 0; i < many.length; i++) {
      many[i] = objective("o-" + i, 2 * i).owner(OPS);
    }
    assertThat(units(many).get(OPS).value()).isCloseTo(0.4, within(1e-12));
    assertThat(units(objective("o", 1)).isEmpty()).as("no unit owner, no unit").isTrue();
  }
}
