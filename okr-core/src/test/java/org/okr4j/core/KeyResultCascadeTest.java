package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.okr4j.core.testing.OkrSets;

/** Key results contributing to key results: the values, the key result's extras and the links. */
class KeyResultCascadeTest {

  private static final Cycle QUARTER = OkrSets.quarter();
  private static final KeyResultId REVENUE = KeyResultId.of("kr-revenue");

  private static KeyResult.Builder keyResult(String id) {
    return KeyResult.builder().id(KeyResultId.of(id)).title("Key result " + id)
        .measure(LinearMeasure.of(0, 100));
  }

  private static KeyResult child(String id, String... parents) {
    KeyResult.Builder builder = keyResult(id);
    for (String parent : parents) {
      builder.addContributions(Contribution.to(KeyResultId.of(parent)));
    }
    return builder.build();
  }

  /** Key results held by objectives of one key result each, in the order given. */
  static OkrSet setOf(List<KeyResult> keyResults) {
    OkrSet.Builder set = OkrSet.builder().addCycles(QUARTER);
    for (KeyResult keyResult : keyResults) {
      set.addObjectives(Objective.builder().id(ObjectiveId.of("o-" + keyResult.id().value()))
          .title("Objective " + keyResult.id().value())
          .level(LevelScheme.standard().level("team")).cycle(QUARTER.id())
          .addKeyResults(keyResult).build());
    }
    return set.build();
  }

  @Nested
  class Contributions {
    @Test
    void carryAWeightAndAnOptionalPinnedShare() {
      Contribution plain = Contribution.to(REVENUE);
      assertThat(plain.parent()).isEqualTo(REVENUE);
      assertThat(plain.weight()).isEqualTo(1.0);
      assertThat(plain.pinnedShare()).isEmpty();
      Contribution pinned = plain.withWeight(2).withPinnedShare(0.6);
      assertThat(pinned.weight()).isEqualTo(2.0);
      assertThat(pinned.pinnedShare()).hasValue(0.6);
      assertThat(pinned.withoutPinnedShare()).isEqualTo(plain.withWeight(2));
      assertThat(pinned).hasToString("contributes to kr-revenue x2.0 pinned 0.6");
      assertThat(plain).hasToString("contributes to kr-revenue");
    }

    @Test
    void rejectBrokenNumbersNamingTheAttribute() {
      Contribution plain = Contribution.to(REVENUE);
      assertThatThrownBy(() -> plain.withWeight(-1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("contribution weight");
      assertThatThrownBy(() -> plain.withWeight(Double.NaN))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contribution weight");
      assertThatThrownBy(() -> plain.withPinnedShare(1.01))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("contribution pinned share").hasMessageContaining("1.01");
      assertThatThrownBy(() -> plain.withPinnedShare(-0.1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> plain.withPinnedShare(Double.NaN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("contribution pinned share");
      assertThat(plain.withPinnedShare(0).pinnedShare()).hasValue(0);
      assertThat(plain.withPinnedShare(1).pinnedShare()).hasValue(1);
    }

    @Test
    void areEqualByParentWeightAndShare() {
      new EqualsTester()
          .addEqualityGroup(Contribution.to(REVENUE), Contribution.to(REVENUE).withWeight(1))
          .addEqualityGroup(Contribution.to(KeyResultId.of("kr-other")))
          .addEqualityGroup(Contribution.to(REVENUE).withWeight(2))
          .addEqualityGroup(Contribution.to(REVENUE).withPinnedShare(0.5),
              Contribution.to(REVENUE).withPinnedShare(0.5))
          .addEqualityGroup(Contribution.to(REVENUE).withPinnedShare(0.4))
          .addEqualityGroup(Contribution.to(REVENUE).withPinnedShare(0),
              Contribution.to(REVENUE).withPinnedShare(-0.0))
          .testEquals();
    }
  }

  @Nested
  class OnAKeyResult {
    @Test
    void areEmptyUnlessSet() {
      KeyResult plain = keyResult("kr-a").build();
      assertThat(plain.contributions()).isEmpty();
      assertThat(plain.rollUp()).isEmpty();
      assertThat(plain.toString()).doesNotContain("contributions").doesNotContain("rollUp");
    }

    @Test
    void areKeptCopiedAndShown() {
      KeyResult kr = keyResult("kr-a").addContributions(Contribution.to(REVENUE).withWeight(2))
          .rollUp(KeyResultRollUp.MEAN_PROGRESS).build();
      assertThat(kr.contributions()).containsExactly(Contribution.to(REVENUE).withWeight(2));
      assertThat(kr.rollUp()).contains(KeyResultRollUp.MEAN_PROGRESS);
      assertThat(KeyResult.builder().from(kr).build()).isEqualTo(kr).hasSameHashCodeAs(kr);
      assertThat(kr.toString()).contains("contributions=[contributes to kr-revenue x2.0]")
          .contains("rollUp=MEAN_PROGRESS");
      KeyResult other = kr.withContributions(List.of(Contribution.to(KeyResultId.of("kr-b"))))
          .withRollUp(KeyResultRollUp.SUM_OF_VALUES);
      assertThat(other.contributions()).containsExactly(Contribution.to(KeyResultId.of("kr-b")));
      assertThat(other.rollUp()).contains(KeyResultRollUp.SUM_OF_VALUES);
      assertThat(KeyResult.builder().from(kr).rollUp(java.util.Optional.empty()).build().rollUp())
          .isEmpty();
      assertThat(KeyResult.builder().from(kr).contributions(List.of()).build().contributions())
          .isEmpty();
      assertThat(keyResult("kr-a").addContributions(Contribution.to(REVENUE),
          Contribution.to(KeyResultId.of("kr-b"))).build().contributions()).hasSize(2);
    }

    @Test
    void makeKeyResultsDifferAndHashAsBefore() {
      KeyResult plain = keyResult("kr-a").build();
      KeyResult linked = plain.withContributions(List.of(Contribution.to(REVENUE)));
      KeyResult rolling = plain.withRollUp(KeyResultRollUp.SUM_OF_VALUES);
      new EqualsTester().addEqualityGroup(plain, keyResult("kr-a").build())
          .addEqualityGroup(linked).addEqualityGroup(rolling)
          .addEqualityGroup(rolling.withRollUp(KeyResultRollUp.WEIGHTED_PROGRESS))
          .testEquals();
      // The extras' slot alone (a cadence) hashes as before: contributions add only when set.
      KeyResult cadenced = plain.withCadence(Cadence.WEEKLY);
      assertThat(cadenced.hashCode()).isNotEqualTo(plain.hashCode());
      assertThat(rolling.hashCode()).isNotEqualTo(plain.hashCode());
      assertThat(linked.hashCode()).isNotEqualTo(plain.hashCode());
    }

    @Test
    void rejectALinkToItselfAndAParentTwice() {
      assertThatThrownBy(() -> child("kr-a", "kr-a")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("key result contributions")
          .hasMessageContaining("not lead to the key result itself");
      assertThatThrownBy(() -> keyResult("kr-a").addContributions(Contribution.to(REVENUE),
          Contribution.to(REVENUE).withWeight(2)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("key result contributions");
    }
  }

  @Nested
  class Links {
    @Test
    void resolveOnceWithChildrenInIdOrderAndDanglingLinksAtMinusOne() {
      OkrSet set = setOf(List.of(child("kr-z", "kr-p"), keyResult("kr-p").build(),
          child("kr-b", "kr-p", "kr-gone")));
      OkrLinks links = set.links();
      int z = set.positionOf(KeyResultId.of("kr-z"));
      int p = set.positionOf(KeyResultId.of("kr-p"));
      int b = set.positionOf(KeyResultId.of("kr-b"));
      assertThat(links.keyResultLinkCount()).isEqualTo(3);
      assertThat(links.keyResultLinkEnd(b) - links.keyResultLinkStart(b)).isEqualTo(2);
      assertThat(links.keyResultLinkParent(links.keyResultLinkStart(b))).isEqualTo(p);
      assertThat(links.keyResultLinkParent(links.keyResultLinkStart(b) + 1)).isEqualTo(-1);
      assertThat(links.keyResultLinkStart(p)).isEqualTo(links.keyResultLinkEnd(p));
      List<Integer> children = new ArrayList<>();
      for (int s = links.keyResultChildSlotStart(p); s < links.keyResultChildSlotEnd(p); s++) {
        children.add(links.keyResultLinkChild(links.keyResultChildLink(s)));
      }
      assertThat(children).containsExactly(b, z);
      assertThat(links.keyResultParentCount()).isEqualTo(1);
      assertThat(links.keyResultParentInOrder(0)).isEqualTo(p);
      assertThat(links.keyResultLoops()).isEmpty();
      assertThat(links.objectiveOfKeyResult(b)).isEqualTo(2);
    }

    @Test
    void costNothingWithoutContributions() {
      OkrLinks links = setOf(List.of(keyResult("kr-a").build())).links();
      assertThat(links.keyResultLinkCount()).isZero();
      assertThat(links.keyResultLinkStart(0)).isZero();
      assertThat(links.keyResultLinkEnd(0)).isZero();
      assertThat(links.keyResultChildSlotStart(0)).isZero();
      assertThat(links.keyResultChildSlotEnd(0)).isZero();
      assertThat(links.keyResultParentCount()).isZero();
      assertThat(links.keyResultLoops()).isEmpty();
    }

    @Test
    void findTheObjectiveOfAKeyResultPastObjectivesWithout() {
      OkrSet set = OkrSet.builder().addCycles(QUARTER)
          .addObjectives(objective("o-1").addKeyResults(keyResult("kr-1").build()).build())
          .addObjectives(objective("o-2").build())
          .addObjectives(objective("o-3").build())
          .addObjectives(objective("o-4").addKeyResults(keyResult("kr-4").build(),
              keyResult("kr-5").build()).build())
          .build();
      OkrLinks links = set.links();
      assertThat(links.objectiveOfKeyResult(0)).isZero();
      assertThat(links.objectiveOfKeyResult(1)).isEqualTo(3);
      assertThat(links.objectiveOfKeyResult(2)).isEqualTo(3);
      assertThatThrownBy(() -> links.objectiveOfKeyResult(3))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> links.objectiveOfKeyResult(-1))
          .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void breakARingAtItsHighestIdWhateverTheOrder() {
      List<KeyResult> ring = new ArrayList<>(List.of(child("kr-a", "kr-b"), child("kr-b", "kr-c"),
          child("kr-c", "kr-a"), child("kr-d", "kr-a")));
      for (int turn = 0; turn < 4; turn++) {
        Collections.rotate(ring, 1);
        OkrSet set = setOf(ring);
        OkrLinks links = set.links();
        assertThat(links.keyResultLoops()).containsExactly(List.of(KeyResultId.of("kr-a"),
            KeyResultId.of("kr-b"), KeyResultId.of("kr-c")));
        assertThat(leftOut(set)).containsExactly("kr-c -> kr-a");
        // c -> a left out: a after d alone, then b, then c.
        assertThat(order(set)).containsExactly("kr-a", "kr-b", "kr-c");
      }
    }

    @Test
    void breakNestedRingsUntilNothingLoops() {
      // a <-> b and b <-> c share b: one group; c (highest) loses c -> b, then b loses b -> a.
      OkrSet set = setOf(List.of(child("kr-a", "kr-b"), child("kr-b", "kr-a", "kr-c"),
          child("kr-c", "kr-b")));
      assertThat(set.links().keyResultLoops()).hasSize(1);
      assertThat(leftOut(set)).containsExactly("kr-b -> kr-a", "kr-c -> kr-b");
      // Kept: a -> b, b -> c; a has no kept child, so a, then b, then c.
      assertThat(order(set)).containsExactly("kr-a", "kr-b", "kr-c");
    }
  }

  @Test
  @Tag("slow") // a large group kills no mutant the small rings miss; the mutation gate skips it
  void breakADenseGroupInOnePassKeepingOnlyLinksThatClimbInId() {
    // 20 000 key results, each contributing to the next and to the previous: one group in which
    // every link down in id is left out and every link up is kept, so the chain climbs.
    int n = 20_000;
    List<KeyResult> keyResults = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      List<String> parents = new ArrayList<>();
      if (k + 1 < n) {
        parents.add(String.format("kr-%05d", k + 1));
      }
      if (k > 0) {
        parents.add(String.format("kr-%05d", k - 1));
      }
      keyResults.add(child(String.format("kr-%05d", k), parents.toArray(new String[0])));
    }
    Collections.shuffle(keyResults, new Random(7));
    OkrSet set = setOf(keyResults);
    OkrLinks links = set.links();
    assertThat(links.keyResultLoops()).hasSize(1);
    assertThat(links.keyResultLoops().get(0)).hasSize(n).isSorted();
    List<KeyResult> all = all(set);
    int kept = 0;
    for (int l = 0; l < links.keyResultLinkCount(); l++) {
      String child = all.get(links.keyResultLinkChild(l)).id().value();
      String parent = all.get(links.keyResultLinkParent(l)).id().value();
      assertThat(links.closesLoop(l)).isEqualTo(child.compareTo(parent) > 0);
      kept += links.closesLoop(l) ? 0 : 1;
    }
    assertThat(kept).isEqualTo(n - 1);
    // Acyclic: every key result is a parent (kr-00000 of a left-out link), each placed after its
    // kept child, so children first is id order.
    assertThat(order(set)).hasSize(n).isSorted();
    // Children in id order: kr-00001 hears from kr-00000 and kr-00002, in that order.
    int middle = set.positionOf(KeyResultId.of("kr-00001"));
    List<String> children = new ArrayList<>();
    for (int c = links.keyResultChildSlotStart(middle); c < links.keyResultChildSlotEnd(middle);
        c++) {
      children.add(all.get(links.keyResultLinkChild(links.keyResultChildLink(c))).id().value());
    }
    assertThat(children).containsExactly("kr-00000", "kr-00002");
  }

  @Test
  void breakEveryDownwardLinkOfAGroupEvenWhereNoSimpleRingNeedsIt() {
    // a -> b, a -> c, b -> c and c -> a: one group, whose only down link is c -> a.
    OkrSet set = setOf(List.of(child("kr-a", "kr-b", "kr-c"), child("kr-b", "kr-c"),
        child("kr-c", "kr-a")));
    assertThat(leftOut(set)).containsExactly("kr-c -> kr-a");
    // With b -> a too, both down links go, though the rings a-b and a-c-... share a; the kept
    // a -> b, a -> c and b -> c only climb.
    OkrSet both = setOf(List.of(child("kr-a", "kr-b", "kr-c"), child("kr-b", "kr-a", "kr-c"),
        child("kr-c", "kr-a")));
    assertThat(leftOut(both)).containsExactly("kr-b -> kr-a", "kr-c -> kr-a");
    assertThat(order(both)).containsExactly("kr-a", "kr-b", "kr-c");
    // A ring whose ids do not climb all the way round loses one link per step down: in
    // a -> c -> b -> a both c -> b and b -> a go (rounds would have dropped c -> b alone).
    OkrSet zigzag = setOf(List.of(child("kr-a", "kr-c"), child("kr-c", "kr-b"),
        child("kr-b", "kr-a")));
    assertThat(leftOut(zigzag)).containsExactly("kr-b -> kr-a", "kr-c -> kr-b");
    assertThat(zigzag.links().keyResultLoops()).hasSize(1);
  }

  private static Objective.Builder objective(String id) {
    return Objective.builder().id(ObjectiveId.of(id)).title("Objective " + id)
        .level(LevelScheme.standard().level("team")).cycle(QUARTER.id());
  }

  private static List<String> leftOut(OkrSet set) {
    OkrLinks links = set.links();
    List<String> out = new ArrayList<>();
    List<KeyResult> all = all(set);
    for (int l = 0; l < links.keyResultLinkCount(); l++) {
      if (links.closesLoop(l)) {
        out.add(all.get(links.keyResultLinkChild(l)).id().value() + " -> "
            + all.get(links.keyResultLinkParent(l)).id().value());
      }
    }
    Collections.sort(out);
    return out;
  }

  private static List<String> order(OkrSet set) {
    OkrLinks links = set.links();
    List<KeyResult> all = all(set);
    List<String> order = new ArrayList<>();
    for (int r = 0; r < links.keyResultParentCount(); r++) {
      order.add(all.get(links.keyResultParentInOrder(r)).id().value());
    }
    return order;
  }

  private static List<KeyResult> all(OkrSet set) {
    List<KeyResult> all = new ArrayList<>();
    set.objectives().forEach(o -> all.addAll(o.keyResults()));
    return all;
  }

  /** A random web of contributions among n key results, some dangling, from a seed. */
  static List<KeyResult> web(long seed, int n) {
    return OkrSets.contributionWeb(seed, n, (random, id) -> keyResult(id)
        .addCheckIns(CheckIn.of(LocalDate.of(2026, 8, 3), random.nextInt(150) - 20)));
  }

  @Test
  void loopsAreBrokenOnceAndTheSameWhateverTheOrder() {
    qt(200).forAll(longs().all(), integers().between(1, 14)).checkAssert((seed, n) -> {
      List<KeyResult> keyResults = web(seed, n);
      OkrSet set = setOf(keyResults);
      List<KeyResult> shuffled = new ArrayList<>(keyResults);
      Collections.shuffle(shuffled, new Random(seed + 1));
      OkrSet other = setOf(shuffled);
      assertThat(other.links().keyResultLoops()).isEqualTo(set.links().keyResultLoops());
      assertThat(leftOut(other)).isEqualTo(leftOut(set));
      OkrLinks links = set.links();
      // Every key result in at most one loop, each loop of two or more.
      Set<KeyResultId> seen = new java.util.HashSet<>();
      for (List<KeyResultId> loop : links.keyResultLoops()) {
        assertThat(loop).hasSizeGreaterThan(1).isSorted();
        for (KeyResultId id : loop) {
          assertThat(seen.add(id)).isTrue();
        }
      }
      // Children first: every kept link leads from a key result placed before its parent, and
      // every parent is placed once.
      Map<Integer, Integer> rank = new HashMap<>();
      for (int r = 0; r < links.keyResultParentCount(); r++) {
        assertThat(rank.put(links.keyResultParentInOrder(r), r)).isNull();
      }
      for (int l = 0; l < links.keyResultLinkCount(); l++) {
        int parent = links.keyResultLinkParent(l);
        if (parent < 0) {
          continue;
        }
        assertThat(rank).containsKey(parent);
        int child = links.keyResultLinkChild(l);
        if (!links.closesLoop(l) && rank.containsKey(child)) {
          assertThat(rank.get(child)).isLessThan(rank.get(parent));
        }
      }
      // A link is left out only inside a loop.
      Set<KeyResultId> looped = seen;
      List<KeyResult> all = all(set);
      for (int l = 0; l < links.keyResultLinkCount(); l++) {
        if (links.closesLoop(l)) {
          assertThat(looped).contains(all.get(links.keyResultLinkChild(l)).id(),
              all.get(links.keyResultLinkParent(l)).id());
        }
      }
    });
  }
}
