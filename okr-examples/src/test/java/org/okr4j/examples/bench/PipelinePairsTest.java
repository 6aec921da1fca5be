package org.okr4j.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** That the paired harness runs and prints what its javadoc says; no timing is asserted. */
class PipelinePairsTest {

  @Test
  void printsARowPerPairAfterTheWarmUpThenTheSummary() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PipelinePairs.run(500, 3, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

    assertThat(lines).hasSize(7);
    assertThat(lines.get(0)).isEqualTo("PipelinePairs at 500 employees");
    assertThat(lines.get(1)).startsWith("| pair | floor ms | pipeline ms | ratio |");
    assertThat(lines.get(3)).startsWith("| warm-up | ");
    assertThat(lines.get(4)).startsWith("| 1 | ");
    assertThat(lines.get(5)).startsWith("| 2 | ");
    assertThat(lines.subList(3, 6)).allMatch(row -> row.split("\\|").length == 8);
    assertThat(lines.get(6)).matches("median ratio \\d+\\.\\d \\(\\d+\\.\\d to \\d+\\.\\d\\);"
        + " median pipeline [\\d,]+ ms against fastest floor [\\d,]+ ms: \\d+\\.\\d;"
        + " fastest pipeline [\\d,]+ ms: \\d+\\.\\d \\(check \\d+\\)");
  }

  @Test
  void refusesFewerThanTwoPairsNamingTheCount() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PipelinePairs.run(500, 1, new PrintStream(new ByteArrayOutputStream(),
            true, StandardCharsets.UTF_8)))
        .withMessage("pairs must be at least 2 (one warms up), but was 1");
  }
}
