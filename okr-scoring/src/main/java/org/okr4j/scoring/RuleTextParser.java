package org.okr4j.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** A hand-written, single-pass parser for {@link TextRule}s; each error names its position. */
final class RuleTextParser {

  private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*");

  private final String text;
  private int at;

  RuleTextParser(String text) {
    this.text = text;
  }

  TextRule parse() {
    skipSpace();
    int start = at;
    String keyword = word();
    TextRule rule = switch (keyword) {
      case "curve" -> curve();
      case "bands" -> bands();
      case "status" -> status();
      default -> throw fail(start, "one of curve, bands or status");
    };
    skipSpace();
    if (at != text.length()) {
      throw fail(at, "',' or the end of the text");
    }
    return rule;
  }

  private TextRule curve() {
    List<ProgressCurve.Point> points = new ArrayList<>();
    do {
      skipSpace();
      int start = at;
      double x = number();
      colon();
      double y = number();
      if (!(y >= 0 && y <= 2)) {
        throw fail(start, "a progress from 0 to 2");
      }
      if (!points.isEmpty() && !(x > points.get(points.size() - 1).x())) {
        throw fail(start, "an x larger than the point before");
      }
      points.add(new ProgressCurve.Point(x, y));
    } while (comma());
    if (points.size() < 2) {
      throw fail(at, "',' and a second point");
    }
    return new ProgressCurve(points);
  }

  private TextRule bands() {
    return fallingSteps("band", "label", this::label,
        (steps, otherwise) -> new GradeBands(steps.stream()
            .map(step -> new GradeBands.Band(step.from(), step.value())).toList(), otherwise));
  }

  private TextRule status() {
    return fallingSteps("step", "status", this::statusName,
        (steps, otherwise) -> new StatusThresholds(steps.stream()
            .map(step -> new StatusThresholds.Step(step.from(), step.value())).toList(),
            otherwise));
  }

  /** One {@code from:value} entry of a bands or status rule. */
  private record Entry<T>(double from, T value) {}

  /**
   * Entries {@code from:value} with falling bounds, then {@code else:value}: the shape bands and
   * status thresholds share. {@code noun} and {@code catchAll} name them in errors.
   */
  private <T> TextRule fallingSteps(String noun, String catchAll, Supplier<T> value,
      BiFunction<List<Entry<T>>, T, TextRule> make) {
    List<Entry<T>> entries = new ArrayList<>();
    while (true) {
      skipSpace();
      int start = at;
      if (text.startsWith("else", at)) {
        at += 4;
        colon();
        T otherwise = value.get();
        if (entries.isEmpty()) {
          throw fail(start, "a " + noun + " before the catch-all");
        }
        return make.apply(entries, otherwise);
      }
      double from = number();
      if (!entries.isEmpty() && !(from < entries.get(entries.size() - 1).from())) {
        throw fail(start, "a bound smaller than the " + noun + " before");
      }
      colon();
      entries.add(new Entry<>(from, value.get()));
      if (!comma()) {
        throw fail(at, "', else:' and a catch-all " + catchAll);
      }
    }
  }

  private Status statusName() {
    skipSpace();
    int start = at;
    String name = word();
    for (Status status : Status.values()) {
      if (status.name().equals(name)) {
        return status;
      }
    }
    throw fail(start, "a status such as ON_TRACK or AT_RISK");
  }

  private String word() {
    int start = at;
    while (at < text.length()
        && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
      at++;
    }
    return text.substring(start, at);
  }

  private String label() {
    skipSpace();
    int start = at;
    while (at < text.length() && text.charAt(at) != ',') {
      at++;
    }
    String label = text.substring(start, at).strip();
    if (!LABEL.matcher(label).matches()) {
      throw fail(start, "a label of letters, digits, spaces, '-' or '_'");
    }
    return label;
  }

  /**
   * The most digits a number may have before, and after, its point: more than a double holds, and
   * few enough that reading a hostile million-digit number costs nothing.
   */
  static final int MAX_DIGITS = 40;
  private static final String WHOLE_DIGITS =
      "a number of at most " + MAX_DIGITS + " digits before the point";
  private static final String DECIMAL_DIGITS = "at most " + MAX_DIGITS + " digits after the point";

  private double number() {
    skipSpace();
    int start = at;
    if (at < text.length() && text.charAt(at) == '-') {
      at++;
    }
    int digits = at;
    while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 128) {
      at++;
    }
    if (at == digits) {
      throw fail(start, "a number");
    }
    if (at - digits > MAX_DIGITS) {
      throw fail(start, WHOLE_DIGITS);
    }
    if (at < text.length() && text.charAt(at) == '.') {
      at++;
      int decimals = at;
      while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 128) {
        at++;
      }
      if (at == decimals) {
        throw fail(at, "a digit after '.'");
      }
      if (at - decimals > MAX_DIGITS) {
        throw fail(decimals, DECIMAL_DIGITS);
      }
    }
    // At most MAX_DIGITS digits either side of the point: always a finite double.
    double value = new BigDecimal(text.substring(start, at)).doubleValue();
    // The value must also be written back within the limits, so that a rule's text reads again:
    // forty nines round to 1e40, which takes forty-one digits.
    String written = number(value);
    int point = written.indexOf('.');
    int whole = (point < 0 ? written.length() : point) - (written.startsWith("-") ? 1 : 0);
    if (whole > MAX_DIGITS) {
      throw fail(start, WHOLE_DIGITS);
    }
    if (point >= 0 && written.length() - point - 1 > MAX_DIGITS) {
      throw fail(start, DECIMAL_DIGITS);
    }
    return value == 0 ? 0.0 : value;
  }

  private void colon() {
    skipSpace();
    if (at >= text.length() || text.charAt(at) != ':') {
      throw fail(at, "':'");
    }
    at++;
  }

  private boolean comma() {
    skipSpace();
    if (at < text.length() && text.charAt(at) == ',') {
      at++;
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
  }

  private RuleTextException fail(int position, String expected) {
    return new RuleTextException(position, expected, text);
  }

  /** Numbers as rule text writes them: the shortest plain decimal that reads back exactly. */
  static String number(double value) {
    return BigDecimal.valueOf(value == 0 ? 0.0 : value).stripTrailingZeros().toPlainString();
  }

  /** Labels as rule text allows them. */
  static void checkLabel(String label) {
    if (label == null || !LABEL.matcher(label).matches() || !label.strip().equals(label)) {
      throw new IllegalArgumentException("band label must be letters, digits, spaces, '-' or '_',"
          + " but was '" + label + "'");
    }
  }
}
