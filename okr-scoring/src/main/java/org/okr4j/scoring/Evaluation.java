package org.okr4j.scoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Objective;
import org.okr4j.core.OrdinalMeasure;
import org.okr4j.core.ZonesMeasure;
import org.okr4j.scoring.Portfolio.Bucket;

/**
 * Puzzle OKR's evaluation of a cycle or a team: how many objectives were completed and successful,
 * and how the key results fall into its buckets.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * Evaluation.puzzleOkr(team.objectives(), cycle.end());
 * }</pre>
 *
 * @param objectives the objectives counted
 * @param completedObjectives those closed as achieved, missed or abandoned (Puzzle's successful
 *     and not successful; okr4j counts abandoned as completed too)
 * @param successfulObjectives those closed as achieved
 * @param keyResults every key result of the objectives
 * @param ordinalKeyResults those with an {@link OrdinalMeasure}
 * @param metricKeyResults those with a {@link ZonesMeasure} (Puzzle's metric key results)
 * @param targetOrStretch those in the TARGET or STRETCH bucket
 * @param buckets how many key results fall into each bucket, every bucket present; a key result
 *     without a reading, of another kind of measure, or with an ordinal zone of another name is
 *     counted in {@code keyResults} but in no bucket
 */
public record Evaluation(int objectives, int completedObjectives, int successfulObjectives,
    int keyResults, int ordinalKeyResults, int metricKeyResults, int targetOrStretch,
    Map<Bucket, Integer> buckets) {

  /** Copies the buckets. */
  public Evaluation {
    buckets = Map.copyOf(Objects.requireNonNull(buckets, "buckets"));
  }

  /** Puzzle OKR's evaluation of {@code objectives}, reading check-ins on or before {@code asOf}. */
  public static Evaluation puzzleOkr(Collection<Objective> objectives, LocalDate asOf) {
    Objects.requireNonNull(objectives, "objectives");
    Objects.requireNonNull(asOf, "asOf");
    Map<Bucket, Integer> buckets = new EnumMap<>(Bucket.class);
    for (Bucket bucket : Bucket.values()) {
      buckets.put(bucket, 0);
    }
    int completed = 0;
    int successful = 0;
    int keyResults = 0;
    int ordinal = 0;
    int metric = 0;
    for (Objective objective : objectives) {
      switch (objective.state()) {
        case ACHIEVED -> {
          completed++;
          successful++;
        }
        case MISSED, ABANDONED -> completed++;
        default -> { }
      }
      for (KeyResult keyResult : objective.keyResults()) {
        keyResults++;
        ordinal += keyResult.measure() instanceof OrdinalMeasure ? 1 : 0;
        metric += keyResult.measure() instanceof ZonesMeasure ? 1 : 0;
        Optional<Bucket> bucket = Bucket.ofKeyResult(keyResult, asOf);
        bucket.ifPresent(b -> buckets.merge(b, 1, Integer::sum));
      }
    }
    return new Evaluation(objectives.size(), completed, successful, keyResults, ordinal, metric,
        buckets.get(Bucket.TARGET) + buckets.get(Bucket.STRETCH), buckets);
  }
}
