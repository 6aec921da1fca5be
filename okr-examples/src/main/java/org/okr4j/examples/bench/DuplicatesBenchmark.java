package org.okr4j.examples.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.okr4j.alignment.AlignmentRules;
import org.okr4j.examples.SyntheticOrganization;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.Violation;
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
 * Near-duplicate objectives among N titles of N owners: okr4j's grouping (exact buckets, MinHash,
 * LSH and union-find) against the all-pairs baseline with the same similarity. A fifth of the
 * titles come from templates ("Close 20 deals this quarter", as every sales rep has), a tenth
 * are near-copies of a recent title, the rest are drawn from an OKR vocabulary.
 *
 * <p>Setup compares okr4j's answer with the all-pairs one and prints: <b>recall</b>, the share of
 * similar pairs (of different owners) whose titles okr4j puts in one group; <b>precision</b>, the
 * share of titles in okr4j's groups that have a similar title of another owner; and the number of
 * okr4j's findings against the number of groups all pairs make (connected similar titles), which
 * it may never exceed: one finding per group, never one per pair.
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
  private static final String[] TEMPLATES = {"Close %d deals this quarter",
      "Book %d demos with new accounts", "Resolve %d support tickets within a day",
      "Publish %d customer stories", "Interview %d candidates for engineering"};

  @Param({"20000"})
  public int titles;

  private OkrSet set;
  private ValidationPolicy policy;
  private int[][] shingles;
  private String[] owners;

  /**
   * {@code n} seeded titles, each with its own owner: every fifth from a template with a number
   * from a few quotas, every tenth a near-copy of a recent title (one word added), the rest five
   * to nine words from a small OKR vocabulary (English and Chinese).
   */
  public static OkrSet titles(int n) {
    Random random = new Random(11);
    List<Objective> objectives = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String title;
      if (i % 10 == 9) {
        title = objectives.get(i - 1 - random.nextInt(8)).title() + " " + WORDS[random.nextInt(
            WORDS.length)];
      } else if (i % 5 == 0) {
        title = String.format(java.util.Locale.ROOT, TEMPLATES[random.nextInt(TEMPLATES.length)],
            10 * (1 + random.nextInt(4)));
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

  /** Prints okr4j's recall, precision and findings against all pairs (20 000 titles by default). */
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
    long start = System.nanoTime();
    List<Violation> findings = policy.check(set, SyntheticOrganization.AS_OF).violations();
    long took = System.nanoTime() - start;
    int[] group = new int[titles];
    Arrays.fill(group, -1);
    for (int g = 0; g < findings.size(); g++) {
      for (Object subject : findings.get(g).subjects()) {
        group[Integer.parseInt(((ObjectiveId) subject).value().substring(1))] = g;
      }
    }
    Quality quality = compare(group);
    System.out.printf(java.util.Locale.ROOT, "%n%d titles: okr4j once %d ms; similar pairs %d,"
        + " recall %.4f; titles in okr4j's groups %d, precision %.4f; findings %d, groups of all"
        + " pairs %d%n", titles, took / 1_000_000, quality.pairs, quality.recall(),
        quality.grouped, quality.precision(), findings.size(), quality.components);
  }

  /** What okr4j's groups ({@code group[i]}, -1 for none) get right against all pairs. */
  private Quality compare(int[] group) {
    double threshold = policy.get(AlignmentRules.SIMILARITY_THRESHOLD);
    int n = shingles.length;
    int[] parent = new int[n];
    boolean[] hasPartner = new boolean[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    long pairs = 0;
    long found = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (!owners[i].equals(owners[j])
            && TitleSimilarity.jaccard(shingles[i], shingles[j]) >= threshold) {
          pairs++;
          found += group[i] >= 0 && group[i] == group[j] ? 1 : 0;
          hasPartner[i] = true;
          hasPartner[j] = true;
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    int grouped = 0;
    int right = 0;
    int components = 0;
    for (int i = 0; i < n; i++) {
      grouped += group[i] >= 0 ? 1 : 0;
      right += group[i] >= 0 && hasPartner[i] ? 1 : 0;
      components += hasPartner[i] && root(parent, i) == i ? 1 : 0;
    }
    return new Quality(pairs, found, grouped, right, components);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private record Quality(long pairs, long found, int grouped, int right, int components) {
    double recall() {
      return pairs == 0 ? 1 : (double) found / pairs;
    }

    double precision() {
      return grouped == 0 ? 1 : (double) right / grouped;
    }
  }

  /** okr4j: the near-duplicate rule, one finding per group. */
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
