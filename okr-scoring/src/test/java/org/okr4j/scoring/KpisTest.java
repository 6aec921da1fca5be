package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Corridor;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Kpi;
import org.okr4j.core.KpiLink;
import org.okr4j.core.KpiReading;
import org.okr4j.core.KpiRole;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;

/** KPI states on a day, from their definition: the latest reading against the corridor. */
class KpisTest {

  static final LocalDate JULY = LocalDate.of(2026, 7, 31);
  static final LocalDate AUGUST = LocalDate.of(2026, 8, 31);
  static final ObjectiveId SUPPORT = ObjectiveId.of("o-support");
  static final ObjectiveId GROWTH = ObjectiveId.of("o-growth");

  static Kpi churn() {
    return Kpi.of("kpi-churn", "Monthly churn", Corridor.atMost(2.5).withTarget(2))
        .withReading(KpiReading.of(JULY, 2.4)).withReading(KpiReading.of(AUGUST, 3.1))
        .withLink(KpiLink.recovers(SUPPORT)).withLink(KpiLink.protects(GROWTH));
  }

  private static KpiState read(Corridor corridor, double value) {
    return KpiState.of(Kpi.of("k", "K", corridor).withReading(KpiReading.of(JULY, value)), JULY);
  }

  @Nested
  class States {
    @Test
    void readTheLatestReadingOnTheDay() {
      Kpi churn = churn();
      KpiState early = Kpis.state(churn, JULY.minusDays(1));
      assertThat(early.position()).isEqualTo(KpiPosition.NO_READING);
      assertThat(early.reading()).isEmpty();
      assertThat(early.isOutside()).isFalse();
      assertThat(early.distance()).isZero();
      assertThat(early.relativeDistance()).isEmpty();
      assertThat(early).hasToString("kpi-churn NO_READING [*, 2.5] target 2 by 2026-07-30");
      KpiState july = Kpis.state(churn, AUGUST.minusDays(1));
      assertThat(july.position()).isEqualTo(KpiPosition.INSIDE);
      assertThat(july.reading()).contains(KpiReading.of(JULY, 2.4));
      assertThat(july.distance()).isZero();
      assertThat(july.relativeDistance()).isEmpty();
      assertThat(july).hasToString("kpi-churn INSIDE [*, 2.5] target 2, read 2.4 on 2026-07-31");
      KpiState august = Kpis.state(churn, AUGUST);
      assertThat(august.kpi()).isEqualTo(churn.id());
      assertThat(august.asOf()).isEqualTo(AUGUST);
      assertThat(august.corridor()).isEqualTo(churn.corridor());
      assertThat(august.position()).isEqualTo(KpiPosition.ABOVE);
      assertThat(august.isOutside()).isTrue();
      assertThat(august.distance()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(august.relativeDistance().getAsDouble())
          .isCloseTo(0.24, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(august).hasToString("kpi-churn ABOVE [*, 2.5] target 2 by 0.6"
          + " (24% of the bound), read 3.1 on 2026-08-31");
    }

    @Test
    void measureHowFarOutside() {
      KpiState below = read(Corridor.of(95, 100), 93);
      assertThat(below.position()).isEqualTo(KpiPosition.BELOW);
      assertThat(below.distance()).isEqualTo(2);
      assertThat(below.relativeDistance()).isEqualTo(OptionalDouble.of(0.4));
      assertThat(below).hasToString("k BELOW [95, 100] by 2 (40% of the corridor's width),"
          + " read 93 on 2026-07-31");
      KpiState above = read(Corridor.of(95, 100), 101);
      assertThat(above.position()).isEqualTo(KpiPosition.ABOVE);
      assertThat(above.relativeDistance()).isEqualTo(OptionalDouble.of(0.2));
      assertThat(read(Corridor.of(95, 100), 95).position()).isEqualTo(KpiPosition.INSIDE);
      assertThat(read(Corridor.of(95, 100), 100).position()).isEqualTo(KpiPosition.INSIDE);
      // A zero-width corridor has no width to scale by: the bound passed scales.
      assertThat(read(Corridor.of(4, 4), 5).relativeDistance()).isEqualTo(OptionalDouble.of(0.25));
      assertThat(read(Corridor.of(4, 4), 3).relativeDistance()).isEqualTo(OptionalDouble.of(0.25));
      assertThat(read(Corridor.of(4, 4), 5)).hasToString("k ABOVE [4, 4] by 1 (25% of the bound),"
          + " read 5 on 2026-07-31");
      // An open corridor scales by the bound passed, by its size when negative.
      assertThat(read(Corridor.atLeast(-10), -12).relativeDistance())
          .isEqualTo(OptionalDouble.of(0.2));
      assertThat(read(Corridor.atLeast(50), 40).relativeDistance())
          .isEqualTo(OptionalDouble.of(0.2));
      // A bound of 0 gives no scale.
      KpiState noScale = read(Corridor.atMost(0), 1);
      assertThat(noScale.distance()).isEqualTo(1);
      assertThat(noScale.relativeDistance()).isEmpty();
      assertThat(noScale).hasToString("k ABOVE [*, 0] by 1, read 1 on 2026-07-31");
      assertThat(read(Corridor.atLeast(0), -1).relativeDistance()).isEmpty();
    }

    @Test
    void positionsTellOutsideFromTheRest() {
      assertThat(KpiPosition.BELOW.isOutside()).isTrue();
      assertThat(KpiPosition.ABOVE.isOutside()).isTrue();
      assertThat(KpiPosition.INSIDE.isOutside()).isFalse();
      assertThat(KpiPosition.NO_READING.isOutside()).isFalse();
    }

    @Test
    void equality() {
      Kpi churn = churn();
      new EqualsTester()
          .addEqualityGroup(KpiState.of(churn, AUGUST), Kpis.state(churn, AUGUST))
          .addEqualityGroup(KpiState.of(churn, AUGUST.plusDays(1)))
          .addEqualityGroup(KpiState.of(churn, JULY))
          .addEqualityGroup(KpiState.of(churn, JULY.minusDays(1)))
          .addEqualityGroup(KpiState.of(Kpi.builder().from(churn).id(org.okr4j.core.KpiId.of("x"))
              .build(), AUGUST))
          .addEqualityGroup(KpiState.of(Kpi.builder().from(churn).corridor(Corridor.atMost(3))
              .build(), AUGUST))
          .testEquals();
    }
  }

  @Nested
  class InASet {
    final Cycle quarter = Cycle.parse("2026-Q3");
    final Kpi uptime = Kpi.of("kpi-uptime", "Uptime", Corridor.atLeast(99.5))
        .withReading(KpiReading.of(JULY, 99.9)).withLink(KpiLink.protects(GROWTH));
    final Kpi nps = Kpi.of("kpi-nps", "NPS", Corridor.of(30, 60))
        .withReading(KpiReading.of(JULY, 20)).withLink(KpiLink.protects(SUPPORT));

    OkrSet set() {
      Objective support = Objective.builder().id(SUPPORT).title("Win back our customers")
          .level(LevelScheme.standard().level("department")).cycle(quarter.id())
          .addKeyResults(KeyResult.of("kr-tickets", "Tickets solved in a day", LinearMeasure.of(60,
              90)).withCheckIn(CheckIn.of(JULY, 70)))
          .build();
      return OkrSet.builder().addCycles(quarter).addObjectives(support)
          .addKpis(churn(), uptime, nps).build();
    }

    @Test
    void listEveryKpisStateInSetOrder() {
      assertThat(Kpis.states(set(), AUGUST)).extracting(KpiState::position)
          .containsExactly(KpiPosition.ABOVE, KpiPosition.INSIDE, KpiPosition.BELOW);
      assertThat(Kpis.states(OkrSet.empty(), AUGUST)).isEmpty();
    }

    @Test
    void findTheLinkedKpisOutsideTheirCorridors() {
      OkrSet set = set();
      assertThat(Kpis.outside(set, AUGUST, SUPPORT, KpiRole.RECOVERS)).extracting(KpiState::kpi)
          .extracting(Object::toString).containsExactly("kpi-churn");
      assertThat(Kpis.outside(set, AUGUST, SUPPORT, KpiRole.PROTECTS)).extracting(KpiState::kpi)
          .extracting(Object::toString).containsExactly("kpi-nps");
      // Growth protects churn (outside in August, inside in July) and uptime (inside).
      assertThat(Kpis.outside(set, AUGUST, GROWTH, KpiRole.PROTECTS)).extracting(KpiState::kpi)
          .extracting(Object::toString).containsExactly("kpi-churn");
      assertThat(Kpis.outside(set, JULY, GROWTH, KpiRole.PROTECTS)).isEmpty();
      assertThat(Kpis.outside(set, AUGUST, GROWTH, KpiRole.RECOVERS)).isEmpty();
    }

    @Test
    void explainNotesTheKpisAnObjectiveIsLinkedTo() {
      OkrSet set = set();
      String explained = ScoringPolicy.defaults().score(set, AUGUST).explain(SUPPORT);
      assertThat(explained).contains("\n  recovers kpi-churn ABOVE [*, 2.5] target 2 by 0.6"
          + " (24% of the bound), read 3.1 on 2026-08-31\n");
      assertThat(explained).contains("\n  protects kpi-nps BELOW [30, 60] by 10 (33.3333% of the"
          + " corridor's width), read 20 on 2026-07-31 [a KPI it protects is outside its"
          + " corridor; progress and status do not read KPIs]\n");
      assertThat(explained).doesNotContain("kpi-uptime");
      // KPIs move no score: the same set without them scores the same.
      OkrSet without = OkrSet.builder().from(set).kpis(List.of()).build();
      Scores plain = ScoringPolicy.defaults().score(without, AUGUST);
      Scores withKpis = ScoringPolicy.defaults().score(set, AUGUST);
      assertThat(withKpis.progress(SUPPORT)).isEqualTo(plain.progress(SUPPORT));
      assertThat(withKpis.status(SUPPORT)).isEqualTo(plain.status(SUPPORT));
      assertThat(plain.explain(SUPPORT)).doesNotContain("kpi");
      // A protected KPI inside its corridor is listed without the mark.
      OkrSet inside = set.withKpi(nps.withReading(KpiReading.of(AUGUST, 40)));
      assertThat(ScoringPolicy.defaults().score(inside, AUGUST).explain(SUPPORT))
          .contains("\n  protects kpi-nps INSIDE [30, 60], read 40 on 2026-08-31\n");
    }
  }
}
