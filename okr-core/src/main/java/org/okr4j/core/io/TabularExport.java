package org.okr4j.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Contribution;
import org.okr4j.core.Cycle;
import org.okr4j.core.FinalScore;
import org.okr4j.core.Judgement;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Kpi;
import org.okr4j.core.KpiReading;
import org.okr4j.core.Level;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.ObjectiveState;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Owner;
import org.okr4j.core.Share;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.Unit;
import org.okr4j.core.Waypoint;

/**
 * Writes an {@link OkrSet} as rows in a {@link TabularFormat}: the inverse of
 * {@link TabularImport}.
 *
 * <p>Immutable and thread-safe; one pass over the set. okr4j's layout holds everything but the
 * organisation (the host system's own), so a set written in it reads back equal given the same
 * organisation: each measure is one cell, its text ({@link Measure#parse(CharSequence)} reads it);
 * links have their kinds and weights in columns of their own, so that ids keep every character;
 * list items are escaped; numbers are plain decimals in the layout's syntax.
 *
 * <p>What a layout cannot hold is reported in {@link ExportResult#problems()}, never dropped
 * silently: in Viva Goals' layout, measures other than linear ones, inclusive thresholds and
 * milestones, links other than one contributing link of weight 1, check-ins before the latest, and
 * the fields it has no column for; in any layout, a link whose target id reads back as the other
 * kind of target (a link to a key result the set lacks, or to an id both an objective and a key
 * result have).
 *
 * <p>Cells a spreadsheet would evaluate ({@code =1+2}, {@code @SUM(A1)}, {@code -x}, but not the
 * number {@code -5}), headers among them, are written with a leading {@code '}, unless the layout
 * says {@link TabularFormat#withFormulaEscaping(boolean) otherwise};
 * {@link ExportResult#neutralised()} lists them, and an import in the layout takes the {@code '}
 * off again.
 * <pre>{@code
 * ExportResult out = TabularExport.of(TabularFormat.okr4j()).write(set);
 * csv.writeRow(out.headers());
 * out.rows().forEach(row -> csv.writeRow(row.values()));
 * out.neutralised().forEach(cell -> log("neutralised against formulas: " + cell));
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

  /**
   * Writes {@code set}: in okr4j's layout its cycles first, then objectives in set order, each
   * followed by its key results and each key result by its check-ins, then its KPIs in set order.
   */
  public ExportResult write(OkrSet set) {
    Objects.requireNonNull(set, "set");
    Writing writing = new Writing(set);
    if (format.has(TabularFormat.RowType.CYCLE)) {
      for (Cycle cycle : set.cycles()) {
        writing.cycle(cycle);
      }
    }
    for (Objective objective : set.objectives()) {
      writing.objective(objective);
      for (KeyResult keyResult : objective.keyResults()) {
        writing.keyResult(objective, keyResult);
        if (format.has(TabularFormat.RowType.CHECK_IN)) {
          for (CheckIn checkIn : keyResult.checkIns()) {
            writing.checkIn(keyResult, checkIn);
          }
        } else if (keyResult.checkIns().size() > 1) {
          writing.lost(keyResult.id().value(), (keyResult.checkIns().size() - 1)
              + " earlier check-ins (the layout holds the current value only)");
        }
      }
    }
    for (Kpi kpi : set.kpis()) {
      if (format.has(TabularFormat.RowType.KPI)) {
        writing.kpi(kpi);
      } else {
        writing.lost(kpi.id().value(), "the KPI " + kpi.id() + " (the layout has no KPI rows)");
      }
    }
    List<String> headers = new ArrayList<>();
    for (String header : format.headers()) {
      headers.add(writing.headers.get(header));
    }
    return new ExportResult(headers, writing.rows, writing.problems, writing.neutralised);
  }

  @Override
  public String toString() {
    return "TabularExport[" + format.name() + "]";
  }

  /** An enum constant as the layout writes it: {@code CARRIED_OVER} as {@code carried-over}. */
  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The state of one write. */
  private final class Writing {
    final OkrSet set;
    final Decimals decimals = format.decimals();
    final List<Map<String, String>> rows = new ArrayList<>();
    final List<RowProblem> problems = new ArrayList<>();
    final List<NeutralisedCell> neutralised = new ArrayList<>();
    /** Each of the layout's headers as written: neutralised, as a cell is, where one would be. */
    final Map<String, String> headers = new LinkedHashMap<>();

    Writing(OkrSet set) {
      this.set = set;
      // The layout's headers are distinct (withHeader refuses one another field is read under).
      for (String header : format.headers()) {
        boolean evaluable = format.isFormulaEscaping() && Cells.evaluable(header, decimals);
        if (evaluable) {
          neutralised.add(new NeutralisedCell(1, "", "'" + header));
        }
        headers.put(header, evaluable ? "'" + header : header);
      }
    }

    void cycle(Cycle cycle) {
      RowWriter row = new RowWriter(cycle.id().value());
      row.put(Field.TYPE, format.word(TabularFormat.RowType.CYCLE));
      row.put(Field.ID, cycle.id().value());
      row.put(Field.START_DATE, cycle.start().toString());
      row.put(Field.END_DATE, cycle.end().toString());
      row.put(Field.CYCLE_KIND, word(cycle.kind()));
      row.put(Field.PARENT, cycle.parent().map(Object::toString).orElse(""));
      row.put(Field.STATE, word(cycle.state()));
      row.end();
    }

    void objective(Objective objective) {
      RowWriter row = new RowWriter(objective.id().value());
      row.put(Field.TYPE, format.word(TabularFormat.RowType.OBJECTIVE));
      row.put(Field.ID, objective.id().value());
      row.put(Field.TITLE, objective.title());
      row.put(Field.DESCRIPTION, objective.description().orElse(""));
      objective.owner().ifPresent(row::putOwner);
      row.putOrLose(Field.LEVEL, objective.level().name(),
          objective.level().equals(impliedLevel(objective)) ? "" : "its level");
      row.put(Field.CYCLE, objective.cycle().value());
      links(objective, row);
      row.putOrLose(Field.COMMITMENT, word(objective.commitment()),
          objective.isCommitted() ? "its commitment (committed)" : "");
      row.putOrLose(Field.STATE, word(objective.state()),
          objective.state() == ObjectiveState.ACTIVE ? "" : "its state");
      row.putOrLose(Field.STANDALONE_REASON, objective.standaloneReason().orElse(""),
          "its standalone reason");
      row.putOrLose(Field.THEMES, Cells.list(objective.themes()), "its themes");
      row.putOrLose(Field.PERSPECTIVE, objective.perspective().map(TabularExport::word)
          .orElse(""), "its perspective");
      row.putOrLose(Field.ORIGIN, objective.origin().map(TabularExport::word).orElse(""),
          "its origin");
      row.putOrLose(Field.CARRIED_OVER_FROM,
          objective.carriedOverFrom().map(Object::toString).orElse(""),
          "where it was carried from");
      judgement(objective.judgement(), objective.finalScore(), row);
      coOwners(objective.coOwners(), row);
      List<String> shares = new ArrayList<>(objective.sharedWith().size());
      for (Share share : objective.sharedWith()) {
        shares.add(share.unit().value() + "=" + decimals.write(share.weight()));
      }
      row.putOrLose(Field.SHARED_WITH, Cells.list(shares), "the units it is shared with");
      row.end();
    }

    /**
     * The parent ids, with kinds and weights beside them where the layout has columns for them
     * (written only when some link is not a contributing one of weight 1); else the first
     * contributing link of weight 1, the others reported.
     */
    void links(Objective objective, RowWriter row) {
      String id = objective.id().value();
      List<String> targets = new ArrayList<>();
      List<String> kinds = new ArrayList<>();
      List<String> weights = new ArrayList<>();
      List<String> pins = new ArrayList<>();
      boolean plain = true;
      boolean pinned = false;
      for (Alignment link : objective.alignments()) {
        boolean contributes = link.kind() == AlignmentKind.CONTRIBUTES && link.weight() == 1;
        if (!format.has(Field.PARENT_KIND) && (!contributes || !targets.isEmpty())) {
          lost(id, "the " + word(link.kind()) + " link to " + link.target() + " (weight "
              + decimals.write(link.weight()) + (link.pinnedShare().isPresent() ? ", pinned "
                  + decimals.write(link.pinnedShare().getAsDouble()) : "")
              + "): the layout holds one contributing link of weight 1");
          continue;
        }
        checkReadBack(id, link);
        plain &= contributes;
        targets.add(link.target().value());
        kinds.add(word(link.kind()));
        weights.add(decimals.write(link.weight()));
        pins.add(link.pinnedShare().isPresent()
            ? decimals.write(link.pinnedShare().getAsDouble()) : "");
        pinned |= link.pinnedShare().isPresent();
      }
      row.put(Field.PARENT, Cells.list(targets));
      row.put(Field.PARENT_KIND, plain ? "" : Cells.list(kinds));
      row.put(Field.PARENT_WEIGHT, plain ? "" : Cells.list(weights));
      row.putOrLose(Field.PARENT_PINNED_SHARES, pinned ? Cells.list(pins) : "",
          "the shares pinned on its links");
    }

    /** Reports a link whose target an import would take for the other kind of target. */
    void checkReadBack(String id, Alignment link) {
      String target = link.target().value();
      boolean objective = set.objective(ObjectiveId.of(target)).isPresent();
      boolean keyResult = set.keyResult(KeyResultId.of(target)).isPresent();
      if (link.target() instanceof KeyResultId && (objective || !keyResult)) {
        lost(id, "the link to key result " + target + " as such: it reads back as a link to "
            + "objective " + target + (objective ? ", which has the same id"
                : " (the set has no key result " + target + ")"));
      } else if (link.target() instanceof ObjectiveId && !objective && keyResult) {
        lost(id, "the link to objective " + target + " as such: it reads back as a link to "
            + "key result " + target + " (the set has no objective " + target + ")");
      }
    }

    /** The level an import without a level column gives the objective (see TabularImport). */
    Level impliedLevel(Objective objective) {
      LevelScheme levels = set.organization().levels();
      if (objective.owner().isEmpty()) {
        return levels.top();
      }
      if (objective.owner().get() instanceof OrgUnitId unit) {
        return set.organization().unit(unit).map(OrgUnit::level).orElse(levels.top());
      }
      return levels.bottom();
    }

    void keyResult(Objective objective, KeyResult keyResult) {
      RowWriter row = new RowWriter(keyResult.id().value());
      row.put(Field.TYPE, format.word(TabularFormat.RowType.KEY_RESULT));
      row.put(Field.ID, keyResult.id().value());
      row.put(Field.TITLE, keyResult.title());
      row.put(Field.PARENT, objective.id().value());
      keyResult.owner().ifPresent(row::putOwner);
      measure(keyResult, row);
      row.putOrLose(Field.WEIGHT, decimals.write(keyResult.weight()),
          keyResult.weight() == 1 ? "" : "its weight");
      row.putOrLose(Field.PINNED_SHARE, keyResult.pinnedShare().isPresent()
          ? decimals.write(keyResult.pinnedShare().getAsDouble()) : "", "its pinned share");
      if (!format.has(TabularFormat.RowType.CHECK_IN) && !keyResult.checkIns().isEmpty()) {
        CheckIn latest = keyResult.checkIns().get(keyResult.checkIns().size() - 1);
        row.put(Field.VALUE, value(latest));
        row.putOrLose(Field.DATE, latest.date().toString(), "the current value's date");
      }
      row.putOrLose(Field.CONTRIBUTORS, Cells.list(keyResult.contributors().stream()
          .map(Object::toString).toList()), "its contributors");
      row.putOrLose(Field.INITIATIVES, Cells.list(keyResult.initiatives()), "its initiatives");
      row.putOrLose(Field.CADENCE, keyResult.cadence().map(Object::toString).orElse(""),
          "its cadence");
      List<String> waypoints = new ArrayList<>(keyResult.waypoints().size());
      for (Waypoint waypoint : keyResult.waypoints()) {
        waypoints.add(waypoint.date() + "=" + decimals.write(waypoint.value()));
      }
      row.putOrLose(Field.WAYPOINTS, Cells.list(waypoints), "its waypoints");
      judgement(keyResult.judgement(), keyResult.finalScore(), row);
      coOwners(keyResult.coOwners(), row);
      contributions(keyResult, row);
      row.end();
    }

    /** The co-owners' cell, each {@code unit:<id>} or {@code person:<id>}. */
    void coOwners(List<Owner> coOwners, RowWriter row) {
      List<String> items = new ArrayList<>(coOwners.size());
      for (Owner coOwner : coOwners) {
        items.add((coOwner instanceof OrgUnitId ? TabularFormat.CO_OWNER_UNIT
            : TabularFormat.CO_OWNER_PERSON) + coOwner.value());
      }
      row.putOrLose(Field.CO_OWNERS, Cells.list(items), "its co-owners");
    }

    /**
     * The parent key results, with weights and pinned shares beside them (each written only when
     * some link has one other than the default), and the roll-up; a layout without them reports
     * each as lost.
     */
    void contributions(KeyResult keyResult, RowWriter row) {
      List<String> parents = new ArrayList<>();
      List<String> weights = new ArrayList<>();
      List<String> shares = new ArrayList<>();
      boolean weighted = false;
      boolean pinned = false;
      for (Contribution contribution : keyResult.contributions()) {
        parents.add(contribution.parent().value());
        weights.add(decimals.write(contribution.weight()));
        weighted |= contribution.weight() != 1;
        shares.add(contribution.pinnedShare().isPresent()
            ? decimals.write(contribution.pinnedShare().getAsDouble()) : "");
        pinned |= contribution.pinnedShare().isPresent();
      }
      row.putOrLose(Field.PARENT_KEY_RESULTS, Cells.list(parents), "its parent key results");
      row.putOrLose(Field.PARENT_KEY_RESULT_WEIGHTS, weighted ? Cells.list(weights) : "", "");
      row.putOrLose(Field.PARENT_KEY_RESULT_SHARES, pinned ? Cells.list(shares) : "", "");
      row.putOrLose(Field.ROLL_UP, keyResult.rollUp().map(TabularExport::word).orElse(""),
          "its roll-up");
    }

    /** An override's and a final score's cells; a layout without them reports each as lost. */
    void judgement(Optional<Judgement> judgement, Optional<FinalScore> finalScore,
        RowWriter row) {
      if (judgement.isPresent()) {
        Judgement j = judgement.get();
        row.putOrLose(Field.OVERRIDE_PROGRESS, j.progress().isPresent()
            ? decimals.write(j.progress().getAsDouble()) : "", "its override");
        row.putOrLose(Field.OVERRIDE_STATUS, j.status().map(TabularExport::word).orElse(""),
            j.progress().isPresent() ? "" : "its override");
        row.putOrLose(Field.OVERRIDE_BY, j.by().value(), "");
        row.putOrLose(Field.OVERRIDE_ON, j.on().toString(), "");
        row.putOrLose(Field.OVERRIDE_REASON, j.reason(), "");
      }
      if (finalScore.isPresent()) {
        FinalScore f = finalScore.get();
        row.putOrLose(Field.FINAL_SCORE, decimals.write(f.score()), "its final score");
        row.putOrLose(Field.FINAL_SCORE_BY, f.by().value(), "");
        row.putOrLose(Field.FINAL_SCORE_ON, f.on().toString(), "");
        row.putOrLose(Field.FINAL_SCORE_REASON, f.reason(), "");
      }
    }

    /**
     * The measure as its text (okr4j's layout: every kind, a declared direction included), or as
     * a metric type with start, target and unit cells (Viva Goals': the kinds those can hold).
     */
    void measure(KeyResult keyResult, RowWriter row) {
      Measure measure = keyResult.measure();
      if (format.measureText()) {
        row.put(Field.MEASURE, measure.toString());
        return;
      }
      Optional<String> metricType = format.metricType(measure);
      if (metricType.isEmpty()) {
        lost(keyResult.id().value(), "its " + word(measure.kind()) + " measure (" + measure
            + "): the layout cannot write it");
        return;
      }
      row.put(Field.MEASURE, metricType.get());
      if (measure instanceof LinearMeasure linear) {
        row.put(Field.START, decimals.write(linear.start()));
        row.put(Field.TARGET, decimals.write(linear.target()));
      } else if (measure instanceof ThresholdMeasure threshold) {
        row.put(Field.TARGET, decimals.write(threshold.threshold()));
      }
      row.put(Field.UNIT, unit(measure.unit()));
    }

    /** A KPI: its corridor and unit in one cell, its readings, its objectives with their roles. */
    void kpi(Kpi kpi) {
      RowWriter row = new RowWriter(kpi.id().value());
      row.put(Field.TYPE, format.word(TabularFormat.RowType.KPI));
      row.put(Field.ID, kpi.id().value());
      row.put(Field.TITLE, kpi.title());
      kpi.owner().ifPresent(row::putOwner);
      row.put(Field.CORRIDOR, kpi.corridor() + (kpi.unit().kind() == Unit.Kind.NUMBER ? ""
          : " " + kpi.unit()));
      List<String> readings = new ArrayList<>(kpi.readings().size());
      for (KpiReading reading : kpi.readings()) {
        readings.add(reading.date() + "=" + decimals.write(reading.value()));
      }
      row.put(Field.READINGS, Cells.list(readings));
      row.put(Field.PARENT, Cells.list(kpi.links().stream()
          .map(link -> link.objective().value()).toList()));
      row.put(Field.PARENT_KIND, Cells.list(kpi.links().stream()
          .map(link -> word(link.role())).toList()));
      row.end();
    }

    void checkIn(KeyResult keyResult, CheckIn checkIn) {
      RowWriter row = new RowWriter(keyResult.id().value());
      row.put(Field.TYPE, format.word(TabularFormat.RowType.CHECK_IN));
      row.put(Field.ID, keyResult.id().value());
      row.put(Field.DATE, checkIn.date().toString());
      row.put(Field.VALUE, value(checkIn));
      checkIn.confidence().ifPresent(c -> row.put(Field.CONFIDENCE, decimals.write(c.value())));
      row.put(Field.NOTE, checkIn.note().orElse(""));
      row.put(Field.AUTHOR, checkIn.author().map(Object::toString).orElse(""));
      row.end();
    }

    String value(CheckIn checkIn) {
      if (checkIn.value().isPresent()) {
        return decimals.write(checkIn.value().getAsDouble());
      }
      if (checkIn.zone().isPresent()) {
        return checkIn.zone().get();
      }
      if (!checkIn.stagesDone().isEmpty()) {
        return Cells.list(checkIn.stagesDone());
      }
      return checkIn.done() ? "done" : "";
    }

    void lost(String id, String what) {
      problems.add(new RowProblem(0, id, "", "not written: " + what, false));
    }

    /** One row being written, every header present. */
    private final class RowWriter {
      private final String id;
      private final Map<String, String> cells = new LinkedHashMap<>();

      RowWriter(String id) {
        this.id = id;
        for (String header : headers.values()) {
          cells.put(header, "");
        }
      }

      void put(Field field, String value) {
        format.header(field).ifPresent(header -> cells.put(headers.get(header), value));
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
          lost(id, what);
        }
      }

      /** Neutralises the cells a spreadsheet would evaluate, and adds the row. */
      void end() {
        if (format.isFormulaEscaping()) {
          int line = rows.size() + 2;
          cells.replaceAll((header, cell) -> {
            if (!Cells.evaluable(cell, decimals)) {
              return cell;
            }
            neutralised.add(new NeutralisedCell(line, id, header));
            return "'" + cell;
          });
        }
        rows.add(Collections.unmodifiableMap(cells));
      }
    }
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
}
