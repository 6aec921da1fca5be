package org.okr4j.examples.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.okr4j.core.OkrSet;

/**
 * {@link PipelineBenchmark#pipeline()} against its floor in pairs, in one JVM: each pipeline
 * timed right after a floor walk, each of the two after a full collection, so that the machine's
 * drift between hours, and the garbage one step leaves behind, weigh on both sides of a ratio
 * alike. JMH times the floor and the pipeline in separate JVMs, minutes apart; on this project's
 * 2-core machine their ratio then moved with the hour by more than the code changes it measured.
 *
 * <p>Prints a markdown table, a row per pair (wall time; the thread's CPU time beside it), then
 * the median ratio (and the range), and the median and fastest pipelines against the fastest
 * floor, all from unrounded times. Run it in an 8 GB heap, as the benchmark does; the first pair
 * warms the JIT and is reported but left out of the summary (at 100 000 employees the JIT keeps
 * warming for a few pairs more: take ten). A JVM that turns {@code System.gc()} off or makes it
 * concurrent ({@code -XX:+DisableExplicitGC}, {@code -XX:+ExplicitGCInvokesConcurrent}) gives
 * no full collection between the steps.
 *
 * <p>{@code java -Xmx8g -cp ... org.okr4j.examples.bench.PipelinePairs 1000000 6}
 */
public final class PipelinePairs {

  private PipelinePairs() {}

  /**
   * Times the pairs given: employees (1 000 000 by default), then pairs (6 by default, the first
   * a warm-up).
   */
  public static void main(String[] args) {
    run(args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000,
        args.length > 1 ? Integer.parseInt(args[1]) : 6, System.out);
  }

  /** Times {@code pairs} pairs at {@code employees} employees; prints the table to {@code out}. */
  static void run(int employees, int pairs, PrintStream out) {
    if (pairs < 2) {
      throw new IllegalArgumentException("pairs must be at least 2 (one warms up), but was "
          + pairs);
    }
    PipelineBenchmark benchmark = new PipelineBenchmark();
    benchmark.employees = employees;
    benchmark.setUp();
    OkrSet set = benchmark.set();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] floors = new double[pairs - 1];
    double[] pipelines = new double[pairs - 1];
    double[] ratios = new double[pairs - 1];
    long check = 0;
    out.printf(Locale.ROOT, "PipelinePairs at %,d employees%n", employees);
    out.println("| pair | floor ms | pipeline ms | ratio | floor CPU ms | pipeline CPU ms"
        + " | CPU ratio |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (int p = 0; p < pairs; p++) {
      collect();
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      check += Floor.walk(set);
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      collect();
      long c2 = threads.getCurrentThreadCpuTime();
      long t2 = System.nanoTime();
      check += benchmark.pipeline();
      long t3 = System.nanoTime();
      long c3 = threads.getCurrentThreadCpuTime();
      double floor = (t1 - t0) / 1e6;
      double pipeline = (t3 - t2) / 1e6;
      out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %.1f | %,.0f | %,.0f | %.1f |%n",
          p == 0 ? "warm-up" : String.valueOf(p), floor, pipeline, pipeline / floor,
          (c1 - c0) / 1e6, (c3 - c2) / 1e6, (double) (c3 - c2) / (c1 - c0));
      if (p > 0) {
        floors[p - 1] = floor;
        pipelines[p - 1] = pipeline;
        ratios[p - 1] = pipeline / floor;
      }
    }
    out.printf(Locale.ROOT, "median ratio %.1f (%.1f to %.1f); median pipeline %,.0f ms against"
            + " fastest floor %,.0f ms: %.1f; fastest pipeline %,.0f ms: %.1f (check %d)%n",
        median(ratios), min(ratios), max(ratios), median(pipelines), min(floors),
        median(pipelines) / min(floors), min(pipelines), min(pipelines) / min(floors), check);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElseThrow();
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }

  private static void collect() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
  }
}
