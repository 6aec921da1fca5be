package org.okr4j.scoring;

/**
 * What a linear key result whose start equals its target scores: a case the published rules
 * answer differently.
 */
public enum EqualStartTarget {
  /** Always 0 (OpenOKR, MHOKR). */
  ZERO,
  /**
   * 1 if the value is at or above the target, else 0, whatever the key result's direction
   * (ShamanR OKR: "1 if v ≥ t else 0").
   */
  ONE_WHEN_MET
}
