package org.okr4j.core.io;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.okr4j.core.Direction;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.internal.Guards;

/**
 * A column layout: which header holds which {@link Field}, and the words its cells use for row
 * types, measures and units.
 *
 * <p>Immutable and thread-safe. Headers match case-insensitively and ignoring surrounding spaces;
 * a field without a header is simply not read or written. {@link #withHeader(Field, String)} renames
 * a column (a localised spreadsheet, a vendor's own export) without code elsewhere.
 *
 * <table>
 * <caption>The two built-in layouts</caption>
 * <tr><th>field</th><th>okr4j</th><th>Viva Goals</th></tr>
 * <tr><td>TYPE</td><td>type: cycle, objective, key-result, check-in, kpi</td>
 *     <td>Type: Objective, Key Result</td></tr>
 * <tr><td>ID</td><td>id</td><td>ID</td></tr>
 * <tr><td>TITLE</td><td>title</td><td>Title</td></tr>
 * <tr><td>DESCRIPTION</td><td>description</td><td>Description</td></tr>
 * <tr><td>OWNER_UNIT</td><td>owner-unit</td><td>Team</td></tr>
 * <tr><td>OWNER_PERSON</td><td>owner-person</td><td>Owner</td></tr>
 * <tr><td>LEVEL</td><td>level</td><td>(none: the owning team's level, individual for a
 *     person, else the top)</td></tr>
 * <tr><td>CYCLE</td><td>cycle</td><td>Time Period</td></tr>
 * <tr><td>PARENT</td><td>parent (ids, a list)</td><td>Parent ID (one id)</td></tr>
 * <tr><td>PARENT_KIND, PARENT_WEIGHT</td><td>parent-kind, parent-weight (lists beside the
 *     parent ids)</td><td>(none: contributing links of weight 1)</td></tr>
 * <tr><td>COMMITMENT</td><td>commitment: committed, aspirational</td><td>(none: aspirational)</td></tr>
 * <tr><td>STATE</td><td>state: draft, active, achieved, missed, abandoned, carried-over</td>
 *     <td>(none: active)</td></tr>
 * <tr><td>STANDALONE_REASON</td><td>standalone-reason</td><td>(none)</td></tr>
 * <tr><td>MEASURE</td><td>measure: the whole measure as its text, which
 *     {@link org.okr4j.core.Measure#parse(CharSequence)} reads ({@code linear 31 -> 45},
 *     {@code threshold >= 99.9 percent}, {@code milestone}, {@code ordinal [FAIL, COMMIT, TARGET,
 *     STRETCH]})</td><td>Metric Type: Increase to, Decrease to, Stay above, Stay below,
 *     Milestone</td></tr>
 * <tr><td>START, TARGET</td><td>(none: in the measure's text)</td>
 *     <td>Start Value, Target Value</td></tr>
 * <tr><td>VALUE</td><td>value</td><td>Current Value</td></tr>
 * <tr><td>UNIT</td><td>(none: in the measure's text)</td>
 *     <td>Unit: %, $, €, £, #, a currency code on the JDK's ISO 4217 list such as USD (a
 *     currency), or any other label (NPS)</td></tr>
 * <tr><td>WEIGHT</td><td>weight</td><td>Weight</td></tr>
 * <tr><td>DATE, CONFIDENCE, NOTE, AUTHOR</td><td>date, confidence, note, author</td>
 *     <td>(none: a key result's current value is dated by the import's as-of date)</td></tr>
 * <tr><td>THEMES, PERSPECTIVE, ORIGIN, CARRIED_OVER_FROM, CONTRIBUTORS, INITIATIVES,
 *     START_DATE, END_DATE, CYCLE_KIND, CADENCE, WAYPOINTS, OVERRIDE_PROGRESS, OVERRIDE_STATUS,
 *     OVERRIDE_BY, OVERRIDE_ON, OVERRIDE_REASON, FINAL_SCORE, FINAL_SCORE_BY, FINAL_SCORE_ON,
 *     FINAL_SCORE_REASON, CO_OWNERS, SHARED_WITH, PARENT_KEY_RESULTS, PARENT_KEY_RESULT_WEIGHTS,
 *     PARENT_KEY_RESULT_SHARES, ROLL_UP, CORRIDOR, READINGS, PINNED_SHARE, PARENT_PINNED_SHARES</td>
 *     <td>the field's name in lower case with hyphens</td><td>(none)</td></tr>
 * <tr><td>PARTS</td><td>(none: in the measure's text)</td><td>(none)</td></tr>
 * </table>
 *
 * <p>okr4j's layout holds a whole set but its organisation (which the host system owns): one row
 * per cycle, objective, key result, check-in and KPI (its id, title, owner, corridor and unit,
 * readings, and the objectives it is linked to in the parent column with their roles in the
 * parent-kind column), so that a set reads back equal. Files written
 * before its measure column held the whole text still read: a word such as {@code linear},
 * {@code at-least} or {@code stages} in the measure column, with {@code start}, {@code target},
 * {@code parts} and {@code unit} columns beside it.
 *
 * <p>Viva Goals' layout holds one row per objective and key result, with only the current value of
 * each key result. The Viva Goals headers are those of its import template as okr4j documents them;
 * if a customer's file names a column differently, rename it with
 * {@link #withHeader(Field, String)}.
 *
 * <h2>Cells</h2>
 * <ul>
 *   <li><b>Numbers</b> are plain decimals: digits, an optional sign and {@code .} for decimals
 *       ({@code -1234.5}); no exponent, hex, suffix, {@code NaN} or infinity. A cell such as
 *       {@code 1,5} or {@code 1.000,50} is a row problem, never read as 15 or 1.0005. A layout
 *       written by a spreadsheet in another locale sets its separators:
 *       {@link #withDecimalSeparator(char) withDecimalSeparator(',')} and
 *       {@link #withGrouping(char) withGrouping('.')} read {@code 1.000,50} as 1000.5. Viva Goals'
 *       layout groups thousands with {@code ,} ({@code 1,000,000}), as its exports do. An export
 *       writes the layout's decimal separator and no grouping. A measure's text keeps its own
 *       grammar ({@code .} always).
 *   <li><b>Lists</b> (parents, their kinds and weights, themes, contributors, initiatives, stages
 *       done, co-owners, shares) separate items by {@code ;}. Inside an item {@code \;} is a semicolon, {@code \\} a
 *       backslash, and a {@code \} before white space keeps it at the item's edge; other white
 *       space around an item is dropped, as are empty items (but for kinds and weights, which
 *       keep their places beside the ids). A backslash before anything else is itself, so files
 *       written before items were escaped read as they did.
 *   <li><b>Formulas</b>: a cell that a spreadsheet would evaluate, one starting with {@code =},
 *       {@code +}, {@code -}, {@code @}, a tab or a carriage return (the OWASP CSV-injection rule;
 *       also their full-width forms), is written with a leading {@code '} so that a spreadsheet
 *       shows it as text; a cell that is a plain number ({@code -5}) is not, as a spreadsheet
 *       shows it as the number it is. Reading takes the {@code '} off again, but only where it
 *       stands before such a cell (so {@code 'tis} stays as it is; a cell {@code '=x} is written
 *       {@code ''=x}). A header ({@link #withHeader(Field, String)}) is a cell of the file too,
 *       and is written and read alike. {@link #withFormulaEscaping(boolean)
 *       withFormulaEscaping(false)} writes and reads cells unchanged, for files that no
 *       spreadsheet opens.
 *   <li><b>Text</b>: titles, descriptions, standalone reasons and notes are read as they are,
 *       surrounding white space included; other cells (ids, numbers, dates, words) are read
 *       without it.
 * </ul>
 */
public final class TabularFormat {

  /** How a co-owners cell marks a unit, and a person, before its id. */
  static final String CO_OWNER_UNIT = "unit:";
  static final String CO_OWNER_PERSON = "person:";

  /** What a row holds. */
  enum RowType { CYCLE, OBJECTIVE, KEY_RESULT, CHECK_IN, KPI }

  /** The columns okr4j's layout had before a measure's text held them: read, never written. */
  private static final Set<Field> OLDER_MEASURE_FIELDS =
      Set.of(Field.START, Field.TARGET, Field.PARTS, Field.UNIT);

  private final String name;
  private final Map<Field, String> headers;
  private final Map<Field, String> olderHeaders;
  private final Map<String, RowType> types;
  private final Map<String, String> measures;
  private final boolean vivaWords;
  private final Decimals decimals;
  private final boolean formulaEscaping;

  private TabularFormat(String name, Map<Field, String> headers, Map<Field, String> olderHeaders,
      Map<String, RowType> types, Map<String, String> measures, boolean vivaWords,
      Decimals decimals, boolean formulaEscaping) {
    this.name = name;
    this.headers = headers;
    this.olderHeaders = olderHeaders;
    this.types = types;
    this.measures = measures;
    this.vivaWords = vivaWords;
    this.decimals = decimals;
    this.formulaEscaping = formulaEscaping;
  }

  /**
   * okr4j's own template: one row per cycle, objective, key result and check-in, each measure in
   * one cell as its text.
   */
  public static TabularFormat okr4j() {
    Map<Field, String> headers = new EnumMap<>(Field.class);
    Map<Field, String> olderHeaders = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      String header = field.name().toLowerCase(Locale.ROOT).replace('_', '-');
      (OLDER_MEASURE_FIELDS.contains(field) ? olderHeaders : headers).put(field, header);
    }
    Map<String, RowType> types = new LinkedHashMap<>();
    types.put("cycle", RowType.CYCLE);
    types.put("objective", RowType.OBJECTIVE);
    types.put("key-result", RowType.KEY_RESULT);
    types.put("check-in", RowType.CHECK_IN);
    types.put("kpi", RowType.KPI);
    // The words of older files, each with start, target, parts and unit cells.
    Map<String, String> measures = new LinkedHashMap<>();
    for (String word : List.of("linear", "at-least", "at-most", "above", "below", "range",
        "milestone", "stages", "checkpoints", "zones", "ordinal", "baseline-increase",
        "baseline-decrease")) {
      measures.put(word, word);
    }
    return new TabularFormat("okr4j", Collections.unmodifiableMap(headers),
        Collections.unmodifiableMap(olderHeaders), Collections.unmodifiableMap(types),
        Collections.unmodifiableMap(measures), false, Decimals.PLAIN, true);
  }

  /**
   * The Viva Goals import template (see the table above), its numbers grouped in thousands by
   * {@code ,} as Viva Goals writes them.
   */
  public static TabularFormat vivaGoals() {
    Map<Field, String> headers = new EnumMap<>(Field.class);
    headers.put(Field.TYPE, "Type");
    headers.put(Field.ID, "ID");
    headers.put(Field.TITLE, "Title");
    headers.put(Field.DESCRIPTION, "Description");
    headers.put(Field.OWNER_UNIT, "Team");
    headers.put(Field.OWNER_PERSON, "Owner");
    headers.put(Field.CYCLE, "Time Period");
    headers.put(Field.PARENT, "Parent ID");
    headers.put(Field.MEASURE, "Metric Type");
    headers.put(Field.START, "Start Value");
    headers.put(Field.TARGET, "Target Value");
    headers.put(Field.VALUE, "Current Value");
    headers.put(Field.UNIT, "Unit");
    headers.put(Field.WEIGHT, "Weight");
    Map<String, RowType> types = new LinkedHashMap<>();
    types.put("objective", RowType.OBJECTIVE);
    types.put("key result", RowType.KEY_RESULT);
    Map<String, String> measures = new LinkedHashMap<>();
    measures.put("increase to", "linear");
    measures.put("decrease to", "linear");
    measures.put("stay above", "at-least");
    measures.put("stay below", "at-most");
    measures.put("milestone", "milestone");
    return new TabularFormat("viva-goals", Collections.unmodifiableMap(headers), Map.of(),
        Collections.unmodifiableMap(types), Collections.unmodifiableMap(measures), true,
        Decimals.PLAIN.withGrouping(','), true);
  }

  /**
   * A copy that reads and writes {@code field} under {@code header}.
   *
   * @throws IllegalArgumentException if {@code header} is blank, or another field of the layout
   *     is read under it, ignoring case (as an import matches headers): its column would hold
   *     both fields, and one would be lost. Rename that field first; to swap two fields' headers,
   *     rename one of them to a third header on the way.
   */
  public TabularFormat withHeader(Field field, String header) {
    Objects.requireNonNull(field, "field");
    Guards.title("column header", header);
    String stripped = header.strip();
    for (Field other : Field.values()) {
      Optional<String> taken = other == field ? Optional.empty() : readHeader(other);
      Guards.check(taken.isEmpty() || !taken.get().equalsIgnoreCase(stripped), "column header",
          "be one no other field is read under (" + other + " is)", stripped);
    }
    Map<Field, String> copy = new EnumMap<>(headers);
    copy.put(field, stripped);
    Map<Field, String> older = new EnumMap<>(Field.class);
    older.putAll(olderHeaders);
    older.remove(field);
    return new TabularFormat(name, Collections.unmodifiableMap(copy),
        Collections.unmodifiableMap(older), types, measures, vivaWords, decimals, formulaEscaping);
  }

  /**
   * A copy whose numbers have {@code separator} before their decimals: {@code '.'} (the default)
   * or {@code ','}.
   *
   * @throws IllegalArgumentException if {@code separator} is neither, or is the layout's thousands
   *     separator (change that first)
   */
  public TabularFormat withDecimalSeparator(char separator) {
    return with(decimals.withDecimal(separator), formulaEscaping);
  }

  /**
   * A copy whose numbers may group their digits in threes by {@code separator}: {@code ','},
   * {@code '.'}, an apostrophe, a space, a no-break space or a narrow no-break space. Reading
   * accepts numbers with and without grouping; writing never groups.
   *
   * @throws IllegalArgumentException if {@code separator} is none of those, or is the layout's
   *     decimal separator
   */
  public TabularFormat withGrouping(char separator) {
    return with(decimals.withGrouping(separator), formulaEscaping);
  }

  /** A copy whose numbers have no thousands separator (okr4j's layout has none). */
  public TabularFormat withoutGrouping() {
    return with(decimals.withoutGrouping(), formulaEscaping);
  }

  /**
   * A copy that neutralises, or does not, the cells a spreadsheet would evaluate (see "Formulas"
   * above); on by default. Switch it off only for files that no spreadsheet opens: then an export
   * writes every cell as it is, and an import reads a leading {@code '} as part of the cell.
   */
  public TabularFormat withFormulaEscaping(boolean escaping) {
    return with(decimals, escaping);
  }

  private TabularFormat with(Decimals numbers, boolean escaping) {
    return new TabularFormat(name, headers, olderHeaders, types, measures, vivaWords, numbers,
        escaping);
  }

  /** Its name: {@code okr4j} or {@code viva-goals}. */
  public String name() {
    return name;
  }

  /** The header of {@code field}, if this layout writes the field. */
  public Optional<String> header(Field field) {
    return Optional.ofNullable(headers.get(Objects.requireNonNull(field, "field")));
  }

  /**
   * The headers in column order, as the layout names them; an export writes a header a
   * spreadsheet would evaluate with a leading {@code '} ({@link ExportResult#headers()}).
   */
  public List<String> headers() {
    return List.copyOf(headers.values());
  }

  /** The character before a number's decimals: {@code '.'} unless set. */
  public char decimalSeparator() {
    return decimals.decimal();
  }

  /** The character grouping a number's thousands, if numbers may have one. */
  public Optional<Character> grouping() {
    return decimals.grouping();
  }

  /** True if cells a spreadsheet would evaluate are neutralised (the default). */
  public boolean isFormulaEscaping() {
    return formulaEscaping;
  }

  /**
   * For example {@code TabularFormat[okr4j, decimal '.', formula escaping, [type, id, ...]]}.
   */
  @Override
  public String toString() {
    return "TabularFormat[" + name + ", " + decimals + (formulaEscaping ? ", formula escaping"
        : "") + ", " + headers.values() + "]";
  }

  // The vocabulary, for import and export.

  boolean has(Field field) {
    return headers.containsKey(field);
  }

  /** The header {@code field} is read under: the layout's, or the one older files used. */
  Optional<String> readHeader(Field field) {
    return header(field).or(() -> Optional.ofNullable(olderHeaders.get(field)));
  }

  /**
   * True if the measure cell holds a whole measure as its text (okr4j's layout); false if it holds
   * a metric type beside start, target and unit cells (Viva Goals').
   */
  boolean measureText() {
    return !vivaWords;
  }

  Optional<RowType> rowType(String word) {
    return Optional.ofNullable(types.get(word.strip().toLowerCase(Locale.ROOT)));
  }

  String word(RowType type) {
    String word = types.entrySet().stream().filter(e -> e.getValue() == type)
        .map(Map.Entry::getKey).findFirst().orElse("");
    return vivaWords ? capitalise(word) : word;
  }

  boolean has(RowType type) {
    return types.containsValue(type);
  }

  /**
   * The measure word a cell of separate measure cells means, such as {@code at-least} for "Stay
   * above" (Viva Goals), or {@code linear} itself (older okr4j files).
   */
  Optional<String> measure(String word) {
    return Optional.ofNullable(measures.get(word.strip().toLowerCase(Locale.ROOT)));
  }

  /** The direction a metric type states: Viva's "Increase to" and "Decrease to" do. */
  Optional<Direction> statedDirection(String word) {
    return switch (vivaWords ? word.strip().toLowerCase(Locale.ROOT) : "") {
      case "increase to" -> Optional.of(Direction.INCREASE);
      case "decrease to" -> Optional.of(Direction.DECREASE);
      default -> Optional.empty();
    };
  }

  /**
   * Viva Goals' metric type for {@code measure}, if its cells can hold it: linear measures,
   * inclusive thresholds and milestones.
   */
  Optional<String> metricType(Measure measure) {
    if (measure instanceof LinearMeasure linear) {
      return Optional.of(linear.direction() == Direction.DECREASE ? "Decrease to" : "Increase to");
    }
    if (measure instanceof ThresholdMeasure threshold && !threshold.strict()) {
      return Optional.of(threshold.direction() == Direction.INCREASE ? "Stay above"
          : "Stay below");
    }
    return measure instanceof MilestoneMeasure ? Optional.of("Milestone") : Optional.empty();
  }

  boolean vivaWords() {
    return vivaWords;
  }

  Decimals decimals() {
    return decimals;
  }

  List<String> measureWords() {
    return List.copyOf(measures.keySet());
  }

  List<String> typeWords() {
    return List.copyOf(types.keySet());
  }

  private static String capitalise(String word) {
    StringBuilder out = new StringBuilder(word.length());
    boolean start = true;
    for (char c : word.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ';
    }
    return out.toString();
  }
}
