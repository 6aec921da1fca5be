package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.testing.NullArguments;
import org.okr4j.core.validation.ValidationContext;
import org.okr4j.core.validation.ValidationPolicy;

/**
 * Every public constructor and method of the module rejects a null argument with okr4j's own
 * message, the argument's name, never the JVM's.
 */
class NullArgumentsTest {

  private static final OkrSet SET = AlignmentExportTest.SET;
  private static final AlignmentGraph GRAPH = AlignmentGraph.of(SET);

  private static NullArguments nulls() {
    return new NullArguments()
        .with(OkrSet.class, SET)
        .with(AlignmentGraph.class, GRAPH)
        .with(ObjectiveId.class, ObjectiveId.of("c"))
        .with(KeyResultId.class, Fixtures.kr("d"))
        .with(ValidationContext.class, ValidationContext.of(SET, LocalDate.of(2026, 8, 20)))
        .with(OrgUnitId.class, OrgUnitId.of("co"))
        .with(ValidationPolicy.class, ValidationPolicy.defaults())
        .with(NodeStyle.class, NodeStyle.PLAIN)
        .with(Function.class, Function.identity())
        .with(String.class, "text");
  }

  @Test
  void everyPublicMethodNamesTheNullArgument() {
    NullArguments nulls = nulls();
    List<Class<?>> types = List.of(AlignmentExport.class, AlignmentGraph.class,
        AlignmentMetrics.class, AlignmentMetrics.Band.class, AlignmentRules.class,
        NodeStyle.class, TitleSimilarity.class);
    List<Object> instances = List.of(AlignmentExport.of(GRAPH), GRAPH, AlignmentMetrics.of(GRAPH),
        AlignmentMetrics.Band.HEALTHY, NodeStyle.PLAIN);
    assertThat(nulls.problems(types, instances)).isEmpty();
    assertThat(nulls.skipped()).isEmpty();
  }
}
