package org.okr4j.examples;

import java.util.Optional;

/**
 * Finds a quote in CSV text that hides rows: one opened that never closes (the rest of the file
 * would be one cell), or one whose cell runs over lines that are themselves whole rows (a stray
 * quote paired with the next quote further down). Follows FastCSV's reading: a quote opens a cell
 * only at the cell's start; inside a quoted cell {@code ""} is a quote; after a quoted cell closes,
 * a quote opens it again.
 */
final class CsvQuotes {

  /**
   * A quote that hides rows: at {@code offset} of the text, on {@code line}; {@code closingLine}
   * is the line its cell ends on, or 0 if it never closes.
   */
  record Suspect(int offset, int line, int closingLine) {}

  private enum State { CELL_START, PLAIN, QUOTED, AFTER_QUOTE }

  /**
   * The characters the scans looked at, over every call given it: a test checks that the work
   * grows with the text, not with its square, without timing anything.
   */
  static final class Work {
    private long chars;

    long chars() {
      return chars;
    }
  }

  private CsvQuotes() {}

  /**
   * The first quote of {@code text} that hides rows, where a row has {@code width} cells
   * separated by {@code separator}.
   */
  static Optional<Suspect> find(CharSequence text, char separator, int width) {
    return find(text, separator, width, 0, 1, new Work());
  }

  /**
   * The first quote that hides rows at or after {@code from}, a cell's start on {@code line}: a
   * reader that took out a suspect's quote goes on from the suspect's offset and line, so that a
   * file with many is still read in one pass.
   */
  static Optional<Suspect> find(CharSequence text, char separator, int width, int from,
      int line, Work work) {
    State state = State.CELL_START;
    int opened = -1;
    int openedLine = 0;
    int checked = -1;
    for (int i = from; i < text.length(); i++) {
      work.chars++;
      char c = text.charAt(i);
      boolean newline = c == '\n' || c == '\r';
      switch (state) {
        case CELL_START, PLAIN -> {
          if (c == '"' && state == State.CELL_START) {
            state = State.QUOTED;
            opened = i;
            openedLine = line;
            checked = i;
          } else if (c == separator || newline) {
            state = State.CELL_START;
          } else {
            state = State.PLAIN;
          }
        }
        case QUOTED -> {
          if (c == '"') {
            state = State.AFTER_QUOTE;
            // Only the part of the cell not looked at before: a cell of many "" stays linear.
            if (hidesRows(text, checked, i, separator, width, work)) {
              return Optional.of(new Suspect(opened, openedLine, line));
            }
            checked = i;
          }
        }
        case AFTER_QUOTE -> {
          if (c == '"') {
            state = State.QUOTED;
          } else if (c == separator || newline) {
            state = State.CELL_START;
          }
        }
      }
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        line++;
      }
    }
    return state == State.QUOTED ? Optional.of(new Suspect(opened, openedLine, 0))
        : Optional.empty();
  }

  /** True if a line that starts inside the quoted cell from {@code from} to {@code to} is a row. */
  private static boolean hidesRows(CharSequence text, int from, int to, char separator,
      int width, Work work) {
    if (width < 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      work.chars++;
      char c = text.charAt(i);
      if ((c == '\n' || c == '\r') && i + 1 < text.length() && text.charAt(i + 1) != '\n'
          && cells(text, i + 1, separator, work) == width) {
        return true;
      }
    }
    return false;
  }

  /** The cells of the line starting at {@code start}, read alone. */
  private static int cells(CharSequence text, int start, char separator, Work work) {
    int cells = 1;
    boolean quoted = false;
    boolean cellStart = true;
    for (int i = start; i < text.length(); i++) {
      work.chars++;
      char c = text.charAt(i);
      if (!quoted && (c == '\n' || c == '\r')) {
        break;
      }
      if (c == '"' && quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
        i++;
      } else if (c == '"' && (quoted || cellStart)) {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        cells++;
        cellStart = true;
        continue;
      }
      cellStart = false;
    }
    return cells;
  }
}
