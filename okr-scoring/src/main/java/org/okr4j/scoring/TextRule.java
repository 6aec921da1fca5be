package org.okr4j.scoring;

/**
 * A scoring rule that vendors store as text in their own database: a progress curve, grade bands
 * or status thresholds. {@link #parse(CharSequence)} reads it and {@link #format()} writes it back,
 * so that {@code parse(rule.format())} equals {@code rule}.
 *
 * <p>The format, one rule per text, white space free around punctuation:
 * <pre>
 * curve  x:y, x:y, ...          a piecewise-linear progress curve over the linear ratio
 *                               (v - s) / (t - s); at least two points, x rising, y in [0, 2]
 * bands  from:label, ..., else:label   grade bands, lower bounds falling, a catch-all last
 * status from:STATUS, ..., else:STATUS  status by d = progress - expected, lower bounds falling
 * </pre>
 * Numbers are plain decimals ({@code -0.25}, {@code 1}, {@code 0.7}); labels are letters, digits,
 * spaces, {@code -} and {@code _}; statuses are {@link Status} names.
 * <pre>{@code
 * TextRule rule = TextRule.parse("curve 0:0, 0.5:0.8, 1:1");
 * Scorer scorer = ((ProgressCurve) rule).scorer();
 * GradeBands bands = (GradeBands) TextRule.parse("bands 0.7:green, 0.4:yellow, else:red");
 * }</pre>
 */
public sealed interface TextRule permits ProgressCurve, GradeBands, StatusThresholds {

  /** The rule's text, which {@link #parse(CharSequence)} reads back. */
  String format();

  /**
   * Reads a rule.
   *
   * @throws RuleTextException with the position and what was expected there
   */
  static TextRule parse(CharSequence text) {
    return new RuleTextParser(java.util.Objects.requireNonNull(text, "text").toString()).parse();
  }
}
