package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.testing.NullArguments;

/**
 * Every public constructor and method of okr-scoring rejects a null argument with okr4j's own
 * message, the argument's name, never the JVM's.
 */
class NullArgumentsTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 20);
  private static final Cycle CYCLE = Cycle.parse("2026-Q3");
  private static final KeyResult NPS = KeyResult.builder().id(KeyResultId.of("kr-nps"))
      .title("Raise NPS from 31 to 45").measure(LinearMeasure.of(31, 45))
      .addCheckIns(CheckIn.of(LocalDate.of(2026, 8, 3), 36)).build();
  private static final Objective DELIGHT = Objective.builder().id(ObjectiveId.of("o-delight"))
      .title("Delight our customers").owner(OrgUnitId.of("sales"))
      .level(LevelScheme.standard().level("department")).cycle(CYCLE.id())
      .addKeyResults(NPS).build();
  private static final OkrSet SET = OkrSet.builder().addCycles(CYCLE).addObjectives(DELIGHT)
      .build();

  private static final org.okr4j.core.Kpi KPI = org.okr4j.core.Kpi.of("kpi-churn", "Churn",
      org.okr4j.core.Corridor.atMost(2.5));

  private static NullArguments nulls() {
    return new NullArguments()
        .with(LocalDate.class, AS_OF)
        .with(Cycle.class, CYCLE)
        .with(org.okr4j.core.CycleId.class, CYCLE.id())
        .with(KeyResult.class, NPS)
        .with(Objective.class, DELIGHT)
        .with(OkrSet.class, SET)
        .with(Measure.class, LinearMeasure.of(31, 45))
        .with(LinearMeasure.class, LinearMeasure.of(31, 45))
        .with(ObjectiveId.class, DELIGHT.id())
        .with(KeyResultId.class, NPS.id())
        .with(ScoringPolicy.class, ScoringPolicy.defaults())
        .with(Scorer.class, Scorers.linear())
        .with(Progress.class, Progress.of(0.5, "half"))
        .with(Status.class, Status.ON_TRACK)
        .with(Staleness.class, ScoringPolicy.defaults().staleness())
        .with(DailySeries.class, DailySeries.of(NPS, Scorers.linear(), AS_OF.minusDays(3), AS_OF))
        .with(OptionalDouble.class, OptionalDouble.of(1))
        .with(Optional.class, Optional.empty())
        .with(Function.class, Function.identity())
        .with(Supplier.class, () -> "text")
        .with(org.okr4j.core.Identifier.class, DELIGHT.id())
        .with(org.okr4j.core.Kpi.class, KPI)
        .with(org.okr4j.core.KpiRole.class, org.okr4j.core.KpiRole.PROTECTS)
        .with(String.class, "linear");
  }

  @Test
  void everyPublicMethodNamesTheNullArgument() throws Exception {
    NullArguments nulls = nulls();
    List<String> problems = new ArrayList<>();
    for (String name : List.of("Cascade", "ChangeImpact", "ScoreChange", "DailySeries", "EqualStartTarget",
        "Escalation", "Evaluation", "Forecast", "Grade", "GradeBands", "Grader", "Graders",
        "Health", "KeyResultDetails", "KpiPosition", "KpiState", "Kpis", "ManualOverride", "ObjectiveStatusStrategy", "Pace",
        "Paces", "Part", "Portfolio", "Progress", "ProgressCurve", "RollUp", "RollUps",
        "Rounding", "RuleTextException", "ScoreNote", "Scorer", "Scorers", "Scores",
        "ScoringPolicy", "ScoringPolicyProvider", "Staleness", "Status", "StatusRollUp",
        "StatusRollUps", "StatusRule", "StatusRules", "StatusThresholds", "TextRule", "ZoneFill",
        "ZoneValues")) {
      problems.addAll(nulls.staticProblems(Class.forName("org.okr4j.scoring." + name)));
    }
    Scores scores = ScoringPolicy.defaults().score(SET, AS_OF);
    for (Object instance : List.of(ScoringPolicy.defaults(), ScoringPolicy.openOkr(), scores,
        Scorers.linear(), Progress.of(0.5, "half"), ScoringPolicy.defaults().staleness(),
        DailySeries.of(NPS, Scorers.linear(), AS_OF.minusDays(3), AS_OF),
        ChangeImpact.of(SET, SET, ScoringPolicy.defaults(), AS_OF),
        KpiState.of(KPI, AS_OF))) {
      problems.addAll(nulls.instanceProblems(instance));
    }
    assertThat(problems).isEmpty();
    assertThat(nulls.skipped()).isEmpty();
  }
}
