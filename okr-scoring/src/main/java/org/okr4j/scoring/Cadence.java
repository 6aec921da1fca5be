package org.okr4j.scoring;

import java.time.LocalDate;

/** How often a key result should be checked in (OpenOKR's cadences). */
public enum Cadence {
  /** Every day. */
  DAILY,
  /** Every week: the default in the OKR literature. */
  WEEKLY,
  /** Every two weeks. */
  BIWEEKLY,
  /** Every month. */
  MONTHLY,
  /** Every quarter. */
  QUARTERLY;

  /** The next check-in due after one on {@code last}. */
  public LocalDate nextAfter(LocalDate last) {
    return switch (this) {
      case DAILY -> last.plusDays(1);
      case WEEKLY -> last.plusWeeks(1);
      case BIWEEKLY -> last.plusWeeks(2);
      case MONTHLY -> last.plusMonths(1);
      case QUARTERLY -> last.plusMonths(3);
    };
  }
}
