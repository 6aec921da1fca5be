package org.okr4j.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okr4j.core.internal.Guards;

/**
 * The units of an {@link Organization} as dense int arrays: built once, checked once, then queried
 * in O(1) (lookups) or O(depth) (ancestors) without recursion.
 */
final class UnitTree {

  private static final int NONE = -1;

  private final List<OrgUnit> units;
  private final Map<OrgUnitId, Integer> index;
  private final int[] parent;
  private final int[] childStart;
  private final int[] children;

  private UnitTree(List<OrgUnit> units, Map<OrgUnitId, Integer> index, int[] parent) {
    this.units = units;
    this.index = index;
    this.parent = parent;
    // Children in compressed rows, each row in the units' list order.
    int n = units.size();
    childStart = new int[n + 1];
    for (int p : parent) {
      if (p != NONE) {
        childStart[p + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      childStart[i + 1] += childStart[i];
    }
    children = new int[childStart[n]];
    int[] fill = Arrays.copyOf(childStart, n);
    for (int i = 0; i < n; i++) {
      if (parent[i] != NONE) {
        children[fill[parent[i]]++] = i;
      }
    }
  }

  /**
   * Indexes the units and rejects duplicate ids, levels outside the scheme, missing parents, units
   * ranked above their parent and parent loops.
   */
  static UnitTree of(List<OrgUnit> units, LevelScheme levels) {
    int n = units.size();
    Map<OrgUnitId, Integer> index = new HashMap<>(Math.max(16, n * 2));
    for (int i = 0; i < n; i++) {
      OrgUnit unit = units.get(i);
      Guards.check(index.putIfAbsent(unit.id(), i) == null, "org units", "not contain duplicates",
          unit.id());
      if (!levels.contains(unit.level())) {
        throw Guards.failure("org unit level", "be one of the scheme's levels " + levels.levels(),
            unit.level());
      }
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      OrgUnit unit = units.get(i);
      parent[i] = NONE;
      if (unit.parent().isPresent()) {
        Integer p = index.get(unit.parent().get());
        Guards.check(p != null, "org unit parent", "be a unit of the organisation",
            unit.parent().get());
        OrgUnit up = units.get(p);
        if (unit.level().isAbove(up.level())) {
          throw Guards.failure("org unit level", "not rank above its parent's level " + up.level(),
              unit.id() + " at " + unit.level());
        }
        parent[i] = p;
      }
    }
    rejectLoops(units, parent);
    return new UnitTree(units, index, parent);
  }

  private static void rejectLoops(List<OrgUnit> units, int[] parent) {
    final byte unseen = 0;
    final byte onPath = 1;
    final byte done = 2;
    byte[] state = new byte[parent.length];
    for (int start = 0; start < parent.length; start++) {
      int node = start;
      while (node != NONE && state[node] == unseen) {
        state[node] = onPath;
        node = parent[node];
      }
      Guards.check(node == NONE || state[node] == done, "org unit parents", "not form a loop",
          node == NONE ? null : units.get(node).id());
      for (node = start; node != NONE && state[node] == onPath; node = parent[node]) {
        state[node] = done;
      }
    }
  }

  Optional<OrgUnit> unit(OrgUnitId id) {
    Integer i = index.get(id);
    return i == null ? Optional.empty() : Optional.of(units.get(i));
  }

  List<OrgUnit> children(OrgUnitId id) {
    Integer i = index.get(id);
    if (i == null) {
      return List.of();
    }
    List<OrgUnit> result = new ArrayList<>(childStart[i + 1] - childStart[i]);
    for (int c = childStart[i]; c < childStart[i + 1]; c++) {
      result.add(units.get(children[c]));
    }
    return Collections.unmodifiableList(result);
  }

  List<OrgUnitId> ancestors(OrgUnitId id) {
    Integer i = index.get(id);
    if (i == null) {
      return List.of();
    }
    List<OrgUnitId> result = new ArrayList<>();
    for (int p = parent[i]; p != NONE; p = parent[p]) {
      result.add(units.get(p).id());
    }
    return Collections.unmodifiableList(result);
  }

  boolean isAncestor(OrgUnitId ancestor, OrgUnitId unit) {
    Integer a = index.get(ancestor);
    Integer i = index.get(unit);
    if (a == null || i == null) {
      return false;
    }
    for (int p = parent[i]; p != NONE; p = parent[p]) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }
}
