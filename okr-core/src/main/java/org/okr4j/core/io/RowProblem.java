package org.okr4j.core.io;

import java.util.Objects;

/**
 * Something wrong with one row of an import, with the whole table, or one value an export could
 * not write.
 *
 * <p>Immutable. {@link #row()} is the line of the file the row starts on: the caller's own line
 * numbers for {@link Row}s, else the row's number counting the header as 1, as a spreadsheet shows
 * it. A problem with the whole table (a column) names the header's line and no id; an export's
 * problems name the id instead ({@link #row()} is 0). {@link #rejected()} tells whether the row was
 * left out of the set (a bad value) or kept with the problem noted (a parent that is not in the
 * file stays as a dangling link, which validation and alignment report too); table problems reject
 * nothing by themselves.
 *
 * @param row the row's line, or 0 for an export's problem
 * @param id the id of the row's cycle, objective or key result (a check-in's key result); empty for
 *     a problem with the table
 * @param column the header of the cell at fault; empty for a problem with the whole row
 * @param reason what is wrong, with the value quoted (shortened when long)
 * @param rejected whether the row was left out of the set
 */
public record RowProblem(int row, String id, String column, String reason, boolean rejected) {

  /** Checks the components. */
  public RowProblem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
  }

  /** For example {@code row 7 (kr-nps), column Target: 'abc' is not a number; row rejected}. */
  @Override
  public String toString() {
    return (row > 0 ? "row " + row : "export") + (id.isEmpty() ? "" : " (" + id + ")")
        + (column.isEmpty() ? "" : ", column " + column) + ": " + reason
        + (rejected ? "; row rejected" : "");
  }
}
