package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okr4j.alignment.AlignmentReport;
import org.okr4j.alignment.Finding;
import org.okr4j.alignment.FindingCodes;
import org.okr4j.core.CycleId;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.OkrSet;
import org.okr4j.scoring.Scores;
import org.okr4j.scoring.ScoringPolicy;

/** The sample company has the problems it promises, and the report shows them. */
class FlagshipReportTest {

  static final OkrSet SAMPLE = SampleOrganization.okrSet();

  static List<List<String>> subjects(AlignmentReport report, String code) {
    return report.findings(code).stream().map(Finding::subjects).toList();
  }

  @Test
  void theSampleHasEveryPlantedProblem() {
    AlignmentReport report = AlignmentReport.of(SAMPLE);
    assertThat(subjects(report, FindingCodes.ORPHAN)).containsExactly(List.of("d-people"));
    assertThat(subjects(report, FindingCodes.LOOP)).containsExactly(
        List.of("t-brand-community", "t-brand-stories", "t-brand-community"));
    assertThat(subjects(report, FindingCodes.NOT_CASCADED)).containsExactly(List.of("c-learn"));
    assertThat(subjects(report, FindingCodes.OPPOSITE_DIRECTIONS)).containsExactly(
        List.of("kr-t-emea-discount", "kr-t-na-discount"));
    assertThat(subjects(report, FindingCodes.DUPLICATE_OBJECTIVES)).containsExactly(
        List.of("t-mobile", "t-platform"));
    assertThat(subjects(report, FindingCodes.COMMITTED_UNDER_ASPIRATIONAL)).containsExactly(
        List.of("t-mobile", "d-product"));
    assertThat(subjects(report, FindingCodes.LEVEL_SKIP)).contains(List.of("i-priya",
        "c-recommend"));
    assertThat(report.metrics().siloedDepartments()).containsExactly("people");
    Scores scores = ScoringPolicy.defaults().score(SAMPLE, SampleOrganization.AS_OF);
    assertThat(scores.isOutdated(KeyResultId.of("kr-t-desk-fcr"))).isTrue();
    assertThat(scores.isOutdated(KeyResultId.of("kr-c-nps"))).isFalse();
  }

  @Test
  void theReportShowsTreeScoresAndFindings(@TempDir Path directory) throws Exception {
    CycleId quarter = SampleOrganization.CALENDAR.quarterContaining(SampleOrganization.AS_OF).id();
    FlagshipReport report = new FlagshipReport(SAMPLE, quarter, SampleOrganization.AS_OF,
        ScoringPolicy.defaults());
    String text = report.render();
    assertThat(text).startsWith("okr4j report: FY2027-Q3 (2026-10-01 to 2026-12-31)")
        .contains("Alignment tree", "Not reachable from a company objective", "█", "BEHIND",
            "[check-in overdue]", "Alignment share 94% (HEALTHY)", "alignment.orphan",
            "提升亚太区客户满意度");
    assertThat(report.render()).isEqualTo(text);
    String pictures = report.writePictures(directory);
    assertThat(pictures).contains("alignment.dot", "alignment.mmd");
    assertThat(Files.readString(directory.resolve("alignment.dot"))).startsWith("digraph okr {");
    assertThat(Files.readString(directory.resolve("alignment.mmd"))).startsWith("flowchart BT");
  }

  @Test
  void barsShowProgress() {
    assertThat(FlagshipReport.bar(org.okr4j.scoring.Progress.of(0.5, "half")))
        .isEqualTo("█████░░░░░  50%");
    assertThat(FlagshipReport.bar(org.okr4j.scoring.Progress.of(1.3, "over")))
        .isEqualTo("██████████ 130%");
    assertThat(FlagshipReport.bar(org.okr4j.scoring.Progress.notScored("none")))
        .isEqualTo("··········    -");
  }
}
