package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthyWith;
import static org.okr4j.core.validation.Fixtures.keyResult;
import static org.okr4j.core.validation.Fixtures.objective;
import static org.okr4j.core.validation.Fixtures.subjects;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.okr4j.core.CheckIn;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.OkrSet;
import org.okr4j.core.Stage;
import org.okr4j.core.StagesMeasure;

/** What the measure and title-length rules report, with their values, at their edges. */
class MeasureRulesTest {

  private static ValidationResult check(String rule, UnaryOperator<OkrSet> edit) {
    return ValidationPolicy.builder().name("test").rule(rule).build()
        .check(healthyWith(List.of(edit)), AS_OF);
  }

  @Test
  void incompleteStagesShowTheirTotalWeight() {
    ValidationResult result = check("measure.shape", keyResult("kr-win", k -> k.checkIns(List.of())
        .measure(StagesMeasure.of(List.of(Stage.of("pilot", 0.5), Stage.of("rollout", 0.25))))));
    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("measure.stages.incomplete");
      assertThat(subjects(v)).containsExactly("kr-win");
      assertThat(v.values()).containsExactly(Map.entry("total", "0.75"));
    });
  }

  @Test
  void zeroIsNoNegativeValue() {
    assertThat(check("measure.value", keyResult("kr-win",
        k -> k.measure(LinearMeasure.of(0, 10)).checkIns(List.of(CheckIn.of(AS_OF, 0)))))
        .violations()).isEmpty();
  }

  @Test
  void aTitleIsMeasuredInCodePointsNotChars() {
    // Seventy code points (the default maximum) in seventy-one chars: not too long.
    String rocket = "\uD83D\uDE80";
    assertThat(check("text.title", objective("o-co", o -> o.title(rocket + "x".repeat(69))))
        .violations()).isEmpty();
    assertThat(check("text.title", objective("o-co", o -> o.title(rocket + "x".repeat(70))))
        .violations()).singleElement().satisfies(v -> {
          assertThat(v.code()).isEqualTo("text.title.too-long");
          assertThat(v.values()).containsExactly(Map.entry("length", "71"),
              Map.entry("max", "70"));
        });
  }
}
