package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class UnitTest {

  @Test
  void fourKindsPrintAndParse() {
    assertThat(Unit.number()).hasToString("number");
    assertThat(Unit.percent()).hasToString("percent");
    assertThat(Unit.currency("EUR")).hasToString("currency:EUR");
    assertThat(Unit.custom("NPS points")).hasToString("custom:NPS points");
    assertThat(Unit.currency("EUR").kind()).isEqualTo(Unit.Kind.CURRENCY);
    assertThat(Unit.currency("EUR").label()).isEqualTo("EUR");
    assertThat(Unit.number().label()).isEmpty();
    for (Unit unit : new Unit[] {Unit.number(), Unit.percent(), Unit.currency("CNY"),
        Unit.custom("tickets"), Unit.custom("满意度")}) {
      assertThat(Unit.parse(unit.toString())).isEqualTo(unit);
    }
  }

  @Test
  void rejectsBadCodesLabelsAndText() {
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.currency("eur"))
        .withMessage("currency code must be three upper-case letters, but was 'eur'");
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.currency("EURO"))
        .withMessageStartingWith("currency code must be three upper-case letters");
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.custom(" "))
        .withMessageStartingWith("unit label must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.custom(" ms"))
        .withMessage("unit label must not start or end with white space, but was ' ms'");
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.parse("dollars"))
        .withMessage("unit text must be number, percent, currency:<ISO code> or custom:<label>,"
            + " but was 'dollars'");
  }

  @Test
  void parseAcceptsOnlyWhatToStringWrites() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 16)).checkAssert(text -> {
      Unit unit;
      try {
        unit = Unit.parse(text);
      } catch (IllegalArgumentException rejected) {
        return;
      }
      assertThat(unit.toString()).isEqualTo(text);
    });
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Unit.number(), Unit.parse("number"))
        .addEqualityGroup(Unit.percent())
        .addEqualityGroup(Unit.currency("EUR"), Unit.parse("currency:EUR"))
        .addEqualityGroup(Unit.currency("USD"))
        .addEqualityGroup(Unit.custom("EUR"))
        .testEquals();
  }
}
