package org.okr4j.core;

/** Whether an objective is a promise or a stretch goal. */
public enum Commitment {
  /** A promise: expected to reach 100 %; a miss calls for a postmortem. */
  COMMITTED,
  /** A stretch goal: about 70 % is excellent, and missing it is not punished. */
  ASPIRATIONAL
}
