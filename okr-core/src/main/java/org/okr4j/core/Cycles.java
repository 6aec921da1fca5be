package org.okr4j.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Operations over several {@link Cycle}s.
 */
public final class Cycles {

  private Cycles() {}

  /**
   * Returns the cycles with each one's parent set to the narrowest other cycle that encloses it
   * (a quarter in its year, a month in its quarter), in the order given. A cycle no other encloses
   * keeps its parent. Of two cycles with the same dates, the one given first is the outer; of two
   * equally narrow cycles that enclose a third, the one that starts later (with the same dates, the
   * inner one) is its parent.
   *
   * <p>Runs in O(n log n) for cycles that nest (as calendars do): a sweep by start date with a stack
   * of open cycles, each cycle compared with those still open only, never all pairs.
   */
  public static List<Cycle> nest(List<Cycle> cycles) {
    Objects.requireNonNull(cycles, "cycles");
    List<Integer> order = new ArrayList<>(cycles.size());
    for (int i = 0; i < cycles.size(); i++) {
      order.add(i);
    }
    // Outer cycles first: earlier start, then later end, then the order given.
    order.sort(Comparator.<Integer, java.time.LocalDate>comparing(i -> cycles.get(i).start())
        .thenComparing(i -> cycles.get(i).end(), Comparator.reverseOrder())
        .thenComparing(i -> i));
    Map<Integer, Cycle> nested = new HashMap<>();
    Deque<Cycle> open = new ArrayDeque<>();
    for (int i : order) {
      Cycle cycle = cycles.get(i);
      while (!open.isEmpty() && open.peek().end().isBefore(cycle.start())) {
        open.pop();
      }
      // The narrowest open cycle that encloses it; of equal lengths the innermost (latest open).
      // Open cycles that overlap without nesting can enclose it in either order on the stack.
      Cycle parent = null;
      for (Cycle candidate : open) {
        if (candidate.encloses(cycle)
            && (parent == null || candidate.lengthInDays() < parent.lengthInDays())) {
          parent = candidate;
        }
      }
      nested.put(i, parent == null ? cycle : cycle.withParent(parent.id()));
      open.push(cycle);
    }
    List<Cycle> result = new ArrayList<>(cycles.size());
    for (int i = 0; i < cycles.size(); i++) {
      result.add(nested.get(i));
    }
    return List.copyOf(result);
  }
}
