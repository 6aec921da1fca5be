package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.io.ImportResult;
import org.okr4j.core.io.RowProblem;

class CsvFilesTest {

  static final Path SAMPLES = Path.of("samples");

  @Test
  void theShippedSampleFileIsTheSampleCompany() {
    ImportResult result = CsvFiles.read(SAMPLES.resolve("lumen.csv"),
        SampleOrganization.okrSet().organization());
    assertThat(result.problems()).isEmpty();
    assertThat(result.okrSet().objectives())
        .isEqualTo(SampleOrganization.okrSet().objectives());
    assertThat(result.okrSet().kpis()).isEqualTo(SampleOrganization.okrSet().kpis());
  }

  @Test
  void writesAndReadsBackTheSampleCompany(@TempDir Path directory) {
    OkrSet sample = SampleOrganization.okrSet();
    Path file = directory.resolve("lumen.csv");
    List<RowProblem> lost = CsvFiles.write(file, sample);
    assertThat(lost).isEmpty();
    ImportResult back = CsvFiles.read(file, sample.organization());
    assertThat(back.problems()).isEmpty();
    assertThat(back.okrSet().objectives()).isEqualTo(sample.objectives());
    assertThat(back.okrSet().kpis()).isEqualTo(sample.kpis()).hasSize(1);
  }

  @Test
  void readsAVivaGoalsExport() {
    ImportResult result = CsvFiles.read(SAMPLES.resolve("viva-goals.csv"),
        org.okr4j.core.Organization.empty(), java.time.LocalDate.of(2026, 8, 20));
    assertThat(result.problems()).isEmpty();
    assertThat(result.okrSet().objectives()).hasSize(4);
    assertThat(result.okrSet().objective(ObjectiveId.of("V-2")).orElseThrow().parents())
        .extracting(Object::toString).containsExactly("V-1");
  }

  @Test
  void reportsBadRecordsByLineAndReadsTheRest(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("bad.csv");
    Files.writeString(file, "\uFEFFtype,id,title,level,cycle,parent,measure,start,target\n"
        + "objective,o-1,Delight customers,company,2026-Q3,,,,\n"
        + "key-result,kr-1,NPS,,,o-1,linear,31,forty-five\n"
        + "key-result,kr-2,Churn,,,o-1,linear,4,2.5,extra\n"
        + "key-result,kr-3,Repeat buyers,,,o-1,linear,10\n", StandardCharsets.UTF_8);
    ImportResult result = CsvFiles.read(file);
    assertThat(result.problems()).extracting(RowProblem::toString).containsExactly(
        "row 3 (kr-1), column target: 'forty-five' is not a number; row rejected",
        "row 4 (kr-2): has 10 cells, but the header has 9; cell 10 is 'extra'; row rejected",
        "row 5 (kr-3), column target: is empty, but the row needs it; row rejected");
    assertThat(result.okrSet().objectives()).hasSize(1);
    assertThat(result.rows()).isEqualTo(4);
  }

  @Test
  void theReportRunsOnAFile() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.out;
    System.setOut(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      FlagshipReport.main(new String[] {SAMPLES.resolve("lumen.csv").toString(), "2026-11-20"});
    } finally {
      System.setOut(old);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("Read samples/lumen.csv: ")
        .contains("okr4j report: FY2027-Q3", "Alignment tree", "Validation (okr4j policy)");
  }
}
