package org.okr4j.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.okr4j.alignment.AlignmentRules;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationResult;
import org.okr4j.examples.SyntheticOrganization;
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
 * Validating a synthetic organisation with the default policy, against the floor (the walk
 * {@link PipelineBenchmark} also measures against, {@link Floor}), and against a thinner walk
 * that reads only what the cheapest rules read (key result count, owner, title length). Three
 * cuts of the default policy: every rule (okr-core's local rules and okr-alignment's whole-graph
 * rules), every rule but near-duplicates, and okr-core's local rules alone (what the default
 * policy ran before there was one rule engine). The set's links are resolved once, on the first
 * check, and kept.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx16g", "-XX:+UseParallelGC"})
public class ValidationBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int employees;

  private OkrSet set;
  private ValidationPolicy policy;
  private ValidationPolicy withoutDuplicates;
  private ValidationPolicy localRules;

  @Setup(Level.Trial)
  public void setUp() {
    set = SyntheticOrganization.generate(employees, 42, SyntheticOrganization.Rates.typical());
    policy = ValidationPolicy.defaults();
    withoutDuplicates = policy.without(AlignmentRules.DUPLICATE_OBJECTIVES)
        .without(AlignmentRules.DUPLICATE_KEY_RESULTS);
    ValidationPolicy.Builder local = policy.toBuilder();
    AlignmentRules.names().forEach(local::without);
    localRules = local.build();
    ValidationResult result = policy.check(set, SyntheticOrganization.AS_OF);
    System.err.printf("%d objectives, %d key results: %s%n", set.objectives().size(),
        set.keyResultCount(), result);
  }

  /** okr4j: the default policy over the whole set. */
  @Benchmark
  public ValidationResult validateWithOkr4j() {
    return policy.check(set, SyntheticOrganization.AS_OF);
  }

  /** okr4j: the default policy without the near-duplicate rules. */
  @Benchmark
  public ValidationResult validateAllButDuplicates() {
    return withoutDuplicates.check(set, SyntheticOrganization.AS_OF);
  }

  /** okr4j: okr-core's local rules of the default policy alone. */
  @Benchmark
  public ValidationResult validateLocalRules() {
    return localRules.check(set, SyntheticOrganization.AS_OF);
  }

  /** The floor: one walk over the set ({@link Floor#walk}). */
  @Benchmark
  public long floor() {
    return Floor.walk(set);
  }

  /** One walk over every objective and key result, reading what the cheapest rules read. */
  @Benchmark
  public long oneWalkOverTheSet() {
    long flags = 0;
    List<Objective> objectives = set.objectives();
    for (int o = 0; o < objectives.size(); o++) {
      Objective objective = objectives.get(o);
      List<KeyResult> keyResults = objective.keyResults();
      flags += keyResults.size() > 5 ? 1 : 0;
      flags += objective.owner().isEmpty() ? 1 : 0;
      flags += objective.title().length() > 70 ? 1 : 0;
      for (int k = 0; k < keyResults.size(); k++) {
        flags += keyResults.get(k).title().length() > 70 ? 1 : 0;
      }
    }
    return flags;
  }
}
