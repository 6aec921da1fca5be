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
import org.okr4j.core.Cadence;
import org.okr4j.core.CheckIn;
import org.okr4j.core.CheckInDue;
import org.okr4j.core.CheckInsDue;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.FinalScore;
import org.okr4j.core.Identifier;
import org.okr4j.core.Judgement;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultRollUp;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Kpi;
import org.okr4j.core.KpiId;
import org.okr4j.core.KpiLink;
import org.okr4j.core.KpiRole;
import org.okr4j.core.Measure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.PersonId;
import org.okr4j.core.StagesMeasure;
import org.okr4j.core.io.ImportResult;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationResult;
import org.okr4j.core.validation.Violation;
import org.okr4j.scoring.KpiState;
import org.okr4j.scoring.Kpis;
import org.okr4j.scoring.Paces;
import org.okr4j.scoring.Progress;
import org.okr4j.scoring.Scores;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Status;

/**
 * The flagship report: okr4j's first look at an OKR set. It scores the set with a
 * {@link ScoringPolicy}, prints the objectives as an alignment tree with progress bars, statuses and
 * each key result's latest reading, lists the objectives the tree cannot reach, the check-ins due
 * on the day, key results judged against their waypoints, what was set by hand (who, when and
 * why), the shared objectives with the roll-up of each unit they are shared with, the key
 * results rolled up from the key results contributing to them (with each child's value), and the
 * KPIs' states against their corridors with the objectives that protect or recover them, each
 * only when there is something to list, then every
 * violation of okr4j's default policy (local and whole-graph rules alike, each once, under its
 * stable code, with why it matters and how to fix it) and the alignment metrics, and writes the
 * alignment picture (DOT, Mermaid, and PNG where Graphviz is installed), coloured by status with
 * the objectives that have violations outlined.
 *
 * <p>Run it with {@code ./mvnw -q -pl okr-examples -am package exec:java -DskipTests}.
 */
public final class FlagshipReport {

  private static final int BAR = 10;

  /** The deepest indent of the tree: deeper objectives stay there, their depth shown. */
  static final int MAX_INDENT = 12;

  /** The most objectives Graphviz is asked to draw; a larger picture takes minutes. */
  static final int MAX_DRAWN = 400;

  /** The longest title shown beside an id in the findings, in characters. */
  static final int TITLE_SHOWN = 48;

  /** The most findings named under one hint code; the rest are counted. */
  static final int MAX_HINT_SUBJECTS = 5;

  /** The most lines listed under the check-ins due, the waypoints and what was set by hand. */
  static final int MAX_LISTED = 10;

  /** How long Graphviz may take, in seconds. */
  static final int DOT_SECONDS = 30;

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
   * Prints the report on the embedded sample organisation, or, given a file (okr4j's CSV template,
   * a Viva Goals CSV file or workbook), on that file:
   * {@code exec:java -Dexec.args="okrs.csv [2026-08-20]"}. The optional date is the day to judge
   * on; without it, the day of the file's latest check-in (a Viva Goals workbook needs it). A file
   * that cannot be read, or a bad argument, ends the program with one line on standard error and
   * exit status 1 (2 for a bad argument).
   */
  public static void main(String[] args) {
    int status = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8));
    if (status != 0) {
      System.exit(status);
    }
  }

  /** What {@link #main} does, printing to {@code out} and {@code err}: returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, FileLimits.DEFAULT);
  }

  /** As {@link #run(String[], PrintStream, PrintStream)}, reading files within {@code limits}. */
  static int run(String[] args, PrintStream out, PrintStream err, FileLimits limits) {
    try {
      return report(args, out, err, limits);
    } catch (RuntimeException e) {
      // Whatever slipped past the checks: one line, no stack trace.
      err.println("okr4j report: " + printable(String.valueOf(e.getMessage())));
      return 1;
    } catch (OutOfMemoryError e) {
      // The limits keep files that fill the heap out; should one still do, what it held is
      // garbage once this frame is left, and one line says what to do.
      err.println("okr4j report: the file needs more memory than this Java has ("
          + (Runtime.getRuntime().maxMemory() >> 20) + " MiB): give it more (-Xmx) or split "
          + "the file");
      return 1;
    }
  }

  private static int report(String[] args, PrintStream out, PrintStream err,
      FileLimits limits) {
    if (args.length == 0) {
      OkrSet sample = SampleOrganization.okrSet();
      CycleId quarter = SampleOrganization.CALENDAR.quarterContaining(SampleOrganization.AS_OF)
          .id();
      FlagshipReport report = new FlagshipReport(sample, quarter, SampleOrganization.AS_OF,
          ScoringPolicy.defaults());
      out.print(report.render());
      out.print(report.writePictures(Path.of("target", "okr4j-report")));
      return 0;
    }
    if (args.length > 2) {
      err.println("okr4j report: give a file and at most a date, as in \"okrs.csv 2026-11-20\"");
      return 2;
    }
    Path file = Path.of(args[0]);
    Optional<LocalDate> date = Optional.empty();
    if (args.length > 1) {
      try {
        date = Optional.of(LocalDate.parse(args[1].strip()));
      } catch (java.time.format.DateTimeParseException e) {
        err.println("okr4j report: '" + printable(brief(args[1])) + "' is not a date; use the "
            + "form 2026-11-20");
        return 2;
      }
    }
    if (!Files.exists(file)) {
      err.println("okr4j report: there is no file " + printable(args[0]) + " (paths are relative"
          + " to " + Path.of("").toAbsolutePath() + ")");
      return 1;
    }
    if (Files.isDirectory(file)) {
      err.println("okr4j report: " + printable(args[0]) + " is a directory; give a CSV file or a"
          + " Viva Goals workbook");
      return 1;
    }
    boolean workbook = args[0].toLowerCase(Locale.ROOT).endsWith(".xlsx");
    if (workbook && date.isEmpty()) {
      err.println("okr4j report: a Viva Goals workbook's progress needs the day it was true on: "
          + "add the date, as in \"" + printable(args[0]) + " 2026-11-20\"");
      return 2;
    }
    CsvFiles.FileRead read = workbook
        ? CsvFiles.FileRead.of(VivaGoals.reader(org.okr4j.core.Organization.empty())
            .withAsOf(date.get()).read(file, limits))
        : CsvFiles.readFile(file, org.okr4j.core.Organization.empty(), date, limits);
    if (read.fatal().isPresent()) {
      err.println("okr4j report: " + printable(read.fatal().get()));
      return 1;
    }
    ImportResult imported = read.result();
    out.printf("Read %s: %s, %d rejected%n", printable(args[0]),
        plural(imported.rows(), "row", "rows"), imported.rejectedRows());
    imported.problems().forEach(problem -> out.println("  " + printable(problem.toString())));
    OkrSet set = imported.okrSet();
    LocalDate asOf = date.orElseGet(() -> latestCheckIn(set));
    Optional<Cycle> cycle = set.cycles().stream().filter(c -> c.contains(asOf))
        .min(java.util.Comparator.comparingLong(Cycle::lengthInDays));
    if (cycle.isEmpty() && !set.cycles().isEmpty()) {
      LocalDate first = set.cycles().stream().map(Cycle::start).min(LocalDate::compareTo).get();
      LocalDate last = set.cycles().stream().map(Cycle::end).max(LocalDate::compareTo).get();
      cycle = set.cycles().stream().filter(c -> !c.start().isAfter(asOf))
          .max(java.util.Comparator.comparing(Cycle::end))
          .or(() -> set.cycles().stream().min(java.util.Comparator.comparing(Cycle::start)));
      out.println("The as-of date " + asOf + " lies outside every cycle of the file (they run "
          + "from " + first + " to " + last + "): reporting on " + cycle.get().id() + ", the "
          + "nearest, as if on " + asOf + ".");
    }
    if (cycle.isEmpty()) {
      out.println("No objective in a known cycle: nothing to report.");
      return 0;
    }
    FlagshipReport report = new FlagshipReport(set, cycle.get().id(), asOf,
        ScoringPolicy.defaults());
    out.print(report.render());
    out.print(report.writePictures(Path.of("target", "okr4j-report")));
    return 0;
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
    return writePictures(directory, Graphviz.INSTALLED);
  }

  /**
   * Graphviz as the report runs it: the {@code dot} executable, how long it may take, and the
   * most objectives it is asked to draw. Tests give a stand-in script.
   */
  record Graphviz(String executable, int seconds, int maxDrawn) {

    /**
     * The installed {@code dot}, {@value FlagshipReport#DOT_SECONDS} s, at most
     * {@value FlagshipReport#MAX_DRAWN} objectives.
     */
    static final Graphviz INSTALLED = new Graphviz("dot", DOT_SECONDS, MAX_DRAWN);
  }

  /** As {@link #writePictures(Path)}, drawing the PNG with {@code graphviz}. */
  String writePictures(Path directory, Graphviz graphviz) {
    AlignmentExport export = AlignmentExport.of(graph).withLabel(this::label)
        .withStyle(this::style);
    if (set.objectives().stream().anyMatch(o -> hasHan(o.title()))) {
      export = chineseFont(FlagshipReport::installedChineseFonts).map(export::withFont)
          .orElse(export);
    }
    StringBuilder text = new StringBuilder("\nPictures\n");
    try {
      Files.createDirectories(directory);
      Path dot = directory.resolve("alignment.dot");
      Files.writeString(dot, export.toDot(), StandardCharsets.UTF_8);
      Path mermaid = directory.resolve("alignment.mmd");
      Files.writeString(mermaid, export.toMermaid(), StandardCharsets.UTF_8);
      text.append("  ").append(dot).append("\n  ").append(mermaid).append('\n');
      Path png = directory.resolve("alignment.png");
      int drawn = graph.size();
      if (drawn > graphviz.maxDrawn()) {
        text.append("  no PNG: the picture has ").append(drawn).append(" objectives, and Graphviz "
            + "is asked to draw at most ").append(graphviz.maxDrawn()).append("; draw a part with "
            + "AlignmentExport.of(graph).subtree(ObjectiveId.of(\"...\")).toDot()\n");
        return text.toString();
      }
      try {
        Process process = new ProcessBuilder(graphviz.executable(), "-Tpng", "-o", png.toString(),
            dot.toString())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean finished = false;
        try {
          finished = process.waitFor(graphviz.seconds(), java.util.concurrent.TimeUnit.SECONDS);
        } finally {
          if (!finished) {
            // Timed out, or interrupted while waiting: Graphviz is not left running, and is gone
            // when the report goes on.
            stop(process);
          }
        }
        if (!finished) {
          text.append("  no PNG: Graphviz took more than ").append(graphviz.seconds())
              .append(" s and was stopped; draw a part with AlignmentExport.of(graph)"
                  + ".subtree(ObjectiveId.of(\"...\")).toDot()\n");
        } else if (process.exitValue() == 0) {
          text.append("  ").append(png).append('\n');
        } else {
          text.append("  no PNG: Graphviz failed (exit ").append(process.exitValue())
              .append("); try dot -Tpng ").append(dot).append('\n');
        }
      } catch (IOException noGraphviz) {
        text.append("  (install Graphviz for a PNG: dot -Tpng ").append(dot).append(")\n");
      }
    } catch (IOException e) {
      text.append("  could not write the pictures: ").append(e.getMessage()).append('\n');
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      text.append("  no PNG: interrupted while Graphviz drew it\n");
    }
    return text.toString();
  }

  /** Kills {@code process} and waits a little for it to go, even if this thread is interrupted. */
  private static void stop(Process process) {
    process.destroyForcibly();
    boolean interrupted = Thread.interrupted();
    try {
      process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static boolean hasHan(String text) {
    return text.codePoints().anyMatch(
        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * The font family for a picture with Chinese titles: among the installed families with Chinese
   * glyphs, a Simplified Chinese one ("Noto Sans CJK SC") first, else the first by name; none if
   * none is installed (Graphviz then draws boxes for the glyphs its default font lacks).
   */
  static Optional<String> chineseFont(java.util.function.Supplier<List<String>> installed) {
    List<String> families = installed.get().stream()
        .filter(f -> !f.isBlank() && f.chars().noneMatch(c -> c == '"' || c == '\\'
            || Character.isISOControl(c)))
        .sorted().toList();
    return families.stream().filter(f -> f.contains(" SC") || f.endsWith("SC")).findFirst()
        .or(() -> families.stream().findFirst());
  }

  /** The families fontconfig lists for Chinese ({@code fc-list :lang=zh family}), if it runs. */
  private static List<String> installedChineseFonts() {
    try {
      Path listing = Files.createTempFile("okr4j-fonts", ".txt");
      try {
        Process process = new ProcessBuilder("fc-list", ":lang=zh", "family")
            .redirectErrorStream(true).redirectOutput(listing.toFile()).start();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
          return List.of();
        }
        return Files.readAllLines(listing, StandardCharsets.UTF_8).stream()
            .map(line -> line.split(",")[0].strip()).distinct().toList();
      } finally {
        Files.deleteIfExists(listing);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  /** The whole report as text. */
  public String render() {
    StringBuilder text = new StringBuilder();
    List<Objective> objectives = set.objectivesIn(cycle.id());
    text.append("okr4j report: ").append(cycle.id()).append(" (").append(cycle.start())
        .append(" to ").append(cycle.end()).append("), as of ").append(asOf)
        .append(String.format(Locale.ROOT, ", %.0f%% of the cycle elapsed%n",
            100 * cycle.expectedProgress(asOf)));
    text.append(plural(set.organization().units().size(), "unit", "units")).append(" on ")
        .append(set.organization().levels()).append(", ")
        .append(plural(set.organization().people().size(), "person", "people")).append("; ")
        .append(plural(objectives.size(), "objective", "objectives")).append(", ")
        .append(plural(objectives.stream().mapToInt(o -> o.keyResults().size()).sum(),
            "key result", "key results")).append(" in this cycle\n\n");
    text.append("Scored with the ").append(scores.policy().name()).append(" policy (")
        .append(scores.policy().source()).append(")\n\n");
    appendTree(text, objectives);
    appendStatusSummary(text, objectives);
    appendCheckInsDue(text);
    appendWaypoints(text, objectives);
    appendSetByHand(text, objectives);
    appendShared(text, objectives);
    appendRolledUp(text, objectives);
    appendKpis(text);
    if (set.organization().units().isEmpty()) {
      // A CSV file carries no organisation: say which checks had nothing to run on.
      text.append("\nThe set has no organisation (no units): the checks of units could not run "
          + "(units without OKRs, siloed departments, parents outside a unit's ancestors, "
          + "coverage by unit); read the file with your organisation to run them.\n");
    }
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
    List<Objective> unreached = objectives.stream()
        .filter(objective -> !printed.containsKey(objective.id())).toList();
    if (!unreached.isEmpty()) {
      text.append("\nNot reachable from a company objective\n");
      unreached.forEach(objective -> appendObjective(text, objective, 0));
    }
  }

  /** The first vertical parent in the set, as the alignment graph resolves links; else null. */
  private ObjectiveId firstParent(Objective objective) {
    List<ObjectiveId> parents = graph.parents(objective.id());
    return parents.isEmpty() ? null : parents.get(0);
  }

  private void appendObjective(StringBuilder text, Objective objective, int depth) {
    // A chain thousands deep would push titles off any screen: the indent stops, the depth shows.
    String indent = "  ".repeat(Math.min(depth, MAX_INDENT));
    text.append(indent).append(depth > MAX_INDENT ? "[depth " + depth + "] " : "").append("● ")
        .append(bar(scores.progress(objective.id()))).append("  ")
        .append(status(scores.status(objective.id()))).append("  ")
        .append(printable(objective.title()))
        .append("  [").append(objective.level().name()).append(", ")
        .append(printable(objective.owner().map(o -> o.value()).orElse("no owner"))).append(", ")
        .append(objective.commitment().name().toLowerCase(Locale.ROOT)).append("]\n");
    if (!objective.coOwners().isEmpty() || !objective.sharedWith().isEmpty()) {
      text.append(indent).append("    ").append(sharing(objective)).append('\n');
    }
    for (KeyResult keyResult : objective.keyResults()) {
      text.append(indent).append("    - ").append(bar(scores.progress(keyResult.id())))
          .append("  ").append(status(scores.status(keyResult.id()))).append("  ")
          .append(printable(keyResult.title())).append(": ").append(printable(
              scores.isRolledUp(keyResult.id()) ? rolledUpReading(keyResult) : reading(keyResult)))
          .append(scores.isOutdated(keyResult.id()) ? "  [check-in overdue]" : "").append('\n');
    }
  }

  /** {@code co-owned by p31 (Anders Berg); shared with support-desk 50%}. */
  private String sharing(Objective objective) {
    List<String> parts = new ArrayList<>(2);
    if (!objective.coOwners().isEmpty()) {
      parts.add("co-owned by " + objective.coOwners().stream()
          .map(o -> o instanceof PersonId person ? who(person) : printable(o.value()))
          .collect(java.util.stream.Collectors.joining(", ")));
    }
    if (!objective.sharedWith().isEmpty()) {
      parts.add("shared with " + objective.sharedWith().stream()
          .map(share -> printable(share.unit().value()) + " " + percent(share.weight()))
          .collect(java.util.stream.Collectors.joining(", ")));
    }
    return String.join("; ", parts);
  }

  /**
   * The cycle's shared objectives and, for each unit one is shared with, its roll-up
   * ({@link Scores#unitProgress}): its own and co-owned objectives at weight 1, shared ones at the
   * share's weight. Nothing when no objective is shared.
   */
  private void appendShared(StringBuilder text, List<Objective> objectives) {
    List<String> lines = new ArrayList<>();
    java.util.Set<OrgUnitId> units = new java.util.TreeSet<>();
    for (Objective objective : objectives) {
      if (!objective.sharedWith().isEmpty()) {
        lines.add("  " + named(objective.id()) + " (" + printable(objective.owner()
            .map(o -> o.value()).orElse("no owner")) + "): " + sharing(objective) + "\n");
        objective.sharedWith().forEach(share -> units.add(share.unit()));
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    text.append("\nShared objectives (a unit's roll-up counts one at its share's weight)\n");
    lines.stream().limit(MAX_LISTED).forEach(text::append);
    if (lines.size() > MAX_LISTED) {
      text.append("  and ").append(lines.size() - MAX_LISTED).append(" more\n");
    }
    Map<OrgUnitId, Progress> rollUps = scores.unitProgress(cycle.id());
    units.stream().limit(MAX_LISTED).forEach(unit -> {
      Progress progress = rollUps.get(unit);
      text.append("  ").append(printable(unit.value())).append("'s roll-up: ")
          .append(progress.isScored() ? percent(progress.value()) : "not scored")
          .append(" (").append(printable(progress.explanation())).append(")\n");
    });
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
    text.append(parts.isEmpty() ? "none scored" : String.join(", ", parts)).append("; ")
        .append(outdated)
        .append(" with an overdue check-in\n");
  }

  /**
   * The check-ins due on the as-of date ({@link CheckInsDue}), under each key result's own cadence
   * or else the scoring policy's: what a host's reminders would name. Nothing when none is due.
   */
  private void appendCheckInsDue(StringBuilder text) {
    Cadence fallback = scores.policy().staleness().cadence();
    List<CheckInDue> due = CheckInsDue.on(set, asOf, fallback);
    if (due.isEmpty()) {
      return;
    }
    text.append("\nCheck-ins due on ").append(asOf).append(" (").append(fallback)
        .append(" unless a key result sets its own cadence): ").append(due.size()).append('\n');
    for (int i = 0; i < Math.min(due.size(), MAX_LISTED); i++) {
      CheckInDue one = due.get(i);
      boolean own = set.keyResult(one.keyResult()).flatMap(KeyResult::cadence).isPresent();
      text.append("  ").append(named(one.keyResult())).append(": due ").append(one.due())
          .append(", ").append(one.lastCheckIn().map(d -> "last check-in " + d)
              .orElse("never checked in")).append(" (").append(one.cadence())
          .append(own ? ", its own" : ", the policy's").append(")\n");
    }
    if (due.size() > MAX_LISTED) {
      text.append("  and ").append(due.size() - MAX_LISTED).append(" more\n");
    }
  }

  /**
   * Key results with phased targets: the value their waypoints expect on the as-of date
   * ({@link Paces#expectedValue}), the latest reading and the status judged against them.
   */
  private void appendWaypoints(StringBuilder text, List<Objective> objectives) {
    List<String> lines = new ArrayList<>();
    for (Objective objective : objectives) {
      for (KeyResult keyResult : objective.keyResults()) {
        if (keyResult.waypoints().isEmpty()) {
          continue;
        }
        java.util.OptionalDouble expected = Paces.expectedValue(keyResult, cycle, asOf);
        if (expected.isEmpty()) {
          continue;
        }
        java.util.OptionalDouble value = keyResult.currentValue();
        lines.add("  " + named(keyResult.id()) + ": expected " + number(expected.getAsDouble())
            + " by its waypoints (" + keyResult.waypoints().stream().map(Object::toString)
                .collect(java.util.stream.Collectors.joining(", ")) + "), reads "
            + (value.isPresent() ? number(value.getAsDouble()) : "nothing yet") + ": "
            + scores.status(keyResult.id()).map(Status::name).orElse("no status")
            + keyResult.cadence().map(c -> "; checks in " + c).orElse("") + "\n");
      }
    }
    if (!lines.isEmpty()) {
      text.append("\nJudged against waypoints (phased targets), as of ").append(asOf).append('\n');
      lines.stream().limit(MAX_LISTED).forEach(text::append);
      if (lines.size() > MAX_LISTED) {
        text.append("  and ").append(lines.size() - MAX_LISTED).append(" more\n");
      }
    }
  }

  /**
   * Progress, statuses and final scores set by hand ({@link Judgement}, {@link FinalScore}) on the
   * cycle's objectives and key results, with who, when and why: the report shows the reason,
   * which okr4j itself never logs. Nothing when none is stored.
   */
  private void appendSetByHand(StringBuilder text, List<Objective> objectives) {
    List<String> lines = new ArrayList<>();
    for (Objective objective : objectives) {
      setByHand(lines, objective.id(), objective.judgement(), objective.finalScore());
      for (KeyResult keyResult : objective.keyResults()) {
        setByHand(lines, keyResult.id(), keyResult.judgement(), keyResult.finalScore());
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    text.append("\nSet by hand (").append(scores.policy().honoursJudgements()
        ? "the " + scores.policy().name() + " policy honours what is dated on or before " + asOf
        : "the " + scores.policy().name() + " policy ignores these").append(")\n");
    lines.stream().limit(MAX_LISTED).forEach(text::append);
    if (lines.size() > MAX_LISTED) {
      text.append("  and ").append(lines.size() - MAX_LISTED).append(" more\n");
    }
  }

  /**
   * The set's KPIs ({@link Kpis#states}): each one's state on the as-of date against its corridor,
   * how far outside, and the objectives that protect or recover it. Nothing when the set has none.
   */
  private void appendKpis(StringBuilder text) {
    List<KpiState> states = Kpis.states(set, asOf);
    if (states.isEmpty()) {
      return;
    }
    long outside = states.stream().filter(KpiState::isOutside).count();
    text.append("\nKPIs (health metrics kept inside a corridor), as of ").append(asOf).append(": ")
        .append(states.size()).append(", ").append(outside).append(" outside\n");
    for (int i = 0; i < Math.min(states.size(), MAX_LISTED); i++) {
      KpiState state = states.get(i);
      Kpi kpi = set.kpis().get(i);
      text.append("  ").append(named(kpi.id()))
          .append(printable(state.toString().substring(kpi.id().value().length())));
      for (KpiLink link : kpi.links()) {
        text.append("; ").append(link.role() == KpiRole.PROTECTS ? "protected" : "recovered")
            .append(" by ").append(named(link.objective()));
      }
      text.append('\n');
    }
    if (states.size() > MAX_LISTED) {
      text.append("  and ").append(states.size() - MAX_LISTED).append(" more\n");
    }
  }

  private void setByHand(List<String> lines, Identifier<?> id, Optional<Judgement> judgement,
      Optional<FinalScore> finalScore) {
    judgement.ifPresent(j -> {
      List<String> what = new ArrayList<>();
      j.progress().ifPresent(p -> what.add("progress " + percent(p)));
      j.status().ifPresent(s -> what.add("status " + s));
      lines.add("  " + named(id) + ": " + String.join(", ", what) + " by " + who(j.by()) + " on "
          + j.on() + ": \"" + printable(j.reason()) + "\"\n");
    });
    finalScore.ifPresent(f -> lines.add("  " + named(id) + ": final score " + number(f.score())
        + " by " + who(f.by()) + " on " + f.on() + ": \"" + printable(f.reason()) + "\"\n"));
  }

  /**
   * Key results that take their value or progress from the key results contributing to them
   * ({@link KeyResultRollUp}): each with its rolled-up value or progress, then its children with
   * theirs, a link that closes a loop said to be left out. Nothing when none rolls up.
   */
  private void appendRolledUp(StringBuilder text, List<Objective> objectives) {
    List<String> lines = new ArrayList<>();
    org.okr4j.core.OkrLinks links = set.links();
    for (Objective objective : objectives) {
      for (KeyResult keyResult : objective.keyResults()) {
        if (!scores.isRolledUp(keyResult.id())) {
          continue;
        }
        StringBuilder line = new StringBuilder("  ").append(named(keyResult.id())).append(": ")
            .append(rolledUpReading(keyResult)).append(", progress ")
            .append(progressText(scores.progress(keyResult.id()))).append(", ")
            .append(scores.status(keyResult.id()).map(Status::name).orElse("no status"))
            .append('\n');
        int position = set.positionOf(keyResult.id());
        for (int slot = links.keyResultChildSlotStart(position);
            slot < links.keyResultChildSlotEnd(position); slot++) {
          int link = links.keyResultChildLink(slot);
          int child = links.keyResultLinkChild(link);
          int holder = links.objectiveOfKeyResult(child);
          KeyResult from = set.objectives().get(holder).keyResults()
              .get(child - links.firstKeyResult(holder));
          line.append("    from ").append(named(from.id())).append(": ");
          if (links.closesLoop(link)) {
            line.append("left out, the link closes a loop\n");
            continue;
          }
          java.util.OptionalDouble value = scores.value(from.id());
          line.append(value.isPresent() ? number(value.getAsDouble()) : "no value")
              .append(", progress ").append(progressText(scores.progress(from.id())))
              .append('\n');
        }
        lines.add(line.toString());
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    text.append("\nRolled up from contributing key results (cascaded key results)\n");
    lines.stream().limit(MAX_LISTED).forEach(text::append);
    if (lines.size() > MAX_LISTED) {
      text.append("  and ").append(lines.size() - MAX_LISTED).append(" more\n");
    }
  }

  /** What a rolled-up key result reads: {@code 27.50, the sum of 2 key results (linear 0 -> 40)}. */
  private String rolledUpReading(KeyResult keyResult) {
    int position = set.positionOf(keyResult.id());
    org.okr4j.core.OkrLinks links = set.links();
    int children = 0;
    for (int slot = links.keyResultChildSlotStart(position);
        slot < links.keyResultChildSlotEnd(position); slot++) {
      children += links.closesLoop(links.keyResultChildLink(slot)) ? 0 : 1;
    }
    String from = plural(children, "key result", "key results");
    KeyResultRollUp rollUp = keyResult.rollUp().orElseThrow();
    if (rollUp == KeyResultRollUp.SUM_OF_VALUES) {
      java.util.OptionalDouble value = scores.value(keyResult.id());
      return (value.isPresent() ? number(value.getAsDouble()) : "no value") + ", the sum of "
          + from + " (" + measure(keyResult.measure()) + ")";
    }
    return (rollUp == KeyResultRollUp.MEAN_PROGRESS ? "the mean progress of "
        : "the weighted progress of ") + from;
  }

  private static String progressText(Progress progress) {
    return progress.isScored() ? percent(progress.value()) : "not scored";
  }

  /** A person's id with their name where the organisation knows them: {@code p06 (Jonas Weber)}. */
  private String who(PersonId person) {
    return printable(person.value()) + set.organization().person(person)
        .map(p -> " (" + printable(p.displayName()) + ")").orElse("");
  }

  /** A number as the tree prints readings: {@code 6.33}, {@code 4,543.27}. */
  private static String number(double value) {
    return String.format(Locale.ROOT, "%,.2f", value);
  }

  /** A ten-cell bar and the percentage; progress above 100 % fills the bar and says so. */
  /** Errors and warnings with their fixes; coaching hints only counted, by code. */
  private void appendValidation(StringBuilder text) {
    text.append("\nValidation (").append(validation.policy()).append(" policy): ")
        .append(plural(validation.withSeverity(Severity.ERROR).count(), "error", "errors"))
        .append(", ")
        .append(plural(validation.withSeverity(Severity.WARNING).count(), "warning", "warnings"))
        .append(", ")
        .append(plural(validation.withSeverity(Severity.INFO).count(), "hint", "hints"))
        .append('\n');
    for (Violation violation : validation.atLeast(Severity.WARNING).violations()) {
      text.append(String.format(Locale.ROOT, "  %-7s %s%n", violation.severity(),
          withTitles(printable(violation.message(Locale.ENGLISH)), violation)));
      String why = violation.why(Locale.ENGLISH);
      if (!why.isEmpty()) {
        text.append("          why: ").append(printable(why)).append('\n');
      }
      text.append("          fix: ").append(printable(violation.remedy(Locale.ENGLISH)))
          .append("  [").append(violation.code()).append("]\n");
    }
    // Hints are only counted, but each says what it is about, so a reader can find it.
    Map<String, List<Violation>> hints = new java.util.TreeMap<>();
    for (Violation hint : validation.withSeverity(Severity.INFO).violations()) {
      hints.computeIfAbsent(hint.code(), code -> new ArrayList<>()).add(hint);
    }
    if (!hints.isEmpty()) {
      text.append("  hints\n");
      hints.forEach((code, list) -> {
        text.append("    ").append(code).append(" ×").append(list.size()).append(": ");
        List<String> about = new ArrayList<>();
        for (Violation hint : list) {
          if (about.size() == MAX_HINT_SUBJECTS) {
            break;
          }
          about.add(hint.subjects().stream().map(this::named)
              .collect(java.util.stream.Collectors.joining(", ")));
        }
        text.append(String.join("; ", about));
        if (list.size() > about.size()) {
          text.append("; and ").append(list.size() - about.size()).append(" more");
        }
        text.append('\n');
      });
    }
  }

  /**
   * The message with the title beside the first mention of each objective and key result it names
   * (its subjects, and values such as a parent), as {@code o-growth "Grow revenue"}.
   */
  String withTitles(String message, Violation violation) {
    java.util.Set<Identifier<?>> ids = new java.util.LinkedHashSet<>(violation.subjects());
    for (String value : violation.values().values()) {
      ObjectiveId objective = objectiveIdOrNull(value);
      if (objective != null) {
        ids.add(objective);
      }
    }
    // Positions are found in the message as written, then filled in from the end, so that a
    // title put in never holds the next id's mention.
    java.util.TreeMap<Integer, String> insertions = new java.util.TreeMap<>();
    for (Identifier<?> id : ids) {
      Optional<String> title = titleOf(id);
      int at = title.isEmpty() ? -1 : mention(message, printable(id.value()));
      if (at >= 0) {
        insertions.put(at + printable(id.value()).length(),
            " \"" + printable(briefTitle(title.get())) + "\"");
      }
    }
    StringBuilder text = new StringBuilder(message);
    insertions.descendingMap().forEach(text::insert);
    return text.toString();
  }

  /** An objective or key result id with its title ({@code kr-nps "Raise NPS"}), else the id. */
  private String named(Identifier<?> id) {
    return printable(id.value()) + titleOf(id).map(t -> " \"" + printable(briefTitle(t)) + "\"")
        .orElse("");
  }

  private Optional<String> titleOf(Identifier<?> id) {
    if (id instanceof ObjectiveId objective) {
      return set.objective(objective).map(Objective::title);
    }
    if (id instanceof KeyResultId keyResult) {
      return set.keyResult(keyResult).map(KeyResult::title);
    }
    if (id instanceof KpiId kpi) {
      return set.kpi(kpi).map(Kpi::title);
    }
    return Optional.empty();
  }

  private ObjectiveId objectiveIdOrNull(String value) {
    try {
      ObjectiveId id = ObjectiveId.of(value);
      return set.objective(id).isPresent() ? id : null;
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  /**
   * Where {@code id} is first mentioned in {@code text} as a whole word: not inside a longer id
   * ({@code o-1} in {@code o-10}), a full stop after it ending the sentence.
   */
  static int mention(String text, String id) {
    for (int at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
      int end = at + id.length();
      boolean startsWord = at == 0 || !isIdChar(text.charAt(at - 1));
      boolean endsWord = end == text.length() || !isIdChar(text.charAt(end))
          || text.charAt(end) == '.' && (end + 1 == text.length()
              || !Character.isLetterOrDigit(text.charAt(end + 1)));
      if (startsWord && endsWord) {
        return at;
      }
    }
    return -1;
  }

  private static boolean isIdChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '@';
  }

  /** A title cut to {@value #TITLE_SHOWN} characters with an ellipsis, for one line. */
  static String briefTitle(String title) {
    return title.codePointCount(0, title.length()) <= TITLE_SHOWN ? title
        : title.substring(0, title.offsetByCodePoints(0, TITLE_SHOWN - 1)) + "…";
  }

  /** {@code 1 objective}, {@code 2 objectives}. */
  static String plural(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /**
   * Text safe to print: control and format characters (a bell, an escape sequence, a line break
   * inside a title, a right-to-left override) shown as {@code \\u0007}.
   */
  static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean hidden = type == Character.CONTROL || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
          || type == Character.SURROGATE && !(Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1)) || Character.isLowSurrogate(c)
              && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
      if (hidden && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (hidden) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static String brief(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
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
    return value + " on " + last.date() + " (" + measure(keyResult.measure()) + ")";
  }

  /** A measure as its text, except that stage weights read as percents of the whole. */
  static String measure(Measure measure) {
    if (!(measure instanceof StagesMeasure stages)) {
      return measure.toString();
    }
    return "stages " + stages.stages().stream()
        .map(stage -> stage.name() + " " + percent(stage.weight()))
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  /** {@code 0.25} as {@code 25%}, {@code 1/3} as {@code 33.3%}. */
  static String percent(double share) {
    String text = String.format(Locale.ROOT, "%.1f", 100 * share);
    return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
  }
}
