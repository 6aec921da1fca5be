package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command (README command 1 with a file) on bad arguments and hostile files. */
class ReportCommandTest {

  static final String HEADER = "type,id,title,level,cycle,parent,measure,value,date";

  @TempDir
  Path directory;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    return run(FileLimits.DEFAULT, args);
  }

  static Run run(FileLimits limits, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = FlagshipReport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), limits);
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  Path file(String text) throws Exception {
    Path file = directory.resolve("okrs.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  static void oneLineOfError(Run run, int status, String start) {
    assertThat(run.status()).isEqualTo(status);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("okr4j report: " + start).doesNotContain("Exception",
        "\tat ");
  }

  @Test
  void aMissingFileIsOneLineOfError() {
    oneLineOfError(run(directory.resolve("none.csv").toString(), "2026-11-20"), 1,
        "there is no file " + directory.resolve("none.csv"));
  }

  @Test
  void aDirectoryIsOneLineOfError() {
    oneLineOfError(run(directory.toString()), 1, directory + " is a directory");
  }

  @Test
  void aBadDateIsOneLineOfError() throws Exception {
    oneLineOfError(run(file(HEADER + "\n").toString(), "2026-13-45"), 2,
        "'2026-13-45' is not a date");
  }

  @Test
  void tooManyArgumentsAreOneLineOfError() {
    oneLineOfError(run("a.csv", "2026-11-20", "more"), 2, "give a file and at most a date");
  }

  @Test
  void aCellLargerThanTheCsvReaderTakesIsOneLineOfError() throws Exception {
    Path file = directory.resolve("huge.csv");
    try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write(HEADER + "\nobjective,o-1,\"");
      char[] block = "x".repeat(1 << 16).toCharArray();
      for (int i = 0; i < 17; i++) {
        writer.write(block);
      }
      writer.write("\",company,2026-Q3,,,,\n");
    }
    oneLineOfError(run(file.toString(), "2026-08-20"), 1, "line 2 holds a cell of 1114112 "
        + "characters, and cells are read up to 1048576: is a quote missing?");
  }

  @Test
  void aHugeTitleIsTheRowsProblemAndTheReportRuns() throws Exception {
    Run run = run(file(HEADER + "\nobjective,o-1," + "x".repeat(100_000)
        + ",company,2026-Q3,,,,\nobjective,o-2,Fine,company,2026-Q3,,,,\n").toString(),
        "2026-08-20");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("row 2 (o-1)", "Alignment tree");
    assertThat(run.out().lines().mapToInt(String::length).max().orElse(0)).isLessThan(1_200);
  }

  @Test
  void anAsOfDateOutsideEveryCycleIsSaid() throws Exception {
    Run run = run(file(HEADER + "\nobjective,o-1,Delight customers,company,2026-Q3,,,,\n")
        .toString(), "2030-01-01");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("The as-of date 2030-01-01 lies outside every cycle of the "
        + "file (they run from 2026-07-01 to 2026-09-30): reporting on 2026-Q3");
  }

  @Test
  void controlCharactersInTitlesAreShownEscaped() throws Exception {
    Run run = run(file(HEADER + "\nobjective,o-1,\"Ring \u0007 the \u001b[31mbell\u202e\","
        + "company,2026-Q3,,,,\n").toString(), "2026-08-20");
    assertThat(run.out()).contains("Ring \\u0007 the \\u001B[31mbell\\u202E")
        .doesNotContain("\u0007", "\u001b", "\u202e");
  }

  @Test
  void aDeepChainKeepsItsIndentAndShowsTheDepth() throws Exception {
    StringBuilder text = new StringBuilder(HEADER).append('\n')
        .append("objective,o-0,Level zero,company,2026-Q3,,,,\n");
    for (int i = 1; i <= 40; i++) {
      text.append("objective,o-").append(i).append(",Level ").append(i)
          .append(",company,2026-Q3,o-").append(i - 1).append(",,,\n");
    }
    Run run = run(file(text.toString()).toString(), "2026-08-20");
    assertThat(run.status()).isZero();
    String deepest = run.out().lines().filter(l -> l.contains("Level 40")).findFirst()
        .orElseThrow();
    assertThat(deepest).startsWith("  ".repeat(FlagshipReport.MAX_INDENT) + "[depth 40] ● ");
  }

  @Test
  void aPictureTooLargeForGraphvizIsNotDrawnAndTheSubtreeExportIsOffered() throws Exception {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i <= FlagshipReport.MAX_DRAWN; i++) {
      text.append("objective,o-").append(i).append(",Objective ").append(i)
          .append(",company,2026-Q3,,,,\n");
    }
    Run run = run(file(text.toString()).toString(), "2026-08-20");
    assertThat(run.out()).contains("no PNG: the picture has " + (FlagshipReport.MAX_DRAWN + 1)
        + " objectives", ".subtree(ObjectiveId.of(");
  }

  @Test
  void damagedSampleFilesEndInAReportOrOneLineOfError() throws Exception {
    byte[] intact = Files.readAllBytes(Path.of("samples", "lumen.csv"));
    java.util.Random random = new java.util.Random(15);
    // A few seeded positions: each run scores, validates and draws the whole sample.
    for (int i = 0; i < 5; i++) {
      int position = random.nextInt(intact.length);
      for (byte damage : new byte[] {'"', (byte) 0xFF, '\n', 0}) {
        byte[] damaged = intact.clone();
        damaged[position] = damage;
        Path file = directory.resolve("damaged.csv");
        Files.write(file, damaged);
        Run run = run(file.toString(), "2026-11-20");
        String what = "byte " + position + " as " + (damage & 0xFF) + ": " + run.err();
        if (run.status() == 0) {
          assertThat(run.err()).as(what).isEmpty();
          // A damaged header can reject every row: then the report says there is nothing to show.
          assertThat(run.out()).as(what).containsAnyOf("Alignment tree",
              "No objective in a known cycle: nothing to report.");
        } else {
          assertThat(run.errLines()).as(what).hasSize(1);
        }
      }
    }
  }

  @Test
  void countsAreSingularForOne() throws Exception {
    Run run = run(file(HEADER + "\nobjective,o-1,Delight customers,company,2026-Q3,,,,\n")
        .toString(), "2026-08-20");
    assertThat(run.out()).contains("Read " + directory.resolve("okrs.csv") + ": 1 row, 0 rejected",
        "0 units on", "1 objective, 0 key results in this cycle",
        "Key results by status: none scored;", "The set has no organisation (no units)")
        .doesNotContain("1 objectives")
        // No empty headings: nothing is due, phased or set by hand.
        .doesNotContain("Check-ins due", "Judged against waypoints", "Set by hand");
  }

  @Test
  void aCsvFileOverTheSizeLimitIsOneLineOfError() throws Exception {
    Path file = file(HEADER + "\nobjective,o-1,Delight customers,company,2026-Q3,,,,\n");
    oneLineOfError(run(new FileLimits(10, 100, 1_000, Long.MAX_VALUE), file.toString(),
        "2026-08-20"), 1, file + " has " + Files.size(file) + " bytes; CSV files are read up "
        + "to 10 bytes");
  }

  @Test
  void aWorkbookOverTheRowCapIsOneLineOfError() {
    oneLineOfError(run(new FileLimits(1L << 20, 5, 1_000, Long.MAX_VALUE),
        VivaGoalsTest.SAMPLE.toString(), "2026-08-20"), 1, VivaGoalsTest.SAMPLE
        + " holds more than 5 rows");
  }
}
