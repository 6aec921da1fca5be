package org.okr4j.core.io;

import java.util.List;
import java.util.Objects;
import org.okr4j.core.OkrSet;

/**
 * What a {@link TabularImport} made of the rows: the set, and every problem with a row.
 *
 * <p>Immutable. Rejected rows are not in the set; each is listed with its line, id, column and
 * reason, as are the rows kept with a problem (a dangling parent) and the problems with the whole
 * table (an unknown, repeated or missing column). Every row is either in the set or named by a
 * problem.
 *
 * @param okrSet the objectives, key results and check-ins read, with their cycles
 * @param problems every problem, in line order (problems of one line in the order found)
 * @param rows how many data rows were read
 */
public record ImportResult(OkrSet okrSet, List<RowProblem> problems, int rows) {

  /** Checks the set and copies the problems. */
  public ImportResult {
    Objects.requireNonNull(problems, "problems");
    java.util.Objects.requireNonNull(okrSet, "okrSet");
    problems = List.copyOf(problems);
  }

  /** How many rows were left out of the set. */
  public int rejectedRows() {
    return (int) problems.stream().filter(RowProblem::rejected).mapToInt(RowProblem::row)
        .distinct().count();
  }

  /** True if every row was read without a problem. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  @Override
  public String toString() {
    return "ImportResult[" + rows + " rows, " + rejectedRows() + " rejected, " + problems.size()
        + " problems, " + okrSet + "]";
  }
}
