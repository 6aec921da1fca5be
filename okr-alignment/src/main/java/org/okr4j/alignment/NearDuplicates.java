package org.okr4j.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate titles by MinHash and locality-sensitive hashing, never all pairs.
 *
 * <p>Each title becomes its {@link TitleSimilarity#shingles(String) shingles}. 48 MinHash values per title are cut into 16 bands of 3: titles that agree on a
 * whole band become candidates (about 98 % of pairs at Jaccard 0.6 do), and each candidate pair is
 * verified with the exact Jaccard similarity of the shingle sets. Pairs with the same owner are
 * skipped: duplicated effort is between owners. A band bucket larger than {@value #BUCKET_CAP}
 * (boilerplate titles) is compared along a sliding window of {@value #WINDOW} instead of in full,
 * which keeps the work linear.
 */
final class NearDuplicates {

  private static final int HASHES = 48;
  private static final int ROWS = 3;
  private static final int BANDS = HASHES / ROWS;
  private static final int BUCKET_CAP = 256;
  private static final int WINDOW = 32;

  /** A pair of indexes into the titles, first < second, and their similarity. */
  record Pair(int first, int second, double similarity) {}

  private NearDuplicates() {}

  /** The pairs of titles with different owners whose Jaccard similarity is at least {@code threshold}, sorted. */
  static List<Pair> find(List<String> titles, List<String> owners, double threshold) {
    int n = titles.size();
    int[][] shingles = new int[n][];
    long[][] signatures = new long[n][];
    for (int i = 0; i < n; i++) {
      shingles[i] = TitleSimilarity.shingles(titles.get(i));
      signatures[i] = signature(shingles[i]);
    }
    int[] owner = ownerNumbers(owners);
    // No memory of pairs seen: a pair that meets in several bands is verified again, and the
    // final sort drops the repeats. Cheaper than a map of every candidate pair.
    List<Pair> pairs = new ArrayList<>();
    int[] bucketOf = new int[n];
    int[] members = new int[n];
    for (int band = 0; band < BANDS; band++) {
      // Each title's bucket as a number, then the buckets' members side by side in title order.
      BucketNumbers numbers = new BucketNumbers(n);
      for (int i = 0; i < n; i++) {
        if (shingles[i].length == 0) {
          bucketOf[i] = -1;
          continue;
        }
        long key = band;
        for (int r = 0; r < ROWS; r++) {
          key = key * 0x9E3779B97F4A7C15L + signatures[i][band * ROWS + r];
        }
        bucketOf[i] = numbers.of(key);
      }
      int[] start = new int[numbers.count() + 1];
      for (int i = 0; i < n; i++) {
        if (bucketOf[i] >= 0) {
          start[bucketOf[i] + 1]++;
        }
      }
      for (int b = 0; b < numbers.count(); b++) {
        start[b + 1] += start[b];
      }
      int[] fill = Arrays.copyOf(start, numbers.count());
      for (int i = 0; i < n; i++) {
        if (bucketOf[i] >= 0) {
          members[fill[bucketOf[i]]++] = i;
        }
      }
      for (int b = 0; b < numbers.count(); b++) {
        if (start[b + 1] - start[b] > 1) {
          compare(members, start[b], start[b + 1], owner, shingles, threshold, pairs);
        }
      }
    }
    pairs.sort((x, y) -> x.first() != y.first() ? Integer.compare(x.first(), y.first())
        : Integer.compare(x.second(), y.second()));
    List<Pair> distinct = new ArrayList<>(pairs.size());
    for (Pair pair : pairs) {
      Pair last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
      if (last == null || last.first() != pair.first() || last.second() != pair.second()) {
        distinct.add(pair);
      }
    }
    return distinct;
  }

  /**
   * Verifies the candidate pairs of one bucket: all pairs, or along a sliding window in a bucket
   * of boilerplate titles. A bucket whose titles share one owner holds no candidates at all.
   */
  private static void compare(int[] members, int from, int to, int[] owner, int[][] shingles,
      double threshold, List<Pair> pairs) {
    if (oneOwner(members, from, to, owner)) {
      return;
    }
    int size = to - from;
    for (int a = from; a < to; a++) {
      int limit = size > BUCKET_CAP ? Math.min(to, a + 1 + WINDOW) : to;
      int i = members[a];
      for (int b = a + 1; b < limit; b++) {
        int j = members[b];
        if (owner[i] == owner[j]) {
          continue;
        }
        double similarity = TitleSimilarity.jaccard(shingles[i], shingles[j]);
        if (similarity >= threshold) {
          pairs.add(new Pair(Math.min(i, j), Math.max(i, j), similarity));
        }
      }
    }
  }

  private static boolean oneOwner(int[] members, int from, int to, int[] owner) {
    for (int a = from + 1; a < to; a++) {
      if (owner[members[a]] != owner[members[from]]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Numbers band keys 0, 1, 2, ... in the order first met: an open-addressing table of longs, so
   * that bucketing ten million titles boxes nothing.
   */
  private static final class BucketNumbers {
    private final long[] keys;
    private final int[] numbers;
    private final int mask;
    private int count;

    BucketNumbers(int titles) {
      int capacity = Integer.highestOneBit(Math.max(2, titles) * 2 - 1) << 1;
      keys = new long[capacity];
      numbers = new int[capacity];
      mask = capacity - 1;
    }

    int of(long key) {
      int slot = (int) (key ^ key >>> 32) * 0x9E3779B9 & mask;
      while (numbers[slot] != 0) {
        if (keys[slot] == key) {
          return numbers[slot] - 1;
        }
        slot = slot + 1 & mask;
      }
      keys[slot] = key;
      numbers[slot] = ++count;
      return count - 1;
    }

    int count() {
      return count;
    }
  }

  /** Each owner as a small number, so that comparing two is comparing ints. */
  private static int[] ownerNumbers(List<String> owners) {
    Map<String, Integer> numbers = new HashMap<>();
    int[] owner = new int[owners.size()];
    for (int i = 0; i < owner.length; i++) {
      owner[i] = numbers.computeIfAbsent(owners.get(i), o -> numbers.size());
    }
    return owner;
  }

  private static long[] signature(int[] shingles) {
    long[] minima = new long[HASHES];
    Arrays.fill(minima, Long.MAX_VALUE);
    for (int shingle : shingles) {
      long h1 = shingle * 0x9E3779B97F4A7C15L;
      long h2 = (h1 ^ (h1 >>> 31)) * 0xBF58476D1CE4E5B9L | 1;
      for (int k = 0; k < HASHES; k++) {
        long h = h1 + k * h2;
        h ^= h >>> 29;
        if (h < minima[k]) {
          minima[k] = h;
        }
      }
    }
    return minima;
  }

}
