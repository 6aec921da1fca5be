package org.okr4j.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.okr4j.core.internal.Guards;

/**
 * One row of a table as a file holds it: the line it starts on, the table's headers and the row's
 * cells in column order.
 *
 * <p>Immutable. A row may have fewer cells than headers (a spreadsheet leaves trailing empty cells
 * out; the missing ones read as empty) or more (a file whose quoting went wrong; an import rejects
 * the row unless the extra cells are empty). Headers may repeat, as a file's can; an import reads
 * the first column of a name and reports the others. Rows of one table usually share one headers
 * list, which an import then resolves once.
 * <pre>{@code
 * List<String> header = List.of("type", "id", "title", "cycle");
 * List<Row> rows = List.of(
 *     Row.of(2, header, List.of("objective", "o-1", "Delight our customers", "2026-Q3")),
 *     Row.of(4, header, List.of("objective", "o-2", "A title\nover two lines", "2026-Q3")));
 * ImportResult result = TabularImport.of(TabularFormat.okr4j()).readRows(rows);
 * }</pre>
 *
 * @param line the line of the file the row starts on, 1 or more (the header is usually line 1)
 * @param headers the table's column headers, in order
 * @param cells the row's cells, in column order
 */
public record Row(int line, List<String> headers, List<String> cells) {

  /** Checks the line and copies the lists. */
  public Row {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(cells, "cells");
    headers = List.copyOf(headers);
    cells = List.copyOf(cells);
    Guards.check(line >= 1, "row line", "be 1 or more", line);
  }

  /** A row on {@code line} with {@code cells} under {@code headers}. */
  public static Row of(int line, List<String> headers, List<String> cells) {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(cells, "cells");
    return new Row(line, headers, cells);
  }

  /** A row on {@code line} with the cells of a map from header to cell, in the map's order. */
  public static Row of(int line, Map<String, String> cells) {
    Objects.requireNonNull(cells, "cells");
    return new Row(line, new ArrayList<>(cells.keySet()), new ArrayList<>(cells.values()));
  }

  /** The cell under {@code header} (the first column of that name), or empty if there is none. */
  public String cell(String header) {
    Objects.requireNonNull(header, "header");
    int column = headers.indexOf(header);
    return column < 0 || column >= cells.size() ? "" : cells.get(column);
  }

  /** For example {@code Row[line 7, 3 cells]}: cells can be long, so they are left out. */
  @Override
  public String toString() {
    return "Row[line " + line + ", " + cells.size() + " cells]";
  }
}
