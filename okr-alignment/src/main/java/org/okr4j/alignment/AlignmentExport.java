package org.okr4j.alignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.scoring.Scores;
import org.okr4j.scoring.Status;

/**
 * Pictures of the alignment: Graphviz DOT and Mermaid text of the whole tree or one subtree,
 * coloured by status and marked with findings, so that people look at the picture instead of
 * reading lists. The library only writes text; render it with {@code dot -Tpng} or any Mermaid
 * viewer.
 *
 * <p>Nodes come in the set's order and edges child to parent in link order, so the text is the
 * same every time. Titles are escaped for each format.
 * <pre>{@code
 * String dot = AlignmentExport.of(graph, scores, report).toDot();
 * String mermaid = AlignmentExport.of(graph, scores, report).subtree(ObjectiveId.of("c-1")).toMermaid();
 * }</pre>
 */
public final class AlignmentExport {

  private final AlignmentGraph graph;
  private final Scores scores;
  private final AlignmentReport report;
  private final boolean[] included;

  private AlignmentExport(AlignmentGraph graph, Scores scores, AlignmentReport report,
      boolean[] included) {
    this.graph = graph;
    this.scores = scores;
    this.report = report;
    this.included = included;
  }

  /** An export of the whole graph, coloured by {@code scores}, marked with {@code report}. */
  public static AlignmentExport of(AlignmentGraph graph, Scores scores, AlignmentReport report) {
    boolean[] all = new boolean[graph.size()];
    java.util.Arrays.fill(all, true);
    return new AlignmentExport(Objects.requireNonNull(graph, "graph"),
        Objects.requireNonNull(scores, "scores"), Objects.requireNonNull(report, "report"), all);
  }

  /** The same export limited to {@code root} and everything below it. */
  public AlignmentExport subtree(ObjectiveId root) {
    boolean[] below = new boolean[graph.size()];
    int start = graph.node(root);
    below[start] = true;
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int c = graph.childStart[v]; c < graph.childStart[v + 1]; c++) {
        int w = graph.child[graph.childEdge[c]];
        if (!below[w]) {
          below[w] = true;
          queue.add(w);
        }
      }
    }
    return new AlignmentExport(graph, scores, report, below);
  }

  /** Graphviz DOT: children point up to parents; dashed edges support without counting. */
  public String toDot() {
    Map<String, List<String>> marks = marks();
    StringBuilder dot = new StringBuilder("digraph okr {\n  rankdir=BT;\n"
        + "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
    List<Objective> objectives = graph.set().objectives();
    for (int o = 0; o < graph.size(); o++) {
      if (!included[o]) {
        continue;
      }
      Objective objective = objectives.get(o);
      List<String> codes = marks.getOrDefault(objective.id().value(), List.of());
      dot.append("  \"").append(dotEscape(objective.id().value())).append("\" [label=\"")
          .append(dotEscape(label(objective))).append(codes.isEmpty() ? ""
              : "\\n! " + dotEscape(String.join(", ", codes))).append("\", fillcolor=\"")
          .append(colour(objective.id())).append('"')
          .append(codes.isEmpty() ? "" : ", color=\"#b00020\", penwidth=2").append("];\n");
    }
    for (int e = 0; e < graph.parent.length; e++) {
      if (included[graph.child[e]] && included[graph.parent[e]]) {
        dot.append("  \"").append(dotEscape(graph.idOf(graph.child[e]).value())).append("\" -> \"")
            .append(dotEscape(graph.idOf(graph.parent[e]).value())).append('"')
            .append(graph.kindOf(e) == AlignmentKind.SUPPORTS ? " [style=dashed]" : "")
            .append(";\n");
      }
    }
    return dot.append("}\n").toString();
  }

  /** Mermaid flowchart: the same picture for Markdown viewers. */
  public String toMermaid() {
    Map<String, List<String>> marks = marks();
    StringBuilder text = new StringBuilder("flowchart BT\n");
    List<Objective> objectives = graph.set().objectives();
    Map<Integer, String> names = new HashMap<>();
    for (int o = 0; o < graph.size(); o++) {
      if (!included[o]) {
        continue;
      }
      String name = "n" + o;
      names.put(o, name);
      Objective objective = objectives.get(o);
      List<String> codes = marks.getOrDefault(objective.id().value(), List.of());
      text.append("  ").append(name).append("[\"").append(mermaidEscape(label(objective)))
          .append(codes.isEmpty() ? "" : "<br/>! " + mermaidEscape(String.join(", ", codes)))
          .append("\"]:::").append(statusClass(objective.id())).append('\n');
    }
    for (int e = 0; e < graph.parent.length; e++) {
      if (included[graph.child[e]] && included[graph.parent[e]]) {
        text.append("  ").append(names.get(graph.child[e]))
            .append(graph.kindOf(e) == AlignmentKind.SUPPORTS ? " -.-> " : " --> ")
            .append(names.get(graph.parent[e])).append('\n');
      }
    }
    text.append("  classDef onTrack fill:#c8e6c9\n  classDef behind fill:#ffe0b2\n")
        .append("  classDef atRisk fill:#ffcdd2\n  classDef offTrack fill:#ef9a9a\n")
        .append("  classDef none fill:#eeeeee\n");
    return text.toString();
  }

  private String label(Objective objective) {
    double p = scores.objectiveProgressAt(graph.node(objective.id())).orElse(Double.NaN);
    String percent = Double.isNaN(p) ? "not scored" : String.format(Locale.ROOT, "%.0f%%", 100 * p);
    return objective.title() + " (" + percent + ")";
  }

  private String colour(ObjectiveId id) {
    return switch (statusClass(id)) {
      case "onTrack" -> "#c8e6c9";
      case "behind" -> "#ffe0b2";
      case "atRisk" -> "#ffcdd2";
      case "offTrack" -> "#ef9a9a";
      default -> "#eeeeee";
    };
  }

  private String statusClass(ObjectiveId id) {
    Optional<Status> status = scores.objectiveStatusAt(graph.node(id));
    if (status.isEmpty()) {
      return "none";
    }
    return switch (status.get()) {
      case ON_TRACK, COMPLETED -> "onTrack";
      case BEHIND, LAGGING -> "behind";
      case AT_RISK -> "atRisk";
      case OFF_TRACK -> "offTrack";
      case NOT_STARTED -> "none";
    };
  }

  /** Finding codes per objective id. */
  private Map<String, List<String>> marks() {
    Map<String, List<String>> marks = new HashMap<>();
    for (Finding finding : report.findings()) {
      for (String subject : finding.subjects()) {
        List<String> codes = marks.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!codes.contains(finding.code())) {
          codes.add(finding.code());
        }
      }
    }
    return marks;
  }

  private static String dotEscape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static String mermaidEscape(String text) {
    return text.replace("\"", "#quot;").replace("\n", " ");
  }
}
