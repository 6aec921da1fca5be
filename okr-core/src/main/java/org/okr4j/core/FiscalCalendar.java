package org.okr4j.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * Makes the cycles of a fiscal year that starts in any month, with their labels and parents.
 *
 * <p>A fiscal year is named after the calendar year in which it ends: with a July start, FY2027
 * runs from 2026-07-01 to 2027-06-30 and its first quarter is labelled {@code FY2027-Q1}. A January
 * start is the calendar year, labelled without prefix ({@code 2026}, {@code 2026-H2},
 * {@code 2026-Q3}). Months are calendar months ({@code 2026-08}) in either case. Each cycle made here
 * has its id set to its label and its parent set to the narrowest cycle containing it (month in
 * quarter, quarter and half in year). Immutable and thread-safe.
 * <pre>{@code
 * FiscalCalendar fy = FiscalCalendar.startingIn(Month.JULY);
 * fy.quarter(2027, 1);             // FY2027-Q1: 2026-07-01..2026-09-30, in FY2027
 * fy.parse("FY2027-H2");           // 2027-01-01..2027-06-30
 * fy.quarterContaining(LocalDate.of(2026, 12, 24)); // FY2027-Q2
 * fy.quarterLabel(2031, 1, "GJ xx/yy-Qzz");           // "GJ 30/31-Q1" (Puzzle OKR)
 * fy.nextQuarter(YearMonth.of(2030, 9), "GJ xx/yy-Qzz"); // GJ 30/31-Q2: 2030-10-01..2030-12-31
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class FiscalCalendar {

  private static final Pattern TEMPLATE_FIELD = Pattern.compile("xxxx|yyyy|xx|yy|zz");
  private static final Pattern LABEL =
      Pattern.compile("(FY)?(\\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?");

  FiscalCalendar() {}

  /** The month the fiscal year starts in. */
  @Value.Parameter
  public abstract Month startMonth();

  /** The calendar year: fiscal years start in January. */
  public static FiscalCalendar calendarYear() {
    return startingIn(Month.JANUARY);
  }

  /** Fiscal years that start on the first day of {@code month}. */
  public static FiscalCalendar startingIn(Month month) {
    return ImmutableFiscalCalendar.of(month);
  }

  /** The fiscal year that {@code date} falls in. */
  public int fiscalYearOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    boolean calendar = startMonth() == Month.JANUARY;
    return calendar || date.getMonthValue() < startMonth().getValue()
        ? date.getYear() : date.getYear() + 1;
  }

  /** The fiscal year {@code fiscalYear}. */
  public Cycle year(int fiscalYear) {
    LocalDate start = firstDay(fiscalYear);
    return cycle(yearLabel(fiscalYear), start, start.plusYears(1), CycleKind.YEAR, null);
  }

  /** Half {@code half} (1 or 2) of fiscal year {@code fiscalYear}, inside the year. */
  public Cycle half(int fiscalYear, int half) {
    Guards.check(half == 1 || half == 2, "half", "be 1 or 2", half);
    LocalDate start = firstDay(fiscalYear).plusMonths(6L * (half - 1));
    return cycle(yearLabel(fiscalYear) + "-H" + half, start, start.plusMonths(6), CycleKind.HALF,
        yearLabel(fiscalYear));
  }

  /** Quarter {@code quarter} (1 to 4) of fiscal year {@code fiscalYear}, inside the year. */
  public Cycle quarter(int fiscalYear, int quarter) {
    Guards.check(quarter >= 1 && quarter <= 4, "quarter", "lie within [1, 4]", quarter);
    LocalDate start = firstDay(fiscalYear).plusMonths(3L * (quarter - 1));
    return cycle(quarterLabel(fiscalYear, quarter), start, start.plusMonths(3), CycleKind.QUARTER,
        yearLabel(fiscalYear));
  }

  /** The four quarters of fiscal year {@code fiscalYear}, in order. */
  public List<Cycle> quartersOf(int fiscalYear) {
    return IntStream.rangeClosed(1, 4).mapToObj(q -> quarter(fiscalYear, q)).toList();
  }

  /** The calendar month {@code month}, inside its fiscal quarter. */
  public Cycle month(YearMonth month) {
    Objects.requireNonNull(month, "month");
    LocalDate start = month.atDay(1);
    int fiscalYear = fiscalYearOf(start);
    return cycle(month.toString(), start, start.plusMonths(1), CycleKind.MONTH,
        quarterLabel(fiscalYear, quarterIndex(start)));
  }

  /** The fiscal year containing {@code date}. */
  public Cycle yearContaining(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return year(fiscalYearOf(date));
  }

  /** The fiscal quarter containing {@code date}. */
  public Cycle quarterContaining(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return quarter(fiscalYearOf(date), quarterIndex(date));
  }

  /**
   * The label of a fiscal quarter written from a template, as Puzzle OKR writes its quarters
   * ({@code GJ xx/yy-Qzz}, {@code GJ xxxx-Qzz}, {@code xx-yy-xxxx-yyyy-Qzz}). In the template,
   * {@code xxxx} and {@code xx} stand for the four- and two-digit calendar year in which the fiscal
   * year starts, {@code yyyy} and {@code yy} for the one in which it ends, and {@code zz} for the
   * quarter number; longer fields are read first, everything else is copied. With a July start,
   * fiscal year 2031 (2030-07-01..2031-06-30) writes quarter 1 as {@code GJ 30/31-Q1}; with a
   * January start both years are the same ({@code GJ 26/26-Q1}), since the year starts and ends in
   * one calendar year.
   *
   * @throws IllegalArgumentException if the quarter lies outside [1, 4] or the template has no
   *     {@code zz} (every quarter of a year would get the same label)
   */
  public String quarterLabel(int fiscalYear, int quarter, String template) {
    java.util.Objects.requireNonNull(template, "template");
    Guards.check(quarter >= 1 && quarter <= 4, "quarter", "lie within [1, 4]", quarter);
    Guards.check(template.contains("zz"), "quarter label template",
        "contain zz for the quarter number", template);
    int startYear = firstDay(fiscalYear).getYear();
    int endYear = firstDay(fiscalYear).plusYears(1).minusDays(1).getYear();
    return TEMPLATE_FIELD.matcher(template).replaceAll(field -> switch (field.group()) {
      case "xxxx" -> String.valueOf(startYear);
      case "yyyy" -> String.valueOf(endYear);
      case "xx" -> twoDigits(startYear);
      case "yy" -> twoDigits(endYear);
      default -> String.valueOf(quarter);
    });
  }

  /**
   * The fiscal quarter after the one containing {@code month}, with its id set to its label written
   * from {@code template} ({@link #quarterLabel}) and its parent to the fiscal year: Puzzle OKR's
   * "next quarter" from the current month.
   */
  public Cycle nextQuarter(YearMonth month, String template) {
    Objects.requireNonNull(month, "month");
    java.util.Objects.requireNonNull(template, "template");
    Cycle current = quarterContaining(month.atDay(1));
    LocalDate next = current.end().plusDays(1);
    int fiscalYear = fiscalYearOf(next);
    int quarter = quarterIndex(next);
    Cycle cycle = quarter(fiscalYear, quarter);
    return Cycle.builder().from(cycle)
        .id(CycleId.of(quarterLabel(fiscalYear, quarter, template))).build();
  }

  private static String twoDigits(int year) {
    return String.format(java.util.Locale.ROOT, "%02d", Math.floorMod(year, 100));
  }

  /**
   * Reads a label this calendar writes: a year ({@code 2026}, or {@code FY2027} for a fiscal year
   * not starting in January), a half ({@code -H1}), a quarter ({@code -Q3}) or a calendar month
   * ({@code 2026-07}).
   *
   * @throws IllegalArgumentException naming the label and the forms expected
   */
  public Cycle parse(CharSequence label) {
    Objects.requireNonNull(label, "label");
    String text = label.toString();
    Matcher m = LABEL.matcher(text);
    boolean fiscal = startMonth() != Month.JANUARY;
    String expected = fiscal
        ? "have the form FYyyyy, FYyyyy-H1, FYyyyy-Q1 or yyyy-MM"
        : "have the form yyyy, yyyy-H1, yyyy-Q1 or yyyy-MM";
    Guards.check(m.matches(), "cycle label", expected, text);
    int year = Integer.parseInt(m.group(2));
    if (m.group(5) != null) {
      Guards.check(m.group(1) == null, "cycle label", expected, text);
      return month(YearMonth.of(year, Integer.parseInt(m.group(5))));
    }
    Guards.check(fiscal == (m.group(1) != null), "cycle label", expected, text);
    if (m.group(3) != null) {
      return half(year, Integer.parseInt(m.group(3)));
    }
    if (m.group(4) != null) {
      return quarter(year, Integer.parseInt(m.group(4)));
    }
    return year(year);
  }

  private LocalDate firstDay(int fiscalYear) {
    int calendarYear = startMonth() == Month.JANUARY ? fiscalYear : fiscalYear - 1;
    return LocalDate.of(calendarYear, startMonth(), 1);
  }

  private int quarterIndex(LocalDate date) {
    int monthsIn = Math.floorMod(date.getMonthValue() - startMonth().getValue(), 12);
    return monthsIn / 3 + 1;
  }

  private String yearLabel(int fiscalYear) {
    return (startMonth() == Month.JANUARY ? "" : "FY") + fiscalYear;
  }

  private String quarterLabel(int fiscalYear, int quarter) {
    return yearLabel(fiscalYear) + "-Q" + quarter;
  }

  private static Cycle cycle(String label, LocalDate start, LocalDate endExclusive, CycleKind kind,
      String parent) {
    Cycle.Builder builder = Cycle.builder()
        .id(CycleId.of(label)).start(start).end(endExclusive.minusDays(1)).kind(kind);
    if (parent != null) {
      builder.parent(CycleId.of(parent));
    }
    return builder.build();
  }

  @Override
  public String toString() {
    return "FiscalCalendar[starts " + startMonth() + "]";
  }
}
