package org.okr4j.scoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A progress value set by hand on an objective (Viva Goals, GitLab), and how long it holds.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * ManualOverride.of(0.8, LocalDate.of(2026, 8, 1), ManualOverride.Hold.STICKY)
 *     .resolve(automatic, latestCheckIn, childrenChanged);
 * }</pre>
 *
 * @param value the progress set by hand, finite
 * @param setOn the day it was set
 * @param hold how long it holds
 */
public record ManualOverride(double value, LocalDate setOn, Hold hold) {

  /** How long a manual value holds against automatic progress. */
  public enum Hold {
    /** Until the next automatic update: any check-in after the day it was set. */
    ONCE,
    /** Until released by hand (until the override is removed). */
    STICKY,
    /** Until a part's progress changes from what it was on the day it was set. */
    UNTIL_A_PART_CHANGES
  }

  /** Validates the override. */
  public ManualOverride {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("override value must be a finite number, but was "
          + value);
    }
    Objects.requireNonNull(setOn, "setOn");
    Objects.requireNonNull(hold, "hold");
  }

  /** An override. */
  public static ManualOverride of(double value, LocalDate setOn, Hold hold) {
    return new ManualOverride(value, setOn, hold);
  }

  /**
   * The progress that stands: the manual value while it holds, else {@code automatic}.
   *
   * @param automatic the progress the roll-up computed
   * @param latestUpdate the latest check-in date among the parts, if any
   * @param aPartChanged whether any part's progress differs from what it was on {@link #setOn()}
   */
  public Progress resolve(Progress automatic, java.util.Optional<LocalDate> latestUpdate,
      boolean aPartChanged) {
    Objects.requireNonNull(automatic, "automatic");
    Objects.requireNonNull(latestUpdate, "latestUpdate");
    boolean holds = switch (hold) {
      case STICKY -> true;
      case ONCE -> latestUpdate.map(day -> !day.isAfter(setOn)).orElse(true);
      case UNTIL_A_PART_CHANGES -> !aPartChanged;
    };
    if (holds) {
      return Progress.of(value, () -> "set by hand to " + Progress.fmt(value) + " on " + setOn
          + " (" + hold + ")");
    }
    return automatic.explainedFurther(() -> "; the manual " + Progress.fmt(value) + " from "
        + setOn + " (" + hold + ") no longer holds");
  }
}
