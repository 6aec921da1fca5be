package org.okr4j.core.validation;

import java.util.List;
import org.okr4j.core.Identifier;
import org.okr4j.core.KeyResult;

/** Text limits: titles long enough to say something and short enough to read at a glance. */
final class TextRules {

  private TextRules() {}

  static ObjectiveRule titleLength() {
    return context -> {
      int min = context.get(Settings.TITLE_MIN_LENGTH);
      int max = context.get(Settings.TITLE_MAX_LENGTH);
      List<String> of = context.get(Settings.TITLE_OF);
      boolean objectives = of.contains(Settings.TITLE_OF_OBJECTIVES);
      boolean keyResults = of.contains(Settings.TITLE_OF_KEY_RESULTS);
      return (position, objective, out) -> {
        if (objectives) {
          check(objective.id(), objective.title(), min, max, out);
        }
        if (keyResults) {
          for (KeyResult kr : objective.keyResults()) {
            check(kr.id(), kr.title(), min, max, out);
          }
        }
      };
    };
  }

  private static void check(Identifier<?> subject, String title, int min, int max,
      java.util.function.Consumer<Violation> out) {
    // Most titles lie well within the limits: count code points only when it could matter (a
    // code point takes one or two chars).
    if (title.length() > max || title.length() < 2 * min) {
      int length = title.codePointCount(0, title.length());
      if (length > max) {
        out.accept(Violation.of("text.title.too-long", Severity.INFO, subject)
            .withValue("length", length).withValue("max", max));
      } else if (length < min) {
        out.accept(Violation.of("text.title.too-short", Severity.INFO, subject)
            .withValue("length", length).withValue("min", min));
      }
    }
  }
}
