package org.okr4j.core;

import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.internal.Guards;

/**
 * How often a key result is to be checked in: every so many days or months, or {@link #NONE}
 * (never due, so never stale).
 *
 * <p>Immutable and thread-safe; compare with {@code equals}. Like {@link java.time.Period} it is
 * an amount of days or of months, never both: a month cadence keeps to the day of the month
 * ({@code 2026-01-31} is followed by {@code 2026-02-28}). The named cadences are canonical:
 * {@code ofDays(7)} is {@link #WEEKLY} and prints so. {@code toString} gives the name or an ISO
 * period ({@code P10D}, {@code P2M}) that {@link #parse} reads back.
 * <pre>{@code
 * Cadence.WEEKLY.nextAfter(LocalDate.of(2026, 8, 3));   // Optional[2026-08-10]
 * Cadence.parse("biweekly");                            // BIWEEKLY
 * Cadence.ofDays(10);                                   // P10D
 * Cadence.NONE.nextAfter(LocalDate.of(2026, 8, 3));     // Optional.empty: never due
 * Cadence.WEEKLY.daysPastDue(LocalDate.of(2026, 8, 3),
 *     LocalDate.of(2026, 8, 14));                       // 4: due on 2026-08-10
 * }</pre>
 */
public final class Cadence {

  /** Most days a day cadence may have: ten years. */
  public static final int MAX_DAYS = 3660;

  /** Most months a month cadence may have: ten years. */
  public static final int MAX_MONTHS = 120;

  /**
   * No cadence: the key result is never due for a check-in, so never stale. It does not excuse a
   * key result that was never started: {@code time.not-started} still applies.
   */
  public static final Cadence NONE = new Cadence(0, 0, "NONE");

  /** Every day. */
  public static final Cadence DAILY = new Cadence(1, 0, "DAILY");

  /** Every week: the default in the OKR literature. */
  public static final Cadence WEEKLY = new Cadence(7, 0, "WEEKLY");

  /** Every two weeks. */
  public static final Cadence BIWEEKLY = new Cadence(14, 0, "BIWEEKLY");

  /** Every month, on the same day of the month (or the month's last day). */
  public static final Cadence MONTHLY = new Cadence(0, 1, "MONTHLY");

  /** Every three months. */
  public static final Cadence QUARTERLY = new Cadence(0, 3, "QUARTERLY");

  private static final Cadence[] NAMED = {NONE, DAILY, WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY};

  private final int days;
  private final int months;
  private final String text;

  private Cadence(int days, int months, String text) {
    this.days = days;
    this.months = months;
    this.text = text;
  }

  /**
   * Every {@code days} days; 7 and 14 give {@link #WEEKLY} and {@link #BIWEEKLY}.
   *
   * @throws IllegalArgumentException if {@code days} lies outside [1, {@value #MAX_DAYS}]
   */
  public static Cadence ofDays(int days) {
    Guards.check(days >= 1 && days <= MAX_DAYS, "cadence days", "lie within [1, " + MAX_DAYS + "]",
        days);
    for (Cadence named : NAMED) {
      if (named.days == days) {
        return named;
      }
    }
    return new Cadence(days, 0, "P" + days + "D");
  }

  /**
   * Every {@code weeks} weeks, as {@code ofDays(7 * weeks)}.
   *
   * @throws IllegalArgumentException if the days lie outside [1, {@value #MAX_DAYS}]
   */
  public static Cadence ofWeeks(int weeks) {
    Guards.check(weeks >= 1 && weeks <= MAX_DAYS / 7, "cadence weeks",
        "lie within [1, " + MAX_DAYS / 7 + "]", weeks);
    return ofDays(7 * weeks);
  }

  /**
   * Every {@code months} months; 1 and 3 give {@link #MONTHLY} and {@link #QUARTERLY}.
   *
   * @throws IllegalArgumentException if {@code months} lies outside [1, {@value #MAX_MONTHS}]
   */
  public static Cadence ofMonths(int months) {
    Guards.check(months >= 1 && months <= MAX_MONTHS, "cadence months",
        "lie within [1, " + MAX_MONTHS + "]", months);
    for (Cadence named : NAMED) {
      if (named.months == months) {
        return named;
      }
    }
    return new Cadence(0, months, "P" + months + "M");
  }

  /**
   * Reads a cadence: a name ({@code NONE}, {@code DAILY}, {@code WEEKLY}, {@code BIWEEKLY},
   * {@code MONTHLY}, {@code QUARTERLY}, in any case) or an ISO period of one unit
   * ({@code P10D}, {@code P2W}, {@code P2M}); what {@link #toString()} writes.
   *
   * @throws IllegalArgumentException if the text is neither, naming the text
   */
  public static Cadence parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String upper = text.toString().strip().toUpperCase(Locale.ROOT);
    for (Cadence named : NAMED) {
      if (named.text.equals(upper)) {
        return named;
      }
    }
    int last = upper.length() - 1;
    boolean period = upper.length() >= 3 && upper.length() <= 7 && upper.charAt(0) == 'P'
        && "DWM".indexOf(upper.charAt(last)) >= 0
        && upper.substring(1, last).chars().allMatch(c -> c >= '0' && c <= '9');
    Guards.check(period, "cadence", "be NONE, DAILY, WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY or a"
        + " period such as P10D, P3W or P2M", text.toString());
    int amount = Integer.parseInt(upper.substring(1, last));
    return switch (upper.charAt(last)) {
      case 'D' -> ofDays(amount);
      case 'W' -> ofWeeks(amount);
      default -> ofMonths(amount);
    };
  }

  /** True for {@link #NONE}: never due. */
  public boolean isNone() {
    return days == 0 && months == 0;
  }

  /**
   * The day the next check-in is due after one on {@code last}; empty for {@link #NONE}.
   */
  public Optional<LocalDate> nextAfter(LocalDate last) {
    Objects.requireNonNull(last, "last");
    if (isNone()) {
      return Optional.empty();
    }
    return Optional.of(months > 0 ? last.plusMonths(months) : last.plusDays(days));
  }

  /**
   * The days from the check-in due after one on {@code last} to {@code day}: positive once that
   * check-in is overdue, zero on the day it is due, negative before; {@link Long#MIN_VALUE} for
   * {@link #NONE}, under which nothing is ever due. The same as {@code
   * ChronoUnit.DAYS.between(nextAfter(last).get(), day)}.
   *
   * @throws java.time.DateTimeException if the due date lies beyond {@link LocalDate#MAX}, as
   *     {@link #nextAfter} throws
   */
  public long daysPastDue(LocalDate last, LocalDate day) {
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(day, "day");
    if (isNone()) {
      return Long.MIN_VALUE;
    }
    if (months > 0) {
      return ChronoUnit.DAYS.between(last.plusMonths(months), day);
    }
    // In epoch days, without making the due date (asked for each of millions of key results);
    // checked as LocalDate.plusDays checks it.
    long due = ChronoField.EPOCH_DAY.checkValidValue(last.toEpochDay() + days);
    return day.toEpochDay() - due;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cadence cadence && days == cadence.days && months == cadence.months;
  }

  @Override
  public int hashCode() {
    return 31 * days + months;
  }

  /** The name, or an ISO period such as {@code P10D} or {@code P2M}: what {@link #parse} reads. */
  @Override
  public String toString() {
    return text;
  }
}
