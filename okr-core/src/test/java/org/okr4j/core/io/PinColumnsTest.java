package org.okr4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.io.TabularImportTest.ORG;
import static org.okr4j.core.io.TabularImportTest.company;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;

/** The columns of shares pinned by hand: a key result's, and an objective's on its links. */
class PinColumnsTest {

  /** kr-errors pinned at 0.5 of o-web; o-web pinned at 0.25 of o-co, not of kr-nps. */
  static List<Map<String, String>> pinned() {
    List<Map<String, String>> rows = company();
    rows.get(3).put("parent-pinned-shares", ";0.25");
    rows.get(4).put("pinned-share", "0.5");
    return rows;
  }

  static OkrSet read(List<Map<String, String>> rows) {
    ImportResult read = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG).read(rows);
    assertThat(read.problems()).isEmpty();
    return read.okrSet();
  }

  @Test
  void readsAndWritesPins() {
    OkrSet set = read(pinned());
    assertThat(set.keyResult(KeyResultId.of("kr-errors")).orElseThrow().pinnedShare())
        .hasValue(0.5);
    assertThat(set.keyResult(KeyResultId.of("kr-launch")).orElseThrow().pinnedShare()).isEmpty();
    assertThat(set.objective(ObjectiveId.of("o-web")).orElseThrow().alignments()).containsExactly(
        Alignment.of(KeyResultId.of("kr-nps"), AlignmentKind.CONTRIBUTES, 1),
        Alignment.contributesTo(ObjectiveId.of("o-co")).withPinnedShare(0.25));
    TabularFormat commas = TabularFormat.okr4j().withDecimalSeparator(',');
    ExportResult written = TabularExport.of(commas).write(set);
    assertThat(written.problems()).isEmpty();
    // Rows: the cycle, o-co, kr-nps, its check-in, o-web, kr-errors, kr-launch.
    assertThat(written.rows().get(4)).containsEntry("parent-pinned-shares", ";0,25");
    assertThat(written.rows().get(5)).containsEntry("pinned-share", "0,5");
    // No pin leaves the cells empty.
    assertThat(written.rows().get(1)).containsEntry("parent-pinned-shares", "");
    assertThat(written.rows().get(6)).containsEntry("pinned-share", "");
    assertThat(TabularImport.of(commas).withOrganization(ORG).read(written.rows()).okrSet())
        .isEqualTo(set);
  }

  @Test
  void aPinAloneIsReadBesideTheParentIds() {
    List<Map<String, String>> rows = company();
    rows.get(3).put("parent", "o-co");
    rows.get(3).put("parent-pinned-shares", "1");
    OkrSet set = read(rows);
    assertThat(set.objective(ObjectiveId.of("o-web")).orElseThrow().alignments())
        .containsExactly(Alignment.contributesTo(ObjectiveId.of("o-co")).withPinnedShare(1));
  }

  @Test
  void aTableWithPinsButNoKindOrWeightColumnsIsReadAsLists() {
    // Not okr4j's older spelling ([kind:]id[@weight]): the pins lie beside the ids.
    List<Map<String, String>> rows = company();
    for (Map<String, String> row : rows) {
      row.remove("parent-kind");
      row.remove("parent-weight");
    }
    rows.get(3).put("parent", "kr-nps;o-co");
    rows.get(3).put("parent-pinned-shares", "0.5;");
    assertThat(read(rows).objective(ObjectiveId.of("o-web")).orElseThrow().alignments())
        .containsExactly(Alignment.of(KeyResultId.of("kr-nps"), AlignmentKind.CONTRIBUTES, 1)
            .withPinnedShare(0.5), Alignment.contributesTo(ObjectiveId.of("o-co")));
  }

  @Test
  void vivaGoalsLayoutReportsPinsAsNotWritten() {
    List<Map<String, String>> rows = pinned();
    rows.get(3).put("parent-pinned-shares", "0.75;0.25");
    OkrSet set = read(rows);
    // The layout keeps o-web's first link, not its pin, and loses the second link with its pin.
    assertThat(TabularExport.of(TabularFormat.vivaGoals()).write(set).problems())
        .extracting(RowProblem::toString)
        .contains("export (kr-errors): not written: its pinned share",
            "export (o-web): not written: the shares pinned on its links",
            "export (o-web): not written: the contributes link to o-co (weight 1, pinned 0.25):"
                + " the layout holds one contributing link of weight 1");
    assertThat(TabularExport.of(TabularFormat.vivaGoals()).write(read(company())).problems())
        .extracting(RowProblem::toString)
        .noneMatch(problem -> problem.contains("pinned"));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(delimiter = '|', value = {
      "3 | parent-pinned-shares=;1.5 | parent-pinned-shares | alignment pinned share must lie"
          + " within [0.0, 1.0], but was 1.5",
      "3 | parent-pinned-shares=half; | parent-pinned-shares | 'half' is not a number",
      "3 | parent-pinned-shares=0.5 | parent-pinned-shares | has 1 pinned shares for 2 parents",
      "3 | parent=kr-nps; | parent | parent 2 is empty, but has a kind or weight or pinned share",
      "4 | pinned-share=-0.1 | pinned-share | key result pinned share must lie within [0.0, 1.0],"
          + " but was -0.1",
      "4 | pinned-share=lots | pinned-share | 'lots' is not a number",
  })
  void aBadCellRejectsTheRowNamingItsColumn(int index, String change, String column,
      String reason) {
    List<Map<String, String>> rows = pinned();
    int at = change.indexOf('=');
    rows.get(index).put(change.substring(0, at), change.substring(at + 1));
    ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
        .read(rows);
    RowProblem problem = result.problems().get(0);
    assertThat(problem.row()).isEqualTo(index + 2);
    assertThat(problem.rejected()).isTrue();
    assertThat(problem.column()).isEqualTo(column);
    assertThat(problem.reason()).startsWith(reason);
  }
}
