package org.okr4j.alignment;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The numbers that describe how well a set is aligned.
 *
 * @param measured objectives below the top level (OpenOKR's denominator)
 * @param counted of those, the ones with a parent (in the set or not) or a standalone reason
 * @param alignmentShare floor(100 × counted / measured); 100 when nothing is measured
 * @param band OpenOKR's band of the share; GAP when no top-level objective exists
 * @param coverageByLevel per level name (sorted by name), the share of its objectives reached from the top
 * @param coverageByUnit per owning unit id (sorted by id), the share of its objectives reached from the top
 * @param cascadeDepth the most objectives on a path down from the top, the top included
 * @param maxFanOut the most children of one objective
 * @param meanFanOut the mean children of the objectives that have any
 * @param maxFanIn the most parents of one objective
 * @param bottomUpShare the share of objectives of known origin that were proposed from below
 * @param horizontalLinks links that relate or depend across objectives
 * @param siloedDepartments departments with no horizontal link out of their subtree
 * @param components weakly connected groups of objectives
 * @param loops alignment loops
 */
public record AlignmentMetrics(int measured, int counted, int alignmentShare, Band band,
    Map<String, Double> coverageByLevel, Map<String, Double> coverageByUnit, int cascadeDepth,
    int maxFanOut, double meanFanOut, int maxFanIn, OptionalDouble bottomUpShare,
    int horizontalLinks, List<String> siloedDepartments, int components, int loops) {

  /** OpenOKR's bands of the alignment share. */
  public enum Band {
    /** 90 or more. */
    HEALTHY,
    /** 80 or more. */
    WATCH,
    /** Below 80, or no top-level objective. */
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
}
