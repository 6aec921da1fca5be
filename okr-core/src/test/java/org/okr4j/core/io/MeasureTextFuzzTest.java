package org.okr4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.okr4j.core.Measure;
import org.okr4j.core.MeasureTextException;

/**
 * Fuzzes {@link Measure#parse(CharSequence)}, which reads every measure cell of okr4j's template:
 * text either reads, and then its {@code toString()} reads back to an equal measure, or fails with
 * the one documented exception, {@link MeasureTextException}, at a position inside the text.
 *
 * <p>A normal build runs the stored inputs in {@code MeasureTextFuzzTestInputs}; {@code -Pfuzz}
 * fuzzes.
 */
class MeasureTextFuzzTest {

  @DictionaryEntries({"linear ", " -> ", "threshold ", ">=", "<", "range [", ", ", "]",
      "milestone", "stages [", "=", "checkpoints ", "->", "zones ", " | commit ", " | target ",
      " | stretch ", "ordinal [", "baseline to be measured ", "(INCREASE)", "(DECREASE)",
      " target ", " percent", " currency:EUR", " custom:", "\"", "\\", "-0.5", "1e5"})
  @FuzzTest(maxDuration = "15s")
  void readsOrSaysWhere(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Measure measure;
    try {
      measure = Measure.parse(text);
    } catch (MeasureTextException e) {
      assertThat(e.position()).isBetween(0, text.length());
      assertThat(e.text()).isEqualTo(text);
      return;
    }
    assertThat(Measure.parse(measure.toString())).isEqualTo(measure);
  }
}
