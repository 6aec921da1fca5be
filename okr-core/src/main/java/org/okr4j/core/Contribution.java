package org.okr4j.core;

import java.util.Objects;
import java.util.OptionalDouble;
import org.okr4j.core.internal.Guards;

/**
 * A link from a key result to a parent key result it contributes to, with its weight and an
 * optional share of the parent pinned by hand.
 *
 * <p>Immutable and thread-safe. The parent may be missing from the set (a dangling link, a
 * validation finding). The weight counts where the parent rolls its children up
 * {@linkplain KeyResultRollUp#WEIGHTED_PROGRESS by weight}; a pinned share, in [0, 1], counts
 * where the scoring policy uses contribution shares (Viva Goals: a share set by hand is pinned,
 * the others rebalance). A child whose objective also contributes to the parent's objective
 * reaches that objective twice under a contributing cascade (through the parent key result and as
 * a child objective): okr4j counts both, as the links say; link the objective as supporting to
 * count it once.
 * <pre>{@code
 * Contribution.to(KeyResultId.of("kr-revenue"));
 * Contribution.to(KeyResultId.of("kr-revenue")).withWeight(2).withPinnedShare(0.6);
 * }</pre>
 */
public final class Contribution {

  private final KeyResultId parent;
  private final double weight;
  private final double pinnedShare;

  private Contribution(KeyResultId parent, double weight, double pinnedShare) {
    this.parent = Objects.requireNonNull(parent, "parent");
    this.weight = Guards.nonNegative("contribution weight", weight);
    if (!Double.isNaN(pinnedShare)) {
      Guards.within("contribution pinned share", pinnedShare, 0, 1);
    }
    this.pinnedShare = pinnedShare + 0.0;   // -0.0 is the 0.0 it means; NaN stays NaN
  }

  /** A contribution of weight 1 to {@code parent}, no share pinned. */
  public static Contribution to(KeyResultId parent) {
    return new Contribution(parent, 1.0, Double.NaN);
  }

  /** The key result contributed to. */
  public KeyResultId parent() {
    return parent;
  }

  /** The link's weight, zero or more; 1 unless set. */
  public double weight() {
    return weight;
  }

  /** The share of the parent pinned by hand, in [0, 1], if any. */
  public OptionalDouble pinnedShare() {
    return Double.isNaN(pinnedShare) ? OptionalDouble.empty() : OptionalDouble.of(pinnedShare);
  }

  /** A copy to another parent, with the same weight and pinned share. */
  public Contribution toParent(KeyResultId parent) {
    return new Contribution(parent, weight, pinnedShare);
  }

  /** A copy with another weight. */
  public Contribution withWeight(double weight) {
    return new Contribution(parent, weight, pinnedShare);
  }

  /** A copy with this share pinned. */
  public Contribution withPinnedShare(double share) {
    Guards.finite("contribution pinned share", share);
    return new Contribution(parent, weight, share);
  }

  /** A copy with no share pinned. */
  public Contribution withoutPinnedShare() {
    return new Contribution(parent, weight, Double.NaN);
  }

  @Override
  public boolean equals(Object another) {
    return another instanceof Contribution other && parent.equals(other.parent)
        && Double.doubleToLongBits(weight) == Double.doubleToLongBits(other.weight)
        && Double.doubleToLongBits(pinnedShare) == Double.doubleToLongBits(other.pinnedShare);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parent, weight, pinnedShare);
  }

  /** For example {@code contributes to kr-revenue x2 pinned 0.6}. */
  @Override
  public String toString() {
    return "contributes to " + parent.value() + (weight == 1.0 ? "" : " x" + weight)
        + (Double.isNaN(pinnedShare) ? "" : " pinned " + pinnedShare);
  }
}
