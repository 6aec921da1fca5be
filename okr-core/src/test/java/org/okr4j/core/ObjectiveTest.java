package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ObjectiveTest {

  static final Level DEPARTMENT = LevelScheme.standard().level("department");

  static Objective delight() {
    return Objective.builder()
        .id(ObjectiveId.of("o-delight"))
        .title("Delight our customers")
        .owner(OrgUnitId.of("support"))
        .level(DEPARTMENT)
        .cycle(CycleId.of("2026-Q3"))
        .addAlignments(Alignment.contributesTo(ObjectiveId.of("o-company")),
            Alignment.of(KeyResultId.of("kr-x"), AlignmentKind.SUPPORTS, 0.5),
            Alignment.of(ObjectiveId.of("o-ops"), AlignmentKind.DEPENDS_ON, 1))
        .addKeyResults(KeyResultTest.nps())
        .build();
  }

  @Nested
  class Construction {
    @Test
    void hasDefaults() {
      Objective o = delight();
      assertThat(o.commitment()).isEqualTo(Commitment.ASPIRATIONAL);
      assertThat(o.isCommitted()).isFalse();
      assertThat(o.state()).isEqualTo(ObjectiveState.ACTIVE);
      assertThat(o.origin()).isEmpty();
      assertThat(o.perspective()).isEmpty();
      assertThat(o.carriedOverFrom()).isEmpty();
      assertThat(o).hasToString("Objective[o-delight \"Delight our customers\", department@1,"
          + " 2026-Q3, ASPIRATIONAL, 1 key results, 3 links]");
      assertThat(Objective.builder().from(o).commitment(Commitment.COMMITTED).build().isCommitted())
          .isTrue();
    }

    @Test
    void rejectsBrokenAttributes() {
      assertThatIllegalArgumentException().isThrownBy(() -> delight().withTitle(""))
          .withMessageStartingWith("objective title must not be blank");
      assertThatIllegalArgumentException().isThrownBy(() -> Objective.builder().from(delight())
              .addKeyResults(KeyResultTest.nps()).build())
          .withMessage("objective key results must not contain duplicates, but was kr-nps");
      assertThatIllegalArgumentException().isThrownBy(() -> Objective.builder().from(delight())
              .addThemes("growth", "growth").build())
          .withMessage("objective themes must not contain duplicates, but was 'growth'");
      assertThatIllegalArgumentException().isThrownBy(() -> Objective.builder().from(delight())
              .addThemes(" ").build())
          .withMessageStartingWith("objective theme must not be blank");
      assertThatIllegalArgumentException().isThrownBy(() -> Objective.builder().from(delight())
              .standaloneReason("").build())
          .withMessageStartingWith("objective standalone reason must not be blank");
      assertThatIllegalArgumentException().isThrownBy(() -> Objective.builder().from(delight())
              .description("d".repeat(10_001)).build())
          .withMessage("objective description must be at most 10000 characters long,"
              + " but was 10001");
      assertThat(Objective.builder().from(delight()).description("d".repeat(10_000)).build()
          .description()).isPresent();
    }

    @Test
    void allowsWhatValidationReports() {
      // A self-link, no owner, no key results: findings for later stages, not exceptions.
      Objective odd = Objective.builder().id(ObjectiveId.of("o")).title("Grow 20%")
          .level(DEPARTMENT).cycle(CycleId.of("nowhere"))
          .addAlignments(Alignment.contributesTo(ObjectiveId.of("o"))).build();
      assertThat(odd.owner()).isEmpty();
      assertThat(odd.keyResults()).isEmpty();
    }
  }

  @Nested
  class Queries {
    @Test
    void parentsAreTheVerticalLinks() {
      assertThat(delight().parents())
          .containsExactly(ObjectiveId.of("o-company"), KeyResultId.of("kr-x"));
      assertThat(AlignmentKind.CONTRIBUTES.isVertical()).isTrue();
      assertThat(AlignmentKind.SUPPORTS.isVertical()).isTrue();
      assertThat(AlignmentKind.RELATES_TO.isVertical()).isFalse();
      assertThat(AlignmentKind.DEPENDS_ON.isVertical()).isFalse();
    }

    @Test
    void findsKeyResults() {
      assertThat(delight().keyResult(KeyResultId.of("kr-nps"))).contains(KeyResultTest.nps());
      assertThat(delight().keyResult(KeyResultId.of("kr-none"))).isEmpty();
    }
  }

  @Nested
  class Edits {
    @Test
    void replacesAppendsAndRemovesKeyResults() {
      KeyResult renamed = KeyResultTest.nps().withTitle("Lift NPS to 45");
      assertThat(delight().withKeyResult(renamed).keyResults()).containsExactly(renamed);
      KeyResult other = KeyResult.of("kr-csat", "Raise CSAT", LinearMeasure.of(80, 90));
      assertThat(delight().withKeyResult(other).keyResults())
          .containsExactly(KeyResultTest.nps(), other);
      assertThat(delight().withoutKeyResult(KeyResultId.of("kr-nps")).keyResults()).isEmpty();
      assertThat(delight().withoutKeyResult(KeyResultId.of("kr-none")).keyResults()).hasSize(1);
    }

    @Test
    void copiesWithLinksStateAndTitle() {
      assertThat(delight().withAlignment(Alignment.contributesTo(ObjectiveId.of("x")))
          .alignments()).hasSize(4);
      assertThat(delight().withState(ObjectiveState.ACHIEVED).state())
          .isEqualTo(ObjectiveState.ACHIEVED);
      assertThat(delight().withTitle("Wow our customers").title()).isEqualTo("Wow our customers");
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(delight(), delight())
          .addEqualityGroup(delight().withState(ObjectiveState.MISSED))
          .addEqualityGroup(delight().withTitle("Other"))
          .testEquals();
    }
  }

  @Nested
  class Alignments {
    @Test
    void describeThemselves() {
      assertThat(Alignment.contributesTo(ObjectiveId.of("o1")))
          .hasToString("CONTRIBUTES objective o1");
      assertThat(Alignment.of(KeyResultId.of("kr1"), AlignmentKind.SUPPORTS, 0.5))
          .hasToString("SUPPORTS key result kr1 x0.5");
      assertThat(Alignment.contributesTo(ObjectiveId.of("o1")).weight()).isEqualTo(1.0);
      assertThat(Alignment.contributesTo(ObjectiveId.of("o1")).withWeight(2).weight())
          .isEqualTo(2.0);
    }

    @Test
    void rejectNegativeWeights() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Alignment.of(ObjectiveId.of("o"), AlignmentKind.CONTRIBUTES, -1))
          .withMessage("alignment weight must be zero or more, but was -1.0");
      assertThat(Alignment.of(ObjectiveId.of("o"), AlignmentKind.CONTRIBUTES, 0).weight())
          .isZero();
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(Alignment.contributesTo(ObjectiveId.of("o")),
              Alignment.of(ObjectiveId.of("o"), AlignmentKind.CONTRIBUTES, 1))
          .addEqualityGroup(Alignment.contributesTo(KeyResultId.of("o")))
          .addEqualityGroup(Alignment.of(ObjectiveId.of("o"), AlignmentKind.SUPPORTS, 1))
          .testEquals();
    }
  }
}
