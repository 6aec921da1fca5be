package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Alignment;
import org.okr4j.core.Change;
import org.okr4j.core.ChangeKind;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Contribution;
import org.okr4j.core.Corridor;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.KeyResultRollUp;
import org.okr4j.core.Kpi;
import org.okr4j.core.KpiId;
import org.okr4j.core.KpiLink;
import org.okr4j.core.KpiReading;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.testing.OkrSets;

class ChangeImpactTest {

  private static final LevelScheme LEVELS = LevelScheme.standard();
  private static final Cycle Q3 = Cycle.parse("2026-Q3");                 // 2026-07-01..09-30
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
  private static final ObjectiveId TOP = ObjectiveId.of("o-top");
  private static final ObjectiveId DELIGHT = ObjectiveId.of("o-delight");
  private static final KeyResultId NPS = KeyResultId.of("kr-nps");

  /**
   * o-top (company, no key results) <- o-delight (department) holding kr-nps, linear 0 -> 100,
   * checked in at 10 on 1 August: on 15 August 45 of the cycle's 91 days are gone, so 49.45 is
   * expected and 10 is 39 points short, more than okr4j's 25: at risk.
   */
  private static OkrSet before() {
    KeyResult nps = KeyResult.builder().id(NPS).title("Raise NPS to 100")
        .measure(LinearMeasure.of(0, 100)).addCheckIns(CheckIn.of(LocalDate.of(2026, 8, 1), 10))
        .build();
    return OkrSet.builder().addCycles(Q3).addObjectives(
        Objective.builder().id(TOP).title("Grow").level(LEVELS.top()).cycle(Q3.id()).build(),
        Objective.builder().id(DELIGHT).title("Delight our customers")
            .level(LEVELS.level("department")).cycle(Q3.id())
            .addAlignments(Alignment.contributesTo(TOP)).addKeyResults(nps).build())
        .build();
  }

  /** kr-nps checked in at 60 on 14 August: 60 is ahead of the 49.45 expected, on track. */
  private static OkrSet checkedIn(OkrSet set) {
    Objective delight = set.objective(DELIGHT).orElseThrow();
    return set.with(delight.withKeyResult(delight.keyResult(NPS).orElseThrow()
        .withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 14), 60))));
  }

  private static ChangeImpact impact(OkrSet before, OkrSet after, ScoringPolicy scoring) {
    return ChangeImpact.of(before, after, scoring, AS_OF);
  }

  private static Optional<Progress> progress(double value) {
    return Optional.of(Progress.of(value, "test"));
  }

  @Nested
  class Scores {
    @Test
    void aCheckInMovesItsObjectiveFromAtRiskToOnTrack() {
      OkrSet before = before();
      ChangeImpact impact = impact(before, checkedIn(before), ScoringPolicy.defaults());
      assertThat(impact.changes()).containsExactly(new Change(NPS, ChangeKind.CHECKED_IN,
          Optional.of("10"), Optional.of("60")));
      // Without a cascade o-top has no parts: listed as affected, but nothing of it moves.
      assertThat(impact.scores()).containsExactly(
          new ScoreChange(DELIGHT, progress(0.1), progress(0.6), Optional.of(Status.AT_RISK),
              Optional.of(Status.ON_TRACK)),
          new ScoreChange(TOP, Optional.of(Progress.notScored("none")),
              Optional.of(Progress.notScored("none")), Optional.empty(), Optional.empty()),
          new ScoreChange(NPS, progress(0.1), progress(0.6), Optional.of(Status.AT_RISK),
              Optional.of(Status.ON_TRACK)));
      assertThat(impact.moved()).extracting(ScoreChange::subject).containsExactly(DELIGHT, NPS);
      assertThat(impact.scoresBefore().status(DELIGHT)).contains(Status.AT_RISK);
      assertThat(impact.scoresAfter().status(DELIGHT)).contains(Status.ON_TRACK);
    }

    @Test
    void underACascadeTheParentMovesToo() {
      OkrSet before = before();
      ChangeImpact impact = impact(before, checkedIn(before),
          ScoringPolicy.defaults().withCascade(Cascade.CONTRIBUTING));
      assertThat(impact.moved()).extracting(ScoreChange::subject)
          .containsExactly(DELIGHT, TOP, NPS);
      assertThat(impact.moved().get(1).progressAfter()).isEqualTo(progress(0.6));
    }

    @Test
    void anAddedOrRemovedObjectiveHasOneSideOnly() {
      OkrSet before = before();
      OkrSet after = before.without(DELIGHT);
      ChangeImpact removed = impact(before, after, ScoringPolicy.defaults());
      assertThat(removed.scores()).containsExactly(
          new ScoreChange(DELIGHT, progress(0.1), Optional.empty(),
              Optional.of(Status.AT_RISK), Optional.empty()),
          new ScoreChange(TOP, Optional.of(Progress.notScored("none")),
              Optional.of(Progress.notScored("none")), Optional.empty(), Optional.empty()),
          new ScoreChange(NPS, progress(0.1), Optional.empty(),
              Optional.of(Status.AT_RISK), Optional.empty()));
      ChangeImpact added = impact(after, before, ScoringPolicy.defaults());
      assertThat(added.scores().get(0)).isEqualTo(new ScoreChange(DELIGHT, Optional.empty(),
          progress(0.1), Optional.empty(), Optional.of(Status.AT_RISK)));
      assertThat(added.scores().get(0)).hasToString("o-delight - -> 0.1, - -> AT_RISK");
    }

    @Test
    void nothingChangedNothingMoves() {
      OkrSet set = before();
      ChangeImpact impact = impact(set, set, ScoringPolicy.defaults());
      assertThat(impact.changes()).isEmpty();
      assertThat(impact.scores()).isEmpty();
      assertThat(impact.moved()).isEmpty();
    }
  }

  @Nested
  class Cascades {
    private final KeyResultId parent = KeyResultId.of("kr-parent");
    private final KeyResultId child = KeyResultId.of("kr-child");

    /** kr-parent (in o-delight) sums kr-child (in o-team), 3 of 0 to 10: 0.3. */
    private OkrSet rolledUp() {
      KeyResult sum = KeyResult.builder().id(parent).title("Sum").measure(LinearMeasure.of(0, 10))
          .rollUp(KeyResultRollUp.SUM_OF_VALUES).build();
      KeyResult part = KeyResult.builder().id(child).title("Part")
          .measure(LinearMeasure.of(0, 10)).addContributions(Contribution.to(parent))
          .addCheckIns(CheckIn.of(LocalDate.of(2026, 8, 1), 3)).build();
      OkrSet set = before();
      return set.with(set.objective(DELIGHT).orElseThrow().withKeyResult(sum))
          .with(Objective.builder().id(TEAM).title("Team").level(LEVELS.level("team"))
              .cycle(Q3.id()).addKeyResults(part).build());
    }

    private static final ObjectiveId TEAM = ObjectiveId.of("o-team");

    @Test
    void aCheckInOnAChildShowsTheRolledUpParentsScore() {
      OkrSet before = rolledUp();
      Objective team = before.objective(TEAM).orElseThrow();
      OkrSet after = before.with(team.withKeyResult(team.keyResult(child).orElseThrow()
          .withCheckIn(CheckIn.of(LocalDate.of(2026, 8, 14), 8))));
      ChangeImpact impact = impact(before, after, ScoringPolicy.defaults());
      assertThat(impact.changes()).containsExactly(new Change(child, ChangeKind.CHECKED_IN,
          Optional.of("3"), Optional.of("8")));
      assertThat(impact.diff().affectedKeyResults()).containsExactly(child, parent);
      assertThat(impact.scores()).extracting(ScoreChange::subject)
          .containsExactly(DELIGHT, TEAM, TOP, child, parent);
      ScoreChange rolled = impact.scores().get(4);
      assertThat(rolled.progressBefore().orElseThrow().value()).isEqualTo(0.3);
      assertThat(rolled.progressAfter().orElseThrow().value()).isEqualTo(0.8);
      assertThat(impact.moved()).extracting(ScoreChange::subject).contains(child, parent);
    }
  }

  @Nested
  class Kpis {
    private final KpiId churn = KpiId.of("kpi-churn");

    private OkrSet withChurn() {
      return before().withKpi(Kpi.builder().id(churn).title("Churn")
          .corridor(Corridor.atMost(2.5)).addReadings(KpiReading.of(LocalDate.of(2026, 8, 1), 2))
          .addLinks(KpiLink.protects(DELIGHT)).build());
    }

    @Test
    void aKpiReadingListsTheLinkedObjectivesWhoseExplanationReadsIt() {
      OkrSet before = withChurn();
      OkrSet after = before.withKpi(before.kpi(churn).orElseThrow()
          .withReading(KpiReading.of(LocalDate.of(2026, 8, 14), 3.1)));
      ChangeImpact impact = impact(before, after, ScoringPolicy.defaults());
      assertThat(impact.changes()).containsExactly(new Change(churn, ChangeKind.CHECKED_IN,
          Optional.of("2"), Optional.of("3.1")));
      // KPIs move no progress or status: listed, not moved; the explanation says what changed.
      assertThat(impact.scores()).extracting(ScoreChange::subject)
          .containsExactly(DELIGHT, TOP);
      assertThat(impact.moved()).isEmpty();
      assertThat(impact.scoresAfter().explain(DELIGHT))
          .isNotEqualTo(impact.scoresBefore().explain(DELIGHT));
    }
  }

  @Nested
  class Values {
    @Test
    void printsCountsAndNumbersNeverTitles() {
      OkrSet before = before();
      ChangeImpact impact = impact(before, checkedIn(before), ScoringPolicy.defaults());
      assertThat(impact).hasToString("ChangeImpact[1 changes, 2 objectives affected, "
          + "2 scores moved]");
      assertThat(impact.diff().changes()).isEqualTo(impact.changes());
      assertThat(impact.scores().get(0))
          .hasToString("o-delight 0.1 -> 0.6, AT_RISK -> ON_TRACK");
      assertThat(new ScoreChange(NPS, Optional.of(Progress.notScored("x")), Optional.empty(),
          Optional.empty(), Optional.empty())).hasToString("kr-nps not scored -> -, - -> -");
    }

    @Test
    void movedIsProgressOrStatusMoved() {
      ScoreChange progressOnly = new ScoreChange(NPS, progress(0.1), progress(0.2),
          Optional.of(Status.ON_TRACK), Optional.of(Status.ON_TRACK));
      assertThat(progressOnly.progressMoved()).isTrue();
      assertThat(progressOnly.statusMoved()).isFalse();
      assertThat(progressOnly.moved()).isTrue();
      ScoreChange statusOnly = new ScoreChange(NPS, progress(0.1), progress(0.1),
          Optional.of(Status.ON_TRACK), Optional.of(Status.BEHIND));
      assertThat(statusOnly.progressMoved()).isFalse();
      assertThat(statusOnly.statusMoved()).isTrue();
      assertThat(statusOnly.moved()).isTrue();
      ScoreChange still = new ScoreChange(NPS, progress(0.1), progress(0.1),
          Optional.empty(), Optional.empty());
      assertThat(still.moved()).isFalse();
    }

    @Test
    void scoreChangesAreEqualByValue() {
      new EqualsTester()
          .addEqualityGroup(new ScoreChange(NPS, progress(0.1), progress(0.2), Optional.empty(),
              Optional.empty()), new ScoreChange(NPS, progress(0.1), progress(0.2),
              Optional.empty(), Optional.empty()))
          .addEqualityGroup(new ScoreChange(TOP, progress(0.1), progress(0.2), Optional.empty(),
              Optional.empty()))
          .addEqualityGroup(new ScoreChange(NPS, progress(0.2), progress(0.2), Optional.empty(),
              Optional.empty()))
          .addEqualityGroup(new ScoreChange(NPS, progress(0.1), progress(0.3), Optional.empty(),
              Optional.empty()))
          .addEqualityGroup(new ScoreChange(NPS, progress(0.1), progress(0.2),
              Optional.of(Status.AT_RISK), Optional.empty()))
          .addEqualityGroup(new ScoreChange(NPS, progress(0.1), progress(0.2), Optional.empty(),
              Optional.of(Status.AT_RISK)))
          .testEquals();
    }
  }

  @Nested
  class Properties {
    @Test
    void theSameWhateverTheOrderOfEitherSet() {
      qt(30).forAll(OkrSets.withKpis(OkrSets.any(6)), OkrSets.withKpis(OkrSets.any(6)),
          longs().all()).checkAssert((a, b, seed) -> {
        LocalDate day = LocalDate.of(2026, 8, 20);
        ChangeImpact impact = ChangeImpact.of(a, b, ScoringPolicy.defaults(), day);
        ChangeImpact shuffled = ChangeImpact.of(OkrSets.shuffled(a, seed),
            OkrSets.shuffled(b, ~seed), ScoringPolicy.defaults(), day);
        assertThat(shuffled.scores()).isEqualTo(impact.scores());
        assertThat(shuffled.changes()).isEqualTo(impact.changes());
      });
    }

    @Test
    void aSetAgainstItselfHasNoImpact() {
      qt(30).forAll(OkrSets.withKpis(OkrSets.any(6))).checkAssert(set -> {
        ChangeImpact impact = ChangeImpact.of(set, OkrSets.shuffled(set, 3),
            ScoringPolicy.defaults(), LocalDate.of(2026, 8, 20));
        assertThat(impact.changes()).isEmpty();
        assertThat(impact.scores()).isEmpty();
      });
    }
  }
}
