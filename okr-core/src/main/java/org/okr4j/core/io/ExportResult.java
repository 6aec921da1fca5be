package org.okr4j.core.io;

import java.util.List;
import java.util.Map;

/**
 * What a {@link TabularExport} wrote: the headers, the rows, and what the layout could not hold.
 *
 * <p>Immutable. Each row maps every header, in {@link #headers()} order, to its cell (empty when
 * the row has no value there).
 *
 * @param headers the column headers, in order
 * @param rows the rows, objectives each followed by their key results (and, in okr4j's layout,
 *     each key result by its check-ins)
 * @param problems what could not be written, one problem per key result or objective
 */
public record ExportResult(List<String> headers, List<Map<String, String>> rows,
    List<RowProblem> problems) {

  /** Copies the lists. */
  public ExportResult {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  @Override
  public String toString() {
    return "ExportResult[" + rows.size() + " rows, " + problems.size() + " problems]";
  }
}
