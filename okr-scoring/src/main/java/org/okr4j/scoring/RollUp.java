package org.okr4j.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Combines the progress of an objective's parts (its key results, and with a
 * {@linkplain Cascade#CONTRIBUTING cascade} its contributing child objectives) into the objective's
 * progress.
 *
 * <p>Implementations promise to be pure and thread-safe, to give the same answer for the parts in
 * any order (up to floating-point rounding), never NaN or infinity, and "not scored" when no part is
 * scored. {@link RollUps} holds the published rules.
 */
@FunctionalInterface
public interface RollUp {

  /** The combined progress of {@code parts}. */
  Progress combine(List<Part> parts);

  /**
   * This roll-up with unscored parts counted as 0 instead of left out: for presets whose tools
   * show a key result without check-ins as 0 %.
   */
  default RollUp unscoredAsZero() {
    return parts -> {
      List<Part> scored = new ArrayList<>(parts.size());
      for (Part part : parts) {
        scored.add(part.progress().isScored() ? part
            : part.withProgress(Progress.of(0, "not scored, counted as 0")));
      }
      return combine(scored);
    };
  }

  /**
   * This roll-up counting a scored part's negative progress as 0 (Perdoo: "negative progress
   * counts as 0 when averaged"); the part's own progress, as its key result reports it, stays
   * negative. Progress above 1 is counted as it is.
   */
  default RollUp negativeAsZero() {
    return parts -> {
      List<Part> floored = new ArrayList<>(parts.size());
      for (Part part : parts) {
        Progress progress = part.progress();
        // Made at once: negative progress is rare, and a roll-up of one's own may read the text.
        floored.add(!progress.isScored() || progress.value() >= 0 ? part
            : part.withProgress(Progress.of(0, Progress.fmt(progress.value()) + " counted as 0")));
      }
      return combine(floored);
    };
  }

  /**
   * This roll-up giving 0 where it would give "not scored" (no part, or no part scored): for presets
   * whose tools show such an objective at 0 % (OpenOKR: a goal without key results; ShamanR: a goal
   * without key results, a period without goals).
   */
  default RollUp emptyAsZero() {
    return parts -> {
      Progress combined = combine(parts);
      return combined.isScored() ? combined
          : Progress.of(0, () -> combined.explanation() + ", counted as 0");
    };
  }
}
