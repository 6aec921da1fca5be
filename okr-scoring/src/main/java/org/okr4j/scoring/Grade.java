package org.okr4j.scoring;

import java.util.List;
import java.util.Objects;

/**
 * The grade of a key result or objective at the end of a cycle: its score, the band the grading
 * system puts it in, and the flags it raises.
 *
 * <p>Immutable and thread-safe.
 *
 * @param score the score graded, usually in [0, 1]; a negative zero is kept as 0.0
 * @param band the system's name for the band, such as {@code "green"} or {@code "strong"}
 * @param flags what the score calls for, such as {@code "postmortem"} or {@code "not ambitious"}
 * @param explanation the rule and numbers behind it
 */
public record Grade(double score, String band, List<String> flags, String explanation) {

  /** Validates and copies the flags. */
  public Grade {
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("grade score must be a finite number, but was " + score);
    }
    score += 0.0;
    Objects.requireNonNull(band, "band");
    flags = List.copyOf(Objects.requireNonNull(flags, "flags"));
    Objects.requireNonNull(explanation, "explanation");
  }

  /** True if the grade raises {@code flag}. */
  public boolean has(String flag) {
    return flags.contains(flag);
  }
}
