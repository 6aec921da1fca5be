package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  static final ObjectiveId GROWTH = ObjectiveId.of("growth");

  @Test
  void noShareIsPinnedUnlessSet() {
    assertThat(Alignment.contributesTo(GROWTH).pinnedShare()).isEmpty();
    assertThat(Alignment.of(GROWTH, AlignmentKind.SUPPORTS, 2).pinnedShare()).isEmpty();
  }

  @Test
  void aPinIsKeptByAnotherWeightAndReleased() {
    Alignment pinned = Alignment.contributesTo(GROWTH).withPinnedShare(0.5);
    assertThat(pinned.pinnedShare()).hasValue(0.5);
    assertThat(pinned.target()).isEqualTo(GROWTH);
    assertThat(pinned.kind()).isEqualTo(AlignmentKind.CONTRIBUTES);
    assertThat(pinned.weight()).isEqualTo(1.0);
    Alignment heavier = pinned.withWeight(3);
    assertThat(heavier.weight()).isEqualTo(3.0);
    assertThat(heavier.pinnedShare()).hasValue(0.5);
    assertThat(pinned.withoutPinnedShare()).isEqualTo(Alignment.contributesTo(GROWTH));
    assertThat(Alignment.contributesTo(GROWTH).withPinnedShare(0).pinnedShare()).hasValue(0.0);
    assertThat(Alignment.contributesTo(GROWTH).withPinnedShare(1).pinnedShare()).hasValue(1.0);
  }

  @Test
  void aShareOutsideZeroToOneIsRejected() {
    Alignment link = Alignment.contributesTo(GROWTH);
    assertThatIllegalArgumentException().isThrownBy(() -> link.withPinnedShare(1.01))
        .withMessage("alignment pinned share must lie within [0.0, 1.0], but was 1.01");
    assertThatIllegalArgumentException().isThrownBy(() -> link.withPinnedShare(-0.5))
        .withMessage("alignment pinned share must lie within [0.0, 1.0], but was -0.5");
    assertThatIllegalArgumentException().isThrownBy(() -> link.withPinnedShare(Double.NaN))
        .withMessage("alignment pinned share must be a finite number, but was NaN");
    assertThatIllegalArgumentException().isThrownBy(() -> link.withWeight(-1))
        .withMessage("alignment weight must be zero or more, but was -1.0");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Alignment.contributesTo(GROWTH),
            Alignment.of(GROWTH, AlignmentKind.CONTRIBUTES, 1),
            Alignment.contributesTo(GROWTH).withPinnedShare(0.5).withoutPinnedShare())
        .addEqualityGroup(Alignment.contributesTo(GROWTH).withPinnedShare(0.5),
            Alignment.contributesTo(GROWTH).withPinnedShare(0.5))
        .addEqualityGroup(Alignment.contributesTo(GROWTH).withPinnedShare(0.25))
        // -0.0 is the 0.0 it means.
        .addEqualityGroup(Alignment.contributesTo(GROWTH).withPinnedShare(0),
            Alignment.contributesTo(GROWTH).withPinnedShare(-0.0))
        .addEqualityGroup(Alignment.contributesTo(GROWTH).withWeight(2))
        .addEqualityGroup(Alignment.of(GROWTH, AlignmentKind.SUPPORTS, 1))
        .testEquals();
  }

  @Test
  void textNamesThePin() {
    assertThat(Alignment.contributesTo(GROWTH).withPinnedShare(0.5))
        .hasToString("CONTRIBUTES objective growth pinned 0.5");
    assertThat(Alignment.of(KeyResultId.of("kr-nps"), AlignmentKind.CONTRIBUTES, 2)
        .withPinnedShare(0.5)).hasToString("CONTRIBUTES key result kr-nps x2.0 pinned 0.5");
    assertThat(Alignment.contributesTo(GROWTH)).hasToString("CONTRIBUTES objective growth");
  }
}
