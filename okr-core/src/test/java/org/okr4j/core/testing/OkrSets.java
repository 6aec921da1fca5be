package org.okr4j.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.Cadence;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Commitment;
import org.okr4j.core.Confidence;
import org.okr4j.core.Corridor;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.Direction;
import org.okr4j.core.FiscalCalendar;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Kpi;
import org.okr4j.core.KpiId;
import org.okr4j.core.KpiLink;
import org.okr4j.core.KpiReading;
import org.okr4j.core.Level;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;
import org.okr4j.core.Owner;
import org.okr4j.core.Person;
import org.okr4j.core.PersonId;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.Unit;
import org.okr4j.core.Waypoint;
import org.quicktheories.core.Gen;

/**
 * Generators of OKR sets for the tests of every okr4j module (published in okr-core's test-jar).
 *
 * <p>All are deterministic in their seed. Valid sets are well-formed trees: a company, departments,
 * teams and people; each unit's objectives contribute to an objective of its parent unit; key
 * results with weekly check-ins. Malformed sets are valid sets with the faults OKR data really has,
 * none of which okr-core rejects: dangling links, alignment loops, self-links, links to key results,
 * objectives in unknown cycles, owners outside the organisation, objectives without key results and
 * orphans. {@link #chain(int)} and {@link #loop(int)} make the deep structures that recursive code
 * would not survive.
 */
public final class OkrSets {

  /** The quarter every generated objective belongs to. */
  public static final CycleId QUARTER = CycleId.of("2026-Q3");

  private static final LevelScheme LEVELS = LevelScheme.standard();
  private static final LocalDate FIRST_CHECK_IN = LocalDate.of(2026, 7, 6);
  private static final List<Cadence> CADENCES = List.of(Cadence.WEEKLY, Cadence.NONE,
      Cadence.BIWEEKLY, Cadence.MONTHLY, Cadence.ofDays(10), Cadence.ofMonths(2));

  private OkrSets() {}

  /** Makes the builder of key result {@code id}, drawing what it likes from {@code random}. */
  public interface KeyResultMaker {
    KeyResult.Builder make(java.util.Random random, String id);
  }

  /**
   * A random web of contributions among {@code n} key results {@code kr-00}, {@code kr-01}, ...
   * from a seed: each contributes to up to two others (some to {@code kr-gone}, dangling), at
   * weights 0 to 3, half of the links with a pinned share in tenths; three in four roll up
   * (sum of values, mean or weighted progress). Loops come as they fall.
   */
  public static List<KeyResult> contributionWeb(long seed, int n, KeyResultMaker keyResult) {
    java.util.Random random = new java.util.Random(seed);
    List<KeyResult> keyResults = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      KeyResult.Builder builder = keyResult.make(random, String.format("kr-%02d", k));
      java.util.Set<Integer> parents = new java.util.TreeSet<>();
      int links = random.nextInt(3);
      for (int i = 0; i < links; i++) {
        parents.add(random.nextInt(n + 1));
      }
      parents.remove(k);
      for (int p : parents) {
        org.okr4j.core.Contribution contribution = org.okr4j.core.Contribution.to(KeyResultId.of(
            p == n ? "kr-gone" : String.format("kr-%02d", p))).withWeight(random.nextInt(4));
        builder.addContributions(random.nextBoolean() ? contribution
            : contribution.withPinnedShare(random.nextInt(11) / 10.0));
      }
      int mode = random.nextInt(4);
      if (mode < 3) {
        builder.rollUp(org.okr4j.core.KeyResultRollUp.values()[mode]);
      }
      keyResults.add(builder.build());
    }
    return keyResults;
  }

  /** Valid sets of 1 to {@code maxUnits} units. */
  public static Gen<OkrSet> valid(int maxUnits) {
    return longs().all().zip(integers().between(1, maxUnits), OkrSets::valid);
  }

  /** Malformed sets of 1 to {@code maxUnits} units. */
  public static Gen<OkrSet> malformed(int maxUnits) {
    return longs().all().zip(integers().between(1, maxUnits), OkrSets::malformed);
  }

  /** Valid or malformed sets, half each. */
  public static Gen<OkrSet> any(int maxUnits) {
    return valid(maxUnits).mix(malformed(maxUnits));
  }

  /**
   * Sets of up to {@code maxObjectives} objectives in three cycles whose owners are drawn from a
   * small pool (people {@code p0} to {@code p4}, units {@code p0} to {@code p2}: a person and a
   * unit share ids), or missing: objectives and key results with and without owners and
   * co-owners of their own, key results with linear measures in three units and both directions,
   * or milestones. For the rules that count per owner: objectives per owner and cycle, owner load.
   */
  public static Gen<OkrSet> sharedOwnership(int maxObjectives) {
    return longs().all().zip(integers().between(0, maxObjectives), OkrSets::sharedOwnership);
  }

  /** A set of {@code objectives} objectives as {@link #sharedOwnership(int)} makes them. */
  public static OkrSet sharedOwnership(long seed, int objectives) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Unit> units = List.of(Unit.number(), Unit.percent(), Unit.currency("EUR"));
    OkrSet.Builder set = OkrSet.builder();
    int keyResults = 0;
    for (int o = 0; o < objectives; o++) {
      Owner owner = randomOwner(random);
      Objective.Builder objective = Objective.builder().id(ObjectiveId.of("o" + o))
          .title("Objective " + o).level(LEVELS.level("team"))
          .cycle(CycleId.of("c" + random.nextInt(3)));
      if (owner != null) {
        objective.owner(owner);
      }
      objective.addAllCoOwners(coOwners(random, owner));
      int count = random.nextInt(5);
      for (int k = 0; k < count; k++) {
        String id = "kr" + keyResults++;
        Owner own = random.nextBoolean() ? randomOwner(random) : null;
        KeyResult.Builder kr = KeyResult.builder().id(KeyResultId.of(id)).title("Move " + id)
            .measure(random.nextInt(4) == 0 ? MilestoneMeasure.of()
                : (random.nextBoolean() ? LinearMeasure.of(0, 10)
                    : LinearMeasure.of(10, 0, Direction.DECREASE))
                    .withUnit(units.get(random.nextInt(units.size()))));
        if (own != null) {
          kr.owner(own);
        }
        kr.addAllCoOwners(random.nextInt(3) == 0 ? coOwners(random, own) : List.of());
        objective.addKeyResults(kr.build());
      }
      set.addObjectives(objective.build());
    }
    return set.build();
  }

  /** A person or unit of the pool, or none. */
  private static Owner randomOwner(SplittableRandom random) {
    int pick = random.nextInt(9);
    return pick < 5 ? PersonId.of("p" + pick) : pick < 8 ? OrgUnitId.of("p" + (pick - 5)) : null;
  }

  /** None to two distinct co-owners from the pool, other than {@code owner}. */
  private static List<Owner> coOwners(SplittableRandom random, Owner owner) {
    Set<Owner> coOwners = new LinkedHashSet<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      Owner coOwner = randomOwner(random);
      if (coOwner != null && !coOwner.equals(owner)) {
        coOwners.add(coOwner);
      }
    }
    return List.copyOf(coOwners);
  }

  /** A valid set of {@code units} units, from {@code seed}. */
  public static OkrSet valid(long seed, int units) {
    return new Generator(new SplittableRandom(seed)).valid(units);
  }

  /** A malformed set of {@code units} units, from {@code seed}. */
  public static OkrSet malformed(long seed, int units) {
    Generator generator = new Generator(new SplittableRandom(seed));
    return generator.corrupt(generator.valid(units));
  }

  /**
   * A chain of {@code depth} objectives, each contributing to the one before: the deepest cascade
   * a set can have. Objective {@code i} has id {@code chain-i}.
   */
  public static OkrSet chain(int depth) {
    List<Objective> objectives = new ArrayList<>(depth);
    for (int i = 0; i < depth; i++) {
      Objective.Builder objective = objective("chain-" + i, i == 0 ? LEVELS.top() : LEVELS.bottom());
      if (i > 0) {
        objective.addAlignments(Alignment.contributesTo(ObjectiveId.of("chain-" + (i - 1))));
      }
      objectives.add(objective.build());
    }
    return OkrSet.builder().addCycles(quarter()).objectives(objectives).build();
  }

  /** A loop of {@code length} objectives, each contributing to the next, the last to the first. */
  public static OkrSet loop(int length) {
    List<Objective> objectives = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      objectives.add(objective("loop-" + i, LEVELS.level("team"))
          .addAlignments(Alignment.contributesTo(ObjectiveId.of("loop-" + ((i + 1) % length))))
          .build());
    }
    return OkrSet.builder().addCycles(quarter()).objectives(objectives).build();
  }

  /**
   * The same set with its objectives, cycles and units in another order, drawn from
   * {@code seed}: reports must not tell the two apart.
   */
  public static OkrSet shuffled(OkrSet set, long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<Objective> objectives = new ArrayList<>(set.objectives());
    java.util.Collections.shuffle(objectives, random);
    List<Cycle> cycles = new ArrayList<>(set.cycles());
    java.util.Collections.shuffle(cycles, random);
    List<Kpi> kpis = new ArrayList<>(set.kpis());
    java.util.Collections.shuffle(kpis, random);
    return OkrSet.builder().from(set).objectives(objectives).cycles(cycles).kpis(kpis).build();
  }

  /**
   * The sets of {@code sets} with 0 to 3 KPIs each ({@code kpi-0}, ...; so two sets share some):
   * an owner or none, a corridor, 0 to 3 readings and links to 0 to 2 of the set's objectives or
   * to one it does not hold.
   */
  public static Gen<OkrSet> withKpis(Gen<OkrSet> sets) {
    return sets.zip(longs().all(), OkrSets::withKpis);
  }

  /** The set with 0 to 3 KPIs drawn from {@code seed}, as {@link #withKpis(Gen)} adds them. */
  public static OkrSet withKpis(OkrSet set, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Kpi> kpis = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      Kpi.Builder kpi = Kpi.builder().id(KpiId.of("kpi-" + i)).title("KPI " + i)
          .corridor(random.nextBoolean() ? Corridor.atMost(2 + random.nextInt(3))
              : Corridor.of(1, 5));
      if (random.nextBoolean()) {
        kpi.owner(OrgUnitId.of("u" + random.nextInt(3)));
      }
      int readings = random.nextInt(4);
      for (int r = 0; r < readings; r++) {
        kpi.addReadings(KpiReading.of(FIRST_CHECK_IN.plusDays(7L * r), random.nextInt(6)));
      }
      List<ObjectiveId> linked = new ArrayList<>();
      int links = random.nextInt(3);
      for (int l = 0; l < links && !set.objectives().isEmpty(); l++) {
        ObjectiveId objective = random.nextInt(5) == 0 ? ObjectiveId.of("o-missing")
            : set.objectives().get(random.nextInt(set.objectives().size())).id();
        if (!linked.contains(objective)) {
          linked.add(objective);
          kpi.addLinks(random.nextBoolean() ? KpiLink.protects(objective)
              : KpiLink.recovers(objective));
        }
      }
      kpis.add(kpi.build());
    }
    return OkrSet.builder().from(set).kpis(kpis).build();
  }

  /** The 2026 calendar quarter all generated objectives use. */
  public static Cycle quarter() {
    return FiscalCalendar.calendarYear().quarter(2026, 3);
  }

  private static Objective.Builder objective(String id, Level level) {
    return Objective.builder().id(ObjectiveId.of(id)).title("Objective " + id).level(level)
        .cycle(QUARTER);
  }

  /** The generator's state: one random stream per set. */
  private static final class Generator {
    private final SplittableRandom random;
    private int nextKeyResult;

    Generator(SplittableRandom random) {
      this.random = random;
    }

    OkrSet valid(int unitCount) {
      Organization.Builder org = Organization.builder().levels(LEVELS);
      List<OrgUnit> units = new ArrayList<>(unitCount);
      List<Objective> objectives = new ArrayList<>();
      List<List<ObjectiveId>> objectivesOfUnit = new ArrayList<>();
      List<Person> people = new ArrayList<>();
      for (int u = 0; u < unitCount; u++) {
        OrgUnit unit;
        if (u == 0) {
          unit = OrgUnit.of("u0", "Company", LEVELS.top());
        } else {
          // A parent among the earlier units not at the lowest unit level (team).
          int parent = random.nextInt(u);
          while (units.get(parent).level().rank() >= 2) {
            parent = random.nextInt(u);
          }
          Level level = LEVELS.levels().get(units.get(parent).level().rank() + 1);
          unit = OrgUnit.of("u" + u, "Unit " + u, level, units.get(parent).id());
        }
        units.add(unit);
        Person person = Person.of("p" + u, "Person " + u, unit.id());
        people.add(person);
        List<ObjectiveId> own = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int k = 0; k < count; k++) {
          Objective.Builder objective = objective("o" + u + "-" + k, unit.level())
              .owner(unit.id())
              .commitment(random.nextInt(4) == 0 ? Commitment.COMMITTED : Commitment.ASPIRATIONAL);
          if (u > 0) {
            List<ObjectiveId> above = objectivesOfUnit.get(indexOf(unit.parent().get()));
            objective.addAlignments(Alignment.contributesTo(above.get(random.nextInt(above.size()))));
          }
          int krs = 1 + random.nextInt(4);
          for (int r = 0; r < krs; r++) {
            objective.addKeyResults(keyResult(person.id()));
          }
          Objective built = objective.build();
          objectives.add(built);
          own.add(built.id());
        }
        objectivesOfUnit.add(own);
      }
      return OkrSet.builder()
          .organization(org.units(units).people(people).build())
          .addCycles(FiscalCalendar.calendarYear().year(2026), quarter())
          .objectives(objectives)
          .build();
    }

    private static int indexOf(OrgUnitId id) {
      return Integer.parseInt(id.value().substring(1));
    }

    KeyResult keyResult(PersonId owner) {
      KeyResultId id = KeyResultId.of("kr" + nextKeyResult++);
      if (random.nextInt(5) == 0) {
        KeyResult.Builder kr = KeyResult.builder().id(id).title("Ship " + id).owner(owner)
            .measure(MilestoneMeasure.of());
        if (random.nextBoolean()) {
          kr.addCheckIns(CheckIn.done(FIRST_CHECK_IN.plusWeeks(random.nextInt(12))));
        }
        return kr.build();
      }
      if (random.nextInt(6) == 0) {
        return KeyResult.builder().id(id).title("Hold " + id).owner(owner)
            .measure(ThresholdMeasure.atLeast(random.nextInt(100)))
            .addCheckIns(CheckIn.of(FIRST_CHECK_IN, random.nextInt(120)))
            .build();
      }
      double start = random.nextInt(100);
      double target = start + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(100));
      KeyResult.Builder kr = KeyResult.builder().id(id).title("Move " + id).owner(owner)
          .weight(random.nextInt(4))
          .measure(LinearMeasure.of(start, target));
      // Cadences and waypoints follow the id, not the random source, so that every other
      // generated value stays as it was before key results had them.
      int n = nextKeyResult;
      if (n % 3 == 1) {
        kr.cadence(CADENCES.get(n / 3 % CADENCES.size()));
      }
      if (n % 4 == 2) {
        kr.addWaypoints(Waypoint.of(FIRST_CHECK_IN.plusWeeks(2), start + (target - start) / 10));
        if (n % 8 == 2) {
          kr.addWaypoints(Waypoint.of(FIRST_CHECK_IN.plusWeeks(8),
              start + (target - start) * 0.7 + 0.125));
        }
      }
      int checkIns = random.nextInt(13);
      for (int w = 0; w < checkIns; w++) {
        kr.addCheckIns(CheckIn.builder().date(FIRST_CHECK_IN.plusWeeks(w))
            .value(start + (target - start) * random.nextDouble(-0.2, 1.3))
            .confidence(Confidence.ofTen(random.nextInt(11))).build());
      }
      return kr.build();
    }

    /** Applies one to five of the faults real OKR data has. */
    OkrSet corrupt(OkrSet set) {
      List<Objective> objectives = new ArrayList<>(set.objectives());
      int faults = 1 + random.nextInt(5);
      for (int f = 0; f < faults; f++) {
        int i = random.nextInt(objectives.size());
        Objective o = objectives.get(i);
        Objective.Builder b = Objective.builder().from(o);
        switch (random.nextInt(8)) {
          case 0 -> b.addAlignments(Alignment.contributesTo(ObjectiveId.of("missing-" + f)));
          case 1 -> b.addAlignments(Alignment.contributesTo(o.id()));
          case 2 -> {
            Objective other = objectives.get(random.nextInt(objectives.size()));
            objectives.set(objectives.indexOf(other), Objective.builder().from(other)
                .addAlignments(Alignment.contributesTo(o.id())).build());
            b = Objective.builder().from(objectives.get(i))
                .addAlignments(Alignment.contributesTo(other.id()));
          }
          case 3 -> b.cycle(CycleId.of("unknown-cycle"));
          case 4 -> b.owner(OrgUnitId.of("ghost-unit"));
          case 5 -> b.keyResults(List.of());
          case 6 -> b.alignments(List.of());
          default -> {
            Objective other = objectives.get(random.nextInt(objectives.size()));
            if (!other.keyResults().isEmpty()) {
              b.addAlignments(Alignment.of(other.keyResults().get(0).id(),
                  AlignmentKind.values()[random.nextInt(4)], random.nextInt(3)));
            } else {
              b.addAlignments(Alignment.contributesTo(KeyResultId.of("missing-kr-" + f)));
            }
          }
        }
        objectives.set(i, b.build());
      }
      return OkrSet.builder().from(set).objectives(objectives).build();
    }
  }
}
