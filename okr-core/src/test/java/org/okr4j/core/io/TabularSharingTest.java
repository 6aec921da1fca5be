package org.okr4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.io.TabularImportTest.ORG;
import static org.okr4j.core.io.TabularImportTest.company;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.PersonId;
import org.okr4j.core.Share;

/** The co-owners and shared-with columns: read, written, read back, and bad cells rejected. */
class TabularSharingTest {

  @Test
  void readsWritesAndReadsBackCoOwnersAndShares() {
    List<Map<String, String>> rows = company();
    rows.get(0).putAll(Map.of("co-owners", "person:ana; unit:ops",
        "shared-with", "web=0.5;h\\;r=x=0.25"));
    rows.get(1).put("co-owners", "unit:co");
    ImportResult read = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG).read(rows);
    assertThat(read.problems()).isEmpty();
    Objective co = read.okrSet().objective(ObjectiveId.of("o-co")).orElseThrow();
    assertThat(co.coOwners()).containsExactly(PersonId.of("ana"), OrgUnitId.of("ops"));
    assertThat(co.sharedWith()).containsExactly(Share.of(OrgUnitId.of("web"), 0.5),
        Share.of(OrgUnitId.of("h;r=x"), 0.25));
    KeyResult nps = read.okrSet().keyResult(KeyResultId.of("kr-nps")).orElseThrow();
    assertThat(nps.coOwners()).containsExactly(OrgUnitId.of("co"));
    assertThat(read.okrSet().objective(ObjectiveId.of("o-web")).orElseThrow().coOwners())
        .isEmpty();

    TabularFormat commas = TabularFormat.okr4j().withDecimalSeparator(',');
    ExportResult written = TabularExport.of(commas).write(read.okrSet());
    assertThat(written.problems()).isEmpty();
    assertThat(commas.headers()).containsSubsequence("co-owners", "shared-with");
    assertThat(written.rows().get(1)).containsEntry("co-owners", "person:ana;unit:ops")
        .containsEntry("shared-with", "web=0,5;h\\;r=x=0,25");
    assertThat(written.rows().get(2)).containsEntry("co-owners", "unit:co");
    assertThat(TabularImport.of(commas).withOrganization(ORG).read(written.rows()).okrSet())
        .isEqualTo(read.okrSet());
    assertThat(TabularExport.of(TabularFormat.vivaGoals()).write(read.okrSet()).problems())
        .extracting(RowProblem::toString)
        .contains("export (o-co): not written: its co-owners",
            "export (o-co): not written: the units it is shared with",
            "export (kr-nps): not written: its co-owners");
  }

  @Test
  void aShareWhoseUnitStartsAFormulaIsWrittenAsText() {
    List<Map<String, String>> rows = company();
    rows.get(0).put("shared-with", "'=web=1");
    ImportResult read = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG).read(rows);
    assertThat(read.problems()).isEmpty();
    assertThat(read.okrSet().objective(ObjectiveId.of("o-co")).orElseThrow().sharedWith())
        .containsExactly(Share.of(OrgUnitId.of("=web"), 1));
    ExportResult written = TabularExport.of(TabularFormat.okr4j()).write(read.okrSet());
    assertThat(written.rows().get(1)).containsEntry("shared-with", "'=web=1");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
      "co-owners=ana | co-owners | 'ana' is not a co-owner (use unit:ops or person:ana)",
      "co-owners=person:ana;person:ana | co-owners | objective co-owners must not contain"
          + " duplicates",
      "co-owners=person:\t | co-owners | person id must not be blank",
      "shared-with=web | shared-with | 'web' is not a share (use ops=0.5)",
      "shared-with==0.5 | shared-with | '=0.5' is not a share (use ops=0.5)",
      "shared-with=web=half | shared-with | 'half' is not a number",
      "shared-with=web=1.5 | shared-with | share weight must lie within (0, 1]",
      "shared-with=web=0.5;web=0.5 | shared-with | objective shares must not contain duplicates",
  })
  void aBadCellRejectsTheObjectiveRowNamingItsColumn(String change, String column,
      String reason) {
    List<Map<String, String>> rows = company();
    int at = change.indexOf('=');
    rows.get(0).put(change.substring(0, at), change.substring(at + 1));
    ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
        .read(rows);
    RowProblem problem = result.problems().get(0);
    assertThat(problem.row()).isEqualTo(2);
    assertThat(problem.rejected()).isTrue();
    assertThat(problem.column()).isEqualTo(column);
    assertThat(problem.reason()).startsWith(reason);
  }

  @Test
  void aKeyResultsCoOwnerCellIsChecked() {
    List<Map<String, String>> rows = company();
    rows.get(1).put("co-owners", "unit:web;unit:web");
    RowProblem problem = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
        .read(rows).problems().get(0);
    assertThat(problem.row()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo("co-owners");
    assertThat(problem.reason()).startsWith("key result co-owners must not contain duplicates");
    rows.get(1).put("co-owners", "team:web");
    assertThat(TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG).read(rows)
        .problems().get(0).reason()).startsWith("'team:web' is not a co-owner");
  }
}
