package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;

/**
 * Shares pinned by hand on an objective's own parts (PRESETS.md, Viva Goals: "a share set by hand
 * is pinned, the others rebalance"): a key result's {@link KeyResult#pinnedShare()} and, under a
 * contributing cascade, a child objective's {@link Alignment#pinnedShare()}.
 */
class PinnedSharesTest {

  static final Cycle Q3 = Cycle.parse("2026-Q3");
  static final LocalDate AS_OF = Q3.start().plusDays(20);
  static final ScoringPolicy VIVA_CASCADING =
      ScoringPolicy.vivaGoals().withCascade(Cascade.CONTRIBUTING);

  /** A key result read at {@code value} of 0 to 10, progress value / 10. */
  static KeyResult at(String id, double value) {
    return KeyResult.of(id, "K " + id, LinearMeasure.of(0, 10))
        .withCheckIn(CheckIn.of(Q3.start().plusDays(10), value));
  }

  static Objective objective(String id, Alignment[] links, KeyResult... keyResults) {
    return Objective.builder().id(ObjectiveId.of(id)).title("Objective " + id)
        .level(LevelScheme.standard().top()).cycle(Q3.id()).addAlignments(links)
        .addKeyResults(keyResults).build();
  }

  static OkrSet set(Objective... objectives) {
    return OkrSet.builder().addCycles(Q3).addObjectives(objectives).build();
  }

  static double progress(Scores scores, String objective) {
    return scores.progress(ObjectiveId.of(objective)).value();
  }

  static final OkrSet THREE = set(objective("o", new Alignment[0],
      at("kr-1", 8).withPinnedShare(0.5), at("kr-2", 4), at("kr-3", 2)));

  @Test
  void aPinnedKeyResultKeepsItsShareAndTheOthersSplitTheRest() {
    // 0.5 * 0.8 + 0.25 * 0.4 + 0.25 * 0.2
    assertThat(progress(ScoringPolicy.vivaGoals().score(THREE, AS_OF), "o"))
        .isCloseTo(0.5 * 0.8 + 0.25 * 0.4 + 0.25 * 0.2, within(1e-12));
  }

  /** "Shares sum to 100 %": with every key result pinned, 30 % and 20 % count as 60 % and 40 %. */
  @Test
  void pinsOnEveryKeyResultUnder100ScaleUp() {
    OkrSet allPinned = set(objective("o", new Alignment[0],
        at("kr-1", 8).withPinnedShare(0.3), at("kr-2", 4).withPinnedShare(0.2)));
    assertThat(progress(ScoringPolicy.vivaGoals().score(allPinned, AS_OF), "o"))
        .isCloseTo(0.6 * 0.8 + 0.4 * 0.4, within(1e-12));
  }

  @Test
  void withoutThePinTheSharesAreEqual() {
    OkrSet unpinned = set(objective("o", new Alignment[0],
        at("kr-1", 8).withPinnedShare(0.5).withoutPinnedShare(), at("kr-2", 4), at("kr-3", 2)));
    assertThat(progress(ScoringPolicy.vivaGoals().score(unpinned, AS_OF), "o"))
        .isCloseTo((0.8 + 0.4 + 0.2) / 3, within(1e-12));
  }

  @Test
  void theDefaultPolicyIgnoresPins() {
    assertThat(progress(ScoringPolicy.defaults().score(THREE, AS_OF), "o"))
        .isCloseTo((0.8 + 0.4 + 0.2) / 3, within(1e-12));
  }

  @Test
  void theExplanationShowsThePinnedShare() {
    assertThat(ScoringPolicy.vivaGoals().score(THREE, AS_OF).progress(ObjectiveId.of("o"))
        .explanation()).startsWith("shares 0.5 x kr-1 0.8 + 0.25 x kr-2 0.4 + 0.25 x kr-3 0.2 = ");
  }

  @Test
  void aPinnedChildObjectiveLinkKeepsItsShareUnderACascade() {
    // p has kr-p at 0.8; c1 (kr-c1 at 0.4) is pinned at 0.6 of p; c2 (kr-c2 at 0.2) is not
    OkrSet set = set(
        objective("p", new Alignment[0], at("kr-p", 8)),
        objective("c1", new Alignment[] {
            Alignment.contributesTo(ObjectiveId.of("p")).withPinnedShare(0.6)}, at("kr-c1", 4)),
        objective("c2", new Alignment[] {Alignment.contributesTo(ObjectiveId.of("p"))},
            at("kr-c2", 2)));
    assertThat(progress(VIVA_CASCADING.score(set, AS_OF), "p"))
        .isCloseTo(0.6 * 0.4 + 0.2 * 0.8 + 0.2 * 0.2, within(1e-12));
    // the same cascade under the default roll-up ignores the pin
    assertThat(progress(ScoringPolicy.defaults().withCascade(Cascade.CONTRIBUTING)
        .score(set, AS_OF), "p")).isCloseTo((0.8 + 0.4 + 0.2) / 3, within(1e-12));
  }

  @Test
  void thePinIsReadFromTheRightLinkAmongOthers() {
    // c's links: a dangling one, a horizontal one, an unpinned one to q, then the pinned one to p
    OkrSet set = set(
        objective("p", new Alignment[0], at("kr-p", 8)),
        objective("q", new Alignment[0], at("kr-q", 8)),
        objective("c", new Alignment[] {
            Alignment.contributesTo(ObjectiveId.of("gone")).withPinnedShare(0.1),
            Alignment.of(ObjectiveId.of("q"), AlignmentKind.RELATES_TO, 1).withPinnedShare(0.2),
            Alignment.contributesTo(ObjectiveId.of("q")),
            Alignment.contributesTo(ObjectiveId.of("p")).withPinnedShare(0.25)},
            at("kr-c", 4)));
    Scores scores = VIVA_CASCADING.score(set, AS_OF);
    assertThat(progress(scores, "p")).isCloseTo(0.25 * 0.4 + 0.75 * 0.8, within(1e-12));
    assertThat(progress(scores, "q")).isCloseTo(0.5 * 0.4 + 0.5 * 0.8, within(1e-12));
  }

  @Test
  void aPinnedLinkToAKeyResultPinsTheChildInThatObjective() {
    OkrSet set = set(
        objective("p", new Alignment[0], at("kr-p", 8)),
        objective("c", new Alignment[] {Alignment.of(KeyResultId.of("kr-p"),
            AlignmentKind.CONTRIBUTES, 1).withPinnedShare(0.75)}, at("kr-c", 4)));
    assertThat(progress(VIVA_CASCADING.score(set, AS_OF), "p"))
        .isCloseTo(0.75 * 0.4 + 0.25 * 0.8, within(1e-12));
  }
}
