package org.okr4j.scoring;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One input of a {@link RollUp}: the progress of a key result or of a contributing child objective,
 * with its weight, and what some rules also need (a share pinned by hand, the current value).
 *
 * <p>Immutable and thread-safe. The label is an id, used in explanations; never a title.
 * <pre>{@code
 * Part.of("kr-nps", progress, 2.0);
 * Part.builder().label("kr-rev").progress(p).pinnedShare(0.5).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Part {

  Part() {}

  /** The id of what this part stands for. */
  public abstract String label();

  /** Its progress. */
  public abstract Progress progress();

  /** Its weight, zero or more; 1 unless set. */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** A contribution share pinned by hand (Viva Goals), in [0, 1]. */
  public abstract OptionalDouble pinnedShare();

  /** Its current measured value, for rules that add values up. */
  public abstract OptionalDouble value();

  /** A part of this weight. */
  public static Part of(String label, Progress progress, double weight) {
    return builder().label(label).progress(progress).weight(weight).build();
  }

  /** A part of weight 1. */
  public static Part of(String label, Progress progress) {
    return builder().label(label).progress(progress).build();
  }

  /** A builder for parts. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Part}s; not thread-safe. */
  public static final class Builder extends ImmutablePart.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (!Double.isFinite(weight()) || weight() < 0) {
      throw new IllegalArgumentException("part weight must be a finite number zero or more,"
          + " but was " + weight());
    }
    if (pinnedShare().isPresent()) {
      double share = pinnedShare().getAsDouble();
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("part pinned share must lie within [0.0, 1.0],"
            + " but was " + share);
      }
    }
    if (value().isPresent() && !Double.isFinite(value().getAsDouble())) {
      throw new IllegalArgumentException("part value must be a finite number, but was "
          + value().getAsDouble());
    }
  }

  @Override
  public String toString() {
    return label() + "=" + progress().orElse(Double.NaN) + (weight() == 1.0 ? "" : " x" + weight());
  }
}
