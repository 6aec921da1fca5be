package org.okr4j.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.scoring.Part;
import org.okr4j.scoring.Progress;
import org.okr4j.scoring.RollUp;
import org.okr4j.scoring.Scores;

/**
 * Progress carried up the alignment: each objective's progress from its own key results and its
 * contributing children (OpenOKR's roll-up; Perdoo's and Quantive's "key results and aligned
 * OKRs"), combined by an okr-scoring {@link RollUp}.
 *
 * <p>Immutable and thread-safe. Only {@link AlignmentKind#CONTRIBUTES} links move progress
 * (supporting ones are shown, not counted), at the link's weight; a child aligned to a key result
 * counts towards the objective holding it and leaves the key result's own value alone. Loops are
 * broken deterministically: a depth-first pass in the set's order ignores the link that would close
 * a loop, so every objective is computed once, children first.
 * <pre>{@code
 * AlignmentRollUp rolled = AlignmentRollUp.of(graph, scores, RollUps.weightedMean());
 * rolled.progress(ObjectiveId.of("c-recommend"));   // with the cascade below it
 * }</pre>
 */
public final class AlignmentRollUp {

  private final AlignmentGraph graph;
  private final double[] progress;

  private AlignmentRollUp(AlignmentGraph graph, Scores scores, RollUp rollUp) {
    this.graph = graph;
    int n = graph.size();
    progress = new double[n];
    List<Objective> objectives = graph.set().objectives();
    // A child counts only once computed: the link that would close a loop is left out.
    boolean[] done = new boolean[n];
    for (int o : childrenFirst(graph)) {
      Objective objective = objectives.get(o);
      List<Part> parts = new ArrayList<>();
      for (KeyResult kr : objective.keyResults()) {
        OptionalDouble p = scores.keyResultProgressAt(graph.set().positionOf(kr.id()));
        parts.add(Part.of(kr.id().value(), p.isPresent() ? Progress.of(p.getAsDouble(), "scored")
            : Progress.notScored("not scored"), kr.weight()));
      }
      for (int c = graph.childStart[o]; c < graph.childStart[o + 1]; c++) {
        int edge = graph.childEdge[c];
        int child = graph.child[edge];
        if (graph.kindOf(edge) == AlignmentKind.CONTRIBUTES && child != o
            && !Double.isNaN(progress[child]) && done[child]) {
          parts.add(Part.of(objectives.get(child).id().value(),
              Progress.of(progress[child], "rolled up"), graph.weight[edge]));
        }
      }
      progress[o] = rollUp.combine(parts).orElse(Double.NaN);
      done[o] = true;
    }
  }

  /**
   * Objectives in depth-first post-order over child links, starting from each objective in the
   * set's order: every child before its parents, except along a link that closes a loop.
   */
  private static int[] childrenFirst(AlignmentGraph graph) {
    int n = graph.size();
    int[] order = new int[n];
    int count = 0;
    byte[] state = new byte[n];
    int[] stack = new int[n];
    int[] next = new int[n];
    for (int start = 0; start < n; start++) {
      if (state[start] != 0) {
        continue;
      }
      int top = 0;
      stack[0] = start;
      next[0] = graph.childStart[start];
      state[start] = 1;
      while (top >= 0) {
        int v = stack[top];
        if (next[top] < graph.childStart[v + 1]) {
          int w = graph.child[graph.childEdge[next[top]++]];
          if (state[w] == 0) {
            state[w] = 1;
            stack[++top] = w;
            next[top] = graph.childStart[w];
          }
        } else {
          state[v] = 2;
          order[count++] = v;
          top--;
        }
      }
    }
    return order;
  }

  /** Rolls {@code scores} up {@code graph} with {@code rollUp}. */
  public static AlignmentRollUp of(AlignmentGraph graph, Scores scores, RollUp rollUp) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(rollUp, "rollUp");
    if (scores.set() != graph.set() && !scores.set().equals(graph.set())) {
      throw new IllegalArgumentException("scores must be of the graph's set, but were of "
          + scores.set());
    }
    return new AlignmentRollUp(graph, scores, rollUp);
  }

  /** The rolled-up progress of an objective; empty if neither it nor anything below is scored. */
  public OptionalDouble progress(ObjectiveId id) {
    double value = progress[graph.node(id)];
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
