package org.okr4j.examples.bench;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentMetrics;
import org.okr4j.alignment.AlignmentRules;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationResult;
import org.okr4j.core.validation.Violation;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
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
 * The core alignment analyses (graph build, orphans, reachability from the top and cascade depth,
 * loops) three ways: okr4j; the same written with JGraphT, as a developer would otherwise; and a
 * raw pass over int arrays prepared in advance (the floor). Each returns the number of orphans,
 * unreached objectives and loops, so the three can be checked against each other.
 * {@link #okr4jCoreAnalysesOnBuiltGraph()} starts, like the floor, from a graph built in advance;
 * {@link #okr4jFullAnalysis()} adds every other analysis but near-duplicates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx16g", "-XX:+UseParallelGC"})
public class AlignmentBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int employees;

  private OkrSet set;
  private AlignmentGraph graph;
  private ValidationPolicy core;
  private ValidationPolicy full;
  private int top;
  // The floor's inputs: first-parent arrays in compressed rows, levels, standalone flags.
  private int[] parentStart;
  private int[] parent;
  private int[] rank;
  private boolean[] standalone;
  private boolean[] hasAnyParent;

  @Setup(Level.Trial)
  public void setUp() {
    set = SyntheticOrganization.generate(employees, 42, SyntheticOrganization.Rates.typical());
    core = ValidationPolicy.builder().name("core").rule("structure.unaligned")
        .rule(AlignmentRules.MISALIGNED_CLUSTER).rule(AlignmentRules.LOOP).build();
    full = ValidationPolicy.defaults().without(AlignmentRules.DUPLICATE_OBJECTIVES)
        .without(AlignmentRules.DUPLICATE_KEY_RESULTS);
    List<Objective> objectives = set.objectives();
    int n = objectives.size();
    top = objectives.stream().mapToInt(o -> o.level().rank()).min().orElse(0);
    parentStart = new int[n + 1];
    rank = new int[n];
    standalone = new boolean[n];
    hasAnyParent = new boolean[n];
    int[] edges = new int[n * 2];
    int count = 0;
    for (int o = 0; o < n; o++) {
      Objective objective = objectives.get(o);
      rank[o] = objective.level().rank();
      standalone[o] = objective.standaloneReason().isPresent();
      hasAnyParent[o] = !objective.parents().isEmpty();
      for (AlignmentTarget target : objective.parents()) {
        int p = position(target);
        if (p >= 0) {
          if (count == edges.length) {
            edges = Arrays.copyOf(edges, count * 2);
          }
          edges[count++] = p;
        }
      }
      parentStart[o + 1] = count;
    }
    parent = Arrays.copyOf(edges, count);
    graph = AlignmentGraph.of(set);
    long[] check = {okr4jCoreAnalyses(), okr4jCoreAnalysesOnBuiltGraph(), jgraphtCoreAnalyses(),
        floorIntArrays()};
    if (Arrays.stream(check).distinct().count() != 1) {
      throw new IllegalStateException("the three versions disagree: " + Arrays.toString(check));
    }
  }

  private int position(AlignmentTarget target) {
    if (target instanceof ObjectiveId id) {
      return set.positionOf(id);
    }
    return set.objectiveOf((KeyResultId) target).map(o -> set.positionOf(o.id())).orElse(-1);
  }

  /**
   * okr4j: resolve the links of a fresh copy of the set (its id index and links are built on
   * first use), run unaligned objectives, misaligned clusters and loops as rules, and count loops
   * in the metrics.
   */
  @Benchmark
  public long okr4jCoreAnalyses() {
    OkrSet fresh = OkrSet.builder().from(set).build();
    return coreSummary(core.check(fresh, SyntheticOrganization.AS_OF),
        AlignmentMetrics.of(AlignmentGraph.of(fresh)));
  }

  /** okr4j: the same analyses on links and a graph built in advance, as the floor's arrays are. */
  @Benchmark
  public long okr4jCoreAnalysesOnBuiltGraph() {
    return coreSummary(core.check(set, SyntheticOrganization.AS_OF), AlignmentMetrics.of(graph));
  }

  private static long coreSummary(ValidationResult result, AlignmentMetrics metrics) {
    long unreached = 0;
    for (Violation cluster : result.withCode(AlignmentRules.MISALIGNED_CLUSTER).violations()) {
      unreached += cluster.subjects().size();
    }
    return summary(result.withCode("structure.unaligned").count(), unreached, metrics.loops());
  }

  /** okr4j: the default policy without near-duplicates, and the metrics. */
  @Benchmark
  public int okr4jFullAnalysis() {
    OkrSet fresh = OkrSet.builder().from(set).build();
    return full.check(fresh, SyntheticOrganization.AS_OF).count()
        + AlignmentMetrics.of(fresh).components();
  }

  /** The same three analyses with JGraphT, over the objectives' ids. */
  @Benchmark
  public long jgraphtCoreAnalyses() {
    Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    List<Objective> objectives = set.objectives();
    for (Objective objective : objectives) {
      graph.addVertex(objective.id().value());
    }
    for (Objective objective : objectives) {
      for (AlignmentTarget target : objective.parents()) {
        String to = target instanceof ObjectiveId id ? (set.contains(id) ? id.value() : null)
            : set.objectiveOf((KeyResultId) target).map(o -> o.id().value()).orElse(null);
        if (to != null) {
          graph.addEdge(objective.id().value(), to);
        }
      }
    }
    int orphans = 0;
    for (Objective objective : objectives) {
      if (objective.level().rank() > top && objective.parents().isEmpty()
          && objective.standaloneReason().isEmpty()) {
        orphans++;
      }
    }
    // Reachability from the top: breadth first over the reversed edges from a virtual root.
    Graph<String, DefaultEdge> down = new EdgeReversedGraph<>(graph);
    Set<String> reached = new java.util.HashSet<>();
    for (Objective objective : objectives) {
      if (objective.level().rank() == top && !reached.contains(objective.id().value())) {
        BreadthFirstIterator<String, DefaultEdge> it =
            new BreadthFirstIterator<>(down, objective.id().value());
        while (it.hasNext()) {
          reached.add(it.next());
        }
      }
    }
    long unreached = 0;
    for (String vertex : graph.vertexSet()) {
      if (!reached.contains(vertex) && graph.outDegreeOf(vertex) > 0) {
        unreached++;
      }
    }
    long loops = 0;
    for (Set<String> component
        : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
      if (component.size() > 1 || graph.containsEdge(component.iterator().next(),
          component.iterator().next())) {
        loops++;
      }
    }
    return summary(orphans, unreached, loops);
  }

  /** The floor: the same over int arrays prepared in advance (no graph to build). */
  @Benchmark
  public long floorIntArrays() {
    int n = rank.length;
    int orphans = 0;
    for (int o = 0; o < n; o++) {
      if (rank[o] > top && !hasAnyParent[o] && !standalone[o]) {
        orphans++;
      }
    }
    // children rows
    int[] childStart = new int[n + 1];
    for (int p : parent) {
      childStart[p + 1]++;
    }
    for (int o = 0; o < n; o++) {
      childStart[o + 1] += childStart[o];
    }
    int[] child = new int[parent.length];
    int[] fill = Arrays.copyOf(childStart, n);
    for (int o = 0; o < n; o++) {
      for (int e = parentStart[o]; e < parentStart[o + 1]; e++) {
        child[fill[parent[e]]++] = o;
      }
    }
    int[] depth = new int[n];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int o = 0; o < n; o++) {
      if (rank[o] == top) {
        depth[o] = 1;
        queue.add(o);
      }
    }
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int c = childStart[v]; c < childStart[v + 1]; c++) {
        if (depth[child[c]] == 0) {
          depth[child[c]] = depth[v] + 1;
          queue.add(child[c]);
        }
      }
    }
    long unreached = 0;
    for (int o = 0; o < n; o++) {
      if (depth[o] == 0 && parentStart[o] < parentStart[o + 1]) {
        unreached++;
      }
    }
    return summary(orphans, unreached, loopCount(n));
  }

  /** Iterative Tarjan over the parent rows: the number of loops. */
  private long loopCount(int n) {
    int[] index = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] stack = new int[n];
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    int sp = 0;
    int counter = 0;
    long loops = 0;
    for (int start = 0; start < n; start++) {
      if (index[start] >= 0) {
        continue;
      }
      int d = 0;
      callNode[0] = start;
      callEdge[0] = parentStart[start];
      index[start] = low[start] = counter++;
      stack[sp++] = start;
      onStack[start] = true;
      while (d >= 0) {
        int v = callNode[d];
        if (callEdge[d] < parentStart[v + 1]) {
          int w = parent[callEdge[d]++];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[sp++] = w;
            onStack[w] = true;
            callNode[++d] = w;
            callEdge[d] = parentStart[w];
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
        } else {
          if (low[v] == index[v]) {
            int size = 0;
            int member;
            boolean self = false;
            do {
              member = stack[--sp];
              onStack[member] = false;
              size++;
            } while (member != v);
            for (int e = parentStart[v]; e < parentStart[v + 1]; e++) {
              self |= parent[e] == v;
            }
            if (size > 1 || self) {
              loops++;
            }
          }
          d--;
          if (d >= 0) {
            low[callNode[d]] = Math.min(low[callNode[d]], low[v]);
          }
        }
      }
    }
    return loops;
  }

  private static long summary(long orphans, long unreached, long loops) {
    return orphans * 1_000_000_000_000L + unreached * 1_000_000L + loops;
  }
}
