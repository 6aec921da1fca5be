package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link TextRule#parse(CharSequence)}, which reads the rules vendors and hosts write as
 * text: text either reads, and then its {@code format()} reads back to an equal rule, or fails with
 * the one documented exception, {@link RuleTextException}, at a position inside the text and with
 * a message of bounded length.
 *
 * <p>A normal build runs the stored inputs in {@code RuleTextFuzzTestInputs}; {@code -Pfuzz}
 * fuzzes.
 */
class RuleTextFuzzTest {

  @DictionaryEntries({"curve ", "bands ", "status ", ":", ", ", "else:", "ON_TRACK", "AT_RISK",
      "OFF_TRACK", "-0.5", "1.25", "0", "green", "\t"})
  @FuzzTest(maxDuration = "10s")
  void readsOrSaysWhere(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    TextRule rule;
    try {
      rule = TextRule.parse(text);
    } catch (RuleTextException e) {
      assertThat(e.position()).isBetween(0, text.length());
      assertThat(e.getMessage().length()).isLessThan(300);
      return;
    }
    assertThat(TextRule.parse(rule.format())).isEqualTo(rule);
  }
}
