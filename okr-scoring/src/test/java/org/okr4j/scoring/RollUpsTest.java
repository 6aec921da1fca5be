package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okr4j.core.LinearMeasure;

class RollUpsTest {

  static Part part(String label, double progress, double weight) {
    return Part.of(label, Progress.of(progress, "given"), weight);
  }

  static Part unscored(String label) {
    return Part.of(label, Progress.notScored("no check-in"));
  }

  static double value(RollUp rollUp, Part... parts) {
    return rollUp.combine(List.of(parts)).value();
  }

  @Nested
  class Mean {
    @Test
    void averagesTheScoredParts() {
      assertThat(value(RollUps.mean(), part("a", 0.2, 1), part("b", 0.6, 5))).isEqualTo(0.4);
      assertThat(value(RollUps.mean(), part("a", 0.2, 1), unscored("b"))).isEqualTo(0.2);
      assertThat(RollUps.mean().combine(List.of(unscored("a"))).isScored()).isFalse();
      assertThat(RollUps.mean().combine(List.of()).isScored()).isFalse();
      assertThat(RollUps.mean().combine(List.of(part("a", 0.2, 1), part("b", 0.6, 1)))
          .explanation()).isEqualTo("mean of a 0.2, b 0.6 = 0.4");
    }

    @Test
    void equalShareWithChildrenIs15Fives() {
      // 1 key result and 4 contributing children: 20 % each.
      double p = value(RollUps.mean(), part("kr", 1.0, 1), part("c1", 0, 1), part("c2", 0, 1),
          part("c3", 0, 1), part("c4", 0.5, 1));
      assertThat(p).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void unscoredAsZeroCountsMissingParts() {
      assertThat(value(RollUps.mean().unscoredAsZero(), part("a", 0.6, 1), unscored("b")))
          .isEqualTo(0.3);
    }
  }

  @Nested
  class WeightedMean {
    @Test
    void weighsByWeight() {
      assertThat(value(RollUps.weightedMean(), part("a", 1.0, 3), part("b", 0.0, 1)))
          .isEqualTo(0.75);
      assertThat(RollUps.weightedMean().combine(List.of(part("a", 1.0, 3), part("b", 0.0, 1)))
          .explanation()).isEqualTo("weighted mean of a 1 x3, b 0 x1 = 0.75");
    }

    @Test
    void weightZeroTracksWithoutCountingAndTotalZeroGivesZero() {
      assertThat(value(RollUps.weightedMean(), part("a", 0.4, 1), part("b", 1.0, 0)))
          .isEqualTo(0.4);
      assertThat(value(RollUps.weightedMean(), part("a", 0.4, 0), part("b", 1.0, 0))).isZero();
      assertThat(RollUps.weightedMean().combine(List.of(unscored("a"))).isScored()).isFalse();
    }

    @Test
    void openOkrClampsWeightsToAHundred() {
      assertThat(value(RollUps.weightedMean(100), part("a", 1.0, 300), part("b", 0.0, 100)))
          .isEqualTo(0.5);
      assertThat(value(RollUps.weightedMean(), part("a", 1.0, 300), part("b", 0.0, 100)))
          .isEqualTo(0.75);
      assertThatIllegalArgumentException().isThrownBy(() -> RollUps.weightedMean(0))
          .withMessage("maxWeight must be more than 0, but was 0.0");
    }

    @Test
    void weightedMeansWithTheSameCapAreEqual() {
      new EqualsTester()
          .addEqualityGroup(RollUps.weightedMean(), RollUps.weightedMean(),
              RollUps.weightedMean(Double.MAX_VALUE))
          .addEqualityGroup(RollUps.weightedMean(100), RollUps.weightedMean(100.0))
          .addEqualityGroup(RollUps.weightedMean(2))
          .addEqualityGroup(RollUps.mean())
          .testEquals();
      assertThat(RollUps.weightedMean()).isSameAs(RollUps.weightedMean());
      ScoringPolicy defaults = ScoringPolicy.defaults();
      assertThat(defaults.withRollUp(RollUps.weightedMean(100)))
          .isEqualTo(defaults.withRollUp(RollUps.weightedMean(100)));
    }
  }

  @Nested
  class ContributionShares {
    @Test
    void equalByDefault() {
      assertThat(value(RollUps.contributionShares(), part("a", 1.0, 1), part("b", 0.0, 1),
          part("c", 0.5, 1), part("d", 0.5, 1))).isEqualTo(0.5);
    }

    @Test
    void pinnedSharesStayAndTheOthersRebalance() {
      Part pinned = part("a", 1.0, 1).withPinnedShare(0.5);
      // a keeps 50 %; b and c share the other 50 %: 0.5 x 1 + 0.25 x 0.2 + 0.25 x 0.6 = 0.7
      assertThat(value(RollUps.contributionShares(), pinned, part("b", 0.2, 1),
          part("c", 0.6, 1))).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void overPinnedSharesScaleDownAndUnscoredCountsAsZero() {
      Part a = part("a", 1.0, 1).withPinnedShare(0.8);
      Part b = part("b", 0.0, 1).withPinnedShare(0.8);
      assertThat(value(RollUps.contributionShares(), a, b, part("c", 1.0, 1)))
          .isCloseTo(0.5, within(1e-12));
      assertThat(value(RollUps.contributionShares(), part("a", 1.0, 1), unscored("b")))
          .isEqualTo(0.5);
      assertThat(RollUps.contributionShares().combine(List.of()).isScored()).isFalse();
      Part all = part("a", 0.4, 1).withPinnedShare(1.0);
      assertThat(value(RollUps.contributionShares(), all)).isEqualTo(0.4);
      assertThat(RollUps.contributionShares().combine(List.of(all)).explanation())
          .isEqualTo("shares 1 x a 0.4 = 0.4");
    }

    /**
     * "Shares sum to 100 %": with every part pinned, 30 % and 20 % count as 60 % and 40 %, so
     * 0.6 x 1 + 0.4 x 0.5 = 0.8 (not 0.3 x 1 + 0.2 x 0.5 = 0.4, which no progress could lift to
     * 100 %). One free part takes what is left instead; pins all at 0 leave nothing to scale.
     */
    @Test
    void sharesPinnedOnEveryPartUnder100ScaleUp() {
      Part a = part("a", 1.0, 1).withPinnedShare(0.3);
      Part b = part("b", 0.5, 1).withPinnedShare(0.2);
      assertThat(value(RollUps.contributionShares(), a, b)).isCloseTo(0.8, within(1e-12));
      assertThat(RollUps.contributionShares().combine(List.of(a, b)).explanation())
          .isEqualTo("shares 0.6 x a 1 + 0.4 x b 0.5 = 0.8");
      // c, free, takes the other 50 %: 0.3 x 1 + 0.2 x 0.5 + 0.5 x 0.2 = 0.5
      assertThat(value(RollUps.contributionShares(), a, b, part("c", 0.2, 1)))
          .isCloseTo(0.5, within(1e-12));
      Part zero = part("z", 1.0, 1).withPinnedShare(0);
      assertThat(value(RollUps.contributionShares(), zero, zero)).isZero();
      // one pinned part is the whole; a pin of 0 beside one of 0.4 leaves it all to the other
      assertThat(value(RollUps.contributionShares(), part("a", 0.7, 1).withPinnedShare(0.3)))
          .isEqualTo(0.7);
      assertThat(value(RollUps.contributionShares(), zero, part("b", 0.5, 1).withPinnedShare(0.4)))
          .isEqualTo(0.5);
      // an unscored part keeps its share and counts 0: 0.5 x 1 + 0.5 x 0
      assertThat(value(RollUps.contributionShares(), part("a", 1.0, 1).withPinnedShare(0.3),
          unscored("u").withPinnedShare(0.3))).isCloseTo(0.5, within(1e-12));
      // pins too small to have a finite inverse scale all the same
      Part least = part("l", 0.25, 1).withPinnedShare(Double.MIN_VALUE);
      assertThat(value(RollUps.contributionShares(), least)).isEqualTo(0.25);
      assertThat(value(RollUps.contributionShares(), least, zero)).isEqualTo(0.25);
    }
  }

  @Nested
  class Others {
    @Test
    void lowestTakesTheLeastAdvancedPart() {
      assertThat(value(RollUps.lowest(), part("a", 0.7, 1), part("b", 0.2, 1), unscored("c")))
          .isEqualTo(0.2);
      assertThat(RollUps.lowest().combine(List.of(part("a", 0.7, 1), part("b", 0.2, 1)))
          .explanation()).isEqualTo("lowest part b = 0.2");
      assertThat(RollUps.lowest().combine(List.of(unscored("a"))).isScored()).isFalse();
    }

    @Test
    void sumOfValuesAgainstTheParentsOwnTarget() {
      // Quantive cascaded KR: children's values 30 + 50 against the parent's 0 -> 200
      Part a = part("a", 0.3, 1).withValue(30);
      Part b = part("b", 0.5, 1).withValue(50);
      RollUp sum = RollUps.sumOfValues(LinearMeasure.of(0, 200));
      assertThat(value(sum, a, b, part("c", 1.0, 1))).isEqualTo(0.4);
      assertThat(sum.combine(List.of(a, b)).explanation())
          .isEqualTo("sum of values (80 - 0) / (200 - 0) = 0.4");
      assertThat(sum.combine(List.of(part("c", 1, 1))).isScored()).isFalse();
      RollUp flat = RollUps.sumOfValues(LinearMeasure.of(5, 5, org.okr4j.core.Direction.INCREASE));
      assertThat(value(flat, a)).isZero();
      assertThat(flat.combine(List.of(a, b)).explanation())
          .isEqualTo("sum of values 80 against a start equal to the target, scored 0");
    }
  }

  @Test
  void everyRollUpIsPermutationInvariant() {
    List<RollUp> rollUps = List.of(RollUps.mean(), RollUps.weightedMean(), RollUps.weightedMean(2),
        RollUps.contributionShares(), RollUps.lowest(), RollUps.mean().unscoredAsZero());
    qt().forAll(lists().of(doubles().between(0, 1)).ofSizeBetween(1, 8),
            lists().of(doubles().between(0, 3)).ofSizeBetween(8, 8))
        .checkAssert((progress, weights) -> {
          List<Part> parts = new ArrayList<>();
          for (int i = 0; i < progress.size(); i++) {
            parts.add(i % 3 == 2 ? unscored("p" + i) : part("p" + i, progress.get(i),
                weights.get(i)));
          }
          List<Part> reversed = new ArrayList<>(parts);
          Collections.reverse(reversed);
          for (RollUp rollUp : rollUps) {
            Progress forward = rollUp.combine(parts);
            Progress backward = rollUp.combine(reversed);
            assertThat(forward.isScored()).isEqualTo(backward.isScored());
            if (forward.isScored()) {
              assertThat(forward.value()).isCloseTo(backward.value(), within(1e-9));
              assertThat(forward.value()).isBetween(-1e-9, 1 + 1e-9);
            }
          }
        });
  }

  @Test
  void partsRejectBrokenNumbers() {
    assertThatIllegalArgumentException().isThrownBy(() -> part("a", 0.5, -1))
        .withMessage("part weight must be a finite number zero or more, but was -1.0");
    assertThatIllegalArgumentException().isThrownBy(() -> part("a", 0.5, Double.NaN))
        .withMessageStartingWith("part weight must be");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> part("a", 0.5, 1).withPinnedShare(1.5))
        .withMessage("part pinned share must lie within [0.0, 1.0], but was 1.5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> part("a", 0.5, 1).withPinnedShare(-0.1))
        .withMessageStartingWith("part pinned share");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> part("a", 0.5, 1).withValue(Double.NaN))
        .withMessage("part value must be a finite number, but was NaN");
    assertThat(part("a", 0.5, 1)).hasToString("a=0.5");
    assertThat(part("a", 0.5, 2)).hasToString("a=0.5 x2.0");
  }

  @Nested
  class Overrides {
    final LocalDate set = LocalDate.of(2026, 8, 1);
    final Progress automatic = Progress.of(0.4, "mean");

    @Test
    void stickyHoldsUntilReleased() {
      ManualOverride sticky = ManualOverride.of(0.8, set, ManualOverride.Hold.STICKY);
      assertThat(sticky.resolve(automatic, Optional.of(set.plusDays(9)), true).value())
          .isEqualTo(0.8);
    }

    @Test
    void onceHoldsUntilTheNextUpdate() {
      ManualOverride once = ManualOverride.of(0.8, set, ManualOverride.Hold.ONCE);
      assertThat(once.resolve(automatic, Optional.of(set), false).value()).isEqualTo(0.8);
      assertThat(once.resolve(automatic, Optional.empty(), false).value()).isEqualTo(0.8);
      Progress after = once.resolve(automatic, Optional.of(set.plusDays(1)), false);
      assertThat(after.value()).isEqualTo(0.4);
      assertThat(after.explanation())
          .isEqualTo("mean; the manual 0.8 from 2026-08-01 (ONCE) no longer holds");
    }

    @Test
    void untilAPartChanges() {
      ManualOverride until = ManualOverride.of(0.8, set, ManualOverride.Hold.UNTIL_A_PART_CHANGES);
      Progress held = until.resolve(automatic, Optional.of(set.plusDays(5)), false);
      assertThat(held.value()).isEqualTo(0.8);
      assertThat(held.explanation())
          .isEqualTo("set by hand to 0.8 on 2026-08-01 (UNTIL_A_PART_CHANGES)");
      assertThat(until.resolve(automatic, Optional.of(set.plusDays(5)), true).value())
          .isEqualTo(0.4);
    }

    @Test
    void rejectsNonFiniteValues() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ManualOverride.of(Double.NaN, set, ManualOverride.Hold.ONCE))
          .withMessage("override value must be a finite number, but was NaN");
    }
  }
}
