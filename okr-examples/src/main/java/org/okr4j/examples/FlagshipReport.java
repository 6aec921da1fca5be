package org.okr4j.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.okr4j.alignment.AlignmentExport;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentMetrics;
import org.okr4j.alignment.NodeStyle;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.io.ImportResult;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationResult;
import org.okr4j.core.validation.Violation;
import org.okr4j.scoring.Progress;
import org.okr4j.scoring.Scores;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Status;

/**
 * The flagship report: okr4j's first look at an OKR set. It scores the set with a
 * {@link ScoringPolicy}, prints the objectives as an alignment tree with progress bars, statuses and
 * each key result's latest reading, lists the objectives the tree cannot reach, then every
 * violation of okr4j's default policy (local and whole-graph rules alike, each once, under its
 * stable code, with why it matters and how to fix it) and the alignment metrics, and writes the
 * alignment picture (DOT, Mermaid, and PNG where Graphviz is installed), coloured by status with
 * the objectives that have violations outlined.
 *
 * <p>Run it with {@code ./mvnw -q -pl okr-examples -am package exec:java -DskipTests}.
 */
public final class FlagshipReport {

  private static final int BAR = 10;

  private final OkrSet set;
  private final Cycle cycle;
  private final LocalDate asOf;
  private final Scores scores;
  private final AlignmentGraph graph;
  private final AlignmentMetrics metrics;
  private final ValidationResult validation;

  /** A report on the objectives of {@code cycle} in {@code set}, seen on {@code asOf}. */
  public FlagshipReport(OkrSet set, CycleId cycle, LocalDate asOf, ScoringPolicy policy) {
    this.set = set;
    this.cycle = set.cycle(cycle).orElseThrow(
        () -> new IllegalArgumentException("cycle " + cycle + " is not in the set"));
    this.asOf = asOf;
    this.scores = policy.score(set, asOf);
    this.graph = AlignmentGraph.of(set);
    this.metrics = AlignmentMetrics.of(graph);
    // One policy, one result: okr-core's local rules and okr-alignment's whole-graph rules.
    this.validation = ValidationPolicy.defaults().check(set, asOf);
  }

  /**
   * Prints the report on the embedded sample organisation, or, given a CSV file (okr4j's template
   * or a Viva Goals export), on that file: {@code exec:java -Dexec.args="okrs.csv [2026-08-20]"}.
   * The optional date is the day to judge on; without it, the day of the file's latest check-in.
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length == 0) {
      OkrSet sample = SampleOrganization.okrSet();
      CycleId quarter = SampleOrganization.CALENDAR.quarterContaining(SampleOrganization.AS_OF)
          .id();
      FlagshipReport report = new FlagshipReport(sample, quarter, SampleOrganization.AS_OF,
          ScoringPolicy.defaults());
      out.print(report.render());
      out.print(report.writePictures(Path.of("target", "okr4j-report")));
      return;
    }
    ImportResult imported = CsvFiles.read(Path.of(args[0]));
    out.printf("Read %s: %d rows, %d rejected%n", args[0], imported.rows(),
        imported.rejectedRows());
    imported.problems().forEach(problem -> out.println("  " + problem));
    OkrSet set = imported.okrSet();
    LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : latestCheckIn(set);
    Optional<Cycle> cycle = set.cycles().stream().filter(c -> c.contains(asOf))
        .min(java.util.Comparator.comparingLong(Cycle::lengthInDays))
        .or(() -> set.cycles().stream().findFirst());
    if (cycle.isEmpty()) {
      out.println("No objective in a known cycle: nothing to report.");
      return;
    }
    FlagshipReport report = new FlagshipReport(set, cycle.get().id(), asOf,
        ScoringPolicy.defaults());
    out.print(report.render());
    out.print(report.writePictures(Path.of("target", "okr4j-report")));
  }

  /** The day of the set's latest check-in, or the end of its latest cycle. */
  static LocalDate latestCheckIn(OkrSet set) {
    LocalDate latest = LocalDate.MIN;
    for (Objective objective : set.objectives()) {
      for (KeyResult keyResult : objective.keyResults()) {
        for (CheckIn checkIn : keyResult.checkIns()) {
          latest = checkIn.date().isAfter(latest) ? checkIn.date() : latest;
        }
      }
    }
    if (latest.equals(LocalDate.MIN)) {
      return set.cycles().stream().map(Cycle::end).max(LocalDate::compareTo)
          .orElse(LocalDate.of(2000, 1, 1));
    }
    return latest;
  }

  /**
   * Writes the alignment picture as {@code alignment.dot} and {@code alignment.mmd} into
   * {@code directory}, and {@code alignment.png} when Graphviz's {@code dot} is installed; returns
   * what it wrote, as lines for the console.
   */
  public String writePictures(Path directory) {
    AlignmentExport export = AlignmentExport.of(graph).withLabel(this::label)
        .withStyle(this::style);
    StringBuilder text = new StringBuilder("\nPictures\n");
    try {
      Files.createDirectories(directory);
      Path dot = directory.resolve("alignment.dot");
      Files.writeString(dot, export.toDot(), StandardCharsets.UTF_8);
      Path mermaid = directory.resolve("alignment.mmd");
      Files.writeString(mermaid, export.toMermaid(), StandardCharsets.UTF_8);
      text.append("  ").append(dot).append("\n  ").append(mermaid).append('\n');
      Path png = directory.resolve("alignment.png");
      try {
        Process process = new ProcessBuilder("dot", "-Tpng", "-o", png.toString(), dot.toString())
            .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        if (process.waitFor() == 0) {
          text.append("  ").append(png).append('\n');
        }
      } catch (IOException noGraphviz) {
        text.append("  (install Graphviz for a PNG: dot -Tpng ").append(dot).append(")\n");
      }
    } catch (IOException e) {
      text.append("  could not write the pictures: ").append(e.getMessage()).append('\n');
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return text.toString();
  }

  /** The whole report as text. */
  public String render() {
    StringBuilder text = new StringBuilder();
    List<Objective> objectives = set.objectivesIn(cycle.id());
    text.append("okr4j report: ").append(cycle.id()).append(" (").append(cycle.start())
        .append(" to ").append(cycle.end()).append("), as of ").append(asOf)
        .append(String.format(Locale.ROOT, ", %.0f%% of the cycle elapsed%n",
            100 * cycle.expectedProgress(asOf)));
    text.append(String.format(Locale.ROOT, "%d units on %s, %d people; %d objectives, %d key results"
            + " in this cycle%n%n", set.organization().units().size(), set.organization().levels(),
        set.organization().people().size(), objectives.size(),
        objectives.stream().mapToInt(o -> o.keyResults().size()).sum()));
    text.append("Scored with the ").append(scores.policy().name()).append(" policy (")
        .append(scores.policy().source()).append(")\n\n");
    appendTree(text, objectives);
    appendStatusSummary(text, objectives);
    appendValidation(text);
    text.append("\nAlignment metrics\n").append(metrics.toText());
    return text.toString();
  }

  private String label(Objective objective) {
    Progress progress = scores.progress(objective.id());
    return objective.title() + " (" + (progress.isScored()
        ? String.format(Locale.ROOT, "%.0f%%", 100 * progress.value()) : "not scored") + ")";
  }

  private NodeStyle style(Objective objective) {
    NodeStyle style = scores.status(objective.id()).map(status -> switch (status) {
      case ON_TRACK, COMPLETED -> NodeStyle.of("onTrack", "#c8e6c9");
      case BEHIND, LAGGING -> NodeStyle.of("behind", "#ffe0b2");
      case AT_RISK -> NodeStyle.of("atRisk", "#ffcdd2");
      case OFF_TRACK -> NodeStyle.of("offTrack", "#ef9a9a");
      case NOT_STARTED -> NodeStyle.PLAIN;
    }).orElse(NodeStyle.PLAIN);
    boolean flagged = !validation.about(objective.id()).atLeast(Severity.WARNING).isEmpty();
    return flagged ? NodeStyle.of(style.name() + "Flagged", style.fill()).withBorder("#b00020")
        : style;
  }

  /**
   * Prints each objective under its first vertical parent (an objective, or the objective holding a
   * parent key result), depth first with an explicit stack, then the objectives no company-level
   * root reaches.
   */
  private void appendTree(StringBuilder text, List<Objective> objectives) {
    Map<ObjectiveId, List<Objective>> children = new HashMap<>();
    List<Objective> roots = new ArrayList<>();
    for (Objective objective : objectives) {
      ObjectiveId parent = firstParent(objective);
      if (parent == null) {
        roots.add(objective);
      } else {
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(objective);
      }
    }
    text.append("Alignment tree\n");
    Map<ObjectiveId, Boolean> printed = new HashMap<>();
    for (Objective root : roots) {
      if (root.level().rank() != 0) {
        continue;
      }
      Deque<Object[]> stack = new ArrayDeque<>();
      stack.push(new Object[] {root, 0});
      while (!stack.isEmpty()) {
        Object[] top = stack.pop();
        Objective objective = (Objective) top[0];
        int depth = (Integer) top[1];
        if (printed.putIfAbsent(objective.id(), true) != null) {
          continue;
        }
        appendObjective(text, objective, depth);
        List<Objective> below = children.getOrDefault(objective.id(), List.of());
        for (int i = below.size() - 1; i >= 0; i--) {
          stack.push(new Object[] {below.get(i), depth + 1});
        }
      }
    }
    text.append("\nNot reachable from a company objective\n");
    for (Objective objective : objectives) {
      if (!printed.containsKey(objective.id())) {
        appendObjective(text, objective, 0);
      }
    }
  }

  /** The first vertical parent in the set, as the alignment graph resolves links; else null. */
  private ObjectiveId firstParent(Objective objective) {
    List<ObjectiveId> parents = graph.parents(objective.id());
    return parents.isEmpty() ? null : parents.get(0);
  }

  private void appendObjective(StringBuilder text, Objective objective, int depth) {
    String indent = "  ".repeat(depth);
    text.append(indent).append("● ").append(bar(scores.progress(objective.id()))).append("  ")
        .append(status(scores.status(objective.id()))).append("  ").append(objective.title())
        .append("  [").append(objective.level().name()).append(", ")
        .append(objective.owner().map(o -> o.value()).orElse("no owner")).append(", ")
        .append(objective.commitment().name().toLowerCase(Locale.ROOT)).append("]\n");
    for (KeyResult keyResult : objective.keyResults()) {
      text.append(indent).append("    - ").append(bar(scores.progress(keyResult.id())))
          .append("  ").append(status(scores.status(keyResult.id()))).append("  ")
          .append(keyResult.title()).append(": ").append(reading(keyResult))
          .append(scores.isOutdated(keyResult.id()) ? "  [check-in overdue]" : "").append('\n');
    }
  }

  private void appendStatusSummary(StringBuilder text, List<Objective> objectives) {
    Map<Status, Integer> counts = new java.util.EnumMap<>(Status.class);
    int outdated = 0;
    for (Objective objective : objectives) {
      for (KeyResult keyResult : objective.keyResults()) {
        scores.status(keyResult.id()).ifPresent(s -> counts.merge(s, 1, Integer::sum));
        outdated += scores.isOutdated(keyResult.id()) ? 1 : 0;
      }
    }
    text.append("\nKey results by status: ");
    List<String> parts = new ArrayList<>();
    counts.forEach((status, count) -> parts.add(status + " " + count));
    text.append(String.join(", ", parts)).append("; ").append(outdated)
        .append(" with an overdue check-in\n");
  }

  /** A ten-cell bar and the percentage; progress above 100 % fills the bar and says so. */
  /** Errors and warnings with their fixes; coaching hints only counted, by code. */
  private void appendValidation(StringBuilder text) {
    text.append("\nValidation (").append(validation.policy()).append(" policy): ")
        .append(validation.withSeverity(Severity.ERROR).count()).append(" errors, ")
        .append(validation.withSeverity(Severity.WARNING).count()).append(" warnings, ")
        .append(validation.withSeverity(Severity.INFO).count()).append(" hints\n");
    for (Violation violation : validation.atLeast(Severity.WARNING).violations()) {
      text.append(String.format(Locale.ROOT, "  %-7s %s%n", violation.severity(),
          violation.message(Locale.ENGLISH)));
      String why = violation.why(Locale.ENGLISH);
      if (!why.isEmpty()) {
        text.append("          why: ").append(why).append('\n');
      }
      text.append("          fix: ").append(violation.remedy(Locale.ENGLISH))
          .append("  [").append(violation.code()).append("]\n");
    }
    Map<String, Integer> hints = new java.util.TreeMap<>();
    for (Violation hint : validation.withSeverity(Severity.INFO).violations()) {
      hints.merge(hint.code(), 1, Integer::sum);
    }
    if (!hints.isEmpty()) {
      text.append("  hints:");
      hints.forEach((code, count) -> text.append(' ').append(code).append(" ×").append(count));
      text.append('\n');
    }
  }

  static String bar(Progress progress) {
    if (!progress.isScored()) {
      return "·".repeat(BAR) + "    -";
    }
    double p = progress.value();
    int filled = (int) Math.round(Math.max(0, Math.min(1, p)) * BAR);
    return "█".repeat(filled) + "░".repeat(BAR - filled)
        + String.format(Locale.ROOT, " %3.0f%%", 100 * p);
  }

  private static String status(java.util.Optional<Status> status) {
    return String.format(Locale.ROOT, "%-11s", status.map(Status::name).orElse("-"));
  }

  private static String reading(KeyResult keyResult) {
    if (keyResult.latestCheckIn().isEmpty()) {
      return "no check-in yet";
    }
    CheckIn last = keyResult.latestCheckIn().get();
    String value = last.value().isPresent() ? String.format(Locale.ROOT, "%,.2f",
        last.value().getAsDouble())
        : last.zone().orElse(last.done() ? "done" : String.join(", ", last.stagesDone()));
    return value + " on " + last.date() + " (" + keyResult.measure() + ")";
  }
}
