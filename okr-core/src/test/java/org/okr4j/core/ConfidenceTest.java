package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfidenceTest {

  @ParameterizedTest
  @CsvSource({"0, 0.0", "5, 0.5", "7, 0.7", "10, 1.0"})
  void convertsFromTen(double score, double stored) {
    assertThat(Confidence.ofTen(score).value()).isCloseTo(stored, within(1e-12));
    assertThat(Confidence.ofTen(score).toTen()).isCloseTo(score, within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({"1, 0.0", "10, 1.0", "5.5, 0.5"})
  void convertsFromOneToTen(double score, double stored) {
    assertThat(Confidence.ofOneToTen(score).value()).isCloseTo(stored, within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({"0.0, LOW", "0.39, LOW", "0.4, MEDIUM", "0.69, MEDIUM", "0.7, HIGH", "1.0, HIGH"})
  void fallsInOpenOkrsBands(double value, Confidence.Band band) {
    assertThat(Confidence.of(value).band()).isEqualTo(band);
  }

  @Test
  void labelsConvertToTheMiddleOfTheirBand() {
    assertThat(Confidence.of(Confidence.Band.LOW).value()).isEqualTo(0.2);
    assertThat(Confidence.of(Confidence.Band.MEDIUM).value()).isEqualTo(0.55);
    assertThat(Confidence.of(Confidence.Band.HIGH).value()).isEqualTo(0.85);
    for (Confidence.Band band : Confidence.Band.values()) {
      assertThat(Confidence.of(band).band()).isEqualTo(band);
    }
  }

  @Test
  void rejectsValuesOffTheirScale() {
    assertThatIllegalArgumentException().isThrownBy(() -> Confidence.of(1.01))
        .withMessage("confidence must lie within [0.0, 1.0], but was 1.01");
    assertThatIllegalArgumentException().isThrownBy(() -> Confidence.of(-0.01))
        .withMessageStartingWith("confidence must lie within");
    assertThatIllegalArgumentException().isThrownBy(() -> Confidence.of(Double.NaN))
        .withMessage("confidence must be a finite number, but was NaN");
    assertThatIllegalArgumentException().isThrownBy(() -> Confidence.ofTen(11))
        .withMessage("confidence out of 10 must lie within [0.0, 10.0], but was 11.0");
    assertThatIllegalArgumentException().isThrownBy(() -> Confidence.ofOneToTen(0))
        .withMessage("confidence from 1 to 10 must lie within [1.0, 10.0], but was 0.0");
    assertThatIllegalArgumentException().isThrownBy(() -> Confidence.parse("high"))
        .withMessage("confidence text must be a number, but was 'high'");
  }

  @Test
  void roundTripsAndOrders() {
    qt().forAll(doubles().between(0, 1)).checkAssert(value -> {
      Confidence confidence = Confidence.of(value);
      assertThat(Confidence.parse(confidence.toString())).isEqualTo(confidence);
    });
    assertThat(Confidence.of(0.3)).isLessThan(Confidence.of(0.4));
    assertThat(Confidence.of(0.4).compareTo(Confidence.of(0.3))).isPositive();
    new EqualsTester()
        .addEqualityGroup(Confidence.of(0.5), Confidence.ofTen(5), Confidence.parse("0.5"))
        .addEqualityGroup(Confidence.of(0.6))
        .testEquals();
  }
}
