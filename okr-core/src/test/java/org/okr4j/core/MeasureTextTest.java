package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.core.testing.Measures;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link Measure#parse(CharSequence)} and the {@code toString()} of every measure. */
class MeasureTextTest {

  /** Reads {@code text}, or fails the test with what went wrong. */
  static Measure parse(String text) {
    return Measure.parse(text);
  }

  @Nested
  class EachKind {
    static Stream<Arguments> texts() {
      return Stream.of(
          Arguments.of(LinearMeasure.of(31, 45), "linear 31 -> 45"),
          Arguments.of(LinearMeasure.of(4, 2.5).withUnit(Unit.percent()),
              "linear 4 -> 2.5 percent"),
          Arguments.of(LinearMeasure.of(-1.5, 0.125, Direction.INCREASE),
              "linear -1.5 -> 0.125 (INCREASE)"),
          Arguments.of(LinearMeasure.of(45, 45, Direction.INCREASE), "linear 45 -> 45 (INCREASE)"),
          Arguments.of(LinearMeasure.of(2, 2, Direction.DECREASE).withUnit(Unit.custom("NPS points")),
              "linear 2 -> 2 (DECREASE) custom:NPS points"),
          Arguments.of(LinearMeasure.of(0, 1e6).withUnit(Unit.currency("EUR")),
              "linear 0 -> 1000000 currency:EUR"),
          Arguments.of(ThresholdMeasure.atLeast(99.9).withUnit(Unit.percent()),
              "threshold >= 99.9 percent"),
          Arguments.of(ThresholdMeasure.above(100), "threshold > 100"),
          Arguments.of(ThresholdMeasure.atMost(40), "threshold <= 40"),
          Arguments.of(ThresholdMeasure.below(-0.5).withUnit(Unit.custom("°C")),
              "threshold < -0.5 custom:°C"),
          Arguments.of(RangeMeasure.of(80, 120).withUnit(Unit.custom("ms")),
              "range [80, 120] custom:ms"),
          Arguments.of(RangeMeasure.of(5, 5), "range [5, 5]"),
          Arguments.of(MilestoneMeasure.of(), "milestone"),
          Arguments.of(StagesMeasure.of(List.of(Stage.of("design", 0.2), Stage.of("build", 0.5),
              Stage.of("test, ship", 0.3))), "stages [design=0.2, build=0.5, \"test, ship\"=0.3]"),
          Arguments.of(StagesMeasure.of(List.of(Stage.of("a=b", 0.25))), "stages [\"a=b\"=0.25]"),
          Arguments.of(CheckpointsMeasure.of(0, 100, List.of(Checkpoint.of(20, 0.5),
              Checkpoint.of(60, 0.8))), "checkpoints 0 [20->0.5, 60->0.8] 100"),
          Arguments.of(CheckpointsMeasure.of(10, -10, List.of()), "checkpoints 10 [] -10"),
          Arguments.of(ZonesMeasure.of(500, 620, 780, 900),
              "zones 500 | commit 620 | target 780 | stretch 900"),
          Arguments.of(ZonesMeasure.of(10, 8, 5, 2), "zones 10 | commit 8 | target 5 | stretch 2"),
          Arguments.of(OrdinalMeasure.puzzle(), "ordinal [FAIL, COMMIT, TARGET, STRETCH]"),
          Arguments.of(OrdinalMeasure.of("not started", "in progress", "done"),
              "ordinal [not started, in progress, done]"),
          Arguments.of(OrdinalMeasure.of("not yet, sadly", " fine", "\"great\"", "a\\b", "[x]"),
              "ordinal [\"not yet, sadly\", \" fine\", \"\\\"great\\\"\", \"a\\\\b\", \"[x]\"]"),
          Arguments.of(BaselineMeasure.of(Direction.INCREASE), "baseline to be measured (INCREASE)"),
          Arguments.of(BaselineMeasure.of(Direction.DECREASE).withTarget(30)
              .withUnit(Unit.custom("days")), "baseline to be measured (DECREASE) target 30 custom:days"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("texts")
    void printsAndReadsItsText(Measure measure, String text) {
      assertThat(measure).hasToString(text);
      assertThat(parse(text)).isEqualTo(measure);
    }

    @Test
    void coversEveryKind() {
      Set<MeasureKind> kinds = EnumSet.noneOf(MeasureKind.class);
      texts().forEach(arguments -> kinds.add(((Measure) arguments.get()[0]).kind()));
      assertThat(kinds).containsExactlyInAnyOrder(MeasureKind.values());
    }

    @Test
    void aCarriedOverKeyResultThatReachedItsTargetReadsBack() {
      LinearMeasure carried = LinearMeasure.of(31, 45).restartingAt(45);
      assertThat(carried).hasToString("linear 45 -> 45 (INCREASE)");
      assertThat(parse(carried.toString())).isEqualTo(carried);
      LinearMeasure down = LinearMeasure.of(100, 60).withUnit(Unit.percent()).restartingAt(60);
      assertThat(down).hasToString("linear 60 -> 60 (DECREASE) percent");
      assertThat(parse(down.toString())).isEqualTo(down);
    }

    @Test
    void unitsThatOnlyThePackageCanSetReadBackToo() {
      // Stages, checkpoints and zones count in numbers through their factories; their text
      // still carries another unit should one be set.
      Unit eur = Unit.currency("EUR");
      for (Measure measure : List.<Measure>of(
          ImmutableZonesMeasure.builder().from(ZonesMeasure.of(0, 3, 7, 10)).unit(eur).build(),
          ImmutableCheckpointsMeasure.builder().from(CheckpointsMeasure.of(0, 1, List.of()))
              .unit(eur).build(),
          ImmutableStagesMeasure.builder().from(StagesMeasure.equal("a")).unit(eur).build())) {
        assertThat(measure.toString()).endsWith(" currency:EUR");
        assertThat(parse(measure.toString())).isEqualTo(measure);
      }
    }
  }

  @Nested
  class Numbers {
    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource({
        "45,                     45",
        "45.0,                   45",
        "-3,                     -3",
        "0.5,                    0.5",
        "0.1,                    0.1",
        "-0.0,                   -0",
        "0.0,                    0",
        "1e-7,                   0.0000001",
        "1e21,                   1000000000000000000000",
        "0.3333333333333333,     0.3333333333333333",
        "123456789.125,          123456789.125",
        "9007199254740993,       9007199254740992"})
    void printPlainWithoutATrailingPointZero(double value, String text) {
      assertThat(MeasureText.number(value)).isEqualTo(text);
      assertThat(ThresholdMeasure.atLeast(value)).hasToString("threshold >= " + text);
    }

    @Test
    void everyFiniteDoubleReadsBackExactly() {
      qt().forAll(longs().all().map(Double::longBitsToDouble).mix(Measures.numbers()))
          .assuming(Double::isFinite).checkAssert(value -> {
            ThresholdMeasure measure = ThresholdMeasure.atLeast(value);
            String text = measure.toString();
            assertThat(text.substring("threshold >= ".length())).matches("-?[0-9]+(\\.[0-9]+)?");
            assertThat(Double.doubleToRawLongBits(((ThresholdMeasure) parse(text)).threshold()))
                .isEqualTo(Double.doubleToRawLongBits(value));
          });
    }

    @Test
    void extremesReadBackExactly() {
      for (double value : new double[] {Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
          Double.MAX_VALUE, -Double.MAX_VALUE, Math.nextUp(1.0), Math.nextDown(0.1), -0.0}) {
        RangeMeasure range = RangeMeasure.of(Math.min(value, 0.0), Math.max(value, 0.0));
        assertThat(parse(range.toString())).isEqualTo(range);
      }
    }
  }

  @Nested
  class RoundTrip {
    @Test
    void everyGeneratedMeasureReadsBackEqual() {
      qt().forAll(Measures.any()).checkAssert(measure -> {
        Measure read = parse(measure.toString());
        assertThat(read).isEqualTo(measure);
        assertThat(read).hasToString(measure.toString());
      });
    }

    @Test
    void everyGeneratedMeasureOfEachKindReadsBackEqual() {
      for (MeasureKind kind : MeasureKind.values()) {
        qt(60).forAll(Measures.of(kind)).checkAssert(measure -> {
          assertThat(measure.kind()).isEqualTo(kind);
          assertThat(parse(measure.toString())).isEqualTo(measure);
        });
      }
    }

    @Test
    void generatedMeasuresWithAnyUnitReadBackEqual() {
      qt().forAll(Measures.any(), Measures.units()).checkAssert((measure, unit) -> {
        Measure withUnit = withUnit(measure, unit);
        if (measure.kind() != MeasureKind.MILESTONE && measure.kind() != MeasureKind.ORDINAL) {
          assertThat(withUnit.unit()).isEqualTo(unit);
        }
        assertThat(parse(withUnit.toString())).isEqualTo(withUnit);
      });
    }

    @Test
    void theGeneratorMakesEveryKind() {
      Set<MeasureKind> kinds = EnumSet.noneOf(MeasureKind.class);
      for (long seed = 0; seed < 200; seed++) {
        kinds.add(Measures.any(seed).kind());
      }
      assertThat(kinds).containsExactlyInAnyOrder(MeasureKind.values());
    }

    /** {@code measure} counted in {@code unit}, where its kind has one. */
    private Measure withUnit(Measure measure, Unit unit) {
      if (measure instanceof LinearMeasure m) {
        return m.withUnit(unit);
      } else if (measure instanceof ThresholdMeasure m) {
        return m.withUnit(unit);
      } else if (measure instanceof RangeMeasure m) {
        return m.withUnit(unit);
      } else if (measure instanceof BaselineMeasure m) {
        return m.withUnit(unit);
      } else if (measure instanceof StagesMeasure m) {
        return ImmutableStagesMeasure.builder().from(m).unit(unit).build();
      } else if (measure instanceof CheckpointsMeasure m) {
        return ImmutableCheckpointsMeasure.builder().from(m).unit(unit).build();
      } else if (measure instanceof ZonesMeasure m) {
        return ImmutableZonesMeasure.builder().from(m).unit(unit).build();
      }
      return measure; // milestone and ordinal always count in numbers
    }
  }

  @Nested
  class Leniency {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', value = {
        "linear 31.0 -> 45.0 number       § linear 31 -> 45",
        "'  linear   31->45\t'            § linear 31 -> 45",
        "linear +31 -> 045.500            § linear 31 -> 45.5",
        "linear 1 -> 2 (INCREASE)         § linear 1 -> 2 (INCREASE)",
        "linear 2 -> 2( DECREASE )        § linear 2 -> 2 (DECREASE)",
        "threshold>=1.000                 § threshold >= 1",
        "range[1,5]                       § range [1, 5]",
        "stages[  a = 0.5 ,b=0.5 ]        § stages [a=0.5, b=0.5]",
        "stages [\"a\"=1]                 § stages [a=1]",
        "checkpoints 0[20->0.5]100        § checkpoints 0 [20->0.5] 100",
        "checkpoints 0 [ ] 10             § checkpoints 0 [] 10",
        "checkpoints 0 [ 20->0.5,  60->0.8 ] 100 § checkpoints 0 [20->0.5, 60->0.8] 100",
        "zones 0|commit 3|target 7|stretch 10 § zones 0 | commit 3 | target 7 | stretch 10",
        "ordinal [ no , yes ]             § ordinal [no, yes]",
        "baseline to  be measured(INCREASE)target 5 percent § "
            + "baseline to be measured (INCREASE) target 5 percent",
        "linear 1 -> 2 custom:NPS points  § linear 1 -> 2 custom:NPS points"})
    void spacingAndAnExplicitNumberUnitReadAsTheCanonicalText(String text, String canonical) {
      assertThat(parse(text)).hasToString(canonical);
    }
  }

  @Nested
  class Rejections {
    static Stream<Arguments> rejections() {
      return Stream.of(
          Arguments.of("", 0, "a kind of measure: linear, threshold, range, milestone, stages,"
              + " checkpoints, zones, ordinal or baseline"),
          Arguments.of("exponential 1 -> 2", 0, "a kind of measure: linear, threshold, range,"
              + " milestone, stages, checkpoints, zones, ordinal or baseline"),
          Arguments.of("Linear 1 -> 2", 0, "a kind of measure: linear, threshold, range,"
              + " milestone, stages, checkpoints, zones, ordinal or baseline"),
          Arguments.of("linear", 6, "a number"),
          Arguments.of("linear 10 => 20", 10, "'->'"),
          Arguments.of("linear 1,5 -> 3", 8, "'->'"),
          Arguments.of("linear 10d -> 20", 7, PLAIN),
          Arguments.of("linear 1e3 -> 20", 7, PLAIN),
          Arguments.of("linear 0x1F -> 20", 7, PLAIN),
          Arguments.of("linear 1.5.2 -> 20", 7, PLAIN),
          Arguments.of("linear 1 -> 2percent", 12, PLAIN),
          Arguments.of("linear NaN -> 1", 7, "a number"),
          Arguments.of("linear Infinity -> 1", 7, "a number"),
          Arguments.of("linear .5 -> 1", 7, "a number"),
          Arguments.of("linear 5. -> 1", 9, "a digit after '.'"),
          Arguments.of("linear - 5 -> 1", 7, "a number"),
          Arguments.of("linear 1" + "0".repeat(400) + " -> 1", 7,
              "a number within the range of a double"),
          Arguments.of("linear 1 -> 2 (SIDEWAYS)", 15, "INCREASE or DECREASE"),
          Arguments.of("linear 1 -> 2 (INCREASEZ)", 15, "INCREASE or DECREASE"),
          Arguments.of("linearz 1 -> 2", 0, "a kind of measure: linear, threshold, range,"
              + " milestone, stages, checkpoints, zones, ordinal or baseline"),
          Arguments.of("linear 1 -> 2 (INCREASE", 23, "')'"),
          Arguments.of("linear 1 -> 2 furlongs", 14,
              "a unit: number, percent, currency:<ISO code> or custom:<label>"),
          Arguments.of("linear 1 -> 2 percents", 21, "the end of the text"),
          Arguments.of("threshold = 5", 10, "one of >=, >, <= or <"),
          Arguments.of("threshold >= ", 13, "a number"),
          Arguments.of("range [1; 5]", 8, "','"),
          Arguments.of("range [1, 5", 11, "']'"),
          Arguments.of("milestone done", 10, "the end of the text"),
          Arguments.of("stages [a:0.5]", 13, "'='"),
          Arguments.of("stages [=0.5]", 8, "a name, or a name in double quotes"),
          Arguments.of("stages [abc", 11, "'='"),
          Arguments.of("stages [a[b=1]", 9, "'='"),
          Arguments.of("stages [a=0.5 b=0.5]", 14, "',' or ']'"),
          Arguments.of("stages [a=0.5,]", 14, "a name, or a name in double quotes"),
          Arguments.of("stages [\"a=0.5]", 15,
              "a closing '\"' (for the name opened at position 8)"),
          Arguments.of("ordinal [\"a\\n\", b]", 11,
              "'\\\"' or '\\\\' (a backslash escapes only a quote or a backslash)"),
          Arguments.of("ordinal [a, b] percent", 15, "the end of the text"),
          Arguments.of("ordinal [\"a\\", 11,
              "'\\\"' or '\\\\' (a backslash escapes only a quote or a backslash)"),
          Arguments.of("checkpoints 0 [5:0.5] 10", 16, "'->'"),
          Arguments.of("checkpoints 0 [5->0.5]", 22, "a number"),
          Arguments.of("zones 0 | commit 3 | 7 | stretch 10", 21, "'target'"),
          Arguments.of("baseline (INCREASE)", 9, "'to'"),
          Arguments.of("baseline to be measured (INCREASE) target", 41, "a number"));
    }

    static final String PLAIN = "a plain decimal number (digits, optionally a '.' and more digits;"
        + " no exponent, suffix or hex)";

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("rejections")
    void failsWithThePositionAndWhatWasExpected(String text, int position, String expected) {
      MeasureTextException e = catchThrowableOfType(MeasureTextException.class,
          () -> parse(text));
      assertThat(e).as("parse(%s)", text).isNotNull();
      assertThat(e.position()).isEqualTo(position);
      assertThat(e.expected()).isEqualTo(expected);
      assertThat(e.text()).isEqualTo(text);
      assertThat(e.getMessage()).startsWith("measure text must have " + expected
          + " at position " + position + ", but found ");
    }

    @Test
    void theMessageQuotesTheTextNearThePosition() {
      assertThat(catchThrowableOfType(MeasureTextException.class,
          () -> parse("linear 10 => 20")))
          .hasMessage("measure text must have '->' at position 10, but found '=> 20' in"
              + " 'linear 10 => 20'");
      assertThat(catchThrowableOfType(MeasureTextException.class,
          () -> parse("linear 1 ->")))
          .hasMessage("measure text must have a number at position 11, but found the end of the"
              + " text in 'linear 1 ->'");
      String huge = "ordinal [" + "a, ".repeat(10_000) + "b= c]";
      MeasureTextException e = catchThrowableOfType(MeasureTextException.class,
          () -> parse(huge));
      assertThat(e.position()).isEqualTo(huge.indexOf('='));
      assertThat(e.text()).isEqualTo(huge);
      assertThat(e).hasMessage("measure text must have ',' or ']' at position " + e.position()
          + ", but found '= c]' in '... a, a, a, a, a, a, b= c]'");
    }

    @Test
    void theQuoteNeverCutsACharacterInHalf() {
      String emoji = "\uD83D\uDE00";
      String text = "ordinal [" + emoji.repeat(15) + "]" + emoji.repeat(15);
      MeasureTextException e = catchThrowableOfType(MeasureTextException.class,
          () -> parse(text));
      assertThat(e.position()).isEqualTo(40);
      assertThat(e.getMessage().codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF).count())
          .isZero();
    }

    @Test
    void aCharacterAtTheEdgeOfTheQuoteIsKeptWhole() {
      String emoji = "\uD83D\uDE00";
      // The window's right edge falls inside the emoji: the quote takes it whole.
      assertThat(catchThrowableOfType(MeasureTextException.class,
          () -> parse("linear 1 -> 2 abcdefghijklmnopqrs" + emoji + "zz")))
          .hasMessageEndingWith(" in 'linear 1 -> 2 abcdefghijklmnopqrs" + emoji + "...'");
      // The window's left edge falls inside the emoji: the quote takes it whole.
      MeasureTextException left = catchThrowableOfType(MeasureTextException.class,
          () -> parse("ordinal [\"xxx" + emoji + "\", \"yyyyyyyyyyyyy\" c]"));
      assertThat(left.position()).isEqualTo(34);
      assertThat(left).hasMessageEndingWith(" in '..." + emoji + "\", \"yyyyyyyyyyyyy\" c]'");
    }

    @Test
    void aLoneHalfCharacterAtTheEndStillFailsAsMeasureText() {
      String text = "linear 1 -> 2 \uD83D";
      MeasureTextException e = catchThrowableOfType(MeasureTextException.class,
          () -> parse(text));
      assertThat(e.position()).isEqualTo(14);
      assertThat(e).hasMessageEndingWith(" in '" + text + "'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', value = {
        "range [5, 4]                      § 0  § range high must not lie below low 5.0, but was 4.0",
        "linear 40 -> 40                   § 0  § linear measure target must differ from its start",
        "linear 10 -> 20 (DECREASE)        § 0  § linear measure direction must agree with start",
        "'  stages [a=0.6, b=0.6]'         § 2  § stage weights must sum to more than 0 and at",
        "stages []                         § 0  § stages must hold at least one stage",
        "stages [ ]                        § 0  § stages must hold at least one stage",
        "stages [a=0.5, a=0.5]             § 0  § stage names must not contain duplicates",
        "stages [a=0.5, b=1.5]             § 15 § stage weight must lie within [0.0, 1.0]",
        "stages [\" \"=0.5]                § 8  § stage name must not be blank",
        "checkpoints 0 [5->1.1] 10         § 15 § checkpoint progress must lie within [0.0, 1.0]",
        "checkpoints 0 [2->0.2,  5->1.1] 9 § 24 § checkpoint progress must lie within [0.0, 1.0]",
        "checkpoints 0 [50->0.5] 10        § 0  § checkpoint value must lie strictly between",
        "checkpoints 1 [] 1                § 0  § checkpoints target must differ from its start",
        "zones 0 | commit 5 | target 3 | stretch 10 § 0 § zones must run from start through commit",
        "ordinal [only]                    § 0  § ordinal zones must name at least two zones",
        "ordinal [a, a]                    § 0  § ordinal zones must not contain duplicates",
        "ordinal [a, \"\"]                 § 0  § ordinal zone must not be blank",
        "linear 1 -> 2 currency:eur        § 23 § currency code must be three upper-case letters",
        "linear 1 -> 2 custom: ms          § 21 § unit label must not start or end with white space",
        "linear 1 -> 2 custom:             § 21 § unit label must not be blank"})
    void aTextThatMakesNoValidMeasureFailsWithTheMeasuresOwnMessage(String text, int position,
        String rule) {
      MeasureTextException e = catchThrowableOfType(MeasureTextException.class,
          () -> parse(text));
      assertThat(e).as("parse(%s)", text).isNotNull();
      assertThat(e.position()).isEqualTo(position);
      assertThat(e.expected()).isEqualTo("a valid measure");
      assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(rule);
      assertThat(e.getMessage()).startsWith("measure text at position " + position
          + " makes no valid measure: " + rule);
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException().isThrownBy(() -> Measure.parse(null)).withMessage("text");
    }
  }

  /**
   * Fuzzing by property: any text either reads, to a measure whose own text reads back equal, or
   * fails with a {@link MeasureTextException} that points into the text; nothing else escapes.
   */
  @Nested
  class AnyText {
    @Test
    void arbitraryStringsParseOrFailCleanly() {
      Gen<String> noise = strings().allPossible().ofLengthBetween(0, 40);
      Gen<String> nearMiss = Generate.pick(List.of("linear ", "linear 1 -> ", "threshold >= ",
          "range [", "milestone", "stages [", "stages [a=", "checkpoints 0 [", "zones 0 | commit ",
          "ordinal [\"", "ordinal [a, ", "baseline to be measured (", "linear 1 -> 2 custom:",
          "linear 1 -> 2 (")).zip(noise, String::concat);
      qt().forAll(noise.mix(nearMiss)).checkAssert(MeasureTextTest::readsOrFailsCleanly);
    }

    @Test
    void mutatedValidTextsParseOrFailCleanly() {
      qt().forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, mutations) -> {
        SplittableRandom random = new SplittableRandom(seed);
        String text = Measures.any(random.nextLong()).toString();
        for (int i = 0; i < mutations; i++) {
          text = mutate(text, random);
        }
        readsOrFailsCleanly(text);
      });
    }
  }

  private static final List<String> PIECES = List.of(" ", "  ", "-", "+", ".", ",", "[", "]", "(",
      ")", "=", ">", "<", "|", "\"", "\\", "e", "E", "x", "0", "9", "->", "INCREASE", "custom:",
      "currency:", "percent", "number", "\u00A0", "\n", "\t", "\uD83D", "中", "NaN", "Infinity",
      "0x1F", "1e999", "9".repeat(400), "target", "commit", "milestone");

  /** One random edit: insert, delete, replace, duplicate, truncate or swap. */
  static String mutate(String text, SplittableRandom random) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    int end = Math.min(text.length(), at + random.nextInt(4));
    String piece = PIECES.get(random.nextInt(PIECES.size()));
    return switch (random.nextInt(6)) {
      case 0 -> text.substring(0, at) + piece + text.substring(at);
      case 1 -> text.substring(0, at) + text.substring(end);
      case 2 -> text.substring(0, at) + piece + text.substring(end);
      case 3 -> text.substring(0, end) + text.substring(at);
      case 4 -> text.substring(0, at);
      default -> {
        if (end - at < 2) {
          yield text.substring(0, at) + piece + text.substring(at);
        }
        yield text.substring(0, at) + text.charAt(end - 1) + text.substring(at + 1, end - 1)
            + text.charAt(at) + text.substring(end);
      }
    };
  }

  static void readsOrFailsCleanly(String text) {
    Measure measure;
    try {
      measure = Measure.parse(text);
    } catch (MeasureTextException expected) {
      assertThat(expected.position()).isBetween(0, text.length());
      assertThat(expected.text()).isSameAs(text);
      assertThat(expected.getMessage()).contains("position " + expected.position());
      // The quote of the text is short; a broken rule adds its own message, as short as its value.
      int rule = expected.getCause() == null ? 0 : expected.getCause().getMessage().length();
      assertThat(expected.getMessage().length()).isLessThan(300 + rule);
      return;
    }
    assertThat(Measure.parse(measure.toString())).isEqualTo(measure);
  }
}
