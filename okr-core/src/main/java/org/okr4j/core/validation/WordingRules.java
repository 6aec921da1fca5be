package org.okr4j.core.validation;

import java.util.List;
import java.util.Optional;
import org.okr4j.core.Commitment;
import org.okr4j.core.KeyResult;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.internal.TitleNumbers;

/**
 * Outcome, not output: key results measure value delivered rather than tasks done, objectives are
 * qualitative, and neither is vague.
 */
final class WordingRules {

  // The rules test each memo's answer with isPresent rather than hand ifPresent a lambda: called
  // for every key result, a capturing lambda was an object each time, which the JIT did not take
  // away.

  private WordingRules() {}

  static ObjectiveRule taskLikeKeyResults() {
    return context -> {
      WordList verbs = context.words(Settings.ACTIVITY_VERBS);
      TitleNumbers.Memo<Optional<String>> opening =
          context.keyResultTitles().memo(verbs::opening, Optional.empty());
      OkrLinks links = context.links();
      return (position, objective, out) -> {
        List<KeyResult> keyResults = objective.keyResults();
        for (int k = 0; k < keyResults.size(); k++) {
          KeyResult kr = keyResults.get(k);
          Optional<String> verb = opening.at(links.firstKeyResult(position) + k);
          if (verb.isPresent()) {
            out.accept(Violation.of("wording.key-result.task", Severity.WARNING, kr.id())
                .withValue("word", verb.get()));
          }
        }
      };
    };
  }

  static ObjectiveRule vagueKeyResults() {
    return context -> {
      WordList vague = context.words(Settings.VAGUE_WORDS);
      TitleNumbers.Memo<Optional<String>> word = context.keyResultTitles()
          .memo(title -> hasDigit(title) ? Optional.empty() : vague.anywhere(title),
              Optional.empty());
      OkrLinks links = context.links();
      return (position, objective, out) -> {
        List<KeyResult> keyResults = objective.keyResults();
        for (int k = 0; k < keyResults.size(); k++) {
          KeyResult kr = keyResults.get(k);
          Optional<String> found = word.at(links.firstKeyResult(position) + k);
          if (found.isPresent()) {
            out.accept(Violation.of("wording.key-result.vague", Severity.INFO, kr.id())
                .withValue("word", found.get()));
          }
        }
      };
    };
  }

  static ObjectiveRule numbersInObjectives() {
    return context -> {
      TitleNumbers.Memo<Optional<String>> numbers =
          objectiveTitles(context).memo(WordingRules::number, Optional.empty());
      return (position, objective, out) -> {
        Optional<String> number = numbers.at(position);
        if (number.isPresent()) {
          out.accept(Violation.of("wording.objective.number", Severity.WARNING, objective.id())
              .withValue("number", number.get()));
        }
      };
    };
  }

  static ObjectiveRule businessAsUsual() {
    return context -> {
      WordList words = context.words(Settings.BUSINESS_AS_USUAL);
      TitleNumbers.Memo<Optional<String>> opening =
          objectiveTitles(context).memo(words::opening, Optional.empty());
      return (position, objective, out) -> {
        if (objective.commitment() == Commitment.ASPIRATIONAL) {
          Optional<String> word = opening.at(position);
          if (word.isPresent()) {
            out.accept(Violation.of("wording.objective.business-as-usual", Severity.INFO,
                objective.id()).withValue("word", word.get()));
          }
        }
      };
    };
  }

  /** The objectives' title numbers, made once per check. */
  private static TitleNumbers objectiveTitles(ValidationContext context) {
    return context.derived(TitleNumbers.OfObjectives.class,
        c -> TitleNumbers.OfObjectives.of(c.set().objectives())).numbers();
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first number in the text that states a quantity: a word made of digits (with thousands
   * separators and decimals), optionally a currency sign before it and {@code %}, {@code k},
   * {@code m}, {@code bn} or {@code x} after it, that is not a year from 1900 to 2099. Words that
   * mix digits and letters are names (Q3, H1, 5G, B2B, COVID-19, o-d0-1). Han, Kana and Hangul
   * separate words, since those scripts put no spaces between them.
   */
  static Optional<String> number(String title) {
    if (!hasDigit(title)) {
      return Optional.empty(); // most titles: no work at all
    }
    String text = title.indexOf('%') < 0 ? title
        : SPACED_PERCENT.matcher(title).replaceAll("$1%");
    int i = 0;
    int length = text.length();
    while (i < length) {
      while (i < length && isSeparator(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < length && !isSeparator(text.charAt(i))) {
        i++;
      }
      Optional<String> quantity = quantity(text.substring(start, i));
      if (quantity.isPresent()) {
        return quantity;
      }
    }
    return Optional.empty();
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || WordList.isUnspaced(c)
        || c == '，' || c == '。' || c == '、' || c == '（' || c == '）';
  }

  private static final java.util.regex.Pattern SPACED_PERCENT =
      java.util.regex.Pattern.compile("(\\d)\\s+%");
  private static final java.util.regex.Pattern EDGE_PUNCTUATION = java.util.regex.Pattern.compile(
      "^[\\p{Punct}&&[^$%]]+|[\\p{Punct}&&[^%]]+$");
  private static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile(
      "[$€£¥]?(\\d+(?:[.,]\\d+)*)\\s?(%|k|m|bn|x)?", java.util.regex.Pattern.CASE_INSENSITIVE);

  static Optional<String> quantity(String word) {
    return startsLikeQuantity(word) ? quantityByPatterns(word) : Optional.empty();
  }

  /**
   * The cheap half of {@link #quantityByPatterns}: after the leading punctuation the patterns
   * strip, a quantity starts with a digit or a currency sign. Most words with digits in a title
   * are names (o-d0-1, Q3), which this turns away without a regular expression.
   */
  private static boolean startsLikeQuantity(String word) {
    int i = 0;
    while (i < word.length() && isLeadingPunctuation(word.charAt(i))) {
      i++;
    }
    if (i == word.length()) {
      return false;
    }
    char c = word.charAt(i);
    return c >= '0' && c <= '9' || c == '$' || c == '€' || c == '£' || c == '¥';
  }

  /** ASCII punctuation ({@code \p{Punct}}) but the dollar and per-cent signs. */
  private static boolean isLeadingPunctuation(char c) {
    return "!\"#&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }

  /** The quantity a word states, by the patterns alone. */
  static Optional<String> quantityByPatterns(String word) {
    if (!hasDigit(word)) {
      return Optional.empty();
    }
    String stripped = EDGE_PUNCTUATION.matcher(word).replaceAll("");
    java.util.regex.Matcher matcher = QUANTITY.matcher(stripped);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String digits = matcher.group(1);
    boolean year = digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))
        && matcher.group(2) == null;
    if (year) {
      return Optional.empty();
    }
    return Optional.of("%".equals(matcher.group(2)) ? digits + "%" : digits);
  }

}
