package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text a value type reads holds its numbers as measures do and {@code toString()} writes
 * them: plain decimals. Each reader is given 0.5 spelled in ways {@link Double#parseDouble} takes
 * and a plain decimal does not, in the place a number goes in its text.
 */
class PlainNumberTextTest {

  /** 0.5 (or nothing a number could be) as Java reads it, but not as plain decimals. */
  private static final List<String> NOT_PLAIN = List.of("5e-1", "0.5e0", "0.5E0", "0x1p-1",
      "0x1.0p-1", "0.5d", "0.5f", "0.5D", ".5", "+.5", "0.", "NaN", "-NaN", "Infinity", "+Infinity",
      "0.5\u0000", "0,5", "0.5.0", "0_5", "0.5%");

  /**
   * A reader, its text with {@code %s} where a number goes, and what it throws for a text it
   * refuses.
   */
  static Stream<Arguments> readers() {
    Class<?> invalid = IllegalArgumentException.class;
    return Stream.of(
        Arguments.of("confidence", "%s", (Function<String, Object>) Confidence::parse, invalid),
        Arguments.of("share", "ops=%s", (Function<String, Object>) Share::parse, invalid),
        Arguments.of("waypoint", "2026-08-31=%s", (Function<String, Object>) Waypoint::parse,
            invalid),
        Arguments.of("kpi reading", "2026-08-17=%s", (Function<String, Object>) KpiReading::parse,
            invalid),
        Arguments.of("corridor low", "[%s, 2]", (Function<String, Object>) Corridor::parse,
            invalid),
        Arguments.of("corridor high", "[0, %s]", (Function<String, Object>) Corridor::parse,
            invalid),
        Arguments.of("corridor target", "[0, 1] target %s",
            (Function<String, Object>) Corridor::parse, invalid),
        Arguments.of("measure", "linear 0 -> %s", (Function<String, Object>) Measure::parse,
            MeasureTextException.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void readsPlainDecimals(String name, String text, Function<String, Object> reader,
      Class<?> refusal) {
    Object half = reader.apply(text.formatted("0.5"));
    assertThat(reader.apply(text.formatted("+0.5"))).as(name).isEqualTo(half);
    assertThat(reader.apply(text.formatted("0.500"))).as(name).isEqualTo(half);
    assertThat(reader.apply(text.formatted(" 0.5 "))).as(name).isEqualTo(half);
    assertThat(reader.apply(text.formatted("0.25"))).as(name).isNotEqualTo(half);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void refusesWhatOnlyJavaReads(String name, String text, Function<String, Object> reader,
      Class<?> refusal) {
    for (String spelling : NOT_PLAIN) {
      assertThatThrownBy(() -> reader.apply(text.formatted(spelling)))
          .as(name + ": " + spelling).isInstanceOf(refusal);
    }
  }

  @Test
  void confidenceWritesAPlainDecimalThatReadsBack() {
    for (double value : new double[] {0.0005, 1e-9, Double.MIN_VALUE, 0.7, 1, 0, -0.0}) {
      Confidence confidence = Confidence.of(value);
      assertThat(confidence.toString()).as("%s", value).doesNotContain("E");
      assertThat(Confidence.parse(confidence.toString())).as("%s", value).isEqualTo(confidence);
    }
    assertThat(Confidence.of(0.0005)).hasToString("0.00050");
    assertThat(Confidence.of(0.7)).hasToString("0.7");
    assertThat(Confidence.of(1)).hasToString("1.0");
  }

  @Test
  void plainNumberSaysWhatItExpectedAndWhere() {
    assertThat(MeasureText.plainNumber(" -12.75 ")).isEqualTo(-12.75);
    assertThat(Double.doubleToRawLongBits(MeasureText.plainNumber("-0")))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThatThrownBy(() -> MeasureText.plainNumber("1e2"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("expected a plain decimal number (digits, optionally a '.' and more digits;"
            + " no exponent, suffix or hex) at position 0")
        .hasCauseInstanceOf(MeasureTextException.class);
    assertThatThrownBy(() -> MeasureText.plainNumber("1 2"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("expected the end of the text at position 2");
    assertThatThrownBy(() -> MeasureText.plainNumber("1" + "0".repeat(400)))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("expected a number within the range of a double at position 0");
  }
}
