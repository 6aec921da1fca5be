package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthy;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;

/**
 * OpenOKR's "no company anchor" under the {@code openokr} preset, case by case from the published
 * rule: a cycle is anchored by a company objective, or by a vertical link from directly below the
 * company to a parent outside the set ("a parent outside the scope at company level anchors");
 * a dangling link from deeper down does not anchor.
 */
class CompanyAnchorTest {

  private static final ObjectiveId CO = ObjectiveId.of("o-co");
  private static final ObjectiveId SALES = ObjectiveId.of("o-sales");
  private static final ObjectiveId WEB = ObjectiveId.of("o-web");

  static Stream<Arguments> table() {
    return Stream.of(
        row("a company objective", set -> set, false),
        row("no company objective; a department's parent outside the set", set -> set
            .without(CO), false),
        row("no company objective; the department's link is horizontal", set -> set.without(CO)
            .with(edit(set, SALES, o -> o.alignments(List.of(
                Alignment.of(ObjectiveId.of("elsewhere"), AlignmentKind.RELATES_TO, 1))))), true),
        row("no company objective; only a team links outside the set", set -> set.without(CO)
            .without(SALES).with(edit(set, WEB, o -> o.alignments(List.of(
                Alignment.contributesTo(ObjectiveId.of("elsewhere")))))), true),
        row("the company objective moved down a level, nothing links outside", set -> set
            .with(edit(set, CO, o -> o.level(Fixtures.LEVELS.level("department")))), true),
        row("a department aligned inside the set only", set -> set.without(CO)
            .with(edit(set, SALES, o -> o.alignments(List.of(
                Alignment.contributesTo(WEB))))), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void anchorsACycleAsOpenOkrDoes(String name, UnaryOperator<OkrSet> edit, boolean missing) {
    List<Violation> found = ValidationPolicy.named("openokr").check(edit.apply(healthy()), AS_OF)
        .withCode("structure.company-anchor.missing").violations();
    if (missing) {
      assertThat(found).as(name).singleElement().satisfies(v -> {
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.subject().value()).isEqualTo(Fixtures.QUARTER.id().value());
      });
    } else {
      assertThat(found).as(name).isEmpty();
    }
  }

  private static Objective edit(OkrSet set, ObjectiveId id,
      UnaryOperator<Objective.Builder> change) {
    return change.apply(Objective.builder().from(set.objective(id).orElseThrow())).build();
  }

  private static Arguments row(String name, UnaryOperator<OkrSet> edit, boolean missing) {
    return Arguments.of(name, edit, missing);
  }
}
