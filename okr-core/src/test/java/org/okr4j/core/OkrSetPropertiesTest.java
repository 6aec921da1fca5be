package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.Theories.qt;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.okr4j.core.testing.OkrSets;

/** Invariants of {@link OkrSet} over generated valid and malformed sets. */
class OkrSetPropertiesTest {

  @Test
  void everyObjectiveAndKeyResultIsFoundByItsId() {
    qt(100).forAll(OkrSets.any(30)).checkAssert(set -> {
      int keyResults = 0;
      for (int i = 0; i < set.objectives().size(); i++) {
        Objective objective = set.objectives().get(i);
        assertThat(set.objective(objective.id())).contains(objective);
        assertThat(set.positionOf(objective.id())).isEqualTo(i);
        for (KeyResult keyResult : objective.keyResults()) {
          assertThat(set.keyResult(keyResult.id())).contains(keyResult);
          assertThat(set.objectiveOf(keyResult.id())).contains(objective);
          assertThat(set.positionOf(keyResult.id())).isEqualTo(keyResults);
          keyResults++;
        }
      }
      assertThat(set.keyResultCount()).isEqualTo(keyResults);
    });
  }

  @Test
  void aLookupFindsOnlyWhatTheSetHolds() {
    qt(100).forAll(OkrSets.malformed(20)).checkAssert(set -> {
      Set<AlignmentTarget> held = new HashSet<>();
      set.objectives().forEach(o -> {
        held.add(o.id());
        o.keyResults().forEach(kr -> held.add(kr.id()));
      });
      for (Objective objective : set.objectives()) {
        for (Alignment link : objective.alignments()) {
          assertThat(set.contains(link.target())).isEqualTo(held.contains(link.target()));
        }
      }
    });
  }

  @Test
  void generatedSetsAreDeterministicInTheirSeed() {
    assertThat(OkrSets.valid(42, 25)).isEqualTo(OkrSets.valid(42, 25));
    assertThat(OkrSets.malformed(42, 25)).isEqualTo(OkrSets.malformed(42, 25));
    assertThat(OkrSets.valid(42, 25)).isNotEqualTo(OkrSets.valid(43, 25));
  }

  @Test
  void editsKeepTheIndexRight() {
    qt(50).forAll(OkrSets.valid(20)).checkAssert(set -> {
      Objective first = set.objectives().get(0);
      OkrSet without = set.without(first.id());
      assertThat(without.objective(first.id())).isEmpty();
      first.keyResults().forEach(kr -> assertThat(without.keyResult(kr.id())).isEmpty());
      assertThat(without.with(first).objective(first.id())).contains(first);
    });
  }

  @Test
  @Tag("slow") // kills no mutant the small sets miss; the mutation gate skips it
  void buildsAChainAndALoopAMillionLong() {
    OkrSet chain = OkrSets.chain(1_000_000);
    assertThat(chain.objectives()).hasSize(1_000_000);
    assertThat(chain.objective(ObjectiveId.of("chain-999999")).orElseThrow().parents())
        .containsExactly(ObjectiveId.of("chain-999998"));
    OkrSet loop = OkrSets.loop(1_000_000);
    assertThat(loop.objective(ObjectiveId.of("loop-999999")).orElseThrow().parents())
        .containsExactly(ObjectiveId.of("loop-0"));
    assertThat(loop.toString()).contains("objectives=1000000");
  }
}
