package org.okr4j.core.io;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * <tr><td>TYPE</td><td>type: cycle, objective, key-result, check-in</td>
 *     <td>Type: Objective, Key Result</td></tr>
 * <tr><td>ID</td><td>id</td><td>ID</td></tr>
 * <tr><td>TITLE</td><td>title</td><td>Title</td></tr>
 * <tr><td>DESCRIPTION</td><td>description</td><td>Description</td></tr>
 * <tr><td>OWNER_UNIT</td><td>owner-unit</td><td>Team</td></tr>
 * <tr><td>OWNER_PERSON</td><td>owner-person</td><td>Owner</td></tr>
 * <tr><td>LEVEL</td><td>level</td><td>(none: the owning team's level, individual for a
 *     person, else the top)</td></tr>
 * <tr><td>CYCLE</td><td>cycle</td><td>Time Period</td></tr>
 * <tr><td>PARENT</td><td>parent (ids, {@code ;}-separated)</td><td>Parent ID</td></tr>
 * <tr><td>COMMITMENT</td><td>commitment: committed, aspirational</td><td>(none: aspirational)</td></tr>
 * <tr><td>STATE</td><td>state: draft, active, achieved, missed, abandoned, carried-over</td>
 *     <td>(none: active)</td></tr>
 * <tr><td>STANDALONE_REASON</td><td>standalone-reason</td><td>(none)</td></tr>
 * <tr><td>MEASURE</td><td>measure: linear, at-least, at-most, above, below, range, milestone,
 *     stages, checkpoints, zones, ordinal, baseline-increase, baseline-decrease</td><td>Metric
 *     Type: Increase to, Decrease to, Stay above, Stay below, Milestone</td></tr>
 * <tr><td>START, TARGET, VALUE</td><td>start, target, value</td>
 *     <td>Start Value, Target Value, Current Value</td></tr>
 * <tr><td>UNIT</td><td>unit: number, percent, currency:EUR, custom:NPS</td>
 *     <td>Unit: %, $, €, £, #, or any other label</td></tr>
 * <tr><td>WEIGHT</td><td>weight</td><td>Weight</td></tr>
 * <tr><td>DATE, CONFIDENCE, NOTE, AUTHOR</td><td>date, confidence, note, author</td>
 *     <td>(none: a key result's current value is dated by the import's as-of date)</td></tr>
 * <tr><td>THEMES, PERSPECTIVE, ORIGIN, CARRIED_OVER_FROM, PARTS, CONTRIBUTORS, INITIATIVES,
 *     START_DATE, END_DATE, CYCLE_KIND</td><td>the field's name in lower case with hyphens</td>
 *     <td>(none)</td></tr>
 * </table>
 *
 * <p>okr4j's layout holds a whole set but its organisation (which the host system owns): one row
 * per cycle, objective, key result and check-in, so that a set reads back equal. Viva Goals' layout
 * holds one row per objective and key result, with only the current value of each key result. The Viva
 * Goals headers are those of its import template as okr4j documents them; if a customer's file
 * names a column differently, rename it with {@link #withHeader(Field, String)}.
 */
public final class TabularFormat {

  /** What a row holds. */
  enum RowType { CYCLE, OBJECTIVE, KEY_RESULT, CHECK_IN }

  private final String name;
  private final Map<Field, String> headers;
  private final Map<String, RowType> types;
  private final Map<String, String> measures;
  private final boolean vivaWords;

  private TabularFormat(String name, Map<Field, String> headers, Map<String, RowType> types,
      Map<String, String> measures, boolean vivaWords) {
    this.name = name;
    this.headers = headers;
    this.types = types;
    this.measures = measures;
    this.vivaWords = vivaWords;
  }

  /** okr4j's own template: every field, one row per objective, key result and check-in. */
  public static TabularFormat okr4j() {
    Map<Field, String> headers = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      headers.put(field, field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    Map<String, RowType> types = new LinkedHashMap<>();
    types.put("cycle", RowType.CYCLE);
    types.put("objective", RowType.OBJECTIVE);
    types.put("key-result", RowType.KEY_RESULT);
    types.put("check-in", RowType.CHECK_IN);
    Map<String, String> measures = new LinkedHashMap<>();
    for (String word : List.of("linear", "at-least", "at-most", "above", "below", "range",
        "milestone", "stages", "checkpoints", "zones", "ordinal", "baseline-increase",
        "baseline-decrease")) {
      measures.put(word, word);
    }
    return new TabularFormat("okr4j", Collections.unmodifiableMap(headers),
        Collections.unmodifiableMap(types), Collections.unmodifiableMap(measures), false);
  }

  /** The Viva Goals import template (see the table above). */
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
    return new TabularFormat("viva-goals", Collections.unmodifiableMap(headers),
        Collections.unmodifiableMap(types), Collections.unmodifiableMap(measures), true);
  }

  /** A copy that reads and writes {@code field} under {@code header}. */
  public TabularFormat withHeader(Field field, String header) {
    Objects.requireNonNull(field, "field");
    Guards.title("column header", header);
    Map<Field, String> copy = new EnumMap<>(headers);
    copy.put(field, header.strip());
    return new TabularFormat(name, Collections.unmodifiableMap(copy), types, measures,
        vivaWords);
  }

  /** Its name: {@code okr4j} or {@code viva-goals}. */
  public String name() {
    return name;
  }

  /** The header of {@code field}, if this layout has the field. */
  public Optional<String> header(Field field) {
    return Optional.ofNullable(headers.get(Objects.requireNonNull(field, "field")));
  }

  /** The headers in column order, as an export writes them. */
  public List<String> headers() {
    return List.copyOf(headers.values());
  }

  @Override
  public String toString() {
    return "TabularFormat[" + name + ", " + headers.values() + "]";
  }

  // The vocabulary, for import and export.

  boolean has(Field field) {
    return headers.containsKey(field);
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

  /** okr4j's measure word for a cell, such as {@code at-least} for "Stay above". */
  Optional<String> measure(String word) {
    return Optional.ofNullable(measures.get(word.strip().toLowerCase(Locale.ROOT)));
  }

  /** The cell word for okr4j's measure word and direction, if the layout can say it. */
  Optional<String> measureWord(String measure, boolean decreasing) {
    if (!vivaWords) {
      return measures.containsKey(measure) ? Optional.of(measure) : Optional.empty();
    }
    return switch (measure) {
      case "linear" -> Optional.of(decreasing ? "Decrease to" : "Increase to");
      case "at-least" -> Optional.of("Stay above");
      case "at-most" -> Optional.of("Stay below");
      case "milestone" -> Optional.of("Milestone");
      default -> Optional.empty();
    };
  }

  boolean vivaWords() {
    return vivaWords;
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
