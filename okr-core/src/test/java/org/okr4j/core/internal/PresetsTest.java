package org.okr4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresetsTest {

  private final Presets<String> presets = Presets.<String>of("test policy")
      .add("Alpha", () -> "a").add("beta", () -> "b");

  @Test
  void findsPresetsIgnoringCaseInTheOrderAdded() {
    assertThat(presets.names()).containsExactly("alpha", "beta");
    assertThat(presets.named("ALPHA")).isEqualTo("a");
    assertThat(presets.named("Beta")).isEqualTo("b");
  }

  @Test
  void knowsItsNamesIgnoringCase() {
    assertThat(presets.has("ALPHA")).isTrue();
    assertThat(presets.has("beta")).isTrue();
    assertThat(presets.has("gamma")).isFalse();
  }

  @Test
  void namesEveryPresetWhenNoneMatches() {
    assertThatIllegalArgumentException().isThrownBy(() -> presets.named("gamma"))
        .withMessage("test policy name must be one of [alpha, beta], but was 'gamma'");
    assertThatIllegalArgumentException().isThrownBy(() -> presets.named("gamma", List.of("acme")))
        .withMessage("test policy name must be one of [alpha, beta, acme], but was 'gamma'");
  }

  @Test
  void rejectsATakenName() {
    assertThatIllegalArgumentException().isThrownBy(() -> presets.add("ALPHA", () -> "c"))
        .withMessage("test policy preset name must be unique, but was 'ALPHA'");
  }
}
