package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.Cadence;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Checkpoint;
import org.okr4j.core.CheckpointsMeasure;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.ZonesMeasure;

/** Pace, staleness, forecast and daily series: everything that depends on the calendar. */
class TimeTest {

  static final Cycle Q3 = Cycle.parse("2026-Q3");
  static final LocalDate START = Q3.start();

  static KeyResult withValues(Measure measure, int... dayAndValue) {
    KeyResult kr = KeyResult.of("kr", "Key result", measure);
    for (int i = 0; i < dayAndValue.length; i += 2) {
      kr = kr.withCheckIn(CheckIn.of(START.plusDays(dayAndValue[i]), dayAndValue[i + 1]));
    }
    return kr;
  }

  @Nested
  class Pacing {
    /** A cycle whose day d expects d / 100. */
    final Cycle hundred = Cycle.of("c", START, START.plusDays(100));

    @Test
    void linearIsTheCyclesElapsedShare() {
      assertThat(Paces.linear().expected(hundred, START.plusDays(50))).isEqualTo(0.5);
      assertThat(Paces.linear().expected(Q3, START.plusDays(46))).isEqualTo(46.0 / 91);
    }

    @Test
    void waypointsBendThePace() {
      Pace phased = Paces.waypoints(Map.of(START.plusDays(50), 0.2));
      assertThat(phased.expected(hundred, START)).isZero();
      assertThat(phased.expected(hundred, START.minusDays(3))).isZero();
      assertThat(phased.expected(hundred, START.plusDays(25))).isCloseTo(0.1, within(1e-12));
      assertThat(phased.expected(hundred, START.plusDays(50))).isCloseTo(0.2, within(1e-12));
      assertThat(phased.expected(hundred, START.plusDays(75))).isCloseTo(0.6, within(1e-12));
      assertThat(phased.expected(hundred, hundred.end())).isEqualTo(1.0);
      assertThat(phased.expected(hundred, hundred.end().plusDays(5))).isEqualTo(1.0);
      assertThat(Paces.waypoints(Map.of()).expected(hundred, START.plusDays(50))).isEqualTo(0.5);
      Pace outside = Paces.waypoints(Map.of(START.minusDays(5), 0.1, START.plusDays(200), 0.9));
      assertThat(outside.expected(hundred, START.plusDays(50))).isEqualTo(0.5);
    }

    @Test
    void onAWaypointsDayThePaceIsItsValueExactly() {
      // 0.1 + (0.45 - 0.1) * 20 / 20 is 0.44999999999999996 in binary.
      Pace phased = Paces.waypoints(Map.of(START.plusDays(30), 0.1, START.plusDays(50), 0.45));
      assertThat(phased.expected(hundred, START.plusDays(50))).isEqualTo(0.45);
      assertThat(phased.expected(hundred, START.plusDays(30))).isEqualTo(0.1);
    }

    @Test
    void waypointsMustNotFall() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Paces.waypoints(Map.of(START.plusDays(10), 0.5, START.plusDays(20), 0.4)))
          .withMessage("waypoint on 2026-07-21 must lie within [0.5, 1.0], but was 0.4");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Paces.waypoints(Map.of(START.plusDays(10), 1.5)))
          .withMessageStartingWith("waypoint on 2026-07-11 must lie within [0.0, 1.0]");
    }

    @Test
    void waypointsAreWalkedInDateOrderAndThoseOnTheCyclesEndsLeftOut() {
      Pace phased = Paces.waypoints(Map.of(START.plusDays(40), 0.5, START.plusDays(20), 0.1));
      assertThat(phased.expected(hundred, START.plusDays(10))).isCloseTo(0.05, within(1e-12));
      assertThat(phased.expected(hundred, START.plusDays(30))).isCloseTo(0.3, within(1e-12));
      long rest = hundred.end().toEpochDay() - START.plusDays(40).toEpochDay();
      assertThat(phased.expected(hundred, START.plusDays(41)))
          .isCloseTo(0.5 + 0.5 / rest, within(1e-12));
      // On the first or the last day, (start, 0) and (end, 1) stand.
      Pace onEnds = Paces.waypoints(Map.of(START, 0.3, hundred.end(), 0.9));
      assertThat(onEnds.expected(hundred, START.plusDays(50)))
          .isEqualTo(Paces.linear().expected(hundred, START.plusDays(50)));
    }

    @Test
    void waypointsNameAMissingDayOrValue() {
      Map<LocalDate, Double> noValue = new HashMap<>();
      noValue.put(START.plusDays(10), null);
      assertThatNullPointerException().isThrownBy(() -> Paces.waypoints(noValue))
          .withMessage("waypoint on 2026-07-11");
      Map<LocalDate, Double> noDay = new HashMap<>();
      noDay.put(null, 0.5);
      assertThatNullPointerException().isThrownBy(() -> Paces.waypoints(noDay))
          .withMessage("waypoint day");
    }

    @Test
    void waypointsMayHoldLevelAndLieOnZeroOrOne() {
      // "in [0, 1] and not fall": 0, a repeated value and 1 are all allowed
      Pace level = Paces.waypoints(Map.of(START.plusDays(20), 0.0, START.plusDays(40), 0.5,
          START.plusDays(60), 0.5, START.plusDays(80), 1.0));
      assertThat(level.expected(hundred, START.plusDays(10))).isZero();
      assertThat(level.expected(hundred, START.plusDays(50))).isEqualTo(0.5);
      assertThat(level.expected(hundred, START.plusDays(90))).isEqualTo(1.0);
    }
  }

  @Nested
  class Stale {
    @ParameterizedTest(name = "last check-in day {0}, seen day {1}: outdated {2}")
    @CsvSource({
        // OpenOKR: due = last + 7 days; outdated when more than 3 days past due (strict)
        "0, 10, false", "0, 11, true", "20, 30, false", "20, 31, true"})
    void weeklyWithThreeDaysGrace(int last, int seen, boolean outdated) {
      KeyResult kr = withValues(LinearMeasure.of(0, 10), last, 1);
      assertThat(Staleness.openOkr().isOutdated(kr, Q3, START.plusDays(seen))).isEqualTo(outdated);
    }

    @Test
    void countsFromTheCycleStartWithoutCheckIns() {
      KeyResult none = KeyResult.of("kr", "K", LinearMeasure.of(0, 1));
      assertThat(Staleness.openOkr().daysOverdue(none, Q3, START.plusDays(10))).isEqualTo(3);
      assertThat(Staleness.openOkr().isOutdated(none, Q3, START.plusDays(11))).isTrue();
      KeyResult future = withValues(LinearMeasure.of(0, 10), 30, 1);
      assertThat(Staleness.openOkr().daysOverdue(future, Q3, START.plusDays(8))).isEqualTo(1);
    }

    @Test
    void takesTheKeyResultsOwnCadenceAheadOfItsOwn() {
      KeyResult biweekly = withValues(LinearMeasure.of(0, 10), 0, 1).withCadence(Cadence.BIWEEKLY);
      assertThat(Staleness.openOkr().daysOverdue(biweekly, Q3, START.plusDays(17))).isEqualTo(3);
      assertThat(Staleness.openOkr().isOutdated(biweekly, Q3, START.plusDays(17))).isFalse();
      assertThat(Staleness.openOkr().isOutdated(biweekly, Q3, START.plusDays(18))).isTrue();
      assertThat(Staleness.openOkr().explain(biweekly, Q3, START.plusDays(18))).isEqualTo(
          "staleness (OpenOKR's rule): last check-in 2026-07-01, next due 2026-07-15 (BIWEEKLY,"
              + " the key result's), 4 days overdue > 3 days' grace: outdated");
      KeyResult none = biweekly.withCadence(Cadence.NONE);
      assertThat(Staleness.openOkr().isOutdated(none, Q3, START.plusDays(80))).isFalse();
      assertThat(Staleness.openOkr().explain(none, Q3, START.plusDays(80))).isEqualTo(
          "staleness (OpenOKR's rule): last check-in 2026-07-01, no check-in ever due (NONE, the"
              + " key result's): up to date");
      assertThat(new Staleness(Cadence.NONE, 0).isOutdated(biweekly.withCadence(Cadence.DAILY),
          Q3, START.plusDays(2))).isTrue();
      assertThat(new Staleness(Cadence.NONE, 0).isOutdated(KeyResult.of("kr", "K",
          LinearMeasure.of(0, 1)), Q3, START.plusDays(80))).isFalse();
    }

    @Test
    void rejectsNegativeGrace() {
      assertThatIllegalArgumentException().isThrownBy(() -> new Staleness(Cadence.DAILY, -1))
          .withMessage("grace days must be zero or more, but was -1");
      assertThat(new Staleness(Cadence.DAILY, 0).graceDays()).isZero();
    }
  }

  @Nested
  class Forecasting {
    @Test
    void fitsALineAndProjectsToTheEnd() {
      // values 10, 20, 30 on days 0, 10, 20: 1 a day, 101 by day 91 (the cycle's last day)
      KeyResult kr = withValues(LinearMeasure.of(0, 100), 0, 10, 10, 20, 20, 30);
      Forecast forecast = Forecast.of(kr, Q3, START.plusDays(30)).orElseThrow();
      assertThat(forecast.slopePerDay()).isCloseTo(1.0, within(1e-9));
      assertThat(forecast.projected()).isCloseTo(101, within(1e-9));
      assertThat(forecast.offTrack()).isFalse();
      assertThat(forecast.explanation()).isEqualTo("least squares over 3 check-ins: 1 a day, 101"
          + " by 2026-09-30, reaching linear 0 -> 100");
    }

    @Test
    void trendsOffTrackByDirection() {
      KeyResult slow = withValues(LinearMeasure.of(0, 100), 0, 0, 10, 5);
      assertThat(Forecast.of(slow, Q3, START.plusDays(30)).orElseThrow().offTrack()).isTrue();
      KeyResult down = withValues(LinearMeasure.of(100, 50), 0, 100, 10, 90);
      assertThat(Forecast.of(down, Q3, START.plusDays(30)).orElseThrow().offTrack()).isFalse();
      KeyResult downSlow = withValues(LinearMeasure.of(100, 50), 0, 100, 10, 99);
      assertThat(Forecast.of(downSlow, Q3, START.plusDays(30)).orElseThrow().offTrack()).isTrue();
      KeyResult band = withValues(RangeMeasure.of(40, 60), 0, 50, 10, 55);
      assertThat(Forecast.of(band, Q3, START.plusDays(30)).orElseThrow().offTrack()).isTrue();
      KeyResult steady = withValues(RangeMeasure.of(40, 60), 0, 50, 10, 50);
      assertThat(Forecast.of(steady, Q3, START.plusDays(30)).orElseThrow().offTrack()).isFalse();
      KeyResult uptime = withValues(ThresholdMeasure.atLeast(99), 0, 100, 10, 99);
      assertThat(Forecast.of(uptime, Q3, START.plusDays(30)).orElseThrow().offTrack()).isTrue();
      KeyResult zones = withValues(ZonesMeasure.puzzle(0, 10), 0, 0, 10, 1);
      assertThat(Forecast.of(zones, Q3, START.plusDays(30)).orElseThrow().offTrack()).isFalse();
      KeyResult zonesSlow = withValues(ZonesMeasure.puzzle(0, 100), 0, 0, 10, 1);
      assertThat(Forecast.of(zonesSlow, Q3, START.plusDays(30)).orElseThrow().offTrack()).isTrue();
      KeyResult points = withValues(CheckpointsMeasure.of(0, 100, List.of(Checkpoint.of(50, 0.5))),
          0, 0, 10, 1);
      assertThat(Forecast.of(points, Q3, START.plusDays(30)).orElseThrow().offTrack()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // The cycle's last day is day 91; each key result moves 1 a day from day 0 and is
        // projected exactly onto its target (or inside its band): reaching it is not missing it.
        "linear up    | 91",
        "linear down  | 0",
        "threshold    | 91",
        "range        | 91",
        "zones down   | 0",
        "checkpoints  | 91",
        "checkpoints down | 0"})
    void aProjectionExactlyOnTheTargetReachesIt(String kind, int target) {
      Measure measure = switch (kind) {
        case "linear up" -> LinearMeasure.of(0, 91);
        case "linear down" -> LinearMeasure.of(91, 0);
        case "threshold" -> ThresholdMeasure.atLeast(91);
        case "range" -> RangeMeasure.of(91, 100);
        case "zones down" -> ZonesMeasure.of(91, 80, 0, -10);
        case "checkpoints" -> CheckpointsMeasure.of(0, 91, List.of(Checkpoint.of(50, 0.5)));
        default -> CheckpointsMeasure.of(91, 0, List.of(Checkpoint.of(50, 0.5)));
      };
      int step = target == 0 ? -1 : 1;
      KeyResult kr = withValues(measure, 0, 91 - target, 1, 91 - target + step);
      Forecast forecast = Forecast.of(kr, Q3, START.plusDays(1)).orElseThrow();
      assertThat(forecast.projected()).isEqualTo(target);
      assertThat(forecast.offTrack()).as(forecast.explanation()).isFalse();
      assertThat(forecast.explanation()).contains(", reaching ");
    }

    @ParameterizedTest(name = "{0} -> {1}: {2} then {3}")
    @CsvSource({
        // Lines that reach the target exactly in decimals; the sums of binary tenths project
        // 9.199999999999998, 27.170000000000538 (falling to 27.17) and 10.309999999999999.
        "0, 9.2, 0.1, 0.2", "30, 27.17, 29.9, 29.87", "0, 10.31, 0.3, 0.41"})
    void aProjectionOnTheTargetInDecimalsReachesIt(double start, double target, double first,
        double second) {
      KeyResult kr = KeyResult.of("kr", "Key result", LinearMeasure.of(start, target))
          .withCheckIn(CheckIn.of(START, first)).withCheckIn(CheckIn.of(START.plusDays(1), second));
      Forecast forecast = Forecast.of(kr, Q3, START.plusDays(1)).orElseThrow();
      assertThat(forecast.projected()).isCloseTo(target, within(1e-9));
      assertThat(forecast.offTrack()).as(forecast.explanation()).isFalse();
    }

    @Test
    void needsTwoDistinctDaysAndANumericTarget() {
      assertThat(Forecast.of(withValues(LinearMeasure.of(0, 10), 0, 1), Q3, Q3.end())).isEmpty();
      assertThat(Forecast.of(withValues(LinearMeasure.of(0, 10), 5, 1, 5, 2), Q3, Q3.end()))
          .isEmpty();
      assertThat(Forecast.of(withValues(LinearMeasure.of(0, 10), 5, 1, 9, 2), Q3,
          START.plusDays(6))).isEmpty();
      KeyResult done = KeyResult.of("kr", "K", MilestoneMeasure.of())
          .withCheckIn(CheckIn.done(START.plusDays(3)));
      assertThat(Forecast.of(done, Q3, Q3.end())).isEmpty();
      assertThat(Forecast.of(withValues(org.okr4j.core.BaselineMeasure.of(
          org.okr4j.core.Direction.INCREASE), 0, 1, 5, 2), Q3, Q3.end())).isEmpty();
    }
  }

  @Nested
  class Series {
    @Test
    void carriesTheLastCheckInForward() {
      KeyResult kr = withValues(LinearMeasure.of(0, 10), 2, 2, 4, 6);
      DailySeries series = DailySeries.of(kr, Scorers.linear(), START, START.plusDays(5));
      assertThat(series.length()).isEqualTo(6);
      assertThat(series.first()).isEqualTo(START);
      assertThat(series.on(START.plusDays(1))).isEmpty();
      assertThat(series.on(START.plusDays(2))).hasValue(0.2);
      assertThat(series.on(START.plusDays(3))).hasValue(0.2);
      assertThat(series.on(START.plusDays(5))).hasValue(0.6);
      assertThat(series.on(START.plusDays(6))).isEmpty();
      assertThat(series.on(START.minusDays(1))).isEmpty();
      assertThat(series).hasToString("DailySeries[2026-07-01, 6 days]");
    }

    @Test
    void meansIgnoreMissingValues() {
      DailySeries a = DailySeries.of(withValues(LinearMeasure.of(0, 10), 0, 2), Scorers.linear(),
          START, START.plusDays(3));
      DailySeries b = DailySeries.of(withValues(LinearMeasure.of(0, 10), 2, 6), Scorers.linear(),
          START, START.plusDays(3));
      DailySeries none = DailySeries.of(KeyResult.of("x", "X", LinearMeasure.of(0, 1)),
          Scorers.linear(), START, START.plusDays(3));
      DailySeries mean = DailySeries.mean(List.of(a, b, none));
      assertThat(mean.on(START)).hasValue(0.2);
      assertThat(mean.on(START.plusDays(2))).hasValue(0.4);
      assertThat(DailySeries.mean(List.of(none)).on(START)).isEmpty();
      assertThat(DailySeries.mean(List.of(a))).isEqualTo(a).hasSameHashCodeAs(a);
      assertThat(a).isNotEqualTo(b);
    }

    @Test
    void rejectsMismatchedOrInvertedRanges() {
      DailySeries a = DailySeries.of(withValues(LinearMeasure.of(0, 10), 0, 2), Scorers.linear(),
          START, START.plusDays(3));
      DailySeries shorter = DailySeries.of(withValues(LinearMeasure.of(0, 10), 0, 2),
          Scorers.linear(), START, START.plusDays(2));
      DailySeries later = DailySeries.of(withValues(LinearMeasure.of(0, 10), 0, 2),
          Scorers.linear(), START.plusDays(1), START.plusDays(4));
      // a shorter series is missing at its end (BurningOKR's company view)
      assertThat(DailySeries.mean(List.of(a, shorter)).length()).isEqualTo(4);
      assertThatIllegalArgumentException().isThrownBy(() -> DailySeries.mean(List.of(a, later)))
          .withMessageStartingWith("series must start on the same day");
      assertThatIllegalArgumentException().isThrownBy(() -> DailySeries.mean(List.of()))
          .withMessage("series must not be empty, but was []");
      assertThatIllegalArgumentException().isThrownBy(() -> DailySeries.of(
              KeyResult.of("x", "X", LinearMeasure.of(0, 1)), Scorers.linear(), START,
              START.minusDays(2)))
          .withMessage("series end must not lie more than a day before its start 2026-07-01,"
              + " but was 2026-06-29");
      assertThat(Optional.of(a)).isPresent();
    }
  }
}
