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
    // No memory of pairs seen: a pair that meets in several bands is verified again, and the
    // final sort drops the repeats. Cheaper than a map of every candidate pair.
    List<Pair> pairs = new ArrayList<>();
    for (int band = 0; band < BANDS; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        if (shingles[i].length == 0) {
          continue;
        }
        long key = band;
        for (int r = 0; r < ROWS; r++) {
          key = key * 0x9E3779B97F4A7C15L + signatures[i][band * ROWS + r];
        }
        buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        int size = bucket.size();
        for (int a = 0; a < size; a++) {
          int limit = size > BUCKET_CAP ? Math.min(size, a + 1 + WINDOW) : size;
          for (int b = a + 1; b < limit; b++) {
            int i = bucket.get(a);
            int j = bucket.get(b);
            if (owners.get(i).equals(owners.get(j))) {
              continue;
            }
            double similarity = TitleSimilarity.jaccard(shingles[i], shingles[j]);
            if (similarity >= threshold) {
              pairs.add(new Pair(Math.min(i, j), Math.max(i, j), similarity));
            }
          }
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
