package org.okr4j.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Owner;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.Unit;

/**
 * Writes an {@link OkrSet} as rows in a {@link TabularFormat}: the inverse of
 * {@link TabularImport}.
 *
 * <p>Immutable and thread-safe; one pass over the set. okr4j's layout holds everything but the
 * organisation (the host system's own), so a set written in it reads back equal given the same
 * organisation; each measure is one cell, its text ({@link Measure#parse(CharSequence)} reads it).
 * What a layout cannot hold is reported, never dropped silently: in Viva Goals' layout, measures
 * other than linear ones, inclusive thresholds and milestones, links other than contributing ones
 * of weight 1, check-ins before the latest, and the fields it has no column for.
 * <pre>{@code
 * ExportResult out = TabularExport.of(TabularFormat.okr4j()).write(set);
 * csv.writeRow(out.headers());
 * out.rows().forEach(row -> csv.writeRow(row.values()));
 * }</pre>
 */
public final class TabularExport {

  private final TabularFormat format;

  private TabularExport(TabularFormat format) {
    this.format = format;
  }

  /** An export in {@code format}. */
  public static TabularExport of(TabularFormat format) {
    return new TabularExport(Objects.requireNonNull(format, "format"));
  }

  /** Writes {@code set}, objectives in set order, each followed by its key results. */
  public ExportResult write(OkrSet set) {
    Objects.requireNonNull(set, "set");
    List<Map<String, String>> rows = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    if (format.has(TabularFormat.RowType.CYCLE)) {
      for (Cycle cycle : set.cycles()) {
        rows.add(cycleRow(cycle));
      }
    }
    for (Objective objective : set.objectives()) {
      rows.add(objectiveRow(set, objective, problems));
      for (KeyResult keyResult : objective.keyResults()) {
        rows.add(keyResultRow(objective, keyResult, problems));
        if (format.has(TabularFormat.RowType.CHECK_IN)) {
          for (CheckIn checkIn : keyResult.checkIns()) {
            rows.add(checkInRow(keyResult, checkIn));
          }
        } else if (keyResult.checkIns().size() > 1) {
          lost(problems, keyResult.id().value(), (keyResult.checkIns().size() - 1)
              + " earlier check-ins (the layout holds the current value only)");
        }
      }
    }
    return new ExportResult(format.headers(), rows, problems);
  }

  private Map<String, String> cycleRow(Cycle cycle) {
    Row row = new Row(cycle.id().value(), new ArrayList<>());
    row.put(Field.TYPE, format.word(TabularFormat.RowType.CYCLE));
    row.put(Field.ID, cycle.id().value());
    row.put(Field.START_DATE, cycle.start().toString());
    row.put(Field.END_DATE, cycle.end().toString());
    row.put(Field.CYCLE_KIND, word(cycle.kind()));
    row.put(Field.PARENT, cycle.parent().map(Object::toString).orElse(""));
    row.put(Field.STATE, word(cycle.state()));
    return row.cells();
  }

  private Map<String, String> objectiveRow(OkrSet set, Objective objective,
      List<RowProblem> problems) {
    Row row = new Row(objective.id().value(), problems);
    row.put(Field.TYPE, format.word(TabularFormat.RowType.OBJECTIVE));
    row.put(Field.ID, objective.id().value());
    row.put(Field.TITLE, objective.title());
    row.put(Field.DESCRIPTION, objective.description().orElse(""));
    objective.owner().ifPresent(row::putOwner);
    row.putOrLose(Field.LEVEL, objective.level().name(),
        objective.level().equals(impliedLevel(set, objective)) ? "" : "its level");
    row.put(Field.CYCLE, objective.cycle().value());
    List<String> parents = new ArrayList<>();
    boolean detailed = format.has(Field.THEMES); // okr4j's layout spells kinds and weights out
    objective.alignments().forEach(link -> {
      boolean plain = link.kind() == AlignmentKind.CONTRIBUTES && link.weight() == 1;
      if (plain) {
        parents.add(link.target().value());
      } else if (detailed) {
        parents.add((link.kind() == AlignmentKind.CONTRIBUTES ? "" : word(link.kind()) + ":")
            + link.target().value() + (link.weight() == 1 ? "" : "@" + number(link.weight())));
      } else {
        lost(problems, objective.id().value(), "the " + word(link.kind())
            + " link to " + link.target() + " (weight " + number(link.weight())
            + "): the layout holds contributing links of weight 1");
      }
    });
    row.putOrLose(Field.PARENT, String.join(";", parents),
        parents.size() > 1 ? "its parents but the first" : "its parent");
    row.putOrLose(Field.COMMITMENT, word(objective.commitment()),
        objective.isCommitted() ? "its commitment (committed)" : "");
    row.putOrLose(Field.STATE, word(objective.state()),
        objective.state() == org.okr4j.core.ObjectiveState.ACTIVE ? "" : "its state");
    row.putOrLose(Field.STANDALONE_REASON, objective.standaloneReason().orElse(""),
        "its standalone reason");
    row.putOrLose(Field.THEMES, String.join(";", objective.themes()), "its themes");
    row.putOrLose(Field.PERSPECTIVE, objective.perspective().map(TabularExport::word).orElse(""),
        "its perspective");
    row.putOrLose(Field.ORIGIN, objective.origin().map(TabularExport::word).orElse(""),
        "its origin");
    row.putOrLose(Field.CARRIED_OVER_FROM,
        objective.carriedOverFrom().map(Object::toString).orElse(""), "where it was carried from");
    return row.cells();
  }

  /** The level an import without a level column gives the objective (see TabularImport). */
  private static org.okr4j.core.Level impliedLevel(OkrSet set, Objective objective) {
    org.okr4j.core.LevelScheme levels = set.organization().levels();
    if (objective.owner().isEmpty()) {
      return levels.top();
    }
    if (objective.owner().get() instanceof OrgUnitId unit) {
      return set.organization().unit(unit).map(org.okr4j.core.OrgUnit::level).orElse(levels.top());
    }
    return levels.bottom();
  }

  private Map<String, String> keyResultRow(Objective objective, KeyResult keyResult,
      List<RowProblem> problems) {
    Row row = new Row(keyResult.id().value(), problems);
    row.put(Field.TYPE, format.word(TabularFormat.RowType.KEY_RESULT));
    row.put(Field.ID, keyResult.id().value());
    row.put(Field.TITLE, keyResult.title());
    row.put(Field.PARENT, objective.id().value());
    keyResult.owner().ifPresent(row::putOwner);
    measure(keyResult, row, problems);
    row.putOrLose(Field.WEIGHT, number(keyResult.weight()),
        keyResult.weight() == 1 ? "" : "its weight");
    if (!format.has(TabularFormat.RowType.CHECK_IN) && !keyResult.checkIns().isEmpty()) {
      CheckIn latest = keyResult.checkIns().get(keyResult.checkIns().size() - 1);
      row.put(Field.VALUE, value(latest));
      row.putOrLose(Field.DATE, latest.date().toString(), "the current value's date");
    }
    row.putOrLose(Field.CONTRIBUTORS, keyResult.contributors().stream().map(Object::toString)
        .collect(java.util.stream.Collectors.joining(";")), "its contributors");
    row.putOrLose(Field.INITIATIVES, String.join(";", keyResult.initiatives()),
        "its initiatives");
    return row.cells();
  }

  /**
   * The measure as its text (okr4j's layout: every kind, a declared direction included), or as a
   * metric type with start, target and unit cells (Viva Goals': the kinds those can hold).
   */
  private void measure(KeyResult keyResult, Row row, List<RowProblem> problems) {
    Measure measure = keyResult.measure();
    if (format.measureText()) {
      row.put(Field.MEASURE, measure.toString());
      return;
    }
    Optional<String> metricType = format.metricType(measure);
    if (metricType.isEmpty()) {
      lost(problems, keyResult.id().value(), "its " + word(measure.kind()) + " measure ("
          + measure + "): the layout cannot write it");
      return;
    }
    row.put(Field.MEASURE, metricType.get());
    if (measure instanceof LinearMeasure linear) {
      row.put(Field.START, number(linear.start()));
      row.put(Field.TARGET, number(linear.target()));
    } else if (measure instanceof ThresholdMeasure threshold) {
      row.put(Field.TARGET, number(threshold.threshold()));
    }
    row.put(Field.UNIT, unit(measure.unit()));
  }

  /** A unit as Viva Goals writes it: a symbol for the common currencies, nothing for numbers. */
  private static String unit(Unit unit) {
    return switch (unit.kind()) {
      case NUMBER -> "";
      case PERCENT -> "%";
      case CURRENCY -> switch (unit.label()) {
        case "USD" -> "$";
        case "EUR" -> "€";
        case "GBP" -> "£";
        default -> unit.label();
      };
      case CUSTOM -> unit.label();
    };
  }

  private Map<String, String> checkInRow(KeyResult keyResult, CheckIn checkIn) {
    Row row = new Row(keyResult.id().value(), new ArrayList<>());
    row.put(Field.TYPE, format.word(TabularFormat.RowType.CHECK_IN));
    row.put(Field.ID, keyResult.id().value());
    row.put(Field.DATE, checkIn.date().toString());
    row.put(Field.VALUE, value(checkIn));
    checkIn.confidence().ifPresent(c -> row.put(Field.CONFIDENCE, number(c.value())));
    row.put(Field.NOTE, checkIn.note().orElse(""));
    row.put(Field.AUTHOR, checkIn.author().map(Object::toString).orElse(""));
    return row.cells();
  }

  private static String value(CheckIn checkIn) {
    if (checkIn.value().isPresent()) {
      return number(checkIn.value().getAsDouble());
    }
    if (checkIn.zone().isPresent()) {
      return checkIn.zone().get();
    }
    if (!checkIn.stagesDone().isEmpty()) {
      return String.join(";", checkIn.stagesDone());
    }
    return checkIn.done() ? "done" : "";
  }

  /** An enum constant as the layout writes it: {@code CARRIED_OVER} as {@code carried-over}. */
  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  private static void lost(List<RowProblem> problems, String id, String what) {
    problems.add(new RowProblem(0, id, "", "not written: " + what, false));
  }

  @Override
  public String toString() {
    return "TabularExport[" + format.name() + "]";
  }

  /** One row being written, every header present. */
  private final class Row {
    private final String id;
    private final List<RowProblem> problems;
    private final Map<String, String> cells = new LinkedHashMap<>();

    Row(String id, List<RowProblem> problems) {
      this.id = id;
      this.problems = problems;
      for (String header : format.headers()) {
        cells.put(header, "");
      }
    }

    void put(Field field, String value) {
      format.header(field).ifPresent(header -> cells.put(header, value));
    }

    /** A unit owner in the unit column, a person in the person column. */
    void putOwner(Owner owner) {
      put(owner instanceof OrgUnitId ? Field.OWNER_UNIT : Field.OWNER_PERSON, owner.value());
    }

    /** Writes the value, or, without a column for it, reports {@code what} as lost (if any). */
    void putOrLose(Field field, String value, String what) {
      if (format.has(field)) {
        put(field, value);
      } else if (!what.isEmpty() && !value.isEmpty()) {
        lost(problems, id, what);
      }
    }

    Map<String, String> cells() {
      return Collections.unmodifiableMap(cells);
    }
  }
}
