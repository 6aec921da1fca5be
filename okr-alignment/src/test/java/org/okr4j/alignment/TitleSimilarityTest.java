package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.okr4j.core.testing.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

class TitleSimilarityTest {

  @Test
  void theDocumentedExamples() {
    assertThat(TitleSimilarity.of("Make checkout fast", "Make the checkout fast")).isEqualTo(0.8);
    assertThat(TitleSimilarity.of("提升客户满意度", "提升亚太区客户满意度")).isEqualTo(0.5);
  }

  @Test
  void identicalCaseAndPunctuationDoNotMatter() {
    assertThat(TitleSimilarity.of("Grow NPS, fast!", "grow nps fast")).isEqualTo(1.0);
    assertThat(TitleSimilarity.of("", "")).isZero();
    assertThat(TitleSimilarity.of("abc", "xyz")).isZero();
    assertThatNullPointerException().isThrownBy(() -> TitleSimilarity.of(null, "a"));
    assertThatNullPointerException().isThrownBy(() -> TitleSimilarity.of("a", null));
  }

  @Test
  void shinglesOfShortWordsAndIdeographs() {
    assertThat(TitleSimilarity.shingles("")).isEmpty();
    assertThat(TitleSimilarity.shingles("ab")).isEqualTo(definition("ab")).hasSize(1);
    assertThat(TitleSimilarity.shingles("ab ")).isEqualTo(TitleSimilarity.shingles("ab"));
    assertThat(TitleSimilarity.shingles("满")).hasSize(1);
    assertThat(TitleSimilarity.shingles("客户满意度")).hasSize(4);
    assertThat(TitleSimilarity.shingles("abc abc")).isEqualTo(definition("abc abc")).hasSize(4);
    assertThat(TitleSimilarity.shingles("한국어 テスト")).isEqualTo(definition("한국어 テスト"));
  }

  /**
   * The thresholded similarity that verifies candidates agrees with the plain one: the same
   * number when the plain one reaches the threshold, a number below the threshold otherwise.
   */
  @Test
  void thresholdedSimilarityAgreesWithThePlainOne() {
    qt().forAll(SourceDSL.integers().between(0, Integer.MAX_VALUE - 1),
            SourceDSL.integers().between(1, 100))
        .checkAssert((seed, percent) -> {
          Random random = new Random(seed);
          int[] a = randomSet(random);
          int[] b = random.nextInt(4) == 0 ? a.clone() : randomSet(random);
          double threshold = percent / 100.0;
          double plain = TitleSimilarity.jaccard(a, b);
          double thresholded = TitleSimilarity.jaccardAtLeast(a, b, threshold);
          if (plain >= threshold) {
            assertThat(thresholded).isEqualTo(plain);
          } else {
            assertThat(thresholded).isLessThan(threshold);
          }
        });
  }

  /**
   * The shingle mask refuses exactly, never by guess: a pair it refuses is one the thresholded
   * walk refuses too, on random sets with random hash values (so that bits collide) and at
   * every threshold; and it does refuse: sets whose hashes set disjoint bits are refused at any
   * threshold that needs one shared shingle.
   */
  @Test
  void theMaskNeverRefusesAPairTheWalkAccepts() {
    forRandomPairs((a, b, masks, threshold) -> {
      boolean accepted = TitleSimilarity.jaccardAtLeast(a, b, threshold) >= threshold;
      if (TitleSimilarity.refuses(a.length, masks, 0, b.length, masks,
          TitleSimilarity.MASK_LONGS, threshold)) {
        assertThat(accepted).as("refused, but similar").isFalse();
      }
    });
    // Hashes picked by the mask bit they set ((h * 0x9E3779B9) >>> 24): ten bits apart.
    int[] low = hashesWithBits(0, 10);
    int[] high = hashesWithBits(128, 10);
    long[] masks = new long[2 * TitleSimilarity.MASK_LONGS];
    TitleSimilarity.mask(low, masks, 0);
    TitleSimilarity.mask(high, masks, TitleSimilarity.MASK_LONGS);
    assertThat(Long.bitCount(masks[0]) + Long.bitCount(masks[1]) + Long.bitCount(masks[2])
        + Long.bitCount(masks[3])).isEqualTo(10);
    assertThat(TitleSimilarity.refuses(low.length, masks, 0, high.length, masks,
        TitleSimilarity.MASK_LONGS, 0.05)).isTrue();
    assertThat(TitleSimilarity.refuses(low.length, masks, 0, low.length, masks, 0, 1)).isFalse();
    // Nine of ten shared: 9 / 11 = 0.818..., accepted at 0.8, refused (by the walk) at 0.85.
    int[] nine = java.util.Arrays.copyOf(low, 10);
    nine[9] = high[0];
    java.util.Arrays.sort(nine);
    // mask() sets bits; the slots still hold high's.
    java.util.Arrays.fill(masks, TitleSimilarity.MASK_LONGS, 2 * TitleSimilarity.MASK_LONGS, 0);
    TitleSimilarity.mask(nine, masks, TitleSimilarity.MASK_LONGS);
    assertThat(TitleSimilarity.refuses(low.length, masks, 0, nine.length, masks,
        TitleSimilarity.MASK_LONGS, 0.8)).isFalse();
    assertThat(TitleSimilarity.refuses(low.length, masks, 0, nine.length, masks,
        TitleSimilarity.MASK_LONGS, 0.85)).isTrue();
  }

  /**
   * The folded mask's bound is the full mask's, weaker: a pair its fold refuses, the full mask
   * refuses too (and so the walk), on random sets at every threshold. It still refuses: bits 0 to
   * 9 against bits 10 to 19 share no bit when folded. And it is weaker: bits 128 to 137 fold onto
   * 0 to 9, which the full mask tells apart.
   */
  @Test
  void theFoldedMaskRefusesOnlyPairsTheFullMaskRefuses() {
    forRandomPairs((a, b, masks, threshold) -> {
      if (TitleSimilarity.refuses(a.length, TitleSimilarity.folded(masks, 0), b.length,
          TitleSimilarity.folded(masks, TitleSimilarity.MASK_LONGS), threshold)) {
        assertThat(TitleSimilarity.refuses(a.length, masks, 0, b.length, masks,
            TitleSimilarity.MASK_LONGS, threshold)).as("folded refused, full did not").isTrue();
      }
    });
    int[] low = hashesWithBits(0, 10);
    int[] next = hashesWithBits(10, 10);
    int[] high = hashesWithBits(128, 10);
    long[] masks = new long[3 * TitleSimilarity.MASK_LONGS];
    TitleSimilarity.mask(low, masks, 0);
    TitleSimilarity.mask(next, masks, TitleSimilarity.MASK_LONGS);
    TitleSimilarity.mask(high, masks, 2 * TitleSimilarity.MASK_LONGS);
    long lowFolded = TitleSimilarity.folded(masks, 0);
    assertThat(lowFolded).isEqualTo((1L << 10) - 1);
    assertThat(TitleSimilarity.folded(masks, 2 * TitleSimilarity.MASK_LONGS))
        .isEqualTo(lowFolded);
    assertThat(TitleSimilarity.refuses(10, lowFolded, 10,
        TitleSimilarity.folded(masks, TitleSimilarity.MASK_LONGS), 0.05)).isTrue();
    assertThat(TitleSimilarity.refuses(10, lowFolded, 10,
        TitleSimilarity.folded(masks, 2 * TitleSimilarity.MASK_LONGS), 0.05)).isFalse();
    assertThat(TitleSimilarity.refuses(10, masks, 0, 10, masks, 2 * TitleSimilarity.MASK_LONGS,
        0.05)).isTrue();
    // Sizes alone: 10 against 20 shingles is at most 0.5 alike.
    assertThat(TitleSimilarity.refuses(10, lowFolded, 20, lowFolded, 0.5)).isFalse();
    assertThat(TitleSimilarity.refuses(10, lowFolded, 20, lowFolded, 0.51)).isTrue();
  }

  /** A check of a pair of shingle sets, their masks side by side, at a threshold. */
  private interface PairCheck {
    void check(int[] a, int[] b, long[] masks, double threshold);
  }

  /**
   * Runs {@code check} on random pairs of sets with random hash values (so that mask bits
   * collide), a quarter of them equal, at every threshold from 0.01 to 1.
   */
  private static void forRandomPairs(PairCheck check) {
    qt().forAll(SourceDSL.integers().between(0, Integer.MAX_VALUE - 1),
            SourceDSL.integers().between(1, 100))
        .checkAssert((seed, percent) -> {
          Random random = new Random(seed);
          int[] a = randomHashes(random);
          int[] b = random.nextInt(4) == 0 ? a.clone() : randomHashes(random);
          long[] masks = new long[2 * TitleSimilarity.MASK_LONGS];
          TitleSimilarity.mask(a, masks, 0);
          TitleSimilarity.mask(b, masks, TitleSimilarity.MASK_LONGS);
          check.check(a, b, masks, percent / 100.0);
        });
  }

  /** Sorted, distinct hashes whose mask bits are {@code first}, {@code first + 1}, ... */
  private static int[] hashesWithBits(int first, int count) {
    int[] hashes = new int[count];
    int found = 0;
    for (int h = 0; found < count; h++) {
      if ((h * 0x9E3779B9 >>> 24) == first + found) {
        hashes[found++] = h;
      }
    }
    java.util.Arrays.sort(hashes);
    return hashes;
  }

  /** 0 to 30 distinct hashes from a range wide enough that mask bits both collide and differ. */
  private static int[] randomHashes(Random random) {
    return random.ints(random.nextInt(31), 0, 600).distinct().sorted().toArray();
  }

  @Test
  void thresholdedSimilarityAtItsBoundaries() {
    int[] abcd = {1, 2, 3, 4};
    int[] abc = {1, 2, 3};
    int[] abce = {1, 2, 3, 5};
    assertThat(TitleSimilarity.jaccardAtLeast(abcd, abc, 0.75)).isEqualTo(0.75);
    assertThat(TitleSimilarity.jaccardAtLeast(abcd, abc, 0.76)).isLessThan(0.76);
    assertThat(TitleSimilarity.jaccardAtLeast(abcd, abce, 0.6)).isEqualTo(0.6);
    assertThat(TitleSimilarity.jaccardAtLeast(abcd, abce, 0.61)).isLessThan(0.61);
    assertThat(TitleSimilarity.jaccardAtLeast(new int[0], new int[0], 0.5)).isZero();
    assertThat(TitleSimilarity.jaccardAtLeast(abcd, abcd, 1)).isEqualTo(1);
    // 0.56 * 25 is 14.000000000000002 in doubles: a multiplied size filter refused 14 of 25.
    int[] fourteen = java.util.stream.IntStream.range(0, 14).toArray();
    int[] twentyFive = java.util.stream.IntStream.range(0, 25).toArray();
    assertThat(TitleSimilarity.jaccardAtLeast(fourteen, twentyFive, 0.56)).isEqualTo(0.56);
    for (int percent = 1; percent <= 100; percent++) {
      double threshold = percent / 100.0;
      for (int large = 1; large <= 100; large++) {
        int[] small = java.util.stream.IntStream.range(0, (int) Math.ceil(threshold * large - 1e-9))
            .toArray();
        int[] big = java.util.stream.IntStream.range(0, large).toArray();
        if (TitleSimilarity.jaccard(small, big) >= threshold) {
          assertThat(TitleSimilarity.jaccardAtLeast(small, big, threshold)).as(percent + "% of "
              + large).isEqualTo(TitleSimilarity.jaccard(small, big));
        }
      }
    }
  }

  /** 0 to 12 distinct values from a small range, sorted, so that sets overlap often. */
  private static int[] randomSet(Random random) {
    return random.ints(random.nextInt(13), 0, 16).distinct().sorted().toArray();
  }

  /**
   * The shingles' definition, written plainly with strings (the one-scan implementation avoids a
   * string per shingle): both must give the same hashes on any text.
   */
  @Test
  void shinglesAgreeWithTheirDefinition() {
    String alphabet = "ab Zé-%.,9٣ 提高客户满意度 한국 テスト raise ΣΑ\u0130\uD835\uDC00\t  !";
    qt().forAll(SourceDSL.strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 30),
            SourceDSL.integers().between(0, Integer.MAX_VALUE - 1))
        .checkAssert((ascii, seed) -> {
          Random random = new Random(seed);
          StringBuilder mixed = new StringBuilder(ascii);
          for (int i = 0; i < 12; i++) {
            mixed.insert(random.nextInt(mixed.length() + 1),
                alphabet.charAt(random.nextInt(alphabet.length())));
          }
          String title = mixed.toString();
          assertThat(TitleSimilarity.shingles(title)).as(title).isEqualTo(definition(title));
        });
  }

  /**
   * Letters outside the Basic Multilingual Plane (mathematical bold, Gothic) are letters like any
   * other: their runs give trigrams as the definition reads them.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\uD835\uDC00\uD835\uDC01\uD835\uDC02",
      "plan \uD800\uDF30\uD800\uDF31 q3", "\uD835\uDC00"})
  void lettersBeyondTheBasicPlaneAreShingledAsTheDefinitionSays(String title) {
    assertThat(TitleSimilarity.shingles(title)).isEqualTo(definition(title));
  }

  /** Three bold capitals are six UTF-16 chars, one run: four distinct trigrams, not one. */
  @Test
  void aRunOfThreeLettersBeyondTheBasicPlaneHasFourTrigrams() {
    assertThat(TitleSimilarity.shingles("\uD835\uDC00\uD835\uDC01\uD835\uDC02")).hasSize(4);
  }

  /** Hangul starts at U+1100 itself: its first letter is an ideograph-like CJK character. */
  @Test
  void theFirstHangulLetterIsCjk() {
    assertThat(TitleSimilarity.shingles("\u1100")).isEqualTo(definition("\u1100"));
    assertThat(TitleSimilarity.shingles("a\u1100\u1101"))
        .isEqualTo(definition("a\u1100\u1101"));
  }

  /** Trigrams of runs of letters and digits (words joined by a space), bigrams of ideographs. */
  static int[] definition(String title) {
    String text = title.toLowerCase(Locale.ROOT);
    List<Integer> hashes = new ArrayList<>();
    StringBuilder latin = new StringBuilder();
    StringBuilder cjk = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA
          || script == Character.UnicodeScript.HANGUL) {
        latin(latin, hashes);
        cjk.appendCodePoint(cp);
      } else {
        cjk(cjk, hashes);
        if (Character.isLetterOrDigit(cp)) {
          latin.appendCodePoint(cp);
        } else if (latin.length() > 0 && latin.charAt(latin.length() - 1) != ' ') {
          latin.append(' ');
        }
      }
    }
    latin(latin, hashes);
    cjk(cjk, hashes);
    return hashes.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
  }

  private static void latin(StringBuilder latin, List<Integer> hashes) {
    String s = latin.toString().strip();
    if (s.length() < 3) {
      if (!s.isEmpty()) {
        hashes.add(mix(s.hashCode()));
      }
    } else {
      for (int i = 0; i + 3 <= s.length(); i++) {
        hashes.add(mix(s.substring(i, i + 3).hashCode()));
      }
    }
    latin.setLength(0);
  }

  private static void cjk(StringBuilder cjk, List<Integer> hashes) {
    int[] cps = cjk.toString().codePoints().toArray();
    if (cps.length == 1) {
      hashes.add(mix(cps[0] * 31 + 7));
    }
    for (int i = 0; i + 1 < cps.length; i++) {
      hashes.add(mix(cps[i] * 1_000_003 + cps[i + 1]));
    }
    cjk.setLength(0);
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}
