package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Key results hold their check-ins packed ({@link CheckInLog}) and share titles and measures
 * ({@link SharedValues}); the set indexes ids in open-addressing tables ({@link SetIndex}). None
 * of it may show: what is read back equals what was built.
 */
class CompactStorageTest {

  static final LocalDate DAY = LocalDate.of(2026, 8, 3);

  static KeyResult linear(List<CheckIn> checkIns) {
    return KeyResult.builder().id(KeyResultId.of("kr")).title("Raise NPS from 31 to 45")
        .measure(LinearMeasure.of(31, 45)).checkIns(checkIns).build();
  }

  static KeyResult milestone(List<CheckIn> checkIns) {
    return KeyResult.builder().id(KeyResultId.of("kr")).title("Ship it")
        .measure(MilestoneMeasure.of()).checkIns(checkIns).build();
  }

  /** Plain check-ins of every shape the packing tells apart. */
  static Gen<CheckIn> plainCheckIns() {
    Gen<LocalDate> days = integers().between(-3_000_000, 3_000_000)
        .map(d -> LocalDate.ofEpochDay(d % 7 == 0 ? d : d / 1000));
    Gen<OptionalDouble> values = integers().between(0, 6).zip(doubles().between(-1e12, 1e12),
        integers().between(-100_000, 100_000), (kind, any, small) -> switch (kind) {
          case 0 -> OptionalDouble.empty();
          case 1 -> OptionalDouble.of(any);
          case 2 -> OptionalDouble.of(small);
          case 3 -> OptionalDouble.of(small / 10.0);
          case 4 -> OptionalDouble.of(small / 1000.0);
          case 5 -> OptionalDouble.of(-0.0);
          default -> OptionalDouble.of(small * 1e6);
        });
    Gen<Confidence> confidences = integers().between(0, 3).zip(doubles().between(0, 1),
        integers().between(0, 100), (kind, any, tenth) -> switch (kind) {
          case 0 -> null;
          case 1 -> Confidence.of(any);
          case 2 -> Confidence.of(tenth / 100.0);
          default -> Confidence.ofOneToTen(1 + tenth % 10);
        });
    return days.zip(values, confidences, (day, value, confidence) -> {
      CheckIn.Builder checkIn = CheckIn.builder().date(day).value(value);
      if (confidence != null) {
        checkIn.confidence(confidence);
      }
      return checkIn.build();
    });
  }

  @Nested
  class CheckIns {
    @Test
    void readBackEqualToWhatWasBuilt() {
      qt().forAll(lists().of(plainCheckIns()).ofSizeBetween(0, 6)).checkAssert(checkIns -> {
        List<CheckIn> sorted = new ArrayList<>(checkIns);
        sorted.sort(java.util.Comparator.comparing(CheckIn::date));
        KeyResult kr = linear(checkIns);
        assertThat(kr.checkIns()).isEqualTo(sorted);
        assertThat(kr.checkIns().hashCode()).isEqualTo(sorted.hashCode());
        assertThat(kr.checkIns().toString()).isEqualTo(sorted.toString());
        for (int i = 0; i < sorted.size(); i++) {
          CheckIn read = kr.checkIns().get(i);
          assertThat(read.value()).isEqualTo(sorted.get(i).value());
          assertThat(read.confidence()).isEqualTo(sorted.get(i).confidence());
          assertThat(read.date()).isEqualTo(sorted.get(i).date());
        }
        assertThat(kr).isEqualTo(linear(sorted)).hasSameHashCodeAs(linear(sorted));
        assertThat(kr.currentValue()).isEqualTo(sorted.stream().map(CheckIn::value)
            .filter(OptionalDouble::isPresent).reduce((a, b) -> b).orElse(OptionalDouble.empty()));
      });
    }

    @Test
    void answerTheLatestConfidenceDateAndValueAsTheCheckInsDo() {
      // Every form: narrow, wide (far days, any values) and objects (a noted check-in among them).
      Gen<CheckIn> some = integers().between(0, 9).zip(plainCheckIns(), (kind, plain) ->
          kind == 0 ? CheckIn.builder().from(plain).note("n").build() : plain);
      Gen<LocalDate> probes = integers().between(-3_000_000, 3_000_000)
          .map(d -> LocalDate.ofEpochDay(d % 3 == 0 ? d : d / 1000));
      qt().forAll(lists().of(some).ofSizeBetween(0, 6), probes).checkAssert((checkIns, day) -> {
        KeyResult kr = linear(checkIns);
        // What the definitions say, from the check-ins as generated, in date order.
        List<CheckIn> read = new ArrayList<>(checkIns);
        read.sort(java.util.Comparator.comparing(CheckIn::date));
        assertThat(kr.currentConfidence()).isEqualTo(read.stream().map(CheckIn::confidence)
            .filter(java.util.Optional::isPresent).reduce((a, b) -> b)
            .orElse(java.util.Optional.empty()));
        assertThat(kr.latestCheckInDate(day)).isEqualTo(read.stream().map(CheckIn::date)
            .filter(date -> !date.isAfter(day)).reduce((a, b) -> b));
        assertThat(kr.valueOnOrBefore(day)).isEqualTo(valueOnOrBefore(read, day));
        for (CheckIn checkIn : read) {
          assertThat(kr.valueOnOrBefore(checkIn.date()))
              .isEqualTo(valueOnOrBefore(read, checkIn.date()));
          assertThat(kr.valueOnOrBefore(checkIn.date().minusDays(1)))
              .isEqualTo(valueOnOrBefore(read, checkIn.date().minusDays(1)));
          assertThat(kr.latestCheckInDate(checkIn.date())).hasValue(checkIn.date());
          assertThat(kr.latestCheckInDate(checkIn.date().minusDays(1)))
              .isEqualTo(read.stream().map(CheckIn::date)
                  .filter(date -> date.isBefore(checkIn.date())).reduce((a, b) -> b));
        }
      });
      assertThatThrownBy(() -> linear(List.of()).latestCheckInDate(null))
          .isInstanceOf(NullPointerException.class).hasMessage("day");
      assertThatThrownBy(() -> linear(List.of()).valueOnOrBefore(null))
          .isInstanceOf(NullPointerException.class).hasMessage("day");
    }

    /** The definition: the last value reported by a check-in dated on or before the day. */
    private OptionalDouble valueOnOrBefore(List<CheckIn> inDateOrder, LocalDate day) {
      return inDateOrder.stream().filter(checkIn -> !checkIn.date().isAfter(day))
          .map(CheckIn::value).filter(OptionalDouble::isPresent).reduce((a, b) -> b)
          .orElse(OptionalDouble.empty());
    }

    @Test
    void keepWhatPackingCannotHold() {
      CheckIn noted = CheckIn.builder().date(DAY).value(3).note("n").build();
      CheckIn authored = CheckIn.builder().date(DAY).value(3).author(PersonId.of("p")).build();
      CheckIn reported = CheckIn.builder().date(DAY).value(3)
          .reportedStatus(ReportedStatus.AT_RISK).build();
      CheckIn farAway = CheckIn.of(LocalDate.of(999_999, 1, 1), 3);
      for (CheckIn checkIn : List.of(noted, authored, reported, farAway)) {
        List<CheckIn> both = List.of(CheckIn.of(DAY.minusDays(1), 2.5), checkIn);
        assertThat(linear(both).checkIns()).containsExactlyElementsOf(both);
        assertThat(linear(both).currentValue()).hasValue(3);
      }
      assertThat(linear(List.of(noted)).checkIns().get(0)).isSameAs(noted);
      KeyResult ordinal = KeyResult.of("kr", "Run meet-ups", OrdinalMeasure.puzzle())
          .withCheckIn(CheckIn.zone(DAY, "TARGET"));
      assertThat(ordinal.checkIns()).containsExactly(CheckIn.zone(DAY, "TARGET"));
      KeyResult stages = KeyResult.of("kr", "Loyalty", StagesMeasure.equal("a", "b"))
          .withCheckIn(CheckIn.stages(DAY, "a"));
      assertThat(stages.checkIns()).containsExactly(CheckIn.stages(DAY, "a"));
    }

    @Test
    void latestDatesAndConfidencesComeInSharedOptionals() {
      // Asked of many key results by validation and scoring: common answers are not made anew
      // each time (the property above checks that every answer is right).
      KeyResult one = linear(List.of(CheckIn.builder().date(DAY).value(33)
          .confidence(Confidence.ofTen(7)).build()));
      KeyResult other = milestone(List.of(CheckIn.builder().date(DAY).done(true)
          .confidence(Confidence.of(0.7)).build()));
      assertThat(other.latestCheckInDate(DAY.plusDays(3))).isSameAs(one.latestCheckInDate(DAY))
          .hasValue(DAY);
      assertThat(other.currentConfidence()).isSameAs(one.currentConfidence())
          .contains(Confidence.of(0.7));
      KeyResult uncommon = linear(List.of(CheckIn.builder().date(DAY).value(33)
          .confidence(Confidence.of(0.123456)).build()));
      assertThat(uncommon.currentConfidence()).contains(Confidence.of(0.123456));
    }

    @Test
    void readBackDoneAndConfidenceOnly() {
      CheckIn done = CheckIn.builder().date(DAY).done(true).confidence(Confidence.ofTen(7)).build();
      CheckIn unsure = CheckIn.builder().date(DAY.minusDays(2))
          .confidence(Confidence.of(0.123456)).build();
      CheckIn sure = CheckIn.builder().date(DAY.minusDays(1)).confidence(Confidence.of(1)).build();
      KeyResult kr = milestone(List.of(done, unsure, sure));
      assertThat(kr.checkIns()).containsExactly(unsure, sure, done);
      assertThat(kr.checkIns().get(2).done()).isTrue();
      assertThat(kr.checkIns().get(2).reading()).contains(MeasureKind.Reading.DONE);
      assertThat(kr.checkIns().get(0).done()).isFalse();
      assertThat(kr.currentValue()).isEmpty();
      assertThat(kr.currentConfidence()).contains(Confidence.ofTen(7));
      KeyResult narrow = milestone(List.of(done, sure));
      assertThat(narrow.checkIns()).containsExactly(sure, done);
      assertThat(narrow.checkIns().get(0).done()).isFalse();
      assertThat(narrow.currentValue()).isEmpty();
      CheckIn read = narrow.checkIns().get(1);
      assertThat(read.zone()).isEmpty();
      assertThat(read.stagesDone()).isEmpty();
      assertThat(read.note()).isEmpty();
      assertThat(read.author()).isEmpty();
      assertThat(read.reportedStatus()).isEmpty();
      assertThat(read).hasToString("CheckIn[2026-08-03, done, confidence=0.7]");
    }

    @Test
    void equalAcrossStorage() {
      CheckIn built = CheckIn.builder().date(DAY).value(38.5).confidence(Confidence.ofTen(6))
          .build();
      CheckIn read = linear(List.of(built)).checkIns().get(0);
      CheckIn wide = linear(List.of(CheckIn.builder().date(DAY).value(1e300).build()))
          .checkIns().get(0);
      new EqualsTester()
          .addEqualityGroup(built, read, CheckIn.builder().from(read).build())
          .addEqualityGroup(wide, CheckIn.of(DAY, 1e300))
          .addEqualityGroup(CheckIn.of(DAY, 38.5))
          .addEqualityGroup(CheckIn.builder().date(DAY).value(38.5).confidence(Confidence.ofTen(6))
              .note("a note").build())
          .addEqualityGroup(CheckIn.builder().date(DAY).value(38.5).confidence(Confidence.ofTen(6))
              .author(PersonId.of("p")).build())
          .addEqualityGroup(CheckIn.builder().date(DAY).value(38.5).confidence(Confidence.ofTen(6))
              .reportedStatus(ReportedStatus.ON_TRACK).build())
          .addEqualityGroup(CheckIn.zone(DAY, "A"))
          .addEqualityGroup(CheckIn.stages(DAY, "A"))
          .addEqualityGroup(CheckIn.done(DAY))
          .addEqualityGroup(CheckIn.of(DAY.plusDays(1), 38.5))
          .testEquals();
      assertThat(read).hasToString(built.toString());
    }

    @Test
    void packNarrowlyWhatFitsAndWidelyTheRest() {
      long edge = (1L << 20) - 1;
      assertThat(CheckInLog.pack(List.of(CheckIn.of(LocalDate.ofEpochDay(edge), 1))))
          .isInstanceOf(long[].class);
      assertThat(CheckInLog.pack(List.of(CheckIn.of(LocalDate.ofEpochDay(edge + 1), 1))))
          .isInstanceOf(CheckInLog.Wide.class);
      assertThat(CheckInLog.pack(List.of(CheckIn.of(LocalDate.ofEpochDay(-edge - 1), 1))))
          .isInstanceOf(long[].class);
      assertThat(CheckInLog.pack(List.of(CheckIn.of(LocalDate.ofEpochDay(-edge - 2), 1))))
          .isInstanceOf(CheckInLog.Wide.class);
      for (double narrow : new double[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 0.001, -2.5, 99.9,
          2_147_483.647}) {
        assertThat(CheckInLog.pack(List.of(CheckIn.of(DAY, narrow)))).as("%s", narrow)
            .isInstanceOf(long[].class);
      }
      for (double wide : new double[] {Integer.MAX_VALUE + 1.0, Integer.MIN_VALUE - 1.0, 0.0001,
          -0.0, 1e300, 2_147_483.6475}) {
        Object packed = CheckInLog.pack(List.of(CheckIn.of(DAY, wide)));
        assertThat(packed).as("%s", wide).isInstanceOf(CheckInLog.Wide.class);
        assertThat(CheckInLog.view(packed).get(0).value()).hasValue(wide);
      }
      assertThat(CheckInLog.pack(List.of(CheckIn.builder().date(DAY)
          .confidence(Confidence.of(0.123)).build()))).isInstanceOf(CheckInLog.Wide.class);
      assertThat(CheckInLog.pack(List.of(CheckIn.builder().date(DAY)
          .confidence(Confidence.of(0.12)).build()))).isInstanceOf(long[].class);
      assertThat(CheckInLog.pack(List.of())).isEqualTo(List.of());
    }

    @Test
    void keepTheObjectsWhenALaterOneIsNotPlain() {
      CheckIn noted = CheckIn.builder().date(DAY).value(3).note("n").build();
      for (CheckIn first : List.of(CheckIn.of(DAY.minusDays(1), 1e300), CheckIn.of(DAY, 2))) {
        List<CheckIn> both = List.of(first, noted);
        KeyResult kr = linear(both);
        assertThat(kr.checkIns()).containsExactlyElementsOf(both);
        assertThat(kr.checkIns().get(1)).isSameAs(noted);
        assertThat(kr.checkIns().get(0)).isSameAs(first);
      }
    }

    @Test
    void hashAsImmutablesDid() {
      CheckIn full = CheckIn.builder().date(DAY).value(38).confidence(Confidence.of(0.6))
          .note("n").author(PersonId.of("p7")).reportedStatus(ReportedStatus.AT_RISK).build();
      int h = 5381;
      h += (h << 5) + DAY.hashCode();
      h += (h << 5) + Double.hashCode(38);
      h += (h << 5) + 0;
      h += (h << 5) + Boolean.hashCode(false);
      h += (h << 5) + List.of().hashCode();
      h += (h << 5) + Confidence.of(0.6).hashCode();
      h += (h << 5) + "n".hashCode();
      h += (h << 5) + PersonId.of("p7").hashCode();
      h += (h << 5) + ReportedStatus.AT_RISK.hashCode();
      assertThat(full.hashCode()).isEqualTo(h);
      CheckIn staged = CheckIn.stages(DAY, "a");
      int s = 5381;
      s += (s << 5) + DAY.hashCode();
      s += (s << 5) + 0;
      s += (s << 5) + 0;
      s += (s << 5) + Boolean.hashCode(false);
      s += (s << 5) + List.of("a").hashCode();
      s += (s << 5) + 0;
      s += (s << 5) + 0;
      s += (s << 5) + 0;
      s += (s << 5) + 0;
      assertThat(staged.hashCode()).isEqualTo(s);
      CheckIn zoned = CheckIn.zone(DAY, "A");
      assertThat(zoned.hashCode()).isNotEqualTo(CheckIn.zone(DAY, "B").hashCode());
      assertThat(CheckIn.done(DAY).hashCode()).isNotEqualTo(CheckIn.builder().date(DAY).build()
          .hashCode());
    }

    @Test
    void areAnUnmodifiableList() {
      List<CheckIn> narrow = linear(List.of(CheckIn.of(DAY, 1))).checkIns();
      List<CheckIn> wide = linear(List.of(CheckIn.of(DAY, 1e300))).checkIns();
      for (List<CheckIn> list : List.of(narrow, wide)) {
        assertThat(list).hasSize(1);
        assertThatThrownBy(() -> list.add(CheckIn.of(DAY, 2)))
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
      }
      assertThat(linear(List.of()).checkIns()).isEmpty();
    }
  }

  @Nested
  class KeyResults {
    @Test
    void keepOwnerContributorsAndInitiativesApart() {
      KeyResult bare = linear(List.of());
      KeyResult owned = KeyResult.builder().from(bare).owner(PersonId.of("p")).build();
      KeyResult helped = KeyResult.builder().from(bare).addContributors(PersonId.of("c")).build();
      KeyResult planned = KeyResult.builder().from(owned).addInitiatives("Call").build();
      assertThat(bare.owner()).isEmpty();
      assertThat(owned.owner()).contains(PersonId.of("p"));
      assertThat(owned.contributors()).isEmpty();
      assertThat(helped.owner()).isEmpty();
      assertThat(helped.contributors()).containsExactly(PersonId.of("c"));
      assertThat(helped.initiatives()).isEmpty();
      assertThat(planned.owner()).contains(PersonId.of("p"));
      assertThat(planned.initiatives()).containsExactly("Call");
      assertThat(planned.contributors()).isEmpty();
      new EqualsTester()
          .addEqualityGroup(bare, linear(List.of()))
          .addEqualityGroup(owned, KeyResult.builder().from(bare).owner(PersonId.of("p")).build())
          .addEqualityGroup(helped)
          .addEqualityGroup(planned)
          .addEqualityGroup(KeyResult.builder().from(bare).addInitiatives("Call").build())
          .addEqualityGroup(KeyResult.builder().from(bare).id(KeyResultId.of("other")).build())
          .addEqualityGroup(KeyResult.builder().from(bare).title("Other").build())
          .addEqualityGroup(KeyResult.builder().from(bare).measure(LinearMeasure.of(0, 9)).build())
          .addEqualityGroup(bare.withCheckIn(CheckIn.of(DAY, 40)),
              bare.withCheckIn(CheckIn.of(DAY, 40)))
          .addEqualityGroup(bare.withCheckIn(CheckIn.of(DAY, 41)))
          .addEqualityGroup(bare.withCheckIn(CheckIn.of(DAY, 1e300)))
          .testEquals();
      assertThat(bare.equals(bare.withWeight(2))).isFalse();
    }

    @Test
    void hashAsImmutablesDid() {
      KeyResult kr = KeyResult.builder().from(linear(List.of(CheckIn.of(DAY, 33))))
          .owner(PersonId.of("p")).build();
      int h = 5381;
      h += (h << 5) + kr.id().hashCode();
      h += (h << 5) + kr.title().hashCode();
      h += (h << 5) + PersonId.of("p").hashCode();
      h += (h << 5) + List.of().hashCode();
      h += (h << 5) + Double.hashCode(1.0);
      h += (h << 5) + kr.measure().hashCode();
      h += (h << 5) + List.of(CheckIn.of(DAY, 33)).hashCode();
      h += (h << 5) + List.of().hashCode();
      assertThat(kr.hashCode()).isEqualTo(h);
    }

    @Test
    void nameWhatIsMissing() {
      assertThatIllegalStateException().isThrownBy(() -> KeyResult.builder().build())
          .withMessage("Cannot build KeyResult, some of required attributes are not set"
              + " [id, title, measure]");
      assertThatIllegalStateException()
          .isThrownBy(() -> KeyResult.builder().id(KeyResultId.of("k")).build())
          .withMessage("Cannot build KeyResult, some of required attributes are not set"
              + " [title, measure]");
      assertThatIllegalStateException()
          .isThrownBy(() -> KeyResult.builder().title("T").measure(MilestoneMeasure.of()).build())
          .withMessage("Cannot build KeyResult, some of required attributes are not set [id]");
    }

    @Test
    void builderListsReplaceAndAdd() {
      KeyResult kr = KeyResult.builder().from(linear(List.of(CheckIn.of(DAY, 1))))
          .contributors(List.of(PersonId.of("a"))).addAllContributors(List.of(PersonId.of("b")))
          .initiatives(List.of("x")).addInitiatives("y", "z")
          .checkIns(List.of(CheckIn.of(DAY, 2))).addCheckIns(CheckIn.of(DAY, 3))
          .owner(PersonId.of("o")).owner(java.util.Optional.empty())
          .build();
      assertThat(kr.contributors()).containsExactly(PersonId.of("a"), PersonId.of("b"));
      assertThat(kr.initiatives()).containsExactly("x", "y", "z");
      assertThat(kr.checkIns()).containsExactly(CheckIn.of(DAY, 2), CheckIn.of(DAY, 3));
      assertThat(kr.owner()).isEmpty();
      assertThat(KeyResult.builder().from(kr).build()).isEqualTo(kr);
    }

    @Test
    void shareEqualTitlesAndMeasures() {
      KeyResult first = KeyResult.of("kr-1", new String("Keep uptime above 99.9"),
          ThresholdMeasure.atLeast(99.9));
      KeyResult second = KeyResult.of("kr-2", new String("Keep uptime above 99.9"),
          ThresholdMeasure.atLeast(99.9));
      assertThat(second.title()).isSameAs(first.title());
      assertThat(second.measure()).isSameAs(first.measure());
      Objective one = ObjectiveTest.delight().withTitle(new String("Delight every customer"));
      Objective two = ObjectiveTest.delight().withTitle(new String("Delight every customer"));
      assertThat(two.title()).isSameAs(one.title());
      assertThat(two).isEqualTo(one);
    }
  }

  @Test
  void sharedValuesKeepMostOfAFewThousandMeasures() {
    List<Measure> measures = new ArrayList<>();
    for (int start = 0; start < 40; start++) {
      for (int target = 100; target < 150; target++) {
        measures.add(LinearMeasure.of(start, target));
      }
    }
    // A cache of its own: the shared ones see other tests' key results.
    SharedValues shared = new SharedValues(16384);
    measures.forEach(shared::of);
    long kept = measures.stream().filter(m -> shared.of(
        LinearMeasure.of(((LinearMeasure) m).start(), ((LinearMeasure) m).target())) == m).count();
    assertThat(kept).isGreaterThan(measures.size() * 78 / 100);
  }

  @Nested
  class Confidences {
    @Test
    void commonOnesAreShared() {
      for (int i = 0; i <= 100; i++) {
        assertThat(Confidence.code(i / 100.0)).isEqualTo(i + 1);
        assertThat(Confidence.of(i / 100.0)).isSameAs(Confidence.ofCode(i + 1));
      }
      for (int j = 1; j <= 8; j++) {
        assertThat(Confidence.code(j / 9.0)).isEqualTo(101 + j);
        assertThat(Confidence.ofOneToTen(j + 1)).isSameAs(Confidence.ofCode(101 + j));
      }
      assertThat(Confidence.ofTen(7)).isSameAs(Confidence.of(0.7));
      assertThat(Confidence.of(Confidence.Band.MEDIUM)).isSameAs(Confidence.of(0.55));
      assertThat(Confidence.code(0.123)).isZero();
      assertThat(Confidence.code(0.0051)).isZero();
      assertThat(Confidence.code(-0.0)).isZero();
      assertThat(Confidence.code(1.5)).isZero();
      assertThat(Confidence.code(-0.5)).isZero();
      assertThat(Confidence.code(Math.nextUp(1 / 9.0))).isZero();
      assertThat(Confidence.of(-0.0)).isNotEqualTo(Confidence.of(0));
    }
  }

  @Nested
  class Index {
    @Test
    void capacityKeepsTablesAtMostThreeQuartersFull() {
      assertThat(SetIndex.capacity(0)).isEqualTo(2);
      assertThat(SetIndex.capacity(1)).isEqualTo(2);
      assertThat(SetIndex.capacity(3)).isEqualTo(4);
      assertThat(SetIndex.capacity(4)).isEqualTo(8);
      assertThat(SetIndex.capacity(6)).isEqualTo(8);
      assertThat(SetIndex.capacity(7)).isEqualTo(16);
      assertThat(SetIndex.capacity(768)).isEqualTo(1024);
      assertThat(SetIndex.capacity(769)).isEqualTo(2048);
    }

    @Test
    void findsEveryIdAmongCollidingHashes() {
      // "Aa" and "BB" share a String hash, so these ids collide in every table.
      List<Objective> objectives = new ArrayList<>();
      for (int o = 0; o < 40; o++) {
        String prefix = (o % 2 == 0 ? "Aa" : "BB") + o / 2;
        Objective built = Objective.builder().from(ObjectiveTest.delight())
            .id(ObjectiveId.of(prefix)).keyResults(List.of(
                KeyResult.of(prefix + "Aa", "One", MilestoneMeasure.of()),
                KeyResult.of(prefix + "BB", "Two", MilestoneMeasure.of())))
            .build();
        objectives.add(built);
      }
      OkrSet set = OkrSet.builder().objectives(objectives).build();
      for (int o = 0; o < 40; o++) {
        Objective objective = objectives.get(o);
        assertThat(set.positionOf(ObjectiveId.of(objective.id().value()))).isEqualTo(o);
        assertThat(set.positionOf(KeyResultId.of(objective.id().value() + "BB")))
            .isEqualTo(2 * o + 1);
        assertThat(set.objectivePositionOf(KeyResultId.of(objective.id().value() + "Aa")))
            .isEqualTo(o);
        assertThat(set.objectiveIdAt(o)).isEqualTo(objective.id());
        assertThat(set.keyResultIdAt(2 * o + 1).value()).isEqualTo(objective.id().value() + "BB");
      }
      assertThatThrownBy(() -> set.objectiveIdAt(40))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> set.keyResultIdAt(-1))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> set.keyResultIdAt(80))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> OkrSet.empty().objectiveIdAt(0))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> OkrSet.empty().keyResultIdAt(0))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThat(set.positionOf(ObjectiveId.of("Aa99"))).isEqualTo(-1);
      assertThat(set.positionOf(KeyResultId.of("Aa0Ab"))).isEqualTo(-1);
      assertThat(set.keyResult(KeyResultId.of("BB19BB"))).map(KeyResult::title).contains("Two");
    }
  }
}
