package org.okr4j.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.okr4j.core.Commitment;
import org.okr4j.core.Cycle;
import org.okr4j.core.DanglingLink;
import org.okr4j.core.Direction;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.Organization;
import org.okr4j.core.Origin;
import org.okr4j.core.Owner;
import org.okr4j.core.PersonId;
import org.okr4j.core.Perspective;

/**
 * One run of the analyses a policy enables over one graph. Each pass is linear in the graph (or in
 * the graph plus the organisation); nothing compares all pairs.
 */
final class Analysis {

  static final Set<String> DIRECTION_WORDS = Set.of("raise", "raises", "increase",
      "increases", "grow", "grows", "lift", "lifts", "boost", "improve", "double", "cut", "cuts",
      "reduce", "reduces", "lower", "lowers", "decrease", "decreases", "shrink", "drop", "from",
      "to", "by", "under", "over", "above", "below", "the", "a", "an", "of", "our", "in", "at");

  private final AlignmentGraph graph;
  private final AlignmentPolicy policy;
  private final OkrSet set;
  private final List<Objective> objectives;
  private final int n;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Severity> severities = new HashMap<>();
  private final int top;
  /** Each objective's level rank. */
  private final int[] rank;
  /** Depth from the top (1 for a top objective), 0 if no top objective reaches it. */
  private final int[] depth;
  private final int[] ownerUnit;
  /** Each unit's parent unit, -1 at a root. */
  private final int[] unitParent;
  /** Each objective's weakly connected component, computed once for clusters and metrics. */
  private final int[] component;
  private int loops;
  /** For the loop being reported: which loop each node lies in, and the walk's way back. */
  private int[] loopMark;
  private int[] cameFrom;

  Analysis(AlignmentGraph graph, AlignmentPolicy policy) {
    this.graph = graph;
    this.policy = policy;
    this.set = graph.set();
    this.objectives = set.objectives();
    this.n = objectives.size();
    this.rank = graph.rank;
    int best = Integer.MAX_VALUE;
    for (int o = 0; o < n; o++) {
      best = Math.min(best, rank[o]);
    }
    this.top = best;
    this.unitParent = graph.unitParent;
    this.ownerUnit = graph.ownerUnit;
    this.depth = depthsFromTop();
    this.component = graph.componentIds();
  }

  AlignmentReport run() {
    orphansAndDangling();
    misalignedClusters();
    anchor();
    gaps();
    loops();
    edgeConflicts();
    limits();
    keyResultAnalyses();
    duplicates();
    AlignmentMetrics metrics = metrics();
    return new AlignmentReport(policy, sorted(findings), metrics);
  }

  // --- orphans, dangling links, clusters, anchor ----------------------------------------------

  private void orphansAndDangling() {
    if (policy.isEnabled(FindingCodes.DANGLING_PARENT)) {
      for (DanglingLink link : graph.danglingLinks()) {
        if (link.kind().isVertical()) {
          add(FindingCodes.DANGLING_PARENT, List.of(link.from().value(), link.target().value()),
              link.from() + " aligns to " + link.target() + ", which is not in the set",
              "progress and line of sight stop at a link that leads nowhere",
              "link it to an existing objective, or restore the missing one");
        }
      }
    }
    if (!policy.isEnabled(FindingCodes.ORPHAN)) {
      return;
    }
    for (int o = 0; o < n; o++) {
      if (rank[o] > top && !graph.verticalLinked[o] && !graph.standalone[o]) {
        Objective objective = objectives.get(o);
        add(FindingCodes.ORPHAN, List.of(objective.id().value()),
            objective.id() + " at level " + objective.level().name() + " has no parent and no"
                + " standalone reason",
            "an objective nobody can trace to the strategy invites duplicated or wasted effort",
            "align it to the objective it serves, or record why it stands alone");
      }
    }
  }

  private void misalignedClusters() {
    if (!policy.isEnabled(FindingCodes.MISALIGNED_CLUSTER)) {
      return;
    }
    // Objectives with a parent in the set that no top objective reaches, grouped by component.
    Map<Integer, List<String>> clusters = new TreeMap<>();
    for (int o = 0; o < n; o++) {
      if (depth[o] == 0 && graph.parentStart[o] < graph.parentStart[o + 1]) {
        clusters.computeIfAbsent(component[o], c -> new ArrayList<>())
            .add(objectives.get(o).id().value());
      }
    }
    for (List<String> members : clusters.values()) {
      members.sort(null);
      add(FindingCodes.MISALIGNED_CLUSTER, members, "aligned, but never reaching a top-level"
              + " objective (" + members.size() + "): " + preview(members),
          "their progress rolls up into nothing the company measures",
          "connect the cluster's top to a company objective, or break the loop that closes it");
    }
  }

  private void anchor() {
    if (policy.isEnabled(FindingCodes.NO_COMPANY_ANCHOR) && !anchored()) {
      add(FindingCodes.NO_COMPANY_ANCHOR, List.of(), "no objective is set at the top level ("
              + set.organization().levels().top().name() + ")",
          "without company objectives nothing anchors the cascade",
          "set the company's objectives first, then align the rest to them");
    }
  }

  boolean anchored() {
    int companyRank = set.organization().levels().top().rank();
    return n > 0 && top == companyRank;
  }

  // --- gaps ------------------------------------------------------------------------------------

  private void gaps() {
    unitsWithoutOkrs();
    boolean notCascaded = policy.isEnabled(FindingCodes.NOT_CASCADED);
    boolean krNotCascaded = policy.isEnabled(FindingCodes.KEY_RESULT_NOT_CASCADED);
    boolean noKeyResults = policy.isEnabled(FindingCodes.NO_KEY_RESULTS);
    if (!(notCascaded || krNotCascaded || noKeyResults
        || policy.isEnabled(FindingCodes.PERSPECTIVE_MISSING)
        || policy.isEnabled(FindingCodes.THEME_MISSING))) {
      return;
    }
    // Key results count as not cascaded only in a set that cascades through key results at all.
    boolean[] krHasChild = new boolean[krNotCascaded ? set.keyResultCount() : 0];
    boolean krLinks = false;
    if (krNotCascaded) {
      for (int e = 0; e < graph.viaKeyResult.length; e++) {
        if (graph.viaKeyResult[e] >= 0) {
          krLinks = true;
          krHasChild[graph.viaKeyResult[e]] = true;
        }
      }
    }
    krNotCascaded &= krLinks;
    Set<Perspective> perspectives = EnumSet.noneOf(Perspective.class);
    Set<String> themes = new HashSet<>();
    for (int o = 0; o < n; o++) {
      Objective objective = objectives.get(o);
      if (!objective.themes().isEmpty()) {
        themes.addAll(objective.themes());
      }
      if (rank[o] == top) {
        objective.perspective().ifPresent(perspectives::add);
        if (notCascaded && !hasContributingChild(o)) {
          add(FindingCodes.NOT_CASCADED, List.of(objective.id().value()), "nothing contributes to"
                  + " top-level objective " + objective.id(),
              "a strategy that is not cascaded stays a wish",
              "ask the units below which of their objectives serve it, and link them");
        }
        if (krNotCascaded && !objective.keyResults().isEmpty()) {
          int first = set.positionOf(objective.keyResults().get(0).id());
          for (int k = 0; k < objective.keyResults().size(); k++) {
            if (!krHasChild[first + k]) {
              String kr = objective.keyResults().get(k).id().value();
              add(FindingCodes.KEY_RESULT_NOT_CASCADED, List.of(kr, objective.id().value()),
                  "nothing aligns to top-level key result " + kr,
                  "this set cascades through key results, and this one has no one working on it",
                  "find the team whose objective moves it, and align that objective to it");
            }
          }
        }
      }
      if (noKeyResults && objective.keyResults().isEmpty()) {
        add(FindingCodes.NO_KEY_RESULTS, List.of(objective.id().value()), objective.id()
                + " has no key results",
            "without key results nobody can tell whether the objective was reached",
            "add two to five measurable outcomes");
      }
    }
    if (policy.isEnabled(FindingCodes.PERSPECTIVE_MISSING) && anchored()) {
      for (Perspective perspective : Perspective.values()) {
        if (!perspectives.contains(perspective)) {
          add(FindingCodes.PERSPECTIVE_MISSING, List.of(perspective.name()), "no top-level"
                  + " objective serves the " + perspective.name().toLowerCase(Locale.ROOT)
                  .replace('_', ' ') + " perspective",
              "the Balanced Scorecard asks company objectives to cover all four perspectives",
              "check whether the strategy neglects it, or tag the objective that serves it");
        }
      }
    }
    if (policy.isEnabled(FindingCodes.THEME_MISSING)) {
      for (String theme : policy.requiredThemes()) {
        if (!themes.contains(theme)) {
          add(FindingCodes.THEME_MISSING, List.of(theme), "no objective serves the strategic"
                  + " theme '" + theme + "'",
              "objectives are set per strategic theme; an empty theme was never planned",
              "set an objective for it, or drop it from the strategy");
        }
      }
    }
  }

  private boolean hasContributingChild(int o) {
    for (int c = graph.childStart[o]; c < graph.childStart[o + 1]; c++) {
      if (graph.kindOf(graph.childEdge[c]) == org.okr4j.core.AlignmentKind.CONTRIBUTES) {
        return true;
      }
    }
    return false;
  }

  /** Per cycle that has objectives: the units that own none in it, themselves or by their people. */
  private void unitsWithoutOkrs() {
    if (!policy.isEnabled(FindingCodes.UNIT_WITHOUT_OKRS)) {
      return;
    }
    List<OrgUnit> units = set.organization().units();
    Map<org.okr4j.core.CycleId, boolean[]> owned = new HashMap<>();
    org.okr4j.core.CycleId last = null;
    boolean[] owns = null;
    for (int o = 0; o < n; o++) {
      org.okr4j.core.CycleId cycle = objectives.get(o).cycle();
      if (!cycle.equals(last)) {
        owns = owned.computeIfAbsent(cycle, c -> new boolean[units.size()]);
        last = cycle;
      }
      if (ownerUnit[o] >= 0) {
        owns[ownerUnit[o]] = true;
      }
    }
    owned.forEach((cycle, unitOwns) -> {
      for (int u = 0; u < units.size(); u++) {
        if (!unitOwns[u]) {
          add(FindingCodes.UNIT_WITHOUT_OKRS, List.of(units.get(u).id().value(), cycle.value()),
              "unit " + units.get(u).id() + " owns no objective in " + cycle
                  + ", nor do its people",
              "a unit without OKRs is invisible to the cascade",
              "agree the unit's objectives, or mark it out of scope");
        }
      }
    });
  }

  // --- conflicts -------------------------------------------------------------------------------

  /** Strongly connected components over vertical edges (iterative Tarjan); reports each loop. */
  private void loops() {
    int[] index = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] stack = new int[n];
    int stackTop = 0;
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    int counter = 0;
    for (int start = 0; start < n; start++) {
      if (index[start] >= 0) {
        continue;
      }
      int depthOfCall = 0;
      callNode[0] = start;
      callEdge[0] = graph.parentStart[start];
      index[start] = low[start] = counter++;
      stack[stackTop++] = start;
      onStack[start] = true;
      while (depthOfCall >= 0) {
        int v = callNode[depthOfCall];
        if (callEdge[depthOfCall] < graph.parentStart[v + 1]) {
          int w = graph.parent[callEdge[depthOfCall]++];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[stackTop++] = w;
            onStack[w] = true;
            depthOfCall++;
            callNode[depthOfCall] = w;
            callEdge[depthOfCall] = graph.parentStart[w];
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
        } else {
          if (low[v] == index[v]) {
            int member;
            int from = stackTop;
            do {
              member = stack[--stackTop];
              onStack[member] = false;
            } while (member != v);
            if (from - stackTop > 1 || selfLoop(v)) {
              int smallest = v;
              for (int m = stackTop; m < from; m++) {
                if (idOf(stack[m]).compareTo(idOf(smallest)) < 0) {
                  smallest = stack[m];
                }
              }
              reportLoop(smallest, Arrays.copyOfRange(stack, stackTop, from));
            }
          }
          depthOfCall--;
          if (depthOfCall >= 0) {
            int parentCall = callNode[depthOfCall];
            low[parentCall] = Math.min(low[parentCall], low[v]);
          }
        }
      }
    }
  }

  private boolean selfLoop(int v) {
    for (int e = graph.parentStart[v]; e < graph.parentStart[v + 1]; e++) {
      if (graph.parent[e] == v) {
        return true;
      }
    }
    return false;
  }

  private String idOf(int node) {
    return objectives.get(node).id().value();
  }

  /**
   * Reports the shortest loop through the component's smallest id, as its path: the same path
   * whatever the order of the set's lists.
   */
  private void reportLoop(int start, int[] members) {
    loops++;
    if (!policy.isEnabled(FindingCodes.LOOP)) {
      return;
    }
    if (loopMark == null) {
      loopMark = new int[n];
      cameFrom = new int[n];
    }
    for (int m : members) {
      loopMark[m] = loops;
      cameFrom[m] = -1;
    }
    // Breadth first from start's parents back to start, staying inside the component.
    int[] queue = new int[members.length];
    int tail = 0;
    queue[tail++] = start;
    int end = -1;
    for (int head = 0; head < tail && end < 0; head++) {
      int v = queue[head];
      for (int e = graph.parentStart[v]; e < graph.parentStart[v + 1]; e++) {
        int w = graph.parent[e];
        if (w == start) {
          end = v;
          break;
        }
        if (loopMark[w] == loops && cameFrom[w] < 0) {
          cameFrom[w] = v;
          queue[tail++] = w;
        }
      }
    }
    List<String> path = new ArrayList<>();
    for (int v = end; v != start; v = cameFrom[v]) {
      path.add(objectives.get(v).id().value());
    }
    path.add(objectives.get(start).id().value());
    java.util.Collections.reverse(path);
    path.add(objectives.get(start).id().value());
    add(FindingCodes.LOOP, path, "objectives align in a loop: " + String.join(" -> ", path)
            + (members.length > path.size() - 1 ? " (" + members.length + " objectives in all)" : ""),
        "a loop has no top: its progress can only roll up into itself",
        "decide which objective leads and remove the link back to it");
  }

  private void edgeConflicts() {
    boolean notAbove = policy.isEnabled(FindingCodes.PARENT_NOT_ABOVE);
    boolean skip = policy.isEnabled(FindingCodes.LEVEL_SKIP);
    boolean outside = policy.isEnabled(FindingCodes.PARENT_OUTSIDE_ANCESTORS)
        && !policy.horizontalParentsAllowed();
    boolean cycleOutside = policy.isEnabled(FindingCodes.CYCLE_OUTSIDE_PARENT);
    boolean committed = policy.isEnabled(FindingCodes.COMMITTED_UNDER_ASPIRATIONAL);
    boolean krChildren = policy.isEnabled(FindingCodes.KEY_RESULT_WITH_CHILDREN)
        && !policy.keyResultsMayHaveChildren();
    if (!(notAbove || skip || outside || cycleOutside || committed || krChildren)) {
      return;
    }
    int[] levelIndex = skip ? levelIndexes() : null;
    Cycle[] cycle = cycleOutside ? cyclesOfObjectives() : null;
    List<OrgUnit> units = set.organization().units();
    for (int e = 0; e < graph.parent.length; e++) {
      int c = graph.child[e];
      int p = graph.parent[e];
      if (c == p) {
        continue;
      }
      Objective child = objectives.get(c);
      Objective parent = objectives.get(p);
      if (notAbove && rank[p] >= rank[c]) {
        add(FindingCodes.PARENT_NOT_ABOVE, ids(child, parent), child.id() + " ("
                + child.level().name() + ") aligns to " + parent.id() + " at "
                + parent.level().name(),
            "alignment runs upwards: a parent at the same level or below inverts the cascade",
            "align it to an objective of a higher level, or make it a horizontal link");
      }
      if (skip && rank[p] < rank[c] && levelIndex[c] - levelIndex[p] > 1) {
        add(FindingCodes.LEVEL_SKIP, ids(child, parent), child.id() + " ("
                + child.level().name() + ") skips " + (levelIndex[c] - levelIndex[p] - 1)
                + " level(s) to " + parent.id() + " (" + parent.level().name() + ")",
            "skipping levels bypasses the objectives in between, which then miss its progress",
            "align it to the level directly above");
      }
      if (outside && ownerUnit[c] >= 0 && ownerUnit[p] >= 0) {
        boolean personUnderOwnUnit = ownerUnit[c] == ownerUnit[p]
            && child.owner().orElse(null) instanceof PersonId;
        if (!personUnderOwnUnit && !isAncestor(ownerUnit[p], ownerUnit[c])) {
          add(FindingCodes.PARENT_OUTSIDE_ANCESTORS, ids(child, parent), child.id() + " of "
                  + units.get(ownerUnit[c]).id() + " aligns to " + parent.id() + " of "
                  + units.get(ownerUnit[p]).id() + ", which is not above it",
              "a parent outside the unit's line hides cross-team dependencies as hierarchy",
              "align it within its own line and record the other team as a dependency");
        }
      }
      if (cycleOutside && cycle[c] != null && cycle[p] != null
          && !cycle[p].encloses(cycle[c])) {
        add(FindingCodes.CYCLE_OUTSIDE_PARENT, ids(child, parent), child.id() + " runs in "
                + child.cycle() + ", outside " + parent.id() + "'s " + parent.cycle(),
            "a child that ends after its parent cannot contribute to it in time",
            "move it into the parent's cycle, or align it to the next one");
      }
      if (committed && child.commitment() == Commitment.COMMITTED
          && parent.commitment() == Commitment.ASPIRATIONAL) {
        add(FindingCodes.COMMITTED_UNDER_ASPIRATIONAL, ids(child, parent), "committed "
                + child.id() + " hangs under aspirational " + parent.id(),
            "a promise that serves a stretch goal is promised against something not promised",
            "make the parent committed, or the child aspirational");
      }
      if (krChildren && graph.viaKeyResult[e] >= 0) {
        add(FindingCodes.KEY_RESULT_WITH_CHILDREN, ids(child, parent), child.id()
                + " aligns to a key result of " + parent.id(),
            "this policy gives key results no children",
            "align it to the objective instead");
      }
    }
  }

  private static List<String> ids(Objective child, Objective parent) {
    return List.of(child.id().value(), parent.id().value());
  }

  /** True if unit {@code ancestor} lies strictly above {@code unit}. */
  private boolean isAncestor(int ancestor, int unit) {
    // An Organization rejects parent loops, so the walk ends at a root.
    for (int u = unitParent[unit]; u >= 0; u = unitParent[u]) {
      if (u == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Each objective's place among the level ranks in use: adjacent levels differ by one. */
  private int[] levelIndexes() {
    Set<Integer> distinct = new HashSet<>();
    int last = -1;
    for (int o = 0; o < n; o++) {
      if (rank[o] != last) {
        distinct.add(rank[o]);
        last = rank[o];
      }
    }
    int[] ranks = distinct.stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] index = new int[n];
    for (int o = 0; o < n; o++) {
      index[o] = Arrays.binarySearch(ranks, rank[o]);
    }
    return index;
  }

  /** Each objective's cycle, or null where the set does not hold it. */
  private Cycle[] cyclesOfObjectives() {
    Cycle[] cycles = new Cycle[n];
    org.okr4j.core.CycleId lastId = null;
    Cycle last = null;
    for (int o = 0; o < n; o++) {
      org.okr4j.core.CycleId id = objectives.get(o).cycle();
      if (!id.equals(lastId)) {
        last = set.cycle(id).orElse(null);
        lastId = id;
      }
      cycles[o] = last;
    }
    return cycles;
  }

  private void limits() {
    int maxParents = policy.isEnabled(FindingCodes.TOO_MANY_PARENTS)
        ? policy.maxParents().orElse(Integer.MAX_VALUE) : Integer.MAX_VALUE;
    int maxChildren = policy.isEnabled(FindingCodes.TOO_MANY_CHILDREN)
        ? policy.maxChildren().orElse(Integer.MAX_VALUE) : Integer.MAX_VALUE;
    int maxDepth = policy.isEnabled(FindingCodes.TOO_DEEP)
        ? policy.maxDepth().orElse(Integer.MAX_VALUE) : Integer.MAX_VALUE;
    for (int o = 0; o < n; o++) {
      int parents = graph.parentStart[o + 1] - graph.parentStart[o];
      int children = graph.childStart[o + 1] - graph.childStart[o];
      if (parents > maxParents) {
        String id = idOf(o);
        add(FindingCodes.TOO_MANY_PARENTS, List.of(id), id + " has " + parents + " parents, more"
                + " than " + maxParents,
            "with several parents its progress is counted more than once",
            "keep one parent and turn the others into horizontal links");
      }
      if (children > maxChildren) {
        String id = idOf(o);
        add(FindingCodes.TOO_MANY_CHILDREN, List.of(id), id + " has " + children
                + " children, more than " + maxChildren,
            "so many contributors cannot be coordinated under one objective",
            "split it, or add a level between");
      }
      if (depth[o] > maxDepth) {
        String id = idOf(o);
        add(FindingCodes.TOO_DEEP, List.of(id), id + " lies " + depth[o] + " levels down, more"
                + " than " + maxDepth,
            "deep cascades dilute the line of sight to the strategy",
            "flatten the cascade");
      }
    }
  }

  /**
   * The analyses that read every key result share one pass over them, which at ten million key
   * results is most of their cost: owners' load, and key results on one metric (their titles
   * without numbers and direction words, and unit) pulling in opposite directions.
   */
  private void keyResultAnalyses() {
    boolean load = policy.isEnabled(FindingCodes.OWNER_OVERLOADED)
        && policy.maxKeyResultsPerOwner().isPresent();
    boolean opposite = policy.isEnabled(FindingCodes.OPPOSITE_DIRECTIONS);
    if (!load && !opposite) {
      return;
    }
    // One counter per owner, looked up once per objective and once per key result with its own.
    Map<String, int[]> loads = new HashMap<>();
    // Per metric: its key results as (objective, index in it, +1 raising or -1 lowering).
    Map<String, List<int[]>> byMetric = new HashMap<>();
    for (int o = 0; o < n; o++) {
      Objective objective = objectives.get(o);
      int[] objectiveOwner = load && objective.owner().isPresent()
          ? loads.computeIfAbsent(objective.owner().get().value(), k -> new int[1]) : null;
      List<KeyResult> keyResults = objective.keyResults();
      for (int k = 0; k < keyResults.size(); k++) {
        KeyResult kr = keyResults.get(k);
        if (load) {
          int[] counter = kr.owner().isPresent()
              ? loads.computeIfAbsent(kr.owner().get().value(), key -> new int[1])
              : objectiveOwner;
          if (counter != null) {
            counter[0]++;
          }
        }
        if (opposite && kr.measure() instanceof LinearMeasure m) {
          String metric = metricKey(kr.title());
          if (!metric.isEmpty()) {
            byMetric.computeIfAbsent(metric + "|" + m.unit(), key -> new ArrayList<>(2))
                .add(new int[] {o, k, m.direction() == Direction.INCREASE ? 1 : -1});
          }
        }
      }
    }
    if (load) {
      ownersOverloaded(loads, policy.maxKeyResultsPerOwner().getAsInt());
    }
    oppositeDirections(byMetric);
  }

  private void ownersOverloaded(Map<String, int[]> loads, int max) {
    loads.forEach((owner, counter) -> {
      int count = counter[0];
      if (count > max) {
        add(FindingCodes.OWNER_OVERLOADED, List.of(owner), owner + " owns " + count
                + " key results, more than " + max,
            "less is more: an owner spread this thin moves none of them",
            "hand some to contributors, or drop the least important");
      }
    });
  }

  private void oppositeDirections(Map<String, List<int[]>> byMetric) {
    byMetric.forEach((key, members) -> {
      if (members.size() < 2) {
        return;
      }
      Set<Integer> up = new HashSet<>();
      Set<Integer> down = new HashSet<>();
      for (int[] member : members) {
        (member[2] > 0 ? up : down).add(ownerUnit[member[0]]);
      }
      if (up.isEmpty() || down.isEmpty() || (up.size() == 1 && up.equals(down))) {
        return;
      }
      List<String> ids = new ArrayList<>();
      for (int[] member : members) {
        ids.add(objectives.get(member[0]).keyResults().get(member[1]).id().value());
      }
      ids.sort(null);
      add(FindingCodes.OPPOSITE_DIRECTIONS, ids, "key results " + ids + " move '"
              + key.substring(0, key.indexOf('|')) + "' in opposite directions",
          "one team raising what another lowers cancels both efforts out",
          "agree one direction for the metric at the level above both teams");
    });
  }

  /**
   * The metric a title names: its words (runs of letters, lower case) without numbers and without
   * {@link #DIRECTION_WORDS}, joined by single spaces. One scan, no regular expression: it runs
   * for every key result.
   */
  static String metricKey(String title) {
    String text = title.toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i > start) {
        String word = text.substring(start, i);
        if (!DIRECTION_WORDS.contains(word)) {
          key.append(key.length() == 0 ? "" : " ").append(word);
        }
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return key.toString();
  }

  private void duplicates() {
    double threshold = policy.similarityThreshold();
    if (policy.isEnabled(FindingCodes.DUPLICATE_OBJECTIVES)) {
      List<String> titles = new ArrayList<>(n);
      List<String> owners = new ArrayList<>(n);
      for (Objective objective : objectives) {
        titles.add(objective.title());
        owners.add(objective.owner().map(Owner::value).orElse(""));
      }
      for (NearDuplicates.Pair pair : NearDuplicates.find(titles, owners, threshold)) {
        String a = min(objectives.get(pair.first()).id().value(),
            objectives.get(pair.second()).id().value());
        String b = max(objectives.get(pair.first()).id().value(),
            objectives.get(pair.second()).id().value());
        add(FindingCodes.DUPLICATE_OBJECTIVES, List.of(a, b), a + " and " + b + " read alike"
                + String.format(Locale.ROOT, " (similarity %.2f)", pair.similarity()),
            "two owners chasing the same outcome apart is duplicated effort",
            "merge them under one owner, or make one contribute to the other");
      }
    }
    if (policy.isEnabled(FindingCodes.DUPLICATE_KEY_RESULTS)) {
      List<String> titles = new ArrayList<>(set.keyResultCount());
      List<String> owners = new ArrayList<>(set.keyResultCount());
      List<String> ids = new ArrayList<>(set.keyResultCount());
      for (Objective objective : objectives) {
        for (KeyResult kr : objective.keyResults()) {
          titles.add(kr.title());
          owners.add(kr.owner().or(objective::owner).map(Owner::value).orElse(""));
          ids.add(kr.id().value());
        }
      }
      for (NearDuplicates.Pair pair : NearDuplicates.find(titles, owners, threshold)) {
        String a = min(ids.get(pair.first()), ids.get(pair.second()));
        String b = max(ids.get(pair.first()), ids.get(pair.second()));
        add(FindingCodes.DUPLICATE_KEY_RESULTS, List.of(a, b), a + " and " + b + " read alike"
                + String.format(Locale.ROOT, " (similarity %.2f)", pair.similarity()),
            "the same outcome measured twice by different owners splits the effort",
            "keep one key result and make the other owner a contributor");
      }
    }
  }

  // --- metrics ---------------------------------------------------------------------------------

  private AlignmentMetrics metrics() {
    int measured = 0;
    int counted = 0;
    // Counted in arrays by unit index and level, turned into maps once at the end.
    List<OrgUnit> orgUnits = set.organization().units();
    int[] unitTotal = new int[orgUnits.size()];
    int[] unitReached = new int[orgUnits.size()];
    int[] levelTotal = new int[graph.levelNames.size()];
    int[] levelReached = new int[graph.levelNames.size()];
    int proposed = 0;
    int known = 0;
    int cascade = 0;
    int maxFanOut = 0;
    int withChildren = 0;
    long children = 0;
    int maxFanIn = 0;
    for (int o = 0; o < n; o++) {
      int reached = depth[o] > 0 ? 1 : 0;
      if (rank[o] > top) {
        measured++;
        if (graph.verticalLinked[o] || graph.standalone[o]) {
          counted++;
        }
      }
      levelTotal[graph.level[o]]++;
      levelReached[graph.level[o]] += reached;
      if (ownerUnit[o] >= 0) {
        unitTotal[ownerUnit[o]]++;
        unitReached[ownerUnit[o]] += reached;
      }
      if (graph.origin[o] >= 0) {
        known++;
        proposed += graph.origin[o] == Origin.PROPOSED.ordinal() ? 1 : 0;
      }
      cascade = Math.max(cascade, depth[o]);
      int fanOut = graph.childStart[o + 1] - graph.childStart[o];
      maxFanOut = Math.max(maxFanOut, fanOut);
      if (fanOut > 0) {
        withChildren++;
        children += fanOut;
      }
      maxFanIn = Math.max(maxFanIn, graph.parentStart[o + 1] - graph.parentStart[o]);
    }
    int share = measured == 0 ? 100 : (int) Math.floor(100.0 * counted / measured);
    Map<String, Double> coverageByLevel = new HashMap<>();
    for (int l = 0; l < levelTotal.length; l++) {
      coverageByLevel.put(graph.levelNames.get(l), (double) levelReached[l] / levelTotal[l]);
    }
    Map<String, Double> coverageByUnit = new HashMap<>();
    for (int u = 0; u < orgUnits.size(); u++) {
      if (unitTotal[u] > 0) {
        coverageByUnit.put(orgUnits.get(u).id().value(), (double) unitReached[u] / unitTotal[u]);
      }
    }
    int components = 0;
    for (int o = 0; o < n; o++) {
      components += component[o] == o ? 1 : 0;
    }
    return new AlignmentMetrics(measured, counted, share,
        AlignmentMetrics.Band.of(share, anchored()), coverageByLevel, coverageByUnit, cascade,
        maxFanOut, withChildren == 0 ? 0 : (double) children / withChildren, maxFanIn,
        known == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) proposed / known),
        graph.horizontalLinkCount(), siloedDepartments(), components, loops);
  }

  /** Departments (units at rank 1) none of whose objectives links horizontally out of them. */
  private List<String> siloedDepartments() {
    Organization org = set.organization();
    List<OrgUnit> units = org.units();
    if (units.isEmpty()) {
      return List.of();
    }
    int departmentRank = org.levels().top().rank() + 1;
    // The department of each unit: walk up once per unit, memoised by the parent's answer.
    int[] department = new int[units.size()];
    Arrays.fill(department, -2);
    for (int u = 0; u < units.size(); u++) {
      int v = u;
      List<Integer> path = new ArrayList<>();
      while (department[v] == -2) {
        path.add(v);
        OrgUnit unit = units.get(v);
        if (unit.level().rank() == departmentRank) {
          department[v] = v;
          break;
        }
        if (unitParent[v] < 0) {
          department[v] = -1;
          break;
        }
        v = unitParent[v];
      }
      for (int w : path) {
        department[w] = department[v];
      }
    }
    boolean[] connected = new boolean[units.size()];
    boolean[] hasObjectives = new boolean[units.size()];
    for (int o = 0; o < n; o++) {
      int d = ownerUnit[o] >= 0 ? department[ownerUnit[o]] : -1;
      if (d >= 0) {
        hasObjectives[d] = true;
      }
      for (int h = graph.horizontalStart[o]; h < graph.horizontalStart[o + 1]; h++) {
        int other = ownerUnit[graph.horizontal[h]];
        int d2 = other >= 0 ? department[other] : -1;
        if (d != d2) {
          if (d >= 0) {
            connected[d] = true;
          }
          if (d2 >= 0) {
            connected[d2] = true;
          }
        }
      }
    }
    List<String> siloed = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      if (department[u] == u && hasObjectives[u] && !connected[u]) {
        String id = units.get(u).id().value();
        siloed.add(id);
        if (policy.isEnabled(FindingCodes.SILOED_DEPARTMENT)) {
          add(FindingCodes.SILOED_DEPARTMENT, List.of(id), "no objective of department " + id
                  + " relates to or depends on another department's",
              "OKRs are meant to coordinate across silos, not only down the hierarchy",
              "record the dependencies the department really has on others");
        }
      }
    }
    return siloed;
  }

  // --- shared ----------------------------------------------------------------------------------

  /** Breadth first down from every top-level objective: depth 1 at the top, 0 if unreached. */
  private int[] depthsFromTop() {
    int[] depths = new int[n];
    // Each objective enters the queue at most once, so an array of n holds it.
    int[] queue = new int[n];
    int tail = 0;
    for (int o = 0; o < n; o++) {
      if (rank[o] == top) {
        depths[o] = 1;
        queue[tail++] = o;
      }
    }
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      for (int c = graph.childStart[v]; c < graph.childStart[v + 1]; c++) {
        int w = graph.child[graph.childEdge[c]];
        if (depths[w] == 0) {
          depths[w] = depths[v] + 1;
          queue[tail++] = w;
        }
      }
    }
    return depths;
  }

  int[] depths() {
    return depth;
  }

  private void add(String code, List<String> subjects, String message, String why, String fix) {
    findings.add(new Finding(code, severities.computeIfAbsent(code, policy::severity), subjects,
        message, why, fix));
  }

  /**
   * Findings by code (in {@link FindingCodes#all()} order), then subjects, then message. The sort
   * keys are built once per finding, not per comparison: a cluster's subjects can be thousands.
   */
  private static List<Finding> sorted(List<Finding> findings) {
    Map<String, Integer> order = new HashMap<>();
    for (String code : FindingCodes.all()) {
      order.put(code, order.size());
    }
    record Keyed(int code, String subjects, Finding finding) {}
    List<Keyed> keyed = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      keyed.add(new Keyed(order.get(finding.code()), String.join("\u0000", finding.subjects()),
          finding));
    }
    keyed.sort(java.util.Comparator.comparingInt(Keyed::code).thenComparing(Keyed::subjects)
        .thenComparing(k -> k.finding().message()));
    List<Finding> sorted = new ArrayList<>(keyed.size());
    for (Keyed k : keyed) {
      sorted.add(k.finding());
    }
    return sorted;
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a.compareTo(b) <= 0 ? b : a;
  }

  private static String preview(List<String> ids) {
    return ids.size() <= 5 ? String.join(", ", ids)
        : String.join(", ", ids.subList(0, 5)) + " and " + (ids.size() - 5) + " more";
  }
}
