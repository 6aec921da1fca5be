package org.okr4j.core;

/**
 * Measure text that {@link Measure#parse(CharSequence)} cannot read: the text, where it went wrong
 * and what was expected there.
 *
 * <p>The message names the position and quotes at most {@value #WINDOW} characters of the text on
 * either side of it, so that a huge cell does not flood a log:
 * {@code measure text must have '->' at position 10, but found '=> 20' in 'linear 10 => 20'}.
 * Text that reads but describes no valid measure (a range whose high lies below its low) fails
 * here too, at the start of the part that is wrong, with the measure's own rule as the cause:
 * {@code measure text at position 0 makes no valid measure: range high must not lie below low
 * 5.0, but was 4.0; in 'range [5, 4]'}.
 */
public final class MeasureTextException extends OkrException {

  private static final long serialVersionUID = 1L;

  /** How many characters of the text the message quotes on either side of the position. */
  static final int WINDOW = 20;

  /** How many characters from the position on the message shows as what was found there. */
  private static final int FOUND = 10;

  /** What {@link #expected()} holds when the parts read but make no valid measure. */
  static final String VALID_MEASURE = "a valid measure";

  private final String text;
  private final int position;
  private final String expected;

  /** The text lacks {@code expected} at {@code position}. */
  MeasureTextException(String text, int position, String expected) {
    super("measure text must have " + expected + " at position " + position + ", but found "
        + found(text, position) + " in " + near(text, position));
    this.text = text;
    this.position = position;
    this.expected = expected;
  }

  /** The text reads, but the part from {@code position} on breaks the measure's rule. */
  MeasureTextException(String text, int position, IllegalArgumentException invalid) {
    super("measure text at position " + position + " makes no valid measure: "
        + invalid.getMessage() + "; in " + near(text, position), invalid);
    this.text = text;
    this.position = position;
    this.expected = VALID_MEASURE;
  }

  /** The whole text that was read. */
  public String text() {
    return text;
  }

  /** The index in the text (0-based, in chars) where the problem lies. */
  public int position() {
    return position;
  }

  /**
   * What the parser expected there, such as {@code '->'} or {@code a number}; {@code a valid
   * measure} when the text reads but breaks the measure's rule (the cause says which rule).
   */
  public String expected() {
    return expected;
  }

  /** The text from {@code position} on, shortened, or "the end of the text". */
  private static String found(String text, int position) {
    if (position >= text.length()) {
      return "the end of the text";
    }
    int end = safeEnd(text, Math.min(text.length(), position + FOUND));
    return "'" + text.substring(position, end) + (end < text.length() ? "..." : "") + "'";
  }

  /** The text around {@code position}, quoted, with {@code ...} where it was cut. */
  static String near(String text, int position) {
    int start = Math.max(0, position - WINDOW);
    if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
      start--;
    }
    int end = safeEnd(text, Math.min(text.length(), position + WINDOW));
    return "'" + (start > 0 ? "..." : "") + text.substring(start, end)
        + (end < text.length() ? "..." : "") + "'";
  }

  /** {@code end}, moved past a low surrogate so that no character is cut in half. */
  private static int safeEnd(String text, int end) {
    return end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
        ? end + 1 : end;
  }
}
