package org.okr4j.core.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Words to look for in titles. Words written in a script with spaces (English, German) match whole
 * words, ignoring case; words in Han, Hiragana, Katakana or Hangul match anywhere in the text, since
 * those scripts do not separate words.
 */
final class WordList {

  private static final int FIRST_UNSPACED = 0x1100;

  private final Set<String> spaced;
  // The spaced words again by hash (open addressing): a word of ASCII letters is looked up in the
  // text, without a lower-cased copy; a title has several words, a large set ten million titles.
  private final String[] byHash;
  private final List<String> unspaced;
  private final int longestSpaced;
  // The first characters of the unspaced words: a text is searched for them only where one occurs.
  private final String unspacedFirsts;
  // The lowest of those characters: most of a Latin text lies below it and needs no search.
  private final char lowestFirst;

  private WordList(Set<String> spaced, List<String> unspaced) {
    this.spaced = spaced;
    this.unspaced = unspaced;
    this.longestSpaced = spaced.stream().mapToInt(String::length).max().orElse(0);
    this.byHash = new String[Integer.highestOneBit(Math.max(1, spaced.size()) * 2) * 2];
    for (String word : spaced) {
      int slot = word.hashCode() & byHash.length - 1;
      while (byHash[slot] != null) {
        slot = slot + 1 & byHash.length - 1;
      }
      byHash[slot] = word;
    }
    StringBuilder firsts = new StringBuilder();
    for (String word : unspaced) {
      if (firsts.indexOf(word.substring(0, 1)) < 0) {
        firsts.append(word.charAt(0));
      }
    }
    this.unspacedFirsts = firsts.toString();
    this.lowestFirst = (char) unspacedFirsts.chars().min().orElse(Character.MAX_VALUE);
  }

  static WordList of(List<String> words) {
    Set<String> spaced = new HashSet<>();
    List<String> unspaced = new ArrayList<>();
    for (String word : words) {
      String w = word.strip();
      if (w.isEmpty()) {
        continue;
      }
      if (w.codePoints().anyMatch(WordList::isUnspaced)) {
        unspaced.add(w);
      } else {
        spaced.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return new WordList(Set.copyOf(spaced), List.copyOf(unspaced));
  }

  /** The word the text opens with, or a listed unspaced word anywhere in it. */
  Optional<String> opening(String text) {
    int start = 0;
    while (start < text.length() && !Character.isLetter(text.charAt(start))) {
      start++;
    }
    int end = wordEnd(text, start);
    if (end > start && end - start <= longestSpaced) {
      String first = spacedWord(text, start, end);
      if (first != null) {
        return Optional.of(first);
      }
    }
    return unspacedIn(text);
  }

  /** The first listed word found anywhere in the text. */
  Optional<String> anywhere(String text) {
    if (!spaced.isEmpty()) {
      int i = 0;
      while (i < text.length()) {
        if (!isWordChar(text.charAt(i))) {
          i++;
          continue;
        }
        int end = wordEnd(text, i);
        if (end - i <= longestSpaced) {
          String word = spacedWord(text, i, end);
          if (word != null) {
            return Optional.of(word);
          }
        }
        i = end;
      }
    }
    return unspacedIn(text);
  }

  /** The first listed unspaced word in list order that the text contains; one scan first. */
  private Optional<String> unspacedIn(String text) {
    if (unspacedFirsts.isEmpty() || !containsAnyOf(text, unspacedFirsts, lowestFirst)) {
      return Optional.empty();
    }
    for (String word : unspaced) {
      if (text.contains(word)) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  private static boolean containsAnyOf(String text, String chars, char lowest) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= lowest && chars.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The listed spaced word that {@code text[start..end)} is, ignoring case, or null. */
  private String spacedWord(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        // Beyond ASCII, lower case can change a word's length (U+0130): the exact, slow way.
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        return spaced.contains(word) ? word : null;
      }
      hash = 31 * hash + lower(c);
    }
    // The hash of the word in lower case, as String.hashCode gives it.
    for (int slot = hash & byHash.length - 1; byHash[slot] != null;
        slot = slot + 1 & byHash.length - 1) {
      String word = byHash[slot];
      if (word.hashCode() == hash && word.length() == end - start && sameLower(text, start, word)) {
        return word;
      }
    }
    return null;
  }

  private static boolean sameLower(String text, int start, String word) {
    for (int j = 0; j < word.length(); j++) {
      if (lower(text.charAt(start + j)) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int wordEnd(String text, int start) {
    int end = start;
    while (end < text.length() && isWordChar(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) && !isUnspaced(c);
  }

  /**
   * True for Han, Hiragana, Katakana and Hangul. None of them starts below U+1100 (Hangul Jamo),
   * so Latin, Greek, Cyrillic and the other spaced scripts are decided without a script lookup.
   */
  static boolean isUnspaced(int codePoint) {
    if (codePoint < FIRST_UNSPACED) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }
}
