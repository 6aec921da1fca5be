package org.okr4j.alignment;

import static org.okr4j.alignment.AlignmentRules.PERSPECTIVE_MISSING;
import static org.okr4j.alignment.AlignmentRules.SILOED_DEPARTMENT;
import static org.okr4j.alignment.AlignmentRules.THEME_MISSING;
import static org.okr4j.alignment.AlignmentRules.UNIT_WITHOUT_OKRS;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.okr4j.core.CycleId;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;
import org.okr4j.core.Owner;
import org.okr4j.core.Share;
import org.okr4j.core.Perspective;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationRule;
import org.okr4j.core.validation.Violation;

/**
 * The rules about what the set covers: every unit has objectives, the company's objectives serve
 * every perspective and required theme, and departments work with each other.
 */
final class CoverageRules {

  private CoverageRules() {}

  /**
   * Per cycle that has objectives: the units that own none in it, themselves or through their
   * people, as owner or co-owner, and have none shared with them. Cycles by id, then units by id.
   */
  static ValidationRule unitsWithoutOkrs() {
    return (context, out) -> {
      List<OrgUnit> units = context.set().organization().units();
      if (units.isEmpty() || !context.reports(UNIT_WITHOUT_OKRS)) {
        return;
      }
      AlignmentGraph graph = AlignmentGraph.of(context);
      OkrLinks links = graph.links();
      List<Objective> objectives = graph.set().objectives();
      Map<CycleId, boolean[]> owned = new TreeMap<>();
      Map<OrgUnitId, Integer> index = new HashMap<>();
      CycleId last = null;
      boolean[] owns = null;
      for (int o = 0; o < graph.size(); o++) {
        CycleId cycle = objectives.get(o).cycle();
        // Neighbours mostly share a cycle: look it up only when it changes.
        if (!cycle.equals(last)) {
          owns = owned.computeIfAbsent(cycle, c -> new boolean[units.size()]);
          last = cycle;
        }
        if (links.ownerUnitOf(o) >= 0) {
          owns[links.ownerUnitOf(o)] = true;
        }
        Objective objective = objectives.get(o);
        if (!objective.coOwners().isEmpty() || !objective.sharedWith().isEmpty()) {
          coverOthers(context.set().organization(), objective, unitIndex(units, index), owns);
        }
      }
      int[] byId = unitsById(units);
      owned.forEach((cycle, unitOwns) -> {
        for (int u : byId) {
          if (!unitOwns[u]) {
            out.accept(Violation.of(UNIT_WITHOUT_OKRS, Severity.WARNING, units.get(u).id())
                .withValue("cycle", cycle));
          }
        }
      });
    };
  }

  /** The units' positions by id, filled on first need: most sets share and co-own nothing. */
  private static Map<OrgUnitId, Integer> unitIndex(List<OrgUnit> units,
      Map<OrgUnitId, Integer> index) {
    if (index.isEmpty()) {
      for (int u = 0; u < units.size(); u++) {
        index.put(units.get(u).id(), u);
      }
    }
    return index;
  }

  /**
   * Marks the units an objective covers beside its owner's: its co-owning units (a co-owning
   * person's first unit) and the units it is shared with; units the organisation lacks are
   * ownership findings, not gaps, and are skipped.
   */
  private static void coverOthers(Organization organization, Objective objective,
      Map<OrgUnitId, Integer> index, boolean[] owns) {
    for (Owner coOwner : objective.coOwners()) {
      organization.unitOf(coOwner).map(index::get).ifPresent(u -> owns[u] = true);
    }
    for (Share share : objective.sharedWith()) {
      Integer u = index.get(share.unit());
      if (u != null) {
        owns[u] = true;
      }
    }
  }

  private static int[] unitsById(List<OrgUnit> units) {
    Integer[] order = new Integer[units.size()];
    for (int u = 0; u < order.length; u++) {
      order[u] = u;
    }
    Arrays.sort(order, Comparator.comparing(u -> units.get(u).id()));
    int[] byId = new int[order.length];
    for (int u = 0; u < order.length; u++) {
      byId[u] = order[u];
    }
    return byId;
  }

  /**
   * Per cycle with objectives at the organisation's top level, the Balanced Scorecard perspectives
   * none of them serves; cycles by id, perspectives in their order.
   */
  static ValidationRule perspectives() {
    return (context, out) -> {
      if (!context.reports(PERSPECTIVE_MISSING)) {
        return;
      }
      int company = context.set().organization().levels().top().rank();
      Map<CycleId, Set<Perspective>> served = new TreeMap<>();
      for (Objective objective : context.set().objectives()) {
        if (objective.level().rank() == company) {
          Set<Perspective> perspectives = served.computeIfAbsent(objective.cycle(),
              c -> EnumSet.noneOf(Perspective.class));
          objective.perspective().ifPresent(perspectives::add);
        }
      }
      served.forEach((cycle, perspectives) -> {
        for (Perspective perspective : Perspective.values()) {
          if (!perspectives.contains(perspective)) {
            out.accept(Violation.of(PERSPECTIVE_MISSING, Severity.INFO, cycle)
                .withValue("perspective", perspective));
          }
        }
      });
    };
  }

  /**
   * Per cycle with objectives at the organisation's top level, the required themes
   * ({@code gap.themes.required}) no objective of the cycle serves, at any level; cycles by id,
   * themes in the setting's order.
   */
  static ValidationRule themes() {
    return (context, out) -> {
      List<String> required = context.get(AlignmentRules.REQUIRED_THEMES);
      if (required.isEmpty() || !context.reports(THEME_MISSING)) {
        return;
      }
      // The setting may repeat a theme: each is reported once, in its first place.
      List<String> themes = List.copyOf(new LinkedHashSet<>(required));
      Map<String, Integer> index = new HashMap<>();
      for (String theme : themes) {
        index.put(theme, index.size());
      }
      int company = context.set().organization().levels().top().rank();
      Map<CycleId, boolean[]> served = new HashMap<>();
      Set<CycleId> anchored = new TreeSet<>();
      for (Objective objective : context.set().objectives()) {
        if (objective.level().rank() == company) {
          anchored.add(objective.cycle());
        }
        for (String theme : objective.themes()) {
          Integer t = index.get(theme);
          if (t != null) {
            served.computeIfAbsent(objective.cycle(), c -> new boolean[themes.size()])[t] = true;
          }
        }
      }
      boolean[] none = new boolean[themes.size()];
      for (CycleId cycle : anchored) {
        boolean[] cycleServes = served.getOrDefault(cycle, none);
        for (int t = 0; t < themes.size(); t++) {
          if (!cycleServes[t]) {
            out.accept(Violation.of(THEME_MISSING, Severity.WARNING, cycle)
                .withValue("theme", themes.get(t)));
          }
        }
      }
    };
  }

  /** Departments with objectives none of which links horizontally to another department's. */
  static ValidationRule siloedDepartments() {
    return (context, out) -> {
      if (!context.reports(SILOED_DEPARTMENT)) {
        return;
      }
      for (OrgUnitId department : Silos.of(AlignmentGraph.of(context))) {
        out.accept(Violation.of(SILOED_DEPARTMENT, Severity.WARNING, department));
      }
    };
  }
}
