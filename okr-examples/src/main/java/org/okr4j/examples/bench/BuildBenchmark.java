package org.okr4j.examples.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
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
 * Building an {@link OkrSet} from objectives already made (what a host does after mapping its
 * entities): okr4j checks duplicate ids and indexes every objective and key result, against the
 * floor of putting the same ids into two hash maps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx16g", "-XX:+UseParallelGC"})
public class BuildBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int employees;

  private OkrSet set;

  @Setup(Level.Trial)
  public void setUp() {
    set = SyntheticOrganization.generate(employees, 42, SyntheticOrganization.Rates.typical());
  }

  /** okr4j: the set built again from its organisation, cycles and objectives. */
  @Benchmark
  public OkrSet buildWithOkr4j() {
    return OkrSet.builder().organization(set.organization()).cycles(set.cycles())
        .objectives(set.objectives()).build();
  }

  /** The floor: every objective and key result id into a hash map of positions. */
  @Benchmark
  public int indexIdsInHashMaps() {
    List<Objective> objectives = set.objectives();
    Map<Object, Integer> objectiveIds = new HashMap<>(objectives.size() * 2);
    Map<Object, Integer> keyResultIds = new HashMap<>(set.keyResultCount() * 2);
    int k = 0;
    for (int o = 0; o < objectives.size(); o++) {
      objectiveIds.put(objectives.get(o).id(), o);
      for (KeyResult keyResult : objectives.get(o).keyResults()) {
        keyResultIds.put(keyResult.id(), k++);
      }
    }
    return objectiveIds.size() + keyResultIds.size();
  }
}
