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
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.DanglingLink;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;
import org.okr4j.core.Owner;
import org.okr4j.core.Person;
import org.okr4j.core.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alignment graph of an {@link OkrSet}: objectives as nodes, and each objective's links to the
 * objectives (or key results) it serves as typed, weighted edges.
 *
 * <p>Immutable and thread-safe. Built once, in linear time, into int arrays indexed like
 * {@link OkrSet#objectives()}; queries walk them iteratively, so a chain or a loop a million long
 * neither overflows the stack nor runs twice round. A link to a key result is an edge to the
 * objective that holds it, remembered as such. Vertical links ({@link AlignmentKind#isVertical()})
 * make the cascade; horizontal ones (relates to, depends on) are kept apart. Links to ids the set
 * does not hold are kept as {@link #danglingLinks()}. Lists of ids come in the set's order.
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
  private final int size;
  // Vertical edges, child -> parent, in compressed rows: edges of node i are
  // [parentStart[i], parentStart[i + 1]).
  final int[] parentStart;
  final int[] parent;
  /** The child end of each edge: the node whose row holds it. */
  final int[] child;
  final byte[] kind;
  final double[] weight;
  /** The key result's position in the set for an edge to a key result, else -1. */
  final int[] viaKeyResult;
  // The same edges, parent -> child: childEdge holds the edge index into the arrays above.
  final int[] childStart;
  final int[] childEdge;
  // Horizontal edges (relates to, depends on), from -> to.
  final int[] horizontalStart;
  final int[] horizontal;
  private final List<DanglingLink> dangling;
  // What the analyses need of each objective, read once here so that they run over arrays, not
  // objects: its level's rank, its level (an index into levelNames), the unit that owns it (an
  // index into the organisation's units, -1 if none), whether it has a vertical link (resolved
  // or dangling), whether it stands alone on purpose, and its origin (an Origin ordinal, -1).
  final int[] rank;
  final int[] level;
  final List<String> levelNames;
  final int[] ownerUnit;
  final boolean[] verticalLinked;
  final boolean[] standalone;
  final byte[] origin;
  /** Each unit's parent unit; -1 at a root, or where the parent is not in the organisation. */
  final int[] unitParent;

  private AlignmentGraph(OkrSet set) {
    this.set = set;
    List<Objective> objectives = set.objectives();
    size = objectives.size();
    parentStart = new int[size + 1];
    horizontalStart = new int[size + 1];
    rank = new int[size];
    level = new int[size];
    ownerUnit = new int[size];
    verticalLinked = new boolean[size];
    standalone = new boolean[size];
    origin = new byte[size];
    Units units = new Units(set.organization());
    unitParent = units.parent;
    List<String> levels = new ArrayList<>();
    Map<String, Integer> levelIndex = new HashMap<>();
    String lastLevel = null;
    int lastLevelIndex = -1;
    for (int o = 0; o < size; o++) {
      Objective objective = objectives.get(o);
      rank[o] = objective.level().rank();
      String levelName = objective.level().name();
      if (!levelName.equals(lastLevel)) {
        lastLevelIndex = levelIndex.computeIfAbsent(levelName, name -> {
          levels.add(name);
          return levels.size() - 1;
        });
        lastLevel = levelName;
      }
      level[o] = lastLevelIndex;
      ownerUnit[o] = objective.owner().isPresent() ? units.owning(objective.owner().get()) : -1;
      standalone[o] = objective.standaloneReason().isPresent();
      origin[o] = (byte) (objective.origin().isPresent() ? objective.origin().get().ordinal() : -1);
    }
    levelNames = List.copyOf(levels);
    List<DanglingLink> danglingLinks = new ArrayList<>();
    int[] resolved = new int[countLinks(objectives)];
    int[] resolvedKeyResult = new int[resolved.length];
    int link = 0;
    for (int o = 0; o < size; o++) {
      Objective objective = objectives.get(o);
      for (Alignment alignment : objective.alignments()) {
        AlignmentTarget target = alignment.target();
        int to;
        int viaKr = -1;
        if (target instanceof ObjectiveId id) {
          to = set.positionOf(id);
        } else {
          viaKr = set.positionOf((KeyResultId) target);
          to = viaKr < 0 ? -1 : set.objectivePositionOf((KeyResultId) target);
        }
        resolved[link] = to;
        resolvedKeyResult[link] = viaKr;
        link++;
        verticalLinked[o] |= alignment.kind().isVertical();
        if (to < 0) {
          danglingLinks.add(new DanglingLink(objective.id(), target, alignment.kind()));
        } else if (alignment.kind().isVertical()) {
          parentStart[o + 1]++;
        } else {
          horizontalStart[o + 1]++;
        }
      }
    }
    for (int o = 0; o < size; o++) {
      parentStart[o + 1] += parentStart[o];
      horizontalStart[o + 1] += horizontalStart[o];
    }
    parent = new int[parentStart[size]];
    child = new int[parent.length];
    kind = new byte[parent.length];
    weight = new double[parent.length];
    viaKeyResult = new int[parent.length];
    horizontal = new int[horizontalStart[size]];
    link = 0;
    int edge = 0;
    int side = 0;
    for (int o = 0; o < size; o++) {
      for (Alignment alignment : objectives.get(o).alignments()) {
        int to = resolved[link];
        if (to >= 0 && alignment.kind().isVertical()) {
          parent[edge] = to;
          child[edge] = o;
          kind[edge] = (byte) alignment.kind().ordinal();
          weight[edge] = alignment.weight();
          viaKeyResult[edge] = resolvedKeyResult[link];
          edge++;
        } else if (to >= 0) {
          horizontal[side++] = to;
        }
        link++;
      }
    }
    childStart = new int[size + 1];
    for (int p : parent) {
      childStart[p + 1]++;
    }
    for (int o = 0; o < size; o++) {
      childStart[o + 1] += childStart[o];
    }
    childEdge = new int[parent.length];
    int[] fill = Arrays.copyOf(childStart, size);
    for (int o = 0; o < size; o++) {
      for (int e = parentStart[o]; e < parentStart[o + 1]; e++) {
        childEdge[fill[parent[e]]++] = e;
      }
    }
    dangling = List.copyOf(danglingLinks);
    LOG.debug("alignment graph: {} objectives, {} vertical, {} horizontal, {} dangling links",
        size, parent.length, horizontal.length, dangling.size());
  }

  /**
   * The organisation's units as indexes: each unit's parent, and the unit owning an objective
   * (the unit itself, or a person's first unit), remembered per owner.
   */
  private static final class Units {
    private final Organization organization;
    private final Map<OrgUnitId, Integer> index = new HashMap<>();
    private final Map<Owner, Integer> byOwner = new HashMap<>();
    final int[] parent;
    private Owner lastOwner;
    private int lastUnit;

    Units(Organization organization) {
      this.organization = organization;
      List<OrgUnit> units = organization.units();
      for (int u = 0; u < units.size(); u++) {
        index.put(units.get(u).id(), u);
      }
      parent = new int[units.size()];
      for (int u = 0; u < units.size(); u++) {
        parent[u] = units.get(u).parent().map(index::get).orElse(-1);
      }
    }

    int owning(Owner owner) {
      if (!owner.equals(lastOwner)) {
        lastUnit = byOwner.computeIfAbsent(owner, this::lookUp);
        lastOwner = owner;
      }
      return lastUnit;
    }

    private int lookUp(Owner owner) {
      OrgUnitId unit = owner instanceof OrgUnitId id ? id
          : organization.person((PersonId) owner).map(Person::units)
              .filter(list -> !list.isEmpty()).map(list -> list.get(0)).orElse(null);
      Integer position = unit == null ? null : index.get(unit);
      return position == null ? -1 : position;
    }
  }

  private static int countLinks(List<Objective> objectives) {
    int links = 0;
    for (Objective objective : objectives) {
      links += objective.alignments().size();
    }
    return links;
  }

  /** The graph of {@code set}. */
  public static AlignmentGraph of(OkrSet set) {
    return new AlignmentGraph(Objects.requireNonNull(set, "set"));
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
    return parent.length;
  }

  /** The number of horizontal links (relates to, depends on) between objectives of the set. */
  public int horizontalLinkCount() {
    return horizontal.length;
  }

  /** The objectives {@code id} serves through vertical links, in link order, repeats removed. */
  public List<ObjectiveId> parents(ObjectiveId id) {
    int o = node(id);
    Set<Integer> seen = new LinkedHashSet<>();
    for (int e = parentStart[o]; e < parentStart[o + 1]; e++) {
      seen.add(parent[e]);
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
    for (int c = childStart[o]; c < childStart[o + 1]; c++) {
      int node = childOf(childEdge[c]);
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
      if (parentStart[o] == parentStart[o + 1]) {
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
      o = parentStart[o] == parentStart[o + 1] ? -1 : parent[parentStart[o]];
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
    return dangling;
  }

  /** For each node, the smallest node of its weakly connected component (union-find, iterative). */
  int[] componentIds() {
    int[] root = new int[size];
    for (int o = 0; o < size; o++) {
      root[o] = o;
    }
    for (int o = 0; o < size; o++) {
      for (int e = parentStart[o]; e < parentStart[o + 1]; e++) {
        int a = find(root, o);
        int b = find(root, parent[e]);
        if (a != b) {
          root[Math.max(a, b)] = Math.min(a, b);
        }
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
      int from = up ? parentStart[o] : childStart[o];
      int to = up ? parentStart[o + 1] : childStart[o + 1];
      for (int i = from; i < to; i++) {
        int next = up ? parent[i] : childOf(childEdge[i]);
        if (seen.add(next)) {
          result.add(idOf(next));
          queue.add(next);
        }
      }
    }
    return Collections.unmodifiableList(result);
  }

  /** The child end of an edge. */
  int childOf(int edge) {
    return child[edge];
  }

  AlignmentKind kindOf(int edge) {
    return AlignmentKind.values()[kind[edge]];
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
    return "AlignmentGraph[objectives=" + size + ", vertical=" + parent.length + ", horizontal="
        + horizontal.length + ", dangling=" + dangling.size() + "]";
  }
}
