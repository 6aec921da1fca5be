package org.okr4j.scoring;

import static org.okr4j.scoring.Decimals.clean;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.okr4j.core.ZonesMeasure;

/**
 * Verdicts over many scores at once: how ambitious a set of OKRs was, and how its grades are
 * distributed.
 */
public final class Portfolio {

  private Portfolio() {}

  /** OpenOKR's verdict on the mean score of aspirational key results. */
  public enum Verdict {
    /** Mean above 0.85: goals were set too safe. */
    TOO_SAFE,
    /** Mean from 0.6: healthy stretch. */
    HEALTHY,
    /** Mean from 0.4: partly reached. */
    PARTIAL,
    /** Mean below 0.4: goals outran capacity. */
    OUTRAN_CAPACITY
  }

  /** Puzzle OKR's evaluation buckets of ratio = (v - s) / (stretch - s). */
  public enum Bucket {
    /** Below 0.3. */
    FAIL,
    /** From 0.3 to below 0.7. */
    COMMIT,
    /** From 0.7 to below 1.0. */
    TARGET,
    /** From 1.0. */
    STRETCH;

    /**
     * The bucket of a ratio: FAIL &lt; 0.3 ≤ COMMIT &lt; 0.7 ≤ TARGET &lt; 1.0 ≤ STRETCH, the ratio
     * compared as a decimal (to 9 places): (2.3 - 0.8) / (5.8 - 0.8) is 0.3, COMMIT, not FAIL.
     *
     * @throws IllegalArgumentException if the ratio is NaN
     */
    public static Bucket of(double ratio) {
      if (Double.isNaN(ratio)) {
        throw new IllegalArgumentException("Puzzle ratio must be a number, but was NaN");
      }
      double r = clean(ratio);
      return r < 0.3 ? FAIL : r < 0.7 ? COMMIT : r < 1.0 ? TARGET : STRETCH;
    }

    /**
     * Puzzle OKR's bucket of a key result by {@code asOf}: for a metric ({@link ZonesMeasure}) the
     * bucket of ratio = (v - baseline) / (stretch - baseline) of its latest value; for an ordinal
     * one the zone reported, by name (FAIL, COMMIT, TARGET or STRETCH, ignoring case). None for a
     * key result without a reading, an ordinal zone of another name, or another kind of measure.
     */
    public static java.util.Optional<Bucket> ofKeyResult(org.okr4j.core.KeyResult keyResult,
        java.time.LocalDate asOf) {
      if (keyResult.measure() instanceof ZonesMeasure m) {
        java.util.OptionalDouble value = keyResult.valueOnOrBefore(asOf);
        return value.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(
            of((value.getAsDouble() - m.start()) / (m.stretch() - m.start())));
      }
      if (keyResult.measure() instanceof org.okr4j.core.OrdinalMeasure) {
        return Readings.latest(keyResult, asOf, org.okr4j.core.MeasureKind.Reading.ZONE)
            .flatMap(c -> named(c.zone().orElseThrow()));
      }
      return java.util.Optional.empty();
    }

    private static java.util.Optional<Bucket> named(String zone) {
      for (Bucket bucket : values()) {
        if (bucket.name().equalsIgnoreCase(zone)) {
          return java.util.Optional.of(bucket);
        }
      }
      return java.util.Optional.empty();
    }

    /**
     * The zone a value reaches on Puzzle OKR zones: FAIL below commit, COMMIT from commit, TARGET
     * from target, STRETCH from stretch, lower bounds inclusive in the measure's direction.
     */
    public static Bucket zoneOf(ZonesMeasure zones, double value) {
      int sign = zones.direction().sign();
      if (sign * (value - zones.stretch()) >= 0) {
        return STRETCH;
      }
      if (sign * (value - zones.target()) >= 0) {
        return TARGET;
      }
      return sign * (value - zones.commit()) >= 0 ? COMMIT : FAIL;
    }
  }

  /**
   * OpenOKR's portfolio verdict on the aspirational scores: mean above 0.85 too safe, from 0.6
   * healthy, from 0.4 partial, else outran capacity.
   *
   * @throws IllegalArgumentException if there are no scores
   */
  public static Verdict openOkrVerdict(Collection<Double> aspirationalScores) {
    Objects.requireNonNull(aspirationalScores, "aspirationalScores");
    double mean = mean(aspirationalScores);
    return mean > 0.85 ? Verdict.TOO_SAFE : mean >= 0.6 ? Verdict.HEALTHY
        : mean >= 0.4 ? Verdict.PARTIAL : Verdict.OUTRAN_CAPACITY;
  }

  /** OpenOKR's too-safe pattern: at least 75 % of the aspirational key results scored 1.0 or more. */
  public static boolean isTooSafe(Collection<Double> aspirationalScores) {
    Objects.requireNonNull(aspirationalScores, "aspirationalScores");
    return share(aspirationalScores, 1.0) >= 0.75;
  }

  /**
   * OpenOKR's committed share met: the share of committed key results scoring 1.0 or more; no value
   * when there are no committed key results.
   */
  public static java.util.OptionalDouble committedShareMet(Collection<Double> committedScores) {
    Objects.requireNonNull(committedScores, "committedScores");
    return committedScores.isEmpty() ? java.util.OptionalDouble.empty()
        : java.util.OptionalDouble.of(share(committedScores, 1.0));
  }

  /** OpenOKR's verdict on the draft confidences of aspirational key results. */
  public enum DraftVerdict {
    /** Mean confidence above 0.9: near certain, not a stretch. */
    NEAR_CERTAIN,
    /** Above 0.7: comfortable. */
    COMFORTABLE,
    /** From 0.3: the sweet spot of a stretch goal. */
    SWEET_SPOT,
    /** Below 0.3: a moonshot. */
    MOONSHOT
  }

  /**
   * OpenOKR's draft verdict over the confidences (0 to 1) of aspirational key results in draft:
   * their mean above 0.9 near certain, above 0.7 comfortable, from 0.3 the sweet spot, else a
   * moonshot; none gives no verdict.
   */
  public static java.util.Optional<DraftVerdict> openOkrDraftVerdict(
      Collection<Double> aspirationalConfidences) {
    Objects.requireNonNull(aspirationalConfidences, "aspirationalConfidences");
    if (aspirationalConfidences.isEmpty()) {
      return java.util.Optional.empty();
    }
    double mean = mean(aspirationalConfidences);
    return java.util.Optional.of(mean > 0.9 ? DraftVerdict.NEAR_CERTAIN
        : mean > 0.7 ? DraftVerdict.COMFORTABLE : mean >= 0.3 ? DraftVerdict.SWEET_SPOT
        : DraftVerdict.MOONSHOT);
  }

  /** Google's health check: an average from 0.6 to 0.7 is the sweet spot for stretch goals. */
  public static boolean isGoogleHealthy(Collection<Double> scores) {
    Objects.requireNonNull(scores, "scores");
    double mean = mean(scores);
    return mean >= 0.6 && mean <= 0.7;
  }

  /**
   * How many scores fall in each of Puzzle OKR's buckets, every bucket present.
   *
   * @throws IllegalArgumentException if a ratio is NaN
   */
  public static Map<Bucket, Integer> distribution(Collection<Double> ratios) {
    Objects.requireNonNull(ratios, "ratios");
    Map<Bucket, Integer> counts = new EnumMap<>(Bucket.class);
    for (Bucket bucket : Bucket.values()) {
      counts.put(bucket, 0);
    }
    for (double ratio : ratios) {
      counts.merge(Bucket.of(ratio), 1, Integer::sum);
    }
    return counts;
  }

  private static double share(Collection<Double> scores, double atLeast) {
    if (scores.isEmpty()) {
      return 0;
    }
    long met = scores.stream().filter(s -> clean(s) >= atLeast).count();
    return (double) met / scores.size();
  }

  private static double mean(Collection<Double> scores) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("scores must not be empty, but was []");
    }
    double sum = 0;
    for (double score : scores) {
      sum += score;
    }
    return clean(sum / scores.size());
  }
}
