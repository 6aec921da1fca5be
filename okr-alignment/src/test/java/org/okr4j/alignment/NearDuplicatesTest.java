package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.Theories.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.SourceDSL;

/** How titles are grouped: exact copies first, then shared bands, joined by union-find. */
class NearDuplicatesTest {

  private static List<String> owners(int n) {
    List<String> owners = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      owners.add("owner-" + i);
    }
    return owners;
  }

  private static int[] sequence(int n) {
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = i;
    }
    return values;
  }

  @ParameterizedTest(name = "lesser({0}, {1}) = {2}")
  @CsvSource({
      "1, 2, 1", "2, 1, 1", "5, 5, 5", "-1, 0, -1", "0, -1, -1",
      "9223372036854775807, 9223372036854775807, 9223372036854775807",
      // a - b overflows: a sign the subtraction alone would get wrong
      "-9223372036854775808, 9223372036854775807, -9223372036854775808",
      "9223372036854775807, -9223372036854775808, -9223372036854775808",
      "-9223372036854775808, 1, -9223372036854775808",
      "9223372036854775807, -2, -2",
      "-2, 9223372036854775807, -2"})
  void lesserIsTheSmallerEvenWhereTheDifferenceOverflows(long a, long b, long smaller) {
    assertThat(NearDuplicates.lesser(a, b)).isEqualTo(smaller);
  }

  @Test
  void lesserAgreesWithMathMinOnAnyTwoLongs() {
    qt().forAll(SourceDSL.longs().all(), SourceDSL.longs().all())
        .checkAssert((a, b) -> assertThat(NearDuplicates.lesser(a, b)).isEqualTo(Math.min(a, b)));
  }

  @Test
  void aSignatureHoldsTheLeastOfEachHashOverTheShingles() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().all()).ofSizeBetween(0, 60))
        .checkAssert(list -> {
          int[] shingles = list.stream().mapToInt(Integer::intValue).toArray();
          long[] minima = new long[72];
          NearDuplicates.signature(shingles, minima);
          assertThat(minima).containsExactly(signatureStepByStep(shingles));
        });
  }

  /** Each shingle's hashes made by adding its second hash step by step, the least by Math.min. */
  private static long[] signatureStepByStep(int[] shingles) {
    long[] minima = new long[72];
    Arrays.fill(minima, Long.MAX_VALUE);
    for (int shingle : shingles) {
      long h1 = shingle * 0x9E3779B97F4A7C15L;
      long h2 = (h1 ^ (h1 >>> 31)) * 0xBF58476D1CE4E5B9L | 1;
      long h = h1;
      for (int k = 0; k < minima.length; k++, h += h2) {
        minima[k] = Math.min(minima[k], h ^ h >>> 29);
      }
    }
    return minima;
  }

  @Test
  void findsAGroupHoweverFarApartItsTitlesStand() {
    List<String> titles = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    titles.add("Open three stores in Lisbon");
    owners.add("a");
    for (int i = 0; i < 400; i++) {
      titles.add("Topic " + Integer.toString(i * 7919, 36) + " " + Integer.toString(i, 36));
      owners.add("b");
    }
    titles.add("Open three stores in Lisbon");
    owners.add("c");
    List<NearDuplicates.Group> groups = NearDuplicates.find(titles, owners, 0.6);
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).memberList()).containsExactly(0, 401);
    assertThat(groups.get(0).similarity()).isEqualTo(1.0);
  }

  @Test
  void joinsThroughEachOtherAndKeepsTheWeakestLink() {
    // b is like a and like c; a and c are less alike than the threshold, yet one group.
    String a = "Grow revenue in Europe";
    String b = "Grow revenue in Europe and Asia";
    String c = "Grow revenue in Europe and Asia and Africa";
    assertThat(TitleSimilarity.of(a, c)).isLessThan(0.6);
    List<NearDuplicates.Group> groups = NearDuplicates.find(List.of(a, b, c), owners(3), 0.6);
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).memberList()).containsExactly(0, 1, 2);
    assertThat(groups.get(0).similarity()).isEqualTo(Math.min(TitleSimilarity.of(a, b),
        TitleSimilarity.of(b, c)));
  }

  @Test
  void oneOwnersTitlesAreNoDuplicatesNorAreEmptyOnes() {
    List<String> titles = List.of("Make checkout fast", "Make checkout fast", "", "", "!!");
    assertThat(NearDuplicates.find(titles, List.of("a", "a", "b", "c", "d"), 0.6)).isEmpty();
    List<NearDuplicates.Group> groups = NearDuplicates.find(titles, List.of("a", "b", "b", "c",
        "d"), 0.6);
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).memberList()).containsExactly(0, 1);
  }

  @Test
  void oneOwnersNearCopiesJoinAGroupThroughAnotherOwner() {
    List<String> titles = List.of("Make checkout fast", "Make checkout fast", "Hire engineers",
        "Make checkout fast!");
    List<NearDuplicates.Group> groups = NearDuplicates.find(titles, List.of("a", "a", "b", "c"),
        0.6);
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).memberList()).containsExactly(0, 1, 3);
  }

  @Test
  void titlesOfDifferentCyclesNeverMeet() {
    int[][] shingles = new int[4][];
    for (int i = 0; i < 4; i++) {
      shingles[i] = TitleSimilarity.shingles(i < 2 ? "Make checkout fast" : "Make checkout fast!");
    }
    assertThat(NearDuplicates.find(shingles, sequence(4), new int[] {0, 1, 2, 3}, sequence(4),
        0.6)).isEmpty();
    List<NearDuplicates.Group> groups = NearDuplicates.find(shingles, sequence(4),
        new int[] {0, 1, 1, 0}, sequence(4), 0.6);
    assertThat(groups).extracting(NearDuplicates.Group::memberList)
        .containsExactly(List.of(0, 3), List.of(1, 2));
  }

  @Test
  void oneFamilysTitlesAreNoDuplicatesUntilAnotherFamilyJoins() {
    int[][] shingles = new int[4][];
    for (int i = 0; i < 4; i++) {
      shingles[i] = TitleSimilarity.shingles("Close 20 deals this quarter");
    }
    assertThat(NearDuplicates.find(Arrays.copyOf(shingles, 3), sequence(3), new int[3],
        new int[] {7, 7, 7}, 0.6)).isEmpty();
    List<NearDuplicates.Group> groups = NearDuplicates.find(shingles, sequence(4), new int[4],
        new int[] {7, 7, 7, 8}, 0.6);
    assertThat(groups).extracting(NearDuplicates.Group::memberList)
        .containsExactly(List.of(0, 1, 2, 3));
  }

  @Test
  @Tag("slow") // a scale test: kills no mutant the small lists miss, and the mutation gate skips it
  @Timeout(60)
  void twoHundredThousandIdenticalTitlesAreOneGroupInLinearTime() {
    int n = 200_000;
    long start = System.nanoTime();
    List<NearDuplicates.Group> groups = NearDuplicates.find(
        Collections.nCopies(n, "Close 20 deals this quarter"), owners(n), 0.6);
    long took = (System.nanoTime() - start) / 1_000_000;
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).members()).hasSize(n);
    assertThat(groups.get(0).similarity()).isEqualTo(1.0);
    System.out.printf("%d identical titles grouped in %d ms%n", n, took);
  }

  @Test
  @Tag("slow")
  @Timeout(60)
  void twentyThousandTemplatedTitlesMakeFewGroups() {
    Random random = new Random(3);
    int n = 20_000;
    List<String> titles = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      titles.add("Close " + (5 + random.nextInt(60)) + " deals in Q3");
    }
    long start = System.nanoTime();
    List<NearDuplicates.Group> groups = NearDuplicates.find(titles, owners(n), 0.6);
    long took = (System.nanoTime() - start) / 1_000_000;
    assertThat(groups).hasSizeBetween(1, 5);
    int grouped = groups.stream().mapToInt(g -> g.members().length).sum();
    assertThat(grouped).isGreaterThan(n * 9 / 10);
    System.out.printf("%d templated titles: %d groups in %d ms%n", n, groups.size(), took);
  }

  @Test
  void aBandBucketOverTheWindowStillJoinsEveryDistinctTitle() {
    // 300 distinct titles of one template share bands: each is verified against the bucket's
    // first and a window before it, never all pairs, and all end up in one group.
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      titles.add("Quarterly business review with the regional sales team number " + i);
    }
    List<NearDuplicates.Group> groups = NearDuplicates.find(titles, owners(300), 0.6);
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).members()).hasSize(300);
    Set<Integer> members = new HashSet<>(groups.get(0).memberList());
    assertThat(members).hasSize(300);
  }

  @Test
  void makesNoMoreGroupsThanAllPairsWhenBandBucketsAreCrowded() {
    // 100 titles from twelve words: band buckets hold more groups than the window, and the
    // windowed pass alone leaves 21 groups where all pairs make 20; the repair pass joins them.
    String[] words = ("grow reduce revenue churn customer satisfaction checkout speed mobile web"
        + " dealers europe").split(" ");
    Random random = new Random(5);
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      if (i % 10 == 9) {
        titles.add(titles.get(i - 1 - random.nextInt(8)) + " " + words[random.nextInt(
            words.length)]);
      } else {
        StringBuilder title = new StringBuilder();
        for (int w = 0; w < 5 + random.nextInt(5); w++) {
          title.append(words[random.nextInt(words.length)]).append(' ');
        }
        titles.add(title.toString().strip());
      }
    }
    int[] parent = sequence(titles.size());
    boolean[] paired = new boolean[titles.size()];
    for (int i = 0; i < titles.size(); i++) {
      for (int j = i + 1; j < titles.size(); j++) {
        if (TitleSimilarity.of(titles.get(i), titles.get(j)) >= 0.6) {
          paired[i] = true;
          paired[j] = true;
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Set<Integer> allPairsGroups = new HashSet<>();
    for (int i = 0; i < titles.size(); i++) {
      if (paired[i]) {
        allPairsGroups.add(root(parent, i));
      }
    }
    assertThat(allPairsGroups).hasSize(20);
    assertThat(NearDuplicates.find(titles, owners(titles.size()), 0.6)).hasSize(20);
  }

  @Test
  @Tag("slow")
  @Timeout(30)
  void twoLargeFamiliesThatShareBandsStayTwoGroupsInLinearTime() {
    // Within a family titles are alike (0.78 and more); across, about 0.3: the families meet in
    // band buckets, and the repair pass tries them against each other only within its budget
    // (verifying until the pairs run out takes 1.4 billion looks at half this size).
    int n = 200_000;
    List<String> titles = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      titles.add(i % 2 == 0 ? "Close " + i + " deals with enterprise customers in Europe"
          : "Close " + i + " deals with new partner customers across Asia");
    }
    long start = System.nanoTime();
    List<NearDuplicates.Group> groups = NearDuplicates.find(titles, owners(n), 0.6);
    long took = (System.nanoTime() - start) / 1_000_000;
    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).members()).hasSize(n / 2);
    assertThat(groups.get(1).members()).hasSize(n / 2);
    System.out.printf("%d titles of two families: 2 groups in %d ms%n", n, took);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
