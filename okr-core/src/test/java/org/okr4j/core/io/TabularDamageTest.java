package org.okr4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.okr4j.core.CycleId;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;

/**
 * One damaged cell never crashes an import and never loses a row without a word: whatever a cell
 * of an intact file becomes, {@code read} returns, and every row is either in the set (as what its
 * cells now say) or named by a problem that rejects it.
 */
class TabularDamageTest {

  /** A damage: a cell's new text from its old text and another row's text in its column. */
  private record Damage(String name, BinaryOperator<String> apply) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Damage> DAMAGES = List.of(
      new Damage("empty", (cell, other) -> ""),
      new Damage("blank", (cell, other) -> " \t "),
      new Damage("garbage", (cell, other) -> "#?!garbage"),
      new Damage("100k characters", (cell, other) -> "x".repeat(100_000)),
      new Damage("400 digits", (cell, other) -> "9".repeat(400)),
      new Damage("control characters", (cell, other) -> cell + "\u0000\u0007"),
      new Damage("leading control character", (cell, other) -> "\u0001" + cell),
      new Damage("formula", (cell, other) -> "=cmd|' /C calc'!A0"),
      new Damage("quote", (cell, other) -> "'" + cell),
      new Damage("negative", (cell, other) -> "-1"),
      new Damage("decimal comma", (cell, other) -> "1,5"),
      new Damage("overflow", (cell, other) -> "1e999"),
      new Damage("NaN", (cell, other) -> "NaN"),
      new Damage("unicode", (cell, other) -> "中文\uD83D\uDE00\u202E\uFFFD"),
      new Damage("lone surrogate", (cell, other) -> cell + "\uD800"),
      new Damage("doubled list", (cell, other) -> cell + ";" + cell),
      new Damage("trailing backslash", (cell, other) -> cell + "\\"),
      new Damage("another row's cell", (cell, other) -> other));

  // Exhaustive, so a few seconds: PIT leaves "slow" tests out and the generated files below in.
  @Test
  @Tag("slow")
  void everyDamageToEveryCellOfOkr4jsTemplate() {
    OkrSet intact = TabularExportTest.everything();
    List<Map<String, String>> rows = TabularExport.of(TabularFormat.okr4j()).write(intact).rows();
    TabularImport reader = TabularImport.of(TabularFormat.okr4j())
        .withOrganization(intact.organization());
    for (int row = 0; row < rows.size(); row++) {
      for (String column : rows.get(row).keySet()) {
        for (Damage damage : DAMAGES) {
          checkNothingLost(reader, TabularFormat.okr4j(), damaged(rows, row, column, damage));
        }
      }
    }
  }

  @Test
  @Tag("slow")
  void everyDamageToEveryCellOfVivaGoalsTemplate() {
    TabularFormat viva = TabularFormat.vivaGoals();
    TabularImport reader = TabularImport.of(viva).withOrganization(TabularImportTest.ORG)
        .withAsOf(LocalDate.of(2026, 8, 20));
    OkrSet intact = reader.read(TabularExport.of(viva).write(TabularExportTest.everything())
        .rows()).okrSet();
    List<Map<String, String>> rows = TabularExport.of(viva).write(intact).rows();
    for (int row = 0; row < rows.size(); row++) {
      for (String column : rows.get(row).keySet()) {
        for (Damage damage : DAMAGES) {
          checkNothingLost(reader, viva, damaged(rows, row, column, damage));
        }
      }
    }
  }

  @Test
  void anyDamageToAnyCellOfAGeneratedFile() {
    qt().forAll(HostileSets.of(4), integers().allPositive(), integers().allPositive(),
        integers().between(0, DAMAGES.size() - 1)).checkAssert((set, row, column, damage) -> {
          List<Map<String, String>> rows = TabularExport.of(TabularFormat.okr4j()).write(set)
              .rows();
          List<String> headers = new ArrayList<>(rows.get(0).keySet());
          checkNothingLost(TabularImport.of(TabularFormat.okr4j())
                  .withOrganization(set.organization()), TabularFormat.okr4j(),
              damaged(rows, row % rows.size(), headers.get(column % headers.size()),
                  DAMAGES.get(damage)));
        });
  }

  private static List<Map<String, String>> damaged(List<Map<String, String>> rows, int row,
      String column, Damage damage) {
    List<Map<String, String>> copy = new ArrayList<>(rows);
    Map<String, String> cells = new LinkedHashMap<>(rows.get(row));
    String other = rows.get((row + 1) % rows.size()).get(column);
    cells.put(column, damage.apply().apply(cells.get(column), other));
    copy.set(row, cells);
    return copy;
  }

  /** Reading never throws, and every row is in the set or rejected by a problem naming it. */
  static void checkNothingLost(TabularImport reader, TabularFormat format,
      List<Map<String, String>> rows) {
    List<Row> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      lines.add(Row.of(i + 2, rows.get(i)));
    }
    checkNothingLost(reader.read(rows), format, lines);
  }

  /** Every row of {@code rows} is in the result's set or rejected by a problem naming its line. */
  static void checkNothingLost(ImportResult result, TabularFormat format, List<Row> rows) {
    OkrSet set = result.okrSet();
    int first = rows.isEmpty() ? 2 : rows.get(0).line();
    int last = rows.stream().mapToInt(Row::line).max().orElse(first);
    Set<Integer> rejected = new HashSet<>();
    for (RowProblem problem : result.problems()) {
      assertThat(problem.row()).isBetween(Math.max(1, first - 1), last);
      assertThat(problem.reason().length()).isLessThan(1_100);
      if (problem.rejected()) {
        rejected.add(problem.row());
      }
    }
    assertThat(result.rows()).isEqualTo(rows.size());
    int checkInRows = 0;
    for (Row row : rows) {
      int line = row.line();
      if (rejected.contains(line)) {
        continue;
      }
      String type = cell(format, row, Field.TYPE).toLowerCase(Locale.ROOT);
      String id = cell(format, row, Field.ID);
      String described = "line " + line + " (" + type + " " + id + ") of " + rows.size()
          + ", problems " + result.problems();
      switch (type.replace(' ', '-')) {
        case "objective" -> assertThat(set.objective(ObjectiveId.of(id.isEmpty()
            ? "row-" + line : id))).as(described).isPresent();
        case "key-result" -> assertThat(set.keyResult(KeyResultId.of(id.isEmpty()
            ? "row-" + line : id))).as(described).isPresent();
        case "cycle" -> assertThat(set.cycle(CycleId.of(id))).as(described).isPresent();
        case "kpi" -> assertThat(set.kpi(org.okr4j.core.KpiId.of(id))).as(described).isPresent();
        case "check-in" -> checkInRows++;
        default -> throw new AssertionError("neither read nor rejected: " + described);
      }
    }
    if (format.has(TabularFormat.RowType.CHECK_IN)) {
      int checkIns = 0;
      for (var objective : set.objectives()) {
        for (KeyResult keyResult : objective.keyResults()) {
          checkIns += keyResult.checkIns().size();
        }
      }
      assertThat(checkIns).as("check-ins read, of %s check-in rows kept; problems %s",
          checkInRows, result.problems()).isEqualTo(checkInRows);
    }
  }

  /**
   * A cell as the import reads a word: from the first column whose header names the field (case
   * and surrounding space aside), neutralisation undone if the layout neutralises, surrounding
   * space dropped.
   */
  private static String cell(TabularFormat format, Row row, Field field) {
    String header = format.header(field).orElseThrow();
    for (int column = 0; column < row.headers().size(); column++) {
      if (row.headers().get(column).strip().equalsIgnoreCase(header)) {
        String cell = column < row.cells().size() ? row.cells().get(column) : "";
        return (format.isFormulaEscaping() ? Cells.restore(cell, format.decimals()) : cell)
            .strip();
      }
    }
    return "";
  }
}
