package org.okr4j.core;

import com.google.common.testing.NullPointerTester;
import com.google.common.testing.NullPointerTester.Visibility;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package's null policy, checked on every public type: a null argument throws
 * {@link NullPointerException}, never a silent empty answer.
 */
class NullPolicyTest {

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(ObjectiveId.class, ObjectiveId.of("o"))
        .setDefault(KeyResultId.class, KeyResultId.of("kr"))
        .setDefault(OrgUnitId.class, OrgUnitId.of("u"))
        .setDefault(PersonId.class, PersonId.of("p"))
        .setDefault(CycleId.class, CycleId.of("2026-Q3"))
        .setDefault(Owner.class, OrgUnitId.of("u"))
        .setDefault(AlignmentTarget.class, ObjectiveId.of("o"))
        .setDefault(Level.class, Level.of("team", 2))
        .setDefault(LevelScheme.class, LevelScheme.standard())
        .setDefault(Unit.class, Unit.percent())
        .setDefault(Measure.class, LinearMeasure.of(0, 1))
        .setDefault(Confidence.class, Confidence.of(0.5))
        .setDefault(LocalDate.class, LocalDate.of(2026, 8, 3))
        .setDefault(YearMonth.class, YearMonth.of(2026, 8))
        .setDefault(Month.class, Month.JULY)
        .setDefault(CheckIn.class, CheckIn.of(LocalDate.of(2026, 8, 3), 1))
        .setDefault(KeyResult.class, KeyResultTest.nps())
        .setDefault(Objective.class, ObjectiveTest.delight())
        .setDefault(Cycle.class, Cycle.parse("2026-Q3"))
        .setDefault(OrgUnit.class, OrgUnit.of("u", "U", Level.of("company", 0)))
        .setDefault(Person.class, Person.of("p", "P"))
        .setDefault(Organization.class, Organization.empty())
        .setDefault(Alignment.class, Alignment.contributesTo(ObjectiveId.of("o")))
        .setDefault(UnaryOperator.class, UnaryOperator.identity())
        .setDefault(String.class, "text")
        .setDefault(CharSequence.class, "2026-Q3");
  }

  static List<Class<?>> types() {
    return List.of(ObjectiveId.class, KeyResultId.class, OrgUnitId.class, PersonId.class,
        CycleId.class, Measure.class, Level.class, LevelScheme.class, OrgUnit.class, Person.class,
        Organization.class, Cycle.class, Cycles.class, FiscalCalendar.class, Unit.class,
        LinearMeasure.class, ThresholdMeasure.class, RangeMeasure.class, MilestoneMeasure.class,
        Stage.class, StagesMeasure.class, Checkpoint.class, CheckpointsMeasure.class,
        ZonesMeasure.class, OrdinalMeasure.class, BaselineMeasure.class, Confidence.class,
        CheckIn.class, KeyResult.class, Alignment.class, Objective.class, OkrSet.class);
  }

  static List<Object> instances() {
    return List.of(ObjectiveId.of("o"), Level.of("team", 2), LevelScheme.standard(),
        OrganizationTest.acme(), Cycle.parse("2026-Q3"), FiscalCalendar.startingIn(Month.APRIL),
        Unit.currency("EUR"), LinearMeasure.of(0, 1), ThresholdMeasure.atLeast(1),
        RangeMeasure.of(1, 2), StagesMeasure.equal("a", "b"), OrdinalMeasure.puzzle(),
        ZonesMeasure.puzzle(0, 1), BaselineMeasure.of(Direction.INCREASE), Confidence.of(0.3),
        CheckIn.of(LocalDate.of(2026, 8, 3), 1), KeyResultTest.nps(), ObjectiveTest.delight(),
        Alignment.contributesTo(ObjectiveId.of("o")), OkrSetTest.sample());
  }

  @ParameterizedTest
  @MethodSource("types")
  void staticMethodsRejectNull(Class<?> type) {
    tester().testStaticMethods(type, Visibility.PUBLIC);
  }

  @ParameterizedTest
  @MethodSource("instances")
  void instanceMethodsRejectNull(Object instance) {
    tester().testInstanceMethods(instance, Visibility.PUBLIC);
  }
}
