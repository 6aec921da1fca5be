package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WaypointTest {

  static final LocalDate DAY = LocalDate.of(2026, 8, 31);

  @Test
  void printsAndReadsBack() {
    assertThat(Waypoint.of(DAY, 36)).hasToString("2026-08-31=36");
    assertThat(Waypoint.of(DAY, 0.125)).hasToString("2026-08-31=0.125");
    assertThat(Waypoint.parse(" 2026-08-31 = 36 ")).isEqualTo(Waypoint.of(DAY, 36));
    qt().forAll(integers().between(-100_000, 100_000), doubles().between(-1e12, 1e12))
        .checkAssert((day, value) -> {
          Waypoint waypoint = Waypoint.of(LocalDate.ofEpochDay(day), value);
          assertThat(Waypoint.parse(waypoint.toString())).isEqualTo(waypoint);
        });
  }

  @Test
  void rejectsBrokenValuesAndText() {
    assertThatIllegalArgumentException().isThrownBy(() -> Waypoint.of(DAY, Double.NaN))
        .withMessage("waypoint value must be a finite number, but was NaN");
    assertThatIllegalArgumentException().isThrownBy(() -> Waypoint.parse("2026-08-31"))
        .withMessage("waypoint must be a date, '=' and a value, as 2026-09-30=40,"
            + " but was '2026-08-31'");
    assertThatIllegalArgumentException().isThrownBy(() -> Waypoint.parse("31.8.2026=4"))
        .withMessageStartingWith("waypoint must be a date");
    assertThatIllegalArgumentException().isThrownBy(() -> Waypoint.parse("2026-08-31=x"))
        .withMessageStartingWith("waypoint must be a date");
    // Not a plain decimal, as toString() writes numbers: the text's fault, not the value's.
    assertThatIllegalArgumentException().isThrownBy(() -> Waypoint.parse("2026-08-31=Infinity"))
        .withMessage("waypoint must be a date, '=' and a value, as 2026-09-30=40,"
            + " but was '2026-08-31=Infinity'");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Waypoint.of(DAY, 36), Waypoint.parse("2026-08-31=36.0"))
        .addEqualityGroup(Waypoint.of(DAY, 37))
        .addEqualityGroup(Waypoint.of(DAY.plusDays(1), 36))
        .testEquals();
  }

  @Nested
  class OfAKeyResult {
    KeyResult nps = KeyResultTest.nps();

    @Test
    void areNoneByDefaultAndKeptAsGiven() {
      assertThat(nps.waypoints()).isEmpty();
      assertThat(nps.cadence()).isEmpty();
      List<Waypoint> phased = List.of(Waypoint.of(DAY, 36), Waypoint.of(DAY.plusMonths(1), 40));
      KeyResult kr = nps.withWaypoints(phased).withCadence(Cadence.BIWEEKLY);
      assertThat(kr.waypoints()).isEqualTo(phased);
      assertThat(kr.cadence()).contains(Cadence.BIWEEKLY);
      assertThat(KeyResult.builder().from(kr).build()).isEqualTo(kr);
      assertThat(KeyResult.builder().from(kr).cadence(java.util.Optional.empty()).build().cadence())
          .isEmpty();
      assertThat(kr).hasToString("KeyResult[kr-nps \"Raise NPS from 31 to 45\", linear 31 -> 45,"
          + " weight=1.0, checkIns=0, cadence=BIWEEKLY,"
          + " waypoints=[2026-08-31=36, 2026-09-30=40]]");
    }

    @Test
    void mustIncreaseStrictlyByDate() {
      assertThatIllegalArgumentException().isThrownBy(() -> nps.withWaypoints(
              List.of(Waypoint.of(DAY, 36), Waypoint.of(DAY, 38))))
          .withMessage("key result waypoints must be strictly increasing by date"
              + " (2026-08-31=38 follows 2026-08-31=36), but was [2026-08-31=36, 2026-08-31=38]");
      assertThatIllegalArgumentException().isThrownBy(() -> nps.withWaypoints(
              List.of(Waypoint.of(DAY, 36), Waypoint.of(DAY.minusDays(1), 34))))
          .withMessageStartingWith("key result waypoints must be strictly increasing by date");
    }

    @Test
    void belongToMeasuresReadAsValues() {
      assertThatIllegalArgumentException().isThrownBy(() -> KeyResult.builder()
              .id(KeyResultId.of("kr")).title("Ship").measure(MilestoneMeasure.of())
              .addWaypoints(Waypoint.of(DAY, 1)).build())
          .withMessage("key result waypoints must belong to a measure read as a value, not a"
              + " MILESTONE measure, but was [2026-08-31=1]");
    }

    @Test
    void takePartInEquality() {
      new EqualsTester()
          .addEqualityGroup(nps, KeyResultTest.nps())
          .addEqualityGroup(nps.withCadence(Cadence.WEEKLY), nps.withCadence(Cadence.ofDays(7)))
          .addEqualityGroup(nps.withCadence(Cadence.NONE))
          .addEqualityGroup(nps.withWaypoints(List.of(Waypoint.of(DAY, 36))))
          .addEqualityGroup(nps.withWaypoints(List.of(Waypoint.of(DAY, 37))))
          .testEquals();
    }
  }
}
