package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdentifierTest {

  /** Each id type's factory, for tests every id must pass. */
  static List<Function<String, ? extends Identifier<?>>> factories() {
    return List.of(ObjectiveId::of, KeyResultId::of, OrgUnitId::of, PersonId::of, CycleId::of);
  }

  static List<Function<String, ? extends Identifier<?>>> parsers() {
    return List.of(ObjectiveId::parse, KeyResultId::parse, OrgUnitId::parse, PersonId::parse,
        CycleId::parse);
  }

  @Nested
  class Of {
    @ParameterizedTest
    @MethodSource("org.okr4j.core.IdentifierTest#factories")
    void keepsTheHostsStringAndPrintsIt(Function<String, ? extends Identifier<?>> of) {
      Identifier<?> id = of.apply("emp-004211");
      assertThat(id.value()).isEqualTo("emp-004211");
      assertThat(id).hasToString("emp-004211");
    }

    @ParameterizedTest
    @MethodSource("org.okr4j.core.IdentifierTest#factories")
    void acceptsUnicodeAndInnerSpaces(Function<String, ? extends Identifier<?>> of) {
      assertThat(of.apply("销售 部-1").value()).isEqualTo("销售 部-1");
    }

    @ParameterizedTest
    @MethodSource("org.okr4j.core.IdentifierTest#factories")
    void rejectsBlankPaddedControlAndOverlongStrings(Function<String, ? extends Identifier<?>> of) {
      assertThatIllegalArgumentException().isThrownBy(() -> of.apply(""))
          .withMessageContaining("id must not be blank, but was ''");
      assertThatIllegalArgumentException().isThrownBy(() -> of.apply("  "))
          .withMessageContaining("not be blank");
      assertThatIllegalArgumentException().isThrownBy(() -> of.apply(" a"))
          .withMessageContaining("not start or end with white space, but was ' a'");
      assertThatIllegalArgumentException().isThrownBy(() -> of.apply("a\t"))
          .withMessageContaining("not start or end with white space");
      assertThatIllegalArgumentException().isThrownBy(() -> of.apply("a\u0000b"))
          .withMessageContaining("not contain control characters");
      assertThatIllegalArgumentException().isThrownBy(() -> of.apply("ab\u007f"))
          .withMessageContaining("not contain control characters");
      assertThatIllegalArgumentException().isThrownBy(() -> of.apply("x".repeat(257)))
          .withMessageContaining("be at most 256 characters long, but was 257");
      assertThat(of.apply("x".repeat(256)).value()).hasSize(256);
      assertThatNullPointerException().isThrownBy(() -> of.apply(null));
    }

    @Test
    void namesTheAttributeOfEachType() {
      assertThatIllegalArgumentException().isThrownBy(() -> ObjectiveId.of(""))
          .withMessageStartingWith("objective id ");
      assertThatIllegalArgumentException().isThrownBy(() -> KeyResultId.of(""))
          .withMessageStartingWith("key result id ");
      assertThatIllegalArgumentException().isThrownBy(() -> OrgUnitId.of(""))
          .withMessageStartingWith("org unit id ");
      assertThatIllegalArgumentException().isThrownBy(() -> PersonId.of(""))
          .withMessageStartingWith("person id ");
      assertThatIllegalArgumentException().isThrownBy(() -> CycleId.of(""))
          .withMessageStartingWith("cycle id ");
    }
  }

  @Nested
  class Parse {
    @Test
    void roundTripsEveryAcceptedString() {
      qt().forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(text -> {
        for (int i = 0; i < factories().size(); i++) {
          Identifier<?> id;
          try {
            id = factories().get(i).apply(text);
          } catch (IllegalArgumentException rejected) {
            // Bad input is rejected the same way by parse.
            int index = i;
            assertThatIllegalArgumentException().isThrownBy(() -> parsers().get(index).apply(text));
            continue;
          }
          assertThat(parsers().get(i).apply(id.toString())).isEqualTo(id);
        }
      });
    }
  }

  @Nested
  class Equality {
    @Test
    void equalByTypeAndString() {
      new EqualsTester()
          .addEqualityGroup(ObjectiveId.of("a"), ObjectiveId.parse("a"))
          .addEqualityGroup(ObjectiveId.of("b"))
          .addEqualityGroup(KeyResultId.of("a"), KeyResultId.parse("a"))
          .addEqualityGroup(OrgUnitId.of("a"), OrgUnitId.parse("a"))
          .addEqualityGroup(PersonId.of("a"), PersonId.parse("a"))
          .addEqualityGroup(CycleId.of("a"), CycleId.parse("a"))
          .testEquals();
    }

    @Test
    void ordersByString() {
      assertThat(ObjectiveId.of("a")).isLessThan(ObjectiveId.of("b"));
      assertThat(ObjectiveId.of("b").compareTo(ObjectiveId.of("a"))).isPositive();
      assertThat(CycleId.of("2026-Q1").compareTo(CycleId.of("2026-Q1"))).isZero();
    }

    @Test
    void ownersAndTargetsAreTheirIds() {
      Owner unit = OrgUnitId.of("sales");
      Owner person = PersonId.of("p1");
      AlignmentTarget objective = ObjectiveId.of("o1");
      AlignmentTarget keyResult = KeyResultId.of("kr1");
      assertThat(unit.value()).isEqualTo("sales");
      assertThat(person.value()).isEqualTo("p1");
      assertThat(objective.value()).isEqualTo("o1");
      assertThat(keyResult.value()).isEqualTo("kr1");
    }
  }
}
