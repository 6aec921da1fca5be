package org.okr4j.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;

/**
 * Departments (units one level below the organisation's top) that own objectives, themselves or
 * through their units and people, none of which relates to or depends on another department's:
 * the rule {@code metric.siloed-department} reports them and {@link AlignmentMetrics} lists them.
 */
final class Silos {

  private Silos() {}

  /** The siloed departments of {@code graph}'s set, sorted by id. */
  static List<OrgUnitId> of(AlignmentGraph graph) {
    Organization org = graph.set().organization();
    List<OrgUnit> units = org.units();
    OkrLinks links = graph.links();
    int departmentRank = org.levels().top().rank() + 1;
    int[] department = departments(units, links, departmentRank);
    boolean[] connected = new boolean[units.size()];
    boolean[] hasObjectives = new boolean[units.size()];
    for (int o = 0; o < graph.size(); o++) {
      int d = departmentOf(department, links.ownerUnitOf(o));
      if (d >= 0) {
        hasObjectives[d] = true;
      }
      for (int h = links.horizontalStart(o); h < links.horizontalEnd(o); h++) {
        int other = departmentOf(department, links.ownerUnitOf(links.horizontalTarget(h)));
        if (d != other) {
          if (d >= 0) {
            connected[d] = true;
          }
          if (other >= 0) {
            connected[other] = true;
          }
        }
      }
    }
    List<OrgUnitId> siloed = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      if (department[u] == u && hasObjectives[u] && !connected[u]) {
        siloed.add(units.get(u).id());
      }
    }
    siloed.sort(Comparator.naturalOrder());
    return List.copyOf(siloed);
  }

  private static int departmentOf(int[] department, int unit) {
    return unit >= 0 ? department[unit] : -1;
  }

  /**
   * The department of each unit (-1 above or outside any): each unit walks up until it meets a
   * department or a unit whose answer is known, and the answer is written back along the walk,
   * so every unit is visited a bounded number of times.
   */
  private static int[] departments(List<OrgUnit> units, OkrLinks links, int departmentRank) {
    final int unknown = -2;
    int[] department = new int[units.size()];
    Arrays.fill(department, unknown);
    int[] path = new int[units.size()];
    for (int u = 0; u < units.size(); u++) {
      int length = 0;
      int v = u;
      int answer;
      while (true) {
        if (department[v] != unknown) {
          answer = department[v];
          break;
        }
        path[length++] = v;
        if (units.get(v).level().rank() == departmentRank) {
          answer = v;
          break;
        }
        if (links.unitParentOf(v) < 0) {
          answer = -1;
          break;
        }
        v = links.unitParentOf(v);
      }
      for (int i = 0; i < length; i++) {
        department[path[i]] = answer;
      }
    }
    return department;
  }
}
