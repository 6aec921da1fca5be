package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class TitleSimilarityTest {

  @Test
  void theDocumentedExamples() {
    assertThat(TitleSimilarity.of("Make checkout fast", "Make the checkout fast")).isEqualTo(0.8);
    assertThat(TitleSimilarity.of("提升客户满意度", "提升亚太区客户满意度")).isEqualTo(0.5);
  }

  @Test
  void identicalCaseAndPunctuationDoNotMatter() {
    assertThat(TitleSimilarity.of("Grow NPS, fast!", "grow nps fast")).isEqualTo(1.0);
    assertThat(TitleSimilarity.of("", "")).isZero();
    assertThat(TitleSimilarity.of("abc", "xyz")).isZero();
    assertThatNullPointerException().isThrownBy(() -> TitleSimilarity.of(null, "a"));
  }
}
