package org.okr4j.alignment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * How alike two titles read: the Jaccard similarity of their character shingles, the measure
 * near-duplicate analysis uses.
 *
 * <p>A title's shingles are the trigrams of its letters and digits, lower-cased, with words joined
 * by single spaces, and the bigrams inside runs of CJK ideographs (Han, kana, Hangul), so that
 * Chinese titles match as English ones do. Stateless and thread-safe.
 * <pre>{@code
 * TitleSimilarity.of("Make checkout fast", "Make the checkout fast");   // 0.8
 * TitleSimilarity.of("提升客户满意度", "提升亚太区客户满意度");              // 0.5
 * }</pre>
 */
public final class TitleSimilarity {

  /** The longs of a title's shingle mask (see {@link #mask}). */
  static final int MASK_LONGS = 4;

  private TitleSimilarity() {}

  /** The Jaccard similarity of two titles' shingles, in [0, 1]; 0 if neither has any. */
  public static double of(String a, String b) {
    return jaccard(shingles(Objects.requireNonNull(a, "a")), shingles(Objects.requireNonNull(b,
        "b")));
  }

  /**
   * The sorted, distinct hashes of a title's shingles. One scan without a string per shingle: it
   * runs for every objective and key result of a set.
   */
  public static int[] shingles(String title) {
    String text = Objects.requireNonNull(title, "title").toLowerCase(Locale.ROOT);
    // A run of n letters gives at most n trigrams, a run of n ideographs at most n bigrams.
    Hashes hashes = new Hashes(text.length());
    // The current run of letters and digits, words joined by single spaces, or of ideographs.
    char[] latin = new char[text.length()];
    int latinLength = 0;
    int[] cjk = new int[text.length()];
    int cjkLength = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        hashes.latin(latin, latinLength);
        latinLength = 0;
        cjk[cjkLength++] = cp;
      } else {
        hashes.cjk(cjk, cjkLength);
        cjkLength = 0;
        if (Character.isLetterOrDigit(cp)) {
          if (Character.isBmpCodePoint(cp)) {
            latin[latinLength++] = (char) cp;
          } else {
            latinLength += Character.toChars(cp, latin, latinLength);
          }
        } else if (latinLength > 0 && latin[latinLength - 1] != ' ') {
          latin[latinLength++] = ' ';
        }
      }
    }
    hashes.latin(latin, latinLength);
    hashes.cjk(cjk, cjkLength);
    return hashes.sortedDistinct();
  }

  /** The hashes of one title's shingles as they are found. */
  private static final class Hashes {
    private int[] values;
    private int size;

    Hashes(int capacity) {
      values = new int[Math.max(4, capacity)];
    }

    private void add(int hash) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = mix(hash);
    }

    /**
     * A run of words: the {@link String#hashCode()} of each three-character substring, or of the
     * whole run if shorter; a space at its end does not count.
     */
    void latin(char[] run, int length) {
      int end = length > 0 && run[length - 1] == ' ' ? length - 1 : length;
      if (end < 3) {
        if (end > 0) {
          int hash = 0;
          for (int i = 0; i < end; i++) {
            hash = 31 * hash + run[i];
          }
          add(hash);
        }
        return;
      }
      for (int i = 0; i + 3 <= end; i++) {
        add((31 * run[i] + run[i + 1]) * 31 + run[i + 2]);
      }
    }

    /** A run of ideographs: each pair of neighbours, or the single one. */
    void cjk(int[] run, int length) {
      if (length == 1) {
        add(run[0] * 31 + 7);
      }
      for (int i = 0; i + 1 < length; i++) {
        add(run[i] * 1_000_003 + run[i + 1]);
      }
    }

    int[] sortedDistinct() {
      Arrays.sort(values, 0, size);
      int distinct = 0;
      for (int i = 0; i < size; i++) {
        if (distinct == 0 || values[i] != values[distinct - 1]) {
          values[distinct++] = values[i];
        }
      }
      return Arrays.copyOf(values, distinct);
    }
  }

  private static boolean isCjk(int cp) {
    // Hangul, the first of these scripts, starts at U+1100: below it a title is Latin, Greek,
    // Cyrillic and the like, and the script lookup is skipped.
    if (cp < 0x1100) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  /** |a ∩ b| / |a ∪ b| of two sorted, distinct arrays; 0 if both are empty. */
  public static double jaccard(int[] a, int[] b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    // At threshold 0 nothing is refused and the scan never stops early.
    return jaccardAtLeast(a, b, 0);
  }

  /**
   * The Jaccard similarity of two sorted, distinct arrays if it is at least {@code threshold}
   * (in [0, 1]), else a number below {@code threshold}: pairs too different in size are refused
   * without a look, and the scan stops as soon as the rest cannot bring the shared count up to
   * what the threshold needs. Verifying LSH candidates, most of which fail, costs a fraction of
   * {@link #jaccard}.
   */
  static double jaccardAtLeast(int[] a, int[] b, double threshold) {
    int small = Math.min(a.length, b.length);
    int large = Math.max(a.length, b.length);
    // |a ∩ b| <= small and |a ∪ b| >= large, so the similarity is at most small / large.
    // Divided, not multiplied: division rounds the way the caller's common / union does, so a
    // pair exactly at the threshold (14 of 25 at 0.56) is never refused.
    if (large == 0 || (double) small / large < threshold) {
      return 0;
    }
    // common / (|a| + |b| - common) >= t  <=>  common >= t (|a| + |b|) / (1 + t).
    double needed = threshold * (a.length + b.length) / (1 + threshold) - 1e-9;
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (common + Math.min(a.length - i, b.length - j) < needed) {
        return 0;
      }
      // Steps taken by arithmetic rather than branches: which side is smaller is a coin toss the
      // processor cannot predict (a third faster on titles of 30 to 50 shingles).
      int x = a[i];
      int y = b[j];
      common += x == y ? 1 : 0;
      i += x <= y ? 1 : 0;
      j += y <= x ? 1 : 0;
    }
    int union = a.length + b.length - common;
    return (double) common / union;
  }

  /**
   * Sets in {@code masks[offset..offset + MASK_LONGS)} one bit of 256 for each shingle (by
   * hash). A bit that one title's mask has and another's lacks stands for at least one shingle
   * the other lacks, so the bits in one mask only bound the shared shingles from above: {@link
   * #refuses(int, long[], int, int, long[], int, double)} turns most dissimilar pairs away after a
   * few instructions.
   */
  static void mask(int[] shingles, long[] masks, int offset) {
    for (int shingle : shingles) {
      int bit = shingle * 0x9E3779B9 >>> 24;
      masks[offset + (bit >>> 6)] |= 1L << bit;
    }
  }

  /**
   * True if the masks of two titles of {@code sizeA} and {@code sizeB} shingles prove their
   * similarity below {@code threshold}. Exact, never a guess: a pair refused is one {@link
   * #jaccardAtLeast} refuses too. Reads no shingles: a caller that keeps the sizes beside the
   * masks touches no array of shingles for a refusal.
   */
  static boolean refuses(int sizeA, long[] masksA, int offsetA, int sizeB, long[] masksB,
      int offsetB, double threshold) {
    // Jaccard is at most the smaller size over the larger: no mask needed for that bound.
    if (Math.min(sizeA, sizeB) < threshold * Math.max(sizeA, sizeB) - 1e-9) {
      return true;
    }
    int onlyA = 0;
    int onlyB = 0;
    for (int w = 0; w < MASK_LONGS; w++) {
      long maskA = masksA[offsetA + w];
      long maskB = masksB[offsetB + w];
      onlyA += Long.bitCount(maskA & ~maskB);
      onlyB += Long.bitCount(maskB & ~maskA);
    }
    return tooFewShared(sizeA, onlyA, sizeB, onlyB, threshold);
  }

  /**
   * A title's {@linkplain #mask mask} folded to one long (its four longs or-ed together): bit
   * {@code b} of the fold stands for the shingles on bits {@code b}, {@code b + 64}, {@code b +
   * 128} and {@code b + 192} of the mask, so a bit one fold has and another lacks still stands for
   * a shingle the other title lacks. Eight bytes beside a title's shape refuse most dissimilar
   * pairs without the mask.
   */
  static long folded(long[] masks, int offset) {
    long folded = 0;
    for (int w = 0; w < MASK_LONGS; w++) {
      folded |= masks[offset + w];
    }
    return folded;
  }

  /**
   * True if the {@linkplain #folded folded masks} of two titles of {@code sizeA} and {@code sizeB}
   * shingles prove their similarity below {@code threshold}: the bound of {@link
   * #refuses(int, long[], int, int, long[], int, double)}, weaker (fewer bits tell shingles apart)
   * but as exact.
   */
  static boolean refuses(int sizeA, long foldedA, int sizeB, long foldedB, double threshold) {
    // No bound on sizes alone first: with no bits apart, tooFewShared is that bound.
    return tooFewShared(sizeA, Long.bitCount(foldedA & ~foldedB), sizeB,
        Long.bitCount(foldedB & ~foldedA), threshold);
  }

  /**
   * True if titles of {@code sizeA} and {@code sizeB} shingles, at least {@code onlyA} of the
   * first's missing from the second and {@code onlyB} the other way, share too few to be {@code
   * threshold} alike.
   */
  private static boolean tooFewShared(int sizeA, int onlyA, int sizeB, int onlyB,
      double threshold) {
    // The same bound as jaccardAtLeast's: common / (|a| + |b| - common) >= t needs this many.
    double needed = threshold * (sizeA + sizeB) / (1 + threshold) - 1e-9;
    return Math.min(sizeA - onlyA, sizeB - onlyB) < needed;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}
