package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okr4j.core.CycleId;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.examples.HrIntegration.Department;
import org.okr4j.examples.HrIntegration.Employee;
import org.okr4j.examples.HrIntegration.Goal;
import org.okr4j.examples.HrIntegration.Metric;
import org.okr4j.scoring.RuleTextException;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Status;

class UseCasesTest {

  @Nested
  class Hr {
    final List<Department> departments = List.of(new Department("G1", "Group", null, 1),
        new Department("D7", "Retail", "G1", 2), new Department("T9", "Web shop", "D7", 3));
    final List<Employee> employees = List.of(new Employee("E100", "Ana Lima", "T9"));
    final List<Goal> goals = List.of(
        new Goal(1, "Be the outdoor shop people love", null, "G1", "2026-Q3", null,
            List.of(new Metric(11, "Net promoter score", 31, 45, 38.0, LocalDate.of(2026, 8, 3)))),
        new Goal(2, "Make the web shop effortless", null, "T9", "2026-Q3", 1L,
            List.of(new Metric(21, "Checkout conversion", 2.1, 3.0, null, null))),
        new Goal(3, "Grow as a team lead", "E100", null, "2026-Q3", 2L,
            List.of(new Metric(31, "Coaching sessions held", 0, 12, 5.0,
                LocalDate.of(2026, 8, 10)))));

    @Test
    void mapsTheHostsEntitiesInAndBack() {
      OkrSet set = HrIntegration.toOkrSet(departments, employees, goals);
      assertThat(set.organization().units()).hasSize(3);
      assertThat(set.objective(ObjectiveId.of("goal-3")).orElseThrow().level().name())
          .isEqualTo("employee");
      assertThat(set.objective(ObjectiveId.of("goal-2")).orElseThrow().level().name())
          .isEqualTo("team");
      assertThat(set.cycle(CycleId.of("2026-Q3"))).isPresent();
      assertThat(HrIntegration.toGoals(set)).isEqualTo(goals);
    }

    @Test
    void theMappedSetValidatesScoresAndCarriesOver() {
      OkrSet set = HrIntegration.toOkrSet(departments, employees, goals);
      assertThat(ValidationPolicy.defaults().check(set, LocalDate.of(2026, 8, 12)).codes())
          .contains("time.not-started");
      assertThat(ScoringPolicy.defaults().score(set, LocalDate.of(2026, 8, 12))
          .progress(ObjectiveId.of("goal-1")).value()).isEqualTo(0.5);
    }
  }

  @Nested
  class Vendor {
    @Test
    void aProviderIsFoundThroughTheServiceLoader() {
      assertThat(ScoringPolicy.names()).contains("acme");
      ScoringPolicy acme = ScoringPolicy.named("acme");
      assertThat(acme.source()).isEqualTo("ACME Goals");
    }

    @Test
    void ruleTextFromTheVendorsDatabaseBecomesAPolicy() {
      ScoringPolicy policy = VendorScoring.fromRuleText(VendorScoring.CURVE, VendorScoring.STATUS);
      OkrSet sample = SampleOrganization.okrSet();
      assertThat(policy.score(sample, SampleOrganization.AS_OF).keyResultStatusCounts())
          .containsKey(Status.ON_TRACK);
      assertThat(VendorScoring.bands(VendorScoring.BANDS).format()).isEqualTo(VendorScoring.BANDS);
      assertThatThrownBy(() -> VendorScoring.fromRuleText("curve 0:0, 0.5", VendorScoring.STATUS))
          .isInstanceOf(RuleTextException.class);
    }
  }

  @Nested
  class Analyst {
    final AnalystQuestions answers = new AnalystQuestions(SampleOrganization.okrSet(),
        SampleOrganization.AS_OF);

    @Test
    void findsTheSilosTheUncascadedAndTheLate() {
      assertThat(answers.siloedDepartments()).containsExactly(org.okr4j.core.OrgUnitId.of("people"));
      assertThat(answers.companyKeyResultsNobodyContributesTo()).isNotEmpty()
          .allMatch(id -> id.value().startsWith("kr-c-"));
      assertThat(answers.teamsBehindPace()).isNotEmpty()
          .allMatch(line -> line.startsWith("t-"));
    }
  }
}
