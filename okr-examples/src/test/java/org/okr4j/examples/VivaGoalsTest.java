package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okr4j.core.Direction;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;
import org.okr4j.core.PersonId;
import org.okr4j.core.io.Field;
import org.okr4j.core.io.ImportResult;
import org.okr4j.core.io.Row;
import org.okr4j.core.io.RowProblem;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.scoring.Scores;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Status;

/** Viva Goals' workbook, as .xlsx and as CSV: read, checked against the organisation, scored. */
class VivaGoalsTest {

  static final Path SAMPLE = Path.of("samples", "viva-goals.xlsx");
  static final LocalDate AS_OF = LocalDate.of(2026, 8, 20);

  @TempDir
  Path directory;

  /** The sample's organisation, from its Teams and People sheets. */
  static Organization organization() throws Exception {
    List<Row> teams = new ArrayList<>();
    List<Row> people = new ArrayList<>();
    List<List<Object>> t = VivaWorkbooks.sampleTeams();
    for (int i = 1; i < t.size(); i++) {
      teams.add(Row.of(i + 1, t.get(0).stream().map(String::valueOf).toList(),
          t.get(i).stream().map(String::valueOf).toList()));
    }
    List<List<Object>> p = VivaWorkbooks.samplePeople();
    for (int i = 1; i < p.size(); i++) {
      people.add(Row.of(i + 1, p.get(0).stream().map(String::valueOf).toList(),
          p.get(i).stream().map(String::valueOf).toList()));
    }
    return WorkbookOrganization.of(teams, people, org.okr4j.core.LevelScheme.standard());
  }

  Path workbook(List<List<Object>> okrs) throws Exception {
    Path file = directory.resolve("okrs.xlsx");
    VivaWorkbooks.write(file, okrs, VivaWorkbooks.sampleTeams(), VivaWorkbooks.samplePeople());
    return file;
  }

  static List<List<Object>> sampleWith(int index, List<Object> row) {
    List<List<Object>> rows = new ArrayList<>(VivaWorkbooks.sampleOkrs());
    rows.set(index, row);
    return rows;
  }

  @Nested
  class TheSample {
    @Test
    void readsWithItsOrganisationAndNoProblem() {
      ImportResult result = VivaGoals.reader(Organization.empty()).withAsOf(AS_OF).read(SAMPLE);
      assertThat(result.problems()).isEmpty();
      assertThat(result.rows()).isEqualTo(13);
      OkrSet set = result.okrSet();
      assertThat(set.objectives()).hasSize(5);
      assertThat(set.keyResultCount()).isEqualTo(8);
      assertThat(set.organization().units()).hasSize(4);
      Objective web = set.objective(ObjectiveId.of("10")).orElseThrow();
      assertThat(web.level().name()).isEqualTo("team");
      assertThat(web.owner()).contains(PersonId.of(VivaWorkbooks.CY));
      assertThat(web.parents()).extracting(Object::toString).containsExactly("7");
      assertThat(web.cycle().value()).isEqualTo("2026-Q3");
      assertThat(set.objective(ObjectiveId.of("1")).orElseThrow().level().name())
          .isEqualTo("company");
      assertThat(set.objective(ObjectiveId.of("12")).orElseThrow().level().name())
          .isEqualTo("individual");
      KeyResult cost = set.keyResult(KeyResultId.of("6")).orElseThrow();
      assertThat(((LinearMeasure) cost.measure()).direction()).isEqualTo(Direction.DECREASE);
      assertThat(cost.latestCheckIn().orElseThrow().date()).isEqualTo(AS_OF);
      assertThat(set.keyResult(KeyResultId.of("9")).orElseThrow().latestCheckIn().orElseThrow()
          .done()).isTrue();
    }

    @Test
    void validatesScoresAndReports() {
      OkrSet set = VivaGoals.reader(Organization.empty()).withAsOf(AS_OF).read(SAMPLE).okrSet();
      assertThat(ValidationPolicy.defaults().check(set, AS_OF).codes())
          .doesNotContain("structure.parent.unknown", "structure.unaligned",
              "structure.parent.outside-ancestors", "gap.unit-without-okrs");
      Scores scores = ScoringPolicy.defaults().score(set, AS_OF);
      assertThat(scores.progress(KeyResultId.of("2")).value()).isEqualTo(0.5);
      assertThat(scores.status(KeyResultId.of("2"))).isPresent().get().isNotEqualTo(
          Status.NOT_STARTED);
      ReportCommandTest.Run run = ReportCommandTest.run(SAMPLE.toString(), "2026-08-20");
      assertThat(run.status()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).startsWith("Read samples/viva-goals.xlsx: 13 rows, 0 rejected")
          .contains("okr4j report: 2026-Q3", "4 units", "5 objectives, 8 key results",
              "Ship a faster shop", "Validation (okr4j policy)")
          .doesNotContain("Not reachable from a company objective");
    }

    @Test
    void isWhatTheGeneratorWrites() throws Exception {
      Path fresh = directory.resolve("fresh.xlsx");
      VivaWorkbooks.writeSample(fresh);
      VivaGoals reader = VivaGoals.reader(Organization.empty()).withAsOf(AS_OF);
      assertThat(reader.read(fresh).okrSet()).isEqualTo(reader.read(SAMPLE).okrSet());
    }

    @Test
    void theSameLayoutReadsAsCsv() throws Exception {
      StringBuilder csv = new StringBuilder(String.join(",", VivaWorkbooks.HEADER)).append('\n');
      for (List<Object> row : VivaWorkbooks.sampleOkrs()) {
        csv.append(String.join(",", row.stream().map(String::valueOf)
            .map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList())).append('\n');
      }
      Path file = directory.resolve("viva.csv");
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      ImportResult result = CsvFiles.read(file, organization(), AS_OF);
      assertThat(result.problems()).isEmpty();
      assertThat(result.okrSet().objectives()).isEqualTo(
          VivaGoals.reader(organization()).withAsOf(AS_OF).read(SAMPLE).okrSet().objectives());
    }
  }

  @Nested
  class Limits {
    private final VivaGoals reader = VivaGoals.reader(Organization.empty()).withAsOf(AS_OF);

    private void oneProblemNoRows(ImportResult result, String problem) {
      assertThat(result.rows()).isZero();
      assertThat(result.okrSet().objectives()).isEmpty();
      assertThat(result.problems()).extracting(RowProblem::toString).singleElement().asString()
          .startsWith("row 1: " + SAMPLE + " holds more than " + problem + " (sheet ")
          .endsWith("workbooks are read up to " + (problem.endsWith("rows") ? "10 rows and "
              + "100000 cells" : "1000 rows and 100 cells") + ": split the file");
    }

    @Test
    void moreRowsThanTheCapIsOneProblemWithTheFile() {
      oneProblemNoRows(reader.read(SAMPLE, new FileLimits(1L << 20, 10, 100_000,
          Long.MAX_VALUE)), "10 rows");
    }

    @Test
    void moreCellsThanTheCapIsOneProblemWithTheFile() {
      // 13 columns a row: the header and seven rows are 104 cells.
      oneProblemNoRows(reader.read(SAMPLE, new FileLimits(1L << 20, 1_000, 100,
          Long.MAX_VALUE)), "100 cells");
    }

    @Test
    void aLargerFileThanTheCapIsNotOpened() throws Exception {
      long size = Files.size(SAMPLE);
      ImportResult result = reader.read(SAMPLE, new FileLimits(size - 1, 1_000, 100_000,
          Long.MAX_VALUE));
      assertThat(result.rows()).isZero();
      assertThat(result.problems()).extracting(RowProblem::reason).containsExactly(SAMPLE
          + " has " + size + " bytes; workbooks are read up to " + (size - 1) + " bytes (0 MiB)");
    }

    @Test
    void withinTheCapsTheSampleReadsWhole() {
      ImportResult result = reader.read(SAMPLE, new FileLimits(1L << 20, 100, 2_000,
          Long.MAX_VALUE));
      assertThat(result.problems()).isEmpty();
      assertThat(result.rows()).isEqualTo(13);
    }
  }

  @Nested
  class RowProblems {
    @Test
    void anUnknownTeamOwnerOrPeriodRejectsTheRow() throws Exception {
      List<List<Object>> rows = new ArrayList<>(VivaWorkbooks.sampleOkrs());
      rows.set(3, VivaWorkbooks.row(4, 1, "Objective", "Marketting", "Make our brand loved",
          "", VivaWorkbooks.ANA, "Q3 2026", "", "", "", "", ""));
      rows.set(6, VivaWorkbooks.row(7, 1, "Objective", "Engineering", "Make checkout effortless",
          "", "nobody@lumen.example", "Q3 2026", "", "", "", "", ""));
      rows.set(9, VivaWorkbooks.row(10, 7, "Objective", "Web Team", "Ship a faster shop", "",
          VivaWorkbooks.CY, "Spring", "", "", "", "", ""));
      ImportResult result = VivaGoals.reader(Organization.empty()).withAsOf(AS_OF)
          .read(workbook(rows));
      assertThat(result.problems()).extracting(RowProblem::row, RowProblem::id,
          RowProblem::column).contains(tuple(5, "4", "Type"), tuple(8, "7", "Owner"),
          tuple(11, "10", "Time Period"));
      assertThat(result.problems().get(0).reason()).startsWith("'Marketting' is no team of the "
          + "organisation; use Organization, Individual or a team's name, such as [");
      assertThat(result.okrSet().objective(ObjectiveId.of("4"))).isEmpty();
      // Their key results are named too: none is lost without a word.
      assertThat(result.problems()).extracting(RowProblem::id).contains("5", "6", "8", "9",
          "11");
    }

    @Test
    void aNameThatSeveralPeopleShareRejectsTheRowAndAnIdDecides() throws Exception {
      List<List<Object>> people = new ArrayList<>(VivaWorkbooks.samplePeople());
      people.add(List.of("ana.lima@lumen.example", "Ana Lima", "Engineering"));
      List<List<Object>> teams = new ArrayList<>(VivaWorkbooks.sampleTeams());
      teams.add(List.of("Platform", "Engineering", "team"));
      List<List<Object>> rows = new ArrayList<>(VivaWorkbooks.sampleOkrs());
      rows.set(3, VivaWorkbooks.row(4, 1, "Objective", "Marketing", "Make our brand loved",
          "", "Ana Lima", "Q3 2026", "", "", "", "", ""));
      Path file = directory.resolve("namesakes.xlsx");
      VivaWorkbooks.write(file, rows, teams, people);
      ImportResult result = VivaGoals.reader(Organization.empty()).withAsOf(AS_OF).read(file);
      assertThat(result.problems()).extracting(RowProblem::row, RowProblem::id,
          RowProblem::column).contains(tuple(5, "4", "Owner"));
      assertThat(result.problems()).filteredOn(p -> p.id().equals("4")).first()
          .extracting(RowProblem::reason).asString()
          .isEqualTo("'Ana Lima' is the name of 2 people of the organisation; use the person's"
              + " e-mail or id");
      // The other rows name their owners by e-mail, which is one person's.
      assertThat(result.okrSet().objective(ObjectiveId.of("1"))).isPresent();
    }

    @Test
    void withoutAnOrganisationTeamsAreTakenAsTheyAreAndSaidSoOnce() throws Exception {
      Path file = directory.resolve("okrs.xlsx");
      VivaWorkbooks.write(file, VivaWorkbooks.sampleOkrs(), List.of(), List.of());
      ImportResult result = VivaGoals.reader(Organization.empty()).withAsOf(AS_OF).read(file);
      assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column,
          RowProblem::rejected).containsExactly(tuple(1, "Type", false));
      Objective web = result.okrSet().objective(ObjectiveId.of("10")).orElseThrow();
      assertThat(web.level().name()).isEqualTo("team");
    }

    @Test
    void aDecreaseToWhoseTargetIsAboveItsStartIsTheRowsProblem() throws Exception {
      ImportResult result = VivaGoals.reader(Organization.empty()).withAsOf(AS_OF).read(
          workbook(sampleWith(5, VivaWorkbooks.row(6, 4, "Key Result", "Marketing",
              "Cost per acquisition", "", VivaWorkbooks.ANA, "Q3 2026", "Decrease to", 10, 20,
              "€", 15))));
      assertThat(result.problems()).extracting(RowProblem::row, RowProblem::id,
          RowProblem::column).containsExactly(tuple(7, "6", "Metric Type"));
    }

    @Test
    void progressNeedsTheAsOfDateNeverTheFilesTime() {
      ImportResult result = VivaGoals.reader(Organization.empty()).read(SAMPLE);
      assertThat(result.problems()).extracting(RowProblem::reason).allMatch(r -> r.contains(
          "as-of date"));
      assertThat(result.rejectedRows()).isEqualTo(8);
    }

    @Test
    void moreRowsThanVivaImportsAreReadAndSaidOnce() throws Exception {
      List<List<Object>> rows = new ArrayList<>();
      for (int i = 1; i <= VivaGoals.MAX_ROWS + 5; i++) {
        rows.add(VivaWorkbooks.row(i, "", "Objective", "Organization", "Objective " + i, "",
            VivaWorkbooks.ANA, "Q3 2026", "", "", "", "", ""));
      }
      ImportResult result = VivaGoals.reader(Organization.empty()).withAsOf(AS_OF)
          .read(workbook(rows));
      assertThat(result.problems()).extracting(RowProblem::row, RowProblem::rejected)
          .containsExactly(tuple(VivaGoals.MAX_ROWS + 2, false));
      assertThat(result.okrSet().objectives()).hasSize(VivaGoals.MAX_ROWS + 5);
    }

    @Test
    void aRowWithCellsBeyondItsHeadersIsRejectedNotShifted() throws Exception {
      List<String> header = List.of(VivaGoals.OKR_REFERENCE, "Title", "Time Period",
          VivaGoals.TYPE);
      List<Row> rows = List.of(
          Row.of(2, header, List.of("1", "Grow", "2026-Q3", "Marketing")),
          Row.of(3, header, List.of("2", "Shrink", "2026-Q3", "Marketing", "Key Result")));
      ImportResult result = VivaGoals.reader(organization()).readRows(rows);
      assertThat(result.problems()).extracting(RowProblem::row, RowProblem::rejected)
          .containsExactly(tuple(3, true));
      assertThat(result.okrSet().objective(ObjectiveId.of("1")).orElseThrow().level().name())
          .isEqualTo("department");
    }

    @Test
    void aCustomersRenamedColumnIsOneWithHeaderAway() throws Exception {
      List<String> header = new ArrayList<>(VivaWorkbooks.HEADER);
      header.set(header.indexOf("Owner"), "Owner e-mail");
      StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n')
          .append("1,,Objective,Individual,Grow,,ana@lumen.example,2026-Q3,,,,,\n");
      Path file = directory.resolve("variant.csv");
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      CsvFiles.Table table = CsvFiles.table(file);
      ImportResult plain = VivaGoals.reader(organization()).readRows(table.rows());
      assertThat(plain.problems()).extracting(RowProblem::column).contains("Owner");
      ImportResult renamed = VivaGoals.reader(organization())
          .withHeader(Field.OWNER_PERSON, "Owner e-mail").readRows(table.rows());
      assertThat(renamed.problems()).isEmpty();
      assertThat(renamed.okrSet().objective(ObjectiveId.of("1")).orElseThrow().owner())
          .contains(PersonId.of(VivaWorkbooks.ANA));
    }
  }

  @Nested
  class BrokenFiles {
    @Test
    void teamsThatMakeNoOrganisationAreOneProblem() throws Exception {
      Path file = directory.resolve("loop.xlsx");
      VivaWorkbooks.write(file, VivaWorkbooks.sampleOkrs(), List.of(
          List.of("Team", "Parent Team", "Level"), List.of("A", "B", "team"),
          List.of("B", "A", "team")), List.of());
      assertThat(VivaGoals.reader(Organization.empty()).withAsOf(AS_OF).read(file).problems())
          .extracting(RowProblem::reason).singleElement().asString()
          .startsWith("the workbook's Teams and People sheets make no organisation: ");
    }

    @Test
    void aTeamNamedTwiceOrAPersonWithoutAnOwnerIsOneProblem() throws Exception {
      Path twice = directory.resolve("twice.xlsx");
      List<List<Object>> teams = new ArrayList<>(VivaWorkbooks.sampleTeams());
      teams.add(List.of("Marketing", "Engineering", "team"));
      VivaWorkbooks.write(twice, VivaWorkbooks.sampleOkrs(), teams, VivaWorkbooks.samplePeople());
      assertThat(VivaGoals.reader(Organization.empty()).withAsOf(AS_OF).read(twice).problems())
          .extracting(RowProblem::reason).singleElement().asString()
          .endsWith("the team 'Marketing' is named twice in the Teams sheet, on rows 3 and 6");
      Path ownerless = directory.resolve("ownerless.xlsx");
      List<List<Object>> people = new ArrayList<>(VivaWorkbooks.samplePeople());
      people.add(List.of("", "Eve Moss", "Marketing"));
      VivaWorkbooks.write(ownerless, VivaWorkbooks.sampleOkrs(), VivaWorkbooks.sampleTeams(),
          people);
      assertThat(VivaGoals.reader(Organization.empty()).withAsOf(AS_OF).read(ownerless)
          .problems()).extracting(RowProblem::reason).singleElement().asString()
          .endsWith("row 6 of the People sheet has no Owner, but other cells: give its Owner or"
              + " clear the row");
    }

    @Test
    void aFileThatIsNoWorkbookIsOneProblem() throws Exception {
      Path file = directory.resolve("fake.xlsx");
      Files.writeString(file, "type,id\n");
      ImportResult result = VivaGoals.reader(Organization.empty()).withAsOf(AS_OF).read(file);
      assertThat(result.problems()).hasSize(1);
      assertThat(result.problems().get(0).reason()).startsWith("cannot read " + file
          + " as an .xlsx workbook");
      ReportCommandTest.Run run = ReportCommandTest.run(file.toString(), "2026-08-20");
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.errLines()).hasSize(1);
    }

    @Test
    void aMissingWorkbookIsOneProblem() {
      assertThat(VivaGoals.reader(Organization.empty()).read(directory.resolve("none.xlsx"))
          .problems()).extracting(RowProblem::reason).containsExactly("there is no file "
          + directory.resolve("none.xlsx"));
    }

    @Test
    void theReportAsksForTheAsOfDateOfAWorkbook() {
      ReportCommandTest.Run run = ReportCommandTest.run(SAMPLE.toString());
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("okr4j report: a Viva Goals workbook's progress needs");
    }
  }

  @Test
  void unitsOfTheSampleAreItsTeams() throws Exception {
    assertThat(organization().unit(OrgUnitId.of("Web Team")).orElseThrow().parent())
        .contains(OrgUnitId.of("Engineering"));
  }
}
