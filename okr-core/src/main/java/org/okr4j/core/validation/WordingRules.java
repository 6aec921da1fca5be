package org.okr4j.core.validation;

import java.util.Optional;
import org.okr4j.core.Commitment;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Objective;

/**
 * Outcome, not output: key results measure value delivered rather than tasks done, objectives are
 * qualitative, and neither is vague.
 */
final class WordingRules {

  private WordingRules() {}

  static ValidationRule taskLikeKeyResults() {
    return (context, out) -> {
      WordList verbs = context.words("wording.activity-verbs");
      for (Objective objective : context.set().objectives()) {
        for (KeyResult kr : objective.keyResults()) {
          verbs.opening(kr.title()).ifPresent(verb -> out.accept(
              Violation.of("wording.key-result.task", Severity.WARNING, kr.id())
                  .withValue("word", verb)));
        }
      }
    };
  }

  static ValidationRule vagueKeyResults() {
    return (context, out) -> {
      WordList vague = context.words("wording.vague");
      for (Objective objective : context.set().objectives()) {
        for (KeyResult kr : objective.keyResults()) {
          if (!hasDigit(kr.title())) {
            vague.anywhere(kr.title()).ifPresent(word -> out.accept(
                Violation.of("wording.key-result.vague", Severity.INFO, kr.id())
                    .withValue("word", word)));
          }
        }
      }
    };
  }

  static ValidationRule numbersInObjectives() {
    return (context, out) -> {
      for (Objective objective : context.set().objectives()) {
        number(objective.title()).ifPresent(number -> out.accept(
            Violation.of("wording.objective.number", Severity.WARNING, objective.id())
                .withValue("number", number)));
      }
    };
  }

  static ValidationRule businessAsUsual() {
    return (context, out) -> {
      WordList words = context.words("wording.business-as-usual");
      for (Objective objective : context.set().objectives()) {
        if (objective.commitment() == Commitment.ASPIRATIONAL) {
          words.opening(objective.title()).ifPresent(word -> out.accept(
              Violation.of("wording.objective.business-as-usual", Severity.INFO, objective.id())
                  .withValue("word", word)));
        }
      }
    };
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
   * The first number in the text that states a quantity: digits not glued to letters (so Q3, H1,
   * 5G and B2B are names, not numbers) and not a year from 1900 to 2099.
   */
  static Optional<String> number(String text) {
    int i = 0;
    while (i < text.length()) {
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && (Character.isDigit(text.charAt(i))
          || ((text.charAt(i) == '.' || text.charAt(i) == ',') && i + 1 < text.length()
              && Character.isDigit(text.charAt(i + 1))))) {
        i++;
      }
      boolean glued = (start > 0 && isLatinLetter(text.charAt(start - 1)))
          || (i < text.length() && isLatinLetter(text.charAt(i)) && !isUnitSuffix(text, i));
      String digits = text.substring(start, i);
      boolean year = digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
      if (!glued && !year) {
        int after = i < text.length() && text.charAt(i) == ' ' ? i + 1 : i;
        boolean percent = after < text.length() && text.charAt(after) == '%';
        return Optional.of(percent ? digits + "%" : digits);
      }
    }
    return Optional.empty();
  }

  private static boolean isLatinLetter(char c) {
    return c < 0x250 && Character.isLetter(c);
  }

  /** 10k, 5m, 3x and 2bn state amounts, though glued to letters. */
  private static boolean isUnitSuffix(String text, int at) {
    int end = at;
    while (end < text.length() && isLatinLetter(text.charAt(end))) {
      end++;
    }
    String suffix = text.substring(at, end).toLowerCase(java.util.Locale.ROOT);
    return suffix.equals("k") || suffix.equals("m") || suffix.equals("x") || suffix.equals("bn");
  }
}
