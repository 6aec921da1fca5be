package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.okr4j.alignment.Fixtures.COMPANY;
import static org.okr4j.alignment.Fixtures.DEPARTMENT;
import static org.okr4j.alignment.Fixtures.TEAM;
import static org.okr4j.alignment.Fixtures.objective;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.CheckIn;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.scoring.RollUps;
import org.okr4j.scoring.Scores;
import org.okr4j.scoring.ScoringPolicy;

class RollUpAndExportTest {

  static final LocalDate AS_OF = Fixtures.Q3.start().plusDays(20);

  static KeyResult at(String id, double value) {
    return KeyResult.of(id, "K " + id, LinearMeasure.of(0, 10))
        .withCheckIn(CheckIn.of(Fixtures.Q3.start().plusDays(10), value));
  }

  static ObjectiveId id(String value) {
    return ObjectiveId.of(value);
  }

  static final OkrSet SET = Fixtures.set(
      objective("c", COMPANY, "co").keyResults(List.of(at("kr-c", 2))),
      objective("d", DEPARTMENT, "sales", "c").keyResults(List.of(at("kr-d", 8))),
      objective("s", DEPARTMENT, "product").keyResults(List.of(at("kr-s", 10)))
          .addAlignments(Alignment.of(id("c"), AlignmentKind.SUPPORTS, 1)),
      objective("t", TEAM, "emea").keyResults(List.of(at("kr-t", 6)))
          .addAlignments(Alignment.of(Fixtures.kr("d"), AlignmentKind.CONTRIBUTES, 2)),
      objective("x", TEAM, "web", "y").title("Loop \"x\"").keyResults(List.of(at("kr-x", 4))),
      objective("y", TEAM, "web", "x").keyResults(List.of(at("kr-y", 6))));

  @Test
  void contributingLinksMoveProgressAndSupportingOnesDoNot() {
    AlignmentGraph graph = AlignmentGraph.of(SET);
    Scores scores = ScoringPolicy.defaults().score(SET, AS_OF);
    AlignmentRollUp rolled = AlignmentRollUp.of(graph, scores, RollUps.weightedMean());
    // t aligns to d's key result at weight 2: d = (0.8 x1 + 0.6 x2) / 3; kr-d itself stays 0.8
    assertThat(rolled.progress(id("d"))).hasValueCloseTo(2.0 / 3, within(1e-12));
    assertThat(scores.progress(Fixtures.kr("d")).value()).isEqualTo(0.8);
    // c = mean of kr-c 0.2 and d 0.667; s only supports, so it does not count
    assertThat(rolled.progress(id("c"))).hasValueCloseTo((0.2 + 2.0 / 3) / 2, within(1e-12));
    // the loop is broken once: both ends get a value in range
    assertThat(rolled.progress(id("x"))).isPresent();
    assertThat(rolled.progress(id("y"))).isPresent();
    assertThatIllegalArgumentException().isThrownBy(() -> AlignmentRollUp.of(graph,
            ScoringPolicy.defaults().score(OkrSet.empty(), AS_OF), RollUps.mean()))
        .withMessageStartingWith("scores must be of the graph's set");
  }

  @Test
  void exportsDotAndMermaid() {
    AlignmentGraph graph = AlignmentGraph.of(SET);
    Scores scores = ScoringPolicy.defaults().score(SET, AS_OF);
    AlignmentReport report = AlignmentReport.of(graph, AlignmentPolicy.defaults());
    AlignmentExport export = AlignmentExport.of(graph, scores, report);
    String dot = export.toDot();
    assertThat(dot).startsWith("digraph okr {\n  rankdir=BT;\n")
        .contains("\"d\" -> \"c\";\n", "\"s\" -> \"c\" [style=dashed];\n", "\"t\" -> \"d\";\n",
            "label=\"Loop \\\"x\\\" (40%)\\n! ", "conflict.loop")
        .endsWith("}\n");
    String mermaid = export.toMermaid();
    assertThat(mermaid).startsWith("flowchart BT\n")
        .contains("n1 --> n0", "n2 -.-> n0", "Loop #quot;x#quot; (40%)", "classDef onTrack");
    String subtree = export.subtree(id("d")).toDot();
    assertThat(subtree).contains("\"t\" -> \"d\";").doesNotContain("\"c\" [", "\"x\" [");
    assertThat(export.subtree(id("d")).toMermaid()).contains("n3 --> n1").doesNotContain("n0[");
    assertThat(dot).isEqualTo(AlignmentExport.of(graph, scores, report).toDot());
  }
}
