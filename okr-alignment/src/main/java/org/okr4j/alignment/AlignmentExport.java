package org.okr4j.alignment;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.internal.Guards;

/**
 * Pictures of the alignment: Graphviz DOT and Mermaid text of the whole tree or one subtree, so
 * that people look at a picture instead of reading lists. The library only writes text; render it
 * with {@code dot -Tpng} or any Mermaid viewer.
 *
 * <p>What a node says and how it looks come from the caller: a label function (by default the
 * objective's id and title on two lines) and a {@link NodeStyle} function (by default
 * {@link NodeStyle#PLAIN}). So a host colours nodes by its scores' status, or marks the subjects of
 * a {@link org.okr4j.core.validation.ValidationResult}, without this module knowing either.
 *
 * <p>Immutable and thread-safe if the functions are. Nodes come in the set's order and edges child
 * to parent in link order, so the text is the same every time; dashed edges support without
 * counting. Labels are escaped for each format, a line break in a label included.
 * <pre>{@code
 * String dot = AlignmentExport.of(graph).toDot();
 * String mermaid = AlignmentExport.of(graph)
 *     .withLabel(o -> o.title() + " (" + percent(o) + ")")
 *     .withStyle(o -> result.about(o.id()).isEmpty() ? NodeStyle.PLAIN : flagged)
 *     .subtree(ObjectiveId.of("c-1"))
 *     .toMermaid();
 * }</pre>
 */
public final class AlignmentExport {

  private static final Function<Objective, String> ID_AND_TITLE =
      objective -> objective.id() + "\n" + objective.title();
  private static final Function<Objective, NodeStyle> PLAIN = objective -> NodeStyle.PLAIN;
  private static final String DEFAULT_FONT = "Helvetica";

  private final AlignmentGraph graph;
  private final Function<? super Objective, String> label;
  private final Function<? super Objective, NodeStyle> style;
  private final boolean[] included;
  private final String font;

  private AlignmentExport(AlignmentGraph graph, Function<? super Objective, String> label,
      Function<? super Objective, NodeStyle> style, boolean[] included, String font) {
    this.graph = graph;
    this.label = label;
    this.style = style;
    this.included = included;
    this.font = font;
  }

  /** An export of the whole graph, each node labelled with its id and title, in plain grey. */
  public static AlignmentExport of(AlignmentGraph graph) {
    boolean[] all = new boolean[Objects.requireNonNull(graph, "graph").size()];
    Arrays.fill(all, true);
    return new AlignmentExport(graph, ID_AND_TITLE, PLAIN, all, DEFAULT_FONT);
  }

  /** A copy that labels each node with what {@code label} says of its objective. */
  public AlignmentExport withLabel(Function<? super Objective, String> label) {
    return new AlignmentExport(graph, Objects.requireNonNull(label, "label"), style, included, font);
  }

  /** A copy that draws each node in the style {@code style} gives its objective. */
  public AlignmentExport withStyle(Function<? super Objective, NodeStyle> style) {
    return new AlignmentExport(graph, label, Objects.requireNonNull(style, "style"), included, font);
  }

  /**
   * The same export limited to {@code root} and everything below it.
   *
   * @throws IllegalArgumentException if the graph's set has no such objective
   */
  public AlignmentExport subtree(ObjectiveId root) {
    OkrLinks links = graph.links();
    boolean[] below = new boolean[graph.size()];
    int start = graph.node(root);
    below[start] = true;
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int c = links.childSlotStart(v); c < links.childSlotEnd(v); c++) {
        int w = links.childOf(links.childEdge(c));
        if (!below[w]) {
          below[w] = true;
          queue.add(w);
        }
      }
    }
    return new AlignmentExport(graph, label, style, below, font);
  }

  /**
   * A copy whose DOT picture names this font family, for example {@code "Noto Sans CJK SC"} so
   * that Graphviz draws Chinese titles where that font is installed (its default, Helvetica, has
   * no Chinese glyphs). Mermaid viewers choose their own fonts.
   *
   * @throws IllegalArgumentException if {@code family} is blank or holds a quote, a backslash or a
   *     control character
   */
  public AlignmentExport withFont(String family) {
    Objects.requireNonNull(family, "family");
    Guards.check(!family.isBlank() && family.chars().noneMatch(
        c -> c == '"' || c == '\\' || Character.isISOControl(c)), "font family",
        "be a plain name, not blank and without quotes, backslashes or control characters",
        family);
    return new AlignmentExport(graph, label, style, included, family);
  }

  /** The font family the DOT picture names: Helvetica unless {@link #withFont} chose another. */
  public String font() {
    return font;
  }

  /** Graphviz DOT: children point up to parents; dashed edges support without counting. */
  public String toDot() {
    StringBuilder dot = new StringBuilder("digraph okr {\n  rankdir=BT;\n"
        + "  node [shape=box, style=\"rounded,filled\", fontname=\"" + font + "\"];\n");
    List<Objective> objectives = graph.set().objectives();
    for (int o = 0; o < graph.size(); o++) {
      if (!included[o]) {
        continue;
      }
      Objective objective = objectives.get(o);
      NodeStyle look = styleOf(objective);
      dot.append("  \"").append(dotEscape(objective.id().value())).append("\" [label=\"")
          .append(dotEscape(labelOf(objective))).append("\", fillcolor=\"").append(look.fill())
          .append('"');
      look.border().ifPresent(border -> dot.append(", color=\"").append(border)
          .append("\", penwidth=2"));
      dot.append("];\n");
    }
    OkrLinks links = graph.links();
    for (int e = 0; e < links.edgeCount(); e++) {
      int child = links.childOf(e);
      int parent = links.parentOf(e);
      if (included[child] && included[parent]) {
        dot.append("  \"").append(dotEscape(graph.idOf(child).value())).append("\" -> \"")
            .append(dotEscape(graph.idOf(parent).value())).append('"')
            .append(links.kindOf(e) == AlignmentKind.SUPPORTS ? " [style=dashed]" : "")
            .append(";\n");
      }
    }
    return dot.append("}\n").toString();
  }

  /**
   * Mermaid flowchart: the same picture for Markdown viewers; each style becomes a class, defined
   * after the edges in the order the styles were first used.
   *
   * @throws IllegalArgumentException if the style function gives two different styles one name
   */
  public String toMermaid() {
    StringBuilder text = new StringBuilder("flowchart BT\n");
    List<Objective> objectives = graph.set().objectives();
    Map<String, NodeStyle> classes = new LinkedHashMap<>();
    for (int o = 0; o < graph.size(); o++) {
      if (!included[o]) {
        continue;
      }
      Objective objective = objectives.get(o);
      NodeStyle look = styleOf(objective);
      NodeStyle earlier = classes.putIfAbsent(look.name(), look);
      if (earlier != null && !earlier.equals(look)) {
        throw Guards.failure("node styles named " + look.name(), "be equal, one Mermaid class each",
            earlier + " and " + look);
      }
      text.append("  n").append(o).append("[\"").append(mermaidEscape(labelOf(objective)))
          .append("\"]:::").append(look.name()).append('\n');
    }
    OkrLinks links = graph.links();
    for (int e = 0; e < links.edgeCount(); e++) {
      int child = links.childOf(e);
      int parent = links.parentOf(e);
      if (included[child] && included[parent]) {
        text.append("  n").append(child)
            .append(links.kindOf(e) == AlignmentKind.SUPPORTS ? " -.-> " : " --> ")
            .append('n').append(parent).append('\n');
      }
    }
    for (NodeStyle look : classes.values()) {
      text.append("  classDef ").append(look.name()).append(" fill:").append(look.fill());
      look.border().ifPresent(border -> text.append(",stroke:").append(border)
          .append(",stroke-width:2px"));
      text.append('\n');
    }
    return text.toString();
  }

  private String labelOf(Objective objective) {
    return Objects.requireNonNull(label.apply(objective), () -> "label of " + objective.id());
  }

  private NodeStyle styleOf(Objective objective) {
    return Objects.requireNonNull(style.apply(objective), () -> "style of " + objective.id());
  }

  /**
   * Text inside a DOT double-quoted string: a backslash and a quote are escaped, a line break
   * ({@code \n}, {@code \r\n} or a lone {@code \r}, as in Mermaid labels) becomes {@code \\n},
   * and any other control character is written as {@code \\uXXXX} text so that it shows instead of
   * confusing the renderer.
   */
  static String dotEscape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '"') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        // A lone carriage return breaks the line too; before a newline, that newline does.
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          out.append("\\n");
        }
      } else if (Character.isISOControl(c)) {
        out.append(String.format("\\\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Text inside a Mermaid quoted label, which Mermaid reads as HTML with its own entity codes:
   * {@code #}, {@code "}, {@code <}, {@code >}, {@code &} and control characters become entity
   * codes ({@code #35;}, {@code #quot;}, {@code #lt;}, {@code #gt;}, {@code #amp;},
   * {@code #NN;}), and a line break ({@code \n}, {@code \r\n} or a lone {@code \r}) becomes
   * {@code <br/>}.
   */
  static String mermaidEscape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '#' -> out.append("#35;");
        case '"' -> out.append("#quot;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '&' -> out.append("#amp;");
        case '\n' -> out.append("<br/>");
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            out.append("<br/>");
          }
        }
        default -> {
          if (Character.isISOControl(c)) {
            out.append('#').append((int) c).append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
