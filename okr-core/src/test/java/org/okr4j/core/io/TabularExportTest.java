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
            + "contributing links of weight 1",
        "export (o-2): not written: the relates-to link to o-1 (weight 2): the layout holds "
            + "contributing links of weight 1");
    assertThat(out.problems()).allMatch(p -> !p.rejected() && p.row() == 0);
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
  }

  @Test
  void describesItself() {
    assertThat(TabularFormat.vivaGoals().toString()).startsWith("TabularFormat[viva-goals, [Type, ");
    assertThat(TabularExport.of(TabularFormat.okr4j())).hasToString("TabularExport[okr4j]");
    assertThat(TabularImport.of(TabularFormat.okr4j()).toString()).startsWith(
        "TabularImport[okr4j, ");
    assertThat(new RowProblem(3, "kr-1", "start", "'x' is not a number", true)).hasToString(
        "row 3 (kr-1), column start: 'x' is not a number; row rejected");
  }
}
