package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.okr4j.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleState;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.testing.OkrSets;

/**
 * Progress and status through contributing links ({@link Cascade#CONTRIBUTING}): OpenOKR's
 * roll-up, GitLab's "children drive the parent", as PRESETS.md states them.
 */
class CascadeTest {

  static final Cycle Q3 = Cycle.parse("2026-Q3");
  static final LocalDate AS_OF = Q3.start().plusDays(20);
  static final ScoringPolicy CASCADING = ScoringPolicy.defaults().withCascade(Cascade.CONTRIBUTING);

  /** A key result {@code kr-<objective>} read at {@code value} of 0 to 10. */
  static KeyResult at(String objective, double value) {
    return KeyResult.of("kr-" + objective, "K " + objective, LinearMeasure.of(0, 10))
        .withCheckIn(CheckIn.of(Q3.start().plusDays(10), value));
  }

  /** An objective with one key result at {@code value} (none if negative) and these links. */
  static Objective objective(String id, double value, Alignment... links) {
    Objective.Builder builder = Objective.builder().id(ObjectiveId.of(id)).title("Objective " + id)
        .level(LevelScheme.standard().top()).cycle(Q3.id()).addAlignments(links);
    if (value >= 0) {
      builder.addKeyResults(at(id, value));
    }
    return builder.build();
  }

  static Alignment link(String target, AlignmentKind kind, double weight) {
    AlignmentTarget to = target.startsWith("kr-") ? KeyResultId.of(target) : ObjectiveId.of(target);
    return Alignment.of(to, kind, weight);
  }

  static Alignment to(String parent) {
    return link(parent, AlignmentKind.CONTRIBUTES, 1);
  }

  static OkrSet set(Objective... objectives) {
    return OkrSet.builder().addCycles(Q3).addObjectives(objectives).build();
  }

  static OkrSet shuffled(OkrSet set, long seed) {
    List<Objective> objectives = new ArrayList<>(set.objectives());
    Collections.shuffle(objectives, new Random(seed));
    return OkrSet.builder().from(set).objectives(objectives).build();
  }

  static double progress(Scores scores, String objective) {
    return scores.progress(ObjectiveId.of(objective)).value();
  }

  /** AlignmentRollUp's set, now scored by okr-scoring itself. */
  static final OkrSet SET = set(
      objective("c", 2),
      objective("d", 8, to("c")),
      objective("s", 10, link("c", AlignmentKind.SUPPORTS, 1)),
      objective("t", 6, link("kr-d", AlignmentKind.CONTRIBUTES, 2)),
      objective("x", 4, to("y")),
      objective("y", 6, to("x")));

  @Nested
  class WhatCounts {
    @Test
    void contributingLinksMoveProgressAtTheirWeightAndSupportingOnesDoNot() {
      Scores scores = CASCADING.score(SET, AS_OF);
      // t aligns to d's key result at weight 2: d = (0.8 x1 + 0.6 x2) / 3
      assertThat(progress(scores, "d")).isCloseTo(2.0 / 3, within(1e-12));
      // ... and kr-d keeps its own value
      assertThat(scores.progress(KeyResultId.of("kr-d")).value()).isEqualTo(0.8);
      // c = weighted mean of kr-c 0.2 and d; s only supports c, so it does not count
      assertThat(progress(scores, "c")).isCloseTo((0.2 + 2.0 / 3) / 2, within(1e-12));
      assertThat(progress(scores, "s")).isEqualTo(1.0);
      assertThat(progress(scores, "t")).isEqualTo(0.6);
    }

    @Test
    void withoutTheCascadeChildrenDoNotCount() {
      Scores scores = ScoringPolicy.defaults().score(SET, AS_OF);
      assertThat(ScoringPolicy.defaults().cascade()).isEqualTo(Cascade.NONE);
      assertThat(progress(scores, "d")).isEqualTo(0.8);
      assertThat(progress(scores, "c")).isEqualTo(0.2);
      assertThat(scores.explain(ObjectiveId.of("d"))).doesNotContain("contributes");
    }

    @Test
    void selfLinksAndLinksToTheObjectivesOwnKeyResultsAreIgnored() {
      OkrSet set = set(objective("a", 4, to("a"), link("kr-a", AlignmentKind.CONTRIBUTES, 5)));
      Scores scores = CASCADING.score(set, AS_OF);
      assertThat(progress(scores, "a")).isEqualTo(0.4);
      assertThat(scores.explain(ObjectiveId.of("a"))).doesNotContain("contributes");
    }

    @Test
    void aChildLinkedTwiceCountsOncePerLink() {
      OkrSet set = set(objective("p", 0), objective("q", 6, to("p"), to("kr-p")));
      // (0 + 0.6 + 0.6) / 3
      assertThat(progress(CASCADING.score(set, AS_OF), "p")).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void horizontalAndDanglingLinksAreIgnored() {
      OkrSet set = set(objective("p", 0), objective("q", 6, link("p", AlignmentKind.DEPENDS_ON, 1),
          link("p", AlignmentKind.RELATES_TO, 1), to("nowhere"), to("kr-nowhere")));
      assertThat(progress(CASCADING.score(set, AS_OF), "p")).isZero();
    }

    @Test
    void aChildScoresAnObjectiveWithoutKeyResultsAndUnscoredChildrenAreLeftOut() {
      OkrSet set = set(objective("empty", -1), objective("child", 5, to("empty")),
          objective("blank", -1, to("empty")), objective("alone", -1));
      Scores scores = CASCADING.score(set, AS_OF);
      assertThat(progress(scores, "empty")).isEqualTo(0.5);
      assertThat(scores.progress(ObjectiveId.of("blank")).isScored()).isFalse();
      assertThat(scores.progress(ObjectiveId.of("alone")).isScored()).isFalse();
      assertThat(scores.progress(ObjectiveId.of("alone")).explanation())
          .isEqualTo("no part is scored");
    }

    @Test
    void theRollUpDecides() {
      Scores lowest = CASCADING.withRollUp(RollUps.lowest()).score(SET, AS_OF);
      assertThat(progress(lowest, "d")).isEqualTo(0.6);
      assertThat(progress(lowest, "c")).isEqualTo(0.2);
      // Viva's equal shares count an unscored child as 0
      OkrSet set = set(objective("p", 8), objective("q", -1, to("p")));
      Scores shares = CASCADING.withRollUp(RollUps.contributionShares()).score(set, AS_OF);
      assertThat(progress(shares, "p")).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void roundingAppliesAtEveryLevel() {
      // kr 1/3 and 2/3: OpenOKR's 2 decimals of a percent at each objective
      OkrSet set = set(objective("p", 10.0 / 3), objective("q", 20.0 / 3, to("p")));
      Scores scores = ScoringPolicy.openOkr().score(set, AS_OF);
      assertThat(progress(scores, "q")).isEqualTo(0.6667);
      assertThat(progress(scores, "p")).isEqualTo(0.5);
      assertThat(scores.progress(ObjectiveId.of("p")).explanation())
          .isEqualTo("weighted mean of kr-p 0.3333 x1, q 0.6667 x1 = 0.5, rounded to 2 decimals"
              + " of a percent, ties away from zero = 0.5");
    }
  }

  @Nested
  class Loops {
    @Test
    void aLoopWithNothingAboveLosesTheParentLinkOfItsHighestId() {
      Scores scores = CASCADING.score(SET, AS_OF);
      // y -> x is left out: x has its own key result only, y has x's too
      assertThat(progress(scores, "x")).isEqualTo(0.4);
      assertThat(progress(scores, "y")).isCloseTo(0.5, within(1e-12));
      assertThat(scores.explain(ObjectiveId.of("x")))
          .endsWith("  y contributes x1: left out, the link closes a loop\n");
      assertThat(scores.explain(ObjectiveId.of("y")))
          .contains("  x contributes x1: 0.4 (weighted mean of kr-x 0.4 x1 = 0.4), status");
    }

    @Test
    void aLongerLoopTheSame() {
      // a contributes to b, b to c, c to a; d to c: c (the highest id) loses its link to a
      OkrSet set = set(objective("a", 3, to("b")), objective("b", 6, to("c")),
          objective("c", 9, to("a")), objective("d", 0, to("c")));
      Scores scores = CASCADING.score(set, AS_OF);
      assertThat(progress(scores, "a")).isEqualTo(0.3);
      assertThat(progress(scores, "b")).isCloseTo((0.6 + 0.3) / 2, within(1e-12));
      assertThat(progress(scores, "c")).isCloseTo((0.9 + 0.45 + 0) / 3, within(1e-12));
      assertThat(scores.explain(ObjectiveId.of("a"))).contains("c contributes x1: left out");
    }

    @Test
    void aLoopUnderATopLosesTheParentLinkOfItsHighestIdToo() {
      // a <- m, and m <-> n: the ring {m, n} loses n -> m, its highest id's parent link, though
      // m is the member that leads up to a
      OkrSet set = set(objective("a", 0), objective("m", 2, to("a"), to("n")),
          objective("n", 8, to("m")));
      Scores scores = CASCADING.score(set, AS_OF);
      assertThat(progress(scores, "m")).isEqualTo(0.2);
      assertThat(progress(scores, "n")).isCloseTo(0.5, within(1e-12));
      assertThat(progress(scores, "a")).isCloseTo(0.1, within(1e-12));
      assertThat(scores.explain(ObjectiveId.of("m")))
          .contains("n contributes x1: left out, the link closes a loop");
      assertThat(scores.loopsBroken()).containsExactly("n -> m");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // links as child>parent; the links left out, as OpenOKR reports them
        "x>y y>x                 | y -> x",
        "a>b b>c c>a d>c         | c -> a",
        "b>c c>a a>b             | c -> a",
        "a>b b>a b>c c>b         | b -> a, c -> b",   // two rings through b
        "a>b b>a c>d d>c         | b -> a, d -> c",
        "a>b b>c c>a a>c         | c -> a",           // rings a-b-c and a-c: c highest in both
        "p>q q>r r>p q>p         | q -> p, r -> p",   // rings p-q (q highest) and p-q-r (r)
        "a>b b>a a>b             | b -> a",           // a linked twice: both stay, one ring
        "c>a a>c c>b b>c         | c -> a, c -> b",   // c highest in two rings
        "z>a a>z b>c c>b         | c -> b, z -> a",   // sorted by child, not by parent
        "a>b c>b                 | ''"})
    void eachRingLosesTheParentLinkOfItsHighestId(String links, String leftOut) {
      java.util.Map<String, List<Alignment>> parents = new java.util.TreeMap<>();
      for (String link : links.split(" ")) {
        String[] ends = link.split(">");
        parents.computeIfAbsent(ends[0], k -> new ArrayList<>()).add(to(ends[1]));
        parents.computeIfAbsent(ends[1], k -> new ArrayList<>());
      }
      Objective[] objectives = parents.entrySet().stream()
          .map(e -> objective(e.getKey(), 5, e.getValue().toArray(Alignment[]::new)))
          .toArray(Objective[]::new);
      OkrSet set = set(objectives);
      List<String> expected = leftOut.isEmpty() ? List.of() : List.of(leftOut.split(", "));
      for (long seed = 0; seed < 8; seed++) {
        Scores scores = CASCADING.score(shuffled(set, seed), AS_OF);
        assertThat(scores.loopsBroken()).isEqualTo(expected);
      }
      for (Objective objective : objectives) {
        // every objective is scored once its loops are broken
        assertThat(CASCADING.score(set, AS_OF).progress(objective.id()).isScored()).isTrue();
      }
    }

    @Test
    void aLinkToAKeyResultIsReportedAsItsKeyResult() {
      OkrSet set = set(objective("a", 5, to("kr-b")), objective("b", 5, to("a")));
      assertThat(CASCADING.score(set, AS_OF).loopsBroken()).containsExactly("b -> a");
      OkrSet reverse = set(objective("b", 5, to("kr-a")), objective("a", 5, to("b")));
      assertThat(CASCADING.score(reverse, AS_OF).loopsBroken()).containsExactly("b -> kr-a");
      OkrSet first = set(objective("a", 5, to("b")), objective("b", 5, to("kr-a")));
      assertThat(CASCADING.score(first, AS_OF).loopsBroken()).containsExactly("b -> kr-a");
      assertThat(ScoringPolicy.defaults().score(reverse, AS_OF).loopsBroken()).isEmpty();
    }

    @Test
    void manyLoopsEachLoseOneLink() {
      List<Objective> objectives = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        objectives.add(objective("p" + i, 2, to("q" + i)));
        objectives.add(objective("q" + i, 6, to("p" + i)));
      }
      Scores scores = CASCADING.score(set(objectives.toArray(Objective[]::new)), AS_OF);
      for (int i = 0; i < 6; i++) {
        assertThat(progress(scores, "p" + i)).isEqualTo(0.2);
        assertThat(progress(scores, "q" + i)).isCloseTo(0.4, within(1e-12));
        assertThat(scores.explain(ObjectiveId.of("p" + i)))
            .contains("q" + i + " contributes x1: left out");
        assertThat(scores.explain(ObjectiveId.of("q" + i))).doesNotContain("left out");
      }
    }

    @Test
    void theSameAnswerWhateverTheOrderOfTheSet() {
      Scores first = CASCADING.score(SET, AS_OF);
      for (long seed = 0; seed < 20; seed++) {
        Scores other = CASCADING.score(shuffled(SET, seed), AS_OF);
        for (Objective objective : SET.objectives()) {
          assertThat(other.progress(objective.id())).isEqualTo(first.progress(objective.id()));
          assertThat(other.status(objective.id())).isEqualTo(first.status(objective.id()));
          assertThat(other.explain(objective.id())).isEqualTo(first.explain(objective.id()));
        }
      }
    }

    @Test
    @Tag("slow") // a million objectives; kills no mutant the small sets miss
    void aChainAMillionDeepNeedsNoStack() {
      int depth = 1_000_000;
      List<Objective> objectives = new ArrayList<>(OkrSets.chain(depth).objectives());
      Objective deepest = objectives.get(depth - 1);
      objectives.set(depth - 1, Objective.builder().from(deepest).addKeyResults(at("deepest", 7))
          .build());
      OkrSet chain = OkrSet.builder().addCycles(OkrSets.quarter()).objectives(objectives).build();
      Scores scores = CASCADING.score(chain, AS_OF);
      // a mean of one child all the way up: the deepest key result reaches the top
      assertThat(progress(scores, "chain-0")).isEqualTo(0.7);
      assertThat(scores.explain(ObjectiveId.of("chain-0")))
          .startsWith("chain-0: 0.7 (weighted mean of chain-1 0.7 x1 = 0.7)");
    }
  }

  @Nested
  class StatusAndGrades {
    static final LocalDate LATE = Q3.start().plusDays(80); // expected about 0.88

    @Test
    void childrenTakePartInTheStatusRollUp() {
      OkrSet set = set(objective("p", 10), objective("q", 4, to("p")));
      // kr-p 1.0 is ON_TRACK; q at 0.4 against 0.88 is AT_RISK under Viva's thresholds
      assertThat(ScoringPolicy.defaults().score(set, LATE).status(ObjectiveId.of("p")))
          .contains(Status.ON_TRACK);
      Scores scores = CASCADING.score(set, LATE);
      assertThat(scores.status(ObjectiveId.of("q"))).contains(Status.AT_RISK);
      assertThat(scores.status(ObjectiveId.of("p"))).contains(Status.AT_RISK);
      assertThat(CASCADING.withStatusRollUp(StatusRollUps.vivaGoals()).score(set, LATE)
          .status(ObjectiveId.of("p"))).contains(Status.AT_RISK);
      // a loop's left-out link carries no status either
      OkrSet loop = set(objective("x", 10, to("y")), objective("y", 10, to("x")),
          objective("z", 1, to("y")));
      Scores looped = CASCADING.score(loop, LATE);
      assertThat(looped.status(ObjectiveId.of("x"))).contains(Status.ON_TRACK);
      assertThat(looped.status(ObjectiveId.of("y"))).contains(Status.AT_RISK);
    }

    @Test
    void gradesTheCascadedProgress() {
      OkrSet set = set(objective("p", 10), objective("q", 0, to("p")));
      Cycle closed = Q3.withState(CycleState.CLOSED);
      OkrSet over = OkrSet.builder().from(set).cycles(List.of(closed)).build();
      Grade grade = ScoringPolicy.google().withCascade(Cascade.CONTRIBUTING).score(over, AS_OF)
          .grade(ObjectiveId.of("p")).orElseThrow();
      assertThat(grade.score()).isEqualTo(0.5);
      assertThat(ScoringPolicy.google().score(over, AS_OF).grade(ObjectiveId.of("p"))
          .orElseThrow().score()).isEqualTo(1.0);
    }

    @Test
    void aParentOfChildrenWithNothingScoredHasNoGrade() {
      // OpenOKR shows an objective with nothing scored at 0 % and rolls that 0 up to its parent;
      // the parent holds no score all the same: "none → no score".
      KeyResult unread = KeyResult.of("kr-q", "K q", LinearMeasure.of(0, 10));
      Cycle closed = Q3.withState(CycleState.CLOSED);
      OkrSet set = OkrSet.builder().addCycles(closed).addObjectives(objective("p", -1),
          objective("q", -1, to("p")).withKeyResult(unread), objective("r", -1, to("q")))
          .build();
      Scores scores = ScoringPolicy.openOkr().score(set, AS_OF);
      assertThat(scores.progress(ObjectiveId.of("p")).value()).isZero();
      assertThat(List.of("p", "q", "r")).allSatisfy(
          id -> assertThat(scores.grade(ObjectiveId.of(id))).isEmpty());
      // One reading at the bottom, and every objective above it holds a score.
      OkrSet read = OkrSet.builder().from(set).objectives(List.of(objective("p", -1),
          objective("q", -1, to("p")).withKeyResult(unread), objective("r", 0, to("q"))))
          .build();
      Scores readScores = ScoringPolicy.openOkr().score(read, AS_OF);
      // OpenOKR grades "the weighted mean of scored KRs": a reading below counts only where it
      // is a key result of the objective graded.
      assertThat(readScores.grade(ObjectiveId.of("r")).orElseThrow().band()).isEqualTo("little");
      assertThat(readScores.grade(ObjectiveId.of("q"))).isEmpty();
      assertThat(readScores.grade(ObjectiveId.of("p"))).isEmpty();
      // Google's grade follows the cascaded progress all the way up.
      Scores google = ScoringPolicy.google().withCascade(Cascade.CONTRIBUTING).score(read, AS_OF);
      assertThat(List.of("p", "q", "r")).allSatisfy(id -> assertThat(
          google.grade(ObjectiveId.of(id)).orElseThrow().band()).isEqualTo("red"));
      // A progress set by hand on the child is no key result score: OpenOKR grades none.
      OkrSet judged = OkrSet.builder().from(set).objectives(List.of(objective("p", -1),
          objective("q", -1, to("p")).withKeyResult(unread).withJudgement(
              org.okr4j.core.Judgement.ofProgress(0.5, org.okr4j.core.PersonId.of("lead"),
                  AS_OF.minusDays(1), "held")), objective("r", -1, to("q")))).build();
      Scores judgedScores = ScoringPolicy.openOkr().score(judged, AS_OF);
      assertThat(judgedScores.grade(ObjectiveId.of("p"))).isEmpty();
      assertThat(judgedScores.grade(ObjectiveId.of("q"))).isEmpty();
      assertThat(judgedScores.grade(ObjectiveId.of("r"))).isEmpty();
      assertThat(ScoringPolicy.google().withCascade(Cascade.CONTRIBUTING).score(judged, AS_OF)
          .grade(ObjectiveId.of("p")).orElseThrow().band()).isEqualTo("yellow");
    }

    /**
     * Under OpenOKR's roll-ups, which show nothing scored at 0 %, graded by the closing score: an
     * objective has a grade only if it holds a score, itself or through a counted child. p's
     * children are a (nothing scored) and b (one reading, or none); q's only child is a.
     */
    @Test
    void aParentHoldsAScoreThroughAnyCountedChild() {
      ScoringPolicy policy = ScoringPolicy.openOkr().withCascade(Cascade.CONTRIBUTING)
          .withGradedScore(GradedScoreStrategy.CLOSING_SCORE);
      Cycle closed = Q3.withState(CycleState.CLOSED);
      OkrSet set = OkrSet.builder().addCycles(closed).addObjectives(objective("p", -1),
          objective("q", -1), objective("a", -1, to("p"), to("q")), objective("b", 4, to("p")))
          .build();
      Scores scores = policy.score(set, AS_OF);
      assertThat(scores.grade(ObjectiveId.of("p")).orElseThrow().score()).isEqualTo(0.2);
      assertThat(scores.progress(ObjectiveId.of("q")).value()).isZero();
      assertThat(scores.grade(ObjectiveId.of("q"))).isEmpty();
      assertThat(scores.grade(ObjectiveId.of("a"))).isEmpty();
      assertThat(scores.grade(ObjectiveId.of("b")).orElseThrow().score()).isEqualTo(0.4);
      OkrSet unread = OkrSet.builder().from(set).objectives(List.of(objective("p", -1),
          objective("q", -1), objective("a", -1, to("p"), to("q")), objective("b", -1, to("p"))))
          .build();
      Scores none = policy.score(unread, AS_OF);
      assertThat(none.progress(ObjectiveId.of("p")).value()).isZero();
      assertThat(List.of("p", "q", "a", "b")).allSatisfy(
          id -> assertThat(none.grade(ObjectiveId.of(id))).isEmpty());
    }

    @Test
    void openOkrGradesTheKeyResultsNotTheContributingChildren() {
      // kr-p at 0.2 and a child at 1.0: the progress rolls both up (0.6), the grade kr-p alone.
      Cycle closed = Q3.withState(CycleState.CLOSED);
      OkrSet set = OkrSet.builder().addCycles(closed)
          .addObjectives(objective("p", 2), objective("c", 10, to("p"))).build();
      Scores scores = ScoringPolicy.openOkr().score(set, AS_OF);
      assertThat(scores.progress(ObjectiveId.of("p")).value()).isEqualTo(0.6);
      Grade grade = scores.grade(ObjectiveId.of("p")).orElseThrow();
      assertThat(grade.score()).isEqualTo(0.2);
      assertThat(grade.band()).isEqualTo("little");
    }
  }

  @Nested
  class Explained {
    @Test
    void explainShowsEachChildsContribution() {
      Scores scores = CASCADING.score(SET, AS_OF);
      assertThat(scores.explain(ObjectiveId.of("d"))).isEqualTo(
          "d: 0.6667 (weighted mean of kr-d 0.8 x1, t 0.6 x2 = 0.6667), status ON_TRACK (okr4j)\n"
          + "  kr-d: 0.8 (linear: (8 - 0) / (10 - 0) = 0.8), status ON_TRACK [Viva Goals:"
          + " progress 0.8, expected 0.2198, e - p = -58.022 points <= 0: ON_TRACK]\n"
          + "  t contributes through kr-d x2: 0.6 (weighted mean of kr-t 0.6 x1 = 0.6),"
          + " status ON_TRACK\n");
    }

    @Test
    void anExplainedRollUpSeesTheKeyResultsOwnExplanations() {
      RollUp telling = parts -> Progress.of(0, () -> String.join("; ",
          parts.stream().map(p -> p.label() + ": " + p.progress().explanation()).toList()));
      Scores scores = CASCADING.withRollUp(telling).score(SET, AS_OF);
      assertThat(scores.progress(ObjectiveId.of("d")).explanation()).isEqualTo(
          "kr-d: linear: (8 - 0) / (10 - 0) = 0.8; t: scored before; its own explanation says how");
    }

    @Test
    void progressIsExplainedOnlyWhenAsked() {
      Scores scores = CASCADING.score(SET, AS_OF);
      Progress c = scores.progress(ObjectiveId.of("c"));
      assertThat(c.explanation()).isEqualTo("weighted mean of kr-c 0.2 x1, d 0.6667 x1 = 0.4333");
      assertThat(c).isEqualTo(scores.rolledUpAfresh(SET.positionOf(ObjectiveId.of("c"))));
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"okr4j, NONE", "google, NONE", "doerr, NONE", "viva-goals, NONE", "perdoo, NONE",
      "quantive, NONE", "workboard, NONE", "atlassian, NONE", "burningokr, NONE",
      "puzzle-okr, NONE", "openokr, CONTRIBUTING", "gitlab, CONTRIBUTING", "mhokr, NONE",
      "shamanr, NONE", "oslo, NONE"})
  void presetsThatCascade(String preset, Cascade cascade) {
    assertThat(ScoringPolicy.named(preset).cascade()).isEqualTo(cascade);
  }

  @Test
  void gitlabsChildrenDriveTheParent() {
    // the plain mean of the parent's key result and its children, ignoring link weights
    OkrSet set = set(objective("epic", 0), objective("a", 10, link("epic",
        AlignmentKind.CONTRIBUTES, 5)), objective("b", 5, to("epic")));
    assertThat(progress(ScoringPolicy.gitlab().score(set, AS_OF), "epic"))
        .isCloseTo(0.5, within(1e-12));
  }

  @Nested
  class Properties {
    @Test
    void aMeanOfClampedScoresStaysWithinZeroAndOne() {
      qt(60).forAll(OkrSets.any(25)).checkAssert(set -> {
        for (ScoringPolicy policy : List.of(CASCADING, ScoringPolicy.gitlab())) {
          Scores scores = policy.score(set, LocalDate.of(2026, 8, 20));
          for (Objective objective : set.objectives()) {
            Progress progress = scores.progress(objective.id());
            if (progress.isScored()) {
              assertThat(progress.value()).isBetween(0.0, 1.0);
            }
          }
        }
      });
    }

    @Test
    void independentOfTheOrderOfTheSetsObjectives() {
      qt(60).forAll(OkrSets.malformed(20)).checkAssert(set -> {
        OkrSet reordered = shuffled(set, set.objectives().size());
        LocalDate asOf = LocalDate.of(2026, 8, 20);
        Scores a = ScoringPolicy.openOkr().score(set, asOf);
        Scores b = ScoringPolicy.openOkr().score(reordered, asOf);
        for (Objective objective : set.objectives()) {
          assertThat(b.progress(objective.id())).isEqualTo(a.progress(objective.id()));
          assertThat(b.status(objective.id())).isEqualTo(a.status(objective.id()));
        }
      });
    }
  }
}
