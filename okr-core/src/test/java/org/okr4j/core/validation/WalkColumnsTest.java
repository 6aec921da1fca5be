package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.Theories.qt;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.Owner;
import org.okr4j.core.internal.SetColumns;
import org.okr4j.core.testing.OkrSets;

/**
 * The walk of a one-thread check reads the set's columns as it goes when one of its rules asks
 * for them, and leaves them to the whole-set rules after it.
 */
class WalkColumnsTest {

  private static ValidationContext context(OkrSet set) {
    return ValidationPolicy.defaults().context(set, null, AS_OF);
  }

  private static void walk(ValidationContext context, ObjectiveRule rule, boolean readColumns) {
    List<Violation> found = new ArrayList<>();
    ValidationPolicy.walk(context, List.of(rule), List.of(found::add), readColumns);
  }

  /** The columns the check holds already: asking reads no set again. */
  private static SetColumns keptColumns(ValidationContext context) {
    return context.derived(SetColumns.class, c -> {
      throw new AssertionError("the columns are read again");
    });
  }

  @Test
  void aRuleThatAsksForTitleNumbersHasTheWalkReadTheColumnsOnce() {
    // Sets with co-owners and owners of key results' own, the objectives in reverse, so that the
    // walk's id order is not the set's.
    qt(100).forAll(OkrSets.sharedOwnership(12)).checkAssert(generated -> {
      List<Objective> reversed = new ArrayList<>(generated.objectives());
      Collections.reverse(reversed);
      OkrSet set = OkrSet.builder().from(generated).objectives(reversed).build();
      ValidationContext context = context(set);
      walk(context, WordingRules.taskLikeKeyResults(), true);
      assertSameColumns(keptColumns(context), SetColumns.of(set.objectives()), set);
    });
  }

  /** The two say the same of every objective and key result, whatever their numbers. */
  private static void assertSameColumns(SetColumns kept, SetColumns read, OkrSet set) {
    assertThat(kept.ownerCount()).isEqualTo(read.ownerCount());
    assertThat(kept.cycleCount()).isEqualTo(read.cycleCount());
    int q = 0;
    for (int o = 0; o < set.objectives().size(); o++) {
      assertThat(kept.cycleId(kept.cycle(o))).isEqualTo(read.cycleId(read.cycle(o)));
      assertThat(owner(kept, kept.objectiveOwner(o))).isEqualTo(owner(read,
          read.objectiveOwner(o)));
      assertThat(kept.hasCoOwners(o)).isEqualTo(read.hasCoOwners(o));
      for (KeyResult kr : set.objectives().get(o).keyResults()) {
        assertThat(kept.keyResultTitles().title(kept.keyResultTitles().number(q)))
            .isEqualTo(kr.title());
        assertThat(owner(kept, kept.keyResultOwner(q))).isEqualTo(owner(read,
            read.keyResultOwner(q)));
        assertThat(kept.isCoOwned(q)).isEqualTo(read.isCoOwned(q));
        if (read.linear(q) == SetColumns.NOT_LINEAR) {
          assertThat(kept.linear(q)).isEqualTo(SetColumns.NOT_LINEAR);
        } else {
          assertThat(kept.unit(kept.linear(q) >>> 1)).isEqualTo(read.unit(read.linear(q) >>> 1));
          assertThat(kept.linear(q) & 1).isEqualTo(read.linear(q) & 1);
        }
        q++;
      }
    }
  }

  private static Owner owner(SetColumns columns, int number) {
    return number < 0 ? null : columns.owner(number);
  }

  @Test
  void aWalkWhoseRulesNeedNoColumnsReadsNone() {
    ValidationContext context = context(healthy());
    walk(context, TextRules.titleLength(), true);
    SetColumns own = SetColumns.of(List.of());
    assertThat(context.derived(SetColumns.class, c -> own)).isSameAs(own);
  }

  @Test
  void aWalkThatMayNotReadColumnsLeavesThemToAPassOfTheirOwn() {
    OkrSet set = healthy();
    ValidationContext context = context(set);
    walk(context, WordingRules.taskLikeKeyResults(), false);
    // The rule asked for them outside any walk: they were read whole, as a derived value.
    SetColumns kept = keptColumns(context);
    assertThat(kept.keyResultTitles().size()).isEqualTo(set.keyResultCount());
  }

  @Test
  void theWalkNumbersEachChunksTitlesBeforeItsRulesReadThem() {
    // More objectives than the walk reads at a time, in an id order ("o10" before "o2") other
    // than the set's; task-like titles and measurable ones in turn.
    List<Objective> objectives = new ArrayList<>();
    for (int o = 0; o < 150; o++) {
      objectives.add(Fixtures.objective("o" + o, "Objective " + o, "team", "web")
          .addKeyResults(Fixtures.keyResult("kr" + o + "a", o % 3 == 0
              ? "Implement the new checkout" : "Checkout conversion " + o, LinearMeasure.of(0, 9)))
          .addKeyResults(Fixtures.keyResult("kr" + o + "b", o % 2 == 0
              ? "Launch the partner portal" : "Win rate", LinearMeasure.of(0, 9)))
          .build());
    }
    OkrSet set = OkrSet.builder().from(healthy()).objectives(objectives).build();
    ValidationPolicy policy = ValidationPolicy.defaults();
    ValidationResult oneThread = policy.check(set, AS_OF);
    assertThat(oneThread.withCode("wording.key-result.task").count()).isEqualTo(50 + 75);
    assertThat(oneThread.violations())
        .isEqualTo(policy.check(set, AS_OF, Runnable::run).violations());
  }

  @Test
  void aCheckOnOneThreadFindsWhatAnExecutorsCheckFinds() {
    // On one thread the walk reads the columns; with an executor a pass of their own does.
    ValidationPolicy policy = ValidationPolicy.defaults();
    qt(100).forAll(OkrSets.sharedOwnership(12)).checkAssert(set ->
        assertThat(policy.check(set, AS_OF).violations())
            .isEqualTo(policy.check(set, AS_OF, Runnable::run).violations()));
  }
}
