package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Identifier;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.Organization;
import org.okr4j.core.testing.OkrSets;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationResult;
import org.okr4j.core.validation.Violation;

/** Invariants over the generated valid and malformed sets. */
class AlignmentPropertiesTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 8, 20);

  @Test
  void clustersNeverReachTheTop() {
    qt(80).forAll(OkrSets.any(25)).checkAssert(set -> {
      AlignmentGraph graph = AlignmentGraph.of(set);
      ValidationResult result = ValidationPolicy.defaults().check(set, AS_OF);
      int top = set.objectives().stream().mapToInt(o -> o.level().rank()).min().orElse(0);
      for (Violation cluster : result.withCode(AlignmentRules.MISALIGNED_CLUSTER).violations()) {
        for (Identifier<?> member : cluster.subjects()) {
          assertThat(set.objective((ObjectiveId) member).orElseThrow().level().rank())
              .isGreaterThan(top);
          assertThat(graph.ancestors((ObjectiveId) member)).allSatisfy(a ->
              assertThat(set.objective(a).orElseThrow().level().rank()).isGreaterThan(top));
        }
      }
      for (Violation loop : result.withCode(AlignmentRules.LOOP).violations()) {
        List<Identifier<?>> path = loop.subjects();
        assertThat(path.get(0)).isEqualTo(path.get(path.size() - 1));
        for (int i = 0; i + 1 < path.size(); i++) {
          assertThat(graph.parents((ObjectiveId) path.get(i))).contains(
              (ObjectiveId) path.get(i + 1));
        }
      }
      assertThat(AlignmentMetrics.of(graph).alignmentShare().orElse(0)).isBetween(0, 100);
    });
  }

  /**
   * The default policy, okr-core's rules and these together, ignores the order of the lists and
   * whether it runs on one thread.
   */
  @Test
  void theSameSetInAnyOrderGivesTheSameResult() {
    qt(40).forAll(OkrSets.any(20)).checkAssert(set -> {
      List<Objective> shuffled = new ArrayList<>(set.objectives());
      Collections.shuffle(shuffled, new Random(shuffled.size()));
      List<OrgUnit> units = new ArrayList<>(set.organization().units());
      Collections.shuffle(units, new Random(units.size()));
      OkrSet reordered = OkrSet.builder().from(set).objectives(shuffled)
          .organization(Organization.builder().from(set.organization()).units(units).build())
          .build();
      ValidationResult a = ValidationPolicy.defaults().check(set, AS_OF);
      ValidationResult b = ValidationPolicy.defaults().check(reordered, AS_OF);
      assertThat(b.violations()).isEqualTo(a.violations());
      // On one thread the walk numbers owners and titles in id order, with an executor a pass of
      // their own numbers them in set order: the numbers differ, the result must not.
      ValidationResult c = ValidationPolicy.defaults().check(reordered, AS_OF, Runnable::run);
      assertThat(c.violations()).isEqualTo(a.violations());
      assertThat(AlignmentMetrics.of(reordered)).isEqualTo(AlignmentMetrics.of(set));
      assertThat(AlignmentMetrics.of(reordered).toText()).isEqualTo(AlignmentMetrics.of(set)
          .toText());
    });
  }

  /**
   * Duplicates: recall and precision of the groups against all pairs, on random titles from a
   * small vocabulary with planted near-duplicate groups, in two cycles. Recall: of the pairs of
   * titles with different owners in one cycle whose exact Jaccard similarity reaches the
   * threshold, the share whose two titles end up in one reported group. Precision: every member of
   * a group reads like (reaches the threshold with) at least one other member, and a group stays
   * in one cycle. And no more groups than all pairs make: the connected sets of titles that
   * similar pairs link (issue #12), so that a group all pairs would find is never split in two.
   */
  @Test
  void nearDuplicateGroupsHoldWhatAllPairsFind() {
    Random random = new Random(7);
    String[] words = ("grow reduce revenue churn customer satisfaction checkout speed mobile web"
        + " dealers europe hiring engineers brand community retention margin cost quality support"
        + " tickets response time onboarding partners pipeline").split(" ");
    List<String> titles = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<Integer> cycles = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      List<String> title = new ArrayList<>();
      for (int w = 0; w < 5 + random.nextInt(4); w++) {
        title.add(words[random.nextInt(words.length)]);
      }
      int cycle = random.nextInt(2);
      titles.add(String.join(" ", title));
      owners.add(i % 50);
      cycles.add(cycle);
      if (i % 5 == 0) {
        // A planted group: two to four near-copies by other owners, mostly in the same cycle.
        for (int copy = 0; copy < 2 + random.nextInt(3); copy++) {
          List<String> changed = new ArrayList<>(title);
          switch (random.nextInt(3)) {
            case 0 -> changed.add(words[random.nextInt(words.length)]);
            case 1 -> changed.set(random.nextInt(changed.size()), words[random.nextInt(
                words.length)]);
            default -> changed.add(random.nextInt(changed.size()), "faster");
          }
          titles.add(String.join(" ", changed));
          owners.add(100 + titles.size());
          cycles.add(random.nextInt(10) == 0 ? 1 - cycle : cycle);
        }
      }
    }
    int n = titles.size();
    int[][] shingles = titles.stream().map(TitleSimilarity::shingles).toArray(int[][]::new);
    int[] owner = owners.stream().mapToInt(Integer::intValue).toArray();
    int[] cycle = cycles.stream().mapToInt(Integer::intValue).toArray();
    int[] family = new int[n];
    for (int i = 0; i < n; i++) {
      family[i] = i;
    }
    double threshold = 0.6;
    List<NearDuplicates.Group> groups = NearDuplicates.find(shingles, owner, cycle, family,
        threshold);
    int[] groupOf = new int[n];
    java.util.Arrays.fill(groupOf, -1);
    for (int g = 0; g < groups.size(); g++) {
      for (int m : groups.get(g).members()) {
        assertThat(groupOf[m]).as("in one group only").isEqualTo(-1);
        groupOf[m] = g;
      }
    }
    int expected = 0;
    int hit = 0;
    int[] linked = new int[n];
    boolean[] paired = new boolean[n];
    for (int i = 0; i < n; i++) {
      linked[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (owner[i] != owner[j] && cycle[i] == cycle[j]
            && TitleSimilarity.jaccard(shingles[i], shingles[j]) >= threshold) {
          expected++;
          hit += groupOf[i] >= 0 && groupOf[i] == groupOf[j] ? 1 : 0;
          paired[i] = true;
          paired[j] = true;
          linked[root(linked, i)] = root(linked, j);
        }
      }
    }
    int allPairsGroups = 0;
    for (int i = 0; i < n; i++) {
      allPairsGroups += paired[i] && root(linked, i) == i ? 1 : 0;
    }
    double recall = (double) hit / expected;
    int alike = 0;
    int members = 0;
    for (NearDuplicates.Group group : groups) {
      int[] m = group.members();
      for (int a : m) {
        members++;
        assertThat(cycle[a]).isEqualTo(cycle[m[0]]);
        for (int b : m) {
          if (a != b && TitleSimilarity.jaccard(shingles[a], shingles[b]) >= threshold) {
            alike++;
            break;
          }
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "near-duplicates: %d titles, %d similar pairs,"
        + " recall %.4f, %d groups (all pairs: %d), precision %d of %d members%n", n, expected,
        recall, groups.size(), allPairsGroups, alike, members);
    assertThat(expected).isGreaterThan(800);
    assertThat(recall).isGreaterThanOrEqualTo(0.95);
    assertThat(alike).isEqualTo(members);
    assertThat(groups).hasSizeLessThanOrEqualTo(allPairsGroups);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  @Test
  void jaccardOfSortedArrays() {
    assertThat(TitleSimilarity.jaccard(new int[0], new int[0])).isZero();
    assertThat(TitleSimilarity.jaccard(new int[] {1, 2}, new int[] {2, 3})).isEqualTo(1.0 / 3);
    assertThat(TitleSimilarity.jaccard(new int[] {1, 5, 9}, new int[] {2, 5, 7, 9}))
        .isEqualTo(2.0 / 5);
  }

  /**
   * The metric key's definition, as a regular expression: numbers and the punctuation inside them
   * become spaces, the rest splits on anything but letters and digits, direction words go. The
   * one-scan implementation must agree with it on any text, Chinese and symbols included.
   */
  @Test
  void metricKeyAgreesWithItsDefinition() {
    java.util.regex.Pattern numbers = java.util.regex.Pattern.compile("[\\p{N}.,%]+");
    java.util.function.Function<String, String> definition = title -> {
      String text = numbers.matcher(title.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
      List<String> words = new ArrayList<>();
      for (String word : text.split("[^\\p{L}\\p{N}]+")) {
        if (!word.isEmpty() && !KeyResultRules.DIRECTION_WORDS.contains(word)) {
          words.add(word);
        }
      }
      return String.join(" ", words);
    };
    String alphabet = "ab Zé-%.,9٣ 提高客户满意度 raise cut to from ΣΑ\u0130\uD835\uDC00\t";
    qt().forAll(org.quicktheories.generators.SourceDSL.strings()
            .betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 30),
        org.quicktheories.generators.SourceDSL.integers().between(0, Integer.MAX_VALUE - 1))
        .checkAssert((ascii, seed) -> {
          Random random = new Random(seed);
          StringBuilder mixed = new StringBuilder(ascii);
          for (int i = 0; i < 12; i++) {
            mixed.insert(random.nextInt(mixed.length() + 1),
                alphabet.charAt(random.nextInt(alphabet.length())));
          }
          String title = mixed.toString();
          assertThat(KeyResultRules.metricKey(title)).as(title).isEqualTo(definition.apply(title));
        });
  }
}
