package org.okr4j.core.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.BaselineMeasure;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Commitment;
import org.okr4j.core.Checkpoint;
import org.okr4j.core.CheckpointsMeasure;
import org.okr4j.core.Confidence;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.CycleKind;
import org.okr4j.core.CycleState;
import org.okr4j.core.Direction;
import org.okr4j.core.FiscalCalendar;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Level;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.MeasureKind;
import org.okr4j.core.MeasureTextException;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.ObjectiveState;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrdinalMeasure;
import org.okr4j.core.Origin;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;
import org.okr4j.core.Perspective;
import org.okr4j.core.PersonId;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.Stage;
import org.okr4j.core.StagesMeasure;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.Unit;
import org.okr4j.core.ZonesMeasure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads rows (column header to cell text) into an {@link OkrSet}.
 *
 * <p>Immutable and thread-safe; {@code with...} methods return configured copies. Reading is one
 * pass over the rows plus one over what they hold. A row with a bad value is rejected and reported
 * with its row number (the header is row 1), column and reason; so is a key result whose objective
 * is not in the file or was rejected, and a check-in whose key result is missing. A parent that is
 * not in the file is kept as a dangling link and reported. Columns the layout does not know are
 * reported once and ignored. Nothing is dropped silently. In okr4j's layout a measure is one cell,
 * its text ({@link Measure#parse(CharSequence)}); a text that does not read rejects the row with
 * the parse error's position. Older okr4j files, with a measure word such as {@code linear} and
 * start, target, parts and unit columns, still read.
 * <pre>{@code
 * ImportResult result = TabularImport.of(TabularFormat.vivaGoals())
 *     .withOrganization(org)                       // levels and units from the HR system
 *     .withCalendar(FiscalCalendar.startingIn(Month.APRIL))
 *     .withAsOf(LocalDate.of(2026, 1, 15))         // dates Viva's current values
 *     .read(rows);
 * result.problems().forEach(p -> log(p.row(), p.column(), p.reason()));
 * OkrSet set = result.okrSet();
 * }</pre>
 */
public final class TabularImport {

  private static final Logger LOG = LoggerFactory.getLogger(TabularImport.class);

  private final TabularFormat format;
  private final Organization organization;
  private final FiscalCalendar calendar;
  private final LocalDate asOf;

  private TabularImport(TabularFormat format, Organization organization, FiscalCalendar calendar,
      LocalDate asOf) {
    this.format = format;
    this.organization = organization;
    this.calendar = calendar;
    this.asOf = asOf;
  }

  /** An import in {@code format}, into an empty organisation with the standard levels. */
  public static TabularImport of(TabularFormat format) {
    return new TabularImport(Objects.requireNonNull(format, "format"),
        Organization.builder().levels(LevelScheme.standard()).build(),
        FiscalCalendar.calendarYear(), null);
  }

  /** A copy that reads levels from, and puts the set into, {@code organization}. */
  public TabularImport withOrganization(Organization organization) {
    return new TabularImport(format, Objects.requireNonNull(organization, "organization"),
        calendar, asOf);
  }

  /** A copy that reads cycle labels in {@code calendar} ({@code FY2027-Q1}). */
  public TabularImport withCalendar(FiscalCalendar calendar) {
    return new TabularImport(format, organization, Objects.requireNonNull(calendar, "calendar"),
        asOf);
  }

  /** A copy that dates a key result row's current value, when the row has no date, on {@code asOf}. */
  public TabularImport withAsOf(LocalDate asOf) {
    return new TabularImport(format, organization, calendar, Objects.requireNonNull(asOf, "asOf"));
  }

  /** Reads {@code rows}, in order. */
  public ImportResult read(List<? extends Map<String, String>> rows) {
    Objects.requireNonNull(rows, "rows");
    Reading reading = new Reading();
    for (int i = 0; i < rows.size(); i++) {
      reading.row(i + 2, Objects.requireNonNull(rows.get(i), "row"));
    }
    OkrSet set = reading.assemble();
    LOG.debug("imported {} rows in the {} layout: {} objectives, {} key results, {} problems",
        rows.size(), format.name(), set.objectives().size(), set.keyResultCount(),
        reading.problems.size());
    return new ImportResult(set, reading.problems, rows.size());
  }

  @Override
  public String toString() {
    return "TabularImport[" + format.name() + ", " + organization + "]";
  }

  /** A bad cell: the row is rejected with this column and reason. */
  private static final class Rejection extends Exception {
    private static final long serialVersionUID = 1L;
    final String column;

    Rejection(String column, String reason) {
      super(reason, null, false, false);
      this.column = column;
    }
  }

  private record Link(String target, AlignmentKind kind, double weight) {}

  private record ObjectiveRow(int row, Objective objective, List<Link> parents,
      List<KeyResultRow> keyResults) {}

  /** A key result read from a row; check-in rows add to it. */
  private static final class KeyResultRow {
    final int row;
    final String objective;
    final List<Integer> checkInRows = new ArrayList<>();
    KeyResult keyResult;

    KeyResultRow(int row, String objective, KeyResult keyResult) {
      this.row = row;
      this.objective = objective;
      this.keyResult = keyResult;
    }
  }

  private record CheckInRow(int row, KeyResultId keyResult, LocalDate date, String value,
      Optional<Confidence> confidence, Optional<String> note, Optional<PersonId> author) {}

  /** The state of one read. */
  private final class Reading {
    final List<RowProblem> problems = new ArrayList<>();
    final Map<String, ObjectiveRow> objectives = new LinkedHashMap<>();
    final List<KeyResultRow> keyResults = new ArrayList<>();
    final Map<KeyResultId, KeyResultRow> keyResultsById = new HashMap<>();
    final List<CheckInRow> checkIns = new ArrayList<>();
    final Map<String, Cycle> cycles = new LinkedHashMap<>();
    final Map<String, Integer> definedCycles = new HashMap<>();
    final Map<Set<String>, Map<Field, String>> columnsByHeaders = new HashMap<>();
    final Set<String> reportedColumns = new HashSet<>();
    Map<String, String> cells;
    Map<Field, String> columns;

    void row(int row, Map<String, String> cells) {
      this.cells = cells;
      this.columns = columnsByHeaders.computeIfAbsent(cells.keySet(), this::resolve);
      String id = text(Field.ID).orElse("");
      try {
        TabularFormat.RowType type = type();
        switch (type) {
          case CYCLE -> cycle(row);
          case OBJECTIVE -> objective(row, id);
          case KEY_RESULT -> keyResult(row, id);
          case CHECK_IN -> checkIn(row);
          default -> throw new IllegalStateException(type.toString());
        }
      } catch (Rejection rejection) {
        problems.add(new RowProblem(row, id, rejection.column, rejection.getMessage(), true));
      }
    }

    /** Maps each field to the row's header that names it, ignoring case and spaces. */
    Map<Field, String> resolve(Set<String> headers) {
      Map<Field, String> resolved = new HashMap<>();
      for (String header : headers) {
        boolean known = false;
        for (Field field : Field.values()) {
          Optional<String> expected = format.readHeader(field);
          if (expected.isPresent() && expected.get().equalsIgnoreCase(header.strip())) {
            resolved.put(field, header);
            known = true;
          }
        }
        if (!known && reportedColumns.add(header)) {
          problems.add(new RowProblem(1, "", header,
              "not a column of the " + format.name() + " layout; ignored", false));
        }
      }
      return resolved;
    }

    TabularFormat.RowType type() throws Rejection {
      if (!format.has(Field.TYPE)) {
        return TabularFormat.RowType.OBJECTIVE;
      }
      String word = required(Field.TYPE);
      return format.rowType(word).orElseThrow(() -> new Rejection(header(Field.TYPE),
          "'" + word + "' is not a row type; use one of " + format.typeWords()));
    }

    void cycle(int row) throws Rejection {
      CycleId id = parse(Field.ID, required(Field.ID), CycleId::of);
      if (definedCycles.containsKey(id.value())) {
        throw new Rejection(header(Field.ID), "the cycle id " + id + " is used by row "
            + definedCycles.get(id.value()));
      }
      Cycle.Builder cycle = Cycle.builder().id(id)
          .start(parse(Field.START_DATE, required(Field.START_DATE), LocalDate::parse))
          .end(parse(Field.END_DATE, required(Field.END_DATE), LocalDate::parse));
      optional(Field.PARENT, CycleId::of).ifPresent(cycle::parent);
      optional(Field.STATE, t -> CycleState.valueOf(constant(t))).ifPresent(cycle::state);
      optional(Field.CYCLE_KIND, t -> CycleKind.valueOf(constant(t))).ifPresent(cycle::kind);
      cycles.put(id.value(), build(null, cycle::build));
      definedCycles.put(id.value(), row);
    }

    void objective(int row, String idText) throws Rejection {
      ObjectiveId id = parse(Field.ID, idText.isEmpty() ? "row-" + row : idText, ObjectiveId::of);
      if (objectives.containsKey(id.value())) {
        throw new Rejection(header(Field.ID), "the objective id " + id + " is used by row "
            + objectives.get(id.value()).row());
      }
      Objective.Builder objective = Objective.builder().id(id).title(required(Field.TITLE));
      text(Field.DESCRIPTION).ifPresent(objective::description);
      Optional<OrgUnitId> unit = optional(Field.OWNER_UNIT, OrgUnitId::of);
      Optional<PersonId> person = optional(Field.OWNER_PERSON, PersonId::of);
      person.<org.okr4j.core.Owner>map(p -> p).or(() -> unit).ifPresent(objective::owner);
      objective.level(level(unit, person));
      String label = required(Field.CYCLE);
      Cycle cycle = cycles.containsKey(label) ? cycles.get(label)
          : parse(Field.CYCLE, label, calendar::parse);
      cycles.putIfAbsent(cycle.id().value(), cycle);
      objective.cycle(cycle.id());
      for (String theme : list(Field.THEMES)) {
        objective.addThemes(theme);
      }
      optional(Field.PERSPECTIVE, t -> Perspective.valueOf(constant(t)))
          .ifPresent(objective::perspective);
      optional(Field.ORIGIN, t -> Origin.valueOf(constant(t))).ifPresent(objective::origin);
      optional(Field.CARRIED_OVER_FROM, ObjectiveId::of).ifPresent(objective::carriedOverFrom);
      Optional<String> commitment = text(Field.COMMITMENT);
      if (commitment.isPresent()) {
        objective.commitment(parse(Field.COMMITMENT, commitment.get(),
            t -> Commitment.valueOf(constant(t))));
      }
      Optional<String> state = text(Field.STATE);
      if (state.isPresent()) {
        objective.state(parse(Field.STATE, state.get(),
            t -> ObjectiveState.valueOf(constant(t))));
      }
      text(Field.STANDALONE_REASON).ifPresent(objective::standaloneReason);
      List<Link> parents = new ArrayList<>();
      for (String parent : list(Field.PARENT)) {
        parents.add(link(parent));
      }
      objectives.put(id.value(), new ObjectiveRow(row, build(null, objective::build), parents,
          new ArrayList<>()));
    }

    Level level(Optional<OrgUnitId> unit, Optional<PersonId> person) throws Rejection {
      LevelScheme levels = organization.levels();
      Optional<String> name = text(Field.LEVEL);
      if (name.isPresent()) {
        return levels.find(name.get()).orElseThrow(() -> new Rejection(header(Field.LEVEL),
            "'" + name.get() + "' is not a level; use one of " + levels.names()));
      }
      Optional<Level> ofUnit = unit.flatMap(organization::unit).map(OrgUnit::level);
      if (ofUnit.isPresent()) {
        return ofUnit.get();
      }
      return person.isPresent() ? levels.bottom() : levels.top();
    }

    void keyResult(int row, String idText) throws Rejection {
      KeyResultId id = parse(Field.ID, idText.isEmpty() ? "row-" + row : idText, KeyResultId::of);
      if (keyResultsById.containsKey(id)) {
        throw new Rejection(header(Field.ID), "the key result id " + id + " is used by row "
            + keyResultsById.get(id).row);
      }
      String objective = required(Field.PARENT);
      KeyResult.Builder keyResult = KeyResult.builder().id(id).title(required(Field.TITLE));
      Optional<PersonId> person = optional(Field.OWNER_PERSON, PersonId::of);
      Optional<OrgUnitId> unit = optional(Field.OWNER_UNIT, OrgUnitId::of);
      person.<org.okr4j.core.Owner>map(p -> p).or(() -> unit).ifPresent(keyResult::owner);
      Measure measure = measure();
      keyResult.measure(measure);
      for (String contributor : list(Field.CONTRIBUTORS)) {
        keyResult.addContributors(parse(Field.CONTRIBUTORS, contributor, PersonId::of));
      }
      for (String initiative : list(Field.INITIATIVES)) {
        keyResult.addInitiatives(initiative);
      }
      Optional<String> weight = text(Field.WEIGHT);
      if (weight.isPresent()) {
        keyResult.weight(number(Field.WEIGHT, weight.get()));
      }
      Optional<String> value = text(Field.VALUE);
      if (value.isPresent()) {
        Optional<String> date = text(Field.DATE);
        LocalDate day = date.isPresent() ? parse(Field.DATE, date.get(), LocalDate::parse)
            : Optional.ofNullable(asOf).orElseThrow(() -> new Rejection(header(Field.VALUE),
                "a current value needs a date: add a date column or set the import's as-of date"));
        CheckIn current = parse(Field.VALUE, value.get(),
            v -> reading(day, v, measure.kind()).build());
        keyResult.addCheckIns(current);
      }
      KeyResultRow parsed = new KeyResultRow(row, objective, build(null, keyResult::build));
      keyResults.add(parsed);
      keyResultsById.put(id, parsed);
    }

    /**
     * The measure: in okr4j's layout the measure cell's text; in Viva Goals' layout, and in older
     * okr4j files, a measure word with start, target, parts and unit cells.
     */
    Measure measure() throws Rejection {
      Optional<String> cell = text(Field.MEASURE);
      if (format.measureText() && cell.isPresent() && format.measure(cell.get()).isEmpty()) {
        return measureText(cell.get());
      }
      try {
        return measureCells();
      } catch (IllegalArgumentException e) {
        // The cells read, but make no measure (a range whose high lies below its low).
        throw new Rejection(header(Field.MEASURE), e.getMessage());
      }
    }

    /** A measure's text, alone: the cells of older files beside it would be ignored. */
    Measure measureText(String text) throws Rejection {
      Optional<Field> older = Stream.of(Field.START, Field.TARGET, Field.PARTS, Field.UNIT)
          .filter(field -> text(field).isPresent()).findFirst();
      Measure measure;
      try {
        measure = Measure.parse(text);
      } catch (MeasureTextException e) {
        // Beside older cells, the text is more likely a misspelt measure word than a measure.
        throw new Rejection(header(Field.MEASURE), older.isEmpty() ? e.getMessage()
            : "'" + text + "' is not a measure; use one of " + format.measureWords()
                + " beside start, target, parts and unit, or a measure's text alone");
      }
      if (older.isPresent()) {
        throw new Rejection(header(older.get()), "must be empty beside a measure's text ('"
            + text + "'), which holds the whole measure");
      }
      return measure;
    }

    Measure measureCells() throws Rejection {
      Optional<String> start = text(Field.START);
      Optional<String> target = text(Field.TARGET);
      String word = text(Field.MEASURE).map(w -> format.measure(w).orElse("?" + w))
          .orElse(start.isPresent() || target.isPresent() ? "linear" : "milestone");
      if (word.startsWith("?")) {
        throw new Rejection(header(Field.MEASURE), "'" + word.substring(1)
            + "' is not a measure; use one of " + format.measureWords());
      }
      Unit unit = unit();
      Measure measure = switch (word) {
        case "linear" -> linear(number(Field.START, need(Field.START, start)),
            number(Field.TARGET, need(Field.TARGET, target))).withUnit(unit);
        case "at-least", "at-most", "above", "below" -> ThresholdMeasure.of(
            number(Field.TARGET, need(Field.TARGET, target)),
            word.equals("at-least") || word.equals("above") ? Direction.INCREASE
                : Direction.DECREASE, word.equals("above") || word.equals("below"))
            .withUnit(unit);
        case "range" -> RangeMeasure.of(number(Field.START, need(Field.START, start)),
            number(Field.TARGET, need(Field.TARGET, target))).withUnit(unit);
        case "milestone" -> MilestoneMeasure.of();
        case "stages" -> parse(Field.PARTS, required(Field.PARTS), t -> StagesMeasure.of(
            pairs(t, Stage::of)));
        case "checkpoints" -> checkpoints(number(Field.START, need(Field.START, start)),
            number(Field.TARGET, need(Field.TARGET, target)));
        case "zones" -> zones(start, target);
        case "ordinal" -> parse(Field.PARTS, required(Field.PARTS),
            t -> OrdinalMeasure.of(t.split(";")));
        default -> baseline(word, target, unit);
      };
      return measure;
    }

    /**
     * Linear from {@code start} to {@code target}; when they are equal, in the direction the
     * metric type states (Viva's "Increase to"), as a carried-over key result has it.
     */
    LinearMeasure linear(double start, double target) {
      Optional<Direction> stated = text(Field.MEASURE).flatMap(format::statedDirection);
      return start == target && stated.isPresent() ? LinearMeasure.of(start, target, stated.get())
          : LinearMeasure.of(start, target);
    }

    Measure checkpoints(double start, double target) throws Rejection {
      return parse(Field.PARTS, required(Field.PARTS), t -> CheckpointsMeasure.of(start, target,
          pairs(t, (value, progress) -> Checkpoint.of(finite(value), progress))));
    }

    Measure zones(Optional<String> start, Optional<String> target) throws Rejection {
      double first = number(Field.START, need(Field.START, start));
      double stretch = number(Field.TARGET, need(Field.TARGET, target));
      Map<String, Double> parts = new HashMap<>();
      for (Map.Entry<String, Double> part : parse(Field.PARTS, required(Field.PARTS),
          t -> pairs(t, Map::entry))) {
        parts.put(part.getKey(), part.getValue());
      }
      if (!parts.containsKey("commit") || !parts.containsKey("target")) {
        throw new Rejection(header(Field.PARTS), "zones need commit:<value>;target:<value>");
      }
      return parse(Field.PARTS, "", t -> ZonesMeasure.of(first, parts.get("commit"),
          parts.get("target"), stretch));
    }

    Measure baseline(String word, Optional<String> target, Unit unit) throws Rejection {
      BaselineMeasure baseline = BaselineMeasure.of(word.endsWith("decrease") ? Direction.DECREASE
          : Direction.INCREASE).withUnit(unit);
      return target.isPresent() ? baseline.withTarget(number(Field.TARGET, target.get()))
          : baseline;
    }

    Unit unit() throws Rejection {
      Optional<String> text = text(Field.UNIT);
      if (text.isEmpty()) {
        return Unit.number();
      }
      if (!format.vivaWords()) {
        return parse(Field.UNIT, text.get(), Unit::parse);
      }
      return switch (text.get()) {
        case "%" -> Unit.percent();
        case "#" -> Unit.number();
        case "$" -> Unit.currency("USD");
        case "€" -> Unit.currency("EUR");
        case "£" -> Unit.currency("GBP");
        default -> text.get().matches("[A-Z]{3}") ? Unit.currency(text.get())
            : parse(Field.UNIT, text.get(), Unit::custom);
      };
    }

    void checkIn(int row) throws Rejection {
      KeyResultId keyResult = parse(Field.ID, required(Field.ID), KeyResultId::of);
      LocalDate date = parse(Field.DATE, required(Field.DATE), LocalDate::parse);
      checkIns.add(new CheckInRow(row, keyResult, date, text(Field.VALUE).orElse(""),
          optional(Field.CONFIDENCE, Confidence::parse), text(Field.NOTE),
          optional(Field.AUTHOR, PersonId::of)));
    }

    /** A check-in's reading, read as the measure reads it. */
    CheckIn.Builder reading(LocalDate date, String value, MeasureKind kind) {
      CheckIn.Builder checkIn = CheckIn.builder().date(date);
      if (value.isBlank()) {
        return checkIn;
      }
      return switch (kind.reading()) {
        case DONE -> {
          if (!value.equalsIgnoreCase("done")) {
            throw new IllegalArgumentException("a milestone's reading is 'done' or empty, but was '"
                + value + "'");
          }
          yield checkIn.done(true);
        }
        case ZONE -> checkIn.zone(value);
        case STAGES -> checkIn.stagesDone(List.of(value.split(";")));
        case VALUE -> checkIn.value(finite(value));
      };
    }

    CheckIn checkIn(CheckInRow row, MeasureKind kind) {
      CheckIn.Builder checkIn = reading(row.date(), row.value(), kind);
      row.confidence().ifPresent(checkIn::confidence);
      row.note().ifPresent(checkIn::note);
      row.author().ifPresent(checkIn::author);
      return checkIn.build();
    }

    OkrSet assemble() {
      for (CheckInRow checkIn : checkIns) {
        KeyResultRow keyResult = keyResultsById.get(checkIn.keyResult());
        if (keyResult == null) {
          problems.add(new RowProblem(checkIn.row(), checkIn.keyResult().value(),
              header(Field.ID), "the key result " + checkIn.keyResult()
                  + " is not in the file or was rejected", true));
        } else {
          try {
            keyResult.keyResult = keyResult.keyResult.withCheckIn(
                checkIn(checkIn, keyResult.keyResult.measure().kind()));
            keyResult.checkInRows.add(checkIn.row());
          } catch (NumberFormatException e) {
            problems.add(new RowProblem(checkIn.row(), checkIn.keyResult().value(),
                header(Field.VALUE), "'" + checkIn.value() + "' is not a number", true));
          } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(checkIn.row(), checkIn.keyResult().value(),
                header(Field.VALUE), e.getMessage(), true));
          }
        }
      }
      for (KeyResultRow keyResult : keyResults) {
        ObjectiveRow objective = objectives.get(keyResult.objective);
        if (objective == null) {
          problems.add(new RowProblem(keyResult.row, keyResult.keyResult.id().value(),
              header(Field.PARENT), "the objective " + keyResult.objective
                  + " is not in the file or was rejected", true));
          for (int checkInRow : keyResult.checkInRows) {
            problems.add(new RowProblem(checkInRow, keyResult.keyResult.id().value(),
                header(Field.ID), "the key result " + keyResult.keyResult.id()
                    + " is not in the file or was rejected", true));
          }
        } else {
          objective.keyResults().add(keyResult);
        }
      }
      List<Objective> built = new ArrayList<>(objectives.size());
      for (ObjectiveRow row : objectives.values()) {
        Objective.Builder objective = Objective.builder().from(row.objective());
        for (KeyResultRow keyResult : row.keyResults()) {
          objective.addKeyResults(keyResult.keyResult);
        }
        for (Link parent : row.parents()) {
          objective.addAlignments(Alignment.of(target(row, parent.target()), parent.kind(),
              parent.weight()));
        }
        built.add(objective.build());
      }
      problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
      return OkrSet.builder().organization(organization).cycles(List.copyOf(cycles.values()))
          .objectives(built).build();
    }

    AlignmentTarget target(ObjectiveRow row, String parent) {
      if (objectives.containsKey(parent)) {
        return ObjectiveId.of(parent);
      }
      KeyResultId keyResult = KeyResultId.of(parent);
      if (keyResultsById.containsKey(keyResult)) {
        return keyResult;
      }
      problems.add(new RowProblem(row.row(), "", header(Field.PARENT), "the parent " + parent
          + " is not in the file; kept as a dangling link", false));
      return ObjectiveId.of(parent);
    }

    // Cells.

    /** The cell's items, separated by {@code ;}, stripped, empty ones left out. */
    List<String> list(Field field) {
      List<String> items = new ArrayList<>();
      for (String item : text(field).orElse("").split(";")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
      return items;
    }

    /** {@code [kind:]id[@weight]}. */
    Link link(String text) throws Rejection {
      AlignmentKind kind = AlignmentKind.CONTRIBUTES;
      String rest = text;
      int colon = text.indexOf(':');
      if (colon > 0) {
        String word = constant(text.substring(0, colon));
        for (AlignmentKind candidate : AlignmentKind.values()) {
          if (candidate.name().equals(word)) {
            kind = candidate;
            rest = text.substring(colon + 1);
          }
        }
      }
      double weight = 1;
      int at = rest.lastIndexOf('@');
      if (at > 0) {
        weight = number(Field.PARENT, rest.substring(at + 1));
        rest = rest.substring(0, at);
      }
      return new Link(rest, kind, weight);
    }

    <T> List<T> pairs(String text, java.util.function.BiFunction<String, Double, T> pair) {
      List<T> items = new ArrayList<>();
      for (String item : text.split(";")) {
        int colon = item.lastIndexOf(':');
        if (colon <= 0) {
          throw new IllegalArgumentException("'" + item + "' is not a name:number pair");
        }
        items.add(pair.apply(item.substring(0, colon).strip(),
            finite(item.substring(colon + 1))));
      }
      return items;
    }

    Optional<String> text(Field field) {
      String header = columns.get(field);
      String text = header == null ? null : cells.get(header);
      return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    String required(Field field) throws Rejection {
      return need(field, text(field));
    }

    String need(Field field, Optional<String> text) throws Rejection {
      if (text.isEmpty()) {
        throw new Rejection(header(field), "is empty, but the row needs it");
      }
      return text.get();
    }

    <T> Optional<T> optional(Field field, Parser<T> parser) throws Rejection {
      Optional<String> text = text(field);
      return text.isEmpty() ? Optional.empty() : Optional.of(parse(field, text.get(), parser));
    }

    double number(Field field, String text) throws Rejection {
      return parse(field, text, TabularImport::finite);
    }

    <T> T parse(Field field, String text, Parser<T> parser) throws Rejection {
      try {
        return parser.parse(text);
      } catch (NumberFormatException e) {
        throw new Rejection(header(field), "'" + text + "' is not a number");
      } catch (DateTimeParseException e) {
        throw new Rejection(header(field), "'" + text + "' is not a date (use 2026-08-17)");
      } catch (IllegalArgumentException e) {
        throw new Rejection(header(field), e.getMessage());
      }
    }

    <T> T build(Field field, java.util.function.Supplier<T> builder) throws Rejection {
      return parse(field, "", text -> builder.get());
    }

    /** The column's header, or empty for a problem with the whole row. */
    String header(Field field) {
      return field == null ? "" : format.readHeader(field).orElse(field.name());
    }
  }

  /** A number as spreadsheets write it: digits with optional thousands commas. */
  static double finite(String text) {
    double value = Double.parseDouble(text.strip().replace(",", ""));
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("'" + text + "' is not a finite number");
    }
    return value;
  }

  /** {@code carried-over} as {@code CARRIED_OVER}. */
  static String constant(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  @FunctionalInterface
  private interface Parser<T> {
    T parse(String text);
  }
}
