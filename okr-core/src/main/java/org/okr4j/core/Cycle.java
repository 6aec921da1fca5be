package org.okr4j.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A period in which OKRs are set, checked in and graded: a year, half, quarter, month or custom
 * span, with inclusive start and end dates, an optional parent cycle and a workflow state.
 *
 * <p>Immutable and thread-safe. Construction rejects an end before the start and a cycle that is its
 * own parent; a one-day cycle (start on its end) and overlapping cycles are findings of the
 * {@code time.cycle.dates} rule, which only the {@code burningokr} preset runs. Quarterly OKRs
 * sit inside annual ones: {@link FiscalCalendar} makes such cycles with their parents set, and
 * {@link Cycles#nest} assigns the narrowest containing cycle as parent for cycles from elsewhere.
 * <pre>{@code
 * Cycle q3 = Cycle.parse("2026-Q3");                        // 2026-07-01..2026-09-30, parent 2026
 * double e = q3.expectedProgress(LocalDate.of(2026, 8, 15)); // 45 / 91 days = 0.4945...
 * Cycle fy = FiscalCalendar.startingIn(Month.JULY).parse("FY2027-Q1"); // 2026-07-01..2026-09-30
 * }</pre>
 */
@Value.Immutable
public abstract class Cycle {

  Cycle() {}

  /** The cycle's id; for cycles made from a label, the label itself ({@code 2026-Q3}). */
  public abstract CycleId id();

  /** The first day of the cycle (inclusive). */
  public abstract LocalDate start();

  /** The last day of the cycle (inclusive); never before {@link #start()}. */
  public abstract LocalDate end();

  /** How long it runs. */
  @Value.Default
  public CycleKind kind() {
    return CycleKind.CUSTOM;
  }

  /** The cycle this one lies in, such as the year of a quarter. */
  public abstract Optional<CycleId> parent();

  /** Its workflow state; {@link CycleState#DRAFT} unless set. */
  @Value.Default
  public CycleState state() {
    return CycleState.DRAFT;
  }

  /** A custom cycle from {@code start} to {@code end}, both inclusive. */
  public static Cycle of(String id, LocalDate start, LocalDate end) {
    return builder().id(CycleId.of(id)).start(start).end(end).build();
  }

  /**
   * Reads a calendar-year label: {@code 2026}, {@code 2026-H1}, {@code 2026-Q3} or {@code 2026-07}.
   * For fiscal years that start in another month use {@link FiscalCalendar#parse(CharSequence)}.
   *
   * @throws IllegalArgumentException naming the label when it is none of these
   */
  public static Cycle parse(CharSequence label) {
    Objects.requireNonNull(label, "label");
    return FiscalCalendar.calendarYear().parse(label);
  }

  /** A builder for cycles. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Cycle}s; not thread-safe. */
  public static final class Builder extends ImmutableCycle.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (end().isBefore(start())) {
      throw Guards.failure("cycle end", "not lie before its start " + start(), end());
    }
    Guards.check(!parent().equals(Optional.of(id())), "cycle parent", "differ from the cycle itself",
        id());
  }

  /** True if {@code date} lies within the cycle, bounds included. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Where the cycle stands on {@code date} (ShamanR's period status): {@link CyclePhase#ARCHIVED}
   * if archived, whatever the day; else {@link CyclePhase#FUTURE} before its start,
   * {@link CyclePhase#CLOSED} after its end and {@link CyclePhase#ACTIVE} from start to end, both
   * included. The other workflow states do not enter: a cycle closed early is still active by its
   * dates.
   */
  public CyclePhase phaseOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (state() == CycleState.ARCHIVED) {
      return CyclePhase.ARCHIVED;
    }
    return date.isBefore(start()) ? CyclePhase.FUTURE
        : date.isAfter(end()) ? CyclePhase.CLOSED : CyclePhase.ACTIVE;
  }

  /** True if {@code other} lies wholly within this cycle, bounds included. */
  public boolean encloses(Cycle other) {
    Objects.requireNonNull(other, "other");
    return contains(other.start()) && contains(other.end());
  }

  /** The number of days from start to end, both included. */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  /**
   * The share of the cycle elapsed at {@code date}, in [0, 1]: 0 on the first day and before,
   * 1 on the last day and after, linear in days between. A one-day cycle gives 0 before its day and
   * 1 from it. This is the "expected progress" that pace and status rules compare with.
   */
  public double expectedProgress(LocalDate date) {
    long span = ChronoUnit.DAYS.between(start(), end());
    if (span == 0) {
      return date.isBefore(start()) ? 0.0 : 1.0;
    }
    double elapsed = ChronoUnit.DAYS.between(start(), date);
    return Math.min(1.0, Math.max(0.0, elapsed / span));
  }

  /** A copy in another state. */
  public Cycle withState(CycleState state) {
    return builder().from(this).state(state).build();
  }

  /** A copy under another parent. */
  public Cycle withParent(CycleId parent) {
    return builder().from(this).parent(parent).build();
  }

  @Override
  public String toString() {
    return id() + " [" + start() + ".." + end() + ", " + kind() + ", " + state()
        + parent().map(p -> ", in " + p).orElse("") + "]";
  }
}
