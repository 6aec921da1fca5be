package org.okr4j.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * How values sit in cell text, written and read alike: lists of items, cells a spreadsheet would
 * evaluate, and cell text quoted in a message.
 *
 * <p>A list cell holds items separated by {@code ;}. Inside an item, {@code \;} is a semicolon,
 * {@code \\} a backslash and {@code \} before white space keeps that white space at the item's edge;
 * unescaped white space around an item is dropped (so {@code a; b} is {@code a} and {@code b}), and
 * a backslash before any other character is itself. Files written before items were escaped hold
 * no backslashes before {@code ;} or {@code \}, and read as they did.
 *
 * <p>A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * (or their full-width forms) is a formula to a spreadsheet (the OWASP CSV-injection rule), unless
 * the whole cell is a plain number, such as {@code -5}, which a spreadsheet shows as the number
 * it is. Such a cell is neutralised by a leading {@code '}; so is a cell that would read back as a
 * neutralised one ({@code '=x} is written {@code ''=x}), which makes the prefix reversible: a
 * leading {@code '} is taken off only where it stands before what the export would have
 * neutralised.
 */
final class Cells {

  /** What makes a spreadsheet evaluate a cell: OWASP's list and the full-width forms. */
  private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  /** How many characters of a cell a message quotes. */
  static final int QUOTED = 60;

  private Cells() {}

  // Lists.

  /**
   * The items of a list cell in order, each with its unescaped surrounding white space dropped.
   * Items left empty are kept, so that lists read side by side keep their positions.
   */
  static List<String> items(String cell) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    // The item's length without its unescaped trailing white space.
    int kept = 0;
    for (int at = 0; at < cell.length(); at++) {
      char c = cell.charAt(at);
      if (c == ';') {
        items.add(item.substring(0, kept));
        item.setLength(0);
        kept = 0;
      } else if (c == '\\' && at + 1 < cell.length() && escapable(cell.charAt(at + 1))) {
        item.append(cell.charAt(++at));
        kept = item.length();
      } else if (Character.isWhitespace(c)) {
        if (item.length() > 0) {
          item.append(c);
        }
      } else {
        item.append(c);
        kept = item.length();
      }
    }
    items.add(item.substring(0, kept));
    return items;
  }

  /** The items of a list cell that are not empty. */
  static List<String> nonEmptyItems(String cell) {
    List<String> items = items(cell);
    items.removeIf(String::isEmpty);
    return items;
  }

  /** A list cell holding {@code items}, each escaped so that {@link #items(String)} reads it back. */
  static String list(List<String> items) {
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        cell.append(';');
      }
      String item = items.get(i);
      for (int at = 0; at < item.length(); at++) {
        char c = item.charAt(at);
        boolean edge = at == 0 || at == item.length() - 1;
        if (c == ';' || c == '\\' || edge && Character.isWhitespace(c)) {
          cell.append('\\');
        }
        cell.append(c);
      }
    }
    return cell.toString();
  }

  private static boolean escapable(char c) {
    return c == ';' || c == '\\' || Character.isWhitespace(c);
  }

  // Formulas.

  /** True if the export neutralises {@code cell}: a spreadsheet would evaluate it (see above). */
  static boolean evaluable(String cell, Decimals decimals) {
    int at = 0;
    while (at < cell.length() && cell.charAt(at) == '\'') {
      at++;
    }
    if (at == cell.length() || FORMULA_STARTS.indexOf(cell.charAt(at)) < 0) {
      return false;
    }
    return at > 0 || !decimals.isNumber(cell);
  }

  /** The cell as written, neutralised if a spreadsheet would evaluate it. */
  static String neutralise(String cell, Decimals decimals) {
    return evaluable(cell, decimals) ? "'" + cell : cell;
  }

  /** The cell as it was before {@link #neutralise}, if it was neutralised; else the cell. */
  static String restore(String cell, Decimals decimals) {
    return cell.startsWith("'") && evaluable(cell.substring(1), decimals) ? cell.substring(1)
        : cell;
  }

  // Messages.

  /**
   * The cell shortened for a message: at most {@link #QUOTED} characters, control characters shown
   * as {@code \}{@code uXXXX}, and the length when it was cut.
   */
  static String brief(String cell) {
    return brief(cell, QUOTED);
  }

  /** As {@link #brief(String)}, cut after {@code length} characters. */
  static String brief(String cell, int length) {
    StringBuilder out = new StringBuilder();
    int end = Math.min(cell.length(), length);
    if (end < cell.length() && Character.isHighSurrogate(cell.charAt(end - 1))) {
      end--;
    }
    for (int at = 0; at < end; at++) {
      char c = cell.charAt(at);
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    if (end < cell.length()) {
      out.append("... (").append(cell.length()).append(" characters)");
    }
    return out.toString();
  }
}
