package org.okr4j.examples.bench;

import java.util.List;
import org.okr4j.core.Alignment;
import org.okr4j.core.CheckIn;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;

/**
 * The floor the benchmarks measure okr4j against: a plain walk over a set through its public API
 * that reads every objective's and key result's title, whether each objective has an owner, each
 * objective's link targets and each check-in's value once (each check-in read as the object the
 * API gives; key results' links are not read).
 * A host cannot validate, score or analyse a set in less time than it takes to read it.
 *
 * <p>A wider walk that also read each owner's id, each key result's own owner and each check-in's
 * date took as long within the machine's noise in 13 alternating pairs at a million employees
 * (medians 2 072 against 2 101 ms), 6.5 % longer at the median in seven pairs not alternated
 * (okr-examples/BENCHMARKS.md, 7 December 2026): the reads left out lie mostly beside those made.
 */
final class Floor {

  private Floor() {}

  /** Walks the set once; the sum keeps the JIT from dropping the reads. */
  static long walk(OkrSet set) {
    long sum = 0;
    List<Objective> objectives = set.objectives();
    for (int o = 0; o < objectives.size(); o++) {
      Objective objective = objectives.get(o);
      sum += objective.title().length();
      sum += objective.owner().isPresent() ? 1 : 0;
      for (Alignment link : objective.alignments()) {
        sum += link.target().value().length();
      }
      for (KeyResult keyResult : objective.keyResults()) {
        sum += keyResult.title().length();
        for (CheckIn checkIn : keyResult.checkIns()) {
          sum += checkIn.value().isPresent() ? (long) checkIn.value().getAsDouble() : 1;
        }
      }
    }
    return sum;
  }
}
