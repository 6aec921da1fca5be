package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.Theories.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.testing.OkrSets;

class OkrLinksTest {

  private static final LevelScheme LEVELS = LevelScheme.standard();
  private static final Cycle QUARTER = OkrSets.quarter();

  private static Objective.Builder objective(String id, String level, String unit) {
    return Objective.builder().id(ObjectiveId.of(id)).title("Title " + id)
        .level(LEVELS.level(level)).cycle(QUARTER.id()).owner(OrgUnitId.of(unit));
  }

  private static KeyResult keyResult(String id) {
    return KeyResult.builder().id(KeyResultId.of(id)).title("Key result " + id)
        .measure(LinearMeasure.of(0, 10)).build();
  }

  /** o-co (company) has kr-a, kr-b; o-web aligns to kr-b and relates to o-co; o-x dangles. */
  private static OkrSet set() {
    Organization org = Organization.builder().levels(LEVELS)
        .addUnits(OrgUnit.of("co", "Co", LEVELS.level("company")))
        .addUnits(OrgUnit.of("web", "Web", LEVELS.level("team"), OrgUnitId.of("co")))
        .addPeople(Person.of("cy", "Cy", OrgUnitId.of("web")))
        .build();
    return OkrSet.builder().organization(org).addCycles(QUARTER)
        .addObjectives(objective("o-web", "team", "web")
            .addAlignments(Alignment.of(KeyResultId.of("kr-b"), AlignmentKind.CONTRIBUTES, 2))
            .addAlignments(Alignment.of(ObjectiveId.of("o-co"), AlignmentKind.RELATES_TO, 1))
            .build())
        .addObjectives(objective("o-co", "company", "co").addKeyResults(keyResult("kr-a"),
            keyResult("kr-b")).build())
        .addObjectives(objective("o-x", "individual", "web").owner(PersonId.of("cy"))
            .addAlignments(Alignment.of(ObjectiveId.of("o-gone"), AlignmentKind.SUPPORTS, 1))
            .addAlignments(Alignment.contributesTo(ObjectiveId.of("o-web")))
            .build())
        .build();
  }

  @Test
  void resolvesEachLinkOnceIntoEdges() {
    OkrSet set = set();
    OkrLinks links = set.links();
    assertThat(set.links()).isSameAs(links);
    assertThat(links.objectiveCount()).isEqualTo(3);
    assertThat(links.keyResultCount()).isEqualTo(2);
    assertThat(links.edgeCount()).isEqualTo(2);
    // o-web -> kr-b, held by o-co
    assertThat(links.parentCount(0)).isEqualTo(1);
    int edge = links.parentEdgeStart(0);
    assertThat(links.parentOf(edge)).isEqualTo(1);
    assertThat(links.childOf(edge)).isZero();
    assertThat(links.keyResultOf(edge)).isEqualTo(1);
    assertThat(links.kindOf(edge)).isEqualTo(AlignmentKind.CONTRIBUTES);
    assertThat(links.weightOf(edge)).isEqualTo(2.0);
    // o-x -> o-web; its link to o-gone dangles
    int xEdge = links.parentEdgeStart(2);
    assertThat(links.parentEdgeEnd(2) - xEdge).isEqualTo(1);
    assertThat(links.parentOf(xEdge)).isZero();
    assertThat(links.keyResultOf(xEdge)).isEqualTo(-1);
    assertThat(links.danglingLinks()).containsExactly(new DanglingLink(ObjectiveId.of("o-x"),
        ObjectiveId.of("o-gone"), AlignmentKind.SUPPORTS));
    assertThat(links.isVerticallyLinked(2)).isTrue();
    assertThat(links.isVerticallyLinked(1)).isFalse();
    // every link, resolved or not, by position
    assertThat(links.linkEnd(2) - links.linkStart(2)).isEqualTo(2);
    assertThat(links.linkedObjective(links.linkStart(2))).isEqualTo(-1);
    assertThat(links.linkedObjective(links.linkStart(0))).isEqualTo(1);
    assertThat(links.linkedKeyResult(links.linkStart(0))).isEqualTo(1);
    assertThat(links.linkedKeyResult(links.linkStart(0) + 1)).isEqualTo(-1);
    // children, per parent
    assertThat(links.childCount(1)).isEqualTo(1);
    assertThat(links.childOf(links.childEdge(links.childSlotStart(1)))).isZero();
    assertThat(links.childCount(0)).isEqualTo(1);
    assertThat(links.childSlotEnd(2) - links.childSlotStart(2)).isZero();
    // horizontal
    assertThat(links.horizontalCount()).isEqualTo(1);
    assertThat(links.horizontalEnd(0) - links.horizontalStart(0)).isEqualTo(1);
    assertThat(links.horizontalTarget(links.horizontalStart(0))).isEqualTo(1);
    assertThat(links.firstKeyResult(1)).isZero();
    assertThat(links.firstKeyResult(2)).isEqualTo(2);
    assertThat(links.toString())
        .isEqualTo("OkrLinks[objectives=3, vertical=2, horizontal=1, dangling=1]");
  }

  @Test
  void knowsTheUnitsThatOwnObjectives() {
    OkrLinks links = set().links();
    assertThat(links.unitCount()).isEqualTo(2);
    assertThat(links.ownerUnitOf(0)).isEqualTo(1);
    assertThat(links.ownerUnitOf(1)).isZero();
    assertThat(links.ownerUnitOf(2)).isEqualTo(1); // cy's first unit
    assertThat(links.unitParentOf(1)).isZero();
    assertThat(links.unitParentOf(0)).isEqualTo(-1);
    assertThat(links.isUnitAncestor(0, 1)).isTrue();
    assertThat(links.isUnitAncestor(1, 0)).isFalse();
    assertThat(links.isUnitAncestor(1, 1)).isFalse();
  }

  /**
   * The index guesses four key results per objective and the links one link per objective (at
   * least 16 of each) and grows past a wrong guess, keeping what it read before: after an
   * objective with one key result, one with 40 key results, another with 40 links, one more with
   * 20 of each.
   */
  @Test
  void growPastTheirFirstGuessOfKeyResultsAndLinks() {
    Objective.Builder first = objective("o-first", "company", "co")
        .addKeyResults(keyResult("kr-first"));
    Objective.Builder wide = objective("o-wide", "company", "co");
    Objective.Builder linked = objective("o-linked", "team", "co");
    Objective.Builder both = objective("o-both", "team", "co");
    for (int k = 0; k < 40; k++) {
      wide.addKeyResults(keyResult("kr-" + k));
      linked.addAlignments(Alignment.of(KeyResultId.of("kr-" + k), AlignmentKind.SUPPORTS, k + 2));
    }
    for (int k = 0; k < 20; k++) {
      both.addKeyResults(keyResult("kr-both-" + k))
          .addAlignments(Alignment.of(KeyResultId.of("kr-" + (39 - k)), AlignmentKind.CONTRIBUTES,
              k + 1));
    }
    OkrSet set = OkrSet.builder().addCycles(QUARTER)
        .addObjectives(first.build(), wide.build(), linked.build(), both.build()).build();
    OkrLinks links = set.links();
    assertThat(set.keyResultCount()).isEqualTo(61);
    assertThat(List.of(links.firstKeyResult(1), links.firstKeyResult(2), links.firstKeyResult(3),
        links.firstKeyResult(4))).containsExactly(1, 41, 41, 61);
    assertThat(set.keyResultIdAt(0)).isEqualTo(KeyResultId.of("kr-first"));
    assertThat(set.positionOf(KeyResultId.of("kr-first"))).isZero();
    assertThat(set.objectivePositionOf(KeyResultId.of("kr-first"))).isZero();
    assertThat(set.objectivePositionOf(KeyResultId.of("kr-both-0"))).isEqualTo(3);
    for (int k = 0; k < 40; k++) {
      assertThat(set.keyResultIdAt(1 + k)).isEqualTo(KeyResultId.of("kr-" + k));
      assertThat(set.positionOf(KeyResultId.of("kr-" + k))).isEqualTo(1 + k);
      assertThat(links.objectiveOfKeyResult(1 + k)).isEqualTo(1);
    }
    for (int k = 0; k < 20; k++) {
      assertThat(set.positionOf(KeyResultId.of("kr-both-" + k))).isEqualTo(41 + k);
      assertThat(links.objectiveOfKeyResult(41 + k)).isEqualTo(3);
    }
    assertThat(List.of(links.linkStart(2), links.linkEnd(2), links.linkEnd(3)))
        .containsExactly(0, 40, 60);
    assertThat(links.edgeCount()).isEqualTo(60);
    assertThat(links.danglingLinks()).isEmpty();
    for (int l = 0; l < 40; l++) {
      assertThat(links.linkedObjective(l)).isEqualTo(1);
      assertThat(links.linkedKeyResult(l)).isEqualTo(1 + l);
    }
    for (int e = links.parentEdgeStart(2); e < links.parentEdgeEnd(2); e++) {
      int k = e - links.parentEdgeStart(2);
      assertThat(links.childOf(e)).isEqualTo(2);
      assertThat(links.keyResultOf(e)).isEqualTo(1 + k);
      assertThat(links.kindOf(e)).isEqualTo(AlignmentKind.SUPPORTS);
      assertThat(links.weightOf(e)).isEqualTo(k + 2);
    }
    for (int e = links.parentEdgeStart(3); e < links.parentEdgeEnd(3); e++) {
      int k = e - links.parentEdgeStart(3);
      assertThat(links.childOf(e)).isEqualTo(3);
      assertThat(links.keyResultOf(e)).isEqualTo(40 - k);
      assertThat(links.kindOf(e)).isEqualTo(AlignmentKind.CONTRIBUTES);
      assertThat(links.weightOf(e)).isEqualTo(k + 1);
    }
    assertThat(links.childCount(1)).isEqualTo(60);
  }

  @Test
  void growArraysByHalfOrToWhatIsNeeded() {
    assertThat(SetIndex.grown(16, 17)).isEqualTo(24);
    assertThat(SetIndex.grown(16, 40)).isEqualTo(40);
    assertThat(SetIndex.grown(Integer.MAX_VALUE - 100, Integer.MAX_VALUE - 90))
        .isEqualTo(Integer.MAX_VALUE - 8);
    assertThat(SetIndex.grown(16, Integer.MAX_VALUE - 8)).isEqualTo(Integer.MAX_VALUE - 8);
    assertThatThrownBy(() -> SetIndex.grown(16, Integer.MAX_VALUE - 7))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set size");
  }

  @Test
  void listsObjectivesInIdOrder() {
    OkrLinks links = set().links();
    assertThat(List.of(links.inIdOrder(0), links.inIdOrder(1), links.inIdOrder(2)))
        .containsExactly(1, 0, 2); // o-co, o-web, o-x
    OkrLinks sorted = OkrSets.chain(3).links();
    assertThat(List.of(sorted.inIdOrder(0), sorted.inIdOrder(1), sorted.inIdOrder(2)))
        .containsExactly(0, 1, 2);
  }

  @Test
  void agreeWithTheLinksTheySaySoOnEveryGeneratedSet() {
    qt(200).forAll(OkrSets.any(12)).checkAssert(set -> {
      OkrLinks links = set.links();
      List<Objective> objectives = set.objectives();
      int edges = 0;
      int dangling = 0;
      int[] children = new int[objectives.size()];
      for (int o = 0; o < objectives.size(); o++) {
        Objective objective = objectives.get(o);
        List<Integer> expected = new ArrayList<>();
        for (Alignment link : objective.alignments()) {
          int target = link.target() instanceof ObjectiveId id ? set.positionOf(id)
              : set.objectivePositionOf((KeyResultId) link.target());
          if (target < 0) {
            dangling++;
          } else if (link.kind().isVertical()) {
            expected.add(target);
            children[target]++;
          }
        }
        List<Integer> actual = new ArrayList<>();
        for (int e = links.parentEdgeStart(o); e < links.parentEdgeEnd(o); e++) {
          assertThat(links.childOf(e)).isEqualTo(o);
          actual.add(links.parentOf(e));
        }
        assertThat(actual).isEqualTo(expected);
        edges += expected.size();
      }
      assertThat(links.edgeCount()).isEqualTo(edges);
      assertThat(links.danglingLinks()).hasSize(dangling);
      for (int o = 0; o < objectives.size(); o++) {
        assertThat(links.childCount(o)).isEqualTo(children[o]);
        for (int s = links.childSlotStart(o); s < links.childSlotEnd(o); s++) {
          assertThat(links.parentOf(links.childEdge(s))).isEqualTo(o);
        }
      }
      int[] order = new int[objectives.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = links.inIdOrder(i);
        if (i > 0) {
          assertThat(objectives.get(order[i - 1]).id()).isLessThan(objectives.get(order[i]).id());
        }
      }
      Arrays.sort(order);
      for (int i = 0; i < order.length; i++) {
        assertThat(order[i]).isEqualTo(i);
      }
    });
  }
}
