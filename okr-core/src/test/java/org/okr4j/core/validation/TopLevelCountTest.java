package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.NEXT_QUARTER;
import static org.okr4j.core.validation.Fixtures.QUARTER;
import static org.okr4j.core.validation.Fixtures.healthy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.CycleId;
import org.okr4j.core.OkrSet;

/**
 * {@code focus.top-level} counts each cycle's top-level objectives however the objectives' cycles
 * alternate in id order, whether or not equal cycle ids are the same instance, and passes over
 * objectives of a cycle the set lacks.
 */
class TopLevelCountTest {

  static final ValidationPolicy TOP = ValidationPolicy.builder().name("top")
      .rule("focus.top-level").build().with(Settings.TOP_LEVEL_MAX, 1);

  @Test
  void countEachCycleHoweverTheCyclesAlternate() {
    // In id order: o-a1 (quarter), o-a2 (next), o-a3 (quarter, another instance), o-a4 (unknown),
    // o-a5 (next), o-a6 (quarter), then the healthy set's o-co (quarter, top level).
    List<CycleId> cycles = List.of(QUARTER.id(), NEXT_QUARTER.id(),
        CycleId.of(new String(QUARTER.id().value())), CycleId.of("2031-Q1"),
        CycleId.of(new String(NEXT_QUARTER.id().value())), QUARTER.id());
    OkrSet set = healthy();
    for (int i = 0; i < cycles.size(); i++) {
      set = set.with(Fixtures.objective("o-a" + (i + 1), "Lead the market", "company", "co")
          .cycle(cycles.get(i)).build());
    }
    List<String> found = new ArrayList<>();
    for (Violation violation : TOP.check(set, AS_OF).violations()) {
      found.add(violation.code() + " " + violation.subject() + " " + violation.values());
    }
    assertThat(found).containsExactly(
        "focus.top-level.too-many 2026-Q3 {count=4, max=1}",
        "focus.top-level.too-many 2026-Q4 {count=2, max=1}");
  }
}
