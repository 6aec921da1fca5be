package org.okr4j.core.validation;

import java.util.Objects;

/** How much a violation matters, from the most to the least severe. */
public enum Severity {
  /** The set is wrong: a host should not accept it as is. */
  ERROR,
  /** Likely a mistake or a bad practice: worth fixing. */
  WARNING,
  /** Coaching: worth a look. */
  INFO;

  /** True if this is at least as severe as {@code other}. */
  public boolean isAtLeast(Severity other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) <= 0;
  }
}
