package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import com.google.common.testing.NullPointerTester.Visibility;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.core.io.Field;
import org.okr4j.core.io.Row;
import org.okr4j.core.io.TabularExport;
import org.okr4j.core.io.TabularFormat;
import org.okr4j.core.io.TabularImport;
import org.okr4j.core.testing.NullArguments;
import org.okr4j.core.validation.Setting;
import org.okr4j.core.validation.Settings;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationContext;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationResult;
import org.okr4j.core.validation.ValidationRule;
import org.okr4j.core.validation.ValidationRules;
import org.okr4j.core.validation.Violation;
import org.okr4j.core.validation.ViolationMessages;

/**
 * The null policy of okr-core's packages, checked on every public type: a null argument throws
 * {@link NullPointerException}, never a silent empty answer (Guava's tester, over
 * {@code org.okr4j.core}), and its message is okr4j's own, the argument's name, never the JVM's
 * ({@link NullArguments}, over every public type of {@code org.okr4j.core}, {@code .io} and
 * {@code .validation}, found by reading the module's classes, so a new type is checked too).
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
        .setDefault(Cadence.class, Cadence.WEEKLY)
        .setDefault(Waypoint.class, Waypoint.of(LocalDate.of(2026, 8, 31), 1))
        .setDefault(Share.class, Share.of(OrgUnitId.of("u"), 0.5))
        .setDefault(Judgement.class, JudgementTest.override())
        .setDefault(FinalScore.class, JudgementTest.finalScore())
        .setDefault(ReportedStatus.class, ReportedStatus.AT_RISK)
        .setDefault(KpiId.class, KpiId.of("kpi"))
        .setDefault(KpiReading.class, KpiReading.of(LocalDate.of(2026, 8, 3), 1))
        .setDefault(KpiLink.class, KpiLink.protects(ObjectiveId.of("o")))
        .setDefault(KpiRole.class, KpiRole.PROTECTS)
        .setDefault(Corridor.class, Corridor.atMost(1))
        .setDefault(Kpi.class, KpiTest.churn())
        .setDefault(KeyResult.class, KeyResultTest.nps())
        .setDefault(Objective.class, ObjectiveTest.delight())
        .setDefault(Cycle.class, Cycle.parse("2026-Q3"))
        .setDefault(OrgUnit.class, OrgUnit.of("u", "U", Level.of("company", 0)))
        .setDefault(Person.class, Person.of("p", "P"))
        .setDefault(Organization.class, Organization.empty())
        .setDefault(Alignment.class, Alignment.contributesTo(ObjectiveId.of("o")))
        .setDefault(Contribution.class, Contribution.to(KeyResultId.of("kr")))
        .setDefault(KeyResultRollUp.class, KeyResultRollUp.SUM_OF_VALUES)
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
        CheckIn.class, Cadence.class, Waypoint.class, Judgement.class, FinalScore.class,
        KeyResult.class, Alignment.class, Objective.class, OkrSet.class, Share.class,
        Contribution.class, KpiId.class, KpiReading.class, KpiLink.class, Corridor.class,
        Kpi.class);
  }

  static List<Object> instances() {
    return List.of(ObjectiveId.of("o"), Level.of("team", 2), LevelScheme.standard(),
        OrganizationTest.acme(), Cycle.parse("2026-Q3"), FiscalCalendar.startingIn(Month.APRIL),
        Unit.currency("EUR"), LinearMeasure.of(0, 1), ThresholdMeasure.atLeast(1),
        RangeMeasure.of(1, 2), StagesMeasure.equal("a", "b"), OrdinalMeasure.puzzle(),
        ZonesMeasure.puzzle(0, 1), BaselineMeasure.of(Direction.INCREASE), Confidence.of(0.3),
        CheckIn.of(LocalDate.of(2026, 8, 3), 1), Cadence.ofDays(10),
        Waypoint.of(LocalDate.of(2026, 8, 31), 1), JudgementTest.override(),
        JudgementTest.finalScore(), KeyResultTest.nps(), ObjectiveTest.delight(),
        Alignment.contributesTo(ObjectiveId.of("o")), OkrSetTest.sample(),
        Share.of(OrgUnitId.of("u"), 0.5),
        Contribution.to(KeyResultId.of("kr")).withPinnedShare(0.5), KpiId.of("kpi"),
        KpiReading.of(LocalDate.of(2026, 8, 3), 1), KpiLink.protects(ObjectiveId.of("o")),
        Corridor.of(1, 2), KpiTest.churn());
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

  private static final List<String> PACKAGES = List.of("org.okr4j.core", "org.okr4j.core.io",
      "org.okr4j.core.validation");

  /** Every public type of the three packages, nested public types included. */
  static List<Class<?>> publicTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (JavaClass type : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(PACKAGES)) {
      if (PACKAGES.contains(type.getPackageName()) && isPublicAllTheWay(type)) {
        types.add(type.reflect());
      }
    }
    return types;
  }

  private static boolean isPublicAllTheWay(JavaClass type) {
    for (JavaClass t = type; t != null; t = t.getEnclosingClass().orElse(null)) {
      if (!t.getModifiers().contains(JavaModifier.PUBLIC) || t.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }

  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 20);

  static NullArguments nullArguments() {
    OkrSet set = OkrSetTest.sample();
    Violation violation = Violation.of("structure.unaligned", Severity.WARNING,
        ObjectiveId.of("o"));
    return new NullArguments()
        .generatedIn(NullPolicyTest::generatedByImmutables)
        .with(ObjectiveId.class, ObjectiveId.of("o"))
        .with(KeyResultId.class, KeyResultId.of("kr"))
        .with(OrgUnitId.class, OrgUnitId.of("u"))
        .with(PersonId.class, PersonId.of("p"))
        .with(CycleId.class, CycleId.of("2026-Q3"))
        .with(Owner.class, OrgUnitId.of("u"))
        .with(AlignmentTarget.class, ObjectiveId.of("o"))
        .with(Identifier.class, ObjectiveId.of("o"))
        .with(Level.class, Level.of("team", 2))
        .with(LevelScheme.class, LevelScheme.standard())
        .with(Unit.class, Unit.percent())
        .with(Measure.class, LinearMeasure.of(0, 1))
        .with(Confidence.class, Confidence.of(0.5))
        .with(LocalDate.class, AS_OF)
        .with(YearMonth.class, YearMonth.of(2026, 8))
        .with(Month.class, Month.JULY)
        .with(CheckIn.class, CheckIn.of(LocalDate.of(2026, 8, 3), 1))
        .with(Cadence.class, Cadence.WEEKLY)
        .with(Waypoint.class, Waypoint.of(LocalDate.of(2026, 8, 31), 1))
        .with(Share.class, Share.of(OrgUnitId.of("u"), 0.5))
        .with(Judgement.class, JudgementTest.override())
        .with(FinalScore.class, JudgementTest.finalScore())
        .with(Contribution.class, Contribution.to(KeyResultId.of("kr")))
        .with(KeyResultRollUp.class, KeyResultRollUp.SUM_OF_VALUES)
        .with(ReportedStatus.class, ReportedStatus.AT_RISK)
        .with(KpiId.class, KpiId.of("kpi"))
        .with(KpiReading.class, KpiReading.of(LocalDate.of(2026, 8, 3), 1))
        .with(KpiLink.class, KpiLink.protects(ObjectiveId.of("o")))
        .with(KpiRole.class, KpiRole.PROTECTS)
        .with(Corridor.class, Corridor.atMost(1))
        .with(Kpi.class, KpiTest.churn())
        .with(KeyResult.class, KeyResultTest.nps())
        .with(Objective.class, ObjectiveTest.delight())
        .with(Cycle.class, Cycle.parse("2026-Q3"))
        .with(FiscalCalendar.class, FiscalCalendar.startingIn(Month.APRIL))
        .with(OrgUnit.class, OrgUnit.of("u", "U", Level.of("company", 0)))
        .with(Person.class, Person.of("p", "P"))
        .with(Organization.class, Organization.empty())
        .with(Alignment.class, Alignment.contributesTo(ObjectiveId.of("o")))
        .with(OkrSet.class, set)
        .with(UnaryOperator.class, UnaryOperator.identity())
        .with(Consumer.class, ignored -> { })
        .with(Predicate.class, ignored -> true)
        .with(Function.class, ignored -> "text")
        .with(Class.class, String.class)
        .with(String.class, "text")
        .with(CharSequence.class, "2026-Q3")
        .with(Map.class, Map.of())
        .with(Field.class, Field.TITLE)
        .with(TabularFormat.class, TabularFormat.okr4j())
        .with(Row.class, Row.of(2, Map.of("id", "o")))
        .with(Setting.class, Settings.OBJECTIVES_MAX)
        .with(Severity.class, Severity.WARNING)
        .with(Violation.class, violation)
        .with(ValidationRule.class, ValidationRules.objectivesPerOwner())
        .with(ValidationContext.class, ValidationContext.of(set, AS_OF))
        .with(ValidationPolicy.class, ValidationPolicy.defaults())
        .with(ValidationPolicy.Builder.class, ValidationPolicy.builder())
        .with(ValidationResult.class, ValidationResult.of("okr4j", List.of(violation)))
        .with(ChangeKind.class, ChangeKind.EDITED)
        .with(java.util.Optional.class, java.util.Optional.empty())
        .with(Object.class, 1);
  }

  /**
   * The builders Immutables writes (nested in the package-private {@code ImmutableObjective} and
   * its kin): their collection, array and {@code Optional} setters throw the JVM's message, and
   * their methods are final, so okr4j cannot word it.
   */
  private static boolean generatedByImmutables(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    return top.getSimpleName().startsWith("Immutable") && !Modifier.isPublic(top.getModifiers());
  }

  /** One instance of each public type that has public instance methods taking references. */
  static List<Object> allInstances() {
    OkrSet set = OkrSetTest.sample();
    Violation violation = Violation.of("structure.unaligned", Severity.WARNING,
        ObjectiveId.of("o"));
    List<Object> instances = new ArrayList<>(instances());
    instances.addAll(List.of(KeyResultId.of("kr"), OrgUnitId.of("u"), PersonId.of("p"),
        CycleId.of("2026-Q3"), OrgUnit.of("u", "U", Level.of("company", 0)), Person.of("p", "P"),
        MilestoneMeasure.of(), CheckpointsMeasure.of(0, 10, List.of(Checkpoint.of(5, 0.5))),
        Objective.builder(), KeyResult.builder(), OkrSet.builder(), Cycle.builder(), Kpi.builder(),
        CheckIn.builder(), OrgUnit.builder(), Person.builder(), Organization.builder(),
        set.links(), TabularFormat.okr4j(), TabularImport.of(TabularFormat.okr4j()),
        TabularExport.of(TabularFormat.okr4j()), Row.of(2, Map.of("id", "o")),
        Settings.OBJECTIVES_MAX, ValidationContext.of(set, AS_OF),
        ValidationPolicy.defaults(), ValidationPolicy.builder(),
        ValidationResult.of("okr4j", List.of(violation)), violation,
        ValidationRules.objectivesPerOwner(), ViolationMessages.english(), Severity.INFO,
        MeasureKind.LINEAR, OkrDiff.between(set, set)));
    return instances;
  }

  @Test
  void everyPublicMethodOfEveryPackageNamesTheNullArgument() {
    List<Class<?>> types = publicTypes();
    // Proof that the classes were read: the packages hold more than fifty public types.
    assertThat(types).hasSizeGreaterThan(50).contains(OkrSet.class, TabularImport.class,
        ValidationPolicy.class, Objective.Builder.class);
    List<Object> instances = allInstances();
    List<String> uncovered = new ArrayList<>();
    for (Class<?> type : types) {
      if (takesReferences(type) && instances.stream().noneMatch(type::isInstance)) {
        uncovered.add(type.getName());
      }
    }
    assertThat(uncovered).as("public types with no instance to call").isEmpty();
    NullArguments nulls = nullArguments();
    assertThat(nulls.problems(types, instances)).isEmpty();
    assertThat(nulls.skipped()).isEmpty();
  }

  /**
   * Whether {@code type} declares a public instance method with a reference argument and a body
   * (an abstract one, such as a host's {@code ValidationRuleProvider.contributeTo}, is the
   * implementor's to check).
   */
  private static boolean takesReferences(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
            && !Modifier.isAbstract(m.getModifiers()))
        .filter(m -> !(m.getName().equals("equals") && m.getParameterCount() == 1))
        .anyMatch(m -> Arrays.stream(m.getParameterTypes()).anyMatch(p -> !p.isPrimitive()));
  }
}
