package org.okr4j.core;

import java.util.Objects;

/**
 * What a key result measures and how progress is read from a check-in.
 *
 * <p>Every measure is an immutable value of one of the permitted classes, told apart by
 * {@link #kind()}. Measures only describe; okr-scoring turns them and their check-ins into progress
 * under a chosen policy.
 * <pre>{@code
 * Measure nps = LinearMeasure.of(31, 45);                     // raise NPS from 31 to 45
 * Measure churn = LinearMeasure.of(4.0, 2.5).withUnit(Unit.percent());
 * Measure uptime = ThresholdMeasure.atLeast(99.9);
 * Measure launch = MilestoneMeasure.of();
 * Measure same = Measure.parse(churn.toString());             // linear 4 -> 2.5 percent
 * }</pre>
 *
 * <h2>Text</h2>
 * Every measure's {@code toString()} writes one line that {@link #parse(CharSequence)} reads back
 * to an equal measure, as {@code LocalDate}'s do; okr4j's tabular template stores measures so.
 * <table>
 * <caption>The text of each kind of measure</caption>
 * <tr><th>kind</th><th>text</th><th>example</th></tr>
 * <tr><td>{@link LinearMeasure}</td><td>{@code linear start -> target [(DIRECTION)] [unit]}</td>
 *     <td>{@code linear 31 -> 45}, {@code linear 45 -> 45 (INCREASE) percent}</td></tr>
 * <tr><td>{@link ThresholdMeasure}</td><td>{@code threshold >=|>|<=|< threshold [unit]}</td>
 *     <td>{@code threshold >= 99.9 percent}, {@code threshold < 150}</td></tr>
 * <tr><td>{@link RangeMeasure}</td><td>{@code range [low, high] [unit]}</td>
 *     <td>{@code range [80, 120] custom:ms}</td></tr>
 * <tr><td>{@link MilestoneMeasure}</td><td>{@code milestone}</td><td>{@code milestone}</td></tr>
 * <tr><td>{@link StagesMeasure}</td><td>{@code stages [name=weight, ...]}</td>
 *     <td>{@code stages [design=0.2, build=0.5, "test, ship"=0.3]}</td></tr>
 * <tr><td>{@link CheckpointsMeasure}</td>
 *     <td>{@code checkpoints start [value->progress, ...] target [unit]}</td>
 *     <td>{@code checkpoints 0 [20->0.5, 60->0.8] 100}</td></tr>
 * <tr><td>{@link ZonesMeasure}</td>
 *     <td>{@code zones start | commit c | target t | stretch s [unit]}</td>
 *     <td>{@code zones 500 | commit 620 | target 780 | stretch 900 currency:EUR}</td></tr>
 * <tr><td>{@link OrdinalMeasure}</td><td>{@code ordinal [name, name, ...]}</td>
 *     <td>{@code ordinal [FAIL, COMMIT, TARGET, STRETCH]}</td></tr>
 * <tr><td>{@link BaselineMeasure}</td>
 *     <td>{@code baseline to be measured (DIRECTION) [target t] [unit]}</td>
 *     <td>{@code baseline to be measured (DECREASE) target 30 custom:days}</td></tr>
 * </table>
 * <ul>
 *   <li>Numbers are plain decimals: an optional sign, digits, optionally a {@code .} and more
 *       digits ({@code -12}, {@code 0.5}); no exponent, hex, suffix or decimal comma. Written,
 *       they are the shortest such text that reads back to the same {@code double}, without a
 *       trailing {@code .0}.
 *   <li>A {@code DIRECTION} is {@code INCREASE} or {@code DECREASE}. A linear measure writes one
 *       only when it was declared ({@link LinearMeasure#declaredDirection()}); it must when start
 *       equals target, as after {@link LinearMeasure#restartingAt(double)}.
 *   <li>The unit comes last, as {@link Unit#toString()} writes it; a plain number writes none.
 *       A custom unit's label runs to the end of the text: {@code linear 0 -> 9 custom:NPS points}.
 *   <li>A name (of a stage or an ordinal zone) stands bare unless it has a {@code [ ] = , " \}
 *       or surrounding white space; then it is written in double quotes, with {@code \"} and
 *       {@code \\} inside: {@code ordinal ["not yet, sadly", "fine", "\"great\""]}.
 *   <li>White space between the parts may be any amount; keywords are lower case.
 * </ul>
 */
public sealed interface Measure
    permits LinearMeasure, ThresholdMeasure, RangeMeasure, MilestoneMeasure, StagesMeasure,
        CheckpointsMeasure, ZonesMeasure, OrdinalMeasure, BaselineMeasure {

  /** The kind of measure, one per permitted class. */
  MeasureKind kind();

  /** The unit values are counted in. */
  Unit unit();

  /**
   * Reads a measure from the text its {@code toString()} writes (see the table above).
   *
   * @throws MeasureTextException if the text does not follow the grammar, naming the position
   *     and what was expected there, or if it describes no valid measure (a range whose high lies
   *     below its low), with the measure's own message; never another exception for non-null text
   */
  static Measure parse(CharSequence text) {
    return MeasureText.parse(Objects.requireNonNull(text, "text"));
  }
}
