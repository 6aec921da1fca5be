package org.okr4j.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes Viva Goals workbooks for tests with FastExcel's writer, and the shipped sample
 * {@code samples/viva-goals.xlsx} (run {@link #main} from okr-examples to write it again).
 */
final class VivaWorkbooks {

  static final List<String> HEADER = List.of(VivaGoals.OKR_REFERENCE, VivaGoals.PARENT_OKR,
      VivaGoals.OBJECT_TYPE, VivaGoals.TYPE, "Title", "Description", "Owner", "Time Period",
      "Metric Type", "Start Value", "Target Value", "Unit", VivaGoals.PROGRESS);

  static final String DANA = "dana@lumen.example";
  static final String ANA = "ana@lumen.example";
  static final String BEN = "ben@lumen.example";
  static final String CY = "cy@lumen.example";

  /** The sample's OKRs: numbers as number cells, as Viva writes them. */
  static List<List<Object>> sampleOkrs() {
    return List.of(
        row(1, "", "Objective", "Organization", "Be the outdoor brand people trust", "", DANA,
            "Q3 2026", "", "", "", "", ""),
        row(2, 1, "Key Result", "Organization", "Net promoter score", "", DANA, "Q3 2026",
            "Increase to", 31, 45, "", 38),
        row(3, 1, "Key Result", "Organization", "Repeat purchase rate", "", DANA, "Q3 2026",
            "Increase to", 22, 30, "%", 24),
        row(4, 1, "Objective", "Marketing", "Make our brand loved online", "", ANA, "Q3 2026",
            "", "", "", "", ""),
        row(5, 4, "Key Result", "Marketing", "Monthly social mentions", "", ANA, "Q3 2026",
            "Increase to", 3000, 6000, "#", 4200),
        row(6, 4, "Key Result", "Marketing", "Cost per acquisition", "", ANA, "Q3 2026",
            "Decrease to", 40, 25, "€", 33),
        row(7, 1, "Objective", "Engineering", "Make checkout effortless", "Fewer steps, fewer "
            + "errors.", BEN, "Q3 2026", "", "", "", "", ""),
        row(8, 7, "Key Result", "Engineering", "Checkout error rate", "", BEN, "Q3 2026",
            "Stay below", "", 0.5, "%", 0.7),
        row(9, 7, "Key Result", "Engineering", "New checkout live", "", BEN, "Q3 2026",
            "Milestone", "", "", "", 100),
        row(10, 7, "Objective", "Web Team", "Ship a faster shop", "", CY, "Q3 2026", "", "", "",
            "", ""),
        row(11, 10, "Key Result", "Web Team", "Page load time, 95th percentile (s)", "", CY,
            "Q3 2026", "Decrease to", 3.2, 1.5, "", 2.1),
        row(12, 4, "Objective", "Individual", "Grow as a team lead", "", ANA, "Q3 2026", "", "",
            "", "", ""),
        row(13, 12, "Key Result", "Individual", "Coaching sessions held", "", ANA, "Q3 2026",
            "Increase to", 0, 12, "", 5));
  }

  static List<List<Object>> sampleTeams() {
    return List.of(List.of("Team", "Parent Team", "Level"),
        List.of("Lumen Outdoor", "", "company"),
        List.of("Marketing", "Lumen Outdoor", "department"),
        List.of("Engineering", "Lumen Outdoor", "department"),
        List.of("Web Team", "Engineering", "team"));
  }

  static List<List<Object>> samplePeople() {
    return List.of(List.of("Owner", "Name", "Team"),
        List.of(DANA, "Dana Reyes", "Lumen Outdoor"),
        List.of(ANA, "Ana Lima", "Marketing"),
        List.of(BEN, "Ben Okafor", "Engineering"),
        List.of(CY, "Cy Tan", "Web Team"));
  }

  static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  /** A workbook of an OKRs sheet (header first) and, if not empty, Teams and People sheets. */
  static void write(Path file, List<List<Object>> okrs, List<List<Object>> teams,
      List<List<Object>> people) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        Workbook workbook = new Workbook(out, "okr4j", "1.0")) {
      List<List<Object>> withHeader = new ArrayList<>();
      withHeader.add(new ArrayList<>(HEADER));
      withHeader.addAll(okrs);
      sheet(workbook.newWorksheet("OKRs"), withHeader);
      if (!teams.isEmpty()) {
        sheet(workbook.newWorksheet("Teams"), teams);
      }
      if (!people.isEmpty()) {
        sheet(workbook.newWorksheet("People"), people);
      }
      workbook.finish();
    }
  }

  static void writeSample(Path file) throws IOException {
    write(file, sampleOkrs(), sampleTeams(), samplePeople());
  }

  private static void sheet(Worksheet sheet, List<List<Object>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        Object cell = rows.get(r).get(c);
        if (cell instanceof Number number) {
          sheet.value(r, c, number);
        } else if (!String.valueOf(cell).isEmpty()) {
          sheet.value(r, c, String.valueOf(cell));
        }
      }
    }
  }

  /** Writes the shipped sample again: run from okr-examples. */
  public static void main(String[] args) throws IOException {
    writeSample(Path.of("samples", "viva-goals.xlsx"));
  }

  private VivaWorkbooks() {}
}
