package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
import org.okr4j.core.Direction;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.Waypoint;
import org.okr4j.core.ZonesMeasure;

/** A key result's waypoints decide the value, and so the progress, expected by a day. */
class WaypointPaceTest {

  static final Cycle Q3 = Cycle.parse("2026-Q3"); // 2026-07-01 .. 2026-09-30

  static KeyResult phased(Measure measure, String... waypoints) {
    KeyResult.Builder builder = KeyResult.builder().id(KeyResultId.of("kr")).title("Phased")
        .measure(measure);
    for (String waypoint : waypoints) {
      builder.addWaypoints(Waypoint.parse(waypoint));
    }
    return builder.build();
  }

  static final KeyResult PHASED = phased(LinearMeasure.of(0, 100), "2026-07-31=20",
      "2026-08-31=70");

  @Nested
  class ExpectedValue {
    /** The rule of {@link Paces#expectedValue}, point by point. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-06-15, 0",      // before the cycle: the start value
        "2026-07-01, 0",      // its first day: the start value
        "2026-07-16, 10",     // 15 of the 30 days to 2026-07-31=20
        "2026-07-31, 20",     // on a waypoint: its value
        "2026-08-15, 44.193548387096776", // 20 + 50 * 15 / 31
        "2026-08-31, 70",
        "2026-09-15, 85",     // after the last waypoint: on to the target, 70 + 30 * 15 / 30
        "2026-09-29, 99",     // 70 + 30 * 29 / 30
        "2026-09-30, 100",    // the cycle's last day: the target
        "2026-10-10, 100"})
    void followsThePublishedRule(LocalDate day, double expected) {
      assertThat(Paces.expectedValue(PHASED, Q3, day).getAsDouble())
          .isCloseTo(expected, within(1e-9));
    }

    @Test
    void onAWaypointsDayTheValueIsItsOwnExactly() {
      // 2.1 + (6.3 - 2.1) * 30 / 30 is 6.299999999999999 in binary.
      KeyResult tenths = phased(LinearMeasure.of(0, 10), "2026-07-31=2.1", "2026-08-30=6.3");
      assertThat(Paces.expectedValue(tenths, Q3, LocalDate.of(2026, 8, 30))).hasValue(6.3);
      assertThat(Paces.expectedValue(tenths, Q3, LocalDate.of(2026, 7, 31))).hasValue(2.1);
    }

    @Test
    void waypointsOnTheFirstOrLastDayTakeThosePointsPlaces() {
      KeyResult ends = phased(LinearMeasure.of(0, 100), "2026-07-01=5", "2026-09-30=90");
      assertThat(Paces.expectedValue(ends, Q3, Q3.start())).hasValue(5);
      assertThat(Paces.expectedValue(ends, Q3, LocalDate.of(2026, 6, 1))).hasValue(5);
      assertThat(Paces.expectedValue(ends, Q3, Q3.end())).hasValue(90);
      assertThat(Paces.expectedValue(ends, Q3, LocalDate.of(2026, 8, 15)).getAsDouble())
          .isCloseTo(5 + 85 * 45 / 91.0, within(1e-9));
    }

    @Test
    void isEmptyWithoutWaypointsInsideTheCycleOrAStartAndTarget() {
      LocalDate day = LocalDate.of(2026, 8, 15);
      assertThat(Paces.expectedValue(KeyResult.of("kr", "K", LinearMeasure.of(0, 1)), Q3, day))
          .isEmpty();
      assertThat(Paces.expectedValue(phased(LinearMeasure.of(0, 100), "2026-10-01=50"), Q3, day))
          .isEmpty();
      assertThat(Paces.expectedValue(phased(ThresholdMeasure.atLeast(9), "2026-08-01=5"), Q3,
          day)).isEmpty();
      assertThat(Paces.expectedValue(phased(ZonesMeasure.puzzle(10, 20), "2026-08-31=15"), Q3,
          LocalDate.of(2026, 7, 16)).getAsDouble()).isCloseTo(10 + 5 * 15 / 61.0, within(1e-9));
    }

    @Test
    void staysBetweenTheLeastAndGreatestOfStartWaypointsAndTarget() {
      qt().forAll(doubles().between(-1e6, 1e6), doubles().between(-1e6, 1e6),
              lists().of(integers().between(-20, 111).zip(doubles().between(-1e6, 1e6),
                  (day, value) -> Waypoint.of(Q3.start().plusDays(day), value)))
                  .ofSizeBetween(1, 6),
              integers().between(-30, 130))
          .checkAssert((start, target, points, day) -> {
            TreeMap<LocalDate, Waypoint> byDate = new TreeMap<>();
            points.forEach(p -> byDate.put(p.date(), p));
            List<Waypoint> waypoints = new ArrayList<>(byDate.values());
            KeyResult kr = KeyResult.builder().id(KeyResultId.of("kr")).title("P")
                .measure(LinearMeasure.of(start, target,
                    start <= target ? Direction.INCREASE : Direction.DECREASE))
                .waypoints(waypoints).build();
            double low = Math.min(start, target);
            double high = Math.max(start, target);
            for (Waypoint waypoint : waypoints) {
              low = Math.min(low, waypoint.value());
              high = Math.max(high, waypoint.value());
            }
            OptionalDouble value = Paces.expectedValue(kr, Q3, Q3.start().plusDays(day));
            boolean anyInside = waypoints.stream().anyMatch(w -> Q3.contains(w.date()));
            assertThat(value.isPresent()).isEqualTo(anyInside);
            if (value.isPresent()) {
              assertThat(value.getAsDouble()).isBetween(low, high);
            }
          });
    }
  }

  @Nested
  class Status {
    static final LocalDate MID = LocalDate.of(2026, 8, 16);

    OkrSet set(KeyResult kr) {
      Objective o = Objective.builder().id(ObjectiveId.of("o")).title("O")
          .level(LevelScheme.standard().top()).cycle(Q3.id()).addKeyResults(kr).build();
      return OkrSet.builder().addCycles(Q3).addObjectives(o).build();
    }

    final KeyResult plain = KeyResult.builder().id(KeyResultId.of("kr")).title("Slow start")
        .measure(LinearMeasure.of(0, 100)).addCheckIns(CheckIn.of(MID, 30)).build();
    final KeyResult slowStart = KeyResult.builder().from(plain)
        .addWaypoints(Waypoint.parse("2026-07-31=10"), Waypoint.parse("2026-09-15=40")).build();

    @Test
    void waypointsGoAheadOfTheLinearPace() {
      Scores linear = ScoringPolicy.defaults().score(set(plain), MID);
      Scores phased = ScoringPolicy.defaults().score(set(slowStart), MID);
      assertThat(linear.status(KeyResultId.of("kr"))).contains(org.okr4j.scoring.Status.BEHIND);
      assertThat(phased.status(KeyResultId.of("kr"))).contains(org.okr4j.scoring.Status.ON_TRACK);
      assertThat(phased.progress(KeyResultId.of("kr")).value())
          .isEqualTo(linear.progress(KeyResultId.of("kr")).value());
    }

    @Test
    void waypointsOutsideTheCycleLeaveTheLinearPace() {
      // 30 by 2026-08-16 against the linear 46 / 91: BEHIND, with or without a waypoint after
      // the cycle (left out, so the policy's pace applies)
      KeyResult outside = KeyResult.builder().from(plain)
          .addWaypoints(Waypoint.parse("2026-10-15=10")).build();
      assertThat(ScoringPolicy.defaults().score(set(outside), MID).status(KeyResultId.of("kr")))
          .contains(org.okr4j.scoring.Status.BEHIND);
    }

    @Test
    void theExplanationSaysTheWaypointsDecided() {
      String explained = ScoringPolicy.defaults().score(set(slowStart), MID)
          .explain(ObjectiveId.of("o"));
      // 10 + 30 * 16 / 46 = 20.43...; linear 0 -> 100 reads it as progress 0.2043...
      assertThat(explained).contains("  kr: 0.3 (linear: (30 - 0) / (100 - 0) = 0.3), status"
          + " ON_TRACK [waypoints expect 20.4348 by 2026-08-16 (linear from the waypoint"
          + " 2026-07-31=10 to the waypoint 2026-09-15=40), progress 0.2043 at that value;"
          + " Viva Goals: progress 0.3, expected 0.2043");
      assertThat(ScoringPolicy.defaults().score(set(plain), MID).explain(ObjectiveId.of("o")))
          .doesNotContain("waypoints");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // on the cycle's first and last day the explanation names the point that decided
        "2026-07-01 | 2026-07-31=10        | waypoints expect 0 by 2026-07-01 (the start value"
            + " on the cycle's first day)",
        "2026-07-01 | 2026-07-01=5         | waypoints expect 5 by 2026-07-01 (the waypoint"
            + " 2026-07-01=5 on the cycle's first day)",
        "2026-09-30 | 2026-07-31=10        | waypoints expect 100 by 2026-09-30 (the target on"
            + " the cycle's last day, 2026-09-30)",
        "2026-09-30 | 2026-09-30=90        | waypoints expect 90 by 2026-09-30 (the waypoint"
            + " 2026-09-30=90 on the cycle's last day)"})
    void theExplanationNamesTheEndPointThatDecided(LocalDate day, String waypoint,
        String explained) {
      KeyResult kr = KeyResult.builder().from(plain).checkIns(List.of(CheckIn.of(day, 30)))
          .addWaypoints(Waypoint.parse(waypoint)).build();
      assertThat(ScoringPolicy.defaults().score(set(kr), day).explain(ObjectiveId.of("o")))
          .contains(explained);
    }
  }
}
