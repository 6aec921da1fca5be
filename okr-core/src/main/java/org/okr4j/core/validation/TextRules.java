package org.okr4j.core.validation;

import org.okr4j.core.Identifier;
import org.okr4j.core.KeyResult;

/** Text limits: titles short enough to read at a glance. */
final class TextRules {

  private TextRules() {}

  static ObjectiveRule titleLength() {
    return context -> {
      int max = context.get(Settings.TITLE_MAX_LENGTH);
      return (position, objective, out) -> {
        check(objective.id(), objective.title(), max, out);
        for (KeyResult kr : objective.keyResults()) {
          check(kr.id(), kr.title(), max, out);
        }
      };
    };
  }

  private static void check(Identifier<?> subject, String title, int max,
      java.util.function.Consumer<Violation> out) {
    // Most titles are far shorter than any limit: count code points only when it could matter.
    if (title.length() > max) {
      int length = title.codePointCount(0, title.length());
      if (length > max) {
        out.accept(Violation.of("text.title.too-long", Severity.INFO, subject)
            .withValue("length", length).withValue("max", max));
      }
    }
  }
}
