package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingTest {

  private static final Setting<Integer> COUNT = Setting.count("a.count", 3, -2, 10, "A count.");
  private static final Setting<Double> NUMBER = Setting.number("a.number", 0.5, -1, 1, "A number.");
  private static final Setting<List<String>> WORDS = Setting.list("a.words", List.of("wx"),
      word -> word.startsWith("w"), "words starting with w", "Words.");

  @Test
  void carryTheirNameDefaultRangeAndDescription() {
    assertThat(COUNT.name()).isEqualTo("a.count");
    assertThat(COUNT.defaultValue()).isEqualTo(3);
    assertThat(COUNT.range()).isEqualTo("-2..10");
    assertThat(COUNT.description()).isEqualTo("A count.");
    assertThat(NUMBER.range()).isEqualTo("-1.0..1.0");
    assertThat(WORDS.range()).isEqualTo("a list of words starting with w");
    assertThat(COUNT.toString()).isEqualTo("a.count (count -2..10, default 3)");
    assertThat(Settings.ALLOWED_PARENTS.toString())
        .isEqualTo("structure.allowed-parents.* (list a list of non-blank words, default [])");
    assertThat(COUNT.isFamily()).isFalse();
    assertThat(Settings.ALLOWED_PARENTS.isFamily()).isTrue();
  }

  @Test
  void parseTheirTextWithinTheRange() {
    assertThat(COUNT.parse("-2")).isEqualTo(-2);
    assertThat(COUNT.parse(" 10 ")).isEqualTo(10);
    assertThat(NUMBER.parse("-0.25")).isEqualTo(-0.25);
    assertThat(NUMBER.parse("1")).isEqualTo(1.0);
    assertThat(NUMBER.parse(".5")).isEqualTo(0.5);
    assertThat(WORDS.parse("")).isEmpty();
    assertThat(WORDS.parse(" wa , wb")).containsExactly("wa", "wb");
    assertThat(WORDS.check(List.of("w1"))).containsExactly("w1");
    assertThat(NUMBER.check(1)).isEqualTo(1.0);
  }

  @Test
  void acceptTheirBoundsAndEveryDigit() {
    assertThat(COUNT.parse("0")).isZero();
    assertThat(COUNT.parse("9")).isEqualTo(9);
    assertThat(NUMBER.parse("0.9")).isEqualTo(0.9);
    assertThat(NUMBER.parse("-0.09")).isEqualTo(-0.09);
    assertThat(NUMBER.check(-1)).isEqualTo(-1.0);
    // Thirty digits are a plain decimal; the test below rejects thirty-one.
    assertThat(NUMBER.parse("0.12345678901234567890123456789")).isBetween(0.12, 0.13);
  }

  @Test
  void aWholeNumberOfEighteenDigitsIsOutOfRangeNotMalformed() {
    assertThatIllegalArgumentException().isThrownBy(() -> COUNT.parse("123456789012345678"))
        .withMessageStartingWith("setting a.count must lie within -2..10");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "1.5", "1e1", "0x1", "11", "-3", "12345678901234567890", "3 4"})
  void rejectCountsThatAreNotWholeNumbersInRange(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> COUNT.parse(text))
        .withMessageStartingWith("setting a.count must ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", ".", "1e-1", "NaN", "Infinity", "0,5", "1.2.3", "2", "-1.5",
      "0.1234567890123456789012345678901"})
  void rejectNumbersThatAreNotPlainDecimalsInRange(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> NUMBER.parse(text))
        .withMessageStartingWith("setting a.number must ");
  }

  @Test
  void rejectWordsTheyDoNotAllowAndBlankOnes() {
    assertThatIllegalArgumentException().isThrownBy(() -> WORDS.parse("wa, x"))
        .withMessage("setting a.words must hold words starting with w, but was 'x'");
    assertThatIllegalArgumentException().isThrownBy(() -> WORDS.parse("wa,,wb"))
        .withMessage("setting a.words must hold words starting with w, but was ''");
  }

  @Test
  void rejectBadDefinitions() {
    assertThatIllegalArgumentException().isThrownBy(() -> Setting.count("a", 1, 2, 1, "x"))
        .withMessageStartingWith("setting range of a must have min <= max");
    assertThatIllegalArgumentException().isThrownBy(() -> Setting.number("a", 1, 2, 1, "x"))
        .withMessageStartingWith("setting range of a must have min <= max");
    assertThatIllegalArgumentException().isThrownBy(() -> Setting.count("a", 5, 0, 4, "x"))
        .withMessage("setting a must lie within 0..4, but was 5");
    assertThatIllegalArgumentException().isThrownBy(() -> Setting.count("Not A Name", 1, 0, 4,
        "x")).withMessageStartingWith("setting name must be lower-case words");
    assertThat(COUNT.withDefault(4).defaultValue()).isEqualTo(4);
  }

  @Test
  void aFamilyIsShapedLikeItsShape() {
    Setting<Integer> family = Setting.family(COUNT);
    assertThat(family.isFamily()).isTrue();
    assertThat(family.name()).isEqualTo("a.count");
    assertThat(family.range()).isEqualTo("-2..10");
    assertThat(family.member("x").name()).isEqualTo("a.count.x");
    assertThat(family.member("x").defaultValue()).isEqualTo(3);
  }

  @Test
  void familiesHaveMembersThatMatchTheirNames() {
    Setting<List<String>> team = Settings.ALLOWED_PARENTS.member("team");
    assertThat(team.name()).isEqualTo("structure.allowed-parents.team");
    assertThat(team.isFamily()).isFalse();
    assertThat(Settings.ALLOWED_PARENTS.matches("structure.allowed-parents.team")).isTrue();
    assertThat(Settings.ALLOWED_PARENTS.matches("structure.allowed-parents.")).isFalse();
    assertThat(Settings.ALLOWED_PARENTS.matches("structure.allowed-parents")).isFalse();
    assertThat(team.matches("structure.allowed-parents.team")).isTrue();
    assertThat(team.matches("structure.allowed-parents.teams")).isFalse();
  }

  @Test
  void equalByNameShapeAndFamily() {
    new EqualsTester()
        .addEqualityGroup(COUNT, COUNT.withDefault(5), Setting.count("a.count", 1, 0, 9, "Other."))
        .addEqualityGroup(Setting.number("a.count", 1, 0, 9, "A number of that name."))
        .addEqualityGroup(NUMBER)
        .addEqualityGroup(Settings.ALLOWED_PARENTS)
        .addEqualityGroup(Setting.list("structure.allowed-parents", List.of(), "Not a family."))
        .testEquals();
  }
}
