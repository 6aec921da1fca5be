package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

  @Nested
  class Clean {
    @Test
    void dropsNoiseBelowNineDecimals() {
      // the class's own example: the mean of 0.7 and 0.1
      assertThat(Decimals.clean(0.39999999999999997)).isEqualTo(0.4);
    }

    @Test
    void saturatesPastAbout9e9() {
      // Math.round saturates at Long.MAX_VALUE: 1e10 and 2e10 both clean to the same value
      assertThat(Decimals.clean(1e10)).isEqualTo(Long.MAX_VALUE / 1e9);
      assertThat(Decimals.clean(2e10)).isEqualTo(Long.MAX_VALUE / 1e9);
      assertThat(Decimals.clean(Double.NaN)).isZero();
    }
  }

  @Nested
  class Significant {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // 12 significant digits
        "9.199999999999998, 9.2", // Forecast's case: a line reaching 9.2 in decimals
        "0.30000000000000004, 0.3",
        "0.39999999999999997, 0.4",
        "1.23456789012345e-20, 1.23456789012e-20", // small magnitudes keep 12 digits too
        "0, 0",
        "9.2, 9.2",
        "-9.199999999999998, -9.2",
        // past 9.2e9, where clean saturates, values stay apart
        "10000000000.5, 10000000000.5", // 12 digits exactly
        "20000000000, 20000000000",
        // digits past the twelfth are lost: 1000000000000.1 has 13 before the point, so the .1 goes
        "1000000000000.1, 1000000000000",
        "1000000000006, 1000000000010",
        // ties away from zero (HALF_UP), not to even
        "1234567890125, 1234567890130",
        "-1234567890125, -1234567890130",
        "1234567890135, 1234567890140"})
    void roundsTo12SignificantDigits(double value, double expected) {
      assertThat(Decimals.significant(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void leavesInfinitiesAsTheyAre(double value) {
      assertThat(Decimals.significant(value)).isEqualTo(value);
    }

    @Test
    void leavesNanAsItIs() {
      assertThat(Decimals.significant(Double.NaN)).isNaN();
    }
  }
}
