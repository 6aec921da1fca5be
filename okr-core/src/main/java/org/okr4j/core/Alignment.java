package org.okr4j.core;

import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A link from an objective to a parent objective or key result, with its kind and weight.
 *
 * <p>Immutable and thread-safe. The target may be missing from the set (a dangling link, reported
 * by validation and alignment analysis). The weight counts in roll-ups of contributing links; a
 * share pinned by hand counts only in roll-ups by contribution shares (Viva Goals).
 * <pre>{@code
 * Alignment.contributesTo(ObjectiveId.of("company-growth"));
 * Alignment.of(KeyResultId.of("kr-nps"), AlignmentKind.SUPPORTS, 1.0);
 * Alignment.contributesTo(ObjectiveId.of("company-growth")).withPinnedShare(0.5);
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

  /** The share pinned by hand, NaN for none; see {@link #pinnedShare()}. */
  @Value.Parameter
  abstract double pinned();

  /**
   * The objective's share of its parent pinned by hand, in [0, 1], if any: roll-ups by
   * contribution shares (Viva Goals, under a contributing cascade) keep it and rebalance the
   * other parts; the other roll-ups ignore it.
   */
  public OptionalDouble pinnedShare() {
    return Double.isNaN(pinned()) ? OptionalDouble.empty() : OptionalDouble.of(pinned());
  }

  /** A contributing link of weight 1. */
  public static Alignment contributesTo(AlignmentTarget target) {
    return of(target, AlignmentKind.CONTRIBUTES, 1.0);
  }

  /** A link of this kind and weight. */
  public static Alignment of(AlignmentTarget target, AlignmentKind kind, double weight) {
    return ImmutableAlignment.of(target, kind, Guards.nonNegative("alignment weight", weight),
        Double.NaN);
  }

  /** A copy with another weight, keeping any pinned share. */
  public Alignment withWeight(double weight) {
    return ImmutableAlignment.of(target(), kind(), Guards.nonNegative("alignment weight", weight),
        pinned());
  }

  /** A copy with the objective's share of the target pinned at {@code share}, in [0, 1]. */
  public Alignment withPinnedShare(double share) {
    return ImmutableAlignment.of(target(), kind(), weight(),
        Guards.within("alignment pinned share", share, 0, 1) + 0.0);   // -0.0 is 0.0
  }

  /** A copy with no share pinned. */
  public Alignment withoutPinnedShare() {
    return ImmutableAlignment.of(target(), kind(), weight(), Double.NaN);
  }

  @Override
  public String toString() {
    String to = target() instanceof ObjectiveId ? "objective " : "key result ";
    return kind() + " " + to + target().value() + (weight() == 1.0 ? "" : " x" + weight())
        + (Double.isNaN(pinned()) ? "" : " pinned " + pinned());
  }
}
