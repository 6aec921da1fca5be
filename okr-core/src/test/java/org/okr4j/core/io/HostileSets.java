package org.okr4j.core.io;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.okr4j.core.Share;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Owner;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.CheckIn;
import org.okr4j.core.CycleId;
import org.okr4j.core.FinalScore;
import org.okr4j.core.Judgement;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Contribution;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.KeyResultRollUp;
import org.okr4j.core.Kpi;
import org.okr4j.core.KpiId;
import org.okr4j.core.KpiLink;
import org.okr4j.core.KpiReading;
import org.okr4j.core.KpiRole;
import org.okr4j.core.Corridor;
import org.okr4j.core.Unit;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrdinalMeasure;
import org.okr4j.core.PersonId;
import org.okr4j.core.ReportedStatus;
import org.okr4j.core.Stage;
import org.okr4j.core.StagesMeasure;
import org.okr4j.core.testing.OkrSets;
import org.quicktheories.core.Gen;

/**
 * Valid sets whose ids and texts hold what tabular files get wrong: the link syntax of older files
 * ({@code o@2027}, {@code supports:1}), e-mail ids, list separators and escapes, formula starts,
 * numbers, quotes, CJK and emoji; links of every kind and weight, pinned or not; pinned key
 * results; carry-overs.
 *
 * <p>Deterministic in their seed: valid sets from {@link OkrSets#valid(long, int)}, renamed.
 */
final class HostileSets {

  /** Pieces of ids and texts. */
  static final List<String> PIECES = List.of("o@2027", "supports:1", "ana@example.com", "x;y",
      "a\\b", "\\;", "=1+2", "-5", "+x", "@home", "'quoted", "''=x", "中文", "\uD83D\uDE00",
      "a b", "kr, 1", "\"q\"", "contributes:o", "o@-1", "relates-to:x@2", "-", "@", "1,5", ";",
      "\\", "NaN", "1e5", "'");

  /** Texts that are not ids: surrounding white space, tabs and line breaks. */
  static final List<String> TEXTS = List.of(" padded ", "\t=cmd", "=SUM(A1)", "line\r\nbreak",
      "trail\\ ", "-", "'", "+1", "\u00A0nbsp", "ok");

  private HostileSets() {}

  /** Hostile sets of 1 to {@code maxUnits} units. */
  static Gen<OkrSet> of(int maxUnits) {
    return longs().all().zip(integers().between(1, maxUnits), HostileSets::of);
  }

  /** A hostile set of {@code units} units, from {@code seed}. */
  static OkrSet of(long seed, int units) {
    SplittableRandom random = new SplittableRandom(seed);
    // Overrides and final scores draw from their own source, so that every other generated value
    // stays as it was before sets held them.
    SplittableRandom judged = new SplittableRandom(~seed);
    // So do co-owners and shares.
    SplittableRandom sharing = new SplittableRandom(seed * 31 + 7);
    // So do contributions between key results and roll-ups.
    SplittableRandom linked = new SplittableRandom(seed * 31 + 7);
    // So do shares pinned on key results and objective links.
    SplittableRandom pins = new SplittableRandom(seed * 37 + 11);
    OkrSet valid = OkrSets.valid(seed, units);
    Map<String, String> objectiveIds = new HashMap<>();
    Map<String, String> keyResultIds = new HashMap<>();
    int n = 0;
    for (Objective objective : valid.objectives()) {
      objectiveIds.put(objective.id().value(), id(random, n++));
      for (KeyResult keyResult : objective.keyResults()) {
        keyResultIds.put(keyResult.id().value(), id(random, n++));
      }
    }
    List<Objective> objectives = new ArrayList<>();
    for (Objective objective : valid.objectives()) {
      Objective.Builder copy = Objective.builder().from(objective)
          .id(ObjectiveId.of(objectiveIds.get(objective.id().value())))
          .title(text(random)).themes(texts(random)).alignments(List.of());
      for (Alignment link : objective.alignments()) {
        copy.addAlignments(pinned(pins, Alignment.of(retarget(link.target(), objectiveIds,
            keyResultIds), link.kind(), link.weight())));
      }
      if (!objectives.isEmpty() && random.nextBoolean()) {
        Objective other = objectives.get(random.nextInt(objectives.size()));
        AlignmentTarget target = random.nextBoolean() || other.keyResults().isEmpty()
            ? other.id() : other.keyResults().get(0).id();
        copy.addAlignments(pinned(pins, Alignment.of(target,
            AlignmentKind.values()[random.nextInt(4)],
            List.of(0.0, 0.5, 1.0, 2.0).get(random.nextInt(4)))));
      }
      List<KeyResult> keyResults = new ArrayList<>();
      for (KeyResult keyResult : objective.keyResults()) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (CheckIn checkIn : keyResult.checkIns()) {
          checkIns.add(CheckIn.builder().from(checkIn).note(text(random)).build());
        }
        keyResults.add(KeyResult.builder().from(keyResult)
            .id(KeyResultId.of(keyResultIds.get(keyResult.id().value())))
            .title(text(random)).initiatives(texts(random))
            .contributors(List.of(PersonId.of(id(random, n++)))).checkIns(checkIns)
            .judgement(judgement(judged)).finalScore(finalScore(judged))
            .coOwners(coOwners(sharing, keyResult.owner()))
            .contributions(contributions(linked, keyResultIds.get(keyResult.id().value()),
                List.copyOf(keyResultIds.values())))
            .rollUp(linked.nextInt(4) == 0 ? Optional.of(KeyResultRollUp.values()[
                linked.nextInt(3)]) : Optional.empty())
            .pinnedShare(pins.nextInt(4) == 0 ? OptionalDouble.of(pins.nextDouble())
                : OptionalDouble.empty()).build());
      }
      if (objectives.isEmpty()) {
        keyResults.addAll(namedReadings(random, n));
        n += 2;
      }
      objectives.add(copy.keyResults(keyResults).judgement(judgement(judged))
          .finalScore(finalScore(judged)).coOwners(coOwners(sharing, objective.owner()))
          .sharedWith(shares(sharing, objective.owner())).build());
    }
    OkrSet hostile = OkrSet.builder().from(valid).objectives(objectives)
        .kpis(kpis(new SplittableRandom(seed * 31 + 7), objectives, n)).build();
    if (random.nextBoolean()) {
      // okr4j's own carry-over ids: the original's id, '@' and the cycle.
      CycleId year = valid.cycles().get(0).id();
      try {
        hostile = hostile.carryOver(objectives.get(random.nextInt(objectives.size())).id(), year);
      } catch (IllegalArgumentException e) {
        // OkrSet.carryOver cannot restart a key result whose value overshot its target.
      }
    }
    return hostile;
  }

  /**
   * A third of the time an override with a hostile id and reason: a progress, a status or both,
   * a progress a fraction as a double draws it (or 0 or 1 exactly).
   */
  static Optional<Judgement> judgement(SplittableRandom random) {
    if (random.nextInt(3) != 0) {
      return Optional.empty();
    }
    int kind = random.nextInt(3);
    OptionalDouble progress = kind == 1 ? OptionalDouble.empty()
        : OptionalDouble.of(List.of(0.0, 1.0, random.nextDouble()).get(random.nextInt(3)));
    Optional<ReportedStatus> status = kind == 0 ? Optional.empty()
        : Optional.of(ReportedStatus.values()[random.nextInt(3)]);
    return Optional.of(Judgement.of(progress, status, PersonId.of(id(random, random.nextInt(99))),
        LocalDate.of(2026, 7, 1).plusDays(random.nextInt(120)), text(random)));
  }

  /** A third of the time one or two co-owners, units or people, with hostile ids. */
  static List<Owner> coOwners(SplittableRandom random, Optional<Owner> owner) {
    Set<Owner> coOwners = new LinkedHashSet<>();
    for (int i = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
      String id = id(random, 1000 + i);
      coOwners.add(random.nextBoolean() ? OrgUnitId.of(id) : PersonId.of(id));
    }
    owner.ifPresent(coOwners::remove);
    return List.copyOf(coOwners);
  }

  /**
   * A third of the time one or two units shared with, with hostile ids (none a co-owner's: those
   * draw other numbers) and weights of 1, a half or any fraction.
   */
  static List<Share> shares(SplittableRandom random, Optional<Owner> owner) {
    Map<OrgUnitId, Share> shares = new LinkedHashMap<>();
    for (int i = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
      OrgUnitId unit = OrgUnitId.of(id(random, 2000 + i));
      shares.put(unit, Share.of(unit, List.of(1.0, 0.5, 1 - random.nextDouble())
          .get(random.nextInt(3))));
    }
    owner.ifPresent(shares::remove);
    return List.copyOf(shares.values());
  }

  /** The link pinned half the time, at a share a double draws (0 and 1 among the draws). */
  static Alignment pinned(SplittableRandom pins, Alignment link) {
    return switch (pins.nextInt(8)) {
      case 0 -> link.withPinnedShare(0);
      case 1 -> link.withPinnedShare(1);
      case 2, 3 -> link.withPinnedShare(pins.nextDouble());
      default -> link;
    };
  }

  /**
   * A quarter of the time a contribution to another of the set's key results or to a hostile id
   * it lacks, at a weight of 0, 0.5, 1 or 2, pinned half the time at a share a double draws.
   */
  static List<Contribution> contributions(SplittableRandom random, String self, List<String> ids) {
    if (random.nextInt(4) != 0) {
      return List.of();
    }
    String parent = random.nextInt(4) == 0 ? id(random, random.nextInt(99))
        : ids.get(random.nextInt(ids.size()));
    if (parent.equals(self)) {
      return List.of();
    }
    Contribution contribution = Contribution.to(KeyResultId.of(parent))
        .withWeight(List.of(0.0, 0.5, 1.0, 2.0).get(random.nextInt(4)));
    return List.of(random.nextBoolean() ? contribution
        : contribution.withPinnedShare(random.nextDouble()));
  }

  /** A third of the time a final score with a hostile id and reason. */
  static Optional<FinalScore> finalScore(SplittableRandom random) {
    if (random.nextInt(3) != 0) {
      return Optional.empty();
    }
    return Optional.of(FinalScore.of(random.nextDouble(), PersonId.of(id(random, 7)),
        LocalDate.of(2026, 9, 30).plusDays(random.nextInt(30)), text(random)));
  }

  /** Key results whose check-ins name stages and zones with hostile names. */
  private static List<KeyResult> namedReadings(SplittableRandom random, int n) {
    String stage = PIECES.get(random.nextInt(PIECES.size()));
    StagesMeasure stages = StagesMeasure.of(List.of(Stage.of(" " + stage, 0.5),
        Stage.of("=" + stage + ";", 0.5)));
    OrdinalMeasure zones = OrdinalMeasure.of(" low", "=mid;", stage);
    java.time.LocalDate day = java.time.LocalDate.of(2026, 7, 6);
    return List.of(
        KeyResult.builder().id(KeyResultId.of(id(random, n))).title("Stages").measure(stages)
            .addCheckIns(CheckIn.stages(day, " " + stage, "=" + stage + ";")).build(),
        KeyResult.builder().id(KeyResultId.of(id(random, n + 1))).title("Zones").measure(zones)
            .addCheckIns(CheckIn.zone(day, List.of(" low", "=mid;", stage)
                .get(random.nextInt(3)))).build());
  }

  private static AlignmentTarget retarget(AlignmentTarget target, Map<String, String> objectives,
      Map<String, String> keyResults) {
    return target instanceof ObjectiveId ? ObjectiveId.of(objectives.get(target.value()))
        : KeyResultId.of(keyResults.get(target.value()));
  }

  /**
   * Up to two KPIs from their own source (so that every other value stays as it was before sets
   * held KPIs): hostile ids and titles, every corridor shape, units, readings and links to
   * objectives of the set with either role.
   */
  static List<Kpi> kpis(SplittableRandom random, List<Objective> objectives, int n) {
    List<Kpi> kpis = new ArrayList<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      double low = Math.round(random.nextDouble(-1000, 1000) * 1000) / 1000.0;
      double width = Math.round(random.nextDouble(0, 100) * 100) / 100.0;
      Corridor corridor = switch (random.nextInt(4)) {
        case 0 -> Corridor.atLeast(low);
        case 1 -> Corridor.atMost(low);
        case 2 -> Corridor.of(low, low + width);
        default -> Corridor.of(low, low + width).withTarget(low + width / 2);
      };
      Kpi.Builder kpi = Kpi.builder().id(KpiId.of(id(random, n + 1000 + i))).title(text(random))
          .corridor(corridor)
          .unit(List.of(Unit.number(), Unit.percent(), Unit.currency("EUR"), Unit.custom("h"))
              .get(random.nextInt(4)));
      if (random.nextBoolean()) {
        kpi.owner(PersonId.of(id(random, n + 2000 + i)));
      }
      java.time.LocalDate day = java.time.LocalDate.of(2026, 7, 1);
      for (int r = random.nextInt(4); r > 0; r--) {
        day = day.plusDays(1 + random.nextInt(40));
        kpi.addReadings(KpiReading.of(day, random.nextDouble(-1e6, 1e6)));
      }
      Set<ObjectiveId> linked = new java.util.HashSet<>();
      for (int l = random.nextInt(3); l > 0; l--) {
        ObjectiveId objective = objectives.get(random.nextInt(objectives.size())).id();
        if (linked.add(objective)) {
          kpi.addLinks(KpiLink.of(objective, KpiRole.values()[random.nextInt(2)]));
        }
      }
      kpis.add(kpi.build());
    }
    return kpis;
  }

  /** An id: a hostile piece made unique by a number. */
  private static String id(SplittableRandom random, int n) {
    String piece = PIECES.get(random.nextInt(PIECES.size()));
    return random.nextBoolean() ? piece + n : n + piece;
  }

  private static String text(SplittableRandom random) {
    List<String> all = new ArrayList<>(PIECES);
    all.addAll(TEXTS);
    return all.get(random.nextInt(all.size())) + (random.nextBoolean() ? ""
        : all.get(random.nextInt(all.size())));
  }

  private static List<String> texts(SplittableRandom random) {
    Set<String> texts = new LinkedHashSet<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      texts.add(text(random));
    }
    return List.copyOf(texts);
  }
}
