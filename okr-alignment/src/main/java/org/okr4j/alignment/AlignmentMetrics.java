package org.okr4j.alignment;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Origin;

/**
 * The numbers that describe how well a set is aligned: what is not a violation, but tells how the
 * cascade looks. Problems (loops, clusters, gaps, conflicts) are reported by the rules of
 * {@link AlignmentRules} through {@link org.okr4j.core.validation.ValidationPolicy}.
 *
 * <p>Immutable and thread-safe. Deterministic: the same set gives the same metrics whatever the
 * order of its lists; maps are sorted by key, siloed departments by id. Computed in linear time.
 * <pre>{@code
 * AlignmentMetrics metrics = AlignmentMetrics.of(set);
 * metrics.alignmentShare();          // 87
 * metrics.band();                    // WATCH
 * String text = metrics.toText();
 * }</pre>
 *
 * @param measured objectives below the top level (OpenOKR's denominator)
 * @param counted of those, the ones with a parent (in the set or not) or a standalone reason
 * @param alignmentShare floor(100 × counted / measured); 100 when nothing is measured
 * @param band OpenOKR's band of the share; GAP when no objective is at the organisation's top level
 * @param coverageByLevel per level name (sorted by name), the share of its objectives reached from the top
 * @param coverageByUnit per owning unit (sorted by id), the share of its objectives reached from the top
 * @param cascadeDepth the most objectives on a path down from the top, the top included
 * @param maxFanOut the most children of one objective
 * @param meanFanOut the mean children of the objectives that have any
 * @param maxFanIn the most parents of one objective
 * @param bottomUpShare the share of objectives of known origin that were proposed from below
 * @param horizontalLinks links that relate or depend across objectives
 * @param siloedDepartments departments with objectives none of which links horizontally to another
 *     department's, sorted by id (the rule {@value AlignmentRules#SILOED_DEPARTMENT} reports them)
 * @param components weakly connected groups of objectives
 * @param loops alignment loops, an objective aligned to itself included
 */
public record AlignmentMetrics(int measured, int counted, int alignmentShare, Band band,
    Map<String, Double> coverageByLevel, Map<OrgUnitId, Double> coverageByUnit, int cascadeDepth,
    int maxFanOut, double meanFanOut, int maxFanIn, OptionalDouble bottomUpShare,
    int horizontalLinks, List<OrgUnitId> siloedDepartments, int components, int loops) {

  /** OpenOKR's bands of the alignment share. */
  public enum Band {
    /** 90 or more. */
    HEALTHY,
    /** 80 or more. */
    WATCH,
    /** Below 80, or no objective at the top level. */
    GAP;

    /** The band of a share, with or without a company anchor. */
    public static Band of(int share, boolean anchored) {
      if (!anchored) {
        return GAP;
      }
      return share >= 90 ? HEALTHY : share >= 80 ? WATCH : GAP;
    }
  }

  /** Copies the collections. */
  public AlignmentMetrics {
    Objects.requireNonNull(band, "band");
    // Sorted copies: reports iterate them, and must read the same every time.
    coverageByLevel = Collections.unmodifiableMap(new TreeMap<>(coverageByLevel));
    coverageByUnit = Collections.unmodifiableMap(new TreeMap<>(coverageByUnit));
    Objects.requireNonNull(bottomUpShare, "bottomUpShare");
    siloedDepartments = List.copyOf(siloedDepartments);
  }

  /** The metrics of {@code set}. */
  public static AlignmentMetrics of(OkrSet set) {
    return of(AlignmentGraph.of(Objects.requireNonNull(set, "set")));
  }

  /** The metrics of the set {@code graph} was built from. */
  public static AlignmentMetrics of(AlignmentGraph graph) {
    Objects.requireNonNull(graph, "graph");
    OkrSet set = graph.set();
    OkrLinks links = graph.links();
    Depths depths = Depths.of(graph);
    int n = graph.size();
    int measured = 0;
    int counted = 0;
    // Counted in arrays by unit and level, turned into maps once at the end.
    List<OrgUnit> units = set.organization().units();
    int[] unitTotal = new int[units.size()];
    int[] unitReached = new int[units.size()];
    int[] levelTotal = new int[graph.levelNames().size()];
    int[] levelReached = new int[graph.levelNames().size()];
    int proposed = 0;
    int known = 0;
    int maxFanOut = 0;
    int withChildren = 0;
    long children = 0;
    int maxFanIn = 0;
    for (int o = 0; o < n; o++) {
      int reached = depths.at(o) > 0 ? 1 : 0;
      if (!graph.isTop(o)) {
        measured++;
        if (links.isVerticallyLinked(o) || graph.isStandalone(o)) {
          counted++;
        }
      }
      levelTotal[graph.level(o)]++;
      levelReached[graph.level(o)] += reached;
      int unit = links.ownerUnitOf(o);
      if (unit >= 0) {
        unitTotal[unit]++;
        unitReached[unit] += reached;
      }
      if (graph.origin(o) >= 0) {
        known++;
        proposed += graph.origin(o) == Origin.PROPOSED.ordinal() ? 1 : 0;
      }
      int fanOut = links.childCount(o);
      maxFanOut = Math.max(maxFanOut, fanOut);
      if (fanOut > 0) {
        withChildren++;
        children += fanOut;
      }
      maxFanIn = Math.max(maxFanIn, links.parentCount(o));
    }
    int share = measured == 0 ? 100 : (int) Math.floor(100.0 * counted / measured);
    Map<String, Double> coverageByLevel = new HashMap<>();
    for (int l = 0; l < levelTotal.length; l++) {
      coverageByLevel.put(graph.levelNames().get(l), (double) levelReached[l] / levelTotal[l]);
    }
    Map<OrgUnitId, Double> coverageByUnit = new HashMap<>();
    for (int u = 0; u < units.size(); u++) {
      if (unitTotal[u] > 0) {
        coverageByUnit.put(units.get(u).id(), (double) unitReached[u] / unitTotal[u]);
      }
    }
    int[] component = graph.componentIds();
    int components = 0;
    for (int o = 0; o < n; o++) {
      components += component[o] == o ? 1 : 0;
    }
    boolean anchored = n > 0
        && graph.topRank() == set.organization().levels().top().rank();
    return new AlignmentMetrics(measured, counted, share, Band.of(share, anchored),
        coverageByLevel, coverageByUnit, depths.max(), maxFanOut,
        withChildren == 0 ? 0 : (double) children / withChildren, maxFanIn,
        known == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) proposed / known),
        links.horizontalCount(), Silos.of(graph), components, Loops.of(graph).count());
  }

  /** The metrics as lines of English text, each ending in {@code \n}; the same for the same set. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "Alignment share %d%% (%s): %d of %d objectives below"
        + " the top have a parent or a reason to stand alone\n", alignmentShare, band, counted,
        measured));
    text.append(String.format(Locale.ROOT, "Cascade depth %d, fan-out up to %d (mean %.1f),"
            + " fan-in up to %d, %d horizontal links, %d loops, %d connected groups\n",
        cascadeDepth, maxFanOut, meanFanOut, maxFanIn, horizontalLinks, loops, components));
    if (bottomUpShare.isPresent()) {
      text.append(String.format(Locale.ROOT, "Bottom-up share %.0f%% of objectives of known origin"
          + " (the literature expects about 60%%)\n", 100 * bottomUpShare.getAsDouble()));
    }
    text.append("Coverage by level:");
    coverageByLevel.forEach((level, covered) -> text.append(String.format(Locale.ROOT,
        " %s %.0f%%", level, 100 * covered)));
    text.append('\n');
    if (!siloedDepartments.isEmpty()) {
      text.append("Siloed departments: ");
      for (int i = 0; i < siloedDepartments.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(siloedDepartments.get(i));
      }
      text.append('\n');
    }
    return text.toString();
  }
}
