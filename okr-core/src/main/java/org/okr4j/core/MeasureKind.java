package org.okr4j.core;

import java.util.Objects;

/** The kinds of {@link Measure}, one per implementing class. */
public enum MeasureKind {
  /** {@link LinearMeasure}. */
  LINEAR,
  /** {@link ThresholdMeasure}. */
  THRESHOLD,
  /** {@link RangeMeasure}. */
  RANGE,
  /** {@link MilestoneMeasure}. */
  MILESTONE,
  /** {@link StagesMeasure}. */
  STAGES,
  /** {@link CheckpointsMeasure}. */
  CHECKPOINTS,
  /** {@link ZonesMeasure}. */
  ZONES,
  /** {@link OrdinalMeasure}. */
  ORDINAL,
  /** {@link BaselineMeasure}. */
  BASELINE;

  /** What a check-in on a measure of this kind reports. */
  public Reading reading() {
    return switch (this) {
      case MILESTONE -> Reading.DONE;
      case STAGES -> Reading.STAGES;
      case ORDINAL -> Reading.ZONE;
      default -> Reading.VALUE;
    };
  }

  /**
   * True if a check-in on a measure of this kind may carry {@code reading}: its own
   * {@link #reading()}, and for a {@link #BASELINE} also {@link Reading#DONE}, which reports the
   * baseline measured (OpenOKR's baseline key results score 0 until done, 1 after).
   */
  public boolean accepts(Reading reading) {
    Objects.requireNonNull(reading, "reading");
    return reading == reading() || (this == BASELINE && reading == Reading.DONE);
  }

  /** What a check-in reports: a number, a zone name, done or not, or the stages done. */
  public enum Reading {
    /** A number. */
    VALUE,
    /** The name of an ordinal zone. */
    ZONE,
    /** Done, or not yet. */
    DONE,
    /** The names of the stages done. */
    STAGES
  }
}
