package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinesTest {

  @Nested
  class At {
    @ParameterizedTest(name = "({0}, {1}) - ({2}, {3}) at {4}: exactly {5}")
    @CsvSource({
        // an end gives its own y, whatever the line through it would land on
        "0.5, 0.8, 0.7, 0.9, 0.7, 0.9",
        "0.5, 0.8, 0.7, 0.9, 0.5, 0.8",
        "50, 0.3, 70, 0.9, 70, 0.9", // the line lands 0.9000000000000001
        "20, 0.08, 40, 1.0, 40, 1.0", // the line lands 1.0000000000000002
        "20, 0.08, 40, 1.0, 20, 0.08",
        // falling lines: the same
        "50, 0.7, 100, 0.0, 100, 0.0",
        "50, 0.7, 100, 0.0, 50, 0.7",
        "0.5, 0.9, 0.7, 0.3, 0.7, 0.3",
        // a segment of zero width gives y0 at its one x
        "5, 0.2, 5, 0.7, 5, 0.2"})
    void endsAreExact(double x0, double y0, double x1, double y1, double x, double expected) {
      assertThat(Lines.at(x0, y0, x1, y1, x)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "({0}, {1}) - ({2}, {3}) at {4}: {5}")
    @CsvSource({
        // y0 + (y1 - y0) * (x - x0) / (x1 - x0)
        "0, 0, 10, 1, 5, 0.5", // midpoint
        "20, 0.5, 50, 0.8, 35, 0.65", // midpoint
        "0.5, 0.8, 0.7, 0.9, 0.55, 0.825", // a quarter of the way
        "50, 0.7, 100, 0.0, 75, 0.35", // falling
        "0.5, 0.9, 0.7, 0.3, 0.6, 0.6", // falling, midpoint
        "0, 31, 30, 35, 15, 33", // days: 31 -> 35 over 30 days, day 15
        // beyond the ends it is the same line
        "0, 0, 10, 1, 20, 2.0",
        "0, 0, 10, 1, -10, -1.0"})
    void betweenTheEndsTheLine(double x0, double y0, double x1, double y1, double x,
        double expected) {
      assertThat(Lines.at(x0, y0, x1, y1, x)).isCloseTo(expected, within(1e-12));
    }
  }
}
