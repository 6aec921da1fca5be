package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.okr4j.core.testing.OkrSets;

class OkrDiffTest {

  private static final LevelScheme LEVELS = LevelScheme.standard();
  private static final CycleId Q3 = CycleId.of("2026-Q3");
  private static final LocalDate DAY = LocalDate.of(2026, 8, 3);

  private static ObjectiveId oid(String id) {
    return ObjectiveId.of(id);
  }

  private static KeyResultId kid(String id) {
    return KeyResultId.of(id);
  }

  private static Objective.Builder objective(String id, String level, String... parents) {
    Objective.Builder b = Objective.builder().id(oid(id)).title("Objective " + id)
        .level(LEVELS.level(level)).cycle(Q3);
    for (String parent : parents) {
      b.addAlignments(Alignment.contributesTo(oid(parent)));
    }
    return b;
  }

  private static KeyResult nps() {
    return KeyResult.builder().id(kid("kr-nps")).title("Raise NPS from 31 to 45")
        .measure(LinearMeasure.of(31, 45)).addCheckIns(CheckIn.of(DAY, 34)).build();
  }

  /**
   * Two chains: top-a <- mid-a <- leaf (holding kr-nps) and top-b <- mid-b; plus a loop
   * loop-1 <-> loop-2 hanging below top-b.
   */
  private static OkrSet company() {
    return OkrSet.builder().addCycles(Cycle.parse("2026-Q3")).addObjectives(
        objective("top-a", "company").build(),
        objective("top-b", "company").build(),
        objective("mid-a", "department", "top-a").build(),
        objective("mid-b", "department", "top-b").build(),
        objective("leaf", "team", "mid-a").addKeyResults(nps(),
            KeyResult.of("kr-ship", "Ship the survey", MilestoneMeasure.of())).build(),
        objective("loop-1", "team", "loop-2", "top-b").build(),
        objective("loop-2", "team", "loop-1").build())
        .build();
  }

  private static Objective leaf(OkrSet set) {
    return set.objective(oid("leaf")).orElseThrow();
  }

  private static OkrSet editNps(OkrSet set, java.util.function.UnaryOperator<KeyResult> edit) {
    Objective leaf = leaf(set);
    return set.with(leaf.withKeyResult(edit.apply(leaf.keyResult(kid("kr-nps")).orElseThrow())));
  }

  private static Change change(Identifier<?> subject, ChangeKind kind, String from, String to) {
    return new Change(subject, kind, Optional.ofNullable(from), Optional.ofNullable(to));
  }

  @Nested
  class Kinds {
    @Test
    void aCheckInIsTheOnlyChangeAndMovesItsObjectiveAndItsAncestors() {
      OkrSet before = company();
      OkrSet after = editNps(before, kr -> kr.withCheckIn(CheckIn.of(DAY.plusDays(7), 38)));
      OkrDiff diff = OkrDiff.between(before, after);
      assertThat(diff.changes()).containsExactly(
          change(kid("kr-nps"), ChangeKind.CHECKED_IN, "34", "38"));
      assertThat(diff.affected()).containsExactly(oid("leaf"), oid("mid-a"), oid("top-a"));
      assertThat(diff.isEmpty()).isFalse();
      assertThat(diff.before()).isSameAs(before);
      assertThat(diff.after()).isSameAs(after);
      assertThat(diff).hasToString("OkrDiff[1 changes, 3 objectives affected]");
    }

    @Test
    void aFirstCheckInHasNoValueBefore() {
      OkrSet before = editNps(company(), kr -> KeyResult.builder().from(kr).checkIns(List.of())
          .build());
      OkrSet after = editNps(before, kr -> kr.withCheckIn(CheckIn.of(DAY, 36)));
      assertThat(OkrDiff.between(before, after).changes()).containsExactly(
          change(kid("kr-nps"), ChangeKind.CHECKED_IN, null, "36"));
    }

    @Test
    void retargetReweightRetitleReownJudgeAndEditAreEachTheirOwnChange() {
      OkrSet before = company();
      OkrSet after = editNps(before, kr -> KeyResult.builder().from(kr)
          .measure(LinearMeasure.of(31, 50)).weight(2).title("Raise NPS to 50")
          .owner(PersonId.of("emp-7")).cadence(Cadence.BIWEEKLY)
          .judgement(Judgement.ofProgress(0.5, PersonId.of("emp-7"), DAY, "halfway")).build());
      assertThat(OkrDiff.between(before, after).changes()).containsExactly(
          change(kid("kr-nps"), ChangeKind.RETARGETED, "linear 31 -> 45", "linear 31 -> 50"),
          change(kid("kr-nps"), ChangeKind.REOWNED, null, "emp-7"),
          change(kid("kr-nps"), ChangeKind.RETITLED, null, null),
          change(kid("kr-nps"), ChangeKind.REWEIGHTED, "1", "2"),
          change(kid("kr-nps"), ChangeKind.JUDGED, null, null),
          change(kid("kr-nps"), ChangeKind.EDITED, null, null));
    }

    @Test
    void eachOtherKeyResultAttributeIsAnEdit() {
      OkrSet before = company();
      for (java.util.function.UnaryOperator<KeyResult> edit : List.<java.util.function
          .UnaryOperator<KeyResult>>of(
          kr -> KeyResult.builder().from(kr).addContributors(PersonId.of("emp-9")).build(),
          kr -> KeyResult.builder().from(kr).addInitiatives("survey").build(),
          kr -> kr.withWaypoints(List.of(Waypoint.of(LocalDate.of(2026, 8, 31), 40))))) {
        assertThat(OkrDiff.between(before, editNps(before, edit)).changes())
            .containsExactly(change(kid("kr-nps"), ChangeKind.EDITED, null, null));
      }
      assertThat(OkrDiff.between(before, editNps(before,
          kr -> kr.withFinalScore(FinalScore.of(0.6, PersonId.of("emp-7"), DAY, "fine"))))
          .changes()).containsExactly(change(kid("kr-nps"), ChangeKind.JUDGED, null, null));
    }

    @Test
    void coOwnersAndSharesAreReOwnership() {
      OkrSet before = company();
      Objective mid = before.objective(oid("mid-a")).orElseThrow();
      OkrSet coOwned = before.with(mid.withCoOwners(List.of(PersonId.of("emp-7")))
          .withSharedWith(List.of(Share.of(OrgUnitId.of("ops"), 0.5))));
      assertThat(OkrDiff.between(before, coOwned).changes()).containsExactly(
          change(oid("mid-a"), ChangeKind.REOWNED, null, "+emp-7 shared ops=0.5"));
      OkrSet owned = before.with(Objective.builder().from(mid).owner(OrgUnitId.of("sales"))
          .build());
      OkrSet shared = owned.with(owned.objective(oid("mid-a")).orElseThrow()
          .withSharedWith(List.of(Share.of(OrgUnitId.of("ops"), 0.5))));
      assertThat(OkrDiff.between(owned, shared).changes()).containsExactly(
          change(oid("mid-a"), ChangeKind.REOWNED, "sales", "sales shared ops=0.5"));
      OkrSet krCoOwned = editNps(owned, kr -> kr.withCoOwners(List.of(OrgUnitId.of("ops"))));
      assertThat(OkrDiff.between(owned, krCoOwned).changes()).containsExactly(
          change(kid("kr-nps"), ChangeKind.REOWNED, null, "+ops"));
    }

    @Test
    void objectiveAttributesAreTheirOwnChanges() {
      OkrSet before = company();
      Objective mid = before.objective(oid("mid-a")).orElseThrow();
      OkrSet after = before.with(Objective.builder().from(mid).title("Objective mid-a, renamed")
          .owner(OrgUnitId.of("sales")).addAlignments(Alignment.contributesTo(oid("top-b")))
          .finalScore(FinalScore.of(0.6, PersonId.of("emp-7"), DAY, "fine"))
          .description("why").build());
      assertThat(OkrDiff.between(before, after).changes()).containsExactly(
          change(oid("mid-a"), ChangeKind.MOVED, "[CONTRIBUTES objective top-a]",
              "[CONTRIBUTES objective top-a, CONTRIBUTES objective top-b]"),
          change(oid("mid-a"), ChangeKind.REOWNED, null, "sales"),
          change(oid("mid-a"), ChangeKind.RETITLED, null, null),
          change(oid("mid-a"), ChangeKind.JUDGED, null, null),
          change(oid("mid-a"), ChangeKind.EDITED, null, null));
    }

    @Test
    void eachOtherObjectiveAttributeIsAnEdit() {
      OkrSet before = company();
      Objective mid = before.objective(oid("mid-a")).orElseThrow();
      List<Objective> edits = List.of(
          Objective.builder().from(mid).description("why").build(),
          Objective.builder().from(mid).level(LEVELS.level("team")).build(),
          Objective.builder().from(mid).cycle(CycleId.of("2026-Q4")).build(),
          Objective.builder().from(mid).commitment(Commitment.COMMITTED).build(),
          Objective.builder().from(mid).perspective(Perspective.CUSTOMER).build(),
          Objective.builder().from(mid).addThemes("growth").build(),
          Objective.builder().from(mid).origin(Origin.DECOMPOSED).build(),
          Objective.builder().from(mid).standaloneReason("alone").build(),
          mid.withState(ObjectiveState.DRAFT),
          Objective.builder().from(mid).carriedOverFrom(oid("old")).build());
      for (Objective edited : edits) {
        assertThat(OkrDiff.between(before, before.with(edited)).changes())
            .as(edited.toString())
            .containsExactly(change(oid("mid-a"), ChangeKind.EDITED, null, null));
      }
      assertThat(OkrDiff.between(before, before.with(mid.withJudgement(
          Judgement.ofProgress(0.5, PersonId.of("emp-7"), DAY, "halfway")))).changes())
          .containsExactly(change(oid("mid-a"), ChangeKind.JUDGED, null, null));
    }

    @Test
    void aMoveShowsTheLinksAndAffectsBothChains() {
      OkrSet before = company();
      Objective leaf = leaf(before);
      OkrSet after = before.with(Objective.builder().from(leaf)
          .alignments(List.of(Alignment.contributesTo(oid("mid-b")))).build());
      OkrDiff diff = OkrDiff.between(before, after);
      assertThat(diff.changes()).containsExactly(change(oid("leaf"), ChangeKind.MOVED,
          "[CONTRIBUTES objective mid-a]", "[CONTRIBUTES objective mid-b]"));
      assertThat(diff.affected()).containsExactly(oid("leaf"), oid("mid-a"), oid("mid-b"),
          oid("top-a"), oid("top-b"));
    }

    @Test
    void unlinkingShowsNoLinksAfter() {
      OkrSet before = company();
      OkrSet after = before.with(Objective.builder().from(leaf(before)).alignments(List.of())
          .build());
      assertThat(OkrDiff.between(before, after).changes()).containsExactly(change(oid("leaf"),
          ChangeKind.MOVED, "[CONTRIBUTES objective mid-a]", null));
    }

    @Test
    void aKeyResultMovedToAnotherObjectiveNamesBothAndAffectsBothChains() {
      OkrSet before = company();
      KeyResult nps = before.keyResult(kid("kr-nps")).orElseThrow();
      Objective midB = before.objective(oid("mid-b")).orElseThrow();
      OkrSet after = before.with(leaf(before).withoutKeyResult(nps.id()))
          .with(midB.withKeyResult(nps));
      OkrDiff diff = OkrDiff.between(before, after);
      assertThat(diff.changes()).containsExactly(
          change(kid("kr-nps"), ChangeKind.MOVED, "leaf", "mid-b"));
      assertThat(diff.affected()).containsExactly(oid("leaf"), oid("mid-a"), oid("mid-b"),
          oid("top-a"), oid("top-b"));
    }

    @Test
    void addedAndRemovedObjectivesBringTheirKeyResults() {
      OkrSet before = company();
      OkrSet after = before.without(oid("leaf")).with(objective("new", "team", "mid-b")
          .addKeyResults(KeyResult.of("kr-new", "Something new", MilestoneMeasure.of()))
          .build());
      OkrDiff diff = OkrDiff.between(before, after);
      assertThat(diff.changes()).containsExactly(
          change(oid("leaf"), ChangeKind.REMOVED, null, null),
          change(oid("new"), ChangeKind.ADDED, null, null),
          change(kid("kr-new"), ChangeKind.ADDED, null, "new"),
          change(kid("kr-nps"), ChangeKind.REMOVED, "leaf", null),
          change(kid("kr-ship"), ChangeKind.REMOVED, "leaf", null));
      assertThat(diff.affected()).containsExactly(oid("leaf"), oid("mid-a"), oid("mid-b"),
          oid("new"), oid("top-a"), oid("top-b"));
      assertThat(diff.about(kid("kr-nps"))).containsExactly(
          change(kid("kr-nps"), ChangeKind.REMOVED, "leaf", null));
    }

    @Test
    void aKeyResultRemovedFromAKeptObjective() {
      OkrSet before = company();
      OkrSet after = before.with(leaf(before).withoutKeyResult(kid("kr-ship")));
      assertThat(OkrDiff.between(before, after).changes()).containsExactly(
          change(kid("kr-ship"), ChangeKind.REMOVED, "leaf", null));
    }

    @Test
    void aKeyResultAddedToAKeptObjective() {
      OkrSet before = company();
      OkrSet after = before.with(before.objective(oid("top-a")).orElseThrow()
          .withKeyResult(KeyResult.of("kr-rev", "Revenue to 5M", LinearMeasure.of(4, 5))));
      OkrDiff diff = OkrDiff.between(before, after);
      assertThat(diff.changes()).containsExactly(
          change(kid("kr-rev"), ChangeKind.ADDED, null, "top-a"));
      assertThat(diff.affected()).containsExactly(oid("top-a"));
    }

    @Test
    void aRebuiltSetShowsOnlyWhatDiffers() {
      OkrSet before = company();
      List<Objective> rebuilt = new ArrayList<>();
      for (Objective o : before.objectives()) {
        rebuilt.add(Objective.builder().from(o).keyResults(o.keyResults().stream()
            .map(kr -> KeyResult.builder().from(kr).build()).toList()).build());
      }
      OkrSet after = editNps(OkrSet.builder().from(before).objectives(rebuilt).build(),
          kr -> kr.withWeight(3));
      assertThat(OkrDiff.between(before, after).changes()).containsExactly(
          change(kid("kr-nps"), ChangeKind.REWEIGHTED, "1", "3"));
      assertThat(OkrDiff.between(after, before).changes()).containsExactly(
          change(kid("kr-nps"), ChangeKind.REWEIGHTED, "3", "1"));
    }

    @Test
    void aKeyResultPinIsAReweightingAndNothingElse() {
      OkrSet before = company();
      OkrSet pinned = editNps(before, kr -> kr.withPinnedShare(0.5));
      assertThat(OkrDiff.between(before, pinned).changes()).containsExactly(
          change(kid("kr-nps"), ChangeKind.REWEIGHTED, "1", "1 pinned 0.5"));
      assertThat(OkrDiff.between(pinned, before).changes()).containsExactly(
          change(kid("kr-nps"), ChangeKind.REWEIGHTED, "1 pinned 0.5", "1"));
      OkrSet repinned = editNps(before, kr -> kr.withPinnedShare(0.25).withWeight(2));
      assertThat(OkrDiff.between(pinned, repinned).changes()).containsExactly(
          change(kid("kr-nps"), ChangeKind.REWEIGHTED, "1 pinned 0.5", "2 pinned 0.25"));
      assertThat(OkrDiff.between(pinned, editNps(before, kr -> kr.withPinnedShare(0.5)))
          .isEmpty()).isTrue();
    }

    @Test
    void anObjectiveLinkPinIsAMove() {
      OkrSet before = company();
      Objective mid = before.objective(oid("mid-a")).orElseThrow();
      OkrSet after = before.with(Objective.builder().from(mid).alignments(List.of(
          Alignment.contributesTo(oid("top-a")).withPinnedShare(0.5))).build());
      assertThat(OkrDiff.between(before, after).changes()).containsExactly(
          change(oid("mid-a"), ChangeKind.MOVED, "[CONTRIBUTES objective top-a]",
              "[CONTRIBUTES objective top-a pinned 0.5]"));
    }

    @Test
    void reorderingKeyResultsChangesNothing() {
      OkrSet before = company();
      Objective leaf = leaf(before);
      OkrSet after = before.with(Objective.builder().from(leaf)
          .keyResults(List.of(leaf.keyResults().get(1), leaf.keyResults().get(0))).build());
      assertThat(OkrDiff.between(before, after).isEmpty()).isTrue();
    }
  }

  @Nested
  class Ancestors {
    @Test
    void aLoopEndsAndEveryObjectiveInItIsAffectedOnce() {
      OkrSet before = company();
      Objective loop1 = before.objective(oid("loop-1")).orElseThrow();
      OkrSet after = before.with(loop1.withTitle("Objective loop-1, renamed"));
      OkrDiff diff = OkrDiff.between(before, after);
      assertThat(diff.changes()).containsExactly(change(oid("loop-1"), ChangeKind.RETITLED,
          null, null));
      assertThat(diff.affected()).containsExactly(oid("loop-1"), oid("loop-2"), oid("top-b"));
    }

    @Test
    @Tag("slow") // deep sets kill no mutant the small ones miss; the mutation gate skips it
    void aLongLoopAndAMillionDeepChainNeedNoStack() {
      OkrSet loop = OkrSets.loop(200_000);
      Objective first = loop.objectives().get(0);
      assertThat(OkrDiff.between(loop, loop.with(first.withTitle("Renamed"))).affected())
          .hasSize(200_000);
      OkrSet chain = OkrSets.chain(1_000_000);
      Objective last = chain.objectives().get(chain.objectives().size() - 1);
      assertThat(OkrDiff.between(chain, chain.with(last.withTitle("Renamed"))).affected())
          .hasSize(1_000_000);
    }

    @Test
    void aLinkToAKeyResultLeadsToItsObjective() {
      OkrSet before = company().with(objective("sub", "individual").addAlignments(
          Alignment.contributesTo(kid("kr-nps"))).build());
      Objective sub = before.objective(oid("sub")).orElseThrow();
      OkrSet after = before.with(sub.withTitle("Renamed"));
      assertThat(OkrDiff.between(before, after).affected())
          .containsExactly(oid("leaf"), oid("mid-a"), oid("sub"), oid("top-a"));
    }

    @Test
    void aCheckInLeadsUpTheKeyResultCascadeToTheParentKeyResultsObjectives() {
      // kr-team (in team) contributes to kr-mid-b (in mid-b), which contributes to kr-nps.
      KeyResult midB = KeyResult.builder().id(kid("kr-mid-b")).title("Mid-b total")
          .measure(LinearMeasure.of(0, 10)).addContributions(Contribution.to(kid("kr-nps")))
          .rollUp(KeyResultRollUp.SUM_OF_VALUES).build();
      KeyResult teamKr = KeyResult.builder().id(kid("kr-team")).title("Team part")
          .measure(LinearMeasure.of(0, 5)).addContributions(Contribution.to(kid("kr-mid-b")))
          .addCheckIns(CheckIn.of(DAY, 1)).build();
      OkrSet before = company()
          .with(company().objective(oid("mid-b")).orElseThrow().withKeyResult(midB))
          .with(objective("team", "team").addKeyResults(teamKr).build());
      Objective team = before.objective(oid("team")).orElseThrow();
      OkrSet after = before.with(team.withKeyResult(teamKr.withCheckIn(CheckIn.of(DAY.plusDays(1),
          3))));
      OkrDiff diff = OkrDiff.between(before, after);
      assertThat(diff.changes()).containsExactly(
          change(kid("kr-team"), ChangeKind.CHECKED_IN, "1", "3"));
      // team holds it; mid-b and leaf hold the key results it rolls up into; then their parents.
      assertThat(diff.affected()).containsExactly(oid("leaf"), oid("mid-a"), oid("mid-b"),
          oid("team"), oid("top-a"), oid("top-b"));
    }

    @Test
    void aKeyResultContributingElsewhereHasMoved() {
      OkrSet before = company();
      OkrSet after = editNps(before, kr -> kr.withContributions(
          List.of(Contribution.to(kid("kr-ship")))));
      OkrDiff diff = OkrDiff.between(before, after);
      assertThat(diff.changes()).containsExactly(change(kid("kr-nps"), ChangeKind.MOVED, null,
          "[contributes to kr-ship]"));
      OkrSet rolled = editNps(after, kr -> kr.withRollUp(KeyResultRollUp.MEAN_PROGRESS));
      assertThat(OkrDiff.between(after, rolled).changes()).containsExactly(
          change(kid("kr-nps"), ChangeKind.EDITED, null, null));
    }

    @Test
    void nothingChangedNothingAffected() {
      OkrSet set = company();
      OkrDiff diff = OkrDiff.between(set, set);
      assertThat(diff.changes()).isEmpty();
      assertThat(diff.affected()).isEmpty();
      assertThat(diff.isEmpty()).isTrue();
    }
  }

  @Nested
  class CatchAllEdit {
    @Test
    void anEditBesideARetitleOfAKeyResultStillShows() {
      OkrSet before = company();
      for (java.util.function.UnaryOperator<KeyResult> edit : List.<java.util.function
          .UnaryOperator<KeyResult>>of(
          kr -> KeyResult.builder().from(kr).title("Renamed").cadence(Cadence.MONTHLY).build(),
          kr -> KeyResult.builder().from(kr).title("Renamed")
              .rollUp(KeyResultRollUp.MEAN_PROGRESS).build())) {
        assertThat(OkrDiff.between(before, editNps(before, edit)).changes()).containsExactly(
            change(kid("kr-nps"), ChangeKind.RETITLED, null, null),
            change(kid("kr-nps"), ChangeKind.EDITED, null, null));
      }
    }

    @Test
    void everyKnownAttributeAloneIsNoCatchAllEdit() {
      OkrSet before = company();
      OkrSet after = editNps(before, kr -> KeyResult.builder().from(kr).title("Renamed")
          .owner(PersonId.of("emp-7")).addCoOwners(OrgUnitId.of("ops"))
          .addContributions(Contribution.to(kid("kr-ship"))).measure(LinearMeasure.of(31, 50))
          .weight(2).addCheckIns(CheckIn.of(DAY.plusDays(7), 38))
          .finalScore(FinalScore.of(0.6, PersonId.of("emp-7"), DAY, "fine")).build());
      assertThat(OkrDiff.between(before, after).changes()).extracting(Change::kind)
          .containsExactly(ChangeKind.MOVED, ChangeKind.RETARGETED, ChangeKind.REOWNED,
              ChangeKind.RETITLED, ChangeKind.REWEIGHTED, ChangeKind.CHECKED_IN,
              ChangeKind.JUDGED);
      // Removing what was set (owner, override) is no catch-all edit either.
      assertThat(OkrDiff.between(after, before).changes()).extracting(Change::kind)
          .doesNotContain(ChangeKind.EDITED);
      Objective mid = before.objective(oid("mid-a")).orElseThrow();
      Objective renamed = Objective.builder().from(mid).title("Renamed")
          .owner(OrgUnitId.of("sales")).addCoOwners(PersonId.of("emp-7"))
          .addSharedWith(Share.of(OrgUnitId.of("ops"), 0.5))
          .addAlignments(Alignment.contributesTo(oid("top-b")))
          .judgement(Judgement.ofProgress(0.5, PersonId.of("emp-7"), DAY, "halfway"))
          .addKeyResults(KeyResult.of("kr-mid", "Mid", MilestoneMeasure.of())).build();
      assertThat(OkrDiff.between(before, before.with(renamed)).about(oid("mid-a")))
          .extracting(Change::kind).containsExactly(ChangeKind.MOVED, ChangeKind.REOWNED,
              ChangeKind.RETITLED, ChangeKind.JUDGED);
      assertThat(OkrDiff.between(before.with(renamed), before).about(oid("mid-a")))
          .extracting(Change::kind).doesNotContain(ChangeKind.EDITED);
    }

    @Test
    void anEditBesideARetitleOfAnObjectiveStillShows() {
      OkrSet before = company();
      Objective mid = before.objective(oid("mid-a")).orElseThrow();
      OkrSet after = before.with(Objective.builder().from(mid).title("Renamed")
          .addThemes("growth").build());
      assertThat(OkrDiff.between(before, after).changes()).containsExactly(
          change(oid("mid-a"), ChangeKind.RETITLED, null, null),
          change(oid("mid-a"), ChangeKind.EDITED, null, null));
    }
  }

  @Nested
  class KeyResultCascade {
    /** kr-team (in team) contributes to kr-mid-b (in mid-b), which contributes to kr-nps. */
    private OkrSet cascade() {
      KeyResult midB = KeyResult.builder().id(kid("kr-mid-b")).title("Mid-b total")
          .measure(LinearMeasure.of(0, 10)).addContributions(Contribution.to(kid("kr-nps")))
          .rollUp(KeyResultRollUp.SUM_OF_VALUES).build();
      KeyResult teamKr = KeyResult.builder().id(kid("kr-team")).title("Team part")
          .measure(LinearMeasure.of(0, 5)).addContributions(Contribution.to(kid("kr-mid-b")))
          .addCheckIns(CheckIn.of(DAY, 1)).build();
      return company()
          .with(company().objective(oid("mid-b")).orElseThrow().withKeyResult(midB))
          .with(objective("team", "team").addKeyResults(teamKr).build());
    }

    private OkrSet editTeam(OkrSet set, java.util.function.UnaryOperator<KeyResult> edit) {
      Objective team = set.objective(oid("team")).orElseThrow();
      return set.with(team.withKeyResult(edit.apply(team.keyResult(kid("kr-team"))
          .orElseThrow())));
    }

    @Test
    void aCheckInOnAChildAffectsEveryKeyResultItRollsUpInto() {
      OkrSet before = cascade();
      OkrSet after = editTeam(before, kr -> kr.withCheckIn(CheckIn.of(DAY.plusDays(1), 3)));
      OkrDiff diff = OkrDiff.between(before, after);
      assertThat(diff.affectedKeyResults()).containsExactly(kid("kr-mid-b"), kid("kr-nps"),
          kid("kr-team"));
      // The top of the cascade changed: nothing above it.
      OkrSet top = editNps(before, kr -> kr.withWeight(2));
      assertThat(OkrDiff.between(before, top).affectedKeyResults())
          .containsExactly(kid("kr-nps"));
    }

    @Test
    void aNewParentAndAnOldParentAreBothAffected() {
      OkrSet before = cascade();
      OkrSet after = editTeam(before, kr -> kr.withContributions(
          List.of(Contribution.to(kid("kr-ship")))));
      assertThat(OkrDiff.between(before, after).affectedKeyResults()).containsExactly(
          kid("kr-mid-b"), kid("kr-nps"), kid("kr-ship"), kid("kr-team"));
    }

    @Test
    void removedAndAddedKeyResultsAreAffectedInTheSetHoldingThem() {
      OkrSet before = cascade();
      OkrSet after = before.without(oid("team"));
      assertThat(OkrDiff.between(before, after).affectedKeyResults()).containsExactly(
          kid("kr-mid-b"), kid("kr-nps"), kid("kr-team"));
      assertThat(OkrDiff.between(after, before).affectedKeyResults()).containsExactly(
          kid("kr-mid-b"), kid("kr-nps"), kid("kr-team"));
    }

    @Test
    void anObjectiveChangeAffectsNoKeyResultAndNoChangeNone() {
      OkrSet before = cascade();
      Objective mid = before.objective(oid("mid-a")).orElseThrow();
      assertThat(OkrDiff.between(before, before.with(mid.withTitle("Renamed")))
          .affectedKeyResults()).isEmpty();
      assertThat(OkrDiff.between(before, before).affectedKeyResults()).isEmpty();
    }

    @Test
    @Tag("slow") // deep sets kill no mutant the small ones miss; the mutation gate skips it
    void aCascadeLoopEndsAndAMillionDeepCascadeNeedsNoStack() {
      int depth = 1_000_000;
      List<KeyResult> keyResults = new ArrayList<>(depth);
      for (int i = 0; i < depth; i++) {
        KeyResult.Builder kr = KeyResult.builder().id(kid("kr-" + i)).title("Part")
            .measure(LinearMeasure.of(0, 1));
        if (i > 0) {
          kr.addContributions(Contribution.to(kid("kr-" + (i - 1))));
        }
        keyResults.add(kr.build());
      }
      OkrSet chain = OkrSet.builder().addCycles(Cycle.parse("2026-Q3"))
          .addObjectives(objective("deep", "team").keyResults(keyResults).build()).build();
      Objective deep = chain.objectives().get(0);
      KeyResult last = keyResults.get(depth - 1);
      OkrSet after = chain.with(deep.withKeyResult(last.withWeight(2)));
      assertThat(OkrDiff.between(chain, after).affectedKeyResults()).hasSize(depth);
      // A loop: kr-a and kr-b contribute to each other.
      OkrSet loop = OkrSet.builder().addCycles(Cycle.parse("2026-Q3")).addObjectives(
          objective("looped", "team").addKeyResults(
              KeyResult.builder().id(kid("kr-a")).title("A").measure(LinearMeasure.of(0, 1))
                  .addContributions(Contribution.to(kid("kr-b"))).build(),
              KeyResult.builder().id(kid("kr-b")).title("B").measure(LinearMeasure.of(0, 1))
                  .addContributions(Contribution.to(kid("kr-a"))).build()).build()).build();
      Objective looped = loop.objectives().get(0);
      OkrSet edited = loop.with(looped.withKeyResult(
          looped.keyResult(kid("kr-a")).orElseThrow().withWeight(3)));
      OkrDiff diff = OkrDiff.between(loop, edited);
      assertThat(diff.affectedKeyResults()).containsExactly(kid("kr-a"), kid("kr-b"));
      assertThat(diff.affected()).containsExactly(oid("looped"));
    }
  }

  @Nested
  class Kpis {
    private Kpi churn() {
      return Kpi.builder().id(KpiId.of("kpi-churn")).title("Monthly churn")
          .owner(OrgUnitId.of("support")).unit(Unit.percent())
          .corridor(Corridor.atMost(2.5).withTarget(2))
          .addReadings(KpiReading.of(DAY.minusDays(31), 2.4), KpiReading.of(DAY, 3.1))
          .addLinks(KpiLink.recovers(oid("mid-a"))).build();
    }

    private OkrSet withChurn() {
      return company().withKpi(churn());
    }

    private OkrSet editChurn(OkrSet set, java.util.function.UnaryOperator<Kpi> edit) {
      return set.withKpi(edit.apply(set.kpi(KpiId.of("kpi-churn")).orElseThrow()));
    }

    @Test
    void aNewReadingIsACheckInThatAffectsTheLinkedObjectiveAndItsAncestors() {
      OkrSet before = withChurn();
      OkrSet after = editChurn(before, k -> k.withReading(KpiReading.of(DAY.plusDays(30), 2.2)));
      OkrDiff diff = OkrDiff.between(before, after);
      assertThat(diff.changes()).containsExactly(
          change(KpiId.of("kpi-churn"), ChangeKind.CHECKED_IN, "3.1", "2.2"));
      assertThat(diff.affected()).containsExactly(oid("mid-a"), oid("top-a"));
      assertThat(diff.affectedKeyResults()).isEmpty();
      assertThat(diff.about(KpiId.of("kpi-churn"))).isEqualTo(diff.changes());
      OkrSet noReadings = editChurn(before, k -> Kpi.builder().from(k).readings(List.of())
          .build());
      assertThat(OkrDiff.between(noReadings, before).changes()).containsExactly(
          change(KpiId.of("kpi-churn"), ChangeKind.CHECKED_IN, null, "3.1"));
    }

    @Test
    void addedAndRemovedKpisAreListedAfterObjectivesAndKeyResults() {
      OkrSet before = company();
      OkrSet after = withChurn().with(before.objective(oid("top-b")).orElseThrow()
          .withTitle("Renamed"));
      after = editNps(after, kr -> kr.withWeight(2));
      OkrDiff diff = OkrDiff.between(before, after);
      assertThat(diff.changes()).containsExactly(
          change(oid("top-b"), ChangeKind.RETITLED, null, null),
          change(kid("kr-nps"), ChangeKind.REWEIGHTED, "1", "2"),
          change(KpiId.of("kpi-churn"), ChangeKind.ADDED, null, null));
      assertThat(diff.affected()).containsExactly(oid("leaf"), oid("mid-a"), oid("top-a"),
          oid("top-b"));
      OkrSet removed = OkrSet.builder().from(withChurn()).kpis(List.of()).build();
      OkrDiff back = OkrDiff.between(withChurn(), removed);
      assertThat(back.changes()).containsExactly(
          change(KpiId.of("kpi-churn"), ChangeKind.REMOVED, null, null));
      assertThat(back.affected()).containsExactly(oid("mid-a"), oid("top-a"));
    }

    @Test
    void aRelinkedKpiAffectsTheObjectivesOfBothSets() {
      OkrSet before = withChurn();
      OkrSet after = editChurn(before, k -> Kpi.builder().from(k)
          .links(List.of(KpiLink.protects(oid("mid-b")))).build());
      OkrDiff diff = OkrDiff.between(before, after);
      assertThat(diff.changes()).containsExactly(change(KpiId.of("kpi-churn"),
          ChangeKind.MOVED, "[recovers:mid-a]", "[protects:mid-b]"));
      assertThat(diff.affected()).containsExactly(oid("mid-a"), oid("mid-b"), oid("top-a"),
          oid("top-b"));
      OkrSet unlinked = editChurn(before, k -> Kpi.builder().from(k).links(List.of()).build());
      assertThat(OkrDiff.between(before, unlinked).changes()).containsExactly(change(
          KpiId.of("kpi-churn"), ChangeKind.MOVED, "[recovers:mid-a]", null));
      // A link to an objective neither set holds reaches nothing.
      OkrSet dangling = editChurn(before, k -> Kpi.builder().from(k)
          .links(List.of(KpiLink.protects(oid("gone")))).build());
      assertThat(OkrDiff.between(unlinked, dangling).affected()).isEmpty();
    }

    @Test
    void eachKpiAttributeIsItsOwnChange() {
      OkrSet before = withChurn();
      OkrSet after = editChurn(before, k -> Kpi.builder().from(k).title("Churn")
          .owner(PersonId.of("emp-7")).unit(Unit.number()).corridor(Corridor.atMost(3))
          .build());
      assertThat(OkrDiff.between(before, after).changes()).containsExactly(
          change(KpiId.of("kpi-churn"), ChangeKind.RETARGETED, "[*, 2.5] target 2", "[*, 3]"),
          change(KpiId.of("kpi-churn"), ChangeKind.REOWNED, "support", "emp-7"),
          change(KpiId.of("kpi-churn"), ChangeKind.RETITLED, null, null),
          change(KpiId.of("kpi-churn"), ChangeKind.EDITED, null, null));
      OkrSet unowned = editChurn(before, k -> Kpi.builder().from(k).owner(Optional.empty())
          .build());
      assertThat(OkrDiff.between(before, unowned).changes()).containsExactly(
          change(KpiId.of("kpi-churn"), ChangeKind.REOWNED, "support", null));
      OkrSet unit = editChurn(before, k -> Kpi.builder().from(k).unit(Unit.number()).build());
      assertThat(OkrDiff.between(before, unit).changes()).containsExactly(
          change(KpiId.of("kpi-churn"), ChangeKind.EDITED, null, null));
    }

    @Test
    void anEqualRebuiltKpiIsNoChange() {
      OkrSet before = withChurn();
      OkrSet after = editChurn(before, k -> Kpi.builder().from(k).build());
      assertThat(OkrDiff.between(before, after).isEmpty()).isTrue();
    }
  }

  @Nested
  class Values {
    @Test
    void changesPrintKindSubjectAndValuesNeverTitles() {
      assertThat(change(kid("kr-nps"), ChangeKind.CHECKED_IN, "34", "38"))
          .hasToString("CHECKED_IN kr-nps 34 -> 38");
      assertThat(change(kid("kr-nps"), ChangeKind.CHECKED_IN, null, "38"))
          .hasToString("CHECKED_IN kr-nps - -> 38");
      assertThat(change(kid("kr-nps"), ChangeKind.REMOVED, "leaf", null))
          .hasToString("REMOVED kr-nps leaf -> -");
      assertThat(change(oid("leaf"), ChangeKind.RETITLED, null, null))
          .hasToString("RETITLED leaf");
      assertThat(change(oid("leaf"), ChangeKind.RETITLED, null, null).isAboutObjective())
          .isTrue();
      assertThat(change(kid("kr"), ChangeKind.RETITLED, null, null).isAboutObjective())
          .isFalse();
    }

    @Test
    void aChangeIsAboutAnObjectiveAKeyResultOrAKpi() {
      assertThatIllegalArgumentException().isThrownBy(() -> change(OrgUnitId.of("sales"),
          ChangeKind.EDITED, null, null)).withMessage(
          "change subject must be an objective, key result or KPI id, but was sales");
      Change kpi = change(KpiId.of("kpi-churn"), ChangeKind.CHECKED_IN, "2.4", "3.1");
      assertThat(kpi).hasToString("CHECKED_IN kpi-churn 2.4 -> 3.1");
      assertThat(kpi.isAboutKpi()).isTrue();
      assertThat(kpi.isAboutObjective()).isFalse();
      assertThat(change(oid("a"), ChangeKind.EDITED, null, null).isAboutKpi()).isFalse();
      assertThat(change(kid("a"), ChangeKind.EDITED, null, null).isAboutKpi()).isFalse();
    }

    @Test
    void changesAreEqualByValue() {
      new EqualsTester()
          .addEqualityGroup(change(kid("a"), ChangeKind.EDITED, null, null),
              change(kid("a"), ChangeKind.EDITED, null, null))
          .addEqualityGroup(change(oid("a"), ChangeKind.EDITED, null, null))
          .addEqualityGroup(change(kid("a"), ChangeKind.RETITLED, null, null))
          .addEqualityGroup(change(kid("a"), ChangeKind.EDITED, "1", null))
          .addEqualityGroup(change(kid("a"), ChangeKind.EDITED, null, "1"))
          .testEquals();
    }
  }

  @Nested
  class Properties {
    @Test
    void aSetDiffedWithItselfOrAnEqualCopyIsEmpty() {
      qt(50).forAll(OkrSets.withKpis(OkrSets.any(12))).checkAssert(set -> {
        assertThat(OkrDiff.between(set, set).changes()).isEmpty();
        List<Objective> copies = new ArrayList<>();
        for (Objective o : set.objectives()) {
          List<KeyResult> krs = o.keyResults().stream()
              .map(kr -> KeyResult.builder().from(kr).build()).toList();
          copies.add(Objective.builder().from(o).keyResults(krs).build());
        }
        OkrSet copy = OkrSet.builder().from(set).objectives(copies).kpis(set.kpis().stream()
            .map(kpi -> Kpi.builder().from(kpi).build()).toList()).build();
        assertThat(OkrDiff.between(set, copy).changes()).isEmpty();
        assertThat(OkrDiff.between(set, OkrSets.shuffled(set, 7)).changes()).isEmpty();
      });
    }

    @Test
    void addedAndRemovedAreTheIdsInOneSetOnly() {
      qt(50).forAll(OkrSets.withKpis(OkrSets.any(8)), OkrSets.withKpis(OkrSets.any(8)))
          .checkAssert((a, b) -> {
        OkrDiff diff = OkrDiff.between(a, b);
        assertThat(subjects(diff, ChangeKind.ADDED)).isEqualTo(minus(ids(b), ids(a)));
        for (Change change : diff.changes()) {
          if (change.subject() instanceof KpiId k) {
            Stream.of(a.kpi(k), b.kpi(k)).flatMap(Optional::stream)
                .flatMap(kpi -> kpi.links().stream()).map(KpiLink::objective)
                .filter(o -> a.objective(o).isPresent() || b.objective(o).isPresent())
                .forEach(o -> assertThat(diff.affected()).contains(o));
          }
        }
        for (Change change : diff.changes()) {
          if (change.subject() instanceof KeyResultId k) {
            assertThat(diff.affectedKeyResults()).contains(k);
          }
        }
        assertThat(diff.affectedKeyResults()).isSorted().doesNotHaveDuplicates();
        assertThat(subjects(diff, ChangeKind.REMOVED)).isEqualTo(minus(ids(a), ids(b)));
        OkrDiff back = OkrDiff.between(b, a);
        assertThat(subjects(back, ChangeKind.ADDED)).isEqualTo(subjects(diff, ChangeKind.REMOVED));
        for (Change change : diff.changes()) {
          if (change.isAboutKpi()) {
            continue;
          }
          Identifier<?> holder = change.subject() instanceof KeyResultId k
              ? b.objectiveOf(k).or(() -> a.objectiveOf(k)).orElseThrow().id()
              : change.subject();
          assertThat(diff.affected()).contains((ObjectiveId) holder);
        }
        assertThat(diff.affected()).isSorted().doesNotHaveDuplicates();
      });
    }

    @Test
    void theOrderOfEitherSetDoesNotMatter() {
      qt(50).forAll(OkrSets.withKpis(OkrSets.any(8)), OkrSets.withKpis(OkrSets.any(8)),
          longs().all()).checkAssert((a, b, seed) -> {
        OkrDiff diff = OkrDiff.between(a, b);
        OkrDiff shuffled = OkrDiff.between(OkrSets.shuffled(a, seed), OkrSets.shuffled(b, ~seed));
        assertThat(shuffled.changes()).isEqualTo(diff.changes());
        assertThat(shuffled.affected()).isEqualTo(diff.affected());
      });
    }

    private Set<Identifier<?>> subjects(OkrDiff diff, ChangeKind kind) {
      return diff.changes().stream().filter(c -> c.kind() == kind).map(Change::subject)
          .collect(Collectors.toSet());
    }

    private Set<Identifier<?>> ids(OkrSet set) {
      Set<Identifier<?>> ids = new HashSet<>();
      for (Objective o : set.objectives()) {
        ids.add(o.id());
        o.keyResults().forEach(kr -> ids.add(kr.id()));
      }
      set.kpis().forEach(kpi -> ids.add(kpi.id()));
      return ids;
    }

    private Set<Identifier<?>> minus(Set<Identifier<?>> a, Set<Identifier<?>> b) {
      Set<Identifier<?>> rest = new HashSet<>(a);
      rest.removeAll(b);
      return rest;
    }
  }
}
