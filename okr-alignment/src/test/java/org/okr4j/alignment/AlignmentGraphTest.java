package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.okr4j.alignment.Fixtures.COMPANY;
import static org.okr4j.alignment.Fixtures.DEPARTMENT;
import static org.okr4j.alignment.Fixtures.TEAM;
import static org.okr4j.alignment.Fixtures.objective;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.DanglingLink;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.testing.OkrSets;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationResult;
import org.okr4j.core.validation.Violation;

class AlignmentGraphTest {

  static ObjectiveId id(String value) {
    return ObjectiveId.of(value);
  }

  static final OkrSet SET = Fixtures.set(
      objective("c1", COMPANY, "co"),
      objective("c2", COMPANY, "co"),
      objective("d1", DEPARTMENT, "sales", "c1", "c2"),
      objective("t1", TEAM, "emea", "d1")
          .addAlignments(Fixtures.link(id("c2"), AlignmentKind.DEPENDS_ON)),
      objective("t2", TEAM, "emea")
          .addAlignments(Fixtures.link(Fixtures.kr("d1"), AlignmentKind.SUPPORTS),
              Fixtures.link(id("ghost"), AlignmentKind.CONTRIBUTES),
              Fixtures.link(KeyResultId.of("kr-ghost"), AlignmentKind.RELATES_TO)),
      objective("x", TEAM, "web"));

  @Test
  void answersStructuralQueries() {
    AlignmentGraph graph = AlignmentGraph.of(SET);
    assertThat(graph.size()).isEqualTo(6);
    assertThat(graph.set()).isSameAs(SET);
    assertThat(graph.parents(id("d1"))).containsExactly(id("c1"), id("c2"));
    assertThat(graph.parents(id("t2"))).containsExactly(id("d1"));
    assertThat(graph.children(id("d1"))).containsExactly(id("t1"), id("t2"));
    assertThat(graph.children(id("x"))).isEmpty();
    assertThat(graph.ancestors(id("t1"))).containsExactly(id("d1"), id("c1"), id("c2"));
    assertThat(graph.descendants(id("c1"))).containsExactly(id("d1"), id("t1"), id("t2"));
    assertThat(graph.roots()).containsExactly(id("c1"), id("c2"), id("x"));
    assertThat(graph.pathToTop(id("t1"))).containsExactly(id("t1"), id("d1"), id("c1"));
    assertThat(graph.pathToTop(KeyResultId.of("kr-t2"))).containsExactly(id("t2"), id("d1"),
        id("c1"));
    assertThat(graph.components()).containsExactly(
        List.of(id("c1"), id("c2"), id("d1"), id("t1"), id("t2")), List.of(id("x")));
    assertThat(graph.verticalLinkCount()).isEqualTo(4);
    assertThat(graph.horizontalLinkCount()).isEqualTo(1);
    assertThat(graph.danglingLinks()).containsExactly(
        new DanglingLink(id("t2"), id("ghost"), AlignmentKind.CONTRIBUTES),
        new DanglingLink(id("t2"), KeyResultId.of("kr-ghost"), AlignmentKind.RELATES_TO));
    assertThat(graph).hasToString(
        "AlignmentGraph[objectives=6, vertical=4, horizontal=1, dangling=2]");
  }

  @Test
  void rejectsIdsOutsideTheSet() {
    AlignmentGraph graph = AlignmentGraph.of(SET);
    assertThatIllegalArgumentException().isThrownBy(() -> graph.parents(id("nope")))
        .withMessage("objective must be in the graph's set, but was nope");
    assertThatIllegalArgumentException().isThrownBy(() -> graph.pathToTop(KeyResultId.of("nope")))
        .withMessage("key result must be in the graph's set, but was nope");
  }

  @Test
  void loopsStopTheLineOfSight() {
    OkrSet loop = OkrSets.loop(4);
    AlignmentGraph graph = AlignmentGraph.of(loop);
    assertThat(graph.pathToTop(id("loop-0"))).containsExactly(id("loop-0"), id("loop-1"),
        id("loop-2"), id("loop-3"));
    assertThat(graph.ancestors(id("loop-0"))).containsExactly(id("loop-1"), id("loop-2"),
        id("loop-3"));
    assertThat(graph.roots()).isEmpty();
    assertThat(graph.components()).hasSize(1);
  }

  /**
   * The default policy (okr-core's rules and these), the graph's queries and the metrics over a
   * chain and a loop 200 000 long: iterative code only, no StackOverflowError (recursion would
   * overflow a default stack some ten thousand deep). 200 000, not a million, keeps the test
   * within seconds: at a million, building the two sets and okr-core's rules alone take a minute.
   */
  @Test
  @Tag("slow")
  void handlesAChainAndALoopTwoHundredThousandLong() {
    int n = 200_000;
    OkrSet chainSet = OkrSets.chain(n);
    AlignmentGraph chain = AlignmentGraph.of(chainSet);
    assertThat(chain.pathToTop(id("chain-" + (n - 1)))).hasSize(n);
    assertThat(chain.descendants(id("chain-0"))).hasSize(n - 1);
    assertThat(AlignmentMetrics.of(chain).cascadeDepth()).isEqualTo(n);
    ValidationResult chainResult = ValidationPolicy.defaults().check(chainSet, Fixtures.AS_OF);
    assertThat(chainResult.withCode(AlignmentRules.LOOP).isEmpty()).isTrue();
    assertThat(ValidationPolicy.builder().rule(AlignmentRules.TOO_DEEP)
        .set(AlignmentRules.MAX_DEPTH, n - 1).build().check(chainSet, Fixtures.AS_OF).withCode(AlignmentRules.TOO_DEEP).violations())
        .extracting(Violation::subject).containsExactly(id("chain-" + (n - 1)));
    // GitLab: every objective from level 10 down, the deepest at level n.
    List<Violation> tooDeep = ValidationPolicy.named("gitlab").check(chainSet, Fixtures.AS_OF)
        .withCode(AlignmentRules.TOO_DEEP).violations();
    assertThat(tooDeep).hasSize(n - 9);
    assertThat(tooDeep).filteredOn(v -> v.subject().equals(id("chain-" + (n - 1))))
        .singleElement().satisfies(v -> assertThat(v.values())
            .containsEntry("depth", String.valueOf(n)));

    OkrSet loopSet = OkrSets.loop(n);
    AlignmentGraph loop = AlignmentGraph.of(loopSet);
    assertThat(loop.ancestors(id("loop-0"))).hasSize(n - 1);
    assertThat(AlignmentMetrics.of(loop).loops()).isEqualTo(1);
    ValidationResult loopResult = ValidationPolicy.defaults().check(loopSet, Fixtures.AS_OF);
    assertThat(loopResult.withCode(AlignmentRules.LOOP).violations()).singleElement()
        .satisfies(v -> {
          assertThat(v.subjects()).hasSize(n + 1);
          assertThat(v.subjects().get(1)).isEqualTo(id("loop-1"));
          assertThat(v.values()).containsEntry("count", String.valueOf(n));
        });
    assertThat(ValidationPolicy.named("gitlab").check(loopSet, Fixtures.AS_OF)
        .withCode(AlignmentRules.TOO_DEEP).isEmpty()).as("the loop is the loop rule's").isTrue();
  }
}
