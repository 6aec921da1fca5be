package org.okr4j.alignment;

import java.util.ArrayList;
import java.util.List;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.internal.StrongComponents;
import org.okr4j.core.validation.ValidationContext;

/**
 * The alignment loops of a graph: its {@linkplain StrongComponents strongly connected components}
 * over vertical links (a loop a million long needs no stack). A loop of several objectives is
 * kept with its members; an objective aligned to itself only counts (okr-core reports the
 * self-link). The components themselves are kept too, numbered parents first, for the walks that
 * must step over loops rather than into them ({@link HierarchyDepths}).
 */
final class Loops {

  /** Per loop of several objectives, its members; loops ordered by their smallest id. */
  private final List<int[]> members;
  /** Per loop, the member with the smallest id. */
  private final int[] smallest;
  private final int count;
  private final StrongComponents components;

  private Loops(List<int[]> members, int[] smallest, int count, StrongComponents components) {
    this.members = members;
    this.smallest = smallest;
    this.count = count;
    this.components = components;
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
    return sorted(graph, found, found.size() + selfLoops, components);
  }

  /** The loops of the graph of the set {@code context} checks, found once per check. */
  static Loops of(ValidationContext context) {
    return context.derived(Loops.class, c -> of(AlignmentGraph.of(c)));
  }

  /** The loops in the order of their smallest ids, so that reports do not follow the set's. */
  private static Loops sorted(AlignmentGraph graph, List<int[]> found, int count,
      StrongComponents components) {
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
    return new Loops(members, smallest, count, components);
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

  /**
   * The strongly connected component of an objective over parent links: objectives in one loop
   * share it, any other objective has one of its own. Numbered so that a parent's component comes
   * before its children's, except inside a loop.
   */
  int componentOf(int objective) {
    return components.componentOf(objective);
  }

  /** The number of components, one per objective outside a loop and one per loop. */
  int componentCount() {
    return components.count();
  }
}
