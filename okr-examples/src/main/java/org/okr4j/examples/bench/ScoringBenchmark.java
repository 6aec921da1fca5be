package org.okr4j.examples.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.examples.SyntheticOrganization;
import org.okr4j.scoring.Scores;
import org.okr4j.scoring.ScoringPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring and rolling up a synthetic organisation with the default policy, against the floor: a
 * plain loop over primitive arrays of the same numbers (linear clamped progress, weighted mean per
 * objective), the fastest anyone could compute these scores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx16g", "-XX:+UseParallelGC"})
public class ScoringBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int employees;

  private OkrSet set;
  private LocalDate asOf;
  private ScoringPolicy policy;

  // The floor's inputs: every key result's numbers, flattened.
  private int[] firstKeyResult;
  private double[] start;
  private double[] target;
  private double[] value;
  private double[] weight;

  @Setup(Level.Trial)
  public void setUp() {
    set = SyntheticOrganization.generate(employees, 42, SyntheticOrganization.Rates.typical());
    asOf = SyntheticOrganization.AS_OF;
    policy = ScoringPolicy.defaults();
    List<Objective> objectives = set.objectives();
    firstKeyResult = new int[objectives.size() + 1];
    int krs = set.keyResultCount();
    start = new double[krs];
    target = new double[krs];
    value = new double[krs];
    weight = new double[krs];
    int i = 0;
    for (int o = 0; o < objectives.size(); o++) {
      firstKeyResult[o] = i;
      for (KeyResult kr : objectives.get(o).keyResults()) {
        if (kr.measure() instanceof LinearMeasure m) {
          start[i] = m.start();
          target[i] = m.target();
        } else {
          start[i] = 0;
          target[i] = 1;
        }
        value[i] = kr.currentValue().orElse(Double.NaN);
        weight[i] = kr.weight();
        i++;
      }
    }
    firstKeyResult[objectives.size()] = i;
  }

  /** okr4j: the default policy over the whole set (progress, status, staleness, roll-up). */
  @Benchmark
  public Scores scoreWithOkr4j() {
    return policy.score(set, asOf);
  }

  /**
   * The middle ground: the same arithmetic as the floor, hand-written over okr4j's own objects
   * (what a host would write without okr-scoring); it shows how much of the cost is the object
   * graph itself rather than okr-scoring.
   */
  @Benchmark
  public double[] handLoopOverObjects() {
    List<Objective> objectives = set.objectives();
    double[] progress = new double[objectives.size()];
    for (int o = 0; o < objectives.size(); o++) {
      double sum = 0;
      double weights = 0;
      for (KeyResult kr : objectives.get(o).keyResults()) {
        java.util.OptionalDouble v = kr.currentValue();
        if (v.isPresent() && kr.measure() instanceof LinearMeasure m) {
          double p = Math.max(0, Math.min(1, (v.getAsDouble() - m.start())
              / (m.target() - m.start())));
          sum += kr.weight() * p;
          weights += kr.weight();
        }
      }
      progress[o] = weights == 0 ? Double.NaN : sum / weights;
    }
    return progress;
  }

  /** The floor: linear clamped progress and a weighted mean per objective over primitive arrays. */
  @Benchmark
  public double[] floorPlainLoop() {
    int objectives = firstKeyResult.length - 1;
    double[] progress = new double[objectives];
    for (int o = 0; o < objectives; o++) {
      double sum = 0;
      double weights = 0;
      for (int k = firstKeyResult[o]; k < firstKeyResult[o + 1]; k++) {
        if (!Double.isNaN(value[k])) {
          double p = Math.max(0, Math.min(1, (value[k] - start[k]) / (target[k] - start[k])));
          sum += weight[k] * p;
          weights += weight[k];
        }
      }
      progress[o] = weights == 0 ? Double.NaN : sum / weights;
    }
    return progress;
  }
}
