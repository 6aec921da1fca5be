package org.okr4j.core.io;

import java.util.Objects;

/**
 * A cell an export wrote with a leading {@code '} so that a spreadsheet shows it as text instead of
 * evaluating it (see {@link TabularFormat}, "Formulas"). An import in the same layout takes the
 * {@code '} off again.
 *
 * <p>Immutable.
 *
 * @param row the row's line in the written table, the header being line 1 (from line 2 on, the
 *     cell is {@code rows().get(row - 2).get(column)} in the {@link ExportResult})
 * @param id the id of the row's cycle, objective or key result (a check-in's key result); empty
 *     for a header (row 1)
 * @param column the cell's column header as written, as in {@link ExportResult#headers()} (for a
 *     header, the header itself as written)
 */
public record NeutralisedCell(int row, String id, String column) {

  /** Checks the components. */
  public NeutralisedCell {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(column, "column");
  }

  /** For example {@code row 5 (o-growth), column title}. */
  @Override
  public String toString() {
    return "row " + row + (id.isEmpty() ? "" : " (" + id + ")") + ", column " + column;
  }
}
