package org.okr4j.core.io;

import java.util.Objects;

/**
 * Something wrong with one row of an import, or one value an export could not write.
 *
 * <p>Immutable. Row numbers count the header as row 1, as a spreadsheet shows them; an export's
 * problems name the id instead ({@link #row()} is 0). {@link #rejected()} tells whether the row was
 * left out of the set (a bad value) or kept with the problem noted (a parent that is not in the
 * file stays as a dangling link, which validation and alignment report too).
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
