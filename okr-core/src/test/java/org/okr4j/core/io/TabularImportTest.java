package org.okr4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.Cadence;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Commitment;
import org.okr4j.core.Confidence;
import org.okr4j.core.Direction;
import org.okr4j.core.FinalScore;
import org.okr4j.core.Judgement;
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
import org.okr4j.core.ReportedStatus;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.Unit;
import org.okr4j.core.Waypoint;
import org.assertj.core.groups.Tuple;
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
    headers.removeAll(List.of("parent-kind", "parent-weight", "parent-pinned-shares"));
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

  /**
   * Rows of one table share their headers, and a row whose headers differ from the row before
   * (another order, or a map without one) is read by its own: each row as its map says.
   */
  @Test
  void eachRowIsReadByItsOwnHeadersInWhateverOrderItsMapHasThem() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < company().size(); i++) {
      Map<String, String> row = company().get(i);
      List<String> headers = new ArrayList<>(row.keySet());
      if (i % 3 == 1) {
        Collections.reverse(headers);
      }
      Map<String, String> reordered = i % 3 == 2 ? new HashMap<>() : new LinkedHashMap<>();
      headers.forEach(header -> reordered.put(header, row.get(header)));
      rows.add(reordered);
    }
    ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG).read(rows);
    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).isEqualTo(7);
    assertThat(result.okrSet()).isEqualTo(TabularImport.of(TabularFormat.okr4j())
        .withOrganization(ORG).read(company()).okrSet());
  }

  /**
   * A row whose every header sits at another place than in the row before is read by its own
   * headers too, not by the row before's.
   */
  @Test
  void aRowWhoseHeadersAllMovedIsReadByItsOwnHeaders() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < company().size(); i++) {
      Map<String, String> row = company().get(i);
      List<String> headers = new ArrayList<>(row.keySet());
      Collections.rotate(headers, i);
      Map<String, String> rotated = new LinkedHashMap<>();
      headers.forEach(header -> rotated.put(header, row.get(header)));
      rows.add(rotated);
    }
    ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG).read(rows);
    assertThat(result.problems()).isEmpty();
    assertThat(result.okrSet()).isEqualTo(TabularImport.of(TabularFormat.okr4j())
        .withOrganization(ORG).read(company()).okrSet());
  }

  @Test
  void readsAStandaloneReasonAndAKeyResultOwnedByAUnit() {
    List<Map<String, String>> rows = company();
    rows.get(3).put("standalone-reason", "Checkout is the team's own bet");
    rows.get(4).put("owner-unit", "web");
    ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
        .read(rows);
    assertThat(result.problems()).isEmpty();
    assertThat(result.okrSet().objective(ObjectiveId.of("o-web")).orElseThrow()
        .standaloneReason()).contains("Checkout is the team's own bet");
    assertThat(result.okrSet().keyResult(KeyResultId.of("kr-errors")).orElseThrow().owner())
        .contains(OrgUnitId.of("web"));
  }

  /**
   * A row whose cells all read but whose value breaks its own rules when built (no cell of its
   * own to blame) is still rejected by a problem naming its row and the rule.
   */
  @Test
  void aRowWhoseValueBreaksItsOwnRulesIsRejectedByAProblemNamingIt() {
    List<Map<String, String>> rows = company();
    rows.add(row("type=objective", "id=o-extra", "title=Speed up search", "owner-unit=web",
        "level=team", "cycle=2026-Q3", "themes=search;search"));
    ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
        .read(rows);
    assertThat(result.problems()).extracting(RowProblem::toString).containsExactly(
        "row 9 (o-extra): objective themes must not contain duplicates, but was 'search';"
            + " row rejected");
    assertThat(result.problems().get(0).rejected()).isTrue();
    assertThat(result.okrSet().objective(ObjectiveId.of("o-extra"))).isEmpty();
    assertThat(result.rows()).isEqualTo(8);
  }

  @Test
  void aCheckInWithoutAValueKeepsItsDateConfidenceAndNote() {
    List<Map<String, String>> rows = company();
    rows.add(row("type=check-in", "id=kr-nps", "date=2026-08-17", "confidence=0.4",
        "note=Survey delayed"));
    ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
        .read(rows);
    assertThat(result.problems()).isEmpty();
    assertThat(result.okrSet().keyResult(KeyResultId.of("kr-nps")).orElseThrow().checkIns())
        .contains(CheckIn.builder().date(LocalDate.of(2026, 8, 17))
            .confidence(Confidence.of(0.4)).note("Survey delayed").build());
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

  @Test
  void readsAndWritesAKeyResultsCadenceAndWaypoints() {
    List<Map<String, String>> rows = company();
    rows.get(1).put("cadence", "biweekly");
    rows.get(1).put("waypoints", "2026-08-31=36; 2026-09-15=40.5");
    ImportResult read = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG).read(rows);
    assertThat(read.problems()).isEmpty();
    KeyResult nps = read.okrSet().keyResult(KeyResultId.of("kr-nps")).orElseThrow();
    assertThat(nps.cadence()).contains(Cadence.BIWEEKLY);
    assertThat(nps.waypoints()).containsExactly(Waypoint.of(LocalDate.of(2026, 8, 31), 36),
        Waypoint.of(LocalDate.of(2026, 9, 15), 40.5));
    ExportResult written = TabularExport.of(TabularFormat.okr4j().withDecimalSeparator(','))
        .write(read.okrSet());
    assertThat(written.rows().get(2)).containsEntry("cadence", "BIWEEKLY")
        .containsEntry("waypoints", "2026-08-31=36;2026-09-15=40,5");
    assertThat(TabularImport.of(TabularFormat.okr4j().withDecimalSeparator(','))
        .withOrganization(ORG).read(written.rows()).okrSet()).isEqualTo(read.okrSet());
    assertThat(TabularExport.of(TabularFormat.vivaGoals()).write(read.okrSet()).problems())
        .extracting(RowProblem::toString)
        .contains("export (kr-nps): not written: its cadence",
            "export (kr-nps): not written: its waypoints");
  }

  @Nested
  class StoredJudgements {
    @Test
    void readsAndWritesOverridesAndFinalScores() {
      List<Map<String, String>> rows = company();
      rows.get(0).putAll(Map.of("override-status", "at-risk", "override-by", "p1",
          "override-on", "2026-08-18", "override-reason", " =steering; review ",
          "final-score", "0.65", "final-score-by", "p1", "final-score-on", "2026-10-02",
          "final-score-reason", "launch slipped"));
      rows.get(1).putAll(Map.of("override-progress", "0.6", "override-by", "p7",
          "override-on", "2026-08-20", "override-reason", "vendor data late"));
      ImportResult read = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG).read(rows);
      assertThat(read.problems()).isEmpty();
      Objective co = read.okrSet().objective(ObjectiveId.of("o-co")).orElseThrow();
      assertThat(co.judgement()).contains(Judgement.ofStatus(ReportedStatus.AT_RISK,
          PersonId.of("p1"), LocalDate.of(2026, 8, 18), " =steering; review "));
      assertThat(co.finalScore()).contains(FinalScore.of(0.65, PersonId.of("p1"),
          LocalDate.of(2026, 10, 2), "launch slipped"));
      KeyResult nps = read.okrSet().keyResult(KeyResultId.of("kr-nps")).orElseThrow();
      assertThat(nps.judgement()).contains(Judgement.ofProgress(0.6, PersonId.of("p7"),
          LocalDate.of(2026, 8, 20), "vendor data late"));
      assertThat(nps.finalScore()).isEmpty();
      TabularFormat commas = TabularFormat.okr4j().withDecimalSeparator(',');
      ExportResult written = TabularExport.of(commas).write(read.okrSet());
      assertThat(written.problems()).isEmpty();
      assertThat(written.rows().get(1)).containsEntry("override-status", "at-risk")
          .containsEntry("override-progress", "").containsEntry("final-score", "0,65");
      assertThat(written.rows().get(2)).containsEntry("override-progress", "0,6")
          .containsEntry("override-by", "p7").containsEntry("override-on", "2026-08-20")
          .containsEntry("override-reason", "vendor data late").containsEntry("final-score", "");
      assertThat(TabularImport.of(commas).withOrganization(ORG).read(written.rows()).okrSet())
          .isEqualTo(read.okrSet());
      assertThat(TabularExport.of(TabularFormat.vivaGoals()).write(read.okrSet()).problems())
          .extracting(RowProblem::toString)
          .contains("export (o-co): not written: its override",
              "export (o-co): not written: its final score",
              "export (kr-nps): not written: its override");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "override-progress=1.5 | override-progress | override progress must lie within [0.0, 1.0],"
            + " but was 1.5",
        "override-progress=much | override-progress | 'much' is not a number",
        "override-progress=;override-status=amber | override-status | 'amber' is not a status;"
            + " use one of [on-track, at-risk, off-track]",
        "override-by= | override-by | is empty, but an override needs it",
        "override-on=20.8.2026 | override-on | '20.8.2026' is not a date (use 2026-08-17)",
        "override-on= | override-on | is empty, but an override needs it",
        "override-reason= | override-reason | is empty, but an override needs it",
        "override-progress= | override-progress | is empty, but an override needs a progress or"
            + " a status",
        "final-score=2 | final-score | final score must lie within [0.0, 1.0], but was 2.0",
        "final-score= | final-score | is empty, but who, when or why is given for a final score",
        "final-score-by= | final-score-by | is empty, but a final score needs it",
        "final-score-on=tomorrow | final-score-on | 'tomorrow' is not a date (use 2026-08-17)",
        "final-score-reason= | final-score-reason | is empty, but a final score needs it",
    })
    void aBadCellRejectsTheRowWithItsLineAndColumn(String change, String column, String reason) {
      // On the objective's row (line 2) and on the key result's (line 3), every other cell good.
      for (int r : new int[] {0, 1}) {
        List<Map<String, String>> rows = company();
        rows.get(r).putAll(Map.of("override-progress", "0.5", "override-by", "p7",
            "override-on", "2026-08-20", "override-reason", "why", "final-score", "0.7",
            "final-score-by", "p1", "final-score-on", "2026-10-02", "final-score-reason", "why"));
        for (String cell : change.split(";")) {
          int at = cell.indexOf('=');
          rows.get(r).put(cell.substring(0, at), cell.substring(at + 1));
        }
        ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
            .read(rows);
        RowProblem problem = result.problems().get(0);
        assertThat(problem.row()).isEqualTo(r + 2);
        assertThat(problem.rejected()).isTrue();
        assertThat(problem.column()).isEqualTo(column);
        assertThat(problem.reason()).startsWith(reason);
      }
    }
  }

  @Nested
  class JudgementReasons {
    @ParameterizedTest
    @ValueSource(strings = {"override-reason", "final-score-reason"})
    void aReasonTooLongIsTheReasonCellsProblem(String column) {
      List<Map<String, String>> rows = company();
      rows.get(1).putAll(Map.of("override-progress", "0.5", "override-by", "p7",
          "override-on", "2026-08-20", "override-reason", "why", "final-score", "0.7",
          "final-score-by", "p1", "final-score-on", "2026-10-02", "final-score-reason", "why"));
      rows.get(1).put(column, "x".repeat(501));
      RowProblem problem = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(rows).problems().get(0);
      assertThat(problem.row()).isEqualTo(3);
      assertThat(problem.rejected()).isTrue();
      assertThat(problem.column()).isEqualTo(column);
      assertThat(problem.reason()).contains("reason must be at most 500 characters long");
    }
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
        "cadence | fortnightly | cadence | cadence must be NONE, DAILY, WEEKLY, BIWEEKLY,",
        "cadence | P0D | cadence | cadence days must lie within [1, 3660], but was 0",
        "waypoints | 2026-08-31 | waypoints | '2026-08-31' is not a waypoint (use 2026-08-31=36)",
        "waypoints | 31.8.2026=40 | waypoints | '31.8.2026' is not a date (use 2026-08-17)",
        "waypoints | 2026-08-31=forty | waypoints | 'forty' is not a number",
        "waypoints | 2026-09-30=40;2026-08-31=36 | waypoints | key result waypoints must be"
            + " strictly increasing by date (2026-08-31=36 follows 2026-09-30=40)",
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
          .isEqualTo("'task' is not a row type; use one of [cycle, objective, key-result, check-in,"
              + " kpi]");
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
          "row 5 (o-web), column parent: the parent o-gone is not in the file; kept as a dangling"
              + " link");
      assertThat(result.rejectedRows()).isZero();
      // a row kept with a problem is still a problem
      assertThat(result.isClean()).isFalse();
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
        "above § § § 1000 § currency:EUR § threshold > 1000 currency:EUR",
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
        "target | 1e999 | target | '1e999' is not a number: use digits, an optional sign",
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
    void aUnitThatIsNoSymbolIsALabel() {
      List<Map<String, String>> rows = new ArrayList<>(export());
      rows.add(vivaRow("Type=Key Result", "ID=107", "Title=Distance run", "Parent ID=103",
          "Metric Type=Increase to", "Start Value=10", "Target Value=20", "Unit=km"));
      ImportResult result = TabularImport.of(viva).withOrganization(ORG)
          .withAsOf(LocalDate.of(2026, 8, 20)).read(rows);
      assertThat(result.problems()).isEmpty();
      assertThat(result.okrSet().keyResult(KeyResultId.of("107")).orElseThrow().measure())
          .isEqualTo(LinearMeasure.of(10, 20).withUnit(Unit.custom("km")));
    }

    @ParameterizedTest(name = "Unit={0}")
    @CsvSource({"NPS, custom:NPS", "KPI, custom:KPI", "FTE, custom:FTE", "USD, currency:USD",
        "JPY, currency:JPY", "XAU, currency:XAU", "CHE, currency:CHE", "XXX, currency:XXX"})
    void threeCapitalsAreACurrencyOnlyIfIso4217HasThem(String cell, String unit) {
      // "%, $, €, £, #, or any other label": a label of three capitals is still a label.
      List<Map<String, String>> rows = new ArrayList<>(export());
      rows.add(vivaRow("Type=Key Result", "ID=107", "Title=Promoters", "Parent ID=103",
          "Metric Type=Increase to", "Start Value=10", "Target Value=20", "Unit=" + cell));
      ImportResult result = TabularImport.of(viva).withOrganization(ORG)
          .withAsOf(LocalDate.of(2026, 8, 20)).read(rows);
      assertThat(result.problems()).isEmpty();
      assertThat(result.okrSet().keyResult(KeyResultId.of("107")).orElseThrow().measure())
          .isEqualTo(LinearMeasure.of(10, 20).withUnit(Unit.parse(unit)));
    }

    @Test
    void aLayoutWithoutLinkKindsReadsTheOneLinksWeightAndPinWhereItHasTheirColumns() {
      TabularFormat pins = viva.withHeader(Field.PARENT_WEIGHT, "Parent Weight")
          .withHeader(Field.PARENT_PINNED_SHARES, "Pinned Share");
      List<Map<String, String>> rows = new java.util.ArrayList<>();
      for (Map<String, String> row : export()) {
        Map<String, String> copy = new LinkedHashMap<>(row);
        copy.put("PARENT WEIGHT", row.get("ID").equals("103") ? "2" : "");
        copy.put("PINNED SHARE", row.get("ID").equals("103") ? "0.4" : "");
        rows.add(copy);
      }
      ImportResult result = TabularImport.of(pins).withOrganization(ORG)
          .withAsOf(LocalDate.of(2026, 8, 20)).read(rows);
      assertThat(result.problems()).isEmpty();
      assertThat(result.okrSet().objective(ObjectiveId.of("103")).orElseThrow().alignments())
          .containsExactly(Alignment.of(ObjectiveId.of("101"), AlignmentKind.CONTRIBUTES, 2)
              .withPinnedShare(0.4));

      rows.get(2).put("PINNED SHARE", "1.5");
      rows.get(5).put("PINNED SHARE", "0.5");
      ImportResult bad = TabularImport.of(pins).withOrganization(ORG)
          .withAsOf(LocalDate.of(2026, 8, 20)).read(rows);
      // Rows count from the header's 1: 103 is row 4 (its key results, rows 5 and 6, go with
      // it), 106 row 7.
      List<RowProblem> pinProblems = bad.problems().stream()
          .filter(problem -> problem.column().equals("Pinned Share")).toList();
      assertThat(pinProblems).extracting(RowProblem::row).containsExactly(4, 7);
      assertThat(pinProblems).allMatch(RowProblem::rejected);
      assertThat(pinProblems.get(0).reason()).contains("1.5");
      assertThat(pinProblems.get(1).reason()).contains("no parent");
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
    void aMetricTypeTheNumbersContradictIsTheRowsProblemNeverTheOtherDirection() {
      List<Map<String, String>> rows = List.of(
          vivaRow("Type=Objective", "ID=101", "Title=Delight our customers",
              "Time Period=2026-Q3"),
          vivaRow("Type=Key Result", "ID=102", "Title=Support tickets", "Parent ID=101",
              "Metric Type=Decrease to", "Start Value=10", "Target Value=20"),
          vivaRow("Type=Key Result", "ID=103", "Title=Net promoter score", "Parent ID=101",
              "Metric Type=Increase to", "Start Value=45", "Target Value=31"),
          vivaRow("Type=Key Result", "ID=104", "Title=Churn", "Parent ID=101",
              "Metric Type=Decrease to", "Start Value=4", "Target Value=2.5"));
      ImportResult result = TabularImport.of(viva).withOrganization(ORG).read(rows);
      assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column,
          RowProblem::reason).containsExactly(
          org.assertj.core.groups.Tuple.tuple(3, "Metric Type", "'Decrease to', but the target"
              + " 20.0 is above the start 10.0; swap them or change the metric type"),
          org.assertj.core.groups.Tuple.tuple(4, "Metric Type", "'Increase to', but the target"
              + " 31.0 is below the start 45.0; swap them or change the metric type"));
      assertThat(((LinearMeasure) result.okrSet().keyResult(KeyResultId.of("104")).orElseThrow()
          .measure()).direction()).isEqualTo(org.okr4j.core.Direction.DECREASE);
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

  private static ImportResult read(List<Map<String, String>> rows) {
    return TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG).read(rows);
  }

  private static Tuple problem(int row, String column, String reason) {
    return org.assertj.core.groups.Tuple.tuple(row, column, reason);
  }

  private static List<Tuple> problems(ImportResult result) {
    return result.problems().stream()
        .map(p -> org.assertj.core.groups.Tuple.tuple(p.row(), p.column(), p.reason())).toList();
  }

  static List<String> parentsThatUsedToThrow() {
    return List.of("o-co@-1", "supports:", "relates-to:", "x".repeat(300), "o-co;a\u0001b",
        "kr-nps@1e999");
  }

  /** Rows that carry the lines of their file. */
  @Nested
  class Lines {
    private List<Row> rows(int firstLine, int step) {
      List<Row> rows = new ArrayList<>();
      int line = firstLine;
      for (Map<String, String> row : company()) {
        rows.add(Row.of(line, row));
        line += step;
      }
      return rows;
    }

    @Test
    void rowsReadAsTheirMapsDo() {
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .readRows(rows(2, 1));
      assertThat(result.problems()).isEmpty();
      assertThat(result.rows()).isEqualTo(7);
      assertThat(result.okrSet()).isEqualTo(read(company()).okrSet());
    }

    @Test
    void problemsNameTheLinesTheCallerGives() {
      // Records over three lines each, as a CSV file with line breaks in quoted cells has them.
      List<Row> rows = rows(2, 3);
      Map<String, String> bad = new LinkedHashMap<>(company().get(1));
      bad.put("measure", "linear 31 => 45");
      rows.set(1, Row.of(5, bad));
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .readRows(rows);
      // The key result's row, its check-in's, and the objective that links to it.
      assertThat(result.problems()).extracting(RowProblem::row, RowProblem::id)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "kr-nps"),
              org.assertj.core.groups.Tuple.tuple(8, "kr-nps"),
              org.assertj.core.groups.Tuple.tuple(11, "o-web"));
    }

    @Test
    void tableProblemsNameTheLineBeforeTheFirstRow() {
      List<Row> rows = new ArrayList<>();
      for (Row row : rows(10, 1)) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < row.headers().size(); i++) {
          cells.put(row.headers().get(i), row.cells().get(i));
        }
        cells.put("Jira", "OKR-1");
        rows.add(Row.of(row.line(), cells));
      }
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .readRows(rows);
      assertThat(result.problems()).extracting(RowProblem::toString).containsExactly(
          "row 9, column Jira: not a column of the okr4j layout; ignored");
    }

    @Test
    void aRowWithMoreCellsThanHeadersIsRejectedUnlessTheExtraCellsAreEmpty() {
      List<String> header = List.of("type", "id", "title", "cycle");
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).readRows(List.of(
          Row.of(2, header, List.of("objective", "o-1", "Delight", "2026-Q3", "", " ")),
          Row.of(3, header, List.of("objective", "o-2", "Grow", "2026-Q3", "", "oops")),
          Row.of(4, header, List.of("objective", "o-3", "Shrink"))));
      assertThat(result.problems()).extracting(RowProblem::toString).containsExactly(
          "row 3 (o-2): has 6 cells, but the header has 4; cell 6 is 'oops'; row rejected",
          "row 4 (o-3), column cycle: is empty, but the row needs it; row rejected");
      assertThat(result.okrSet().objectives()).extracting(o -> o.id().value())
          .containsExactly("o-1");
    }

    @Test
    void aRowKnowsItsLineAndCells() {
      Row row = Row.of(3, List.of("id", "title", "id"), List.of("o-1", "Delight", "o-2"));
      assertThat(row.cell("id")).isEqualTo("o-1");
      assertThat(row.cell("note")).isEmpty();
      assertThat(Row.of(3, List.of("id", "title"), List.of("o-1")).cell("title")).isEmpty();
      assertThat(row).hasToString("Row[line 3, 3 cells]");
      assertThat(Row.of(4, Map.of("id", "o-1")).headers()).containsExactly("id");
      assertThatThrownBy(() -> Row.of(0, List.of(), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("row line must be 1 or more, but was 0");
      new com.google.common.testing.EqualsTester()
          .addEqualityGroup(row, Row.of(3, List.of("id", "title", "id"), List.of("o-1",
              "Delight", "o-2")))
          .addEqualityGroup(Row.of(4, List.of("id"), List.of("o-1")))
          .testEquals();
    }
  }

  /** Problems with the table as a whole: reported once, on the header's line. */
  @Nested
  class TableProblems {
    @Test
    void aColumnThatAppearsTwiceIsReadFromItsFirstPlace() {
      List<String> header = new ArrayList<>(OKR4J);
      header.add("Title ");
      List<Row> rows = new ArrayList<>();
      int line = 2;
      for (Map<String, String> row : company()) {
        List<String> cells = new ArrayList<>(row.values());
        cells.add("ignored");
        rows.add(Row.of(line++, header, cells));
      }
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .readRows(rows);
      assertThat(result.problems()).extracting(RowProblem::toString).containsExactly(
          "row 1, column Title : the column title appears again as column " + (OKR4J.size() + 1)
              + "; only the first is read");
      assertThat(result.okrSet()).isEqualTo(read(company()).okrSet());
    }

    @Test
    void aMissingColumnIsReportedOnceAndEachRowThatNeedsItIsRejected() {
      List<Map<String, String>> rows = company();
      rows.forEach(row -> row.remove("type"));
      ImportResult result = read(rows);
      assertThat(result.problems()).hasSize(8);
      assertThat(result.problems().get(0)).hasToString(
          "row 1, column type: the table has no column type, which rows need");
      assertThat(result.problems().get(1)).hasToString("row 2 (o-co), column type: the table has"
          + " no such column, but the row needs it; row rejected");
      assertThat(result.rejectedRows()).isEqualTo(7);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {";", "tab"})
    void aHeaderHoldingASeparatorSaysTheFileIsProbablySeparatedSo(String kind) {
      String separator = kind.equals("tab") ? "\t" : ";";
      String holds = kind.equals("tab") ? "a tab" : "';'";
      String header = String.join(separator, OKR4J);
      List<Map<String, String>> rows = new ArrayList<>();
      for (Map<String, String> row : company()) {
        rows.add(Map.of(header, String.join(separator, row.values())));
      }
      ImportResult result = read(rows);
      assertThat(result.problems().get(0).reason()).isEqualTo("the header holds " + holds
          + ": the table is probably " + kind + "-separated; read the file with that separator");
      // The column is quoted as a message quotes a cell: shortened, a tab shown escaped.
      assertThat(result.problems().get(0).column()).startsWith("type"
          + (kind.equals("tab") ? "\\u0009" : ";") + "id");
      assertThat(result.problems().get(1)).hasToString(
          "row 1, column type: the table has no column type, which rows need");
      assertThat(result.rejectedRows()).isEqualTo(7);
    }

    @Test
    void aHeaderOpeningWithASeparatorSaysTheFileIsProbablySeparatedSoToo() {
      // The file's first column has no header: the one header read starts with the separator.
      String header = ";" + String.join(";", OKR4J);
      List<Map<String, String>> rows = new ArrayList<>();
      for (Map<String, String> row : company()) {
        rows.add(Map.of(header, ";" + String.join(";", row.values())));
      }
      ImportResult result = read(rows);
      assertThat(result.problems().get(0).reason()).isEqualTo("the header holds ';': the table"
          + " is probably ;-separated; read the file with that separator");
      assertThat(result.rejectedRows()).isEqualTo(7);
    }

    @Test
    void aColumnWithoutAHeaderIsReportedIfItHoldsAnything() {
      List<Map<String, String>> rows = company();
      rows.forEach(row -> row.put("", ""));
      assertThat(read(rows).problems()).extracting(RowProblem::toString).containsExactly(
          "row 1: column " + (OKR4J.size() + 1) + " has no header; its cells are ignored");
    }
  }

  /** Numbers are plain decimals, or what the layout's separators say. */
  @Nested
  class Numbers {
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1,5", "1.000,50", "0x10p0", "10d", "1e5", "-1e5", "1_000"})
    void anythingButAPlainDecimalIsARowProblem(String number) {
      for (String column : List.of("weight", "value", "confidence")) {
        List<Map<String, String>> rows = company();
        rows.get(column.equals("weight") ? 1 : 2).put(column, number);
        RowProblem problem = read(rows).problems().get(0);
        assertThat(problem.column()).isEqualTo(column);
        assertThat(problem.reason()).isEqualTo("'" + number + "' is not a number: use digits, an"
            + " optional sign and '.' for decimals (-1234.5), or set the layout's separators");
        assertThat(problem.rejected()).isTrue();
      }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "١", "½", "forty-five"})
    void whatIsNoNumberAtAllIsSaidSoShortly(String number) {
      List<Map<String, String>> rows = company();
      rows.get(1).put("weight", number);
      assertThat(read(rows).problems().get(0)).hasToString("row 3 (kr-nps), column weight: '"
          + number + "' is not a number; row rejected");
    }

    @Test
    void aLayoutWithDecimalCommasReadsThem() {
      List<Map<String, String>> rows = company();
      rows.get(1).put("weight", "1.000,50");
      rows.get(2).putAll(Map.of("value", "35,5", "confidence", "0,6"));
      ImportResult result = TabularImport.of(TabularFormat.okr4j().withDecimalSeparator(',')
          .withGrouping('.')).withOrganization(ORG).read(rows);
      assertThat(result.problems()).isEmpty();
      KeyResult nps = result.okrSet().keyResult(KeyResultId.of("kr-nps")).orElseThrow();
      assertThat(nps.weight()).isEqualTo(1000.5);
      assertThat(nps.checkIns().get(0).value()).hasValue(35.5);
      assertThat(nps.checkIns().get(0).confidence()).contains(Confidence.of(0.6));
      // A measure's text keeps its own grammar.
      assertThat(nps.measure()).isEqualTo(LinearMeasure.of(31, 45));
    }

    @Test
    void vivaGoalsGroupsThousandsWithCommasButNothingElse() {
      TabularFormat viva = TabularFormat.vivaGoals();
      Map<String, String> objective = new LinkedHashMap<>();
      viva.headers().forEach(h -> objective.put(h, ""));
      Map<String, String> keyResult = new LinkedHashMap<>(objective);
      objective.putAll(Map.of("Type", "Objective", "ID", "1", "Title", "Grow",
          "Time Period", "2026-Q3"));
      keyResult.putAll(Map.of("Type", "Key Result", "ID", "2", "Title", "Revenue", "Parent ID",
          "1", "Metric Type", "Increase to", "Start Value", "1,000,000", "Target Value", "1,5"));
      ImportResult result = TabularImport.of(viva).read(List.of(objective, keyResult));
      assertThat(result.problems()).extracting(RowProblem::column, RowProblem::reason)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("Target Value", "'1,5' is not a"
              + " number: use digits, an optional sign, ',' between thousands and '.' for"
              + " decimals (-1,234.5), or set the layout's separators"));
      keyResult.put("Target Value", "2,000,000.5");
      assertThat(TabularImport.of(viva).read(List.of(objective, keyResult)).okrSet()
          .keyResult(KeyResultId.of("2")).orElseThrow().measure())
          .isEqualTo(LinearMeasure.of(1_000_000, 2_000_000.5));
    }
  }

  /** Links: ids of any characters, kinds and weights in their own columns. */
  @Nested
  class Links {
    private List<Map<String, String>> withParents(String parent, String kind, String weight) {
      List<Map<String, String>> rows = company();
      rows.get(3).putAll(Map.of("parent", parent, "parent-kind", kind, "parent-weight", weight));
      return rows;
    }

    private List<Alignment> links(ImportResult result) {
      return result.okrSet().objective(ObjectiveId.of("o-web")).orElseThrow().alignments();
    }

    @Test
    void kindsAndWeightsStandBesideTheIdsInOrder() {
      ImportResult result = read(withParents("kr-nps;o-co", ";supports", "0.5;"));
      assertThat(result.problems()).isEmpty();
      assertThat(links(result)).containsExactly(
          Alignment.of(KeyResultId.of("kr-nps"), AlignmentKind.CONTRIBUTES, 0.5),
          Alignment.of(ObjectiveId.of("o-co"), AlignmentKind.SUPPORTS, 1));
    }

    @Test
    void anIdIsAnIdWhateverItsCharacters() {
      List<Map<String, String>> rows = withParents(
          "o@2027;supports:1;ana@example.com;x\\;y;relates-to:o-co@2", "", "");
      for (String id : List.of("o@2027", "supports:1", "ana@example.com", "x;y",
          "relates-to:o-co@2")) {
        rows.add(row("type=objective", "id=" + id.replace(";", "\\;"), "title=" + id,
            "cycle=2026-Q3"));
      }
      // The id cell holds one id, not a list: only a parent list escapes its ';'.
      rows.get(rows.size() - 2).put("id", "x;y");
      ImportResult result = read(rows);
      assertThat(result.problems()).isEmpty();
      assertThat(links(result)).extracting(link -> link.target().value(), Alignment::kind,
          Alignment::weight).containsOnly(
          org.assertj.core.groups.Tuple.tuple("o@2027", AlignmentKind.CONTRIBUTES, 1.0),
          org.assertj.core.groups.Tuple.tuple("supports:1", AlignmentKind.CONTRIBUTES, 1.0),
          org.assertj.core.groups.Tuple.tuple("ana@example.com", AlignmentKind.CONTRIBUTES, 1.0),
          org.assertj.core.groups.Tuple.tuple("x;y", AlignmentKind.CONTRIBUTES, 1.0),
          org.assertj.core.groups.Tuple.tuple("relates-to:o-co@2", AlignmentKind.CONTRIBUTES,
              1.0));
    }

    @ParameterizedTest(name = "{0} | {1} | {2}")
    @CsvSource(delimiter = '|', value = {
        "kr-nps;o-co | supports | | parent-kind | has 1 kinds for 2 parents; give one per"
            + " parent, in order (empty for the default)",
        "kr-nps;o-co | | 1;2;3 | parent-weight | has 3 weights for 2 parents; give one per"
            + " parent, in order (empty for the default)",
        "kr-nps | sideways | | parent-kind | 'sideways' is not a link kind; use one of"
            + " [contributes, supports, relates-to, depends-on]",
        "kr-nps | | -1 | parent-weight | alignment weight must be zero or more, but was -1.0",
        "kr-nps | | 1,5 | parent-weight | '1,5' is not a number: use digits",
        "kr-nps; | ;supports | | parent | parent 2 is empty, but has a kind or weight",
        "kr\u0000nps | | | parent | objective id must not contain control characters"})
    void aBadLinkRejectsItsObjective(String parent, String kind, String weight, String column,
        String reason) {
      ImportResult result = read(withParents(parent, blank(kind), blank(weight)));
      RowProblem problem = result.problems().get(0);
      assertThat(problem.row()).isEqualTo(5);
      assertThat(problem.column()).isEqualTo(column);
      assertThat(problem.reason()).startsWith(reason);
      assertThat(result.okrSet().objective(ObjectiveId.of("o-web"))).isEmpty();
    }

    private static String blank(String cell) {
      return cell == null ? "" : cell;
    }

    /** okr4j's files before links had columns of their own: {@code [kind:]id[@weight]}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "supports:kr-nps;o-co@0.5 | SUPPORTS kr-nps 1.0, CONTRIBUTES o-co 0.5 | ",
        "depends-on: o-co @ 2 | DEPENDS_ON o-co 2.0 | ",
        "o-co@0 | CONTRIBUTES o-co 0.0 | ",
        "o-co@2027 | CONTRIBUTES o-co 2027.0 | ",
        "ana@example.com | CONTRIBUTES ana@example.com 1.0 | the parent ana@example.com",
        "sideways:o-co | CONTRIBUTES sideways:o-co 1.0 | the parent sideways:o-co",
        "o-co@-1 | CONTRIBUTES o-co@-1 1.0 | the parent o-co@-1",
        "supports: | CONTRIBUTES supports: 1.0 | the parent supports:",
        "o-co@ | CONTRIBUTES o-co@ 1.0 | the parent o-co@"})
    void olderFilesSpellLinksInTheParentCell(String parent, String links, String dangling) {
      List<Map<String, String>> rows = olderCompany();
      rows.get(3).put("parent", parent);
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(rows);
      assertThat(result.okrSet().objective(ObjectiveId.of("o-web")).orElseThrow().alignments())
          .extracting(link -> link.kind() + " " + link.target().value() + " " + link.weight())
          .containsExactly(links.split(", "));
      if (dangling == null) {
        assertThat(result.problems()).isEmpty();
      } else {
        assertThat(result.problems()).extracting(RowProblem::reason).containsExactly(dangling
            + " is not in the file; kept as a dangling link");
      }
    }

    /**
     * Parent cells that made read throw before links had columns of their own: a negative weight
     * and an empty target failed building the set, an id too long or with a control character
     * failed resolving it.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("org.okr4j.core.io.TabularImportTest#parentsThatUsedToThrow")
    void parentsThatUsedToThrowAreProblemsOfTheirRow(String parent) {
      for (List<Map<String, String>> rows : List.of(olderCompany(), company())) {
        rows.get(3).put("parent", parent);
        ImportResult result = read(rows);
        assertThat(result.problems()).extracting(RowProblem::row).contains(5);
      }
    }

    @Test
    void inAnOlderFileAnItemThatIsAnIdOfTheFileIsThatId() {
      List<Map<String, String>> rows = olderCompany();
      rows.get(3).put("parent", "o-co@2027;supports:1");
      rows.add(olderRow("type=objective", "id=o-co@2027", "title=Carried over",
          "cycle=2026-Q3"));
      rows.add(olderRow("type=objective", "id=supports:1", "title=Colon", "cycle=2026-Q3"));
      ImportResult result = TabularImport.of(TabularFormat.okr4j()).withOrganization(ORG)
          .read(rows);
      assertThat(result.problems()).isEmpty();
      assertThat(result.okrSet().objective(ObjectiveId.of("o-web")).orElseThrow().alignments())
          .containsExactly(Alignment.contributesTo(ObjectiveId.of("o-co@2027")),
              Alignment.contributesTo(ObjectiveId.of("supports:1")));
    }

    @Test
    void vivaGoalsHasOneParentIdAsItIs() {
      TabularFormat viva = TabularFormat.vivaGoals();
      List<Map<String, String>> rows = new ArrayList<>();
      for (String[] cells : List.of(new String[] {"1", ""}, new String[] {"2", "1;3"},
          new String[] {"supports:1", "1"})) {
        Map<String, String> row = new LinkedHashMap<>();
        viva.headers().forEach(h -> row.put(h, ""));
        row.putAll(Map.of("Type", "Objective", "ID", cells[0], "Title", "T", "Time Period",
            "2026-Q3", "Parent ID", cells[1]));
        rows.add(row);
      }
      ImportResult result = TabularImport.of(viva).read(rows);
      assertThat(result.problems()).extracting(RowProblem::toString).containsExactly(
          "row 3 (2), column Parent ID: the parent 1;3 is not in the file; kept as a dangling"
              + " link");
      assertThat(result.okrSet().objective(ObjectiveId.of("supports:1")).orElseThrow()
          .alignments()).containsExactly(Alignment.contributesTo(ObjectiveId.of("1")));
    }
  }

  /** Cells that an export neutralised against spreadsheet formulas read back as they were. */
  @Nested
  class Formulas {
    @Test
    void aLeadingQuoteIsTakenOffOnlyWhereTheExportWouldHavePutIt() {
      List<Map<String, String>> rows = company();
      rows.get(0).put("title", "'=HYPERLINK(\"http://x\")");
      rows.get(1).put("title", "'tis the season");
      rows.get(2).put("note", "''-fine");
      rows.get(2).put("value", "-5");
      OkrSet set = read(rows).okrSet();
      assertThat(set.objective(ObjectiveId.of("o-co")).orElseThrow().title())
          .isEqualTo("=HYPERLINK(\"http://x\")");
      KeyResult nps = set.keyResult(KeyResultId.of("kr-nps")).orElseThrow();
      assertThat(nps.title()).isEqualTo("'tis the season");
      assertThat(nps.checkIns().get(0).note()).contains("'-fine");
      assertThat(nps.checkIns().get(0).value()).hasValue(-5);
      OkrSet raw = TabularImport.of(TabularFormat.okr4j().withFormulaEscaping(false))
          .withOrganization(ORG).read(rows).okrSet();
      assertThat(raw.objective(ObjectiveId.of("o-co")).orElseThrow().title())
          .isEqualTo("'=HYPERLINK(\"http://x\")");
    }
  }

  /** Whatever a value's construction rejects is a row problem, never an exception. */
  @Nested
  class Construction {
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "0 | themes | a;b;a | | objective themes must not contain duplicates, but was 'a'",
        "0 | id | o\u0007co | id | objective id must not contain control characters, but was",
        "0 | cycle | 2026-Q9 | cycle | cycle label must have the form yyyy, yyyy-H1, yyyy-Q1 or",
        "0 | state | dormant | state | 'dormant' is not an objective state; use one of [draft,"
            + " active, achieved, missed, abandoned, carried-over]",
        "0 | commitment | maybe | commitment | 'maybe' is not a commitment; use one of"
            + " [committed, aspirational]",
        "0 | perspective | spiritual | perspective | 'spiritual' is not a perspective",
        "0 | origin | nowhere | origin | 'nowhere' is not an origin",
        "0 | owner-unit | ' ' | | ",
        "1 | contributors | p1;p2;p1 | | key result contributors must not contain duplicates",
        "1 | contributors | p\u0000q | contributors | person id must not contain control",
        "1 | initiatives | ' ;\\ ' | | key result initiative must not be blank",
        "2 | confidence | 1.5 | confidence | confidence must lie within [0.0, 1.0], but was 1.5",
        "2 | date | 2026-02-30 | date | '2026-02-30' is not a date (use 2026-08-17)",
        "2 | author | '\u0085x' | author | person id must not contain control characters",
        "6 | value | 3 | value | a milestone's reading is 'done' or empty, but was '3'"})
    void everyRejectionIsARowProblem(int index, String column, String value, String reported,
        String reason) {
      List<Map<String, String>> rows = company();
      rows.get(index).put(column, value);
      ImportResult result = read(rows);
      if (reason == null) {
        assertThat(result.problems()).isEmpty();
        return;
      }
      int line = index + 2;
      RowProblem problem = result.problems().stream().filter(p -> p.row() == line).findFirst()
          .orElseThrow();
      assertThat(problem.column()).isEqualTo(reported == null ? "" : reported);
      assertThat(problem.reason()).startsWith(reason);
      assertThat(problem.rejected()).isTrue();
    }

    @Test
    void cyclesThatCannotBeAreRowProblems() {
      List<Map<String, String>> rows = company();
      rows.add(0, row("type=cycle", "id=2026-Q3", "start-date=2026-07-01",
          "end-date=2026-06-30"));
      rows.add(1, row("type=cycle", "id=2026", "start-date=2026-01-01",
          "end-date=2026-12-31", "parent=2026"));
      rows.add(2, row("type=cycle", "id=2027", "start-date=2027-01-01",
          "end-date=2027-12-31", "state=frozen", "cycle-kind=eon"));
      ImportResult result = read(rows);
      assertThat(problems(result).subList(0, 3)).containsExactly(
          problem(2, "", "cycle end must not lie before its start 2026-07-01, but was 2026-06-30"),
          problem(3, "", "cycle parent must differ from the cycle itself, but was 2026"),
          problem(4, "state", "'frozen' is not a cycle state; use one of [draft, active,"
              + " closed, archived]"));
      // The objectives in 2026-Q3 still read, into the calendar's quarter.
      assertThat(result.okrSet().objectives()).hasSize(2);
    }

    @Test
    void aDuplicateIdNamesTheRowThatHasItAndRejectsTheLaterRow() {
      List<Map<String, String>> rows = company();
      rows.add(0, row("type=cycle", "id=2026-Q3", "start-date=2026-07-01",
          "end-date=2026-09-30"));
      rows.add(row("type=cycle", "id=2026-Q3", "start-date=2026-07-01", "end-date=2026-09-30"));
      rows.add(row("type=objective", "id=o-web", "title=Again", "cycle=2026-Q3"));
      rows.add(row("type=key-result", "id=kr-launch", "title=Again", "parent=o-co",
          "measure=milestone"));
      ImportResult result = read(rows);
      assertThat(result.problems()).extracting(RowProblem::toString).containsExactly(
          "row 10 (2026-Q3), column id: the cycle id 2026-Q3 is used by row 2; row rejected",
          "row 11 (o-web), column id: the objective id o-web is used by row 6; row rejected",
          "row 12 (kr-launch), column id: the key result id kr-launch is used by row 8; row"
              + " rejected");
      assertThat(result.okrSet().objectives()).hasSize(2);
    }

    @Test
    void aHugeCellIsQuotedShortly() {
      List<Map<String, String>> rows = company();
      rows.get(0).put("title", "x".repeat(100_000));
      rows.get(1).put("weight", "9".repeat(100_000));
      rows.get(3).put("level", "\u0000".repeat(100_000));
      ImportResult result = read(rows);
      assertThat(result.problems()).extracting(RowProblem::reason).allMatch(r -> r.length() < 500)
          .contains("objective title must be at most 500 characters long, but was 100000",
              "'" + "9".repeat(60) + "... (100000 characters)' is not a number within the"
                  + " range of a double",
              "'" + "\\u0000".repeat(60) + "... (100000 characters)' is not a level; use one of"
                  + " [company, department, team, individual]");
      assertThat(result.problems().get(0).id()).isEqualTo("o-co");
    }

    @Test
    void textIsReadAsItIsAndWordsWithoutSurroundingSpace() {
      List<Map<String, String>> rows = company();
      rows.get(0).putAll(Map.of("id", " o-co ", "title", "  Delight  ", "description", "\tWhy ",
          "level", " company "));
      OkrSet set = read(rows).okrSet();
      Objective company = set.objective(ObjectiveId.of("o-co")).orElseThrow();
      assertThat(company.title()).isEqualTo("  Delight  ");
      assertThat(company.description()).contains("\tWhy ");
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
