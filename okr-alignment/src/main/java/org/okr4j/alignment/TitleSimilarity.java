package org.okr4j.alignment;

import java.util.ArrayList;
import java.util.List;
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

  private TitleSimilarity() {}

  /** The Jaccard similarity of two titles' shingles, in [0, 1]; 0 if neither has any. */
  public static double of(String a, String b) {
    return jaccard(shingles(Objects.requireNonNull(a, "a")), shingles(Objects.requireNonNull(b,
        "b")));
  }

  /** The sorted, distinct hashes of a title's shingles. */
  public static int[] shingles(String title) {
    String text = title.toLowerCase(Locale.ROOT);
    List<Integer> hashes = new ArrayList<>();
    StringBuilder latin = new StringBuilder();
    StringBuilder cjk = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        flushLatin(latin, hashes);
        cjk.appendCodePoint(cp);
      } else {
        flushCjk(cjk, hashes);
        if (Character.isLetterOrDigit(cp)) {
          latin.appendCodePoint(cp);
        } else if (latin.length() > 0 && latin.charAt(latin.length() - 1) != ' ') {
          latin.append(' ');
        }
      }
    }
    flushLatin(latin, hashes);
    flushCjk(cjk, hashes);
    return hashes.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
  }

  private static void flushLatin(StringBuilder latin, List<Integer> hashes) {
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

  private static void flushCjk(StringBuilder cjk, List<Integer> hashes) {
    String s = cjk.toString();
    int[] cps = s.codePoints().toArray();
    if (cps.length == 1) {
      hashes.add(mix(cps[0] * 31 + 7));
    }
    for (int i = 0; i + 1 < cps.length; i++) {
      hashes.add(mix(cps[i] * 1_000_003 + cps[i + 1]));
    }
    cjk.setLength(0);
  }

  private static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  /** |a ∩ b| / |a ∪ b| of two sorted, distinct arrays. */
  public static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}
