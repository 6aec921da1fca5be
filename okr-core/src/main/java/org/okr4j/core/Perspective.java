package org.okr4j.core;

/** The Balanced Scorecard perspective a company objective serves. */
public enum Perspective {
  /** Revenue, margin, cost. */
  FINANCIAL,
  /** Satisfaction, retention, market share. */
  CUSTOMER,
  /** Quality, speed and cost of the internal processes. */
  INTERNAL_PROCESS,
  /** People, skills, systems and culture. */
  LEARNING_AND_GROWTH
}
