package org.okr4j.scoring;

/**
 * What a linear key result whose start equals its target scores: a case the published rules
 * answer differently.
 */
public enum EqualStartTarget {
  /** Always 0 (OpenOKR, MHOKR). */
  ZERO,
  /** 1 once the value meets the target in the key result's direction, else 0 (ShamanR OKR). */
  ONE_WHEN_MET
}
