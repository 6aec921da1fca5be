package org.okr4j.core.validation;

import org.okr4j.core.Kpi;
import org.okr4j.core.KpiLink;
import org.okr4j.core.OkrSet;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.ThresholdMeasure;

/**
 * Health metrics: a KPI's links reach objectives of the set and it has readings to watch; a key
 * result that only keeps a value is a KPI rather than a key result.
 */
final class KpiRules {

  private KpiRules() {}

  /** A KPI linked to an objective the set does not hold; one finding per link, in KPI order. */
  static ValidationRule links() {
    return (context, out) -> {
      OkrSet set = context.set();
      for (Kpi kpi : set.kpis()) {
        for (KpiLink link : kpi.links()) {
          if (set.positionOf(link.objective()) < 0) {
            out.accept(Violation.of("kpi.objective.unknown", Severity.WARNING, kpi.id())
                .withValue("objective", link.objective())
                .withValue("role", link.role().name().toLowerCase(java.util.Locale.ROOT)));
          }
        }
      }
    };
  }

  /** A KPI with no reading on or before the as-of date: nothing says whether it is healthy. */
  static ValidationRule readings() {
    return (context, out) -> {
      for (Kpi kpi : context.set().kpis()) {
        if (kpi.latestOn(context.asOf()).isEmpty()) {
          out.accept(Violation.of("kpi.readings.missing", Severity.INFO, kpi.id()));
        }
      }
    };
  }

  /**
   * A key result whose measure only keeps a value (a threshold to stay above or below, or a band
   * of some width to stay within) is a health metric: suggest a KPI. A band of zero width and a
   * linear measure whose start equals its target are {@code measure.shape}'s findings
   * ({@code measure.range.zero-width}, {@code measure.linear.no-change}), not this rule's.
   */
  static ObjectiveRule keepsAValue() {
    return MeasureRules.forEachKeyResult((kr, out) -> {
      boolean keeps = kr.measure() instanceof ThresholdMeasure
          || kr.measure() instanceof RangeMeasure range && range.low() < range.high();
      if (keeps) {
        out.accept(Violation.of("kpi.key-result.maintains", Severity.INFO, kr.id())
            .withValue("measure", kr.measure()));
      }
    });
  }
}
