package org.okr4j.core;

/**
 * What a key result measures and how progress is read from a check-in.
 *
 * <p>Every measure is an immutable value of one of the permitted classes, told apart by
 * {@link #kind()}. Measures only describe; okr-scoring turns them and their check-ins into progress
 * under a chosen policy.
 * <pre>{@code
 * Measure nps = LinearMeasure.of(31, 45);                     // raise NPS from 31 to 45
 * Measure churn = LinearMeasure.of(4.0, 2.5).withUnit(Unit.percent());
 * Measure uptime = ThresholdMeasure.atLeast(99.9);
 * Measure launch = MilestoneMeasure.of();
 * }</pre>
 */
public sealed interface Measure
    permits LinearMeasure, ThresholdMeasure, RangeMeasure, MilestoneMeasure, StagesMeasure,
        CheckpointsMeasure, ZonesMeasure, OrdinalMeasure, BaselineMeasure {

  /** The kind of measure, one per permitted class. */
  MeasureKind kind();

  /** The unit values are counted in. */
  Unit unit();
}
