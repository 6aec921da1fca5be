package org.okr4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.Theories.qt;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.okr4j.core.testing.Measures;

class DecimalsTest {

  static final Decimals PLAIN = Decimals.PLAIN;
  static final Decimals GROUPED = PLAIN.withGrouping(',');
  static final Decimals GERMAN = PLAIN.withDecimal(',').withGrouping('.');
  static final Decimals SWISS = PLAIN.withGrouping('\'');

  @Nested
  class Read {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0 | 0", "-0 | -0.0", "+7 | 7", "45 | 45", "-12.5 | -12.5", "007 | 7",
        "0.00001 | 1e-5"})
    void plainDecimals(String text, double value) {
      assertThat(PLAIN.read(text)).isEqualTo(value);
      assertThat(PLAIN.isNumber(text)).isTrue();
    }

    /** What Double.parseDouble or a lenient parser would read as some other number. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1,5", "1.000,50", "1,000", "0x10p0", "0x10", "10d", "10f", "1e5",
        "1E5", "5.", "5 ", "1_000", "1 000", "1.2.3", "1..2", "12%", "0b1", "-1e5", "+1,5"})
    void rejectsWhatANumberIsNotWrittenAsAndSaysHowItIs(String text) {
      assertThat(PLAIN.isNumber(text)).isFalse();
      assertThatThrownBy(() -> PLAIN.read(text)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("'" + text + "' is not a number: use digits, an optional sign and '.' for"
              + " decimals (-1234.5), or set the layout's separators");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", ".5", "-", "+", "", " 5", "+-5",
        "--5", "١٢", "５", "$5", "−5", "forty-five", "n/a"})
    void rejectsWhatIsNoNumberAtAll(String text) {
      assertThat(PLAIN.isNumber(text)).isFalse();
      assertThatThrownBy(() -> PLAIN.read(text)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("'" + text + "' is not a number");
    }

    @Test
    void aNumberBeyondADoubleIsRejectedAsSuch() {
      assertThat(PLAIN.read("1" + "0".repeat(308))).isEqualTo(1e308);
      String huge = "1" + "0".repeat(400);
      assertThat(PLAIN.isNumber(huge)).isTrue();
      assertThatThrownBy(() -> PLAIN.read(huge)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("'" + "1" + "0".repeat(59) + "... (401 characters)' is not a number within"
              + " the range of a double");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"1,000 | 1000", "-1,234,567.25 | -1234567.25",
        "999 | 999", "1000 | 1000", "12,345 | 12345", "0.5 | 0.5"})
    void groupedThousands(String text, double value) {
      assertThat(GROUPED.read(text)).isEqualTo(value);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1,5", "1,0000", "1000,000", "1,", "1,000,", "1.000,50",
        "1,,000", "1,00.5"})
    void groupsMustBeWholeThrees(String text) {
      assertThat(GROUPED.isNumber(text)).isFalse();
      assertThatThrownBy(() -> GROUPED.read(text)).hasMessageStartingWith("'" + text
          + "' is not a number: use digits, an optional sign, ',' between thousands and '.' for"
          + " decimals (-1,234.5)");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"1.000,50 | 1000.5", "1,5 | 1.5", "-0,25 | -0.25",
        "1.234.567 | 1234567", "1000 | 1000"})
    void decimalCommaWithGroupingPoints(String text, double value) {
      assertThat(GERMAN.read(text)).isEqualTo(value);
      assertThat(GERMAN.isNumber("1.5")).isFalse();
    }

    @Test
    void otherGroupingCharacters() {
      assertThat(SWISS.read("1'234.5")).isEqualTo(1234.5);
      assertThat(PLAIN.withGrouping(' ').read("1 234")).isEqualTo(1234);
      assertThat(PLAIN.withGrouping('\u00A0').read("1\u00A0234")).isEqualTo(1234);
      assertThat(PLAIN.withGrouping('\u202F').read("1\u202F234")).isEqualTo(1234);
      assertThat(GROUPED.withoutGrouping().isNumber("1,000")).isFalse();
    }
  }

  @Nested
  class Write {
    @Test
    void writesTheShortestPlainDecimalThatReadsBack() {
      assertThat(PLAIN.write(45)).isEqualTo("45");
      assertThat(PLAIN.write(0.1 + 0.2)).isEqualTo("0.30000000000000004");
      assertThat(PLAIN.write(1e-5)).isEqualTo("0.00001");
      assertThat(PLAIN.write(1e20)).isEqualTo("100000000000000000000");
      assertThat(PLAIN.write(-0.0)).isEqualTo("-0");
      assertThat(PLAIN.write(0.0)).isEqualTo("0");
      assertThat(GERMAN.write(-1234.5)).isEqualTo("-1234,5");
    }

    @Test
    void everyFiniteDoubleReadsBackInEverySyntax() {
      qt().forAll(Measures.numbers()).checkAssert(value -> {
        for (Decimals decimals : new Decimals[] {PLAIN, GROUPED, GERMAN, SWISS}) {
          String text = decimals.write(value);
          assertThat(decimals.isNumber(text)).isTrue();
          assertThat(Double.doubleToRawLongBits(decimals.read(text)))
              .isEqualTo(Double.doubleToRawLongBits(value));
        }
      });
    }
  }

  @Nested
  class Settings {
    @Test
    void rejectsSeparatorsThatCannotBeToldApart() {
      assertThatThrownBy(() -> PLAIN.withDecimal(';')).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("decimal separator must be '.' or ',', but was ';'");
      assertThatThrownBy(() -> GROUPED.withDecimal(',')).hasMessage("decimal separator must"
          + " differ from the thousands separator (call withoutGrouping() or withGrouping(...)"
          + " first), but was ','");
      assertThatThrownBy(() -> PLAIN.withGrouping('.')).hasMessage("thousands separator must"
          + " differ from the decimal separator, but was '.'");
      assertThatThrownBy(() -> PLAIN.withGrouping('x')).hasMessageStartingWith("thousands"
          + " separator must be one of ',', '.', ''', ' ', no-break space or narrow no-break"
          + " space, but was 'x'");
    }

    @Test
    void describesItself() {
      assertThat(PLAIN).hasToString("decimal '.'");
      assertThat(GERMAN).hasToString("decimal ',', grouping '.'");
      assertThat(GERMAN.decimal()).isEqualTo(',');
      assertThat(GERMAN.grouping()).contains('.');
    }
  }
}
