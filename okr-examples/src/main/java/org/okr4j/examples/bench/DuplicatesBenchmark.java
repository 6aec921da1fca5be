package org.okr4j.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.okr4j.alignment.AlignmentRules;
import org.okr4j.examples.SyntheticOrganization;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.alignment.TitleSimilarity;
import org.okr4j.core.CycleId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
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
 * Near-duplicate objectives among N titles: okr4j's MinHash/LSH search against the all-pairs
 * baseline with the same similarity. Setup measures recall (the share of the all-pairs answer that
 * okr4j finds) and prints it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class DuplicatesBenchmark {

  private static final String[] WORDS = ("grow reduce revenue churn customer satisfaction checkout"
      + " speed mobile web dealers europe hiring engineers brand community retention margin cost"
      + " quality support tickets response time onboarding partners pipeline launch loyalty"
      + " programme 提升 客户 满意度 销售 渠道").split(" ");

  @Param({"20000"})
  public int titles;

  private OkrSet set;
  private ValidationPolicy policy;
  private int[][] shingles;
  private String[] owners;

  /**
   * {@code n} seeded titles from a small OKR vocabulary (English and Chinese), every tenth a
   * near-copy of a recent one, each with its own owner.
   */
  public static OkrSet titles(int n) {
    Random random = new Random(11);
    List<Objective> objectives = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String title;
      if (i % 10 == 9) {
        title = objectives.get(i - 1 - random.nextInt(8)).title() + " " + WORDS[random.nextInt(
            WORDS.length)];
      } else {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 5 + random.nextInt(5); w++) {
          text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        title = text.toString().strip();
      }
      objectives.add(Objective.builder().id(ObjectiveId.of("o" + i)).title(title)
          .owner(OrgUnitId.of("u" + i)).level(LevelScheme.standard().level("team"))
          .cycle(CycleId.of("2026-Q3")).build());
    }
    return OkrSet.builder().objectives(objectives).build();
  }

  /** Prints okr4j's recall against all pairs for the sizes given (20 000 by default). */
  public static void main(String[] args) {
    for (String size : args.length == 0 ? new String[] {"20000"} : args) {
      DuplicatesBenchmark benchmark = new DuplicatesBenchmark();
      benchmark.titles = Integer.parseInt(size);
      benchmark.setUp();
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    set = titles(titles);
    shingles = new int[titles][];
    owners = new String[titles];
    for (int i = 0; i < titles; i++) {
      shingles[i] = TitleSimilarity.shingles(set.objectives().get(i).title());
      owners[i] = "u" + i;
    }
    policy = ValidationPolicy.builder().name("duplicates")
        .rule(AlignmentRules.DUPLICATE_OBJECTIVES).build();
    long expected = allPairs();
    long start = System.nanoTime();
    int found = okr4jNearDuplicates();
    long took = System.nanoTime() - start;
    System.out.printf(java.util.Locale.ROOT, "%n%d titles: recall of okr4j against all pairs: %d"
        + " of %d = %.4f (okr4j once: %d ms)%n", titles, found, expected,
        expected == 0 ? 1.0 : (double) found / expected, took / 1_000_000);
  }

  /** okr4j: MinHash and LSH, then exact verification of the candidates. */
  @Benchmark
  public int okr4jNearDuplicates() {
    return policy.check(set, SyntheticOrganization.AS_OF).count();
  }

  /** The baseline: exact Jaccard over every pair of titles with different owners. */
  @Benchmark
  public long allPairs() {
    long pairs = 0;
    double threshold = policy.get(AlignmentRules.SIMILARITY_THRESHOLD);
    for (int i = 0; i < shingles.length; i++) {
      for (int j = i + 1; j < shingles.length; j++) {
        if (!owners[i].equals(owners[j])
            && TitleSimilarity.jaccard(shingles[i], shingles[j]) >= threshold) {
          pairs++;
        }
      }
    }
    return pairs;
  }
}
