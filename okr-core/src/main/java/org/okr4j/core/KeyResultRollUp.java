package org.okr4j.core;

/**
 * How a key result takes its value or progress from the key results that
 * {@linkplain Contribution contribute} to it, its children, instead of from its own check-ins.
 *
 * <p>Scoring rolls the children up in an order that puts every child before its parent, so a
 * child that is itself rolled up counts with its rolled-up value or progress.
 * <pre>{@code
 * KeyResult signups = KeyResult.builder().id(KeyResultId.of("kr-signups")).title("Sign-ups")
 *     .measure(LinearMeasure.of(0, 10_000)).rollUp(KeyResultRollUp.SUM_OF_VALUES).build();
 * }</pre>
 */
public enum KeyResultRollUp {

  /**
   * The parent's value is the sum of its children's current values, read against the parent's
   * own measure (start and target): Quantive's cascaded key results, WorkBoard's totals, Viva
   * Goals' numeric roll-up. Children without a value are left out; none gives no value.
   */
  SUM_OF_VALUES,

  /** The parent's progress is the plain mean of its scored children's progress. */
  MEAN_PROGRESS,

  /**
   * The parent's progress is its children's progress combined by the scoring policy's roll-up, at
   * each link's weight and with each link's pinned share (Viva Goals' contribution shares use the
   * pins; a weighted mean uses the weights).
   */
  WEIGHTED_PROGRESS
}
