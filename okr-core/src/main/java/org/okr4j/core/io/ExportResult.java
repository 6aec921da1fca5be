package org.okr4j.core.io;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link TabularExport} wrote: the headers, the rows, what the layout could not hold, and
 * which cells were neutralised against spreadsheet formulas.
 *
 * <p>Immutable. Each row maps every header, in {@link #headers()} order, to its cell (empty when
 * the row has no value there). {@link #problems()} lists what a reader of the rows would not get
 * back; {@link #neutralised()} what it gets back only by reading them in the same layout (a
 * spreadsheet shows those cells with the leading {@code '} their text does not have).
 *
 * @param headers the column headers as written, in order: the layout's, a header a spreadsheet
 *     would evaluate neutralised as a cell is
 * @param rows the rows, objectives each followed by their key results (and, in okr4j's layout,
 *     each key result by its check-ins)
 * @param problems what could not be written, one problem per key result or objective
 * @param neutralised the cells written with a leading {@code '}, in row and column order
 */
public record ExportResult(List<String> headers, List<Map<String, String>> rows,
    List<RowProblem> problems, List<NeutralisedCell> neutralised) {

  /** Copies the lists. */
  public ExportResult {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(neutralised, "neutralised");
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
    neutralised = List.copyOf(neutralised);
  }

  @Override
  public String toString() {
    return "ExportResult[" + rows.size() + " rows, " + problems.size() + " problems, "
        + neutralised.size() + " cells neutralised]";
  }
}
