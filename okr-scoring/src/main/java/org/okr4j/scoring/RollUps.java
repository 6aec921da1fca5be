package org.okr4j.scoring;

import static org.okr4j.scoring.Progress.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.okr4j.core.LinearMeasure;

/**
 * The published ways to roll key results (and child objectives) up into an objective's progress.
 *
 * <p>Unscored parts are left out (a key result without check-ins is not 0 % done), unless the rule
 * is wrapped in {@link RollUp#unscoredAsZero()}. Each explains its arithmetic by part labels.
 * <pre>{@code
 * RollUps.mean().combine(parts);            // Perdoo, Quantive, WorkBoard, GitLab, BurningOKR ...
 * RollUps.weightedMean().combine(parts);    // Viva, Lattice, OpenOKR, ShamanR, Oslo
 * RollUps.contributionShares().combine(parts); // Viva: pins stay, the rest rebalance to 100 %
 * RollUps.lowest().combine(parts);          // the least advanced part carries the objective
 * }</pre>
 */
public final class RollUps {

  private static final RollUp MEAN = new Mean(Double.NEGATIVE_INFINITY);
  private static final RollUp WEIGHTED_MEAN = new WeightedMean(Double.MAX_VALUE,
      Double.NEGATIVE_INFINITY);

  private RollUps() {}

  /**
   * A roll-up whose number needs only each part's progress and weight: {@link Scores} reads it
   * from its arrays without making a {@link Part} and a {@link Progress} per part, and
   * {@link #combine} gives the same number, since it reads it from {@link #value} too.
   */
  interface Numeric extends RollUp {

    /**
     * The number {@link #combine} gives for parts with these progresses (NaN for a part not
     * scored) and weights, the first {@code count} of each; NaN when no part is scored. A sum past
     * the largest number, or a sum and a total weight both past it, gives an infinite number or
     * NaN with parts scored, where {@link #combine} throws; a total weight past it with a finite
     * sum gives 0 (or -0 for a negative sum, which {@link Progress} reports as 0), as it always
     * has.
     */
    double value(double[] progress, double[] weight, int count);

    /** The explanation of {@code value}, the number given for {@code scored}, the parts scored. */
    String explain(List<Part> scored, double value);

    /** Counted in the arrays as a number: {@link Scores} keeps its fast path. */
    @Override
    Numeric negativeAsZero();

    @Override
    default Progress combine(List<Part> parts) {
      List<Part> scored = scored(parts);
      if (scored.isEmpty()) {
        return Progress.notScored("no part is scored");
      }
      int count = scored.size();
      double[] progress = new double[count];
      double[] weight = new double[count];
      for (int i = 0; i < count; i++) {
        progress[i] = scored.get(i).progress().value();
        weight[i] = scored.get(i).weight();
      }
      double value = value(progress, weight, count);
      return Progress.of(value, () -> explain(scored, value));
    }
  }

  /**
   * {@link #mean()}; with a floor of 0, {@link RollUp#negativeAsZero()} of it (the floor is
   * negative infinity otherwise, which moves no number).
   */
  private static final class Mean implements Numeric {
    private final double floor;

    Mean(double floor) {
      this.floor = floor;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Mean that && Double.compare(floor, that.floor) == 0;
    }

    @Override
    public int hashCode() {
      return Double.hashCode(floor);
    }

    @Override
    public double value(double[] progress, double[] weight, int count) {
      double sum = 0;
      int scored = 0;
      for (int i = 0; i < count; i++) {
        if (!Double.isNaN(progress[i])) {
          sum += Math.max(floor, progress[i]);
          scored++;
        }
      }
      return scored == 0 ? Double.NaN : sum / scored;
    }

    @Override
    public String explain(List<Part> scored, double value) {
      return "mean of " + terms(scored, false, floor) + " = " + fmt(value);
    }

    @Override
    public Numeric negativeAsZero() {
      return new Mean(Math.max(0, floor));
    }
  }

  /** {@link #weightedMean(double)}; with a floor of 0, {@link RollUp#negativeAsZero()} of it. */
  private static final class WeightedMean implements Numeric {
    private final double maxWeight;
    private final double floor;

    WeightedMean(double maxWeight, double floor) {
      this.maxWeight = maxWeight;
      this.floor = floor;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof WeightedMean that && Double.compare(maxWeight, that.maxWeight) == 0
          && Double.compare(floor, that.floor) == 0;
    }

    @Override
    public int hashCode() {
      return 31 * Double.hashCode(maxWeight) + Double.hashCode(floor);
    }

    @Override
    public Numeric negativeAsZero() {
      return new WeightedMean(maxWeight, Math.max(0, floor));
    }

    @Override
    public double value(double[] progress, double[] weight, int count) {
      double weights = 0;
      double sum = 0;
      boolean any = false;
      for (int i = 0; i < count; i++) {
        if (!Double.isNaN(progress[i])) {
          double w = Math.min(maxWeight, weight[i]);
          weights += w;
          sum += w * Math.max(floor, progress[i]);
          any = true;
        }
      }
      return !any ? Double.NaN : weights == 0 ? 0 : sum / weights;
    }

    @Override
    public String explain(List<Part> scored, double value) {
      double weights = 0;
      for (Part part : scored) {
        weights += Math.min(maxWeight, part.weight());
      }
      return weights == 0 ? "weighted mean: total weight 0, scored 0"
          : "weighted mean of " + terms(scored, true, floor) + " = " + fmt(value);
    }
  }

  /**
   * The plain average of the scored parts. With the child objectives among the parts this is also
   * 15Five's "equal share with children" (1 key result and 4 children: 20 % each). Always the
   * same instance.
   */
  public static RollUp mean() {
    return MEAN;
  }

  /**
   * Σ wᵢ pᵢ / Σ wᵢ over the scored parts; weight 0 tracks a part without counting it, and a total
   * weight of 0 gives 0 (OpenOKR). Always the same instance.
   */
  public static RollUp weightedMean() {
    return WEIGHTED_MEAN;
  }

  /**
   * As {@link #weightedMean()}, with each weight first clamped to {@code [0, maxWeight]}
   * (OpenOKR: 100). Two with the same {@code maxWeight} are equal.
   */
  public static RollUp weightedMean(double maxWeight) {
    if (!(maxWeight > 0)) {
      throw new IllegalArgumentException("maxWeight must be more than 0, but was " + maxWeight);
    }
    return new WeightedMean(maxWeight, Double.NEGATIVE_INFINITY);
  }

  /**
   * OpenOKR's score at the close of a cycle: Σ wᵢ pᵢ / Σ wᵢ over the scored parts (unscored ones
   * excluded), and no score at all when none is scored or their total weight is 0.
   */
  public static RollUp scoredWeightedMean() {
    return scored(weightedMean());
  }

  /**
   * As {@link #scoredWeightedMean()}, with each weight first clamped to {@code [0, maxWeight]}
   * (OpenOKR: 100, as its progress does).
   *
   * @throws IllegalArgumentException if {@code maxWeight} is not more than 0
   */
  public static RollUp scoredWeightedMean(double maxWeight) {
    return scored(weightedMean(maxWeight));
  }

  /** {@code weighted}, or no score when no scored part carries weight. */
  private static RollUp scored(RollUp weighted) {
    return parts -> {
      double weights = 0;
      for (Part part : parts) {
        weights += part.progress().isScored() ? part.weight() : 0;
      }
      return weights > 0 ? weighted.combine(parts)
          : Progress.notScored("no score: no scored part carries weight");
    };
  }

  /**
   * Viva Goals' contribution shares: shares sum to 100 %; a share pinned by hand stays, and the
   * parts without one share what is left equally. Pins are scaled only so that the shares sum to
   * 100 %: pins over 100 % are scaled down to fit and the others get nothing; where every part is
   * pinned, pins under 100 % are scaled up (30 % and 20 % count as 60 % and 40 %). Pins that are
   * all 0 are the one case with nothing to scale: every share is 0, and so is the progress.
   * Unscored parts count as 0 here: their share is part of the whole.
   */
  public static RollUp contributionShares() {
    return parts -> {
      if (parts.isEmpty()) {
        return Progress.notScored("no part is scored");
      }
      double pinned = 0;
      int free = 0;
      for (Part part : parts) {
        if (part.pinnedShare().isPresent()) {
          pinned += part.pinnedShare().getAsDouble();
        } else {
          free++;
        }
      }
      // Each pin divided by the total, not multiplied by its inverse: a total as small as
      // Double.MIN_VALUE has no finite inverse.
      boolean rescaled = pinned > 1 || free == 0 && pinned > 0;
      double freeShare = free == 0 || pinned >= 1 ? 0 : (1 - pinned) / free;
      double sum = 0;
      List<String> terms = new ArrayList<>(parts.size());
      for (Part part : parts) {
        double share = part.pinnedShare().isEmpty() ? freeShare
            : rescaled ? part.pinnedShare().getAsDouble() / pinned
            : part.pinnedShare().getAsDouble();
        double p = part.progress().orElse(0);
        sum += share * p;
        terms.add(fmt(share) + " x " + part.label() + " " + fmt(p));
      }
      double total = sum;
      return Progress.of(total, () -> "shares " + String.join(" + ", terms) + " = " + fmt(total));
    };
  }

  /**
   * The lowest progress among the scored parts: an objective is only as far as its least advanced
   * key result. Formerly {@code weakest()}; not to be confused with
   * {@link StatusRollUps#worstStatus()}, which takes the worst status.
   */
  public static RollUp lowest() {
    return parts -> {
      Part lowest = null;
      for (Part part : scored(parts)) {
        if (lowest == null || part.progress().value() < lowest.progress().value()) {
          lowest = part;
        }
      }
      if (lowest == null) {
        return Progress.notScored("no part is scored");
      }
      Part l = lowest;
      return Progress.of(l.progress().value(), () -> "lowest part " + l.label() + " = "
          + fmt(l.progress().value()));
    };
  }

  /**
   * The parent's progress from the sum of its parts' current values against its own start and
   * target (Quantive's cascaded key results, WorkBoard's totals, Viva's numeric objectives). Parts
   * without a value are left out; none gives "not scored".
   */
  public static RollUp sumOfValues(LinearMeasure parent) {
    Objects.requireNonNull(parent, "parent");
    return parts -> {
      double sum = 0;
      int counted = 0;
      for (Part part : parts) {
        if (part.value().isPresent()) {
          sum += part.value().getAsDouble();
          counted++;
        }
      }
      if (counted == 0) {
        return Progress.notScored("no part has a value");
      }
      double total = sum;
      if (parent.start() == parent.target()) {
        return Progress.of(0, () -> "sum of values " + fmt(total) + " against a start equal to"
            + " the target, scored 0");
      }
      double p = Readings.fraction(sum, parent.start(), parent.target());
      return Progress.of(p, () -> "sum of values (" + fmt(total) + " - " + fmt(parent.start())
          + ") / (" + fmt(parent.target()) + " - " + fmt(parent.start()) + ") = " + fmt(p));
    };
  }

  private static List<Part> scored(List<Part> parts) {
    List<Part> scored = new ArrayList<>(parts.size());
    for (Part part : parts) {
      if (part.progress().isScored()) {
        scored.add(part);
      }
    }
    return scored;
  }

  /** Each part's label and progress (and weight); a progress below {@code floor} counted as it. */
  private static String terms(List<Part> parts, boolean weighted, double floor) {
    List<String> terms = new ArrayList<>(parts.size());
    for (Part part : parts) {
      double p = part.progress().value();
      terms.add(part.label() + " " + fmt(p) + (p < floor ? " counted as " + fmt(floor) : "")
          + (weighted ? " x" + fmt(part.weight()) : ""));
    }
    return String.join(", ", terms);
  }
}
