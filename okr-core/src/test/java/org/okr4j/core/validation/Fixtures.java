package org.okr4j.core.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.okr4j.core.Alignment;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Confidence;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleState;
import org.okr4j.core.FiscalCalendar;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;
import org.okr4j.core.Person;
import org.okr4j.core.Unit;

/**
 * A small, healthy company that okr4j's default policy finds nothing wrong with, and the edits that
 * break one rule at a time.
 *
 * <p>Lumen: company {@code co}, departments {@code sales} and {@code eng}, team {@code web} under
 * {@code eng}. In the third quarter of 2026 (active, judged on {@link #AS_OF}): {@code o-co}
 * (company, aspirational) with {@code kr-nps} and {@code kr-churn} (percent); {@code o-sales}
 * contributes to {@code o-co}; {@code o-web} contributes to {@code kr-churn}, counting in percent
 * too. Every key result was checked in during the week before {@link #AS_OF}.
 */
final class Fixtures {

  static final LocalDate AS_OF = LocalDate.of(2026, 8, 20);
  static final LevelScheme LEVELS = LevelScheme.standard();
  static final Cycle YEAR = FiscalCalendar.calendarYear().year(2026).withState(CycleState.ACTIVE);
  static final Cycle QUARTER = FiscalCalendar.calendarYear().quarter(2026, 3)
      .withState(CycleState.ACTIVE);
  static final Cycle NEXT_QUARTER = FiscalCalendar.calendarYear().quarter(2026, 4);

  private Fixtures() {}

  static OkrSet healthy() {
    Organization org = Organization.builder().levels(LEVELS)
        .addUnits(OrgUnit.of("co", "Lumen", LEVELS.level("company")))
        .addUnits(OrgUnit.of("sales", "Sales", LEVELS.level("department"), OrgUnitId.of("co")))
        .addUnits(OrgUnit.of("eng", "Engineering", LEVELS.level("department"), OrgUnitId.of("co")))
        .addUnits(OrgUnit.of("web", "Web", LEVELS.level("team"), OrgUnitId.of("eng")))
        .addPeople(Person.of("ana", "Ana", OrgUnitId.of("co")))
        .addPeople(Person.of("cy", "Cy", OrgUnitId.of("web")))
        .build();
    Objective company = objective("o-co", "Delight our customers", "company", "co")
        .addKeyResults(keyResult("kr-nps", "Net promoter score", LinearMeasure.of(31, 45)))
        .addKeyResults(keyResult("kr-churn", "Monthly churn",
            LinearMeasure.of(4.0, 2.5).withUnit(Unit.percent())))
        .build();
    Objective sales = objective("o-sales", "Win the mid-market", "department", "sales")
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("o-co")))
        .addKeyResults(keyResult("kr-revenue", "Mid-market revenue",
            LinearMeasure.of(1_000_000, 2_000_000).withUnit(Unit.currency("EUR"))))
        .addKeyResults(keyResult("kr-win", "Win rate", LinearMeasure.of(20, 30)))
        .build();
    Objective web = objective("o-web", "Make checkout effortless", "team", "web")
        .addAlignments(Alignment.contributesTo(KeyResultId.of("kr-churn")))
        .addKeyResults(keyResult("kr-conversion", "Checkout conversion",
            LinearMeasure.of(2.1, 3.0).withUnit(Unit.percent())))
        .addKeyResults(keyResult("kr-errors", "Checkout error rate",
            LinearMeasure.of(1.5, 0.5).withUnit(Unit.percent())))
        .build();
    return OkrSet.builder().organization(org).addCycles(YEAR, QUARTER, NEXT_QUARTER)
        .addObjectives(company, sales, web).build();
  }

  /** The healthy set with the edits applied in order. */
  static OkrSet healthyWith(List<UnaryOperator<OkrSet>> edits) {
    OkrSet set = healthy();
    for (UnaryOperator<OkrSet> edit : edits) {
      set = edit.apply(set);
    }
    return set;
  }

  /** A violation's subjects as their plain ids. */
  static List<String> subjects(Violation violation) {
    return violation.subjects().stream().map(org.okr4j.core.Identifier::value).toList();
  }

  static Objective.Builder objective(String id, String title, String level, String unit) {
    return Objective.builder().id(ObjectiveId.of(id)).title(title).level(LEVELS.level(level))
        .cycle(QUARTER.id()).owner(OrgUnitId.of(unit));
  }

  static KeyResult keyResult(String id, String title, org.okr4j.core.Measure measure) {
    return KeyResult.builder().id(KeyResultId.of(id)).title(title).measure(measure)
        .owner(org.okr4j.core.PersonId.of("ana"))
        .addCheckIns(CheckIn.builder().date(AS_OF.minusDays(3)).value(startOf(measure))
            .confidence(Confidence.of(0.8)).build())
        .build();
  }

  private static double startOf(org.okr4j.core.Measure measure) {
    return measure instanceof LinearMeasure linear ? linear.start() : 0;
  }

  /** Replaces the objective {@code id} with what {@code edit} makes of it. */
  static UnaryOperator<OkrSet> objective(String id, UnaryOperator<Objective.Builder> edit) {
    return set -> set.with(edit.apply(Objective.builder()
        .from(set.objective(ObjectiveId.of(id)).orElseThrow())).build());
  }

  /** Replaces the key result {@code id} with what {@code edit} makes of it. */
  static UnaryOperator<OkrSet> keyResult(String id, UnaryOperator<KeyResult.Builder> edit) {
    return set -> {
      KeyResultId krId = KeyResultId.of(id);
      Objective holder = set.objectiveOf(krId).orElseThrow();
      KeyResult kr = edit.apply(KeyResult.builder().from(holder.keyResult(krId).orElseThrow()))
          .build();
      return set.with(holder.withKeyResult(kr));
    };
  }

  /** Replaces the quarter's state. */
  static UnaryOperator<OkrSet> quarterState(CycleState state) {
    return set -> set.withCycle(QUARTER.withState(state));
  }
}
