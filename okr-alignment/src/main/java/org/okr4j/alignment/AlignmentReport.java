package org.okr4j.alignment;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.okr4j.core.OkrSet;

/**
 * What alignment analysis found in a set: findings with stable codes, and metrics.
 *
 * <p>Immutable and thread-safe. Deterministic: the same set gives the same report, finding for
 * finding, whatever the order of its lists; findings are sorted by code (in
 * {@link FindingCodes#all()} order), then by their subjects.
 * <pre>{@code
 * AlignmentReport report = AlignmentReport.of(set);               // okr4j's default policy
 * report.findings(FindingCodes.ORPHAN);                          // the orphans
 * report.metrics().alignmentShare();                             // 87
 * String text = report.toText();                               // metrics, then findings
 * }</pre>
 */
public final class AlignmentReport {

  private final AlignmentPolicy policy;
  private final List<Finding> findings;
  private final AlignmentMetrics metrics;

  AlignmentReport(AlignmentPolicy policy, List<Finding> findings, AlignmentMetrics metrics) {
    this.policy = policy;
    this.findings = List.copyOf(findings);
    this.metrics = metrics;
  }

  /** The report on {@code set} under okr4j's default policy. */
  public static AlignmentReport of(OkrSet set) {
    return of(AlignmentGraph.of(set), AlignmentPolicy.defaults());
  }

  /** The report on {@code graph} under {@code policy}. */
  public static AlignmentReport of(AlignmentGraph graph, AlignmentPolicy policy) {
    return new Analysis(Objects.requireNonNull(graph, "graph"),
        Objects.requireNonNull(policy, "policy")).run();
  }

  /** The policy the analyses ran under. */
  public AlignmentPolicy policy() {
    return policy;
  }

  /** Every finding, sorted. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings with {@code code}, sorted. */
  public List<Finding> findings(String code) {
    Objects.requireNonNull(code, "code");
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }

  /** The findings that concern the objective, key result or unit with this id. */
  public List<Finding> findingsAbout(String id) {
    Objects.requireNonNull(id, "id");
    return findings.stream().filter(f -> f.concerns(id)).toList();
  }

  /** How many findings of each severity (every severity present). */
  public Map<Severity, Integer> countBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts;
  }

  /** The metrics. */
  public AlignmentMetrics metrics() {
    return metrics;
  }

  /** The report as text: metrics, then findings grouped by severity, with why and fix. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "Alignment share %d%% (%s): %d of %d objectives below"
            + " the top have a parent or a reason to stand alone%n", metrics.alignmentShare(),
        metrics.band(), metrics.counted(), metrics.measured()));
    text.append(String.format(Locale.ROOT, "Cascade depth %d, fan-out up to %d (mean %.1f),"
            + " fan-in up to %d, %d horizontal links, %d loops, %d connected groups%n",
        metrics.cascadeDepth(), metrics.maxFanOut(), metrics.meanFanOut(), metrics.maxFanIn(),
        metrics.horizontalLinks(), metrics.loops(), metrics.components()));
    if (metrics.bottomUpShare().isPresent()) {
      text.append(String.format(Locale.ROOT, "Bottom-up share %.0f%% of objectives of known origin"
          + " (the literature expects about 60%%)%n", 100 * metrics.bottomUpShare().getAsDouble()));
    }
    text.append("Coverage by level:");
    metrics.coverageByLevel().forEach((level, share) -> text.append(String.format(Locale.ROOT,
        " %s %.0f%%", level, 100 * share)));
    text.append('\n');
    if (!metrics.siloedDepartments().isEmpty()) {
      text.append("Siloed departments: ").append(String.join(", ", metrics.siloedDepartments()))
          .append('\n');
    }
    text.append(String.format(Locale.ROOT, "%n%d findings under the %s policy%n", findings.size(),
        policy.name()));
    for (Severity severity : Severity.values()) {
      for (Finding finding : findings) {
        if (finding.severity() == severity) {
          text.append("  ").append(severity).append("  ").append(finding.code()).append("  ")
              .append(finding.message()).append("\n        why: ").append(finding.why())
              .append("\n        fix: ").append(finding.fix()).append('\n');
        }
      }
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "AlignmentReport[" + policy.name() + ", " + findings.size() + " findings, share "
        + metrics.alignmentShare() + "%]";
  }
}
