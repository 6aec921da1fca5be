package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthy;
import static org.okr4j.core.validation.Fixtures.subjects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.core.Cycle;
import org.okr4j.core.FiscalCalendar;
import org.okr4j.core.OkrSet;

/**
 * BurningOKR's published rule, case by case: "cycles of one company do not overlap; start before
 * end". Bounds are inclusive, so two cycles overlap when they share a day; BurningOKR has no
 * nested cycles, so a quarter inside its year overlaps it.
 */
class CycleDatesTest {

  private static final ValidationPolicy RULE = ValidationPolicy.builder().name("test")
      .rule("time.cycle.dates").build();
  private static final FiscalCalendar CALENDAR = FiscalCalendar.calendarYear();

  /** Cycles written {@code id start end}; findings written {@code code subject subject...}. */
  static Stream<Arguments> table() {
    return Stream.of(
        row("no cycles", List.of(), List.of()),
        row("one quarter", List.of("q3 2026-07-01 2026-09-30"), List.of()),
        row("adjacent quarters", List.of("q3 2026-07-01 2026-09-30", "q4 2026-10-01 2026-12-31"),
            List.of()),
        row("a gap between", List.of("q3 2026-07-01 2026-09-15", "q4 2026-10-01 2026-12-31"),
            List.of()),
        row("one shared day", List.of("q3 2026-07-01 2026-09-30", "q4 2026-09-30 2026-12-31"),
            List.of("time.cycle.overlap q3 q4")),
        row("a month shared", List.of("b 2026-09-01 2026-12-31", "a 2026-07-01 2026-09-30"),
            List.of("time.cycle.overlap a b")),
        row("the same dates, ids decide", List.of("y 2026-07-01 2026-09-30",
            "x 2026-07-01 2026-09-30"), List.of("time.cycle.overlap x y")),
        row("a quarter nested in its year", List.of("2026 2026-01-01 2026-12-31",
            "2026-Q3 2026-07-01 2026-09-30"), List.of("time.cycle.overlap 2026 2026-Q3")),
        row("same start: the shorter first", List.of("2026 2026-01-01 2026-12-31",
            "2026-Q1 2026-01-01 2026-03-31"), List.of("time.cycle.overlap 2026-Q1 2026")),
        row("a year and its four quarters", List.of("2026 2026-01-01 2026-12-31",
            "q1 2026-01-01 2026-03-31", "q2 2026-04-01 2026-06-30", "q3 2026-07-01 2026-09-30",
            "q4 2026-10-01 2026-12-31"), List.of("time.cycle.overlap q1 2026",
            "time.cycle.overlap 2026 q2", "time.cycle.overlap 2026 q3",
            "time.cycle.overlap 2026 q4")),
        row("a chain: each overlaps the next only", List.of("a 2026-01-01 2026-02-10",
            "b 2026-02-01 2026-03-10", "c 2026-03-01 2026-04-10"),
            List.of("time.cycle.overlap a b", "time.cycle.overlap b c")),
        row("a one-day cycle", List.of("launch 2026-10-01 2026-10-01"),
            List.of("time.cycle.one-day launch")),
        row("two days are enough", List.of("launch 2026-10-01 2026-10-02"), List.of()),
        row("a one-day cycle inside a quarter", List.of("q4 2026-10-01 2026-12-31",
            "launch 2026-11-02 2026-11-02"), List.of("time.cycle.one-day launch",
            "time.cycle.overlap q4 launch")),
        row("a one-day cycle on the day after", List.of("q3 2026-07-01 2026-09-30",
            "launch 2026-10-01 2026-10-01"), List.of("time.cycle.one-day launch")));
  }

  private static Arguments row(String name, List<String> cycles, List<String> findings) {
    return Arguments.of(name, cycles, findings);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void reportsEachOverlappingPairAndEachOneDayCycle(String name, List<String> cycles,
      List<String> findings) {
    assertThat(findings(check(cycles(cycles)))).isEqualTo(findings);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void reportsTheSameWhateverTheOrderOfTheSet(String name, List<String> cycles,
      List<String> findings) {
    List<Cycle> shuffled = new ArrayList<>(cycles(cycles));
    Collections.reverse(shuffled);
    assertThat(findings(check(shuffled))).isEqualTo(findings);
    Collections.shuffle(shuffled, new Random(name.hashCode()));
    assertThat(findings(check(shuffled))).isEqualTo(findings);
  }

  @Test
  void namesTheCyclesAndTheirDates() {
    ValidationResult result = check(cycles(List.of("q3 2026-07-01 2026-09-30",
        "late 2026-09-15 2026-10-15", "launch 2026-11-02 2026-11-02")));
    assertThat(result.withCode("time.cycle.overlap").violations()).singleElement()
        .satisfies(v -> {
          assertThat(v.severity()).isEqualTo(Severity.ERROR);
          assertThat(v.values()).containsExactly(Map.entry("start", "2026-07-01"),
              Map.entry("end", "2026-09-30"), Map.entry("other", "late"),
              Map.entry("other-start", "2026-09-15"), Map.entry("other-end", "2026-10-15"));
        });
    assertThat(result.withCode("time.cycle.one-day").violations()).singleElement()
        .satisfies(v -> assertThat(v.values()).containsExactly(
            Map.entry("start", "2026-11-02"), Map.entry("end", "2026-11-02")));
  }

  @Test
  void aLongCycleOverMonthsStepsOncePerPair() {
    // A year over its twelve months: 12 pairs, the months never against each other.
    List<Cycle> cycles = new ArrayList<>();
    cycles.add(CALENDAR.year(2026));
    for (int month = 1; month <= 12; month++) {
      cycles.add(CALENDAR.month(java.time.YearMonth.of(2026, month)));
    }
    assertThat(check(cycles).violations()).extracting(Violation::code).hasSize(12)
        .containsOnly("time.cycle.overlap");
  }

  @Test
  void onlyBurningOkrChecksCycleDates() {
    for (String preset : ValidationPolicy.names()) {
      assertThat(ValidationPolicy.named(preset).ruleNames().contains("time.cycle.dates"))
          .as(preset).isEqualTo(preset.equals("burningokr"));
    }
    OkrSet quarters = OkrSet.builder().from(healthy())
        .cycles(List.of(Fixtures.QUARTER, Fixtures.NEXT_QUARTER)).build();
    assertThat(ValidationPolicy.burningOkr().check(quarters, AS_OF).withCode("time.cycle")
        .violations()).isEmpty();
    assertThat(findings(ValidationPolicy.burningOkr().check(healthy(), AS_OF)
        .withCode("time.cycle"))).containsExactly("time.cycle.overlap 2026 2026-Q3",
            "time.cycle.overlap 2026 2026-Q4");
  }

  private static ValidationResult check(List<Cycle> cycles) {
    return RULE.check(OkrSet.builder().from(healthy()).objectives(List.of()).cycles(cycles)
        .build(), AS_OF);
  }

  private static List<Cycle> cycles(List<String> lines) {
    List<Cycle> cycles = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split(" ");
      cycles.add(Cycle.of(parts[0], LocalDate.parse(parts[1]), LocalDate.parse(parts[2])));
    }
    return cycles;
  }

  private static List<String> findings(ValidationResult result) {
    return result.violations().stream()
        .map(v -> v.code() + " " + String.join(" ", subjects(v))).toList();
  }
}
