package org.okr4j.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.okr4j.core.Alignment;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Commitment;
import org.okr4j.core.Confidence;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.FiscalCalendar;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
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
import org.okr4j.core.Person;
import org.okr4j.core.PersonId;
import org.okr4j.core.ThresholdMeasure;

/**
 * A deterministic, seeded synthetic organisation of N employees for benchmarks: a company,
 * departments of about 2,000 people, teams of 8, and about three objectives and ten key results per
 * employee, with weekly check-ins and tunable rates of the faults real data has.
 *
 * <p>Shape, for N employees: N / 2000 departments (at least 1), N / 8 teams (at least 1); each
 * person owns 2 or 3 individual objectives, each team 3, each department and the company 4; each
 * objective has 3 or 4 key results (a fifth of them milestones, a tenth thresholds, the rest linear)
 * with {@link Rates#checkIns()} weekly check-ins. Every objective below the company contributes to
 * an objective of its owner's parent unit, except for orphans, dangling links and loops at the given
 * rates; at their rates, objectives take titles other units use too and numeric key results raise
 * or lower metrics other units move.
 * <pre>{@code
 * OkrSet big = SyntheticOrganization.generate(1_000_000, 42, SyntheticOrganization.Rates.typical());
 * }</pre>
 */
public final class SyntheticOrganization {

  /** The quarter every generated objective belongs to. */
  public static final Cycle QUARTER = FiscalCalendar.calendarYear().quarter(2026, 3);

  /** The day the generated check-ins run up to. */
  public static final LocalDate AS_OF = QUARTER.start().plusWeeks(7);

  private static final LevelScheme LEVELS = LevelScheme.standard();

  /**
   * How often the generator plants each fault, as fractions of the objectives, and how many weekly
   * check-ins each key result gets.
   *
   * @param orphans objectives left without a parent or a standalone reason
   * @param dangling links to an objective that does not exist
   * @param loops objectives whose parent is changed to form a two-objective loop
   * @param checkIns weekly check-ins per numeric key result, 0 to 7
   * @param duplicates objectives whose title is one that other units use too (duplicated effort)
   * @param conflicts numeric key results that raise or lower one of a few metrics many units
   *     share, in a random direction (one team raising what another lowers)
   */
  public record Rates(double orphans, double dangling, double loops, int checkIns,
      double duplicates, double conflicts) {

    /** Validates the rates. */
    public Rates {
      check("orphans", orphans);
      check("dangling", dangling);
      check("loops", loops);
      check("duplicates", duplicates);
      check("conflicts", conflicts);
      if (checkIns < 0 || checkIns > 7) {
        throw new IllegalArgumentException("check-ins must lie within [0, 7], but was " + checkIns);
      }
    }

    /** The given structural rates, with no duplicates or conflicts planted. */
    public Rates(double orphans, double dangling, double loops, int checkIns) {
      this(orphans, dangling, loops, checkIns, 0, 0);
    }

    /**
     * 2 % orphans, 0.5 % dangling links, 0.2 % loops, 3 check-ins; no duplicates or conflicts, so
     * that the benchmarks' figures stay comparable (near-duplicates have their own benchmark).
     */
    public static Rates typical() {
      return new Rates(0.02, 0.005, 0.002, 3);
    }

    /** These rates with {@code rate} of the objectives given a title other units use too. */
    public Rates withDuplicates(double rate) {
      return new Rates(orphans, dangling, loops, checkIns, rate, conflicts);
    }

    /** These rates with {@code rate} of the numeric key results on a shared metric. */
    public Rates withConflicts(double rate) {
      return new Rates(orphans, dangling, loops, checkIns, duplicates, rate);
    }

    private static void check(String name, double rate) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException(
            "rate of " + name + " must lie within [0, 1], but was " + rate);
      }
    }
  }

  // Titles many units might each write, and metrics many units move: the raw material of the
  // planted duplicates and conflicts.
  private static final List<String> SHARED_TITLES = List.of(
      "Make onboarding effortless for new customers", "Become the easiest company to buy from",
      "Build a culture of ownership and trust", "Delight our customers at every touchpoint",
      "Make our platform reliable at any scale", "Win the mid-market in our home region",
      "Turn support into a reason to stay", "Ship quality software our customers love",
      "Grow a healthy pipeline of qualified leads", "Make every team data-informed",
      "Cut waste out of our cloud infrastructure", "Hire and keep the best people",
      "Make the mobile experience delightful", "Be known as the experts in our field",
      "Simplify how we work across teams", "Protect our customers' data and privacy");
  private static final List<String> SHARED_METRICS = List.of("monthly churn",
      "support ticket backlog", "cloud spend", "average handling time", "release frequency",
      "onboarding time", "open security findings", "meeting hours per week");

  private final SplittableRandom random;
  // Decides the planted duplicates and conflicts apart from the main stream, so that with those
  // rates at zero the organisation is the one the benchmarks always measured.
  private final SplittableRandom faults;
  private final Rates rates;
  private final List<Objective> objectives = new ArrayList<>();
  private int keyResults;

  private SyntheticOrganization(long seed, Rates rates) {
    this.random = new SplittableRandom(seed);
    this.faults = new SplittableRandom(~seed);
    this.rates = rates;
  }

  /** A synthetic organisation of {@code employees} people. */
  public static OkrSet generate(int employees, long seed, Rates rates) {
    if (employees < 1) {
      throw new IllegalArgumentException("employees must be at least 1, but was " + employees);
    }
    return new SyntheticOrganization(seed, rates).build(employees);
  }

  private OkrSet build(int employees) {
    int departments = Math.max(1, employees / 2000);
    int teams = Math.max(1, employees / 8);
    List<OrgUnit> units = new ArrayList<>(1 + departments + teams);
    List<Person> people = new ArrayList<>(employees);
    units.add(OrgUnit.of("c", "Company", LEVELS.level("company")));
    List<ObjectiveId> company = objectives("c", OrgUnitId.of("c"), LEVELS.level("company"), 4,
        List.of());
    List<List<ObjectiveId>> departmentObjectives = new ArrayList<>(departments);
    for (int d = 0; d < departments; d++) {
      String id = "d" + d;
      units.add(OrgUnit.of(id, "Department " + d, LEVELS.level("department"), OrgUnitId.of("c")));
      departmentObjectives.add(objectives(id, OrgUnitId.of(id), LEVELS.level("department"), 4,
          company));
    }
    List<List<ObjectiveId>> teamObjectives = new ArrayList<>(teams);
    for (int t = 0; t < teams; t++) {
      String id = "t" + t;
      int department = t % departments;
      units.add(OrgUnit.of(id, "Team " + t, LEVELS.level("team"), OrgUnitId.of("d" + department)));
      teamObjectives.add(objectives(id, OrgUnitId.of(id), LEVELS.level("team"), 3,
          departmentObjectives.get(department)));
    }
    for (int p = 0; p < employees; p++) {
      String id = "p" + p;
      int team = p % teams;
      people.add(Person.of(id, "Person " + p, OrgUnitId.of("t" + team)));
      objectives(id, PersonId.of(id), LEVELS.level("individual"), 2 + random.nextInt(2),
          teamObjectives.get(team));
    }
    plantLoops();
    return OkrSet.builder()
        .organization(Organization.builder().levels(LEVELS).units(units).people(people).build())
        .addCycles(FiscalCalendar.calendarYear().year(2026), QUARTER)
        .objectives(objectives)
        .build();
  }

  private List<ObjectiveId> objectives(String owner, org.okr4j.core.Owner who, Level level,
      int count, List<ObjectiveId> parents) {
    List<ObjectiveId> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ObjectiveId id = ObjectiveId.of("o-" + owner + "-" + i);
      String title = faults.nextDouble() < rates.duplicates()
          ? SHARED_TITLES.get(faults.nextInt(SHARED_TITLES.size())) : "Objective " + id.value();
      Objective.Builder objective = Objective.builder().id(id).title(title)
          .owner(who).level(level).cycle(QUARTER.id())
          .commitment(random.nextInt(5) == 0 ? Commitment.COMMITTED : Commitment.ASPIRATIONAL);
      if (!parents.isEmpty()) {
        double roll = random.nextDouble();
        if (roll < rates.dangling()) {
          objective.addAlignments(Alignment.contributesTo(ObjectiveId.of("gone-" + id.value())));
        } else if (roll >= rates.dangling() + rates.orphans()) {
          objective.addAlignments(
              Alignment.contributesTo(parents.get(random.nextInt(parents.size()))));
        }
      }
      int krs = 3 + random.nextInt(2);
      for (int k = 0; k < krs; k++) {
        objective.addKeyResults(keyResult());
      }
      objectives.add(objective.build());
      ids.add(id);
    }
    return ids;
  }

  private KeyResult keyResult() {
    KeyResultId id = KeyResultId.of("kr" + keyResults++);
    int kind = random.nextInt(10);
    if (kind < 2) {
      KeyResult.Builder kr = KeyResult.builder().id(id).title("Ship " + id.value())
          .measure(MilestoneMeasure.of());
      if (random.nextInt(3) == 0) {
        kr.addCheckIns(CheckIn.done(AS_OF.minusDays(random.nextInt(40))));
      }
      return kr.build();
    }
    if (kind == 2) {
      return KeyResult.builder().id(id).title("Hold " + id.value())
          .measure(ThresholdMeasure.atLeast(95))
          .addCheckIns(CheckIn.of(AS_OF.minusDays(3), 90 + random.nextInt(10))).build();
    }
    double start = random.nextInt(100);
    double target = start + 10 + random.nextInt(90);
    KeyResult.Builder kr = KeyResult.builder().id(id).title("Grow " + id.value())
        .measure(LinearMeasure.of(start, target)).weight(1 + random.nextInt(3));
    if (faults.nextDouble() < rates.conflicts()) {
      String metric = SHARED_METRICS.get(faults.nextInt(SHARED_METRICS.size()));
      if (faults.nextBoolean()) {
        double high = target;
        target = start;
        start = high;
        kr.title("Reduce " + metric);
      } else {
        kr.title("Raise " + metric);
      }
      kr.measure(LinearMeasure.of(start, target));
    }
    double pace = random.nextDouble(0.2, 1.3);
    for (int w = rates.checkIns(); w >= 1; w--) {
      LocalDate day = AS_OF.minusWeeks(w - 1L);
      double share = pace * QUARTER.expectedProgress(day);
      kr.addCheckIns(CheckIn.builder().date(day).value(Math.round(start + (target - start) * share))
          .confidence(Confidence.ofTen(random.nextInt(11))).build());
    }
    return kr.build();
  }

  /** Re-points pairs of objectives at each other: loops that never reach the company. */
  private void plantLoops() {
    int pairs = (int) (objectives.size() * rates.loops() / 2);
    for (int i = 0; i < pairs; i++) {
      int a = random.nextInt(objectives.size());
      int b = random.nextInt(objectives.size());
      if (a == b) {
        continue;
      }
      Objective first = objectives.get(a);
      Objective second = objectives.get(b);
      objectives.set(a, Objective.builder().from(first)
          .alignments(List.of(Alignment.contributesTo(second.id()))).build());
      objectives.set(b, Objective.builder().from(second)
          .alignments(List.of(Alignment.contributesTo(first.id()))).build());
    }
  }

  /** The quarter's id. */
  static CycleId quarter() {
    return QUARTER.id();
  }
}
