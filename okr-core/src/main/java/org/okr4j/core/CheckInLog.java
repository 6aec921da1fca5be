package org.okr4j.core;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.RandomAccess;

/**
 * How a key result holds its check-ins: as longs rather than objects whenever every check-in is a
 * plain one (a date, a value or done, a confidence; no zone, stages, note, author or reported
 * status). Ten million key results with three check-ins each are thirty million check-ins; as
 * objects each costs a check-in, a boxed value, a date and a confidence (about 120 bytes), packed
 * one costs 8 bytes.
 *
 * <p>Three forms, chosen per key result by {@link #pack(List)}:
 * <ul>
 *   <li>narrow, a {@code long[]} of one long per check-in, when every date lies within about 2,870
 *       years of 1970, every value is an int divided by 1, 10, 100 or 1000 (what decimal data
 *       reads as) and every confidence is a shared one ({@link Confidence#code(double)}); bits
 *       0-31 the int, 32-33 the power of ten, 34 a value is present, 35 done, 36-42 the
 *       confidence code (0 for none), 43-63 the epoch day;
 *   <li>wide, a {@link Wide} of three longs per check-in (the epoch day shifted left by three
 *       over the flags, the value's bits, the confidence's bits) for other plain check-ins;
 *   <li>the check-ins themselves, in an unmodifiable list, when any is not plain.
 * </ul>
 * {@link #view(Object)} gives any form back as an unmodifiable {@code List<CheckIn>} whose elements
 * are made on request and equal the check-ins packed. Everything here is immutable once built.
 */
final class CheckInLog {

  private static final int DAY_SHIFT = 43;
  private static final long MIN_NARROW_DAY = -(1L << 20);
  private static final long MAX_NARROW_DAY = (1L << 20) - 1;
  private static final double[] TENS = {1, 10, 100, 1000};
  private static final long HAS_VALUE = 1L << 34;
  private static final long DONE = 1L << 35;
  private static final int FLAG_VALUE = 1;
  private static final int FLAG_DONE = 2;
  private static final int FLAG_CONFIDENCE = 4;

  // Check-ins fall on few distinct days; one LocalDate per day seen recently, in the Optional a
  // key result's latest check-in date comes in, instead of one of each per check-in read (two
  // rules and scoring's staleness ask the date of the key results of running objectives). Racy
  // but safe: the fields of LocalDate and Optional are final, and a miss only makes a new one.
  private static final Object[] DAYS = new Object[4096];

  private CheckInLog() {}

  /** The wide form: three longs per check-in. */
  static final class Wide {
    final long[] data;

    Wide(long[] data) {
      this.data = data;
    }
  }

  /** Packs check-ins already in date order into the smallest form that holds them exactly. */
  static Object pack(List<CheckIn> checkIns) {
    if (checkIns.isEmpty()) {
      return List.of();
    }
    long[] narrow = new long[checkIns.size()];
    boolean fits = true;
    for (int i = 0; i < narrow.length && fits; i++) {
      CheckIn checkIn = checkIns.get(i);
      if (!isPlain(checkIn)) {
        return List.copyOf(checkIns);
      }
      narrow[i] = narrow(checkIn);
      fits = narrow[i] != -1;
    }
    if (fits) {
      return narrow;
    }
    long[] wide = new long[checkIns.size() * 3];
    for (int i = 0; i < checkIns.size(); i++) {
      CheckIn checkIn = checkIns.get(i);
      if (!isPlain(checkIn)) {
        return List.copyOf(checkIns);
      }
      // Any LocalDate's epoch day fits in 40 bits, so shifted by three it fits a long.
      long day = checkIn.date().toEpochDay();
      OptionalDouble value = checkIn.value();
      Optional<Confidence> confidence = checkIn.confidence();
      int flags = (value.isPresent() ? FLAG_VALUE : 0) | (checkIn.done() ? FLAG_DONE : 0)
          | (confidence.isPresent() ? FLAG_CONFIDENCE : 0);
      wide[3 * i] = day << 3 | flags;
      wide[3 * i + 1] = value.isPresent() ? Double.doubleToRawLongBits(value.getAsDouble()) : 0;
      wide[3 * i + 2] = confidence.isPresent()
          ? Double.doubleToRawLongBits(confidence.get().value()) : 0;
    }
    return new Wide(wide);
  }

  private static boolean isPlain(CheckIn checkIn) {
    return checkIn.zone().isEmpty() && checkIn.stagesDone().isEmpty() && checkIn.note().isEmpty()
        && checkIn.author().isEmpty() && checkIn.reportedStatus().isEmpty();
  }

  /** The narrow long of a plain check-in, or -1 if it does not fit (-1 is no narrow long). */
  private static long narrow(CheckIn checkIn) {
    long day = checkIn.date().toEpochDay();
    if (day < MIN_NARROW_DAY || day > MAX_NARROW_DAY) {
      return -1;
    }
    // Each of a check-in's optional attributes read once: each read makes an Optional.
    Optional<Confidence> given = checkIn.confidence();
    int confidence = given.isPresent() ? Confidence.code(given.get().value()) : 0;
    if (given.isPresent() && confidence == 0) {
      return -1;
    }
    long bits = day << DAY_SHIFT | (long) confidence << 36 | (checkIn.done() ? DONE : 0);
    OptionalDouble value = checkIn.value();
    if (value.isEmpty()) {
      return bits;
    }
    double v = value.getAsDouble();
    for (int scale = 0; scale < TENS.length; scale++) {
      // Compared as read back, from the int: so -0.0 (the int 0 reads back as 0.0) stays wide.
      int scaled = (int) Math.rint(v * TENS[scale]);
      if (Double.doubleToRawLongBits(scaled / TENS[scale]) == Double.doubleToRawLongBits(v)) {
        return bits | HAS_VALUE | (long) scale << 32 | (scaled & 0xFFFF_FFFFL);
      }
    }
    return -1;
  }

  /** The check-ins of any form, as an unmodifiable list. */
  @SuppressWarnings("unchecked")
  static List<CheckIn> view(Object stored) {
    if (stored instanceof long[] narrow) {
      return new NarrowList(narrow);
    }
    if (stored instanceof Wide wide) {
      return new WideList(wide.data);
    }
    return (List<CheckIn>) stored;
  }

  /** No check-in on or before the day asked: what {@link #lastDayOnOrBefore} answers then. */
  static final long NO_DAY = Long.MIN_VALUE;

  /**
   * The epoch day of the last check-in on or before {@code epochDay}, or {@link #NO_DAY}; read
   * without making check-ins.
   */
  static long lastDayOnOrBefore(Object stored, long epochDay) {
    if (stored instanceof long[] narrow) {
      for (int i = narrow.length - 1; i >= 0; i--) {
        long day = narrow[i] >> DAY_SHIFT;
        if (day <= epochDay) {
          return day;
        }
      }
      return NO_DAY;
    }
    if (stored instanceof Wide wide) {
      for (int i = wide.data.length / 3 - 1; i >= 0; i--) {
        long day = wide.data[3 * i] >> 3;
        if (day <= epochDay) {
          return day;
        }
      }
      return NO_DAY;
    }
    List<CheckIn> checkIns = view(stored);
    for (int i = checkIns.size() - 1; i >= 0; i--) {
      long day = checkIns.get(i).date().toEpochDay();
      if (day <= epochDay) {
        return day;
      }
    }
    return NO_DAY;
  }

  /**
   * The value of the latest check-in dated on or before {@code epochDay} that reported one; read
   * without making check-ins.
   */
  static OptionalDouble valueOnOrBefore(Object stored, long epochDay) {
    if (stored instanceof long[] narrow) {
      for (int i = narrow.length - 1; i >= 0; i--) {
        if ((narrow[i] & HAS_VALUE) != 0 && narrow[i] >> DAY_SHIFT <= epochDay) {
          return OptionalDouble.of(narrowValue(narrow[i]));
        }
      }
      return OptionalDouble.empty();
    }
    if (stored instanceof Wide wide) {
      for (int i = wide.data.length / 3 - 1; i >= 0; i--) {
        long head = wide.data[3 * i];
        if ((head & FLAG_VALUE) != 0 && head >> 3 <= epochDay) {
          return OptionalDouble.of(Double.longBitsToDouble(wide.data[3 * i + 1]));
        }
      }
      return OptionalDouble.empty();
    }
    List<CheckIn> checkIns = view(stored);
    for (int i = checkIns.size() - 1; i >= 0; i--) {
      CheckIn checkIn = checkIns.get(i);
      if (checkIn.value().isPresent() && checkIn.date().toEpochDay() <= epochDay) {
        return checkIn.value();
      }
    }
    return OptionalDouble.empty();
  }

  /** The value of the latest check-in that reported one, read without making check-ins. */
  static OptionalDouble currentValue(Object stored) {
    return valueOnOrBefore(stored, Long.MAX_VALUE);
  }

  /**
   * The confidence of the latest check-in that reported one, if any; read without making
   * check-ins, and the common confidences in shared {@code Optional}s.
   */
  static Optional<Confidence> currentConfidence(Object stored) {
    if (stored instanceof long[] narrow) {
      for (int i = narrow.length - 1; i >= 0; i--) {
        int code = (int) (narrow[i] >>> 36) & 0x7F;
        if (code != 0) {
          return Confidence.optionalOfCode(code);
        }
      }
      return Optional.empty();
    }
    if (stored instanceof Wide wide) {
      for (int i = wide.data.length / 3 - 1; i >= 0; i--) {
        if ((wide.data[3 * i] & FLAG_CONFIDENCE) != 0) {
          return Optional.of(Confidence.of(Double.longBitsToDouble(wide.data[3 * i + 2])));
        }
      }
      return Optional.empty();
    }
    List<CheckIn> checkIns = view(stored);
    for (int i = checkIns.size() - 1; i >= 0; i--) {
      Optional<Confidence> confidence = checkIns.get(i).confidence();
      if (confidence.isPresent()) {
        return confidence;
      }
    }
    return Optional.empty();
  }

  static LocalDate day(long epochDay) {
    return optionalDay(epochDay).get();
  }

  /** {@link #day} in an {@link Optional}, shared as the days are. */
  @SuppressWarnings("unchecked")
  static Optional<LocalDate> optionalDay(long epochDay) {
    int slot = (int) (epochDay & (DAYS.length - 1));
    Optional<LocalDate> cached = (Optional<LocalDate>) DAYS[slot];
    if (cached != null && cached.get().toEpochDay() == epochDay) {
      return cached;
    }
    Optional<LocalDate> day = Optional.of(LocalDate.ofEpochDay(epochDay));
    DAYS[slot] = day;
    return day;
  }

  private static double narrowValue(long bits) {
    return (int) bits / TENS[(int) (bits >>> 32) & 3];
  }

  private static CheckIn narrowCheckIn(long bits) {
    int confidence = (int) (bits >>> 36) & 0x7F;
    return new CheckInView(day(bits >> DAY_SHIFT), (bits & HAS_VALUE) != 0,
        (bits & HAS_VALUE) != 0 ? narrowValue(bits) : 0, (bits & DONE) != 0,
        confidence == 0 ? null : Confidence.ofCode(confidence));
  }

  private static CheckIn wideCheckIn(long[] data, int i) {
    long head = data[3 * i];
    return new CheckInView(day(head >> 3), (head & FLAG_VALUE) != 0,
        Double.longBitsToDouble(data[3 * i + 1]), (head & FLAG_DONE) != 0,
        (head & FLAG_CONFIDENCE) != 0 ? Confidence.of(Double.longBitsToDouble(data[3 * i + 2]))
            : null);
  }

  private static final class NarrowList extends AbstractList<CheckIn> implements RandomAccess {
    private final long[] data;

    NarrowList(long[] data) {
      this.data = data;
    }

    @Override
    public CheckIn get(int index) {
      return narrowCheckIn(data[index]);
    }

    @Override
    public int size() {
      return data.length;
    }
  }

  private static final class WideList extends AbstractList<CheckIn> implements RandomAccess {
    private final long[] data;

    WideList(long[] data) {
      this.data = data;
    }

    @Override
    public CheckIn get(int index) {
      if (index < 0 || index >= size()) {
        throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size());
      }
      return wideCheckIn(data, index);
    }

    @Override
    public int size() {
      return data.length / 3;
    }
  }
}
