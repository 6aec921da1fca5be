package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JudgementTest {

  static final LocalDate DAY = LocalDate.of(2026, 8, 20);
  static final PersonId P7 = PersonId.of("p7");

  static Judgement override() {
    return Judgement.ofProgress(0.6, P7, DAY, "vendor data arrives late");
  }

  static FinalScore finalScore() {
    return FinalScore.of(0.7, PersonId.of("p1"), LocalDate.of(2026, 10, 2), "launch slipped");
  }

  @Nested
  class Overrides {
    @Test
    void holdProgressStatusOrBoth() {
      Judgement both = Judgement.of(OptionalDouble.of(0.25), Optional.of(ReportedStatus.OFF_TRACK),
          P7, DAY, "lost the account");
      assertThat(both.progress()).hasValue(0.25);
      assertThat(both.status()).contains(ReportedStatus.OFF_TRACK);
      assertThat(both.by()).isEqualTo(P7);
      assertThat(both.on()).isEqualTo(DAY);
      assertThat(both.reason()).isEqualTo("lost the account");
      assertThat(both).hasToString("progress 0.25, OFF_TRACK by p7 on 2026-08-20");
      assertThat(Judgement.ofStatus(ReportedStatus.AT_RISK, P7, DAY, "hire left").progress())
          .isEmpty();
      assertThat(override().status()).isEmpty();
    }

    @Test
    void acceptEveryFractionAndNothingOutside() {
      qt().forAll(doubles().between(0, 1)).checkAssert(p ->
          assertThat(Judgement.ofProgress(p, P7, DAY, "why").progress()).hasValue(p));
      qt().forAll(doubles().between(1.0000001, 1e9)).checkAssert(p ->
          assertThatIllegalArgumentException()
              .isThrownBy(() -> Judgement.ofProgress(p, P7, DAY, "why"))
              .withMessageStartingWith("override progress must lie within [0.0, 1.0], but was"));
    }

    @Test
    void rejectBrokenValues() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Judgement.ofProgress(-0.1, P7, DAY, "why"))
          .withMessage("override progress must lie within [0.0, 1.0], but was -0.1");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Judgement.ofProgress(Double.NaN, P7, DAY, "why"))
          .withMessage("override progress must be a finite number, but was NaN");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Judgement.of(OptionalDouble.empty(), Optional.empty(), P7, DAY, "why"))
          .withMessage("override must set a progress, a status or both, but was 'neither'");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Judgement.ofProgress(0.5, P7, DAY, "  "))
          .withMessage("override reason must not be blank, but was '  '");
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(override(), Judgement.ofProgress(0.6, P7, DAY, "vendor data arrives late"))
          .addEqualityGroup(Judgement.ofProgress(0.7, P7, DAY, "vendor data arrives late"))
          .addEqualityGroup(Judgement.ofProgress(0.6, PersonId.of("p8"), DAY,
              "vendor data arrives late"))
          .addEqualityGroup(Judgement.ofProgress(0.6, P7, DAY.plusDays(1),
              "vendor data arrives late"))
          .addEqualityGroup(Judgement.ofProgress(0.6, P7, DAY, "other"))
          .addEqualityGroup(Judgement.of(OptionalDouble.of(0.6), Optional.of(ReportedStatus.ON_TRACK),
              P7, DAY, "vendor data arrives late"))
          .testEquals();
    }
  }

  @Nested
  class FinalScores {
    @Test
    void holdAGradeWithWhoWhenWhy() {
      FinalScore score = finalScore();
      assertThat(score.score()).isEqualTo(0.7);
      assertThat(score.by()).isEqualTo(PersonId.of("p1"));
      assertThat(score.on()).isEqualTo(LocalDate.of(2026, 10, 2));
      assertThat(score).hasToString("0.7 by p1 on 2026-10-02");
    }

    @Test
    void rejectBrokenValues() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FinalScore.of(1.2, P7, DAY, "why"))
          .withMessage("final score must lie within [0.0, 1.0], but was 1.2");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FinalScore.of(0.5, P7, DAY, ""))
          .withMessage("final score reason must not be blank, but was ''");
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(finalScore(), FinalScore.of(0.7, PersonId.of("p1"),
              LocalDate.of(2026, 10, 2), "launch slipped"))
          .addEqualityGroup(FinalScore.of(0.8, PersonId.of("p1"), LocalDate.of(2026, 10, 2),
              "launch slipped"))
          .addEqualityGroup(FinalScore.of(0.7, P7, LocalDate.of(2026, 10, 2), "launch slipped"))
          .testEquals();
    }
  }

  @Nested
  class OnAKeyResult {
    KeyResult nps = KeyResultTest.nps();

    @Test
    void areAbsentByDefaultAndCostNothing() {
      assertThat(nps.judgement()).isEmpty();
      assertThat(nps.finalScore()).isEmpty();
      // The hash of a key result without them is the one it always had.
      KeyResult released = nps.withJudgement(override()).withoutJudgement();
      assertThat(released).isEqualTo(nps).hasSameHashCodeAs(nps);
    }

    @Test
    void areKeptCopiedAndCompared() {
      KeyResult judged = nps.withJudgement(override()).withFinalScore(finalScore());
      assertThat(judged.judgement()).contains(override());
      assertThat(judged.finalScore()).contains(finalScore());
      assertThat(KeyResult.builder().from(judged).build()).isEqualTo(judged)
          .hasSameHashCodeAs(judged);
      assertThat(judged.withTitle("Raise NPS to 45").judgement()).contains(override());
      new EqualsTester().addEqualityGroup(nps).addEqualityGroup(nps.withJudgement(override()))
          .addEqualityGroup(nps.withFinalScore(finalScore())).addEqualityGroup(judged)
          .testEquals();
      assertThat(judged.toString()).contains(", override=progress 0.6 by p7 on 2026-08-20")
          .contains(", finalScore=0.7 by p1");
    }
  }

  @Nested
  class OnAnObjective {
    @Test
    void areAbsentByDefaultAndKept() {
      Objective delight = ObjectiveTest.delight();
      assertThat(delight.judgement()).isEmpty();
      assertThat(delight.finalScore()).isEmpty();
      Objective judged = delight.withJudgement(override()).withFinalScore(finalScore());
      assertThat(judged.judgement()).contains(override());
      assertThat(judged.finalScore()).contains(finalScore());
      assertThat(judged.withoutJudgement()).isEqualTo(delight.withFinalScore(finalScore()));
      assertThat(judged).isNotEqualTo(delight);
    }
  }
}
