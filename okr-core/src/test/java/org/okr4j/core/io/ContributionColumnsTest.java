package org.okr4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.io.TabularImportTest.ORG;
import static org.okr4j.core.io.TabularImportTest.company;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.Contribution;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.KeyResultRollUp;

/** The columns of key results contributing to key results: parents, weights, pins, roll-up. */
class ContributionColumnsTest {

  /** kr-errors (weight 2, pinned 0.6) and kr-launch contribute to kr-nps, which sums them. */
  static List<Map<String, String>> cascade() {
    List<Map<String, String>> rows = company();
    rows.get(1).put("roll-up", "sum-of-values");
    rows.get(4).putAll(Map.of("parent-key-results", "kr-nps;kr-gone",
        "parent-key-result-weights", "2;", "parent-key-result-shares", "0.6;"));
    rows.get(5).put("parent-key-results", "kr-nps");
    return rows;
  }

  @Test
  void readsAndWritesContributionsAndRollUps() {
    ImportResult read = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
        .read(cascade());
    // kr-gone is in no row: kept as a dangling link, and said.
    assertThat(read.problems()).extracting(RowProblem::id, RowProblem::column,
            RowProblem::reason, RowProblem::rejected)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kr-errors", "parent-key-results",
            "the parent key result kr-gone is not in the file or was rejected; kept as a dangling"
                + " link", false));
    KeyResultId nps = KeyResultId.of("kr-nps");
    assertThat(read.okrSet().keyResult(nps).orElseThrow().rollUp())
        .contains(KeyResultRollUp.SUM_OF_VALUES);
    assertThat(read.okrSet().keyResult(KeyResultId.of("kr-errors")).orElseThrow().contributions())
        .containsExactly(Contribution.to(nps).withWeight(2).withPinnedShare(0.6),
            Contribution.to(KeyResultId.of("kr-gone")));
    assertThat(read.okrSet().keyResult(KeyResultId.of("kr-launch")).orElseThrow().contributions())
        .containsExactly(Contribution.to(nps));
    TabularFormat commas = TabularFormat.okr4j().withDecimalSeparator(',');
    ExportResult written = TabularExport.of(commas).write(read.okrSet());
    assertThat(written.problems()).isEmpty();
    assertThat(written.rows().get(2)).containsEntry("roll-up", "sum-of-values")
        .containsEntry("parent-key-results", "");
    assertThat(written.rows().get(5)).containsEntry("parent-key-results", "kr-nps;kr-gone")
        .containsEntry("parent-key-result-weights", "2;1")
        .containsEntry("parent-key-result-shares", "0,6;");
    // Rows: the cycle, o-co, kr-nps, its check-in, o-web, kr-errors, kr-launch. Defaults leave
    // the weights and shares empty.
    assertThat(written.rows().get(6)).containsEntry("parent-key-results", "kr-nps")
        .containsEntry("parent-key-result-weights", "")
        .containsEntry("parent-key-result-shares", "");
    assertThat(TabularImport.of(commas).withOrganization(ORG).read(written.rows()).okrSet())
        .isEqualTo(read.okrSet());
    assertThat(TabularExport.of(TabularFormat.vivaGoals()).write(read.okrSet()).problems())
        .extracting(RowProblem::toString)
        .contains("export (kr-nps): not written: its roll-up",
            "export (kr-errors): not written: its parent key results");
  }

  @Test
  void anEmptyItemWithoutWeightOrShareIsSkipped() {
    List<Map<String, String>> rows = company();
    rows.get(4).putAll(Map.of("parent-key-results", "kr-nps;;kr-x",
        "parent-key-result-weights", ";;3"));
    ImportResult read = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG).read(rows);
    assertThat(read.problems()).extracting(RowProblem::reason).containsExactly(
        "the parent key result kr-x is not in the file or was rejected; kept as a dangling link");
    KeyResult errors = read.okrSet().keyResult(KeyResultId.of("kr-errors")).orElseThrow();
    assertThat(errors.contributions()).containsExactly(Contribution.to(KeyResultId.of("kr-nps")),
        Contribution.to(KeyResultId.of("kr-x")).withWeight(3));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
      "parent-key-result-weights=-1; | parent-key-result-weights | contribution weight must be"
          + " zero or more, but was -1.0",
      "parent-key-result-weights=heavy; | parent-key-result-weights | 'heavy' is not a number",
      "parent-key-result-weights=1 | parent-key-result-weights | has 1 weights for 2 parent key"
          + " results",
      "parent-key-result-shares=1.5; | parent-key-result-shares | contribution pinned share must"
          + " lie within [0.0, 1.0], but was 1.5",
      "parent-key-result-shares=;;0.1 | parent-key-result-shares | has 3 shares for 2 parent key"
          + " results",
      "parent-key-results=;kr-gone | parent-key-results | parent key result 1 is empty, but has a"
          + " weight or share",
      "parent-key-results=kr-errors;kr-nps | parent-key-results | key result contributions must not lead"
          + " to the key result itself",
      "parent-key-results=kr-nps;kr-nps | parent-key-results | key result contributions must",
      "roll-up=total | roll-up | 'total' is not a roll-up; use one of [sum-of-values,"
          + " mean-progress, weighted-progress]",
  })
  void aBadCellRejectsTheRowNamingItsColumn(String change, String column, String reason) {
    List<Map<String, String>> rows = cascade();
    rows.get(4).put("roll-up", "mean-progress");
    int at = change.indexOf('=');
    rows.get(4).put(change.substring(0, at), change.substring(at + 1));
    ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
        .read(rows);
    RowProblem problem = result.problems().get(0);
    assertThat(problem.row()).isEqualTo(6);
    assertThat(problem.rejected()).isTrue();
    assertThat(problem.column()).isEqualTo(column);
    assertThat(problem.reason()).startsWith(reason);
  }
}
