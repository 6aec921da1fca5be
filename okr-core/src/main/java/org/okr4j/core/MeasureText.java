package org.okr4j.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * The text of measures, both ways: the pieces every measure's {@code toString()} is made of, and
 * the one hand-written, single-pass parser behind {@link Measure#parse(CharSequence)}. The grammar
 * is documented on {@link Measure}; keeping writer and reader in one file keeps them in step.
 *
 * <p>The parser never recurses and reads each character once or twice, so any input, however long
 * or odd, either gives a measure or a {@link MeasureTextException}.
 */
final class MeasureText {

  private static final String KINDS = "a kind of measure: linear, threshold, range, milestone,"
      + " stages, checkpoints, zones, ordinal or baseline";
  private static final String UNIT = "a unit: number, percent, currency:<ISO code> or"
      + " custom:<label>";
  private static final String NUMBER = "a number";
  private static final String PLAIN_NUMBER = "a plain decimal number (digits, optionally a '.' and"
      + " more digits; no exponent, suffix or hex)";

  /** Characters a name is quoted for: list and stage punctuation, the quote and its escape. */
  private static final String NAME_PUNCTUATION = "[]=,\"\\";

  private final String text;
  private int at;

  private MeasureText(String text) {
    this.text = text;
  }

  static Measure parse(CharSequence text) {
    return new MeasureText(text.toString()).measure();
  }

  // Writing.

  /**
   * A finite double as plain decimals that read back exactly: no exponent, no trailing zeros
   * ({@code 45}, {@code 0.5}, {@code -0}, {@code 0.00001}).
   */
  static String number(double value) {
    if (value == 0) {
      return Double.doubleToRawLongBits(value) == 0 ? "0" : "-0";
    }
    String shortest = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    // Double.toString (behind valueOf) promises digits that read back; the exact expansion is
    // the fallback should a JDK ever break that promise.
    return Double.parseDouble(shortest) == value ? shortest : new BigDecimal(value).toPlainString();
  }

  // Reading.

  /**
   * The plain decimal that is the whole of {@code text}, white space around it aside: a number as
   * {@link #number(double)} writes it and a measure's text holds it (an optional sign, digits,
   * optionally a '.' and more digits). The value types that read their own text (corridors,
   * shares, confidences, waypoints, KPI readings) read their numbers with it, so that a text is a
   * number in all of them or in none: not {@code 1e2}, {@code 0x1p4}, {@code 0.5d}, {@code .5},
   * {@code NaN} or {@code Infinity}, which {@link Double#parseDouble} would take.
   *
   * @throws NumberFormatException if the text is anything else, or a number beyond a double's
   *     range; its cause says where and what was expected
   */
  static double plainNumber(String text) {
    MeasureText reader = new MeasureText(text);
    try {
      double value = reader.number();
      reader.end();
      return value;
    } catch (MeasureTextException e) {
      NumberFormatException refused = new NumberFormatException(
          "expected " + e.expected() + " at position " + e.position());
      refused.initCause(e);
      throw refused;
    }
  }

  /** A stage's or zone's name: bare if it can be, else in double quotes with {@code \} escapes. */
  static String name(String name) {
    boolean bare = !name.isEmpty() && name.strip().equals(name)
        && name.chars().noneMatch(c -> NAME_PUNCTUATION.indexOf(c) >= 0);
    if (bare) {
      return name;
    }
    StringBuilder quoted = new StringBuilder(name.length() + 2).append('"');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\');
      }
      quoted.append(c);
    }
    return quoted.append('"').toString();
  }

  /** The unit at the end of a measure's text: nothing for a plain number, else a space and it. */
  static String unit(Unit unit) {
    return unit.kind() == Unit.Kind.NUMBER ? "" : " " + unit;
  }

  // Reading.

  private Measure measure() {
    skipSpace();
    int start = at;
    return switch (word()) {
      case "linear" -> linear(start);
      case "threshold" -> threshold(start);
      case "range" -> range(start);
      case "milestone" -> {
        end();
        yield MilestoneMeasure.of();
      }
      case "stages" -> stages(start);
      case "checkpoints" -> checkpoints(start);
      case "zones" -> zones(start);
      case "ordinal" -> ordinal(start);
      case "baseline" -> baseline(start);
      default -> throw fail(start, KINDS);
    };
  }

  private Measure linear(int start) {
    double from = number();
    expect("->");
    double to = number();
    Optional<Direction> declared = Optional.empty();
    int mark = at;
    skipSpace();
    if (next('(')) {
      at++;
      declared = Optional.of(direction());
      expect(")");
    } else {
      at = mark;
    }
    Optional<Direction> direction = declared;
    Unit unit = unit();
    return build(start, () -> ImmutableLinearMeasure.builder().start(from).target(to)
        .declaredDirection(direction).unit(unit).build());
  }

  private Measure threshold(int start) {
    skipSpace();
    int operator = at;
    boolean up;
    boolean strict;
    if (text.startsWith(">=", at) || text.startsWith("<=", at)) {
      up = text.charAt(at) == '>';
      strict = false;
      at += 2;
    } else if (next('>') || next('<')) {
      up = text.charAt(at) == '>';
      strict = true;
      at++;
    } else {
      throw fail(operator, "one of >=, >, <= or <");
    }
    double threshold = number();
    Unit unit = unit();
    return build(start, () -> ImmutableThresholdMeasure.builder().threshold(threshold)
        .direction(up ? Direction.INCREASE : Direction.DECREASE).strict(strict).unit(unit)
        .build());
  }

  private Measure range(int start) {
    expect("[");
    double low = number();
    expect(",");
    double high = number();
    expect("]");
    Unit unit = unit();
    return build(start, () -> ImmutableRangeMeasure.builder().low(low).high(high).unit(unit)
        .build());
  }

  private Measure stages(int start) {
    List<Stage> stages = list(() -> {
      skipSpace();
      int item = at;
      String name = name();
      expect("=");
      double weight = number();
      return build(item, () -> Stage.of(name, weight));
    });
    Unit unit = unit();
    return build(start, () -> ImmutableStagesMeasure.builder().stages(stages).unit(unit).build());
  }

  private Measure checkpoints(int start) {
    double from = number();
    List<Checkpoint> checkpoints = list(() -> {
      skipSpace();
      int item = at;
      double value = number();
      expect("->");
      double progress = number();
      return build(item, () -> Checkpoint.of(value, progress));
    });
    double to = number();
    Unit unit = unit();
    return build(start, () -> ImmutableCheckpointsMeasure.builder().start(from).target(to)
        .checkpoints(checkpoints).unit(unit).build());
  }

  private Measure zones(int start) {
    double first = number();
    expect("|");
    expect("commit");
    double commit = number();
    expect("|");
    expect("target");
    double target = number();
    expect("|");
    expect("stretch");
    double stretch = number();
    Unit unit = unit();
    return build(start, () -> ImmutableZonesMeasure.builder().start(first).commit(commit)
        .target(target).stretch(stretch).unit(unit).build());
  }

  private Measure ordinal(int start) {
    List<String> zones = list(this::name);
    end();
    return build(start, () -> ImmutableOrdinalMeasure.builder().zones(zones).build());
  }

  private Measure baseline(int start) {
    expect("to");
    expect("be");
    expect("measured");
    expect("(");
    Direction direction = direction();
    expect(")");
    OptionalDouble target = OptionalDouble.empty();
    int mark = at;
    skipSpace();
    if (text.startsWith("target", at)) {
      at += "target".length();
      target = OptionalDouble.of(number());
    } else {
      at = mark;
    }
    OptionalDouble known = target;
    Unit unit = unit();
    return build(start, () -> ImmutableBaselineMeasure.builder().direction(direction)
        .target(known).unit(unit).build());
  }

  /** {@code [item, item, ...]}, possibly empty. */
  private <T> List<T> list(Supplier<T> item) {
    expect("[");
    List<T> items = new ArrayList<>();
    skipSpace();
    if (next(']')) {
      at++;
      return items;
    }
    while (true) {
      items.add(item.get());
      skipSpace();
      if (next(',')) {
        at++;
      } else if (next(']')) {
        at++;
        return items;
      } else {
        throw fail(at, "',' or ']'");
      }
    }
  }

  /** A bare name (stripped of surrounding space) or one in double quotes. */
  private String name() {
    skipSpace();
    int start = at;
    if (next('"')) {
      return quoted();
    }
    while (at < text.length() && NAME_PUNCTUATION.indexOf(text.charAt(at)) < 0) {
      at++;
    }
    String name = text.substring(start, at).strip();
    if (name.isEmpty()) {
      throw fail(start, "a name, or a name in double quotes");
    }
    return name;
  }

  private String quoted() {
    int open = at++;
    StringBuilder name = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '"') {
        at++;
        return name.toString();
      }
      if (c == '\\') {
        char escaped = at + 1 < text.length() ? text.charAt(at + 1) : 0;
        if (escaped != '"' && escaped != '\\') {
          throw fail(at, "'\\\"' or '\\\\' (a backslash escapes only a quote or a backslash)");
        }
        name.append(escaped);
        at += 2;
      } else {
        name.append(c);
        at++;
      }
    }
    throw fail(at, "a closing '\"' (for the name opened at position " + open + ")");
  }

  private Direction direction() {
    skipSpace();
    int start = at;
    return switch (word()) {
      case "INCREASE" -> Direction.INCREASE;
      case "DECREASE" -> Direction.DECREASE;
      default -> throw fail(start, "INCREASE or DECREASE");
    };
  }

  /**
   * The unit ending the text: {@link Unit#toString()}'s form, after a space; a plain number when
   * the text ends first. A custom label runs to the end of the text.
   */
  private Unit unit() {
    int end = at;
    skipSpace();
    if (at == text.length()) {
      return Unit.number();
    }
    if (at == end) {
      throw fail(at, "a space and a unit, or the end of the text");
    }
    int start = at;
    String rest = text.substring(start).stripTrailing();
    at = text.length();
    for (String plain : List.of("number", "percent")) {
      if (rest.startsWith(plain)) {
        if (rest.length() > plain.length()) {
          throw fail(start + plain.length(), "the end of the text");
        }
        return Unit.parse(plain);
      }
    }
    if (rest.startsWith("currency:")) {
      return build(start + "currency:".length(),
          () -> Unit.currency(rest.substring("currency:".length())));
    }
    if (rest.startsWith("custom:")) {
      return build(start + "custom:".length(),
          () -> Unit.custom(rest.substring("custom:".length())));
    }
    throw fail(start, UNIT);
  }

  /** A plain decimal: optional sign, digits, optionally a point and more digits. */
  private double number() {
    skipSpace();
    int start = at;
    if (next('-') || next('+')) {
      at++;
    }
    int digits = at;
    skipDigits();
    if (at == digits) {
      throw fail(start, NUMBER);
    }
    if (next('.')) {
      at++;
      int decimals = at;
      skipDigits();
      if (at == decimals) {
        throw fail(at, "a digit after '.'");
      }
    }
    if (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || next('.')
        || next('_'))) {
      throw fail(start, PLAIN_NUMBER);
    }
    // The syntax above is a subset of what parseDouble reads, which rounds correctly.
    double value = Double.parseDouble(text.substring(start, at));
    if (!Double.isFinite(value)) {
      throw fail(start, "a number within the range of a double");
    }
    return value;
  }

  private void skipDigits() {
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
  }

  /** ASCII letters: a kind, a direction. */
  private String word() {
    int start = at;
    while (at < text.length() && ((text.charAt(at) >= 'a' && text.charAt(at) <= 'z')
        || (text.charAt(at) >= 'A' && text.charAt(at) <= 'Z'))) {
      at++;
    }
    return text.substring(start, at);
  }

  private void expect(String token) {
    skipSpace();
    if (!text.startsWith(token, at)) {
      throw fail(at, "'" + token + "'");
    }
    at += token.length();
  }

  private void end() {
    skipSpace();
    if (at != text.length()) {
      throw fail(at, "the end of the text");
    }
  }

  private boolean next(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  /** The value {@code make} builds, or, if it breaks a rule, the error at {@code position}. */
  private <T> T build(int position, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException invalid) {
      throw new MeasureTextException(text, position, invalid);
    }
  }

  private MeasureTextException fail(int position, String expected) {
    return new MeasureTextException(text, position, expected);
  }
}
