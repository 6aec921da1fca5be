package org.okr4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.BaselineMeasure;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Checkpoint;
import org.okr4j.core.CheckpointsMeasure;
import org.okr4j.core.Direction;
import org.okr4j.core.FiscalCalendar;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrdinalMeasure;
import org.okr4j.core.Origin;
import org.okr4j.core.PersonId;
import org.okr4j.core.Perspective;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.StagesMeasure;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.Unit;
import org.okr4j.core.ZonesMeasure;
import org.okr4j.core.testing.Measures;
import org.okr4j.core.testing.OkrSets;

class TabularExportTest {

  static final LocalDate DAY = LocalDate.of(2026, 8, 3);

  /** Every kind of measure and reading, every objective attribute, links of every kind. */
  static OkrSet everything() {
    Objective parent = Objective.builder().id(ObjectiveId.of("o-1")).title("Delight customers")
        .level(TabularImportTest.LEVELS.top()).cycle(org.okr4j.core.CycleId.of("2026-Q3"))
        .perspective(Perspective.CUSTOMER).origin(Origin.DECOMPOSED).addThemes("service", "trust")
        .addKeyResults(KeyResult.builder().id(KeyResultId.of("kr-stages")).title("Loyalty programme")
            .measure(StagesMeasure.equal("design", "pilot", "rollout"))
            .addCheckIns(CheckIn.stages(DAY, "design", "pilot")).build())
        .addKeyResults(KeyResult.builder().id(KeyResultId.of("kr-zones")).title("Web visits")
            .measure(ZonesMeasure.of(500, 620, 780, 900)).addCheckIns(CheckIn.of(DAY, 640))
            .build())
        .addKeyResults(KeyResult.builder().id(KeyResultId.of("kr-ordinal")).title("Events")
            .measure(OrdinalMeasure.puzzle()).addCheckIns(CheckIn.zone(DAY, "TARGET")).build())
        .addKeyResults(KeyResult.builder().id(KeyResultId.of("kr-points")).title("Adoption")
            .measure(CheckpointsMeasure.of(0, 100, List.of(Checkpoint.of(50, 0.7))))
            .addContributors(PersonId.of("p1"), PersonId.of("p2"))
            .addInitiatives("Webinars", "Docs").weight(0.5)
            .addCheckIns(CheckIn.builder().date(DAY).value(40).author(PersonId.of("p1")).build())
            .build())
        .build();
    Objective child = Objective.builder().id(ObjectiveId.of("o-2")).title("Tell our stories")
        .level(TabularImportTest.LEVELS.level("team")).cycle(org.okr4j.core.CycleId.of("2026-Q3"))
        .carriedOverFrom(ObjectiveId.of("o-0"))
        .addAlignments(Alignment.of(ObjectiveId.of("o-1"), AlignmentKind.SUPPORTS, 1),
            Alignment.of(KeyResultId.of("kr-zones"), AlignmentKind.CONTRIBUTES, 0.5),
            Alignment.of(ObjectiveId.of("o-1"), AlignmentKind.RELATES_TO, 2))
        .addKeyResults(KeyResult.of("kr-posts", "Stories read", LinearMeasure.of(10, 50)))
        // Carried over at its target: equal start and target, direction declared.
        .addKeyResults(KeyResult.of("kr-carried", "Readers' score", LinearMeasure.of(31, 45)
            .withUnit(Unit.custom("NPS points")).restartingAt(45)))
        .addKeyResults(KeyResult.of("kr-uptime", "Uptime", ThresholdMeasure.above(99.9)
            .withUnit(Unit.percent())))
        .addKeyResults(KeyResult.of("kr-latency", "Latency", RangeMeasure.of(80, 120)
            .withUnit(Unit.custom("ms"))))
        .addKeyResults(KeyResult.of("kr-churn", "Churn", BaselineMeasure.of(Direction.DECREASE)
            .withTarget(2.5).withUnit(Unit.percent())))
        .addKeyResults(KeyResult.of("kr-mood", "Mood", OrdinalMeasure.of("low, sadly", "\"ok\"",
            "high")))
        .build();
    return OkrSet.builder().organization(TabularImportTest.ORG)
        .addCycles(FiscalCalendar.calendarYear().year(2026),
            FiscalCalendar.calendarYear().quarter(2026, 3))
        .addObjectives(parent, child).build();
  }

  @Test
  void okr4jsLayoutHoldsEverythingButTheOrganisation() {
    ExportResult out = TabularExport.of(TabularFormat.okr4j()).write(everything());
    assertThat(out.problems()).isEmpty();
    assertThat(out.headers()).contains("measure").doesNotContain("start", "target", "parts",
        "unit");
    assertThat(out.rows()).extracting(row -> row.get("measure")).contains(
        "stages [design=0.3333333333333333, pilot=0.3333333333333333, rollout=0.3333333333333333]",
        "zones 500 | commit 620 | target 780 | stretch 900",
        "linear 45 -> 45 (INCREASE) custom:NPS points",
        "ordinal [\"low, sadly\", \"\\\"ok\\\"\", high]");
    ImportResult back = TabularImport.of(TabularFormat.okr4j()).withOrganization(
        TabularImportTest.ORG).read(out.rows());
    assertThat(back.problems()).isEmpty();
    assertThat(back.okrSet()).isEqualTo(everything());
  }

  @Test
  void vivaGoalsLayoutReportsWhatItCannotHold() {
    ExportResult out = TabularExport.of(TabularFormat.vivaGoals()).write(everything());
    assertThat(out.problems()).extracting(RowProblem::toString).contains(
        "export (o-1): not written: its themes",
        "export (o-1): not written: its perspective",
        "export (o-1): not written: its origin",
        "export (kr-stages): not written: its stages measure (stages [design=0.3333333333333333, "
            + "pilot=0.3333333333333333, rollout=0.3333333333333333]): the layout cannot write it",
        "export (kr-points): not written: its contributors",
        "export (kr-points): not written: its initiatives",
        "export (kr-points): not written: the current value's date",
        "export (o-2): not written: its level",
        "export (o-2): not written: where it was carried from",
        "export (o-2): not written: the supports link to o-1 (weight 1): the layout holds "
            + "one contributing link of weight 1",
        "export (o-2): not written: the contributes link to kr-zones (weight 0.5): the layout "
            + "holds one contributing link of weight 1",
        "export (o-2): not written: the relates-to link to o-1 (weight 2): the layout holds "
            + "one contributing link of weight 1");
    assertThat(out.problems()).allMatch(p -> !p.rejected() && p.row() == 0);
    // o-1 has no owner and the top level, the level an import without a level column gives it.
    assertThat(out.problems()).extracting(RowProblem::toString)
        .doesNotContain("export (o-1): not written: its level");
  }

  @Test
  void anObjectivesDescriptionAndStandaloneReasonAreWrittenWhereTheLayoutHasTheirColumns() {
    Objective o1 = everything().objective(ObjectiveId.of("o-1")).orElseThrow();
    OkrSet set = everything().with(Objective.builder().from(o1)
        .description("What delight means to us").standaloneReason("The company's own priority")
        .build());
    ExportResult out = TabularExport.of(TabularFormat.okr4j()).write(set);
    assertThat(out.problems()).isEmpty();
    assertThat(out.rows()).filteredOn(row -> row.get("id").equals("o-1")).singleElement()
        .satisfies(row -> assertThat(row)
            .containsEntry("description", "What delight means to us")
            .containsEntry("standalone-reason", "The company's own priority"));
    assertThat(TabularImport.of(TabularFormat.okr4j()).withOrganization(TabularImportTest.ORG)
        .read(out.rows()).okrSet()).isEqualTo(set);
    ExportResult viva = TabularExport.of(TabularFormat.vivaGoals()).write(set);
    assertThat(viva.rows()).filteredOn(row -> row.get("ID").equals("o-1")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("Description", "What delight means to us"));
    assertThat(viva.problems()).extracting(RowProblem::toString)
        .contains("export (o-1): not written: its standalone reason");
  }

  @Test
  void everyGeneratedValidSetRoundTripsThroughOkr4jsLayout() {
    qt(100).forAll(OkrSets.valid(12)).checkAssert(set -> {
      ExportResult out = TabularExport.of(TabularFormat.okr4j()).write(set);
      assertThat(out.problems()).isEmpty();
      ImportResult back = TabularImport.of(TabularFormat.okr4j())
          .withOrganization(set.organization()).read(out.rows());
      assertThat(back.problems()).isEmpty();
      assertThat(back.okrSet()).isEqualTo(set);
    });
  }

  /** The layouts a round trip must survive: okr4j's, with decimal commas, without escaping. */
  static final List<TabularFormat> OKR4J_LAYOUTS = List.of(TabularFormat.okr4j(),
      TabularFormat.okr4j().withDecimalSeparator(',').withGrouping('.'),
      TabularFormat.okr4j().withFormulaEscaping(false),
      TabularFormat.okr4j().withGrouping('\u00A0'));

  @Test
  void everyHostileSetRoundTripsThroughOkr4jsLayout() {
    qt(100).forAll(HostileSets.of(6)).checkAssert(set -> {
      for (TabularFormat format : OKR4J_LAYOUTS) {
        ExportResult out = TabularExport.of(format).write(set);
        assertThat(out.problems()).isEmpty();
        ImportResult back = TabularImport.of(format).withOrganization(set.organization())
            .read(out.rows());
        // The generator links some key results to ids the set lacks: each is kept and reported.
        long dangling = set.objectives().stream().flatMap(o -> o.keyResults().stream())
            .flatMap(kr -> kr.contributions().stream())
            .filter(c -> set.keyResult(c.parent()).isEmpty()).count();
        assertThat(back.problems()).hasSize((int) dangling).allSatisfy(problem -> {
          assertThat(problem.column()).isEqualTo("parent-key-results");
          assertThat(problem.rejected()).isFalse();
          assertThat(problem.reason()).endsWith(" is not in the file or was rejected; kept as a"
              + " dangling link");
        });
        assertThat(back.okrSet()).isEqualTo(set);
        for (NeutralisedCell cell : out.neutralised()) {
          assertThat(out.rows().get(cell.row() - 2).get(cell.column())).startsWith("'");
        }
      }
    });
  }

  @Test
  void carriedOverSetsRoundTripWithTheIdsCarryOverMakes() {
    OkrSet set = OkrSets.valid(7, 3);
    // OkrSet.carryOver rejects a key result whose value overshot its target (its restart would
    // point the wrong way), so these are objectives whose values did not.
    OkrSet carried = set.carryOver(ObjectiveId.of("o1-0"), set.cycles().get(0).id())
        .carryOver(ObjectiveId.of("o2-0"), set.cycles().get(0).id());
    ExportResult out = TabularExport.of(TabularFormat.okr4j()).write(carried);
    assertThat(out.rows()).extracting(row -> row.get("id")).contains("o1-0@2026", "o1-0");
    ImportResult back = TabularImport.of(TabularFormat.okr4j())
        .withOrganization(set.organization()).read(out.rows());
    assertThat(back.problems()).isEmpty();
    assertThat(back.okrSet()).isEqualTo(carried);
  }

  @Test
  void linksKeepTheirKindsAndWeightsInColumnsOfTheirOwn() {
    ExportResult out = TabularExport.of(TabularFormat.okr4j()).write(everything());
    assertThat(out.rows().get(out.rows().size() - 7)).containsEntry("id", "o-2")
        .containsEntry("parent", "o-1;kr-zones;o-1")
        .containsEntry("parent-kind", "supports;contributes;relates-to")
        .containsEntry("parent-weight", "1;0.5;2");
    assertThat(out.rows()).filteredOn(row -> row.get("type").equals("objective"))
        .extracting(row -> row.get("parent-kind")).containsExactly("",
            "supports;contributes;relates-to");
  }

  @Test
  void neutralisesCellsASpreadsheetWouldEvaluateAndSaysWhich() {
    OkrSet set = withTitles("=HYPERLINK(\"http://x\",\"click\")", "-5", "@SUM(A1)");
    ExportResult out = TabularExport.of(TabularFormat.okr4j()).write(set);
    assertThat(out.rows()).extracting(row -> row.get("title")).contains(
        "'=HYPERLINK(\"http://x\",\"click\")", "-5", "'@SUM(A1)");
    assertThat(out.neutralised()).extracting(NeutralisedCell::toString).containsExactly(
        "row 4 (o-1), column title", "row 6 (kr-2), column title");
    assertThat(out).hasToString("ExportResult[5 rows, 0 problems, 2 cells neutralised]");
    assertThat(TabularImport.of(TabularFormat.okr4j()).withOrganization(set.organization())
        .read(out.rows()).okrSet()).isEqualTo(set);

    ExportResult raw = TabularExport.of(TabularFormat.okr4j().withFormulaEscaping(false))
        .write(set);
    assertThat(raw.rows()).extracting(row -> row.get("title")).contains(
        "=HYPERLINK(\"http://x\",\"click\")", "@SUM(A1)");
    assertThat(raw.neutralised()).isEmpty();
  }

  @Test
  void neutralisesAHeaderASpreadsheetWouldEvaluateAndReadsItBack() {
    OkrSet set = withTitles("Delight customers", "Visits", "=1+2");
    TabularFormat renamed = TabularFormat.okr4j().withHeader(Field.TITLE, "=HYPERLINK(\"x\")")
        .withHeader(Field.NOTE, "@note");
    ExportResult out = TabularExport.of(renamed).write(set);
    assertThat(out.headers()).contains("'=HYPERLINK(\"x\")", "'@note", "id")
        .doesNotContain("=HYPERLINK(\"x\")", "@note");
    assertThat(out.rows()).allSatisfy(row -> assertThat(row.keySet())
        .containsExactlyElementsOf(out.headers()));
    assertThat(out.rows()).extracting(row -> row.get("'=HYPERLINK(\"x\")"))
        .contains("Delight customers", "Visits", "'=1+2");
    // A header and a cell under it name the column alike, as written.
    assertThat(out.neutralised()).extracting(NeutralisedCell::toString).containsExactly(
        "row 1, column '=HYPERLINK(\"x\")", "row 1, column '@note",
        "row 6 (kr-2), column '=HYPERLINK(\"x\")");
    NeutralisedCell cell = out.neutralised().get(2);
    assertThat(out.rows().get(cell.row() - 2).get(cell.column())).isEqualTo("'=1+2");
    ImportResult back = TabularImport.of(renamed).withOrganization(set.organization())
        .read(out.rows());
    assertThat(back.problems()).isEmpty();
    assertThat(back.okrSet()).isEqualTo(set);

    ExportResult raw = TabularExport.of(renamed.withFormulaEscaping(false)).write(set);
    assertThat(raw.headers()).contains("=HYPERLINK(\"x\")", "@note");
    assertThat(raw.neutralised()).isEmpty();
  }

  /** A set of one objective and two key results with these titles. */
  private static OkrSet withTitles(String objective, String first, String second) {
    return OkrSet.builder().organization(TabularImportTest.ORG)
        .addCycles(FiscalCalendar.calendarYear().year(2026),
            FiscalCalendar.calendarYear().quarter(2026, 3))
        .addObjectives(Objective.builder().id(ObjectiveId.of("o-1")).title(objective)
            .level(TabularImportTest.LEVELS.top()).cycle(org.okr4j.core.CycleId.of("2026-Q3"))
            .addKeyResults(KeyResult.of("kr-1", first, LinearMeasure.of(-5, 5)),
                KeyResult.of("kr-2", second, LinearMeasure.of(0, 1)))
            .build())
        .build();
  }

  @Test
  void numbersAreWrittenInTheLayoutsSyntax() {
    ExportResult out = TabularExport.of(TabularFormat.okr4j().withDecimalSeparator(','))
        .write(everything());
    assertThat(out.rows()).filteredOn(row -> row.get("id").equals("kr-points")
        && row.get("type").equals("key-result")).extracting(row -> row.get("weight"))
        .containsExactly("0,5");
    ExportResult viva = TabularExport.of(TabularFormat.vivaGoals()).write(OkrSet.builder()
        .from(withTitles("Grow", "Revenue", "Margin")).objectives(List.of(Objective.builder()
            .from(withTitles("Grow", "Revenue", "Margin").objectives().get(0))
            .keyResults(List.of(KeyResult.of("kr-1", "Revenue", LinearMeasure.of(1e-7, 1e21))))
            .build())).build());
    assertThat(viva.rows().get(1)).containsEntry("Start Value", "0.0000001")
        .containsEntry("Target Value", "1000000000000000000000");
  }

  @Test
  void aLinkWhoseTargetWouldReadBackAsTheOtherKindIsReported() {
    Objective parent = Objective.builder().id(ObjectiveId.of("x")).title("Parent")
        .level(TabularImportTest.LEVELS.top()).cycle(org.okr4j.core.CycleId.of("2026-Q3"))
        .addKeyResults(KeyResult.of("x", "Same id", LinearMeasure.of(0, 1)),
            KeyResult.of("kr", "Own id", LinearMeasure.of(0, 1)))
        .build();
    Objective child = Objective.builder().id(ObjectiveId.of("c")).title("Child")
        .level(TabularImportTest.LEVELS.top()).cycle(org.okr4j.core.CycleId.of("2026-Q3"))
        .addAlignments(Alignment.contributesTo(KeyResultId.of("x")),
            Alignment.contributesTo(KeyResultId.of("gone")),
            Alignment.contributesTo(ObjectiveId.of("kr")),
            Alignment.contributesTo(ObjectiveId.of("x")),
            Alignment.contributesTo(KeyResultId.of("kr")))
        .build();
    OkrSet set = OkrSet.builder().addCycles(FiscalCalendar.calendarYear().quarter(2026, 3))
        .addObjectives(parent, child).build();
    assertThat(TabularExport.of(TabularFormat.okr4j()).write(set).problems())
        .extracting(RowProblem::toString).containsExactly(
            "export (c): not written: the link to key result x as such: it reads back as a link"
                + " to objective x, which has the same id",
            "export (c): not written: the link to key result gone as such: it reads back as a"
                + " link to objective gone (the set has no key result gone)",
            "export (c): not written: the link to objective kr as such: it reads back as a link"
                + " to key result kr (the set has no objective kr)");
  }

  @Test
  void vivaGoalsHoldsOneParent() {
    Objective child = Objective.builder().from(everything().objectives().get(1))
        .alignments(List.of(Alignment.contributesTo(ObjectiveId.of("o-1")),
            Alignment.contributesTo(KeyResultId.of("kr-zones"))))
        .build();
    OkrSet set = OkrSet.builder().from(everything()).objectives(List.of(
        everything().objectives().get(0), child)).build();
    ExportResult out = TabularExport.of(TabularFormat.vivaGoals()).write(set);
    assertThat(out.rows()).filteredOn(row -> row.get("ID").equals("o-2"))
        .extracting(row -> row.get("Parent ID")).containsExactly("o-1");
    assertThat(out.problems()).extracting(RowProblem::toString).contains(
        "export (o-2): not written: the contributes link to kr-zones (weight 1): the layout"
            + " holds one contributing link of weight 1");
  }

  @Test
  void everyGeneratedMeasureRoundTripsThroughOkr4jsLayout() {
    qt(100).forAll(lists().of(Measures.any()).ofSizeBetween(1, 8)).checkAssert(measures -> {
      Objective.Builder objective = Objective.builder().id(ObjectiveId.of("o"))
          .title("Measure everything").level(TabularImportTest.LEVELS.top())
          .cycle(org.okr4j.core.CycleId.of("2026-Q3"));
      for (int i = 0; i < measures.size(); i++) {
        objective.addKeyResults(KeyResult.of("kr-" + i, "Key result " + i, measures.get(i)));
      }
      OkrSet set = OkrSet.builder().organization(TabularImportTest.ORG)
          .addCycles(FiscalCalendar.calendarYear().quarter(2026, 3))
          .addObjectives(objective.build()).build();
      ExportResult out = TabularExport.of(TabularFormat.okr4j()).write(set);
      ImportResult back = TabularImport.of(TabularFormat.okr4j())
          .withOrganization(TabularImportTest.ORG).read(out.rows());
      assertThat(back.problems()).isEmpty();
      assertThat(back.okrSet()).isEqualTo(set);
    });
  }

  @Test
  void rejectsNulls() {
    com.google.common.testing.NullPointerTester tester = new com.google.common.testing
        .NullPointerTester()
        .setDefault(TabularFormat.class, TabularFormat.okr4j())
        .setDefault(OkrSet.class, everything())
        .setDefault(org.okr4j.core.Organization.class, TabularImportTest.ORG)
        .setDefault(org.okr4j.core.FiscalCalendar.class, FiscalCalendar.calendarYear())
        .setDefault(LocalDate.class, DAY)
        .setDefault(String.class, "Name");
    tester.testAllPublicStaticMethods(TabularFormat.class);
    tester.testAllPublicInstanceMethods(TabularFormat.okr4j());
    tester.testAllPublicStaticMethods(TabularImport.class);
    tester.testAllPublicInstanceMethods(TabularImport.of(TabularFormat.okr4j()));
    tester.testAllPublicStaticMethods(TabularExport.class);
    tester.testAllPublicInstanceMethods(TabularExport.of(TabularFormat.okr4j()));
    tester.testAllPublicConstructors(Row.class);
    tester.testAllPublicStaticMethods(Row.class);
    tester.testAllPublicInstanceMethods(Row.of(2, List.of("id"), List.of("o-1")));
    tester.testAllPublicConstructors(NeutralisedCell.class);
    tester.testAllPublicConstructors(RowProblem.class);
    tester.testAllPublicConstructors(ExportResult.class);
    tester.testAllPublicConstructors(ImportResult.class);
  }

  @Test
  void describesItself() {
    assertThat(TabularFormat.vivaGoals().toString()).startsWith(
        "TabularFormat[viva-goals, decimal '.', grouping ',', formula escaping, [Type, ");
    assertThat(TabularFormat.okr4j().withFormulaEscaping(false).withDecimalSeparator(',')
        .toString()).startsWith("TabularFormat[okr4j, decimal ',', [type, id, ");
    assertThat(TabularExport.of(TabularFormat.okr4j())).hasToString("TabularExport[okr4j]");
    assertThat(TabularImport.of(TabularFormat.okr4j()).toString()).startsWith(
        "TabularImport[okr4j, ");
    assertThat(new RowProblem(3, "kr-1", "start", "'x' is not a number", true)).hasToString(
        "row 3 (kr-1), column start: 'x' is not a number; row rejected");
  }
}
