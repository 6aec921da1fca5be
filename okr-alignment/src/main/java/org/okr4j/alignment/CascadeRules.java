package org.okr4j.alignment;

import static org.okr4j.alignment.AlignmentRules.COMMITTED_UNDER_ASPIRATIONAL;
import static org.okr4j.alignment.AlignmentRules.KEY_RESULT_NOT_CASCADED;
import static org.okr4j.alignment.AlignmentRules.LEVEL_SKIP;
import static org.okr4j.alignment.AlignmentRules.LOOP;
import static org.okr4j.alignment.AlignmentRules.MISALIGNED_CLUSTER;
import static org.okr4j.alignment.AlignmentRules.NOT_CASCADED;
import static org.okr4j.alignment.AlignmentRules.TOO_DEEP;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.Commitment;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Level;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationRule;
import org.okr4j.core.validation.Violation;

/**
 * The rules about the cascade as a whole: what reaches the top and what the top reaches, loops,
 * depth, and what a link joins (levels skipped, promises under stretch goals).
 */
final class CascadeRules {

  private CascadeRules() {}

  /**
   * Objectives with a parent in the set that no top-level objective reaches, one violation per
   * group they form with each other and the roots they hang from; members and groups in id order.
   * An objective that reaches the top belongs to no group and joins none: two groups it also
   * aligns to are connected to the top through it, not to each other.
   */
  static ValidationRule misalignedClusters() {
    return (context, out) -> {
      if (!context.reports(MISALIGNED_CLUSTER)) {
        return;
      }
      AlignmentGraph graph = AlignmentGraph.of(context);
      Depths depths = Depths.of(context);
      OkrLinks links = graph.links();
      int n = graph.size();
      // The parent of an objective the top does not reach is not reached either.
      int[] component = graph.componentIds(e -> depths.at(links.childOf(e)) == 0);
      // Walking in id order lists each group's members sorted, and the groups by their first.
      int[] cluster = new int[n];
      Arrays.fill(cluster, -1);
      List<List<ObjectiveId>> clusters = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int o = links.inIdOrder(i);
        if (depths.at(o) == 0 && links.parentCount(o) > 0) {
          int c = component[o];
          if (cluster[c] < 0) {
            cluster[c] = clusters.size();
            clusters.add(new ArrayList<>());
          }
          clusters.get(cluster[c]).add(graph.idOf(o));
        }
      }
      for (List<ObjectiveId> members : clusters) {
        out.accept(Violation.of(MISALIGNED_CLUSTER, Severity.WARNING, members)
            .withValue("count", members.size()));
      }
    };
  }

  /** Top-level objectives no other objective contributes to, in id order. */
  static ValidationRule notCascaded() {
    return (context, out) -> {
      if (!context.reports(NOT_CASCADED)) {
        return;
      }
      AlignmentGraph graph = AlignmentGraph.of(context);
      OkrLinks links = graph.links();
      for (int i = 0; i < graph.size(); i++) {
        int o = links.inIdOrder(i);
        if (graph.isTop(o) && !hasContributingChild(links, o)) {
          out.accept(Violation.of(NOT_CASCADED, Severity.WARNING, graph.idOf(o)));
        }
      }
    };
  }

  private static boolean hasContributingChild(OkrLinks links, int o) {
    for (int c = links.childSlotStart(o); c < links.childSlotEnd(o); c++) {
      int edge = links.childEdge(c);
      if (links.kindOf(edge) == AlignmentKind.CONTRIBUTES && links.childOf(edge) != o) {
        return true;
      }
    }
    return false;
  }

  /**
   * Key results of top-level objectives that no other objective aligns to, in a set that aligns to
   * key results at all (elsewhere cascading runs through objectives and this says nothing);
   * objectives in id order, each with its key results in order.
   */
  static ValidationRule keyResultsNotCascaded() {
    return (context, out) -> {
      if (!context.reports(KEY_RESULT_NOT_CASCADED)) {
        return;
      }
      AlignmentGraph graph = AlignmentGraph.of(context);
      OkrLinks links = graph.links();
      boolean[] hasChild = new boolean[links.keyResultCount()];
      boolean cascadesThroughKeyResults = false;
      for (int e = 0; e < links.edgeCount(); e++) {
        int kr = links.keyResultOf(e);
        if (kr >= 0 && links.childOf(e) != links.parentOf(e)) {
          cascadesThroughKeyResults = true;
          hasChild[kr] = true;
        }
      }
      if (!cascadesThroughKeyResults) {
        return;
      }
      List<Objective> objectives = graph.set().objectives();
      for (int i = 0; i < graph.size(); i++) {
        int o = links.inIdOrder(i);
        if (!graph.isTop(o)) {
          continue;
        }
        Objective objective = objectives.get(o);
        List<KeyResult> keyResults = objective.keyResults();
        int first = links.firstKeyResult(o);
        for (int k = 0; k < keyResults.size(); k++) {
          if (!hasChild[first + k]) {
            out.accept(Violation.of(KEY_RESULT_NOT_CASCADED, Severity.INFO,
                keyResults.get(k).id()).withValue("objective", objective.id()));
          }
        }
      }
    };
  }

  /**
   * Loops of several objectives, each as its shortest loop through its smallest id, a path that
   * ends where it starts: the same path whatever the order of the set's lists. Loops in the order
   * of their smallest ids.
   */
  static ValidationRule loops() {
    return (context, out) -> {
      if (!context.reports(LOOP)) {
        return;
      }
      AlignmentGraph graph = AlignmentGraph.of(context);
      Loops loops = Loops.of(context);
      if (loops.size() == 0) {
        return;
      }
      int[] loopOf = new int[graph.size()];
      int[] cameFrom = new int[graph.size()];
      for (int i = 0; i < loops.size(); i++) {
        int[] members = loops.members(i);
        for (int m : members) {
          loopOf[m] = i + 1;
          cameFrom[m] = -1;
        }
        List<ObjectiveId> path = shortestLoop(graph, loops.smallest(i), members.length, i + 1,
            loopOf, cameFrom);
        out.accept(Violation.of(LOOP, Severity.ERROR, path).withValue("count", members.length));
      }
    };
  }

  /** Breadth first from {@code start}'s parents back to {@code start}, inside its loop. */
  private static List<ObjectiveId> shortestLoop(AlignmentGraph graph, int start, int size,
      int loop, int[] loopOf, int[] cameFrom) {
    OkrLinks links = graph.links();
    int[] queue = new int[size];
    int tail = 0;
    queue[tail++] = start;
    int end = -1;
    for (int head = 0; head < tail && end < 0; head++) {
      int v = queue[head];
      for (int e = links.parentEdgeStart(v); e < links.parentEdgeEnd(v); e++) {
        int w = links.parentOf(e);
        if (w == start) {
          end = v;
          break;
        }
        if (loopOf[w] == loop && cameFrom[w] < 0) {
          cameFrom[w] = v;
          queue[tail++] = w;
        }
      }
    }
    List<ObjectiveId> path = new ArrayList<>();
    path.add(graph.idOf(start));
    for (int v = end; v != start; v = cameFrom[v]) {
      path.add(graph.idOf(v));
    }
    path.add(graph.idOf(start));
    // Collected from the end back to the start: turn all but the closing start around.
    Collections.reverse(path.subList(1, path.size() - 1));
    return path;
  }

  /**
   * A parent more than one level above, counting the levels of the organisation's level scheme
   * (and any other level an objective has), not only the levels that have objectives: a team
   * aligned to the company skips the department even in a set without department objectives.
   */
  static ValidationRule levelSkips() {
    return (context, out) -> {
      if (!context.reports(LEVEL_SKIP)) {
        return;
      }
      AlignmentGraph graph = AlignmentGraph.of(context);
      OkrLinks links = graph.links();
      List<Objective> objectives = graph.set().objectives();
      int[] levelIndex = levelIndexes(graph);
      for (int i = 0; i < graph.size(); i++) {
        int c = links.inIdOrder(i);
        for (int e = links.parentEdgeStart(c); e < links.parentEdgeEnd(c); e++) {
          int p = links.parentOf(e);
          int skipped = levelIndex[c] - levelIndex[p] - 1;
          if (skipped > 0) {
            Objective child = objectives.get(c);
            Objective parent = objectives.get(p);
            out.accept(Violation.of(LEVEL_SKIP, Severity.INFO, child.id())
                .withValue("parent", parent.id()).withValue("level", child.level().name())
                .withValue("parent-level", parent.level().name())
                .withValue("skipped", skipped));
          }
        }
      }
    };
  }

  /**
   * Each objective's place among the ranks of the level scheme and of the levels in use: adjacent
   * levels differ by one.
   */
  private static int[] levelIndexes(AlignmentGraph graph) {
    int n = graph.size();
    List<Level> scheme = graph.set().organization().levels().levels();
    int[] ranks = new int[n + scheme.size()];
    for (int o = 0; o < n; o++) {
      ranks[o] = graph.rank(o);
    }
    for (int l = 0; l < scheme.size(); l++) {
      ranks[n + l] = scheme.get(l).rank();
    }
    int[] distinct = Arrays.stream(ranks).distinct().sorted().toArray();
    int[] index = new int[n];
    for (int o = 0; o < n; o++) {
      index[o] = Arrays.binarySearch(distinct, ranks[o]);
    }
    return index;
  }

  /** A committed objective aligned to an aspirational one. */
  static ValidationRule committedUnderAspirational() {
    return (context, out) -> {
      if (!context.reports(COMMITTED_UNDER_ASPIRATIONAL)) {
        return;
      }
      AlignmentGraph graph = AlignmentGraph.of(context);
      OkrLinks links = graph.links();
      List<Objective> objectives = graph.set().objectives();
      for (int i = 0; i < graph.size(); i++) {
        int c = links.inIdOrder(i);
        Objective child = objectives.get(c);
        if (child.commitment() != Commitment.COMMITTED) {
          continue;
        }
        for (int e = links.parentEdgeStart(c); e < links.parentEdgeEnd(c); e++) {
          Objective parent = objectives.get(links.parentOf(e));
          if (parent.commitment() == Commitment.ASPIRATIONAL) {
            out.accept(Violation.of(COMMITTED_UNDER_ASPIRATIONAL, Severity.WARNING, child.id())
                .withValue("parent", parent.id()));
          }
        }
      }
    };
  }

  /**
   * Objectives at a level of the goal hierarchy beyond {@code conflict.depth.max} (GitLab: "at
   * most 9 levels", so each objective at level 10 or deeper is refused), in id order, levels
   * counted through parent links from a root whatever the organisation levels
   * ({@link HierarchyDepths}).
   */
  static ValidationRule depth() {
    return (context, out) -> {
      int max = context.get(AlignmentRules.MAX_DEPTH);
      if (max == 0 || !context.reports(TOO_DEEP)) {
        return;
      }
      AlignmentGraph graph = AlignmentGraph.of(context);
      HierarchyDepths depths = HierarchyDepths.of(context);
      OkrLinks links = graph.links();
      for (int i = 0; i < graph.size(); i++) {
        int o = links.inIdOrder(i);
        if (depths.at(o) > max) {
          out.accept(Violation.of(TOO_DEEP, Severity.WARNING, graph.idOf(o))
              .withValue("depth", depths.at(o)).withValue("max", max));
        }
      }
    };
  }
}
