package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.Commitment;
import org.okr4j.core.LinearMeasure;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TextRuleTest {

  @Test
  void curvesMapTheLinearRatio() {
    ProgressCurve curve = (ProgressCurve) TextRule.parse("curve 0:0, 0.5:0.8, 1:1");
    assertThat(curve.apply(-1)).isZero();
    assertThat(curve.apply(0.25)).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(curve.apply(0.75)).isCloseTo(0.9, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(curve.apply(2)).isEqualTo(1.0);
    // on a point, its progress exactly (the line from 0.5:0.3 lands on 0.9000000000000001)
    ProgressCurve steep = (ProgressCurve) TextRule.parse("curve 0:0, 0.5:0.3, 0.7:0.9, 1:1");
    assertThat(steep.apply(0.7)).isEqualTo(0.9);
    assertThat(steep.apply(0.5)).isEqualTo(0.3);
    // constant beyond the ends: below the first point, its progress (not 0)
    ProgressCurve raised = (ProgressCurve) TextRule.parse("curve 0.2:0.3, 1:1");
    assertThat(raised.apply(-1)).isEqualTo(0.3);
    assertThat(raised.apply(0.2)).isEqualTo(0.3);
    assertThat(raised).isNotEqualTo(curve).isEqualTo(TextRule.parse("curve 0.2:0.3, 1:1"));
    Progress p = curve.scorer().score(ScorersTest.read(LinearMeasure.of(0, 100), 25),
        LocalDate.of(2026, 8, 4));
    assertThat(p.value()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(p.explanation()).isEqualTo("linear: (25 - 0) / (100 - 0) = 0.25, through curve"
        + " curve 0:0, 0.5:0.8, 1:1 = 0.4");
    assertThat(curve.scorer().score(org.okr4j.core.KeyResult.of("k", "K", LinearMeasure.of(0, 1)),
        LocalDate.of(2026, 8, 4)).isScored()).isFalse();
  }

  @Test
  void bandsAndStatusThresholds() {
    GradeBands bands = (GradeBands) TextRule.parse("bands 0.7:green, 0.4:yellow, else:red");
    assertThat(bands.label(0.7)).isEqualTo("green");
    assertThat(bands.label(0.5)).isEqualTo("yellow");
    assertThat(bands.label(0.1)).isEqualTo("red");
    assertThat(bands.grader().grade(0.5, Commitment.ASPIRATIONAL).band()).isEqualTo("yellow");
    StatusThresholds steps = (StatusThresholds) TextRule.parse(
        "status 0:ON_TRACK, -0.2:AT_RISK, else:OFF_TRACK");
    assertThat(steps.statusRule().status(0.5, 0.5)).isEqualTo(Status.ON_TRACK);
    assertThat(steps.statusRule().status(0.4, 0.5)).isEqualTo(Status.AT_RISK);
    assertThat(steps.statusRule().status(0.2, 0.5)).isEqualTo(Status.OFF_TRACK);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "curve 0:0,1:1              | curve 0:0, 1:1",
      "  curve   -1 : 0 ,  2.50:2 | curve -1:0, 2.5:2",
      "curve 0.000:0, 1:1.000     | curve 0:0, 1:1",
      "curve -0:0, 1:1            | curve 0:0, 1:1",
      "bands 0.7:dark green, else:red | bands 0.7:dark green, else:red",
      "bands 1:满分,else:低        | bands 1:满分, else:低",
      "status 0:ON_TRACK,else:AT_RISK | status 0:ON_TRACK, else:AT_RISK"})
  void formatsCanonically(String text, String canonical) {
    assertThat(TextRule.parse(text).format()).isEqualTo(canonical);
    assertThat(TextRule.parse(text)).hasToString(canonical);
  }

  /** Quoted, so that the spaces and tabs at either end reach the parser. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"  curve 0:0, 1:1\"                      | curve 0:0, 1:1",
      "\"\tbands 0.7:green, else:red \t\"      | bands 0.7:green, else:red",
      "\"status 0: ON_TRACK, else:\tAT_RISK  \" | status 0:ON_TRACK, else:AT_RISK"})
  void skipsSpacesAndTabsAroundTheParts(String text, String canonical) {
    assertThat(TextRule.parse(text)).hasToString(canonical);
  }

  @Test
  void numbersReadBackWithinTheDigitLimits() {
    // forty digits after the point, written back as forty: allowed
    String tiny = "0." + "0".repeat(39) + "1";
    ProgressCurve curve = (ProgressCurve) TextRule.parse("curve " + tiny + ":0, 1:1");
    assertThat(curve.points().get(0).x()).isEqualTo(1e-40);
    assertThat(curve.format()).isEqualTo("curve " + tiny + ":0, 1:1");
    // thirty-nine nines before the point of a negative number, written back as forty digits
    // (-1 followed by thirty-nine zeros): the sign is no digit
    String low = "-" + "9".repeat(39);
    assertThat(TextRule.parse("curve " + low + ":0, 1:1").format())
        .isEqualTo("curve -1" + "0".repeat(39) + ":0, 1:1");
  }

  @Test
  void aTextEndingWhereAColonIsDueFailsWithThePosition() {
    refusal("curve 0", 7, "':'");
    refusal("bands 0.5", 9, "':'");
  }

  @Test
  void anErrorInALabelNamesTheLabelsFirstCharacter() {
    // the spaces before a label are skipped: the position is that of '#', not of the spaces
    refusal("bands 0.4:   #a, else:c", 13, "a label of letters, digits, spaces, '-' or '_'");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"                        | 0  | one of curve, bands or status",
      "slope 0:0                 | 0  | one of curve, bands or status",
      "curve                     | 5  | a number",
      "curve 0:0                 | 9  | ',' and a second point",
      "curve 0 0, 1:1            | 8  | ':'",
      "curve 0:0, 0:1            | 11 | an x larger than the point before",
      "curve 0:3, 1:1            | 6  | a progress from 0 to 2",
      "curve 0:0, 1:1 x          | 15 | ',' or the end of the text",
      "curve 1.:0, 2:1           | 8  | a digit after '.'",
      "curve 0:0, 1e3:1          | 12 | ':'",
      "bands 0.7:green           | 15 | ', else:' and a catch-all label",
      "bands else:red            | 6  | a band before the catch-all",
      "bands 0.4:a, 0.7:b, else:c | 13 | a bound smaller than the band before",
      "bands 0.4::a, else:c      | 10 | a label of letters, digits, spaces, '-' or '_'",
      "status 0:GREEN, else:RED  | 9  | a status such as ON_TRACK or AT_RISK",
      "status else:AT_RISK       | 7  | a step before the catch-all",
      "status 0:ON_TRACK         | 17 | ', else:' and a catch-all status",
      "status 0:ON_TRACK, 0:AT_RISK, else:OFF_TRACK | 19 | a bound smaller than the step before"})
  void failsWithThePositionAndWhatWasExpected(String text, int position, String expected) {
    assertThat(refusal(text, position, expected)).hasMessage("rule text must have " + expected
        + " at position " + position + ", but was '" + text + "'");
  }

  /** The parser's refusal of {@code text}, checked to name the position and what was expected. */
  private static RuleTextException refusal(String text, int position, String expected) {
    RuleTextException e = catchThrowableOfType(RuleTextException.class,
        () -> TextRule.parse(text));
    assertThat(e.position()).isEqualTo(position);
    assertThat(e.expected()).isEqualTo(expected);
    return e;
  }

  @Test
  void limitsTheDigitsOfANumberEitherSideOfThePoint() {
    assertThat(TextRule.parse("curve 0:0, 1" + "0".repeat(39) + ":1"))
        .isInstanceOf(ProgressCurve.class);
    assertThat(TextRule.parse("curve 0:0, 1." + "5".repeat(40) + ":1"))
        .isInstanceOf(ProgressCurve.class);
    refusal("curve 0:0, 1" + "0".repeat(40) + ":1", 11,
        "a number of at most 40 digits before the point");
    refusal("curve 0:0, -1." + "5".repeat(41) + ":1", 14, "at most 40 digits after the point");
  }

  @Test
  void refusesANumberWhoseValueNeedsMoreDigitsThanItsText() {
    // Forty nines read as 1e40, written with forty-one digits: the text would not read again
    // (found by RuleTextFuzzTest). Thirty-nine nines read as 1e39, forty digits.
    refusal("bands " + "9".repeat(40) + ":ND, else:C", 6,
        "a number of at most 40 digits before the point");
    refusal("curve 0:0, -" + "9".repeat(40) + ":1", 11,
        "a number of at most 40 digits before the point");
    TextRule rule = TextRule.parse("bands " + "9".repeat(39) + ":ND, else:C");
    assertThat(TextRule.parse(rule.format())).isEqualTo(rule);
  }

  @Test
  void aMillionDigitNumberFailsFastWithAShortMessage() {
    String text = "curve 0:0, " + "9".repeat(1_000_000) + ":1";
    RuleTextException e = catchThrowableOfType(RuleTextException.class,
        () -> TextRule.parse(text));
    assertThat(e.position()).isEqualTo(11);
    assertThat(e.getMessage()).isEqualTo("rule text must have a number of at most 40 digits"
        + " before the point at position 11, but was 'curve 0:0, " + "9".repeat(25) + "...'");
  }

  @Test
  void quotesALongTextAroundThePosition() {
    String text = "status 0.9:ON_TRACK, 0.7:AT_RISK, 0.5:NOPE, 0.3:AT_RISK, 0.2:OFF_TRACK,"
        + " else:OFF_TRACK";
    RuleTextException e = catchThrowableOfType(RuleTextException.class,
        () -> TextRule.parse(text));
    assertThat(e.position()).isEqualTo(text.indexOf("NOPE"));
    assertThat(e.getMessage()).endsWith(", but was '..." + text.substring(
        e.position() - 25, e.position() + 25) + "...'");
    assertThat(RuleTextException.excerpt("x".repeat(60), 3)).isEqualTo("x".repeat(60));
    assertThat(RuleTextException.excerpt("ab".repeat(40), 0)).isEqualTo("ab".repeat(12) + "a...");
    assertThat(RuleTextException.excerpt("ab".repeat(40), 80))
        .isEqualTo("..." + "b" + "ab".repeat(12));
    assertThat(RuleTextException.excerpt("\uD83D\uDE00".repeat(40), 25))
        .isEqualTo("\uD83D\uDE00".repeat(25) + "...");
  }

  @Test
  void anExcerptNeverSplitsASurrogatePair() {
    String faces = "\uD83D\uDE00".repeat(40);
    // 26 - 25 = 1 and 26 + 25 = 51 both fall inside a pair: each end widens to the whole pair
    assertThat(RuleTextException.excerpt(faces, 26)).isEqualTo("\uD83D\uDE00".repeat(26) + "...");
    assertThat(RuleTextException.excerpt(faces, 54)).isEqualTo("..." + "\uD83D\uDE00".repeat(26));
    // a lone low surrogate at the very start is kept as it is, not stepped back from
    String lone = "\uDE00" + "x".repeat(60);
    assertThat(RuleTextException.excerpt(lone, 0)).isEqualTo("\uDE00" + "x".repeat(24) + "...");
  }

  @Test
  void valuesRejectBrokenRules() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ProgressCurve(List.of(
            new ProgressCurve.Point(0, 0))))
        .withMessageStartingWith("curve must have at least two points");
    assertThatIllegalArgumentException().isThrownBy(() -> new ProgressCurve(List.of(
            new ProgressCurve.Point(0, 0), new ProgressCurve.Point(0, 1))))
        .withMessageStartingWith("curve points must rise in x");
    assertThatIllegalArgumentException().isThrownBy(() -> new ProgressCurve(List.of(
            new ProgressCurve.Point(0, 0), new ProgressCurve.Point(1, Double.NaN))))
        .withMessageStartingWith("curve point must have a finite x and y in [0, 2]");
    assertThatIllegalArgumentException().isThrownBy(() -> new GradeBands(List.of(), "x"))
        .withMessage("bands must have at least one band, but was []");
    assertThatIllegalArgumentException().isThrownBy(() -> new GradeBands(List.of(
            new GradeBands.Band(0.5, "a"), new GradeBands.Band(0.5, "b")), "c"))
        .withMessageStartingWith("band bounds must be finite and fall");
    assertThatIllegalArgumentException().isThrownBy(() -> new GradeBands(List.of(
            new GradeBands.Band(0.5, " a")), "c"))
        .withMessageStartingWith("band label must be");
    assertThatIllegalArgumentException().isThrownBy(() -> new GradeBands(List.of(
            new GradeBands.Band(0.5, "a")), "c "))
        .withMessage("band label must be letters, digits, spaces, '-' or '_', but was 'c '");
    assertThatIllegalArgumentException().isThrownBy(() -> new StatusThresholds(List.of(),
            Status.AT_RISK))
        .withMessageStartingWith("status thresholds must have at least one step");
    assertThatIllegalArgumentException().isThrownBy(() -> new StatusThresholds(List.of(
            new StatusThresholds.Step(0, Status.ON_TRACK),
            new StatusThresholds.Step(1, Status.AT_RISK)), Status.OFF_TRACK))
        .withMessageStartingWith("status bounds must be finite and fall");
    assertThatIllegalArgumentException().isThrownBy(() -> new StatusThresholds(List.of(
            new StatusThresholds.Step(0, Status.ON_TRACK),
            new StatusThresholds.Step(0, Status.AT_RISK)), Status.OFF_TRACK))
        .withMessageStartingWith("status bounds must be finite and fall");
    assertThat(new ProgressCurve(List.of(new ProgressCurve.Point(0, 0),
        new ProgressCurve.Point(1, 1)))).hasSameHashCodeAs(TextRule.parse("curve 0:0, 1:1"));
  }

  /** Fuzzing by property: arbitrary text either parses or fails with RuleTextException. */
  @Test
  void arbitraryTextParsesOrFailsCleanly() {
    Gen<String> noise = strings().allPossible().ofLengthBetween(0, 40);
    Gen<String> nearMiss = Generate.pick(List.of("curve ", "bands ", "status ", "curve 0:0, ",
        "bands 0.5:a, else:", "status 0:ON_TRACK, else:")).zip(noise, (a, b) -> a + b);
    qt().forAll(noise.mix(nearMiss)).checkAssert(text -> {
      TextRule rule;
      try {
        rule = TextRule.parse(text);
      } catch (RuleTextException expected) {
        assertThat(expected.position()).isBetween(0, text.length());
        return;
      }
      assertThat(TextRule.parse(rule.format())).isEqualTo(rule);
    });
  }

  @Test
  void generatedRulesRoundTrip() {
    qt().forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(2, 6),
            lists().of(doubles().between(0, 2)).ofSizeBetween(6, 6), integers().between(0, 2))
        .checkAssert((xs, ys, kind) -> {
          List<Double> sorted = xs.stream().distinct().sorted().toList();
          TextRule rule;
          if (kind == 0 && sorted.size() >= 2) {
            List<ProgressCurve.Point> points = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
              points.add(new ProgressCurve.Point(sorted.get(i), ys.get(i)));
            }
            rule = new ProgressCurve(points);
          } else if (kind == 1) {
            List<GradeBands.Band> bands = new ArrayList<>();
            for (int i = sorted.size() - 1; i >= 0; i--) {
              bands.add(new GradeBands.Band(sorted.get(i), "band " + i));
            }
            rule = new GradeBands(bands, "rest");
          } else {
            List<StatusThresholds.Step> steps = new ArrayList<>();
            for (int i = sorted.size() - 1; i >= 0; i--) {
              steps.add(new StatusThresholds.Step(sorted.get(i), Status.values()[i % 7]));
            }
            rule = new StatusThresholds(steps, Status.OFF_TRACK);
          }
          assertThat(TextRule.parse(rule.format())).isEqualTo(rule);
        });
  }
}
