package org.okr4j.scoring;

import org.okr4j.core.OkrException;

/**
 * Rule text that does not parse: where it went wrong and what was expected there.
 */
public final class RuleTextException extends OkrException {

  private static final long serialVersionUID = 1L;

  private final int position;
  private final String expected;

  RuleTextException(int position, String expected, String text) {
    super("rule text must have " + expected + " at position " + position + ", but was '"
        + text + "'");
    this.position = position;
    this.expected = expected;
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
