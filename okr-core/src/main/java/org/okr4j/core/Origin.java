package org.okr4j.core;

/** Where an objective came from. */
public enum Origin {
  /** Decomposed from a superior objective (top-down). */
  DECOMPOSED,
  /** Requested by another department (horizontal cooperation). */
  REQUESTED,
  /** Proposed independently by its owner (bottom-up). */
  PROPOSED
}
