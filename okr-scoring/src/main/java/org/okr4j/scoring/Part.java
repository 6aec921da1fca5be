package org.okr4j.scoring;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One input of a {@link RollUp}: the progress of a key result or of a contributing child objective,
 * with its weight, and what some rules also need (a share pinned by hand, the current value).
 *
 * <p>Immutable and thread-safe; a record, because roll-ups make one per key result and must stay
 * cheap. The label is an id, used in explanations; never a title.
 * <pre>{@code
 * Part.of("kr-nps", progress, 2.0);
 * Part.of("kr-rev", progress).withPinnedShare(0.5);
 * }</pre>
 *
 * @param label the id of what this part stands for
 * @param progress its progress
 * @param weight its weight, finite and zero or more
 * @param pinnedShare a contribution share pinned by hand (Viva Goals), in [0, 1]
 * @param value its current measured value, for rules that add values up
 */
public record Part(String label, Progress progress, double weight, OptionalDouble pinnedShare,
    OptionalDouble value) {

  /** Validates the numbers. */
  public Part {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(pinnedShare, "pinnedShare");
    Objects.requireNonNull(value, "value");
    if (!Double.isFinite(weight) || weight < 0) {
      throw new IllegalArgumentException("part weight must be a finite number zero or more,"
          + " but was " + weight);
    }
    if (pinnedShare.isPresent()) {
      double share = pinnedShare.getAsDouble();
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("part pinned share must lie within [0.0, 1.0],"
            + " but was " + share);
      }
    }
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new IllegalArgumentException("part value must be a finite number, but was "
          + value.getAsDouble());
    }
  }

  /** A part of this weight. */
  public static Part of(String label, Progress progress, double weight) {
    return new Part(label, progress, weight, OptionalDouble.empty(), OptionalDouble.empty());
  }

  /** A part of weight 1. */
  public static Part of(String label, Progress progress) {
    return of(label, progress, 1.0);
  }

  /** A copy with a share pinned by hand. */
  public Part withPinnedShare(double share) {
    return new Part(label, progress, weight, OptionalDouble.of(share), value);
  }

  /** A copy carrying a current value. */
  public Part withValue(double current) {
    return new Part(label, progress, weight, pinnedShare, OptionalDouble.of(current));
  }

  /** A copy with other progress. */
  public Part withProgress(Progress other) {
    return new Part(label, other, weight, pinnedShare, value);
  }

  @Override
  public String toString() {
    return label + "=" + progress.orElse(Double.NaN) + (weight == 1.0 ? "" : " x" + weight);
  }
}
