package org.okr4j.alignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.DanglingLink;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.OkrSet;
import org.okr4j.core.validation.ValidationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alignment graph of an {@link OkrSet}: objectives as nodes, and each objective's links to the
 * objectives (or key results) it serves as typed, weighted edges.
 *
 * <p>Immutable and thread-safe. Built in linear time over the set's links, which okr-core resolves
 * once per set ({@link OkrSet#links()}); queries walk int arrays iteratively, so a chain or a loop
 * a million long neither overflows the stack nor runs twice round. A link to a key result is an
 * edge to the objective that holds it. Vertical links ({@link AlignmentKind#isVertical()}) make the
 * cascade; horizontal ones (relates to, depends on) are kept apart. Links to ids the set does not
 * hold are kept as {@link #danglingLinks()}. Lists of ids come in the set's order. Validation
 * rules share one graph per check through {@link #of(ValidationContext)}.
 * <pre>{@code
 * AlignmentGraph graph = AlignmentGraph.of(set);
 * graph.parents(ObjectiveId.of("t-emea"));     // [d-sales]
 * graph.pathToTop(ObjectiveId.of("i-sofia"));  // [i-sofia, t-emea, d-sales, c-profitable]
 * graph.descendants(ObjectiveId.of("c-recommend"));
 * }</pre>
 */
public final class AlignmentGraph {

  private static final Logger LOG = LoggerFactory.getLogger(AlignmentGraph.class);

  private final OkrSet set;
  private final OkrLinks links;
  private final int size;
  // What the rules and metrics read of each objective besides its links, read once here so that
  // they run over arrays, not objects: its level's rank, its level (an index into levelNames),
  // whether it stands alone on purpose, and its origin (an Origin ordinal, or -1).
  private final int[] rank;
  private final int[] level;
  private final List<String> levelNames;
  private final boolean[] standalone;
  private final byte[] origin;
  /** The smallest rank of any objective (the set's top level), or 0 for an empty set. */
  private final int top;

  private AlignmentGraph(OkrSet set) {
    this.set = set;
    this.links = set.links();
    List<Objective> objectives = set.objectives();
    size = objectives.size();
    rank = new int[size];
    level = new int[size];
    standalone = new boolean[size];
    origin = new byte[size];
    List<String> levels = new ArrayList<>();
    Map<String, Integer> levelIndex = new HashMap<>();
    String lastLevel = null;
    int lastLevelIndex = -1;
    int best = Integer.MAX_VALUE;
    for (int o = 0; o < size; o++) {
      Objective objective = objectives.get(o);
      rank[o] = objective.level().rank();
      best = Math.min(best, rank[o]);
      String levelName = objective.level().name();
      // Neighbours mostly share a level: look the name up only when it changes.
      if (!levelName.equals(lastLevel)) {
        lastLevelIndex = levelIndex.computeIfAbsent(levelName, name -> {
          levels.add(name);
          return levels.size() - 1;
        });
        lastLevel = levelName;
      }
      level[o] = lastLevelIndex;
      // A blank reason is no reason (OpenOKR): it says nothing about why the objective stands alone.
      standalone[o] = objective.standaloneReason().filter(reason -> !reason.isBlank()).isPresent();
      origin[o] = (byte) (objective.origin().isPresent() ? objective.origin().get().ordinal() : -1);
    }
    top = size == 0 ? 0 : best;
    levelNames = List.copyOf(levels);
    LOG.debug("alignment graph: {} objectives, {} vertical, {} horizontal, {} dangling links",
        size, links.edgeCount(), links.horizontalCount(), links.danglingLinks().size());
  }

  /** The graph of {@code set}. */
  public static AlignmentGraph of(OkrSet set) {
    return new AlignmentGraph(Objects.requireNonNull(set, "set"));
  }

  /**
   * The graph of the set a validation rule checks, built once per check and shared by every rule
   * that asks: okr-alignment's rules read it so, and so can a host's whole-graph rule.
   */
  public static AlignmentGraph of(ValidationContext context) {
    return Objects.requireNonNull(context, "context")
        .derived(AlignmentGraph.class, c -> of(c.set()));
  }

  /** The set the graph was built from. */
  public OkrSet set() {
    return set;
  }

  /** The number of objectives (nodes). */
  public int size() {
    return size;
  }

  /** The number of vertical links between objectives of the set. */
  public int verticalLinkCount() {
    return links.edgeCount();
  }

  /** The number of horizontal links (relates to, depends on) between objectives of the set. */
  public int horizontalLinkCount() {
    return links.horizontalCount();
  }

  /** The objectives {@code id} serves through vertical links, in link order, repeats removed. */
  public List<ObjectiveId> parents(ObjectiveId id) {
    int o = node(id);
    Set<Integer> seen = new LinkedHashSet<>();
    for (int e = links.parentEdgeStart(o); e < links.parentEdgeEnd(o); e++) {
      seen.add(links.parentOf(e));
    }
    List<ObjectiveId> result = new ArrayList<>(seen.size());
    for (int p : seen) {
      result.add(idOf(p));
    }
    return Collections.unmodifiableList(result);
  }

  /** The objectives that serve {@code id} directly, in the set's order, repeats removed. */
  public List<ObjectiveId> children(ObjectiveId id) {
    int o = node(id);
    List<ObjectiveId> result = new ArrayList<>();
    int last = -1;
    // Child slots list a parent's edges in the children's order, so repeats are neighbours.
    for (int c = links.childSlotStart(o); c < links.childSlotEnd(o); c++) {
      int node = links.childOf(links.childEdge(c));
      if (node != last) {
        result.add(idOf(node));
        last = node;
      }
    }
    return Collections.unmodifiableList(result);
  }

  /** Every objective {@code id} serves, directly or not: breadth first, nearest first, each once. */
  public List<ObjectiveId> ancestors(ObjectiveId id) {
    return walk(node(id), true);
  }

  /** Every objective that serves {@code id}, directly or not: breadth first, each once. */
  public List<ObjectiveId> descendants(ObjectiveId id) {
    return walk(node(id), false);
  }

  /** The objectives with no vertical link to an objective of the set, in the set's order. */
  public List<ObjectiveId> roots() {
    List<ObjectiveId> roots = new ArrayList<>();
    for (int o = 0; o < size; o++) {
      if (links.parentCount(o) == 0) {
        roots.add(idOf(o));
      }
    }
    return Collections.unmodifiableList(roots);
  }

  /**
   * The line of sight from {@code id} upwards: the objective itself, then its first parent, that
   * one's first parent, and so on to a root; a loop stops the path before it repeats.
   */
  public List<ObjectiveId> pathToTop(ObjectiveId id) {
    int o = node(id);
    List<ObjectiveId> path = new ArrayList<>();
    // A set, not a boolean per node: a query costs what it answers, not the size of the graph.
    Set<Integer> seen = new HashSet<>();
    while (o >= 0 && seen.add(o)) {
      path.add(idOf(o));
      o = links.parentCount(o) == 0 ? -1 : links.parentOf(links.parentEdgeStart(o));
    }
    return Collections.unmodifiableList(path);
  }

  /**
   * The line of sight of a key result: its objective's {@link #pathToTop(ObjectiveId)}.
   *
   * @throws IllegalArgumentException if the set has no such key result
   */
  public List<ObjectiveId> pathToTop(KeyResultId id) {
    return pathToTop(set.objectiveOf(Objects.requireNonNull(id, "id")).orElseThrow(
        () -> new IllegalArgumentException("key result must be in the graph's set, but was " + id))
        .id());
  }

  /**
   * The weakly connected components over vertical links, each in the set's order, ordered by their
   * first objective.
   */
  public List<List<ObjectiveId>> components() {
    int[] component = componentIds();
    List<List<ObjectiveId>> components = new ArrayList<>();
    int[] index = new int[size];
    Arrays.fill(index, -1);
    for (int o = 0; o < size; o++) {
      int c = component[o];
      if (index[c] < 0) {
        index[c] = components.size();
        components.add(new ArrayList<>());
      }
      components.get(index[c]).add(idOf(o));
    }
    List<List<ObjectiveId>> result = new ArrayList<>(components.size());
    for (List<ObjectiveId> c : components) {
      result.add(Collections.unmodifiableList(c));
    }
    return Collections.unmodifiableList(result);
  }

  /** The links to objectives or key results the set does not hold, in the set's order. */
  public List<DanglingLink> danglingLinks() {
    return links.danglingLinks();
  }

  // --- for the rules and metrics of this package ----------------------------------------------

  /** The set's resolved links. */
  OkrLinks links() {
    return links;
  }

  /** The rank of the objective's level. */
  int rank(int objective) {
    return rank[objective];
  }

  /** The smallest rank of any objective: the set's top level (0 for an empty set). */
  int topRank() {
    return top;
  }

  /** True if the objective sits at the set's top level. */
  boolean isTop(int objective) {
    return rank[objective] == top;
  }

  /** The objective's level as an index into {@link #levelNames()}. */
  int level(int objective) {
    return level[objective];
  }

  /** The names of the levels in use, in the order first met. */
  List<String> levelNames() {
    return levelNames;
  }

  /** True if the objective records why it stands alone, in a reason that is not blank. */
  boolean isStandalone(int objective) {
    return standalone[objective];
  }

  /** The objective's {@link org.okr4j.core.Origin} ordinal, or -1 if unknown. */
  int origin(int objective) {
    return origin[objective];
  }

  /** For each node, the smallest node of its weakly connected component (union-find, iterative). */
  int[] componentIds() {
    return componentIds(edge -> true);
  }

  /**
   * For each node, the smallest node of its weakly connected component over the vertical links
   * {@code joins} accepts (by edge); a node no accepted link touches is a component of its own.
   */
  int[] componentIds(IntPredicate joins) {
    int[] root = new int[size];
    for (int o = 0; o < size; o++) {
      root[o] = o;
    }
    for (int e = 0; e < links.edgeCount(); e++) {
      if (!joins.test(e)) {
        continue;
      }
      int a = find(root, links.childOf(e));
      int b = find(root, links.parentOf(e));
      if (a != b) {
        root[Math.max(a, b)] = Math.min(a, b);
      }
    }
    for (int o = 0; o < size; o++) {
      root[o] = find(root, o);
    }
    return root;
  }

  private static int find(int[] root, int node) {
    int r = node;
    while (root[r] != r) {
      r = root[r];
    }
    while (root[node] != r) {
      int next = root[node];
      root[node] = r;
      node = next;
    }
    return r;
  }

  private List<ObjectiveId> walk(int start, boolean up) {
    Set<Integer> seen = new HashSet<>();
    seen.add(start);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    List<ObjectiveId> result = new ArrayList<>();
    while (!queue.isEmpty()) {
      int o = queue.poll();
      int from = up ? links.parentEdgeStart(o) : links.childSlotStart(o);
      int to = up ? links.parentEdgeEnd(o) : links.childSlotEnd(o);
      for (int i = from; i < to; i++) {
        int next = up ? links.parentOf(i) : links.childOf(links.childEdge(i));
        if (seen.add(next)) {
          result.add(idOf(next));
          queue.add(next);
        }
      }
    }
    return Collections.unmodifiableList(result);
  }

  ObjectiveId idOf(int node) {
    return set.objectives().get(node).id();
  }

  int node(ObjectiveId id) {
    int o = set.positionOf(Objects.requireNonNull(id, "id"));
    if (o < 0) {
      throw new IllegalArgumentException("objective must be in the graph's set, but was " + id);
    }
    return o;
  }

  @Override
  public String toString() {
    return "AlignmentGraph[objectives=" + size + ", vertical=" + links.edgeCount()
        + ", horizontal=" + links.horizontalCount() + ", dangling="
        + links.danglingLinks().size() + "]";
  }
}
