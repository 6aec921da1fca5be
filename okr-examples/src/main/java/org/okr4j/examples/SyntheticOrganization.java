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
 *
 * <p>Titles come from a small OKR vocabulary, as people write them: an objective is a verb, one of
 * the unit's focus areas and an aim ("Simplify checkout for every new customer"; a team and its
 * people share the team's areas); a numeric key result names a metric of its area and its numbers
 * ("Raise checkout conversion from 31 to 45", "Cut ticket backlog from 80 to 40"), so key results
 * on one metric are templated across the organisation, as sales quotas are; a milestone is an
 * outcome ("New billing flow live for all customers") or, one time in five, a task ("Launch the
 * new billing flow"); a threshold keeps a metric above a floor.
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
     * What a large organisation's data looks like: 2 % orphans, 0.5 % dangling links, 0.2 % loops,
     * 3 check-ins, 1 % of objectives under a title other units use too, 1 % of numeric key results
     * moving a shared metric in either direction. The benchmarks run with these rates, so that
     * they measure what the default policies meet in a real set.
     */
    public static Rates typical() {
      return new Rates(0.02, 0.005, 0.002, 3, 0.01, 0.01);
    }

    /** These rates with no planted duplicates or conflicts. */
    public Rates withoutFaultsOfContent() {
      return new Rates(orphans, dangling, loops, checkIns, 0, 0);
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
  static final List<String> SHARED_TITLES = List.of(
      "Make onboarding effortless for new customers", "Become the easiest company to buy from",
      "Build a culture of ownership and trust", "Delight our customers at every touchpoint",
      "Make our platform reliable at any scale", "Win the mid-market in our home region",
      "Turn support into a reason to stay", "Ship quality software our customers love",
      "Grow a healthy pipeline of qualified leads", "Make every team data-informed",
      "Cut waste out of our cloud infrastructure", "Hire and keep the best people",
      "Make the mobile experience delightful", "Be known as the experts in our field",
      "Simplify how we work across teams", "Protect our customers' data and privacy");
  static final List<String> SHARED_METRICS = List.of("monthly churn",
      "support ticket backlog", "cloud spend", "average handling time", "release frequency",
      "onboarding time", "open security findings", "meeting hours per week");

  private static final List<String> VERBS = List.of("Simplify", "Rethink", "Strengthen",
      "Modernise", "Scale", "Protect", "Reinvent", "Open up", "Speed up", "Fix", "Own",
      "Professionalise", "Automate", "Grow", "Make", "Win with", "Earn trust in", "Focus",
      "De-risk", "Lead in");
  private static final List<String> AREAS = List.of("checkout", "billing", "onboarding",
      "the mobile app", "the partner network", "the data platform", "hiring", "sales in EMEA",
      "sales in APAC", "sales in the Americas", "customer support", "the field service",
      "procurement", "the supply chain", "warehouse operations", "payroll", "learning and growth",
      "brand awareness", "the developer portal", "search", "recommendations", "pricing",
      "the loyalty programme", "dealer relations", "cloud infrastructure", "security", "compliance",
      "internal tools", "the design system", "release engineering", "quality assurance",
      "customer success", "renewals", "marketing operations", "events", "community",
      "documentation", "analytics", "finance reporting", "facilities");
  private static final List<String> AIMS = List.of("for every new customer",
      "without adding headcount", "so that customers stay", "that teams trust",
      "into a competitive edge", "at half the cost", "for the next stage of growth",
      "end to end", "for our largest accounts", "across every channel", "before the busy season",
      "with measurable quality", "for partners and resellers", "in every region",
      "from the first day");
  private static final List<String> METRICS = List.of("conversion", "churn", "net promoter score",
      "time to first value", "ticket backlog", "first contact resolution", "cycle time",
      "deployment frequency", "open defects", "cost per order", "gross margin", "qualified leads",
      "win rate", "average deal size", "renewal rate", "time to hire", "offer acceptance",
      "engagement score", "on-time delivery", "stock accuracy", "unit cost", "page load time",
      "crash-free sessions", "monthly active users", "activation rate", "support cost per user",
      "audit findings", "incident count", "uptime", "training hours");
  /** Metrics people want lower: their key results cut rather than raise. */
  private static final java.util.Set<String> LOWER_IS_BETTER = java.util.Set.of("churn",
      "time to first value", "ticket backlog", "cycle time", "open defects", "cost per order",
      "time to hire", "unit cost", "page load time", "support cost per user", "audit findings",
      "incident count");
  private static final List<String> FEATURES = List.of("self-service returns", "new pricing page",
      "partner portal", "usage-based billing", "single sign-on", "offline mode", "dealer dashboard",
      "onboarding checklist", "customer health score", "warehouse scanner app",
      "quarterly business review", "data retention policy", "accessibility fixes",
      "localised storefront", "referral programme");

  private final SplittableRandom random;
  // Decides the planted duplicates and conflicts apart from the main stream, so that with those
  // rates at zero the organisation is the one the benchmarks always measured.
  private final SplittableRandom faults;
  // Draws the words of titles, apart from the structure's stream as well.
  private final SplittableRandom words;
  private final Rates rates;
  private final List<Objective> objectives = new ArrayList<>();
  private int keyResults;

  private SyntheticOrganization(long seed, Rates rates) {
    this.random = new SplittableRandom(seed);
    this.faults = new SplittableRandom(~seed);
    this.words = new SplittableRandom(seed * 31 + 17);
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
    int[] teamArea = new int[teams];
    for (int t = 0; t < teams; t++) {
      String id = "t" + t;
      int department = t % departments;
      units.add(OrgUnit.of(id, "Team " + t, LEVELS.level("team"), OrgUnitId.of("d" + department)));
      teamArea[t] = words.nextInt(AREAS.size());
      teamObjectives.add(objectives(id, OrgUnitId.of(id), LEVELS.level("team"), 3,
          departmentObjectives.get(department), teamArea[t]));
    }
    for (int p = 0; p < employees; p++) {
      String id = "p" + p;
      int team = p % teams;
      people.add(Person.of(id, "Person " + p, OrgUnitId.of("t" + team)));
      objectives(id, PersonId.of(id), LEVELS.level("individual"), 2 + random.nextInt(2),
          teamObjectives.get(team), teamArea[team]);
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
    return objectives(owner, who, level, count, parents, words.nextInt(AREAS.size()));
  }

  /**
   * {@code count} objectives of one owner, their titles and key results about the focus areas
   * {@code area} and the next one (a team passes its area on to its people).
   */
  private List<ObjectiveId> objectives(String owner, org.okr4j.core.Owner who, Level level,
      int count, List<ObjectiveId> parents, int area) {
    List<ObjectiveId> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ObjectiveId id = ObjectiveId.of("o-" + owner + "-" + i);
      int focus = (area + i % 2) % AREAS.size();
      String title = faults.nextDouble() < rates.duplicates()
          ? SHARED_TITLES.get(faults.nextInt(SHARED_TITLES.size()))
          : VERBS.get(words.nextInt(VERBS.size())) + " " + AREAS.get(focus) + " "
              + AIMS.get(words.nextInt(AIMS.size()));
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
        objective.addKeyResults(keyResult(focus));
      }
      objectives.add(objective.build());
      ids.add(id);
    }
    return ids;
  }

  /** A key result about focus area {@code area}: its metric or feature comes from the area. */
  private KeyResult keyResult(int area) {
    KeyResultId id = KeyResultId.of("kr" + keyResults++);
    int kind = random.nextInt(10);
    if (kind < 2) {
      String feature = FEATURES.get((area + words.nextInt(3)) % FEATURES.size());
      KeyResult.Builder kr = KeyResult.builder().id(id)
          .title(words.nextInt(5) == 0 ? "Launch the " + feature
              : capitalised(feature) + " live for all customers")
          .measure(MilestoneMeasure.of());
      if (random.nextInt(3) == 0) {
        kr.addCheckIns(CheckIn.done(AS_OF.minusDays(random.nextInt(40))));
      }
      return kr.build();
    }
    String metric = METRICS.get((area * 3 + words.nextInt(4)) % METRICS.size());
    if (kind == 2) {
      return KeyResult.builder().id(id).title("Keep " + metric + " above 95")
          .measure(ThresholdMeasure.atLeast(95))
          .addCheckIns(CheckIn.of(AS_OF.minusDays(3), 90 + random.nextInt(10))).build();
    }
    double start = random.nextInt(100);
    double target = start + 10 + random.nextInt(90);
    boolean lower = LOWER_IS_BETTER.contains(metric);
    if (faults.nextDouble() < rates.conflicts()) {
      metric = SHARED_METRICS.get(faults.nextInt(SHARED_METRICS.size()));
      lower = faults.nextBoolean();
    }
    if (lower) {
      double high = target;
      target = start;
      start = high;
    }
    KeyResult.Builder kr = KeyResult.builder().id(id)
        .title((lower ? "Reduce " : "Raise ") + metric + " from " + (long) start + " to "
            + (long) target)
        .measure(LinearMeasure.of(start, target)).weight(1 + random.nextInt(3));
    double pace = random.nextDouble(0.2, 1.3);
    for (int w = rates.checkIns(); w >= 1; w--) {
      LocalDate day = AS_OF.minusWeeks(w - 1L);
      double share = pace * QUARTER.expectedProgress(day);
      kr.addCheckIns(CheckIn.builder().date(day).value(Math.round(start + (target - start) * share))
          .confidence(Confidence.ofTen(random.nextInt(11))).build());
    }
    return kr.build();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
