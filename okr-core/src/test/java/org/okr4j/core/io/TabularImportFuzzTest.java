package org.okr4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.okr4j.core.OkrSet;

/**
 * Fuzzes tabular import with rows built from the fuzzer's bytes: row types, ids from a small pool
 * (so that rows refer to each other), typical cells and arbitrary text, in okr4j's and Viva Goals'
 * layouts and number syntaxes. Nothing may escape {@code read}: its documented exceptions are
 * {@link NullPointerException}s for null arguments, which the target never passes. Every row must
 * be in the set or rejected by a problem naming it, and in okr4j's layout the set read must write
 * and read back equal.
 *
 * <p>A normal build runs the stored inputs in {@code TabularImportFuzzTestInputs} (and the empty
 * input); {@code ./mvnw -Pfuzz -pl okr-core test} fuzzes (see the parent POM). A finding becomes a
 * stored input, so it stays a regression test.
 */
class TabularImportFuzzTest {

  private static final List<TabularFormat> FORMATS = List.of(TabularFormat.okr4j(),
      TabularFormat.okr4j().withDecimalSeparator(',').withGrouping('.'),
      TabularFormat.okr4j().withFormulaEscaping(false), TabularFormat.vivaGoals());

  private static final List<String> IDS = List.of("o-1", "o-2", "kr-1", "kr-2", "2026-Q3",
      "2026", "o@2027", "supports:o-1", "a;b", "=x", "-1");

  private static final List<String> CELLS = List.of("", " ", "objective", "key-result",
      "check-in", "cycle", "Objective", "Key Result", "2026-Q3", "2026", "2026-08-17",
      "2026-02-30", "linear 31 -> 45", "linear 5 -> 5 (INCREASE)", "milestone", "done",
      "ordinal [a, b]", "stages [a=0.5, b=0.5]", "a;b", "range [1, 2] percent", "linear", "range",
      "zones", "commit:1;target:2", "Increase to", "Decrease to", "Stay below", "31", "-5", "0.5",
      "1,5", "1.000,50", "1e5", "NaN", "company", "team", "supports", "relates-to;", "0.5;2",
      "'=x", "''", "\\;", "\\", "o-1@2", "supports:kr-1", "%", "€", "percent", "custom:NPS",
      "committed", "carried-over", "x".repeat(600));

  @DictionaryEntries({"objective", "key-result", "check-in", "linear", "->", ";", "\\", "'"})
  @FuzzTest(maxDuration = "15s")
  void readsAnyRows(FuzzedDataProvider data) {
    TabularFormat format = data.pickValue(FORMATS);
    List<String> headers = new ArrayList<>(format.headers());
    if (data.consumeBoolean()) {
      headers.remove(data.consumeInt(0, headers.size() - 1));
    }
    if (data.consumeBoolean()) {
      headers.add(data.consumeString(12));
    }
    TabularImport reader = TabularImport.of(format).withAsOf(LocalDate.of(2026, 8, 20));
    OkrSet set;
    if (data.consumeBoolean()) {
      List<Map<String, String>> rows = new ArrayList<>();
      int count = data.consumeInt(0, 12);
      for (int r = 0; r < count; r++) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String header : headers) {
          row.put(header, cell(data));
        }
        rows.add(row);
      }
      TabularDamageTest.checkNothingLost(reader, format, rows);
      set = reader.read(rows).okrSet();
    } else {
      // Rows as a file has them: lines with gaps, a header maybe repeated, cells too few or many.
      if (data.consumeBoolean()) {
        headers.add(data.pickValue(format.headers()));
      }
      List<Row> rows = new ArrayList<>();
      int count = data.consumeInt(0, 12);
      int line = data.consumeInt(1, 5);
      for (int r = 0; r < count; r++) {
        List<String> cells = new ArrayList<>();
        int width = data.consumeBoolean() ? headers.size() : data.consumeInt(0, headers.size() + 2);
        for (int c = 0; c < width; c++) {
          cells.add(cell(data));
        }
        rows.add(Row.of(line, headers, cells));
        line += data.consumeInt(1, 3);
      }
      ImportResult result = reader.readRows(rows);
      TabularDamageTest.checkNothingLost(result, format, rows);
      set = result.okrSet();
    }
    if (format.has(TabularFormat.RowType.CHECK_IN)) {
      ExportResult out = TabularExport.of(format).write(set);
      // What the layout cannot hold is named by the export (a dangling link to a key result
      // reads back as one to an objective); all else comes back as it was.
      if (out.problems().isEmpty()) {
        assertThat(reader.read(out.rows()).okrSet()).isEqualTo(set);
      }
    }
  }

  private static String cell(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 3)) {
      case 0 -> data.pickValue(IDS);
      case 1 -> data.consumeString(20);
      default -> data.pickValue(CELLS);
    };
  }
}
