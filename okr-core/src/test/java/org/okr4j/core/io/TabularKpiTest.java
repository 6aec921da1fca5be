package org.okr4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.io.TabularImportTest.ORG;
import static org.okr4j.core.io.TabularImportTest.company;
import static org.okr4j.core.io.TabularImportTest.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Corridor;
import org.okr4j.core.Kpi;
import org.okr4j.core.KpiId;
import org.okr4j.core.KpiLink;
import org.okr4j.core.KpiReading;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.PersonId;
import org.okr4j.core.Unit;

/** KPI rows in okr4j's layout: read, written back equal, bad cells rejected by column. */
class TabularKpiTest {

  static List<Map<String, String>> withChurn() {
    List<Map<String, String>> rows = company();
    rows.add(row("type=kpi", "id=kpi-churn", "title=Monthly churn", "owner-unit=co",
        "corridor=[*, 2.5] target 2 percent", "readings=2026-07-31=2.4; 2026-08-31=3.1",
        "parent=o-web;o-co", "parent-kind=recovers;protects"));
    return rows;
  }

  static Kpi churn() {
    return Kpi.builder().id(KpiId.of("kpi-churn")).title("Monthly churn")
        .owner(OrgUnitId.of("co")).unit(Unit.percent())
        .corridor(Corridor.atMost(2.5).withTarget(2))
        .addReadings(KpiReading.of(LocalDate.of(2026, 7, 31), 2.4),
            KpiReading.of(LocalDate.of(2026, 8, 31), 3.1))
        .addLinks(KpiLink.recovers(ObjectiveId.of("o-web")),
            KpiLink.protects(ObjectiveId.of("o-co")))
        .build();
  }

  private static ImportResult read(List<Map<String, String>> rows) {
    return TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG).read(rows);
  }

  @Test
  void readsAKpiRowAndWritesItBackEqual() {
    ImportResult read = read(withChurn());
    assertThat(read.problems()).isEmpty();
    assertThat(read.okrSet().kpis()).containsExactly(churn());
    ExportResult written = TabularExport.of(TabularFormat.okr4j().withDecimalSeparator(','))
        .write(read.okrSet());
    Map<String, String> last = written.rows().get(written.rows().size() - 1);
    assertThat(last).containsEntry("type", "kpi").containsEntry("id", "kpi-churn")
        .containsEntry("title", "Monthly churn").containsEntry("owner-unit", "co")
        .containsEntry("corridor", "[*, 2.5] target 2 percent")
        .containsEntry("readings", "2026-07-31=2,4;2026-08-31=3,1")
        .containsEntry("parent", "o-web;o-co").containsEntry("parent-kind", "recovers;protects");
    assertThat(TabularImport.of(TabularFormat.okr4j().withDecimalSeparator(','))
        .withOrganization(ORG).read(written.rows()).okrSet()).isEqualTo(read.okrSet());
  }

  @Test
  void readsEveryCorridorShapeAndAPersonOwner() {
    List<Map<String, String>> rows = company();
    rows.add(row("type=kpi", "id=k1", "title=Uptime", "owner-person=ana",
        "corridor=[99.5, *]"));
    rows.add(row("type=kpi", "id=k2", "title=Response", "corridor=[1, 4] custom:hours"));
    rows.add(row("type=kpi", "id=k3", "title=Margin", "corridor= [30, 50] target 40 "));
    rows.add(row("type=kpi", "id=k4", "title=Cash", "corridor=[1, 9]   target   5   currency:EUR"));
    ImportResult read = read(rows);
    assertThat(read.problems()).isEmpty();
    List<Kpi> kpis = read.okrSet().kpis();
    assertThat(kpis).extracting(Kpi::corridor).containsExactly(Corridor.atLeast(99.5),
        Corridor.of(1, 4), Corridor.of(30, 50).withTarget(40), Corridor.of(1, 9).withTarget(5));
    assertThat(kpis).extracting(Kpi::unit).containsExactly(Unit.number(), Unit.custom("hours"),
        Unit.number(), Unit.currency("EUR"));
    assertThat(kpis.get(0).owner()).contains(PersonId.of("ana"));
    assertThat(kpis.get(1).owner()).isEmpty();
  }

  @Test
  void writesAnEmptySetsKpiColumnsEmptyAndVivaGoalsReportsKpisAsLost() {
    OkrSet set = read(withChurn()).okrSet();
    assertThat(TabularExport.of(TabularFormat.vivaGoals()).write(set).problems())
        .extracting(RowProblem::toString)
        .contains("export (kpi-churn): not written: the KPI kpi-churn (the layout has no KPI rows)");
    Kpi bare = Kpi.of("kpi-bare", "Bare", Corridor.of(1, 2));
    ExportResult written = TabularExport.of(TabularFormat.okr4j())
        .write(OkrSet.builder().addKpis(bare).build());
    assertThat(written.rows()).hasSize(1);
    assertThat(written.rows().get(0)).containsEntry("corridor", "[1, 2]")
        .containsEntry("readings", "").containsEntry("parent", "")
        .containsEntry("parent-kind", "").containsEntry("owner-unit", "")
        .containsEntry("owner-person", "");
    assertThat(read(List.of(written.rows().get(0))).okrSet().kpis()).containsExactly(bare);
  }

  @Test
  void keepsALinkToAnObjectiveNotInTheFileAndSaysSo() {
    List<Map<String, String>> rows = withChurn();
    rows.get(rows.size() - 1).put("parent", "o-gone;o-co");
    ImportResult read = read(rows);
    assertThat(read.problems()).extracting(RowProblem::row, RowProblem::column,
            RowProblem::reason, RowProblem::rejected)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(9, "parent",
            "the objective o-gone is not in the file; kept as a dangling link", false));
    assertThat(read.okrSet().kpi(KpiId.of("kpi-churn")).orElseThrow().links())
        .contains(KpiLink.recovers(ObjectiveId.of("o-gone")));
  }

  @ParameterizedTest(name = "{0}={1}: {3}")
  @CsvSource(delimiter = '|', value = {
      "id | '' | id | is empty, but the row needs it",
      "title | '' | title | is empty, but the row needs it",
      "corridor | '' | corridor | is empty, but the row needs it",
      "corridor | [3, 1] | corridor | corridor high must not lie below low 3.0, but was 1.0",
      "corridor | 1 to 3 | corridor | corridor must be '[low, high]'",
      "corridor | [1, 3] target 5 | corridor | corridor target must lie inside [1, 3]",
      "corridor | [1, 3] furlongs | corridor | unit text must be number, percent,",
      "corridor | [1, 2] target | corridor | corridor target must be a number after",
      "corridor | [1, 2] target percent | corridor | corridor target must be a number after",
      "corridor | [1, 2] target x | corridor | corridor target must be a number after",
      "corridor | [1,2] targetx | corridor | corridor target must be a number after",
      "corridor | target 1.5 | corridor | corridor must be '[low, high]'",
      "corridor | [1, 2] target 1.5 extra | corridor | unit text must be number, percent,",
      "readings | 2026-07-31 | readings | '2026-07-31' is not a reading (use 2026-08-31=2.4)",
      "readings | 31.7.2026=2 | readings | '31.7.2026' is not a date (use 2026-08-17)",
      "readings | 2026-07-31=two | readings | 'two' is not a number",
      "readings | 2026-08-31=1;2026-07-31=2 | readings | kpi readings must be in date order",
      "readings | 2026-07-31=1;2026-07-31=2 | readings | kpi readings must be in date order",
      "parent-kind | recovers | parent-kind | has 1 roles for 2 parents",
      "parent-kind | recovers;guards | parent-kind | 'guards' is not a KPI role; use one of"
          + " [protects, recovers]",
      "parent-kind | recovers; | parent-kind | has no role for o-co; use one of [protects,"
          + " recovers]",
      "parent | o-web;o-web | | kpi links' objectives must not contain duplicates, but was o-web",
      "parent | ' ;o-co' | parent | parent 1 is empty, but has a role",
  })
  void aBadKpiCellRejectsTheRowWithItsColumnAndReason(String column, String value,
      String reported, String reason) {
    List<Map<String, String>> rows = withChurn();
    rows.get(rows.size() - 1).put(column, value);
    ImportResult result = read(rows);
    RowProblem problem = result.problems().get(0);
    assertThat(problem.row()).isEqualTo(9);
    assertThat(problem.rejected()).isTrue();
    assertThat(problem.column()).isEqualTo(reported == null ? "" : reported);
    assertThat(problem.reason()).startsWith(reason == null ? "" : reason);
    assertThat(result.okrSet().kpis()).isEmpty();
    assertThat(result.rejectedRows()).isEqualTo(1);
  }

  @Test
  void aSecondKpiWithTheSameIdIsRejectedNamingTheFirstRow() {
    List<Map<String, String>> rows = withChurn();
    rows.add(row("type=kpi", "id=kpi-churn", "title=Churn again", "corridor=[*, 3]"));
    ImportResult result = read(rows);
    assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column,
            RowProblem::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(10, "id",
            "the kpi id kpi-churn is used by row 9"));
    assertThat(result.okrSet().kpis()).containsExactly(churn());
  }

  @Test
  void hostileSetsHoldKpisWithReadingsAndLinksThatRoundTrip() {
    List<OkrSet> sets = java.util.stream.LongStream.range(0, 20)
        .mapToObj(seed -> HostileSets.of(seed, 3)).toList();
    assertThat(sets).anyMatch(set -> set.kpis().stream()
        .anyMatch(kpi -> !kpi.links().isEmpty() && kpi.readings().size() > 1));
    for (OkrSet set : sets) {
      ExportResult out = TabularExport.of(TabularFormat.okr4j()).write(set);
      assertThat(TabularImport.of(TabularFormat.okr4j()).withOrganization(set.organization())
          .read(out.rows()).okrSet().kpis()).isEqualTo(set.kpis());
    }
  }

  @Test
  void aPersonOwnsAKpiBeforeAUnit() {
    List<Map<String, String>> rows = withChurn();
    rows.get(rows.size() - 1).put("owner-person", "ana");
    assertThat(read(rows).okrSet().kpis().get(0).owner()).contains(PersonId.of("ana"));
  }
}
