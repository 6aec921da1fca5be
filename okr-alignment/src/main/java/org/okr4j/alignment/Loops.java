package org.okr4j.alignment;

import java.util.ArrayList;
import java.util.List;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.internal.StrongComponents;

/**
 * The alignment loops of a graph: its {@linkplain StrongComponents strongly connected components}
 * over vertical links (a loop a million long needs no stack). A loop of several objectives is
 * kept with its members; an objective aligned to itself only counts (okr-core reports the
 * self-link).
 */
final class Loops {

  /** Per loop of several objectives, its members; loops ordered by their smallest id. */
  private final List<int[]> members;
  /** Per loop, the member with the smallest id. */
  private final int[] smallest;
  private final int count;

  private Loops(List<int[]> members, int[] smallest, int count) {
    this.members = members;
    this.smallest = smallest;
    this.count = count;
  }

  static Loops of(AlignmentGraph graph) {
    OkrLinks links = graph.links();
    int n = graph.size();
    StrongComponents components = StrongComponents.of(n, links::parentEdgeStart,
        links::parentEdgeEnd, (objective, edge) -> links.parentOf(edge));
    List<int[]> found = components.groups();
    int selfLoops = 0;
    for (int v = 0; v < n; v++) {
      if (components.sizeOf(components.componentOf(v)) == 1 && alignsToItself(links, v)) {
        selfLoops++;
      }
    }
    return sorted(graph, found, found.size() + selfLoops);
  }

  /** The loops in the order of their smallest ids, so that reports do not follow the set's. */
  private static Loops sorted(AlignmentGraph graph, List<int[]> found, int count) {
    record Loop(int smallest, int[] members) {}
    List<Loop> loops = new ArrayList<>(found.size());
    for (int[] loop : found) {
      int min = loop[0];
      for (int m : loop) {
        if (graph.idOf(m).compareTo(graph.idOf(min)) < 0) {
          min = m;
        }
      }
      loops.add(new Loop(min, loop));
    }
    loops.sort((a, b) -> graph.idOf(a.smallest()).compareTo(graph.idOf(b.smallest())));
    List<int[]> members = new ArrayList<>(loops.size());
    int[] smallest = new int[loops.size()];
    for (int i = 0; i < loops.size(); i++) {
      members.add(loops.get(i).members());
      smallest[i] = loops.get(i).smallest();
    }
    return new Loops(members, smallest, count);
  }

  private static boolean alignsToItself(OkrLinks links, int v) {
    for (int e = links.parentEdgeStart(v); e < links.parentEdgeEnd(v); e++) {
      if (links.parentOf(e) == v) {
        return true;
      }
    }
    return false;
  }

  /** Every loop, an objective aligned to itself included. */
  int count() {
    return count;
  }

  /** The number of loops of several objectives. */
  int size() {
    return smallest.length;
  }

  /** The members of loop {@code i}, in no particular order. */
  int[] members(int i) {
    return members.get(i);
  }

  /** The member of loop {@code i} with the smallest id. */
  int smallest(int i) {
    return smallest[i];
  }
}
