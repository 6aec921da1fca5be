package org.okr4j.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okr4j.alignment.AlignmentMetrics;
import org.okr4j.alignment.AlignmentRules;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Level;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationResult;
import org.okr4j.core.validation.Violation;
import org.okr4j.scoring.Scores;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Status;

/**
 * An analyst's three questions, answered in a few lines each: which departments are siloed, which
 * company key results nobody contributes to, and which teams are behind pace.
 */
public final class AnalystQuestions {

  private final OkrSet set;
  private final ValidationResult checked;
  private final AlignmentMetrics metrics;
  private final Scores scores;

  /** The answers for {@code set}, judged on {@code asOf} with okr4j's default policies. */
  public AnalystQuestions(OkrSet set, LocalDate asOf) {
    this.set = set;
    this.checked = ValidationPolicy.defaults().check(set, asOf);
    this.metrics = AlignmentMetrics.of(set);
    this.scores = ScoringPolicy.defaults().score(set, asOf);
  }

  /** Departments no link crosses: nobody outside depends on them, nor they on anybody. */
  public List<OrgUnitId> siloedDepartments() {
    return metrics.siloedDepartments();
  }

  /**
   * Company key results that no objective contributes to: those nothing aligns to where the set
   * links to key results, and every key result of a company objective nothing contributes to.
   */
  public List<KeyResultId> companyKeyResultsNobodyContributesTo() {
    Level top = set.organization().levels().top();
    List<KeyResultId> ids = new ArrayList<>();
    for (Violation gap : checked.withCode(AlignmentRules.NOT_CASCADED).violations()) {
      set.objective((ObjectiveId) gap.subject()).ifPresent(objective ->
          objective.keyResults().forEach(kr -> ids.add(kr.id())));
    }
    for (Violation gap : checked.withCode(AlignmentRules.KEY_RESULT_NOT_CASCADED).violations()) {
      KeyResultId id = (KeyResultId) gap.subject();
      if (set.objectiveOf(id).map(o -> o.level().equals(top)).orElse(false)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** Team objectives whose status is behind or worse, as {@code id: STATUS}. */
  public List<String> teamsBehindPace() {
    Level team = set.organization().levels().find("team").orElse(set.organization().levels()
        .bottom());
    List<String> behind = new ArrayList<>();
    for (Objective objective : set.objectives()) {
      Optional<Status> status = scores.status(objective.id());
      if (objective.level().equals(team) && status.isPresent()
          && status.get().compareTo(Status.BEHIND) >= 0) {
        behind.add(objective.id() + ": " + status.get());
      }
    }
    return behind;
  }

  /** Prints the three answers for the sample company. */
  public static void main(String[] args) {
    AnalystQuestions answers = new AnalystQuestions(SampleOrganization.okrSet(),
        SampleOrganization.AS_OF);
    System.out.println("Siloed departments: " + answers.siloedDepartments());
    System.out.println("Company KRs nobody contributes to: "
        + answers.companyKeyResultsNobodyContributesTo());
    System.out.println("Teams behind pace: " + answers.teamsBehindPace());
  }
}
