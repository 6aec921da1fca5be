package org.okr4j.examples;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.okr4j.core.Alignment;
import org.okr4j.core.BaselineMeasure;
import org.okr4j.core.Cadence;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Commitment;
import org.okr4j.core.Confidence;
import org.okr4j.core.Contribution;
import org.okr4j.core.Corridor;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.CycleState;
import org.okr4j.core.Direction;
import org.okr4j.core.FiscalCalendar;
import org.okr4j.core.Judgement;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.KeyResultRollUp;
import org.okr4j.core.Kpi;
import org.okr4j.core.KpiId;
import org.okr4j.core.KpiLink;
import org.okr4j.core.KpiReading;
import org.okr4j.core.Level;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrdinalMeasure;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;
import org.okr4j.core.Origin;
import org.okr4j.core.Owner;
import org.okr4j.core.Person;
import org.okr4j.core.PersonId;
import org.okr4j.core.Perspective;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.ReportedStatus;
import org.okr4j.core.Share;
import org.okr4j.core.StagesMeasure;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.Unit;
import org.okr4j.core.Waypoint;
import org.okr4j.core.ZonesMeasure;

/**
 * Lumen Outdoor, the embedded sample company: an outdoor-gear retailer with a fiscal year that
 * starts in April, four levels, 34 people and the third quarter of FY2027 under way.
 *
 * <p>It is believable, and it has the problems real OKR sets have, on purpose, so that every stage
 * of okr4j has something to find:
 * <ul>
 *   <li>an orphan: the People department's objective has no parent and no standalone reason;
 *   <li>a gap: the company's learning objective has nothing contributing to it, and no company
 *       objective covers the internal-process perspective;
 *   <li>a loop: two marketing objectives align to each other and never reach the company;
 *   <li>conflicts: two sales teams pull the average discount in opposite directions; a committed
 *       team objective hangs under an aspirational one; an individual skips two levels;
 *   <li>near-duplicates: the platform and mobile teams both set out to make checkout fast;
 *   <li>a task-like key result ("Launch the loyalty programme") and an objective with a number;
 *   <li>stale check-ins: the support team stopped checking in in October;
 *   <li>a silo: People &amp; Culture links to no other department, while the others depend on
 *       or relate to each other.
 * </ul>
 *
 * <p>It also shows what a host may store beside the numbers: the hiring key result checks in
 * every two weeks and has phased targets (waypoints: 3 hires by the end of October, 8 by the end
 * of November), against which its status is judged, and the People department's head set its
 * objective's status by hand (at risk), with the day and the reason. The platform team's checkout
 * objective is shared: co-owned by Anders Berg, and shared with the support desk at a weight of
 * 50 %, so that it counts in the support desk's roll-up at half weight. And one cascade of key
 * results: the sales department's "Sign 40 new specialist dealers" takes its value from the sum
 * of its teams' dealer key results (EMEA's 25 and North America's 15), Quantive's cascaded key
 * result.
 *
 * <p>And one KPI, a health metric kept inside a corridor rather than moved: monthly customer
 * churn, at most 2.5 %, read 3.2 % in November (outside), which the support department's
 * objective sets out to recover.
 */
public final class SampleOrganization {

  /** The day the sample is seen from: a Friday in the middle of FY2027-Q3. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  /** The fiscal calendar: years start in April. */
  public static final FiscalCalendar CALENDAR = FiscalCalendar.startingIn(Month.APRIL);

  private static final LevelScheme LEVELS = LevelScheme.standard();
  private static final Level COMPANY = LEVELS.level("company");
  private static final Level DEPARTMENT = LEVELS.level("department");
  private static final Level TEAM = LEVELS.level("team");
  private static final Level INDIVIDUAL = LEVELS.level("individual");
  private static final CycleId QUARTER = CycleId.of("FY2027-Q3");
  private static final LocalDate FIRST_CHECK_IN = LocalDate.of(2026, 10, 5);

  /** The sales department's dealer key result, which sums its two teams' dealers. */
  static final KeyResultId SALES_DEALERS = KeyResultId.of("kr-d-sales-dealers");

  /** The day the People department's head set its objective's status by hand. */
  static final LocalDate JUDGED_ON = LocalDate.of(2026, 11, 13);

  /** Objectives are built once every section has configured its builders. */
  private final List<Objective.Builder> pending = new ArrayList<>();

  private SampleOrganization() {}

  /** Builds the sample set: organisation, the FY2027 cycles and the Q3 objectives. */
  public static OkrSet okrSet() {
    return new SampleOrganization().build();
  }

  /** The sample's organisation alone. */
  public static Organization organization() {
    Organization.Builder org = Organization.builder().levels(LEVELS);
    unit(org, "lumen", "Lumen Outdoor", COMPANY, null);
    unit(org, "sales", "Sales", DEPARTMENT, "lumen");
    unit(org, "marketing", "Marketing", DEPARTMENT, "lumen");
    unit(org, "product", "Product & Engineering", DEPARTMENT, "lumen");
    unit(org, "support", "Customer Support", DEPARTMENT, "lumen");
    unit(org, "people", "People & Culture", DEPARTMENT, "lumen");
    unit(org, "sales-emea", "Sales EMEA", TEAM, "sales");
    unit(org, "sales-na", "Sales North America", TEAM, "sales");
    unit(org, "sales-apac", "Sales APAC", TEAM, "sales");
    unit(org, "growth", "Growth Marketing", TEAM, "marketing");
    unit(org, "brand", "Brand & Community", TEAM, "marketing");
    unit(org, "platform", "Web Platform", TEAM, "product");
    unit(org, "mobile", "Mobile Apps", TEAM, "product");
    unit(org, "support-desk", "Support Desk", TEAM, "support");
    unit(org, "talent", "Talent", TEAM, "people");
    String[][] people = {
        {"p01", "Maya Lindqvist", "lumen"}, {"p02", "Tomás Ferreira", "sales"},
        {"p03", "Grace Okafor", "marketing"}, {"p04", "Ravi Menon", "product"},
        {"p05", "Elena Petrova", "support"}, {"p06", "Jonas Weber", "people"},
        {"p07", "Sofia Rossi", "sales-emea"}, {"p08", "Lukas Novak", "sales-emea"},
        {"p09", "Hannah Becker", "sales-emea"}, {"p10", "Daniel Kim", "sales-na"},
        {"p11", "Olivia Brown", "sales-na"}, {"p12", "Ethan Clarke", "sales-na"},
        {"p13", "王芳", "sales-apac"}, {"p14", "李伟", "sales-apac"},
        {"p15", "Aisha Khan", "growth"}, {"p16", "Noah Martin", "growth"},
        {"p17", "Chloé Dubois", "brand"}, {"p18", "Mateo García", "brand"},
        {"p19", "Priya Shah", "platform"}, {"p20", "Ben Carter", "platform"},
        {"p21", "Yuki Tanaka", "platform"}, {"p22", "Lea Schmidt", "mobile"},
        {"p23", "Omar Haddad", "mobile"}, {"p24", "Nina Johansson", "mobile"},
        {"p25", "Carlos Ruiz", "support-desk"}, {"p26", "Fatima Zahra", "support-desk"},
        {"p27", "Pieter de Vries", "support-desk"}, {"p28", "Emma Wilson", "support-desk"},
        {"p29", "Samuel Osei", "talent"}, {"p30", "Laura Costa", "talent"},
        {"p31", "Anders Berg", "platform"}, {"p32", "Zoe Adams", "growth"},
        {"p33", "Kenji Mori", "mobile"}, {"p34", "Ines Moreau", "sales-emea"}};
    for (String[] p : people) {
      org.addPeople(Person.of(p[0], p[1], OrgUnitId.of(p[2])));
    }
    return org.build();
  }

  /** The FY2027 year and its quarters; Q1 and Q2 are closed, Q3 is active, Q4 is in draft. */
  public static List<Cycle> cycles() {
    List<Cycle> cycles = new ArrayList<>();
    cycles.add(CALENDAR.year(2027).withState(CycleState.ACTIVE));
    for (Cycle quarter : CALENDAR.quartersOf(2027)) {
      CycleState state = quarter.end().isBefore(AS_OF) ? CycleState.CLOSED
          : quarter.contains(AS_OF) ? CycleState.ACTIVE : CycleState.DRAFT;
      cycles.add(quarter.withState(state));
    }
    return cycles;
  }

  private OkrSet build() {
    company();
    departments();
    teams();
    individuals();
    List<Objective> objectives = pending.stream().map(Objective.Builder::build).toList();
    return OkrSet.builder().organization(organization()).cycles(cycles()).objectives(objectives)
        .kpis(kpis())
        .build();
  }

  /**
   * One health metric: monthly customer churn, kept at or below 2.5 % (aiming at 2 %), which has
   * crept out of its corridor since September; the support department's objective sets out to
   * recover it.
   */
  private static List<Kpi> kpis() {
    return List.of(Kpi.builder()
        .id(KpiId.of("kpi-churn"))
        .title("Monthly customer churn")
        .owner(OrgUnitId.of("support"))
        .unit(Unit.percent())
        .corridor(Corridor.atMost(2.5).withTarget(2))
        .addReadings(KpiReading.of(LocalDate.of(2026, 8, 31), 2.1),
            KpiReading.of(LocalDate.of(2026, 9, 30), 2.4),
            KpiReading.of(LocalDate.of(2026, 10, 31), 2.9),
            KpiReading.of(LocalDate.of(2026, 11, 16), 3.2))
        .addLinks(KpiLink.recovers(ObjectiveId.of("d-support")))
        .build());
  }

  private void company() {
    objective("c-recommend", "Become the outdoor brand customers recommend first", COMPANY, "lumen")
        .perspective(Perspective.CUSTOMER)
        .addThemes("customer love")
        .addKeyResults(
            linear("kr-c-nps", "Raise Net Promoter Score from 31 to 45", "p01", 31, 45, 0.55),
            linear("kr-c-repeat", "Grow repeat-purchase rate from 22% to 30%", "p01", 22, 30, 0.6,
                Unit.percent()))
        .commitment(Commitment.ASPIRATIONAL);
    objective("c-profitable", "Grow a profitable online business", COMPANY, "lumen")
        .perspective(Perspective.FINANCIAL)
        .addThemes("online growth")
        .addKeyResults(
            linear("kr-c-revenue", "Grow online revenue from 4.0M to 5.5M EUR", "p01", 4.0, 5.5, 0.5,
                Unit.currency("EUR")),
            linear("kr-c-margin", "Lift gross margin from 38% to 42%", "p01", 38, 42, 0.35,
                Unit.percent()));
    objective("c-learn", "Build a team that learns faster than the market", COMPANY, "lumen")
        .perspective(Perspective.LEARNING_AND_GROWTH)
        .addThemes("people")
        .addKeyResults(
            linear("kr-c-engagement", "Raise engagement score from 7.1 to 8.0", "p01", 7.1, 8.0,
                0.4));
  }

  private void departments() {
    objective("d-sales", "Win the European outdoor market", DEPARTMENT, "sales")
        .origin(Origin.DECOMPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("c-profitable")))
        .addKeyResults(
            linear("kr-d-sales-eu", "Grow EU online revenue from 1.2M to 1.8M EUR", "p02", 1.2, 1.8,
                0.5, Unit.currency("EUR")),
            // Cascaded: the two sales teams' dealers add up to the department's (sum of values);
            // it takes no check-ins of its own, which a roll-up would ignore.
            keyResult("kr-d-sales-dealers", "Sign 40 new specialist dealers", "p02",
                LinearMeasure.of(0, 40).withUnit(Unit.number()))
                .rollUp(KeyResultRollUp.SUM_OF_VALUES).build());
    objective("d-marketing", "Make Lumen the brand people talk about", DEPARTMENT, "marketing")
        .origin(Origin.DECOMPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("c-recommend")),
            Alignment.of(ObjectiveId.of("d-sales"), AlignmentKind.RELATES_TO, 1.0))
        .addKeyResults(
            linear("kr-d-mkt-mentions", "Double organic social mentions from 3,000 to 6,000", "p03",
                3000, 6000, 0.6),
            zones("kr-d-mkt-traffic", "Grow organic traffic to 900k visits a month", "p03",
                ZonesMeasure.puzzle(500_000, 900_000), 0.5));
    objective("d-product", "Ship a shopping experience customers love", DEPARTMENT, "product")
        .origin(Origin.DECOMPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("c-recommend")))
        .addKeyResults(
            linear("kr-d-prod-conversion", "Raise checkout conversion from 2.1% to 2.8%", "p04", 2.1,
                2.8, 0.5, Unit.percent()),
            threshold("kr-d-prod-uptime", "Keep shop uptime at or above 99.9%", "p04",
                ThresholdMeasure.atLeast(99.9).withUnit(Unit.percent()), 99.95));
    objective("d-support", "Delight every customer who reaches out", DEPARTMENT, "support")
        .origin(Origin.DECOMPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("c-recommend")))
        .addKeyResults(
            linear("kr-d-sup-csat", "Raise CSAT from 82% to 90%", "p05", 82, 90, 0.4,
                Unit.percent()),
            range("kr-d-sup-response", "Keep first response time between 1 and 4 hours", "p05",
                RangeMeasure.of(1, 4).withUnit(Unit.custom("hours")), 4.6));
    // Deliberate orphan: no parent, no standalone reason. Its head set its status by hand.
    objective("d-people", "Hire and grow great people", DEPARTMENT, "people")
        .origin(Origin.PROPOSED)
        .judgement(Judgement.ofStatus(ReportedStatus.AT_RISK, PersonId.of("p06"),
            JUDGED_ON, "Two engineering offers were declined in November; the career ladder"
                + " waits for the works council"))
        .addKeyResults(
            // Hiring runs in fortnightly interview rounds and is back-loaded: phased targets.
            linear("kr-d-people-hires", "Hire 12 engineers with offer acceptance above 80%", "p06",
                0, 12, 0.5).withCadence(Cadence.BIWEEKLY).withWaypoints(List.of(
                    Waypoint.of(LocalDate.of(2026, 10, 31), 3),
                    Waypoint.of(LocalDate.of(2026, 11, 30), 8))),
            milestone("kr-d-people-ladder", "Publish a career ladder every engineer has read",
                "p06", false));
  }

  private void teams() {
    objective("t-emea", "Become the first choice of alpine specialist shops", TEAM, "sales-emea")
        .origin(Origin.PROPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("d-sales")))
        .addKeyResults(
            linear("kr-t-emea-dealers", "Sign 25 alpine specialist dealers", "p07", 0, 25, 0.55)
                .withContributions(List.of(Contribution.to(SALES_DEALERS))),
            // Conflict: EMEA raises the average discount while North America cuts it.
            linear("kr-t-emea-discount", "Raise average dealer discount from 10% to 15%", "p08", 10,
                15, 0.6, Unit.percent()));
    objective("t-na", "Sell profitably to North American retailers", TEAM, "sales-na")
        .origin(Origin.DECOMPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("c-profitable")),
            Alignment.of(ObjectiveId.of("d-sales"), AlignmentKind.SUPPORTS, 1.0))
        .addKeyResults(
            linear("kr-t-na-discount", "Cut average dealer discount from 15% to 8%", "p10", 15, 8,
                0.5, Unit.percent()),
            linear("kr-t-na-revenue", "Grow retail revenue from 0.8M to 1.1M USD", "p11", 0.8, 1.1,
                0.45, Unit.currency("USD")),
            linear("kr-t-na-dealers", "Sign 15 specialist dealers in North America", "p12", 0, 15,
                0.5).withContributions(List.of(Contribution.to(SALES_DEALERS))));
    objective("t-apac", "提升亚太区客户满意度", TEAM, "sales-apac")
        .origin(Origin.PROPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("d-sales")))
        .addKeyResults(
            linear("kr-t-apac-csat", "亚太区客户满意度从 78% 提升到 88%", "p13", 78, 88, 0.5,
                Unit.percent()),
            // Task-like (完成 = complete): an output, not an outcome.
            milestone("kr-t-apac-partner", "完成与三家本地经销商的合作签约", "p14", true));
    objective("t-growth", "Turn first-time buyers into regulars", TEAM, "growth")
        .origin(Origin.PROPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("d-marketing")))
        .addKeyResults(
            linear("kr-t-growth-second", "Raise second-purchase rate within 90 days from 18% to 25%",
                "p15", 18, 25, 0.6, Unit.percent()),
            // Task-like: "launch" names an output.
            stages("kr-t-growth-loyalty", "Launch the loyalty programme", "p16",
                StagesMeasure.equal("design", "pilot", "rollout"), "design", "pilot"));
    // Deliberate loop: these two align to each other and never reach the company.
    objective("t-brand-stories", "Tell stories that make people go outside", TEAM, "brand")
        .origin(Origin.PROPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("t-brand-community")))
        .addKeyResults(
            linear("kr-t-brand-video", "Grow video views from 200k to 500k a month", "p17",
                200_000, 500_000, 0.7));
    objective("t-brand-community", "Grow a community of weekend adventurers", TEAM, "brand")
        .origin(Origin.PROPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("t-brand-stories")))
        .addKeyResults(
            linear("kr-t-brand-members", "Grow community members from 5,000 to 12,000", "p18",
                5000, 12_000, 0.65),
            ordinal("kr-t-brand-events", "Run community meet-ups people come back to", "p18",
                "TARGET"));
    // Near-duplicates: platform and mobile both set out to make checkout fast.
    // Shared: the support desk carries half of it (payment errors are its tickets), and Anders
    // Berg co-owns it with the platform team.
    objective("t-platform", "Make checkout fast and reliable", TEAM, "platform")
        .origin(Origin.DECOMPOSED)
        .addCoOwners(PersonId.of("p31"))
        .addSharedWith(Share.of(OrgUnitId.of("support-desk"), 0.5))
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("d-product")))
        .addKeyResults(
            linear("kr-t-plat-speed", "Reduce checkout page load time from 4.2s to under 2s",
                "p19", 4.2, 2.0, 0.55, Unit.custom("seconds")),
            linear("kr-t-plat-errors", "Cut payment errors from 1.8% to 0.5%", "p20", 1.8, 0.5, 0.7,
                Unit.percent()));
    objective("t-mobile", "Make the checkout fast and reliable on mobile", TEAM, "mobile")
        .origin(Origin.DECOMPOSED)
        // Committed under aspirational: a promise hanging under a stretch goal.
        .commitment(Commitment.COMMITTED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("d-product")))
        .addKeyResults(
            linear("kr-t-mob-speed", "Reduce checkout load time from 4.5s to under 2s", "p22", 4.5,
                2.0, 0.3, Unit.custom("seconds")),
            linear("kr-t-mob-rating", "Raise app store rating from 3.9 to 4.5", "p23", 3.9, 4.5,
                0.35));
    // Stale: the support desk stopped checking in after mid-October.
    objective("t-support-desk", "Solve problems on the first contact", TEAM, "support-desk")
        .origin(Origin.DECOMPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("d-support")),
            Alignment.of(ObjectiveId.of("t-platform"), AlignmentKind.DEPENDS_ON, 1.0))
        .addKeyResults(
            stale(linear("kr-t-desk-fcr", "Raise first-contact resolution from 64% to 80%", "p25",
                64, 80, 0.3, Unit.percent())),
            stale(KeyResult.builder().id(KeyResultId.of("kr-t-desk-backlog"))
                .title("Hold the ticket backlog under 150").owner(PersonId.of("p26"))
                .measure(ThresholdMeasure.below(150))
                .addCheckIns(CheckIn.builder().date(FIRST_CHECK_IN).value(210)
                    .confidence(Confidence.ofTen(4)).build())
                .build()));
    objective("t-talent", "Make Lumen the place outdoor engineers want to work", TEAM, "talent")
        .origin(Origin.DECOMPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("d-people")))
        .addKeyResults(
            linear("kr-t-talent-pipeline", "Grow qualified engineering applicants from 40 to 120",
                "p29", 40, 120, 0.5),
            baseline("kr-t-talent-ttf", "Cut time to fill engineering roles", "p30"));
  }

  private void individuals() {
    objective("i-sofia", "Grow my dealer territory by 20%", INDIVIDUAL, "p07")
        .origin(Origin.PROPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("t-emea")))
        .addKeyResults(
            linear("kr-i-sofia-visits", "Visit 30 alpine dealers in person", "p07", 0, 30, 0.6));
    // Level skip: an individual aligned straight to the company.
    objective("i-priya", "Make our web checkout the fastest in outdoor retail", INDIVIDUAL, "p19")
        .origin(Origin.PROPOSED)
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("c-recommend")))
        .addKeyResults(
            linear("kr-i-priya-p95", "Cut p95 checkout latency from 900 ms to 400 ms", "p19", 900,
                400, 0.5, Unit.custom("ms")));
    objective("i-carlos", "Become the team's go-to expert on returns", INDIVIDUAL, "p25")
        .origin(Origin.PROPOSED)
        .standaloneReason("Personal development goal agreed with my manager")
        .addKeyResults(
            milestone("kr-i-carlos-course", "Pass the returns-handling certification", "p25",
                false));
  }

  // --- builders for the sample's pieces -------------------------------------------------------

  private static void unit(Organization.Builder org, String id, String name, Level level,
      String parent) {
    org.addUnits(parent == null ? OrgUnit.of(id, name, level)
        : OrgUnit.of(id, name, level, OrgUnitId.of(parent)));
  }

  private Objective.Builder objective(String id, String title, Level level, String owner) {
    Owner who = level == INDIVIDUAL ? PersonId.of(owner) : OrgUnitId.of(owner);
    Objective.Builder builder = Objective.builder()
        .id(ObjectiveId.of(id)).title(title).level(level).cycle(QUARTER).owner(who);
    pending.add(builder);
    return builder;
  }

  private static KeyResult linear(String id, String title, String owner, double start,
      double target, double pace) {
    return linear(id, title, owner, start, target, pace, Unit.number());
  }

  /**
   * A linear key result with weekly check-ins from the first Monday of the quarter up to
   * {@link #AS_OF}, moving towards a point {@code pace} of the way to the target by the quarter's
   * end, with a fixed wobble so the series looks measured rather than drawn.
   */
  private static KeyResult linear(String id, String title, String owner, double start,
      double target, double pace, Unit unit) {
    Measure measure = LinearMeasure.of(start, target).withUnit(unit);
    KeyResult.Builder kr = keyResult(id, title, owner, measure);
    int week = 0;
    for (LocalDate day = FIRST_CHECK_IN; !day.isAfter(AS_OF); day = day.plusWeeks(1), week++) {
      double share = pace * (week + 1) / 13.0 * 1.6 + wobble(id, week);
      double value = round(start + (target - start) * share);
      double confidence = Math.max(0, Math.min(10, Math.round(5 + 6 * (pace - 0.45))));
      kr.addCheckIns(CheckIn.builder().date(day).value(value)
          .confidence(Confidence.ofTen(confidence)).author(PersonId.of(owner)).build());
    }
    return kr.build();
  }

  private static KeyResult threshold(String id, String title, String owner, ThresholdMeasure m,
      double level) {
    KeyResult.Builder kr = keyResult(id, title, owner, m);
    int week = 0;
    for (LocalDate day = FIRST_CHECK_IN; !day.isAfter(AS_OF); day = day.plusWeeks(1), week++) {
      kr.addCheckIns(CheckIn.of(day, round(level + wobble(id, week) / 10)));
    }
    return kr.build();
  }

  private static KeyResult range(String id, String title, String owner, RangeMeasure m,
      double level) {
    KeyResult.Builder kr = keyResult(id, title, owner, m);
    int week = 0;
    for (LocalDate day = FIRST_CHECK_IN; !day.isAfter(AS_OF); day = day.plusWeeks(1), week++) {
      kr.addCheckIns(CheckIn.of(day, round(level - week * 0.15 + wobble(id, week))));
    }
    return kr.build();
  }

  private static KeyResult zones(String id, String title, String owner, ZonesMeasure m,
      double pace) {
    KeyResult.Builder kr = keyResult(id, title, owner, m);
    int week = 0;
    for (LocalDate day = FIRST_CHECK_IN; !day.isAfter(AS_OF); day = day.plusWeeks(1), week++) {
      double share = pace * (week + 1) / 13.0 * 1.6;
      kr.addCheckIns(CheckIn.of(day, Math.round(m.start() + (m.stretch() - m.start()) * share)));
    }
    return kr.build();
  }

  private static KeyResult milestone(String id, String title, String owner, boolean done) {
    KeyResult.Builder kr = keyResult(id, title, owner, MilestoneMeasure.of());
    if (done) {
      kr.addCheckIns(CheckIn.done(AS_OF.minusDays(4)));
    }
    return kr.build();
  }

  private static KeyResult stages(String id, String title, String owner, StagesMeasure m,
      String... done) {
    KeyResult.Builder kr = keyResult(id, title, owner, m);
    for (int i = 1; i <= done.length; i++) {
      String[] soFar = Arrays.copyOf(done, i);
      kr.addCheckIns(CheckIn.stages(FIRST_CHECK_IN.plusWeeks(3L * i), soFar));
    }
    return kr.build();
  }

  private static KeyResult ordinal(String id, String title, String owner, String zone) {
    return keyResult(id, title, owner, OrdinalMeasure.puzzle())
        .addCheckIns(CheckIn.zone(FIRST_CHECK_IN.plusWeeks(2), "COMMIT"),
            CheckIn.zone(AS_OF.minusDays(4), zone))
        .build();
  }

  private static KeyResult baseline(String id, String title, String owner) {
    return keyResult(id, title, owner, BaselineMeasure.of(Direction.DECREASE)
        .withUnit(Unit.custom("days"))).build();
  }

  /** Drops every check-in after the quarter's second week. */
  private static KeyResult stale(KeyResult keyResult) {
    List<CheckIn> early = keyResult.checkIns().stream()
        .filter(c -> c.date().isBefore(FIRST_CHECK_IN.plusWeeks(2))).toList();
    return KeyResult.builder().from(keyResult).checkIns(early).build();
  }

  private static KeyResult.Builder keyResult(String id, String title, String owner,
      Measure measure) {
    return KeyResult.builder().id(KeyResultId.of(id)).title(title).owner(PersonId.of(owner))
        .measure(measure);
  }

  /** A fixed, id-seeded wobble in [-0.05, 0.05]: deterministic, so the report is too. */
  private static double wobble(String id, int week) {
    int h = (id.hashCode() * 31 + week) * 0x9E3779B1;
    return ((h >>> 8) % 1000) / 10_000.0 - 0.05;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
