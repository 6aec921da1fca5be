package org.okr4j.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.okr4j.core.CheckIn;
import org.okr4j.core.KeyResult;

/**
 * Progress day by day (BurningOKR's series): a key result's progress on a day comes from its last
 * check-in on or before that day, and there is none before its first check-in; the series of an
 * objective, team or company is the mean of the values present below it on each day, never
 * counting a missing value as 0.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * DailySeries nps = DailySeries.of(keyResult, Scorers.standard(), q3.start(), q3.end());
 * DailySeries team = DailySeries.mean(List.of(nps, csat));
 * team.on(LocalDate.of(2026, 8, 15));   // OptionalDouble[0.41]
 * }</pre>
 */
public final class DailySeries {

  private final LocalDate first;
  private final double[] values;

  private DailySeries(LocalDate first, double[] values) {
    this.first = first;
    this.values = values;
  }

  /**
   * The daily progress of {@code keyResult} from {@code from} to {@code to}, both included; a
   * {@code to} the day before {@code from} gives a series of zero days, which is empty. The
   * scorer is asked once per check-in day, not once per day: scorers read check-ins only.
   *
   * @throws IllegalArgumentException if {@code to} lies more than a day before {@code from}
   */
  public static DailySeries of(KeyResult keyResult, Scorer scorer, LocalDate from, LocalDate to) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(scorer, "scorer");
    double[] values = days(from, to);
    List<CheckIn> checkIns = keyResult.checkIns();
    int next = 0;
    double current = Double.NaN;
    for (int d = 0; d < values.length; d++) {
      LocalDate day = from.plusDays(d);
      boolean moved = false;
      while (next < checkIns.size() && !checkIns.get(next).date().isAfter(day)) {
        next++;
        moved = true;
      }
      if (moved) {
        current = scorer.score(keyResult, day).orElse(Double.NaN);
      }
      values[d] = current;
    }
    return new DailySeries(from, values);
  }

  /**
   * A series from values given day by day from {@code first}: a missing value (an empty
   * {@link OptionalDouble}) is no value on that day, not 0. No values give an empty series.
   *
   * @throws IllegalArgumentException if a value is not finite
   */
  public static DailySeries ofValues(LocalDate first, List<OptionalDouble> values) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(first, "first");
    double[] days = new double[values.size()];
    for (int d = 0; d < days.length; d++) {
      OptionalDouble value = values.get(d);
      if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
        throw new IllegalArgumentException("series value must be a finite number, but was "
            + value.getAsDouble());
      }
      days[d] = value.orElse(Double.NaN);
    }
    return new DailySeries(first, days);
  }

  /**
   * The mean, day by day, of the values present in {@code series}, skipping missing values (never
   * counting them as 0), as BurningOKR's team and company views average what lies below them. The
   * series start on the same day and may differ in length: a shorter one is missing at its end, and
   * the mean runs as long as the longest. A day on which no series has a value is missing.
   *
   * @throws IllegalArgumentException if there are no series, or they start on different days
   */
  public static DailySeries mean(List<DailySeries> series) {
    Objects.requireNonNull(series, "series");
    if (series.isEmpty()) {
      throw new IllegalArgumentException("series must not be empty, but was []");
    }
    DailySeries head = series.get(0);
    int length = 0;
    for (DailySeries one : series) {
      if (!one.first.equals(head.first)) {
        throw new IllegalArgumentException("series must start on the same day, but " + one
            + " differs from " + head);
      }
      length = Math.max(length, one.values.length);
    }
    double[] sums = new double[length];
    int[] counts = new int[sums.length];
    for (DailySeries one : series) {
      for (int d = 0; d < one.values.length; d++) {
        if (!Double.isNaN(one.values[d])) {
          sums[d] += one.values[d];
          counts[d]++;
        }
      }
    }
    for (int d = 0; d < sums.length; d++) {
      sums[d] = counts[d] == 0 ? Double.NaN : sums[d] / counts[d];
    }
    return new DailySeries(head.first, sums);
  }

  private static double[] days(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(Objects.requireNonNull(from, "from"),
        Objects.requireNonNull(to, "to")) + 1;
    if (days < 0) {
      throw new IllegalArgumentException("series end must not lie more than a day before its"
          + " start " + from + ", but was " + to);
    }
    return new double[Math.toIntExact(days)];
  }

  /** The first day. */
  public LocalDate first() {
    return first;
  }

  /** True if the series covers no day. */
  public boolean isEmpty() {
    return values.length == 0;
  }

  /** The number of days covered. */
  public int length() {
    return values.length;
  }

  /** The progress on {@code day}; empty before the first check-in or outside the series. */
  public OptionalDouble on(LocalDate day) {
    long d = ChronoUnit.DAYS.between(first, day);
    if (d < 0 || d >= values.length || Double.isNaN(values[(int) d])) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(values[(int) d]);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DailySeries that && first.equals(that.first)
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "DailySeries[" + first + ", " + values.length + " days]";
  }
}
