package org.okr4j.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okr4j.core.Alignment;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
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
import org.okr4j.core.PersonId;

/**
 * An HR system embedding okr4j: its own entities mapped onto okr4j values and back, with nothing
 * but the host's own ids in between.
 *
 * <p>The host keeps departments in tiers, employees by number and goals with numeric ids and
 * metrics. {@link #toOkrSet} maps them in; {@link #toGoals} maps okr4j's objectives back (after,
 * say, a carry-over into the next quarter). The ids round-trip as strings, so no lookup table is
 * needed.
 */
public final class HrIntegration {

  /** The host's department: a code, a name, a parent code and a tier (1 is the top). */
  public record Department(String code, String name, String parentCode, int tier) {}

  /** The host's employee. */
  public record Employee(String number, String name, String departmentCode) {}

  /** The host's metric: a measured value from a baseline to a target, last reported on a day. */
  public record Metric(long id, String name, double baseline, double target, Double actual,
      LocalDate reportedOn) {}

  /** The host's goal, owned by an employee or (when that is null) a department. */
  public record Goal(long id, String title, String employeeNumber, String departmentCode,
      String quarter, Long parentGoalId, List<Metric> metrics) {}

  private static final LevelScheme TIERS = LevelScheme.of("group", "division", "team", "employee");

  private HrIntegration() {}

  /** Maps the host's departments, employees and goals onto one okr4j set. */
  public static OkrSet toOkrSet(List<Department> departments, List<Employee> employees,
      List<Goal> goals) {
    Organization.Builder org = Organization.builder().levels(TIERS);
    for (Department department : departments) {
      OrgUnit.Builder unit = OrgUnit.builder().id(OrgUnitId.of(department.code()))
          .name(department.name()).level(TIERS.levels().get(department.tier() - 1));
      if (department.parentCode() != null) {
        unit.parent(OrgUnitId.of(department.parentCode()));
      }
      org.addUnits(unit.build());
    }
    for (Employee employee : employees) {
      org.addPeople(Person.of(employee.number(), employee.name(),
          OrgUnitId.of(employee.departmentCode())));
    }
    Map<String, Cycle> cycles = new HashMap<>();
    List<Objective> objectives = new ArrayList<>();
    Map<String, Integer> tierOf = new HashMap<>();
    departments.forEach(d -> tierOf.put(d.code(), d.tier()));
    for (Goal goal : goals) {
      Cycle cycle = cycles.computeIfAbsent(goal.quarter(), FiscalCalendar.calendarYear()::parse);
      Objective.Builder objective = Objective.builder().id(ObjectiveId.of("goal-" + goal.id()))
          .title(goal.title()).cycle(cycle.id());
      if (goal.employeeNumber() != null) {
        objective.owner(PersonId.of(goal.employeeNumber())).level(TIERS.bottom());
      } else {
        objective.owner(OrgUnitId.of(goal.departmentCode()))
            .level(TIERS.levels().get(tierOf.get(goal.departmentCode()) - 1));
      }
      if (goal.parentGoalId() != null) {
        objective.addAlignments(Alignment.contributesTo(ObjectiveId.of("goal-"
            + goal.parentGoalId())));
      }
      for (Metric metric : goal.metrics()) {
        KeyResult.Builder keyResult = KeyResult.builder()
            .id(KeyResultId.of("metric-" + metric.id())).title(metric.name())
            .measure(LinearMeasure.of(metric.baseline(), metric.target()));
        if (metric.actual() != null) {
          keyResult.addCheckIns(CheckIn.of(metric.reportedOn(), metric.actual()));
        }
        objective.addKeyResults(keyResult.build());
      }
      objectives.add(objective.build());
    }
    return OkrSet.builder().organization(org.build())
        .cycles(cycles.values().stream().sorted(java.util.Comparator.comparing(Cycle::start))
            .toList())
        .objectives(objectives).build();
  }

  /** Maps okr4j's objectives back onto the host's goals, in set order. */
  public static List<Goal> toGoals(OkrSet set) {
    List<Goal> goals = new ArrayList<>();
    for (Objective objective : set.objectives()) {
      List<Metric> metrics = new ArrayList<>();
      for (KeyResult keyResult : objective.keyResults()) {
        LinearMeasure measure = (LinearMeasure) keyResult.measure();
        Optional<CheckIn> latest = keyResult.latestCheckIn();
        metrics.add(new Metric(hostId(keyResult.id().value()), keyResult.title(), measure.start(),
            measure.target(), latest.flatMap(c -> c.value().isPresent()
                ? Optional.of(c.value().getAsDouble()) : Optional.empty()).orElse(null),
            latest.map(CheckIn::date).orElse(null)));
      }
      String employee = objective.owner().filter(PersonId.class::isInstance)
          .map(owner -> owner.value()).orElse(null);
      String department = objective.owner().filter(OrgUnitId.class::isInstance)
          .map(owner -> owner.value()).orElse(null);
      Long parent = objective.parents().isEmpty() ? null
          : hostId(objective.parents().get(0).value());
      goals.add(new Goal(hostId(objective.id().value()), objective.title(), employee, department,
          objective.cycle().value(), parent, metrics));
    }
    return goals;
  }

  /** The host's numeric id inside okr4j's {@code goal-42} or {@code metric-7}. */
  private static long hostId(String okr4jId) {
    return Long.parseLong(okr4jId.substring(okr4jId.indexOf('-') + 1));
  }
}
