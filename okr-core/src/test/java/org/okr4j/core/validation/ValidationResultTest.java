package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Alignment;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.ThresholdMeasure;

class ValidationResultTest {

  @Nested
  class Filters {
    private final Violation error = Violation.of("test.e", Severity.ERROR, ObjectiveId.of("o"));
    private final Violation warning = Violation.of("test.w", Severity.WARNING, ObjectiveId.of("o"));
    private final Violation info = Violation.of("test.i", Severity.INFO, ObjectiveId.of("o"));
    private final ValidationResult all = ValidationResult.of("p", List.of(info, error, warning));

    @Test
    void atLeastKeepsTheSevereInOrder() {
      assertThat(all.atLeast(Severity.WARNING).violations()).containsExactly(error, warning);
      assertThat(all.atLeast(Severity.ERROR).violations()).containsExactly(error);
      assertThat(all.atLeast(Severity.INFO).violations()).containsExactly(info, error, warning);
    }

    @Test
    void isEmptyOnlyWithNothingFound() {
      assertThat(all.isEmpty()).isFalse();
      assertThat(all.count()).isEqualTo(3);
      assertThat(all.withSeverity(Severity.INFO).isEmpty()).isFalse();
      assertThat(all.withSeverity(Severity.INFO).isValid()).isTrue();
      assertThat(all.isValid()).isFalse();
      assertThat(ValidationResult.of("p", List.of()).isEmpty()).isTrue();
    }
  }

  @Nested
  class NotIn {
    private final Violation a = Violation.of("test.a", Severity.INFO, ObjectiveId.of("o"));
    private final Violation b = Violation.of("test.b", Severity.INFO, ObjectiveId.of("o"));

    @Test
    void keepsWhatTheOtherLacksInThisOrder() {
      ValidationResult mine = ValidationResult.of("mine", List.of(b, a));
      assertThat(mine.notIn(ValidationResult.of("other", List.of(a))).violations())
          .containsExactly(b);
      assertThat(mine.notIn(ValidationResult.of("other", List.of())).violations())
          .containsExactly(b, a);
      assertThat(mine.notIn(mine).violations()).isEmpty();
      assertThat(mine.notIn(ValidationResult.of("other", List.of())).policy()).isEqualTo("mine");
    }

    @Test
    void matchesByCodeSubjectsAndValuesNotSeverity() {
      ValidationResult mine = ValidationResult.of("p", List.of(a.withValue("count", 7)));
      assertThat(mine.notIn(ValidationResult.of("p",
          List.of(a.withSeverity(Severity.ERROR).withValue("count", 7)))).violations()).isEmpty();
      assertThat(mine.notIn(ValidationResult.of("p", List.of(a.withValue("count", 8))))
          .violations()).hasSize(1);
      assertThat(mine.notIn(ValidationResult.of("p", List.of(Violation.of("test.a",
          Severity.INFO, List.of(ObjectiveId.of("o"), ObjectiveId.of("p"))).withValue("count", 7))))
          .violations()).hasSize(1);
    }

    @Test
    void countsRepeats() {
      ValidationResult twice = ValidationResult.of("p", List.of(a, a));
      ValidationResult once = ValidationResult.of("p", List.of(a));
      assertThat(twice.notIn(once).violations()).containsExactly(a);
      assertThat(once.notIn(twice).violations()).isEmpty();
    }
  }

  /** What an edit brings and resolves, from two checks with one policy on one day. */
  @Nested
  class AnEdit {
    private final LocalDate asOf = LocalDate.of(2026, 8, 15);
    private final ObjectiveId top = ObjectiveId.of("o-top");
    private final ObjectiveId delight = ObjectiveId.of("o-delight");
    private final KeyResultId nps = KeyResultId.of("kr-nps");

    /** kr-nps last checked in on 1 August: due on the 8th, 7 days late on the 15th. */
    private OkrSet before() {
      Cycle q3 = Cycle.parse("2026-Q3");
      LevelScheme levels = LevelScheme.standard();
      return OkrSet.builder().addCycles(q3).addObjectives(
          Objective.builder().id(top).title("Grow").level(levels.top()).cycle(q3.id()).build(),
          Objective.builder().id(delight).title("Delight our customers")
              .level(levels.level("department")).cycle(q3.id())
              .addAlignments(Alignment.contributesTo(top))
              .addKeyResults(KeyResult.builder().id(nps).title("Raise NPS to 100")
                  .measure(LinearMeasure.of(0, 100))
                  .addCheckIns(CheckIn.of(LocalDate.of(2026, 8, 1), 10)).build())
              .build())
          .build();
    }

    private OkrSet editNps(OkrSet set, java.util.function.UnaryOperator<KeyResult> edit) {
      Objective o = set.objective(delight).orElseThrow();
      return set.with(o.withKeyResult(edit.apply(o.keyResult(nps).orElseThrow())));
    }

    @Test
    void aCheckInResolvesAStaleCheckIn() {
      OkrSet before = before();
      OkrSet after = editNps(before, kr -> kr.withCheckIn(CheckIn.of(asOf.minusDays(1), 60)));
      ValidationPolicy policy = ValidationPolicy.defaults();
      ValidationResult was = policy.check(before, asOf);
      ValidationResult is = policy.checkEdit(before, after, asOf);
      assertThat(was.notIn(is).violations()).extracting(Violation::code)
          .containsExactly("time.check-in.stale");
      assertThat(is.notIn(was).violations()).isEmpty();
    }

    @Test
    void unlinkingBringsUnaligned() {
      OkrSet before = before();
      OkrSet after = before.with(Objective.builder().from(before.objective(delight).orElseThrow())
          .alignments(List.of()).build());
      ValidationPolicy policy = ValidationPolicy.defaults();
      ValidationResult was = policy.check(before, asOf);
      ValidationResult is = policy.checkEdit(before, after, asOf);
      assertThat(is.notIn(was).violations()).extracting(Violation::code, Violation::subject)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("structure.unaligned", delight));
      assertThat(was.notIn(is).violations()).isEmpty();
    }

    @Test
    void anEditRuleFindingIsBroughtByTheEdit() {
      OkrSet before = before();
      OkrSet after = editNps(before, kr -> kr.withMeasure(ThresholdMeasure.atLeast(50)));
      ValidationPolicy policy = ValidationPolicy.defaults().with("change.measure");
      ValidationResult is = policy.checkEdit(before, after, asOf);
      assertThat(is.notIn(policy.check(before, asOf)).withCode("change.measure.kind")
          .violations()).extracting(Violation::subject).containsExactly(nps);
    }
  }
}
