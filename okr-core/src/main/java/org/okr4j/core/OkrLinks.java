package org.okr4j.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The links of an {@link OkrSet}, resolved once: every alignment link as an edge between dense
 * positions, the units that own objectives, and the set's objectives in id order. Validation,
 * scoring and alignment analysis all read this; nothing else resolves a link.
 *
 * <p>Immutable and thread-safe; built in linear time (plus one sort of the ids, skipped when the
 * set is already in id order) the first time {@link OkrSet#links()} is asked, and kept with the
 * set. Positions are those of {@link OkrSet#positionOf(ObjectiveId)} for objectives,
 * {@link OkrSet#positionOf(KeyResultId)} for key results and {@link Organization#units()} for
 * units. An edge is one link that resolves to an objective of the set: a link to a key result is
 * an edge to the objective that holds it, remembered by {@link #keyResultOf(int)}. Vertical links
 * ({@link AlignmentKind#isVertical()}) are parent edges, listed per child in link order and per
 * parent in the children's id order; horizontal links are kept apart; links to ids the set does not hold are
 * {@link #danglingLinks()}. Key results' {@linkplain KeyResult#contributions() contributions} to
 * key results are resolved here too (from {@link #keyResultLinkStart(int)}): each parent's
 * children in id order, the links that {@linkplain #closesLoop(int) close a loop}, the
 * {@linkplain #keyResultLoops() loops} and the parents children first; a set without them pays
 * nothing for them. Everything is an int array read through small methods, so a walk over
 * ten million links allocates nothing.
 * <pre>{@code
 * OkrLinks links = set.links();
 * int o = set.positionOf(ObjectiveId.of("t-emea"));
 * for (int e = links.parentEdgeStart(o); e < links.parentEdgeEnd(o); e++) {
 *   Objective parent = set.objectives().get(links.parentOf(e));
 * }
 * }</pre>
 */
public final class OkrLinks {

  private static final Logger LOG = LoggerFactory.getLogger(OkrLinks.class);
  private static final AlignmentKind[] KINDS = AlignmentKind.values();

  private final int size;
  private final int[] firstKeyResult;
  private final int[] linkStart;
  private final int[] linked;
  private final int[] linkedKeyResult;
  private final int[] parentStart;
  private final int[] parent;
  private final int[] child;
  private final byte[] kind;
  private final double[] weight;
  private final int[] viaKeyResult;
  private final int[] childStart;
  private final int[] childEdge;
  private final int[] horizontalStart;
  private final int[] horizontal;
  private final boolean[] verticallyLinked;
  private final List<DanglingLink> dangling;
  private final int[] ownerUnit;
  private final int[] unitParent;
  private final int[] idOrder;
  private final KeyResultLinks keyResultLinks;

  OkrLinks(OkrSet set) {
    List<Objective> objectives = set.objectives();
    size = objectives.size();
    // The index counted them; neither changes its array.
    firstKeyResult = set.index().firstKeyResults();
    linkStart = new int[size + 1];
    parentStart = new int[size + 1];
    horizontalStart = new int[size + 1];
    verticallyLinked = new boolean[size];
    ownerUnit = new int[size];
    Units units = new Units(set.organization());
    unitParent = units.parent;
    // One pass over the objectives reads each one's owner and resolves its links, into arrays
    // that grow: a pass of its own to count the links first read three million objectives more.
    int capacity = Math.max(16, size);
    int[] resolved = new int[capacity];
    int[] resolvedKeyResult = new int[capacity];
    // What the edges need of each link, kept so that laying the edges out reads no link again.
    byte[] linkKind = new byte[capacity];
    double[] linkWeight = new double[capacity];
    List<DanglingLink> danglingLinks = new ArrayList<>();
    int link = 0;
    for (int o = 0; o < size; o++) {
      Objective objective = objectives.get(o);
      ownerUnit[o] = objective.owner().isPresent() ? units.owning(objective.owner().get()) : -1;
      List<Alignment> alignments = objective.alignments();
      if (alignments.size() > resolved.length - link) {
        int grown = SetIndex.grown(resolved.length, link + (long) alignments.size());
        resolved = Arrays.copyOf(resolved, grown);
        resolvedKeyResult = Arrays.copyOf(resolvedKeyResult, grown);
        linkKind = Arrays.copyOf(linkKind, grown);
        linkWeight = Arrays.copyOf(linkWeight, grown);
      }
      for (Alignment alignment : alignments) {
        linkKind[link] = (byte) alignment.kind().ordinal();
        linkWeight[link] = alignment.weight();
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
        verticallyLinked[o] |= alignment.kind().isVertical();
        if (to < 0) {
          danglingLinks.add(new DanglingLink(objective.id(), target, alignment.kind()));
        } else if (alignment.kind().isVertical()) {
          parentStart[o + 1]++;
        } else {
          horizontalStart[o + 1]++;
        }
      }
      linkStart[o + 1] = link;
    }
    if (link < resolved.length) {
      resolved = Arrays.copyOf(resolved, link);
      resolvedKeyResult = Arrays.copyOf(resolvedKeyResult, link);
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
      for (; link < linkStart[o + 1]; link++) {
        int to = resolved[link];
        if (to >= 0 && KINDS[linkKind[link]].isVertical()) {
          parent[edge] = to;
          child[edge] = o;
          kind[edge] = linkKind[link];
          weight[edge] = linkWeight[link];
          viaKeyResult[edge] = resolvedKeyResult[link];
          edge++;
        } else if (to >= 0) {
          horizontal[side++] = to;
        }
      }
    }
    childStart = new int[size + 1];
    for (int p : parent) {
      childStart[p + 1]++;
    }
    for (int o = 0; o < size; o++) {
      childStart[o + 1] += childStart[o];
    }
    dangling = List.copyOf(danglingLinks);
    linked = resolved;
    linkedKeyResult = resolvedKeyResult;
    idOrder = idOrder(set.index());
    // Each parent's children in id order, so that walks down the cascade do not depend on the
    // order the set was built in.
    childEdge = new int[parent.length];
    int[] fill = Arrays.copyOf(childStart, size);
    for (int i = 0; i < size; i++) {
      int o = idOrder[i];
      for (int e = parentStart[o]; e < parentStart[o + 1]; e++) {
        childEdge[fill[parent[e]]++] = e;
      }
    }
    keyResultLinks = keyResultLinks(set, objectives);
    LOG.debug("resolved links: {} objectives, {} vertical, {} horizontal, {} dangling, {} between"
        + " key results", size, parent.length, horizontal.length, dangling.size(),
        keyResultLinks.linkCount());
  }

  /** The contributions between key results; one shared empty value when there are none. */
  private static KeyResultLinks keyResultLinks(OkrSet set, List<Objective> objectives) {
    if (!set.index().anyContributions()) {
      return KeyResultLinks.NONE;
    }
    List<KeyResult> keyResults = new ArrayList<>();
    for (Objective objective : objectives) {
      keyResults.addAll(objective.keyResults());
    }
    return KeyResultLinks.of(set, keyResults);
  }

  /**
   * Positions sorted by objective id; no sort at all when the set already lists them so. The ids
   * are read from the index, which holds them side by side, rather than from the objectives.
   */
  private static int[] idOrder(SetIndex index) {
    int n = index.objectiveCount();
    boolean sorted = true;
    for (int o = 1; o < n && sorted; o++) {
      sorted = index.objectiveId(o - 1).compareTo(index.objectiveId(o)) < 0;
    }
    int[] order = new int[n];
    if (sorted) {
      for (int o = 0; o < n; o++) {
        order[o] = o;
      }
      return order;
    }
    record Keyed(String id, int position) {}
    Keyed[] keyed = new Keyed[n];
    for (int o = 0; o < n; o++) {
      keyed[o] = new Keyed(index.objectiveId(o).value(), o);
    }
    Arrays.sort(keyed, (a, b) -> a.id.compareTo(b.id));
    for (int i = 0; i < n; i++) {
      order[i] = keyed[i].position;
    }
    return order;
  }

  /**
   * The organisation's units as positions: each unit's parent, and the unit owning an objective
   * (the unit itself, or a person's first unit), looked up once per owner.
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
      return organization.unitOf(owner).map(index::get).orElse(-1);
    }
  }

  /** The number of objectives. */
  public int objectiveCount() {
    return size;
  }

  /** The number of key results. */
  public int keyResultCount() {
    return firstKeyResult[size];
  }

  /** The position of the objective's first key result; its others follow it. */
  public int firstKeyResult(int objective) {
    return firstKeyResult[objective];
  }

  /**
   * The first of the objective's links, all kinds, resolved or not: link {@code l} is
   * {@code objective.alignments().get(l - linkStart(o))}.
   */
  public int linkStart(int objective) {
    return linkStart[objective];
  }

  /** One past the last of the objective's links. */
  public int linkEnd(int objective) {
    return linkStart[objective + 1];
  }

  /**
   * The objective a link leads to (the parent, or the objective holding the linked key result),
   * or -1 for a dangling link.
   */
  public int linkedObjective(int link) {
    return linked[link];
  }

  /** The key result a link leads to, or -1 for a link to an objective or a dangling link. */
  public int linkedKeyResult(int link) {
    return linkedKeyResult[link];
  }

  /** The number of resolved vertical links (parent edges). */
  public int edgeCount() {
    return parent.length;
  }

  /** The first of the objective's parent edges. */
  public int parentEdgeStart(int objective) {
    return parentStart[objective];
  }

  /** One past the last of the objective's parent edges. */
  public int parentEdgeEnd(int objective) {
    return parentStart[objective + 1];
  }

  /** The number of the objective's parent edges (a parent linked twice counts twice). */
  public int parentCount(int objective) {
    return parentStart[objective + 1] - parentStart[objective];
  }

  /** The objective an edge leads to: the parent, or the objective holding the parent key result. */
  public int parentOf(int edge) {
    return parent[edge];
  }

  /** The objective an edge leads from. */
  public int childOf(int edge) {
    return child[edge];
  }

  /** The kind of the link behind an edge. */
  public AlignmentKind kindOf(int edge) {
    return KINDS[kind[edge]];
  }

  /** The weight of the link behind an edge. */
  public double weightOf(int edge) {
    return weight[edge];
  }

  /** The position of the key result an edge leads to, or -1 for a link to an objective. */
  public int keyResultOf(int edge) {
    return viaKeyResult[edge];
  }

  /** The first of the slots listing the edges that lead to the objective. */
  public int childSlotStart(int objective) {
    return childStart[objective];
  }

  /** One past the last of the slots listing the edges that lead to the objective. */
  public int childSlotEnd(int objective) {
    return childStart[objective + 1];
  }

  /** The number of edges that lead to the objective. */
  public int childCount(int objective) {
    return childStart[objective + 1] - childStart[objective];
  }

  /** The edge in a child slot; a parent's slots list its children in id order. */
  public int childEdge(int slot) {
    return childEdge[slot];
  }

  /** The first of the objective's resolved horizontal links. */
  public int horizontalStart(int objective) {
    return horizontalStart[objective];
  }

  /** One past the last of the objective's resolved horizontal links. */
  public int horizontalEnd(int objective) {
    return horizontalStart[objective + 1];
  }

  /** The objective a horizontal link leads to. */
  public int horizontalTarget(int link) {
    return horizontal[link];
  }

  /** The number of resolved horizontal links. */
  public int horizontalCount() {
    return horizontal.length;
  }

  /** True if the objective has a vertical link, resolved or dangling. */
  public boolean isVerticallyLinked(int objective) {
    return verticallyLinked[objective];
  }

  /** The links to objectives or key results the set does not hold, in the set's order. */
  public List<DanglingLink> danglingLinks() {
    return dangling;
  }

  /**
   * The unit owning the objective (the unit itself, or a person's first unit) as a position in
   * {@link Organization#units()}, or -1 if it has no owner or the organisation lacks it.
   */
  public int ownerUnitOf(int objective) {
    return ownerUnit[objective];
  }

  /** The parent of a unit as a position, or -1 at a root or where the parent is missing. */
  public int unitParentOf(int unit) {
    return unitParent[unit];
  }

  /** The number of units in the organisation. */
  public int unitCount() {
    return unitParent.length;
  }

  /** True if unit {@code ancestor} lies strictly above {@code unit} (positions). */
  public boolean isUnitAncestor(int ancestor, int unit) {
    // An Organization rejects parent loops, so the walk ends at a root.
    for (int u = unitParent[unit]; u >= 0; u = unitParent[u]) {
      if (u == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The objective at {@code rank} in id order: walking ranks 0, 1, ... visits the objectives
   * sorted by id, the order that makes reports independent of the order the set was built in.
   */
  public int inIdOrder(int rank) {
    return idOrder[rank];
  }

  /**
   * The position of the objective holding a key result (positions as
   * {@link OkrSet#positionOf(KeyResultId)}); a binary search over the objectives.
   */
  public int objectiveOfKeyResult(int keyResult) {
    if (keyResult < 0 || keyResult >= firstKeyResult[size]) {
      throw new IndexOutOfBoundsException("key result position must lie within [0, "
          + firstKeyResult[size] + "), but was " + keyResult);
    }
    int low = 0;
    int high = size - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (firstKeyResult[mid] <= keyResult) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    // Objectives without key results share a first position: the last of them holds none.
    while (firstKeyResult[low + 1] <= keyResult) {
      low++;
    }
    return low;
  }

  /**
   * The first of a key result's {@linkplain KeyResult#contributions() contributions} to parent key
   * results: link {@code l} is {@code keyResult.contributions().get(l - keyResultLinkStart(k))}.
   */
  public int keyResultLinkStart(int keyResult) {
    return keyResultLinks.linkStart(keyResult);
  }

  /** One past the last of a key result's contributions. */
  public int keyResultLinkEnd(int keyResult) {
    return keyResultLinks.linkEnd(keyResult);
  }

  /** The number of contributions between key results, resolved or dangling. */
  public int keyResultLinkCount() {
    return keyResultLinks.linkCount();
  }

  /** The parent key result a contribution leads to, or -1 if the set does not hold it. */
  public int keyResultLinkParent(int link) {
    return keyResultLinks.target(link);
  }

  /** The key result a contribution leads from. */
  public int keyResultLinkChild(int link) {
    return keyResultLinks.source(link);
  }

  /**
   * True if a contribution is left out of roll-ups because it closes a loop: in each group of key
   * results that reach each other through contributions, every link from a higher id to a lower
   * id of the group is left out (a ring whose ids climb all the way round loses its highest id's
   * link, any other ring one link per step down in id), so what is kept inside a group only climbs
   * in id and nothing loops. Depends on ids only, never on the order of the set.
   */
  public boolean closesLoop(int link) {
    return keyResultLinks.isLeftOut(link);
  }

  /**
   * True if a key result takes its progress from the key results contributing to it: it has a
   * {@linkplain KeyResult#rollUp() roll-up} and at least one child whose link does not close a
   * loop. Its own check-ins are then ignored: it is never not started, stale, outdated or due a
   * check-in by them.
   * <pre>{@code
   * links.rollsUp(set.positionOf(KeyResultId.of("kr-d-sales-dealers")));   // true in the sample
   * }</pre>
   *
   * @param keyResult a key result's position in the set
   */
  public boolean rollsUp(int keyResult) {
    return keyResultLinks.rollsUp(keyResult);
  }

  /** The first of the slots listing the resolved contributions into a key result. */
  public int keyResultChildSlotStart(int keyResult) {
    return keyResultLinks.childSlotStart(keyResult);
  }

  /** One past the last of the slots listing the resolved contributions into a key result. */
  public int keyResultChildSlotEnd(int keyResult) {
    return keyResultLinks.childSlotEnd(keyResult);
  }

  /** The contribution in a child slot; a parent's slots list its children in id order. */
  public int keyResultChildLink(int slot) {
    return keyResultLinks.childLink(slot);
  }

  /** The number of key results some key result of the set contributes to. */
  public int keyResultParentCount() {
    return keyResultLinks.parentCount();
  }

  /**
   * The parent key result at {@code rank} in an order that puts every parent after each child
   * contributing to it (except across a link that {@linkplain #closesLoop(int) closes a loop}): the
   * order a roll-up from children walks, with no recursion.
   */
  public int keyResultParentInOrder(int rank) {
    return keyResultLinks.parentInOrder(rank);
  }

  /**
   * The loops of contributions between key results: each group of key results that reach each
   * other, once, its ids sorted; groups sorted by their first id. Empty if nothing loops.
   */
  public List<List<KeyResultId>> keyResultLoops() {
    return keyResultLinks.loops();
  }

  @Override
  public String toString() {
    return "OkrLinks[objectives=" + size + ", vertical=" + parent.length + ", horizontal="
        + horizontal.length + ", dangling=" + dangling.size() + "]";
  }
}
