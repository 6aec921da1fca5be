package org.okr4j.alignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.okr4j.core.DanglingLink;
import org.okr4j.core.Level;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Origin;
import org.okr4j.core.validation.ValidationPolicy;

/**
 * The numbers that describe how well a set is aligned: what is not a violation, but tells how the
 * cascade looks. Problems (loops, clusters, gaps, conflicts) are reported by the rules of
 * {@link AlignmentRules} through {@link org.okr4j.core.validation.ValidationPolicy}.
 *
 * <p>The alignment share and its band are OpenOKR's:
 * <ul>
 *   <li><em>measured</em>: objectives below the company level of the organisation's level scheme
 *       ({@code organization().levels().top()}), not below the highest level that happens to have
 *       objectives; closed objectives (achieved, missed, abandoned) count like the others;</li>
 *   <li><em>counted</em>: of those, the ones with a vertical link to a parent in the analysed
 *       scope, to a parent outside it, or to an id the set does not hold (a dangling link is a
 *       parent outside the set), and the ones with a non-blank standalone reason; a horizontal link
 *       or a description alone does not count, and a blank reason is no reason;</li>
 *   <li><em>share</em>: {@code floor(100 × counted / measured)}; none when nothing is measured
 *       (not 100);</li>
 *   <li><em>band</em>: {@link Band#GAP} without a company anchor whatever the share, and when there
 *       is no share; otherwise {@link Band#HEALTHY} from {@code metric.share.healthy}
 *       (90), {@link Band#WATCH} from {@code metric.share.watch} (80), else GAP. The
 *       set is anchored by an objective at the company level, or by a vertical link that leaves
 *       the set from an objective one level below the company (its parent can only be at the
 *       company level); a dangling link from deeper down does not anchor, since its parent may be
 *       a department's. An analysis scoped to a unit's subtree has no anchor check.</li>
 * </ul>
 *
 * <p>Scoped to a unit ({@link #of(OkrSet, OrgUnitId)}), the share, coverage, fan-out, fan-in and
 * bottom-up share count the objectives owned in the unit's subtree (by the unit, its units or
 * their people); cascade depth, horizontal links, siloed departments, connected groups and loops
 * always describe the whole set.
 *
 * <p>Immutable and thread-safe. Deterministic: the same set gives the same metrics whatever the
 * order of its lists; maps are sorted by key, siloed departments by id. Computed in linear time.
 * <pre>{@code
 * AlignmentMetrics metrics = AlignmentMetrics.of(set);
 * metrics.alignmentShare();          // OptionalInt[87]
 * metrics.band();                    // WATCH
 * AlignmentMetrics.of(set, OrgUnitId.of("sales")).band();
 * String text = metrics.toText();
 * }</pre>
 *
 * @param scope the unit whose subtree was analysed, or empty for the whole set
 * @param measured objectives below the company level (OpenOKR's denominator)
 * @param counted of those, the ones with a parent (in the scope, outside it or outside the set)
 *     or a non-blank standalone reason
 * @param alignmentShare floor(100 × counted / measured); empty when nothing is measured
 * @param band OpenOKR's band of the share
 * @param coverageByLevel per level name, the share of its objectives reached from the top, in the
 *     order given ({@link #of(OkrSet)} gives the levels top first)
 * @param coverageByUnit per owning unit (sorted by id), the share of its objectives reached from
 *     the top
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
public record AlignmentMetrics(Optional<OrgUnitId> scope, int measured, int counted,
    OptionalInt alignmentShare, Band band, Map<String, Double> coverageByLevel,
    Map<OrgUnitId, Double> coverageByUnit, int cascadeDepth, int maxFanOut, double meanFanOut,
    int maxFanIn, OptionalDouble bottomUpShare, int horizontalLinks,
    List<OrgUnitId> siloedDepartments, int components, int loops) {

  /** OpenOKR's bands of the alignment share. */
  public enum Band {
    /** At or above the healthy threshold (90 unless set otherwise). */
    HEALTHY,
    /** At or above the watch threshold (80 unless set otherwise). */
    WATCH,
    /** Below the watch threshold, no share at all, or no company anchor. */
    GAP;

    /** The band of a share with the default thresholds (90 and 80), with or without an anchor. */
    public static Band of(int share, boolean anchored) {
      return of(OptionalInt.of(share), anchored, AlignmentRules.HEALTHY_SHARE.defaultValue(),
          AlignmentRules.WATCH_SHARE.defaultValue());
    }

    /**
     * The band of a share, or of no share: GAP without an anchor or a share, else by the
     * thresholds (a watch threshold above the healthy one leaves no WATCH band).
     */
    public static Band of(OptionalInt share, boolean anchored, int healthy, int watch) {
      Objects.requireNonNull(share, "share");
      if (!anchored || share.isEmpty()) {
        return GAP;
      }
      int value = share.getAsInt();
      return value >= healthy ? HEALTHY : value >= watch ? WATCH : GAP;
    }
  }

  /** Copies the collections. */
  public AlignmentMetrics {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(alignmentShare, "alignmentShare");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(coverageByLevel, "coverageByLevel");
    Objects.requireNonNull(coverageByUnit, "coverageByUnit");
    Objects.requireNonNull(siloedDepartments, "siloedDepartments");
    // Sorted copies: reports iterate them, and must read the same every time.
    coverageByLevel = Collections.unmodifiableMap(new LinkedHashMap<>(coverageByLevel));
    coverageByUnit = Collections.unmodifiableMap(new TreeMap<>(coverageByUnit));
    Objects.requireNonNull(bottomUpShare, "bottomUpShare");
    siloedDepartments = List.copyOf(siloedDepartments);
  }

  /** The metrics of {@code set}, with the default thresholds. */
  public static AlignmentMetrics of(OkrSet set) {
    return of(AlignmentGraph.of(Objects.requireNonNull(set, "set")));
  }

  /** The metrics of the set {@code graph} was built from, with the default thresholds. */
  public static AlignmentMetrics of(AlignmentGraph graph) {
    return compute(graph, -1, Optional.empty(), AlignmentRules.HEALTHY_SHARE.defaultValue(),
        AlignmentRules.WATCH_SHARE.defaultValue());
  }

  /**
   * The metrics of the objectives owned in {@code scope}'s subtree of {@code set}'s organisation,
   * with the default thresholds and no anchor check.
   *
   * @throws IllegalArgumentException if the organisation has no such unit
   */
  public static AlignmentMetrics of(OkrSet set, OrgUnitId scope) {
    AlignmentGraph graph = AlignmentGraph.of(Objects.requireNonNull(set, "set"));
    return compute(graph, scopeUnit(graph, scope), Optional.of(scope),
        AlignmentRules.HEALTHY_SHARE.defaultValue(), AlignmentRules.WATCH_SHARE.defaultValue());
  }

  /**
   * The metrics of the set {@code graph} was built from, the band read with the thresholds
   * {@code policy} sets ({@code metric.share.healthy},
   * {@code metric.share.watch}).
   */
  public static AlignmentMetrics of(AlignmentGraph graph, ValidationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return compute(graph, -1, Optional.empty(), policy.get(AlignmentRules.HEALTHY_SHARE),
        policy.get(AlignmentRules.WATCH_SHARE));
  }

  /**
   * The metrics of the objectives owned in {@code scope}'s subtree, the band read with the
   * thresholds {@code policy} sets, with no anchor check.
   *
   * @throws IllegalArgumentException if the organisation has no such unit
   */
  public static AlignmentMetrics of(AlignmentGraph graph, OrgUnitId scope,
      ValidationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return compute(graph, scopeUnit(graph, scope), Optional.of(scope),
        policy.get(AlignmentRules.HEALTHY_SHARE), policy.get(AlignmentRules.WATCH_SHARE));
  }

  /** The unit's position in the organisation. */
  private static int scopeUnit(AlignmentGraph graph, OrgUnitId scope) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(scope, "scope");
    List<OrgUnit> units = graph.set().organization().units();
    for (int u = 0; u < units.size(); u++) {
      if (units.get(u).id().equals(scope)) {
        return u;
      }
    }
    throw new IllegalArgumentException("scope must be a unit of the set's organisation, but was "
        + scope);
  }

  private static AlignmentMetrics compute(AlignmentGraph graph, int scopeUnit,
      Optional<OrgUnitId> scope, int healthy, int watch) {
    Objects.requireNonNull(graph, "graph");
    OkrSet set = graph.set();
    OkrLinks links = graph.links();
    Depths depths = Depths.of(graph);
    int n = graph.size();
    int company = set.organization().levels().top().rank();
    int measured = 0;
    int counted = 0;
    // Counted in arrays by unit and level, turned into maps once at the end.
    List<OrgUnit> units = set.organization().units();
    boolean[] unitInScope = unitsInScope(links, units.size(), scopeUnit);
    int[] unitTotal = new int[units.size()];
    int[] unitReached = new int[units.size()];
    int[] levelTotal = new int[graph.levelNames().size()];
    int[] levelReached = new int[graph.levelNames().size()];
    int[] levelRank = new int[graph.levelNames().size()];
    int proposed = 0;
    int known = 0;
    int maxFanOut = 0;
    int withChildren = 0;
    long children = 0;
    int maxFanIn = 0;
    boolean anchored = scopeUnit >= 0;
    for (int o = 0; o < n; o++) {
      int unit = links.ownerUnitOf(o);
      if (scopeUnit >= 0 && (unit < 0 || !unitInScope[unit])) {
        continue;
      }
      anchored |= graph.rank(o) == company;
      int reached = depths.at(o) > 0 ? 1 : 0;
      if (graph.rank(o) > company) {
        measured++;
        if (links.isVerticallyLinked(o) || graph.isStandalone(o)) {
          counted++;
        }
      }
      levelTotal[graph.level(o)]++;
      levelRank[graph.level(o)] = graph.rank(o);
      levelReached[graph.level(o)] += reached;
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
    anchored = anchored || anchoredOutside(graph, company);
    OptionalInt share = measured == 0 ? OptionalInt.empty()
        : OptionalInt.of((int) Math.floor(100.0 * counted / measured));
    // In level order, top first (rank, then name for levels of equal rank).
    List<Integer> levelOrder = new ArrayList<>();
    for (int l = 0; l < levelTotal.length; l++) {
      if (levelTotal[l] > 0) {
        levelOrder.add(l);
      }
    }
    levelOrder.sort(Comparator.<Integer>comparingInt(l -> levelRank[l])
        .thenComparing(l -> graph.levelNames().get(l)));
    Map<String, Double> coverageByLevel = new LinkedHashMap<>();
    for (int l : levelOrder) {
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
    Band band = Band.of(share, anchored, healthy, watch);
    return new AlignmentMetrics(scope, measured, counted, share, band, coverageByLevel,
        coverageByUnit, depths.max(), maxFanOut,
        withChildren == 0 ? 0 : (double) children / withChildren, maxFanIn,
        known == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) proposed / known),
        links.horizontalCount(), Silos.of(graph), components, Loops.of(graph).count());
  }

  /** Each unit's place in the scope: the scope unit and the units below it. */
  private static boolean[] unitsInScope(OkrLinks links, int units, int scopeUnit) {
    boolean[] inScope = new boolean[units];
    for (int u = 0; scopeUnit >= 0 && u < units; u++) {
      inScope[u] = u == scopeUnit || links.isUnitAncestor(scopeUnit, u);
    }
    return inScope;
  }

  /**
   * True if a vertical link leaves the set from an objective directly below the company level of
   * the scheme: its parent, outside the set, can only be a company objective.
   */
  private static boolean anchoredOutside(AlignmentGraph graph, int company) {
    List<Level> levels = graph.set().organization().levels().levels();
    int below = Integer.MAX_VALUE;
    for (Level level : levels) {
      if (level.rank() > company) {
        below = Math.min(below, level.rank());
      }
    }
    OkrSet set = graph.set();
    for (DanglingLink link : graph.danglingLinks()) {
      if (link.kind().isVertical()
          && graph.rank(set.positionOf(link.from())) == below) {
        return true;
      }
    }
    return false;
  }

  /** The metrics as lines of English text, each ending in {@code \n}; the same for the same set. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    scope.ifPresent(unit -> text.append("In the subtree of ").append(unit).append(":\n"));
    if (alignmentShare.isPresent()) {
      text.append(String.format(Locale.ROOT, "Alignment share %d%% (%s): %d of %s"
          + " below the company level have a parent or a reason to stand alone\n",
          alignmentShare.getAsInt(), band, counted, count(measured, "objective", "objectives")));
    } else {
      text.append(String.format(Locale.ROOT, "No alignment share (%s): no objective below the"
          + " company level\n", band));
    }
    text.append(String.format(Locale.ROOT, "Cascade depth %d, fan-out up to %d (mean %.1f),"
            + " fan-in up to %d, %s, %s, %s\n",
        cascadeDepth, maxFanOut, meanFanOut, maxFanIn,
        count(horizontalLinks, "horizontal link", "horizontal links"),
        count(loops, "loop", "loops"), count(components, "connected group", "connected groups")));
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

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
