package org.okr4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Commitment;
import org.okr4j.core.Confidence;
import org.okr4j.core.Direction;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.ObjectiveState;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;
import org.okr4j.core.PersonId;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.Unit;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TabularImportTest {

  static final LevelScheme LEVELS = LevelScheme.standard();
  static final Organization ORG = Organization.builder().levels(LEVELS)
      .addUnits(OrgUnit.of("co", "Lumen", LEVELS.level("company")))
      .addUnits(OrgUnit.of("web", "Web", LEVELS.level("team"), OrgUnitId.of("co")))
      .build();
  static final List<String> OKR4J = TabularFormat.okr4j().headers();

  /** okr4j's columns before a measure's text held start, target, parts and unit. */
  static final List<String> OLDER_OKR4J = olderHeaders();

  private static List<String> olderHeaders() {
    List<String> headers = new ArrayList<>(OKR4J);
    headers.addAll(headers.indexOf("measure") + 1, List.of("parts", "start", "target"));
    headers.add(headers.indexOf("value") + 1, "unit");
    return List.copyOf(headers);
  }

  /** A row in okr4j's layout from {@code header=value} pairs; other cells empty. */
  static Map<String, String> row(String... cells) {
    return row(OKR4J, cells);
  }

  /** A row in okr4j's older layout, with start, target, parts and unit columns. */
  static Map<String, String> olderRow(String... cells) {
    return row(OLDER_OKR4J, cells);
  }

  private static Map<String, String> row(List<String> headers, String... cells) {
    Map<String, String> row = new LinkedHashMap<>();
    headers.forEach(header -> row.put(header, ""));
    for (String cell : cells) {
      int eq = cell.indexOf('=');
      row.put(cell.substring(0, eq), cell.substring(eq + 1));
    }
    return row;
  }

  static List<Map<String, String>> company() {
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(row("type=objective", "id=o-co", "title=Delight our customers", "owner-unit=co",
        "level=company", "cycle=2026-Q3", "commitment=committed", "state=active"));
    rows.add(row("type=key-result", "id=kr-nps", "title=Net promoter score", "parent=o-co",
        "measure=linear 31 -> 45", "weight=1"));
    rows.add(row("type=check-in", "id=kr-nps", "date=2026-08-10", "value=35", "confidence=0.6",
        "note=Survey"));
    rows.add(row("type=objective", "id=o-web", "title=Make checkout effortless",
        "owner-person=cy", "level=team", "cycle=2026-Q3", "parent=kr-nps;o-co",
        "commitment=aspirational", "state=draft"));
    rows.add(row("type=key-result", "id=kr-errors", "title=Checkout error rate", "parent=o-web",
        "measure=threshold <= 0.5 percent", "weight=2"));
    rows.add(row("type=key-result", "id=kr-launch", "title=New checkout live", "parent=o-web",
        "measure=milestone", "weight=1"));
    rows.add(row("type=check-in", "id=kr-launch", "date=2026-08-12", "value=done"));
    return rows;
  }

  /** {@link #company()} as okr4j's layout wrote it before a measure was one cell of text. */
  static List<Map<String, String>> olderCompany() {
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(olderRow("type=objective", "id=o-co", "title=Delight our customers",
        "owner-unit=co", "level=company", "cycle=2026-Q3", "commitment=committed", "state=active"));
    rows.add(olderRow("type=key-result", "id=kr-nps", "title=Net promoter score", "parent=o-co",
        "measure=linear", "start=31", "target=45", "unit=number", "weight=1"));
    rows.add(olderRow("type=check-in", "id=kr-nps", "date=2026-08-10", "value=35",
        "confidence=0.6", "note=Survey"));
    rows.add(olderRow("type=objective", "id=o-web", "title=Make checkout effortless",
        "owner-person=cy", "level=team", "cycle=2026-Q3", "parent=kr-nps;o-co",
        "commitment=aspirational", "state=draft"));
    rows.add(olderRow("type=key-result", "id=kr-errors", "title=Checkout error rate",
        "parent=o-web", "measure=at-most", "target=0.5", "unit=percent", "weight=2"));
    rows.add(olderRow("type=key-result", "id=kr-launch", "title=New checkout live",
        "parent=o-web", "measure=milestone", "unit=number", "weight=1"));
    rows.add(olderRow("type=check-in", "id=kr-launch", "date=2026-08-12", "value=done"));
    return rows;
  }

  @Test
  void readsObjectivesKeyResultsCheckInsAndLinks() {
    ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
        .read(company());
    assertThat(result.problems()).isEmpty();
    assertThat(result.isClean()).isTrue();
    assertThat(result.rows()).isEqualTo(7);
    OkrSet set = result.okrSet();
    assertThat(set.organization()).isEqualTo(ORG);
    assertThat(set.cycles()).extracting(c -> c.id().value()).containsExactly("2026-Q3");
    Objective company = set.objective(ObjectiveId.of("o-co")).orElseThrow();
    assertThat(company.commitment()).isEqualTo(Commitment.COMMITTED);
    assertThat(company.owner()).contains(OrgUnitId.of("co"));
    KeyResult nps = company.keyResult(KeyResultId.of("kr-nps")).orElseThrow();
    assertThat(nps.measure()).isEqualTo(LinearMeasure.of(31, 45));
    assertThat(nps.checkIns()).containsExactly(CheckIn.builder().date(LocalDate.of(2026, 8, 10))
        .value(35).confidence(Confidence.of(0.6)).note("Survey").build());
    Objective web = set.objective(ObjectiveId.of("o-web")).orElseThrow();
    assertThat(web.parents()).containsExactly((AlignmentTarget) KeyResultId.of("kr-nps"),
        ObjectiveId.of("o-co"));
    assertThat(web.owner()).contains(PersonId.of("cy"));
    assertThat(web.state()).isEqualTo(ObjectiveState.DRAFT);
    KeyResult errors = web.keyResult(KeyResultId.of("kr-errors")).orElseThrow();
    assertThat(errors.measure()).isEqualTo(ThresholdMeasure.of(0.5, Direction.DECREASE, false)
        .withUnit(Unit.percent()));
    assertThat(errors.weight()).isEqualTo(2);
    assertThat(web.keyResult(KeyResultId.of("kr-launch")).orElseThrow().measure())
        .isEqualTo(MilestoneMeasure.of());
    assertThat(set.keyResult(KeyResultId.of("kr-launch")).orElseThrow().latestCheckIn()
        .orElseThrow().done()).isTrue();
  }

  @Test
  void roundTripsThroughTheExport() {
    OkrSet set = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG).read(company())
        .okrSet();
    ExportResult exported = TabularExport.of(TabularFormat.okr4j()).write(set);
    assertThat(exported.problems()).isEmpty();
    assertThat(exported.headers()).isEqualTo(OKR4J);
    assertThat(exported.rows().get(0)).containsEntry("type", "cycle")
        .containsEntry("id", "2026-Q3").containsEntry("start-date", "2026-07-01")
        .containsEntry("end-date", "2026-09-30").containsEntry("cycle-kind", "quarter")
        .containsEntry("state", "draft");
    assertThat(exported.rows().subList(1, exported.rows().size())).isEqualTo(company());
    ImportResult again = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
        .read(exported.rows());
    assertThat(again.okrSet()).isEqualTo(set);
  }

  @Nested
  class RejectedRows {
    @ParameterizedTest(name = "{0}={1}: {3}")
    @CsvSource(delimiter = '|', value = {
        "measure | linear abc -> 45 | measure | measure text must have a number at position 7,",
        "measure | linear 31 -> 1e999 | measure | measure text must have a plain decimal number",
        "measure | exponential | measure | measure text must have a kind of measure: linear, ",
        "measure | linear 31 -> 45 furlongs | measure | measure text must have a unit: number, ",
        "measure | range [45, 31] | measure | measure text at position 0 makes no valid measure:"
            + " range high must not lie below low 45.0",
        "start | 31 | start | must be empty beside a measure",
        "unit | percent | unit | must be empty beside a measure",
        "weight | -1 | | key result weight must be zero or more, but was -1.0",
        "title | '' | title | is empty, but the row needs it",
        "parent | '' | parent | is empty, but the row needs it",
        "id | ' ' | | ",
    })
    void aBadKeyResultCellRejectsTheRowWithItsColumnAndReason(String column, String value,
        String reported, String reason) {
      List<Map<String, String>> rows = company();
      rows.get(1).put(column, value);
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(rows);
      if (column.equals("id")) {
        // A key result row without an id gets one from its row number.
        assertThat(result.okrSet().keyResult(KeyResultId.of("row-3"))).isPresent();
        return;
      }
      RowProblem problem = result.problems().get(0);
      assertThat(problem.row()).isEqualTo(3);
      assertThat(problem.rejected()).isTrue();
      assertThat(problem.column()).isEqualTo(reported == null ? "" : reported);
      assertThat(problem.reason()).startsWith(reason);
      assertThat(result.okrSet().keyResult(KeyResultId.of("kr-nps"))).isEmpty();
      // Its check-in is rejected too, with its own row.
      assertThat(result.problems().get(1).row()).isEqualTo(4);
      assertThat(result.problems().get(1).reason())
          .isEqualTo("the key result kr-nps is not in the file or was rejected");
      assertThat(result.rejectedRows()).isEqualTo(2);
    }

    @Test
    void aBadMeasureTextIsQuotedNearItsPositionOnly() {
      List<Map<String, String>> rows = company();
      rows.get(1).put("measure", "ordinal [" + "zone, ".repeat(5_000) + "done= gone]");
      RowProblem problem = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(rows).problems().get(0);
      assertThat(problem.column()).isEqualTo("measure");
      assertThat(problem.reason()).isEqualTo("measure text must have ',' or ']' at position"
          + " 30013, but found '= gone]' in '...ne, zone, zone, done= gone]'");
    }

    @Test
    void aBadObjectiveRejectsItAndItsKeyResults() {
      List<Map<String, String>> rows = company();
      rows.get(3).put("level", "squad");
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(rows);
      assertThat(result.problems()).extracting(RowProblem::toString).containsExactly(
          "row 5 (o-web), column level: 'squad' is not a level; use one of [company, "
              + "department, team, individual]; row rejected",
          "row 6 (kr-errors), column parent: the objective o-web is not in the file or was "
              + "rejected; row rejected",
          "row 7 (kr-launch), column parent: the objective o-web is not in the file or was "
              + "rejected; row rejected",
          "row 8 (kr-launch), column id: the key result kr-launch is not in the file or was "
              + "rejected; row rejected");
      assertThat(result.okrSet().objectives()).extracting(o -> o.id().value())
          .containsExactly("o-co");
    }

    @Test
    void unknownTypesBadDatesDuplicatesAndMismatchedReadings() {
      List<Map<String, String>> rows = company();
      rows.add(row("type=task", "id=t-1"));
      rows.add(row("type=check-in", "id=kr-nps", "date=10/08/2026", "value=36"));
      rows.add(row("type=objective", "id=o-co", "title=Again", "cycle=2026-Q3"));
      rows.add(row("type=check-in", "id=kr-launch", "date=2026-08-13", "value=0.5"));
      rows.add(row("type=objective", "id=o-x", "title=Later", "cycle=2026-Q9"));
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(rows);
      assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(9, "type"),
              org.assertj.core.groups.Tuple.tuple(10, "date"),
              org.assertj.core.groups.Tuple.tuple(11, "id"),
              org.assertj.core.groups.Tuple.tuple(12, "value"),
              org.assertj.core.groups.Tuple.tuple(13, "cycle"));
      assertThat(result.problems().get(0).reason())
          .isEqualTo("'task' is not a row type; use one of [cycle, objective, key-result, check-in]");
      assertThat(result.problems().get(1).reason())
          .isEqualTo("'10/08/2026' is not a date (use 2026-08-17)");
      assertThat(result.problems().get(2).reason()).isEqualTo("the objective id o-co is used by row 2");
      assertThat(result.problems().get(3).reason()).startsWith("a milestone's reading is 'done' or empty, but was '0.5'");
      assertThat(result.problems()).allMatch(RowProblem::rejected);
      assertThat(result.okrSet().objectives()).hasSize(2);
    }

    @Test
    void aMissingParentIsKeptAsADanglingLinkAndReported() {
      List<Map<String, String>> rows = company();
      rows.get(3).put("parent", "o-gone");
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(rows);
      assertThat(result.problems()).extracting(RowProblem::toString).containsExactly(
          "row 5, column parent: the parent o-gone is not in the file; kept as a dangling link");
      assertThat(result.rejectedRows()).isZero();
      assertThat(result.okrSet().objective(ObjectiveId.of("o-web")).orElseThrow().parents())
          .containsExactly((AlignmentTarget) ObjectiveId.of("o-gone"));
    }

    @Test
    void anUnknownColumnIsReportedOnceAndIgnored() {
      List<Map<String, String>> rows = company();
      rows.forEach(row -> row.put("Jira", "OKR-1"));
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(rows);
      assertThat(result.problems()).extracting(RowProblem::toString).containsExactly(
          "row 1, column Jira: not a column of the okr4j layout; ignored");
      assertThat(result.okrSet().objectives()).hasSize(2);
    }
  }

  /** Files okr4j's layout wrote before a measure was one cell of text. */
  @Nested
  class OlderFiles {
    @Test
    void readAsBeforeAndWriteBackAsText() {
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(olderCompany());
      assertThat(result.problems()).isEmpty();
      OkrSet current = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(company()).okrSet();
      assertThat(result.okrSet()).isEqualTo(current);
      assertThat(TabularExport.of(TabularFormat.okr4j()).write(result.okrSet()).rows()
          .subList(1, company().size() + 1)).isEqualTo(company());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {5}")
    @CsvSource(delimiter = '§', value = {
        // measure word § parts § start § target § unit § the measure's text
        "linear § § 31 § 45 § number § linear 31 -> 45",
        "at-least § § § 99.9 § percent § threshold >= 99.9 percent",
        "above § § § 1,000 § currency:EUR § threshold > 1000 currency:EUR",
        "at-most § § § 40 § § threshold <= 40",
        "below § § § 150 § custom:ms § threshold < 150 custom:ms",
        "range § § 1 § 4 § custom:hours § range [1, 4] custom:hours",
        "milestone § § § § § milestone",
        "§ § § § § milestone",
        "§ § 3 § 6 § § linear 3 -> 6",
        "stages § design:0.5;build:0.5 § § § § stages [design=0.5, build=0.5]",
        "checkpoints § 50:0.7 § 0 § 100 § § checkpoints 0 [50->0.7] 100",
        "zones § commit:620;target:780 § 500 § 900 § § zones 500 | commit 620 | target 780"
            + " | stretch 900",
        "ordinal § FAIL;COMMIT;TARGET;STRETCH § § § § ordinal [FAIL, COMMIT, TARGET, STRETCH]",
        "baseline-decrease § § § § custom:days § baseline to be measured (DECREASE) custom:days",
        "baseline-increase § § § 30 § § baseline to be measured (INCREASE) target 30"})
    void everyOlderMeasureWordStillReads(String word, String parts, String start, String target,
        String unit, String text) {
      List<Map<String, String>> rows = olderCompany();
      rows.get(1).putAll(Map.of("measure", blank(word), "parts", blank(parts), "start",
          blank(start), "target", blank(target), "unit", blank(unit)));
      rows.remove(2); // the check-in's number would not suit every kind
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(rows);
      assertThat(result.problems()).isEmpty();
      assertThat(result.okrSet().keyResult(KeyResultId.of("kr-nps")).orElseThrow().measure())
          .isEqualTo(Measure.parse(text));
    }

    private static String blank(String cell) {
      return cell == null ? "" : cell;
    }

    @ParameterizedTest(name = "{0}={1}: {3}")
    @CsvSource(delimiter = '|', value = {
        "start | abc | start | 'abc' is not a number",
        "target | 1e999 | target | '1e999' is not a finite number",
        "measure | exponential | measure | 'exponential' is not a measure; use one of [linear, ",
        "unit | furlongs | unit | unit text must be number, percent, currency:<ISO code> or ",
        "target | 31 | measure | linear measure target must differ from its start 31.0",
        "weight | -1 | | key result weight must be zero or more, but was -1.0"})
    void aBadCellRejectsTheRowWithItsColumnAndReason(String column, String value,
        String reported, String reason) {
      List<Map<String, String>> rows = olderCompany();
      rows.get(1).put(column, value);
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(rows);
      RowProblem problem = result.problems().get(0);
      assertThat(problem.row()).isEqualTo(3);
      assertThat(problem.rejected()).isTrue();
      assertThat(problem.column()).isEqualTo(reported == null ? "" : reported);
      assertThat(problem.reason()).startsWith(reason);
      assertThat(result.okrSet().keyResult(KeyResultId.of("kr-nps"))).isEmpty();
    }

    @Test
    void cellsThatMakeNoMeasureRejectTheRowRatherThanThrow() {
      List<Map<String, String>> rows = olderCompany();
      rows.get(1).putAll(Map.of("measure", "range", "start", "5", "target", "4"));
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(rows);
      assertThat(result.problems().get(0)).hasToString("row 3 (kr-nps), column measure: range high"
          + " must not lie below low 5.0, but was 4.0; row rejected");
    }
  }

  @Nested
  class VivaGoals {
    private final TabularFormat viva = TabularFormat.vivaGoals();

    private Map<String, String> vivaRow(String... cells) {
      Map<String, String> row = new LinkedHashMap<>();
      viva.headers().forEach(header -> row.put(header.toUpperCase(java.util.Locale.ROOT), ""));
      for (String cell : cells) {
        int eq = cell.indexOf('=');
        row.put(cell.substring(0, eq).toUpperCase(java.util.Locale.ROOT), cell.substring(eq + 1));
      }
      return row;
    }

    private List<Map<String, String>> export() {
      return List.of(
          vivaRow("Type=Objective", "ID=101", "Title=Delight our customers", "Team=co",
              "Time Period=2026-Q3"),
          vivaRow("Type=Key Result", "ID=102", "Title=Net promoter score", "Parent ID=101",
              "Metric Type=Increase to", "Start Value=31", "Target Value=45",
              "Current Value=38", "Owner=ana"),
          vivaRow("Type=Objective", "ID=103", "Title=Make checkout effortless", "Team=web",
              "Parent ID=101", "Time Period=2026-Q3"),
          vivaRow("Type=Key Result", "ID=104", "Title=Checkout errors", "Parent ID=103",
              "Metric Type=Stay below", "Target Value=0.5", "Unit=%", "Current Value=0.7"),
          vivaRow("Type=Key Result", "ID=105", "Title=Revenue", "Parent ID=103",
              "Metric Type=Increase to", "Start Value=1,000", "Target Value=2,000", "Unit=€"),
          vivaRow("Type=Objective", "ID=106", "Title=Grow as a person", "Owner=cy",
              "Time Period=2026-Q3"));
    }

    @Test
    void readsTheTemplateWithLevelsFromTeamsAndCurrentValuesOnTheAsOfDate() {
      ImportResult result = TabularImport.of(viva).withOrganization(ORG)
          .withAsOf(LocalDate.of(2026, 8, 20)).read(export());
      assertThat(result.problems()).isEmpty();
      OkrSet set = result.okrSet();
      assertThat(set.objective(ObjectiveId.of("101")).orElseThrow().level().name())
          .isEqualTo("company");
      assertThat(set.objective(ObjectiveId.of("103")).orElseThrow().level().name())
          .isEqualTo("team");
      assertThat(set.objective(ObjectiveId.of("106")).orElseThrow().level().name())
          .isEqualTo("individual");
      KeyResult nps = set.keyResult(KeyResultId.of("102")).orElseThrow();
      assertThat(nps.owner()).contains(PersonId.of("ana"));
      assertThat(nps.checkIns()).containsExactly(CheckIn.of(LocalDate.of(2026, 8, 20), 38));
      assertThat(set.keyResult(KeyResultId.of("104")).orElseThrow().measure())
          .isEqualTo(ThresholdMeasure.atMost(0.5).withUnit(Unit.percent()));
      assertThat(set.keyResult(KeyResultId.of("105")).orElseThrow().measure())
          .isEqualTo(LinearMeasure.of(1000, 2000).withUnit(Unit.currency("EUR")));
    }

    @Test
    void aCurrentValueWithoutAnAsOfDateIsRejected() {
      ImportResult result = TabularImport.of(viva).withOrganization(ORG).read(export());
      assertThat(result.problems()).extracting(RowProblem::row).containsExactly(3, 5);
      assertThat(result.problems().get(0).column()).isEqualTo("Current Value");
    }

    @Test
    void exportsWhatItCanAndReportsTheRest() {
      OkrSet set = TabularImport.of(viva).withOrganization(ORG)
          .withAsOf(LocalDate.of(2026, 8, 20)).read(export()).okrSet();
      ExportResult out = TabularExport.of(viva).write(set);
      assertThat(out.headers()).startsWith("Type", "ID", "Title");
      assertThat(out.rows().get(1)).containsEntry("Type", "Key Result")
          .containsEntry("Metric Type", "Increase to").containsEntry("Current Value", "38");
      assertThat(out.rows().get(3)).containsEntry("Metric Type", "Stay below")
          .containsEntry("Unit", "%");
      assertThat(out.problems()).extracting(RowProblem::toString).containsOnly(
          "export (102): not written: the current value's date",
          "export (104): not written: the current value's date");
      ImportResult back = TabularImport.of(viva).withOrganization(ORG)
          .withAsOf(LocalDate.of(2026, 8, 20)).read(out.rows());
      assertThat(back.okrSet()).isEqualTo(set);
    }

    @Test
    void aKeyResultCarriedOverAtItsTargetKeepsTheDirectionItsMetricTypeStates() {
      KeyResult carried = KeyResult.of("kr-carried", "Net promoter score",
          LinearMeasure.of(31, 45).restartingAt(45));
      OkrSet set = OkrSet.builder().organization(ORG).addCycles(org.okr4j.core.FiscalCalendar
              .calendarYear().quarter(2026, 3))
          .addObjectives(Objective.builder().id(ObjectiveId.of("101")).title("Delight customers")
              .level(LEVELS.top()).cycle(org.okr4j.core.CycleId.of("2026-Q3"))
              .addKeyResults(carried).build())
          .build();
      ExportResult out = TabularExport.of(viva).write(set);
      assertThat(out.rows().get(1)).containsEntry("Metric Type", "Increase to")
          .containsEntry("Start Value", "45").containsEntry("Target Value", "45");
      ImportResult back = TabularImport.of(viva).withOrganization(ORG).read(out.rows());
      assertThat(back.problems()).isEmpty();
      assertThat(back.okrSet().keyResult(KeyResultId.of("kr-carried")).orElseThrow().measure())
          .isEqualTo(carried.measure());
      List<Map<String, String>> unstated = new ArrayList<>(out.rows());
      Map<String, String> row = new LinkedHashMap<>(unstated.get(1));
      row.put("Metric Type", "");
      unstated.set(1, row);
      assertThat(TabularImport.of(viva).withOrganization(ORG).read(unstated).problems())
          .extracting(RowProblem::reason).containsExactly("linear measure target must differ"
              + " from its start 45.0 (or declare a direction), but was 45.0");
    }

    @Test
    void aRenamedColumnIsReadUnderItsNewHeader() {
      TabularFormat renamed = viva.withHeader(Field.TITLE, "Name");
      List<Map<String, String>> rows = new ArrayList<>();
      for (Map<String, String> row : export()) {
        Map<String, String> copy = new LinkedHashMap<>(row);
        copy.put("Name", copy.remove("TITLE"));
        rows.add(copy);
      }
      ImportResult result = TabularImport.of(renamed).withOrganization(ORG)
          .withAsOf(LocalDate.of(2026, 8, 20)).read(rows);
      assertThat(result.problems()).isEmpty();
      assertThat(renamed.header(Field.TITLE)).contains("Name");
      assertThat(viva.header(Field.TITLE)).contains("Title");
    }
  }

  @Test
  void neverThrowsOnArbitraryCells() {
    Gen<String> cell = strings().basicLatinAlphabet().ofLengthBetween(0, 6)
        .mix(integers().between(-3, 60).map(i -> Integer.toString(i)))
        .mix(strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 2)
            .map((String s) -> "kr-" + s));
    Gen<String> measure = Generate.pick(List.of("linear", "at-least", "above", "range",
        "milestone", "stages", "checkpoints", "zones", "ordinal", "baseline-increase", "",
        "linear 1 -> 2", "linear 5 -> 5 (INCREASE)", "range [5, 4]", "threshold > 1", "ordinal [a]",
        "stages [a=1]", "zones 0 | commit 1 | target 2 | stretch 3", "linear 1 -> "));
    Gen<Map<String, String>> row = lists().of(cell).ofSize(OLDER_OKR4J.size())
        .zip(integers().between(0, 1), measure, (cells, older, kind) -> {
          List<String> headers = older == 1 ? OLDER_OKR4J : OKR4J;
          Map<String, String> r = new LinkedHashMap<>();
          for (int i = 0; i < headers.size(); i++) {
            r.put(headers.get(i), cells.get(i));
          }
          r.put("measure", kind);
          return r;
        });
    Gen<Map<String, String>> typed = row.zip(integers().between(0, 4), (r, t) -> {
      r.put("type", List.of("objective", "key-result", "check-in", "cycle", "x").get(t));
      r.put("cycle", "2026-Q3");
      r.put("date", "2026-08-0" + (1 + t));
      return r;
    });
    qt(200).forAll(lists().of(typed).ofSizeBetween(0, 12)).checkAssert(rows -> {
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).read(rows);
      assertThat(result.rows()).isEqualTo(rows.size());
      int kept = result.okrSet().objectives().size() + result.okrSet().keyResultCount();
      assertThat(kept + result.rejectedRows()).isLessThanOrEqualTo(rows.size());
    });
  }
}
