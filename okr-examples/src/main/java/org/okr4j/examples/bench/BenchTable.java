package org.okr4j.examples.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with the command line given (as {@code org.openjdk.jmh.Main} would), then prints the
 * results as a markdown table: each benchmark's mean time and error, and its ratio to the
 * benchmark named {@code floor} of the same class and parameters, or where a class has none to its
 * fastest (the baseline that class compares with).
 *
 * <p>{@code ./mvnw -pl okr-examples -am -Pbench -DskipTests package exec:exec
 * -Dbench.args="ValidationBenchmark -p employees=100000"}
 */
public final class BenchTable {

  private BenchTable() {}

  /** Runs the benchmarks and prints the table. */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
    System.out.println();
    System.out.print(markdown(results));
  }

  /** The table for {@code results}, in the order JMH ran them. */
  static String markdown(Collection<RunResult> results) {
    Map<String, List<RunResult>> groups = new LinkedHashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
      groups.computeIfAbsent(type + " " + params(result), key -> new ArrayList<>()).add(result);
    }
    StringBuilder table = new StringBuilder(
        "| benchmark | parameters | mean | error | unit | × floor (else fastest) in group |\n"
            + "|---|---|---:|---:|---|---:|\n");
    for (List<RunResult> group : groups.values()) {
      double base = group.stream()
          .filter(r -> r.getParams().getBenchmark().endsWith(".floor"))
          .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst()
          .orElse(group.stream().mapToDouble(r -> r.getPrimaryResult().getScore()).min()
              .orElse(Double.NaN));
      for (RunResult result : group) {
        String benchmark = result.getParams().getBenchmark();
        double score = result.getPrimaryResult().getScore();
        table.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %s | %.1f |%n",
            benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
            params(result), score, result.getPrimaryResult().getScoreError(),
            result.getPrimaryResult().getScoreUnit(), score / base));
      }
    }
    return table.toString();
  }

  private static String params(RunResult result) {
    List<String> parts = new ArrayList<>();
    for (String key : result.getParams().getParamsKeys()) {
      parts.add(key + "=" + result.getParams().getParam(key));
    }
    return String.join(", ", parts);
  }
}
