package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Contribution;
import org.okr4j.core.CycleId;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.KeyResultRollUp;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.scoring.Scores;
import org.okr4j.scoring.ScoringPolicy;

/**
 * The sample company's cascaded key result: the sales department's dealers are the sum of its two
 * teams' (Quantive's cascaded key result, PRESETS.md's sum of values), and the report shows it.
 */
class CascadedKeyResultReportTest {

  static final OkrSet SAMPLE = SampleOrganization.okrSet();
  static final KeyResultId DEPARTMENT = KeyResultId.of("kr-d-sales-dealers");
  static final KeyResultId EMEA = KeyResultId.of("kr-t-emea-dealers");
  static final KeyResultId NORTH_AMERICA = KeyResultId.of("kr-t-na-dealers");
  static final CycleId QUARTER = SampleOrganization.CALENDAR.quarterContaining(
      SampleOrganization.AS_OF).id();

  private static double latest(KeyResultId id) {
    return SAMPLE.keyResult(id).orElseThrow().currentValue().getAsDouble();
  }

  @Test
  void theDepartmentsDealersAreTheSumOfItsTeams() {
    Scores scores = ScoringPolicy.defaults().score(SAMPLE, SampleOrganization.AS_OF);
    double sum = latest(EMEA) + latest(NORTH_AMERICA);
    assertThat(scores.isRolledUp(DEPARTMENT)).isTrue();
    assertThat(scores.value(DEPARTMENT).getAsDouble()).isEqualTo(sum, org.assertj.core.api
        .Assertions.within(1e-9));
    // Against the department's own 0 -> 40, not its own check-ins.
    assertThat(scores.progress(DEPARTMENT).value()).isEqualTo(sum / 40, org.assertj.core.api
        .Assertions.within(1e-9));
    assertThat(scores.progress(DEPARTMENT).explanation())
        .startsWith("rolled up from 2 children: sum of values kr-t-emea-dealers");
    // A clean cascade: no contribution finding in the sample.
    assertThat(ValidationPolicy.defaults().check(SAMPLE, SampleOrganization.AS_OF).codes())
        .noneMatch(code -> code.startsWith("structure.key-result."));
  }

  @Test
  void theReportShowsTheRolledUpValueAndItsChildren() {
    String text = new FlagshipReport(SAMPLE, QUARTER, SampleOrganization.AS_OF,
        ScoringPolicy.defaults()).render();
    double emea = latest(EMEA);
    double na = latest(NORTH_AMERICA);
    String sum = String.format(Locale.ROOT, "%,.2f", emea + na);
    assertThat(text).contains("\nRolled up from contributing key results (cascaded key results)\n"
        + "  kr-d-sales-dealers \"Sign 40 new specialist dealers\": " + sum
        + ", the sum of 2 key results (linear 0 -> 40), progress "
        + FlagshipReport.percent((emea + na) / 40) + ", BEHIND\n"
        + "    from kr-t-emea-dealers \"Sign 25 alpine specialist dealers\": "
        + String.format(Locale.ROOT, "%,.2f", emea) + ", progress "
        + FlagshipReport.percent(emea / 25) + "\n"
        + "    from kr-t-na-dealers \"Sign 15 specialist dealers in North America\": "
        + String.format(Locale.ROOT, "%,.2f", na) + ", progress "
        + FlagshipReport.percent(na / 15) + "\n");
    // The tree reads the department's key result as the sum, not its own last check-in.
    assertThat(text).contains("Sign 40 new specialist dealers: " + sum
        + ", the sum of 2 key results (linear 0 -> 40)");
  }

  @Test
  void aLoopAndTheOtherRollUpsReadInTheReport() {
    // The department also feeds EMEA, which takes the mean: EMEA's link back is left out.
    OkrSet looped = edit(edit(SAMPLE, DEPARTMENT, kr -> kr.withContributions(
        List.of(Contribution.to(EMEA)))), EMEA, kr -> kr.withRollUp(KeyResultRollUp.MEAN_PROGRESS));
    String text = new FlagshipReport(looped, QUARTER, SampleOrganization.AS_OF,
        ScoringPolicy.defaults()).render();
    assertThat(text).contains("    from kr-t-emea-dealers \"Sign 25 alpine specialist dealers\":"
        + " left out, the link closes a loop\n");
    assertThat(text).contains("Sign 25 alpine specialist dealers: the mean progress of 1 key"
        + " result");
    OkrSet weighted = edit(SAMPLE, DEPARTMENT, kr -> kr.withRollUp(
        KeyResultRollUp.WEIGHTED_PROGRESS));
    assertThat(new FlagshipReport(weighted, QUARTER, SampleOrganization.AS_OF,
        ScoringPolicy.defaults()).render()).contains(
            "Sign 40 new specialist dealers: the weighted progress of 2 key results");
    // North America alone, without a check-in: no value to add up, not started by now.
    OkrSet none = edit(edit(SAMPLE, EMEA, kr -> kr.withContributions(List.of())),
        NORTH_AMERICA, kr -> KeyResult.builder().from(kr).checkIns(List.of()).build());
    assertThat(new FlagshipReport(none, QUARTER, SampleOrganization.AS_OF,
        ScoringPolicy.defaults()).render()).contains(
            "Sign 40 new specialist dealers\": no value, the sum of 1 key result (linear 0 -> 40),"
                + " progress not scored, NOT_STARTED\n"
                + "    from kr-t-na-dealers \"Sign 15 specialist dealers in North America\": no"
                + " value, progress not scored\n");
  }

  private static OkrSet edit(OkrSet set, KeyResultId id,
      java.util.function.UnaryOperator<KeyResult> change) {
    Objective holder = set.objectiveOf(id).orElseThrow();
    return set.with(holder.withKeyResult(change.apply(holder.keyResult(id).orElseThrow())));
  }
}
