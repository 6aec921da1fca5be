package org.okr4j.scoring;

import org.okr4j.core.OkrException;

/**
 * Rule text that does not parse: where it went wrong and what was expected there.
 */
public final class RuleTextException extends OkrException {

  private static final long serialVersionUID = 1L;

  private final int position;
  private final String expected;

  /** The longest text a message quotes whole; a longer one is quoted around the position. */
  static final int QUOTED = 60;
  private static final int AROUND = 25;

  RuleTextException(int position, String expected, String text) {
    super("rule text must have " + expected + " at position " + position + ", but was '"
        + excerpt(text, position) + "'");
    this.position = position;
    this.expected = expected;
  }

  /**
   * The text if it is short, else the {@value #AROUND} characters either side of the position,
   * with "..." where it was cut, so that a megabyte of rule text does not become the message.
   */
  static String excerpt(String text, int position) {
    if (text.length() <= QUOTED) {
      return text;
    }
    int from = Math.max(0, Math.min(position, text.length()) - AROUND);
    int to = Math.min(text.length(), Math.max(position, 0) + AROUND);
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    return (from > 0 ? "..." : "") + text.substring(from, to) + (to < text.length() ? "..." : "");
  }

  /** The index in the text (0-based, in chars) where the problem lies. */
  public int position() {
    return position;
  }

  /** What the parser expected there. */
  public String expected() {
    return expected;
  }
}
