package org.okr4j.alignment;

import java.util.List;
import java.util.Objects;

/**
 * One thing alignment analysis found: a stable code, a severity, the ids involved, what is wrong,
 * why it matters and what to do.
 *
 * <p>Immutable and thread-safe. Codes are stable strings ({@code alignment.orphan},
 * {@code conflict.loop}, ...) listed in {@link FindingCodes}; test and filter on them, not on the
 * text. Subjects are ids (objectives, key results, units), never titles.
 *
 * @param code the stable code
 * @param severity how much it matters
 * @param subjects the ids involved, in a deterministic order
 * @param message what is wrong, with ids and numbers
 * @param why why it matters
 * @param fix what to do about it
 */
public record Finding(String code, Severity severity, List<String> subjects, String message,
    String why, String fix) {

  /** Validates and copies. */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    subjects = List.copyOf(subjects);
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(fix, "fix");
  }

  /** True if {@code id} is among the subjects. */
  public boolean concerns(String id) {
    return subjects.contains(id);
  }

  @Override
  public String toString() {
    return severity + " " + code + " " + subjects + ": " + message;
  }
}
