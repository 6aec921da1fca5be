package org.okr4j.examples.bench;

import java.util.Locale;
import org.okr4j.alignment.AlignmentMetrics;
import org.okr4j.core.OkrSet;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationResult;
import org.okr4j.examples.SyntheticOrganization;
import org.okr4j.scoring.Scores;
import org.okr4j.scoring.ScoringPolicy;

/**
 * Measures the heap an okr4j set and its scores take per key result, and how long building and
 * scoring take once, for the sizes given (employees); then what the default validation result
 * and the alignment metrics add, and the total held for all four (issue 12's budget: 450 bytes
 * per key result). Prints a markdown table.
 *
 * <p>{@code java -Xmx16g -cp ... org.okr4j.examples.bench.Footprint 10000 100000 1000000}
 */
public final class Footprint {

  private Footprint() {}

  /** Runs the sizes given, 10 000 and 100 000 by default. */
  public static void main(String[] args) {
    String[] sizes = args.length == 0 ? new String[] {"10000", "100000"} : args;
    System.out.println("| employees | objectives | key results | build s | set bytes/KR"
        + " | score s | scores bytes/KR | validation and metrics bytes/KR | held bytes/KR |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String size : sizes) {
      int employees = Integer.parseInt(size);
      long before = usedAfterGc();
      long t0 = System.nanoTime();
      OkrSet set = SyntheticOrganization.generate(employees, 42,
          SyntheticOrganization.Rates.typical());
      long t1 = System.nanoTime();
      long withSet = usedAfterGc();
      Scores scores = ScoringPolicy.defaults().score(set, SyntheticOrganization.AS_OF);
      long t2 = System.nanoTime();
      long withScores = usedAfterGc();
      ValidationResult validation = ValidationPolicy.defaults().check(set,
          SyntheticOrganization.AS_OF);
      AlignmentMetrics metrics = AlignmentMetrics.of(set);
      long withAll = usedAfterGc();
      int krs = set.keyResultCount();
      System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %.2f | %d | %.2f | %d | %d | %d |%n",
          employees, set.objectives().size(), krs, (t1 - t0) / 1e9, (withSet - before) / krs,
          (t2 - t1) / 1e9, (withScores - withSet) / krs, (withAll - withScores) / krs,
          (withAll - before) / krs);
      if (scores.set() != set || validation.count() < 0 || metrics.components() < 0) {
        throw new IllegalStateException("lost a result before it was measured");
      }
    }
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
