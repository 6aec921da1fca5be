package org.okr4j.core;

import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A link from an objective to a parent objective or key result, with its kind and weight.
 *
 * <p>Immutable and thread-safe. The target may be missing from the set (a dangling link, reported
 * by validation and alignment analysis). The weight counts in roll-ups of contributing links.
 * <pre>{@code
 * Alignment.contributesTo(ObjectiveId.of("company-growth"));
 * Alignment.of(KeyResultId.of("kr-nps"), AlignmentKind.SUPPORTS, 1.0);
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Alignment {

  Alignment() {}

  /** The parent objective or key result. */
  @Value.Parameter
  public abstract AlignmentTarget target();

  /** How the objective relates to the target. */
  @Value.Parameter
  public abstract AlignmentKind kind();

  /** The link's weight in roll-ups, zero or more. */
  @Value.Parameter
  public abstract double weight();

  /** A contributing link of weight 1. */
  public static Alignment contributesTo(AlignmentTarget target) {
    return of(target, AlignmentKind.CONTRIBUTES, 1.0);
  }

  /** A link of this kind and weight. */
  public static Alignment of(AlignmentTarget target, AlignmentKind kind, double weight) {
    return ImmutableAlignment.of(target, kind, Guards.nonNegative("alignment weight", weight));
  }

  /** A copy with another weight. */
  public Alignment withWeight(double weight) {
    return of(target(), kind(), weight);
  }

  @Override
  public String toString() {
    String to = target() instanceof ObjectiveId ? "objective " : "key result ";
    return kind() + " " + to + target().value() + (weight() == 1.0 ? "" : " x" + weight());
  }
}
