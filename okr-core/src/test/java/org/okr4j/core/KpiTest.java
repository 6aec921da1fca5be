package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KpiTest {

  static final LocalDate JULY = LocalDate.of(2026, 7, 31);
  static final LocalDate AUGUST = LocalDate.of(2026, 8, 31);

  /** Monthly churn, at most 2.5 % (aiming at 2), read 2.4 in July and 3.1 in August. */
  static Kpi churn() {
    return Kpi.builder()
        .id(KpiId.of("kpi-churn"))
        .title("Monthly customer churn")
        .owner(OrgUnitId.of("support"))
        .unit(Unit.percent())
        .corridor(Corridor.atMost(2.5).withTarget(2))
        .addReadings(KpiReading.of(JULY, 2.4), KpiReading.of(AUGUST, 3.1))
        .addLinks(KpiLink.recovers(ObjectiveId.of("o-delight")),
            KpiLink.protects(ObjectiveId.of("o-company")))
        .build();
  }

  @Nested
  class Corridors {
    @Test
    void closedOnBothSides() {
      Corridor band = Corridor.of(95, 100);
      assertThat(band.low()).isEqualTo(OptionalDouble.of(95));
      assertThat(band.high()).isEqualTo(OptionalDouble.of(100));
      assertThat(band.target()).isEmpty();
      assertThat(band.width()).isEqualTo(OptionalDouble.of(5));
      assertThat(band.contains(95)).isTrue();
      assertThat(band.contains(100)).isTrue();
      assertThat(band.contains(94.9)).isFalse();
      assertThat(band.contains(100.1)).isFalse();
      assertThat(band.isBelow(94)).isTrue();
      assertThat(band.isBelow(95)).isFalse();
      assertThat(band.isAbove(100)).isFalse();
      assertThat(band.isAbove(101)).isTrue();
      assertThat(band.distanceOutside(93)).isEqualTo(2);
      assertThat(band.distanceOutside(97)).isZero();
      assertThat(band.distanceOutside(100)).isZero();
      assertThat(band.distanceOutside(104)).isEqualTo(4);
      assertThat(band).hasToString("[95, 100]");
      assertThat(Corridor.of(3, 3).width()).isEqualTo(OptionalDouble.of(0));
    }

    @Test
    void openOnOneSide() {
      Corridor floor = Corridor.atLeast(99.5);
      assertThat(floor.low()).isEqualTo(OptionalDouble.of(99.5));
      assertThat(floor.high()).isEmpty();
      assertThat(floor.width()).isEmpty();
      assertThat(floor.contains(1e300)).isTrue();
      assertThat(floor.isAbove(1e300)).isFalse();
      assertThat(floor.distanceOutside(99)).isEqualTo(0.5);
      assertThat(floor).hasToString("[99.5, *]");
      Corridor ceiling = Corridor.atMost(2.5).withTarget(2);
      assertThat(ceiling.low()).isEmpty();
      assertThat(ceiling.width()).isEmpty();
      assertThat(ceiling.target()).isEqualTo(OptionalDouble.of(2));
      assertThat(ceiling.contains(-1e300)).isTrue();
      assertThat(ceiling.isBelow(-1e300)).isFalse();
      assertThat(ceiling.distanceOutside(3.5)).isEqualTo(1);
      assertThat(ceiling).hasToString("[*, 2.5] target 2");
    }

    @Test
    void printsAndReadsBack() {
      assertThat(Corridor.parse(" [ 1 , 2.5 ] target 2 ")).isEqualTo(Corridor.of(1, 2.5)
          .withTarget(2));
      assertThat(Corridor.parse("[*, 2.5]")).isEqualTo(Corridor.atMost(2.5));
      assertThat(Corridor.parse("[7, *]")).isEqualTo(Corridor.atLeast(7));
      qt().forAll(doubles().between(-1e9, 1e9), doubles().between(0, 1e9),
          integers().between(0, 3)).checkAssert((low, width, shape) -> {
            Corridor corridor = switch (shape) {
              case 0 -> Corridor.of(low, low + width);
              case 1 -> Corridor.atLeast(low);
              case 2 -> Corridor.atMost(low);
              default -> Corridor.of(low, low + width).withTarget(low);
            };
            assertThat(Corridor.parse(corridor.toString())).isEqualTo(corridor);
          });
    }

    @Test
    void rejectsBrokenBoundsTargetsAndText() {
      assertThatIllegalArgumentException().isThrownBy(() -> Corridor.of(5, 4))
          .withMessage("corridor high must not lie below low 5.0, but was 4.0");
      assertThatIllegalArgumentException().isThrownBy(() -> Corridor.of(Double.NaN, 4))
          .withMessage("corridor low must be a finite number, but was NaN");
      assertThatIllegalArgumentException().isThrownBy(() -> Corridor.of(1, Double.NaN))
          .withMessage("corridor high must be a finite number, but was NaN");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Corridor.atLeast(Double.NEGATIVE_INFINITY))
          .withMessage("corridor low must be a finite number, but was -Infinity");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Corridor.atMost(Double.POSITIVE_INFINITY))
          .withMessage("corridor high must be a finite number, but was Infinity");
      assertThatIllegalArgumentException().isThrownBy(() -> Corridor.of(1, 2).withTarget(3))
          .withMessage("corridor target must lie inside [1, 2], but was 3.0");
      assertThatIllegalArgumentException().isThrownBy(() -> Corridor.atLeast(1).withTarget(0))
          .withMessage("corridor target must lie inside [1, *], but was 0.0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Corridor.of(1, 2).withTarget(Double.NaN))
          .withMessage("corridor target must be a finite number, but was NaN");
      assertThatIllegalArgumentException().isThrownBy(() -> Corridor.of(1, 2).contains(Double.NaN))
          .withMessage("value must be a finite number, but was NaN");
      assertThatIllegalArgumentException().isThrownBy(() -> Corridor.parse("[*, *]"))
          .withMessage("corridor must have at least one bound, but was '[*, *]'");
      for (String broken : List.of("1, 2", "[1 2]", "[1, 2", "[1, 2] aim 2", "[x, 2]",
          "]1, 2[", "target 1.5")) {
        assertThatIllegalArgumentException().as(broken).isThrownBy(() -> Corridor.parse(broken))
            .withMessageStartingWith("corridor must be '[low, high]'");
      }
      assertThatIllegalArgumentException().isThrownBy(() -> Corridor.parse("[2, 1]"))
          .withMessage("corridor high must not lie below low 2.0, but was 1.0");
    }

    @Test
    void namesATargetWithoutItsNumber() {
      String rule = "corridor target must be a number after 'target' and a space, as [*, 2.5]"
          + " target 2, but was ";
      for (String[] broken : new String[][] {
          {"[1, 2] target", "'target'"},
          {"[1, 2] target ", "'target'"},
          {"[1, 2] target x", "'target x'"},
          {"[1,2] targetx", "'targetx'"},
          {"[1,2] target1.5", "'target1.5'"},
          {"[1, 2] target 1.5 extra", "'target 1.5 extra'"},
          {"[*, 2.5] target  percent", "'target  percent'"}}) {
        assertThatIllegalArgumentException().as(broken[0])
            .isThrownBy(() -> Corridor.parse(broken[0])).withMessage(rule + broken[1]);
      }
      assertThat(Corridor.parse("[1, 2]target 1.5")).isEqualTo(Corridor.of(1, 2).withTarget(1.5));
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(Corridor.of(1, 2), Corridor.parse("[1, 2]"))
          .addEqualityGroup(Corridor.of(1, 2).withTarget(1.5))
          .addEqualityGroup(Corridor.of(1, 3))
          .addEqualityGroup(Corridor.of(0, 2))
          .addEqualityGroup(Corridor.atLeast(1))
          .addEqualityGroup(Corridor.atMost(2))
          .testEquals();
    }
  }

  @Nested
  class Readings {
    @Test
    void printAndReadBack() {
      assertThat(KpiReading.of(JULY, 2.4)).hasToString("2026-07-31=2.4");
      assertThat(KpiReading.parse(" 2026-07-31 = 2.40 ")).isEqualTo(KpiReading.of(JULY, 2.4));
      qt().forAll(integers().between(-100_000, 100_000), doubles().between(-1e12, 1e12))
          .checkAssert((day, value) -> {
            KpiReading reading = KpiReading.of(LocalDate.ofEpochDay(day), value);
            assertThat(KpiReading.parse(reading.toString())).isEqualTo(reading);
          });
    }

    @Test
    void rejectBrokenValuesAndText() {
      assertThatIllegalArgumentException().isThrownBy(() -> KpiReading.of(JULY, Double.NaN))
          .withMessage("kpi reading value must be a finite number, but was NaN");
      assertThatIllegalArgumentException().isThrownBy(() -> KpiReading.parse("2026-07-31"))
          .withMessage("kpi reading must be a date, '=' and a value, as 2026-08-17=3.4,"
              + " but was '2026-07-31'");
      assertThatIllegalArgumentException().isThrownBy(() -> KpiReading.parse("=3"))
          .withMessageStartingWith("kpi reading must be a date");
      assertThatIllegalArgumentException().isThrownBy(() -> KpiReading.parse("31.7.2026=3"))
          .withMessageStartingWith("kpi reading must be a date");
      assertThatIllegalArgumentException().isThrownBy(() -> KpiReading.parse("2026-07-31=x"))
          .withMessageStartingWith("kpi reading must be a date");
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(KpiReading.of(JULY, 2.4), KpiReading.parse("2026-07-31=2.4"))
          .addEqualityGroup(KpiReading.of(JULY, 2.5))
          .addEqualityGroup(KpiReading.of(AUGUST, 2.4))
          .testEquals();
    }
  }

  @Nested
  class Links {
    @Test
    void printAndReadBack() {
      ObjectiveId support = ObjectiveId.of("o-support");
      assertThat(KpiLink.recovers(support)).hasToString("recovers:o-support");
      assertThat(KpiLink.protects(support)).hasToString("protects:o-support");
      assertThat(KpiLink.parse("Recovers:o-support")).isEqualTo(KpiLink.recovers(support));
      assertThat(KpiLink.parse("protects:a:b").objective()).isEqualTo(ObjectiveId.of("a:b"));
      assertThat(KpiLink.of(support, KpiRole.PROTECTS).role()).isEqualTo(KpiRole.PROTECTS);
      assertThat(KpiLink.recovers(support).objective()).isEqualTo(support);
    }

    @Test
    void rejectUnknownRolesAndIds() {
      for (String broken : List.of("o-support", "guards:o-support", ":o-support")) {
        assertThatIllegalArgumentException().as(broken).isThrownBy(() -> KpiLink.parse(broken))
            .withMessage("kpi link must be protects or recovers, ':' and an objective id, as"
                + " recovers:o-support, but was '" + broken + "'");
      }
      assertThatIllegalArgumentException().isThrownBy(() -> KpiLink.parse("protects: "))
          .withMessageStartingWith("objective id must not be blank");
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(KpiLink.recovers(ObjectiveId.of("o")), KpiLink.parse("recovers:o"))
          .addEqualityGroup(KpiLink.protects(ObjectiveId.of("o")))
          .addEqualityGroup(KpiLink.recovers(ObjectiveId.of("p")))
          .testEquals();
    }
  }

  @Nested
  class Kpis {
    @Test
    void keepWhatTheyAreGiven() {
      Kpi churn = churn();
      assertThat(churn.id()).isEqualTo(KpiId.parse("kpi-churn"));
      assertThat(churn.title()).isEqualTo("Monthly customer churn");
      assertThat(churn.owner()).contains(OrgUnitId.of("support"));
      assertThat(churn.unit()).isEqualTo(Unit.percent());
      assertThat(churn.latest()).contains(KpiReading.of(AUGUST, 3.1));
      assertThat(churn.objectives(KpiRole.RECOVERS)).containsExactly(ObjectiveId.of("o-delight"));
      assertThat(churn.objectives(KpiRole.PROTECTS)).containsExactly(ObjectiveId.of("o-company"));
      assertThat(churn).hasToString("Kpi[kpi-churn, [*, 2.5] target 2 percent, readings=2,"
          + " links=[recovers:o-delight, protects:o-company]]");
      Kpi plain = Kpi.of("kpi-uptime", "Uptime", Corridor.atLeast(99.5));
      assertThat(plain.unit()).isEqualTo(Unit.number());
      assertThat(plain.owner()).isEmpty();
      assertThat(plain.latest()).isEmpty();
      assertThat(plain.latestOn(AUGUST)).isEmpty();
      assertThat(plain).hasToString("Kpi[kpi-uptime, [99.5, *], readings=0, links=[]]");
    }

    @Test
    void findTheLatestReadingOnADay() {
      Kpi churn = churn().withReading(KpiReading.of(JULY.minusMonths(1), 2.2));
      assertThat(churn.latestOn(JULY.minusMonths(1).minusDays(1))).isEmpty();
      assertThat(churn.latestOn(JULY.minusMonths(1))).contains(KpiReading.of(JULY.minusMonths(1), 2.2));
      assertThat(churn.latestOn(JULY.minusDays(1))).contains(KpiReading.of(JULY.minusMonths(1), 2.2));
      assertThat(churn.latestOn(JULY)).contains(KpiReading.of(JULY, 2.4));
      assertThat(churn.latestOn(AUGUST.minusDays(1))).contains(KpiReading.of(JULY, 2.4));
      assertThat(churn.latestOn(AUGUST)).contains(KpiReading.of(AUGUST, 3.1));
      assertThat(churn.latestOn(AUGUST.plusYears(1))).contains(KpiReading.of(AUGUST, 3.1));
    }

    @Test
    void placeReadingsInDateOrderOneADay() {
      Kpi churn = churn();
      KpiReading june = KpiReading.of(JULY.minusMonths(1), 2.2);
      KpiReading mid = KpiReading.of(JULY.plusDays(10), 2.8);
      KpiReading september = KpiReading.of(AUGUST.plusMonths(1), 2.9);
      KpiReading again = KpiReading.of(JULY, 2.6);
      assertThat(churn.withReading(june).readings()).containsExactly(june,
          KpiReading.of(JULY, 2.4), KpiReading.of(AUGUST, 3.1));
      assertThat(churn.withReading(mid).readings()).containsExactly(KpiReading.of(JULY, 2.4), mid,
          KpiReading.of(AUGUST, 3.1));
      assertThat(churn.withReading(september).readings()).containsExactly(
          KpiReading.of(JULY, 2.4), KpiReading.of(AUGUST, 3.1), september);
      assertThat(churn.withReading(again).readings()).containsExactly(again,
          KpiReading.of(AUGUST, 3.1));
      assertThat(Kpi.of("k", "K", Corridor.atMost(1)).withReading(june).readings())
          .containsExactly(june);
    }

    @Test
    void replaceALinkToTheSameObjective() {
      Kpi churn = churn().withLink(KpiLink.protects(ObjectiveId.of("o-delight")))
          .withLink(KpiLink.protects(ObjectiveId.of("o-web")));
      assertThat(churn.links()).containsExactly(KpiLink.protects(ObjectiveId.of("o-delight")),
          KpiLink.protects(ObjectiveId.of("o-company")), KpiLink.protects(ObjectiveId.of("o-web")));
    }

    @Test
    void rejectBrokenValues() {
      assertThatIllegalArgumentException().isThrownBy(() -> Kpi.of("k", " ", Corridor.atMost(1)))
          .withMessage("kpi title must not be blank, but was ' '");
      assertThatIllegalArgumentException().isThrownBy(() -> Kpi.of(" k", "K", Corridor.atMost(1)))
          .withMessage("kpi id must not start or end with white space, but was ' k'");
      assertThatIllegalArgumentException().isThrownBy(() -> Kpi.builder().from(churn())
              .readings(List.of(KpiReading.of(AUGUST, 1), KpiReading.of(JULY, 2))).build())
          .withMessage("kpi readings must be in date order with at most one a day,"
              + " but was '2026-08-31=1 then 2026-07-31=2'");
      assertThatIllegalArgumentException().isThrownBy(() -> Kpi.builder().from(churn())
              .readings(List.of(KpiReading.of(JULY, 1), KpiReading.of(JULY, 2))).build())
          .withMessageStartingWith("kpi readings must be in date order with at most one a day");
      assertThatIllegalArgumentException().isThrownBy(() -> Kpi.builder().from(churn())
              .addLinks(KpiLink.protects(ObjectiveId.of("o-delight"))).build())
          .withMessage("kpi links' objectives must not contain duplicates, but was o-delight");
    }

    @Test
    void equality() {
      Kpi churn = churn();
      new EqualsTester()
          .addEqualityGroup(churn, Kpi.builder().from(churn).build())
          .addEqualityGroup(Kpi.builder().from(churn).title("Churn").build())
          .addEqualityGroup(Kpi.builder().from(churn).owner(Optional.empty()).build())
          .addEqualityGroup(Kpi.builder().from(churn).unit(Unit.number()).build())
          .addEqualityGroup(Kpi.builder().from(churn).corridor(Corridor.atMost(3)).build())
          .addEqualityGroup(Kpi.builder().from(churn).readings(List.of()).build())
          .addEqualityGroup(Kpi.builder().from(churn).links(List.of()).build())
          .addEqualityGroup(Kpi.builder().from(churn).id(KpiId.of("kpi-other")).build())
          .testEquals();
    }
  }

  @Nested
  class InASet {
    @Test
    void areFoundByIdAndReplacedOrAppended() {
      OkrSet set = OkrSetTest.sample();
      assertThat(set.kpis()).isEmpty();
      assertThat(set.kpi(KpiId.of("kpi-churn"))).isEmpty();
      assertThat(set.toString()).doesNotContain("kpis");
      Kpi uptime = Kpi.of("kpi-uptime", "Uptime", Corridor.atLeast(99.5));
      OkrSet withKpis = set.withKpi(churn()).withKpi(uptime);
      assertThat(withKpis.kpis()).containsExactly(churn(), uptime);
      assertThat(withKpis.kpi(KpiId.of("kpi-uptime"))).contains(uptime);
      assertThat(withKpis.kpi(KpiId.of("kpi-churn"))).contains(churn());
      assertThat(withKpis.kpi(KpiId.of("kpi-none"))).isEmpty();
      assertThat(withKpis.toString()).endsWith(", kpis=2]");
      Kpi wider = Kpi.builder().from(churn()).corridor(Corridor.atMost(4)).build();
      assertThat(withKpis.withKpi(wider).kpis()).containsExactly(wider, uptime);
      assertThat(withKpis.kpisLinkedTo(ObjectiveId.of("o-delight"))).containsExactly(churn());
      assertThat(withKpis.kpisLinkedTo(ObjectiveId.of("o-web"))).isEmpty();
      // a set is immutable, and so is what it hands out
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> withKpis.kpisLinkedTo(ObjectiveId.of("o-delight")).add(uptime))
          .isInstanceOf(UnsupportedOperationException.class);
      Kpi guard = Kpi.of("kpi-guard", "Guard", Corridor.atMost(1))
          .withLink(KpiLink.protects(ObjectiveId.of("o-company")));
      assertThat(withKpis.withKpi(guard).kpisLinkedTo(ObjectiveId.of("o-company")))
          .containsExactly(churn(), guard);
      assertThat(set.kpisLinkedTo(ObjectiveId.of("o-company"))).isEmpty();
      // Objectives are copied without their KPIs being lost.
      assertThat(withKpis.without(ObjectiveId.of("o-company")).kpis()).hasSize(2);
    }

    @Test
    void rejectDuplicateIds() {
      assertThatIllegalArgumentException().isThrownBy(() -> OkrSet.builder()
              .addKpis(churn(), Kpi.of("kpi-churn", "Churn again", Corridor.atMost(1))).build())
          .withMessage("kpis must not contain duplicates, but was kpi-churn");
    }
  }
}
