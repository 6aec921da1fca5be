package org.okr4j.core;

/** Which way a measure's value should move. */
public enum Direction {
  /** Higher is better: revenue, active users, satisfaction. */
  INCREASE,
  /** Lower is better: churn, defects, cost. */
  DECREASE;

  /** The direction from {@code start} to {@code target}; {@link #INCREASE} when they are equal. */
  static Direction between(double start, double target) {
    return target >= start ? INCREASE : DECREASE;
  }

  /** +1 for {@link #INCREASE}, -1 for {@link #DECREASE}. */
  public int sign() {
    return this == INCREASE ? 1 : -1;
  }
}
