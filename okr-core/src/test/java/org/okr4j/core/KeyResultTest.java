package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KeyResultTest {

  static final LocalDate DAY = LocalDate.of(2026, 8, 3);

  static KeyResult nps() {
    return KeyResult.builder().id(KeyResultId.of("kr-nps")).title("Raise NPS from 31 to 45")
        .owner(PersonId.of("p7")).measure(LinearMeasure.of(31, 45)).build();
  }

  @Nested
  class CheckIns {
    @Test
    void carryOneKindOfReading() {
      assertThat(CheckIn.of(DAY, 38).reading()).contains(MeasureKind.Reading.VALUE);
      assertThat(CheckIn.done(DAY).reading()).contains(MeasureKind.Reading.DONE);
      assertThat(CheckIn.zone(DAY, "TARGET").reading()).contains(MeasureKind.Reading.ZONE);
      assertThat(CheckIn.stages(DAY, "design").reading()).contains(MeasureKind.Reading.STAGES);
      CheckIn confidenceOnly = CheckIn.builder().date(DAY).confidence(Confidence.ofTen(6)).build();
      assertThat(confidenceOnly.reading()).isEmpty();
      assertThat(confidenceOnly.done()).isFalse();
    }

    @Test
    void shareTheAnswerOfWhichReadingTheyCarry() {
      assertThat(CheckIn.of(DAY, 38).reading()).isSameAs(CheckIn.of(DAY.plusDays(1), 7).reading());
      assertThat(CheckIn.done(DAY).reading()).isSameAs(CheckIn.done(DAY.plusDays(1)).reading());
      assertThat(CheckIn.zone(DAY, "TARGET").reading())
          .isSameAs(CheckIn.zone(DAY, "COMMIT").reading());
      assertThat(CheckIn.stages(DAY, "design").reading())
          .isSameAs(CheckIn.stages(DAY, "build").reading());
    }

    @Test
    void rejectsTwoReadingsAndBrokenValues() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CheckIn.builder().date(DAY).value(1).done(true).build())
          .withMessage("check-in reading must be one of value, zone, done or stages,"
              + " but was '2 readings'");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CheckIn.builder().date(DAY).zone("A").addStagesDone("b").build())
          .withMessageContaining("but was '2 readings'");
      assertThatIllegalArgumentException().isThrownBy(() -> CheckIn.of(DAY, Double.NaN))
          .withMessage("check-in value must be a finite number, but was NaN");
      assertThatIllegalArgumentException().isThrownBy(() -> CheckIn.zone(DAY, " "))
          .withMessageStartingWith("check-in zone must not be blank");
      assertThatIllegalArgumentException().isThrownBy(() -> CheckIn.stages(DAY, "a", "a"))
          .withMessage("check-in stages done must not contain duplicates, but was 'a'");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CheckIn.builder().date(DAY).note("x".repeat(10_001)).build())
          .withMessage("check-in note must be at most 10000 characters long, but was 10001");
      assertThat(CheckIn.builder().date(DAY).note("x".repeat(10_000)).build().note()).isPresent();
    }

    @Test
    void printWithoutTheirNote() {
      CheckIn full = CheckIn.builder().date(DAY).value(38).confidence(Confidence.of(0.6))
          .note("private remark").author(PersonId.of("p7")).build();
      assertThat(full).hasToString("CheckIn[2026-08-03, value=38.0, confidence=0.6, author=p7]");
      assertThat(full.toString()).doesNotContain("private");
      assertThat(CheckIn.done(DAY)).hasToString("CheckIn[2026-08-03, done]");
      assertThat(CheckIn.zone(DAY, "FAIL")).hasToString("CheckIn[2026-08-03, zone=FAIL]");
      assertThat(CheckIn.stages(DAY, "a", "b")).hasToString("CheckIn[2026-08-03, stages=[a, b]]");
    }
  }

  @Nested
  class Construction {
    @Test
    void keepsCheckInsInDateOrder() {
      KeyResult kr = nps().withCheckIn(CheckIn.of(DAY.plusWeeks(1), 36))
          .withCheckIn(CheckIn.of(DAY, 34))
          .withCheckIn(CheckIn.builder().date(DAY.plusWeeks(1)).confidence(Confidence.of(0.7))
              .build());
      assertThat(kr.checkIns()).extracting(CheckIn::date)
          .containsExactly(DAY, DAY.plusWeeks(1), DAY.plusWeeks(1));
      assertThat(kr.checkIns().get(1).value()).hasValue(36);
      assertThat(kr.currentValue()).hasValue(36);
      assertThat(kr.currentConfidence()).contains(Confidence.of(0.7));
      assertThat(kr.latestCheckIn()).map(CheckIn::value).contains(java.util.OptionalDouble.empty());
    }

    @Test
    void hasDefaultsAndNothingYet() {
      KeyResult kr = nps();
      assertThat(kr.weight()).isEqualTo(1.0);
      assertThat(kr.latestCheckIn()).isEmpty();
      assertThat(kr.currentValue()).isEmpty();
      assertThat(kr.currentConfidence()).isEmpty();
      assertThat(kr.contributors()).isEmpty();
      assertThat(kr).hasToString("KeyResult[kr-nps \"Raise NPS from 31 to 45\", linear 31 -> 45,"
          + " weight=1.0, checkIns=0]");
      assertThat(KeyResult.of("kr", "Title", MilestoneMeasure.of()).owner()).isEmpty();
    }

    @Test
    void rejectsReadingsThatDoNotFitTheMeasure() {
      assertThatIllegalArgumentException().isThrownBy(() -> nps().withCheckIn(CheckIn.done(DAY)))
          .withMessage("check-in reading must be a VALUE for a LINEAR measure, but was DONE");
      KeyResult ordinal = KeyResult.of("kr", "Run meet-ups", OrdinalMeasure.puzzle());
      assertThat(ordinal.withCheckIn(CheckIn.zone(DAY, "TARGET")).checkIns()).hasSize(1);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ordinal.withCheckIn(CheckIn.zone(DAY, "GREAT")))
          .withMessage("check-in zone must be one of [FAIL, COMMIT, TARGET, STRETCH],"
              + " but was 'GREAT'");
      KeyResult stages = KeyResult.of("kr", "Loyalty", StagesMeasure.equal("design", "ship"));
      assertThat(stages.withCheckIn(CheckIn.stages(DAY, "design")).checkIns()).hasSize(1);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> stages.withCheckIn(CheckIn.stages(DAY, "design", "test")))
          .withMessage("check-in stage must be one of the measure's stages, but was 'test'");
      KeyResult milestone = KeyResult.of("kr", "Pass", MilestoneMeasure.of());
      assertThat(milestone.withCheckIn(CheckIn.done(DAY)).checkIns()).hasSize(1);
      assertThat(milestone.withCheckIn(CheckIn.builder().date(DAY).note("n").build()).checkIns())
          .hasSize(1);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> nps().withCheckIn(CheckIn.of(DAY, 40)).withMeasure(MilestoneMeasure.of()))
          .withMessageStartingWith("check-in reading must be a DONE");
    }

    @Test
    void rejectsBrokenAttributes() {
      assertThatIllegalArgumentException().isThrownBy(() -> nps().withTitle(" "))
          .withMessageStartingWith("key result title must not be blank");
      assertThatIllegalArgumentException().isThrownBy(() -> nps().withWeight(-0.5))
          .withMessage("key result weight must be zero or more, but was -0.5");
      assertThatIllegalArgumentException().isThrownBy(() -> nps().withWeight(Double.NaN))
          .withMessage("key result weight must be a finite number, but was NaN");
      assertThat(nps().withWeight(0).weight()).isZero();
      assertThatIllegalArgumentException().isThrownBy(() -> KeyResult.builder().from(nps())
              .addContributors(PersonId.of("a"), PersonId.of("a")).build())
          .withMessage("key result contributors must not contain duplicates, but was a");
      assertThatIllegalArgumentException().isThrownBy(() -> KeyResult.builder().from(nps())
              .addInitiatives("").build())
          .withMessageStartingWith("key result initiative must not be blank");
      assertThatIllegalArgumentException().isThrownBy(() -> nps().withTitle("x".repeat(501)))
          .withMessage("key result title must be at most 500 characters long, but was 501");
      assertThat(nps().withTitle("把客户满意度提升到九十分".repeat(40)).title()).hasSize(480);
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(nps(), nps())
          .addEqualityGroup(nps().withWeight(2))
          .addEqualityGroup(nps().withCheckIn(CheckIn.of(DAY, 33)))
          .addEqualityGroup(CheckIn.of(DAY, 33), CheckIn.of(DAY, 33))
          .addEqualityGroup(CheckIn.of(DAY, 34))
          .testEquals();
    }
  }

  @Test
  void initiativesServeTheOutcome() {
    KeyResult kr = KeyResult.builder().from(nps()).addInitiatives("Call every detractor")
        .addContributors(PersonId.of("p8")).build();
    assertThat(kr.initiatives()).containsExactly("Call every detractor");
    assertThat(kr.contributors()).containsExactly(PersonId.of("p8"));
    assertThat(kr.withMeasure(LinearMeasure.of(30, 50)).measure())
        .isEqualTo(LinearMeasure.of(30, 50));
    assertThat(List.of(kr)).hasSize(1);
    // the list setters replace what the builder held; the adders add
    KeyResult replaced = KeyResult.builder().from(kr).initiatives(List.of("Fix the survey"))
        .contributors(List.of(PersonId.of("p9"))).build();
    assertThat(replaced.initiatives()).containsExactly("Fix the survey");
    assertThat(replaced.contributors()).containsExactly(PersonId.of("p9"));
  }

  @Nested
  class PinnedShare {
    @Test
    void unsetByDefaultAndKeptByCopies() {
      assertThat(nps().pinnedShare()).isEmpty();
      KeyResult pinned = nps().withPinnedShare(0.4);
      assertThat(pinned.pinnedShare()).hasValue(0.4);
      assertThat(pinned.withWeight(2).pinnedShare()).hasValue(0.4);
      assertThat(KeyResult.builder().from(pinned).build().pinnedShare()).hasValue(0.4);
      assertThat(pinned.withoutPinnedShare().pinnedShare()).isEmpty();
      assertThat(pinned.withoutPinnedShare()).isEqualTo(nps())
          .hasSameHashCodeAs(nps());
      assertThat(KeyResult.builder().from(nps()).pinnedShare(java.util.OptionalDouble.of(0.3))
          .build().pinnedShare()).hasValue(0.3);
    }

    @Test
    void theBoundsAreAllowed() {
      assertThat(nps().withPinnedShare(0).pinnedShare()).hasValue(0.0);
      assertThat(nps().withPinnedShare(1).pinnedShare()).hasValue(1.0);
    }

    @Test
    void aShareOutsideZeroToOneIsRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> nps().withPinnedShare(1.5))
          .withMessage("key result pinned share must lie within [0.0, 1.0], but was 1.5");
      assertThatIllegalArgumentException().isThrownBy(() -> nps().withPinnedShare(-0.1))
          .withMessage("key result pinned share must lie within [0.0, 1.0], but was -0.1");
      assertThatIllegalArgumentException().isThrownBy(() -> nps().withPinnedShare(Double.NaN))
          .withMessage("key result pinned share must be a finite number, but was NaN");
    }

    @Test
    void equalityHashAndText() {
      new EqualsTester()
          .addEqualityGroup(nps(), nps().withPinnedShare(0.5).withoutPinnedShare())
          .addEqualityGroup(nps().withPinnedShare(0.5), nps().withPinnedShare(0.5))
          .addEqualityGroup(nps().withPinnedShare(0.25))
          .addEqualityGroup(nps().withPinnedShare(0), nps().withPinnedShare(-0.0))
          .testEquals();
      // only a pin adds to the hash: a key result without one hashes as it did
      assertThat(nps().withPinnedShare(0.5).hashCode()).isNotEqualTo(nps().hashCode());
      assertThat(nps().withPinnedShare(0.5).toString()).endsWith(", pinnedShare=0.5]");
      assertThat(nps().toString()).doesNotContain("pinnedShare");
    }

    @Test
    void aPinAloneIsStoredWithTheOwner() {
      KeyResult pinned = nps().withPinnedShare(0.5);
      assertThat(pinned.owner()).contains(PersonId.of("p7"));
      assertThat(pinned.contributors()).isEmpty();
      assertThat(pinned.cadence()).isEmpty();
    }
  }
}
