package org.okr4j.core.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.BaselineMeasure;
import org.okr4j.core.Cadence;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Contribution;
import org.okr4j.core.Checkpoint;
import org.okr4j.core.CheckpointsMeasure;
import org.okr4j.core.Commitment;
import org.okr4j.core.Corridor;
import org.okr4j.core.Confidence;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.CycleKind;
import org.okr4j.core.CycleState;
import org.okr4j.core.Direction;
import org.okr4j.core.FinalScore;
import org.okr4j.core.FiscalCalendar;
import org.okr4j.core.Judgement;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.KeyResultRollUp;
import org.okr4j.core.Kpi;
import org.okr4j.core.KpiId;
import org.okr4j.core.KpiLink;
import org.okr4j.core.KpiReading;
import org.okr4j.core.KpiRole;
import org.okr4j.core.Level;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.ObjectiveState;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrdinalMeasure;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;
import org.okr4j.core.Origin;
import org.okr4j.core.Owner;
import org.okr4j.core.PersonId;
import org.okr4j.core.Perspective;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.ReportedStatus;
import org.okr4j.core.Share;
import org.okr4j.core.Stage;
import org.okr4j.core.StagesMeasure;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.Unit;
import org.okr4j.core.Waypoint;
import org.okr4j.core.ZonesMeasure;
import org.okr4j.core.internal.Currencies;
import org.okr4j.core.internal.Guards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads rows (column header to cell text) into an {@link OkrSet}, reporting every cell it cannot
 * read; it never throws on what the rows hold.
 *
 * <p>Immutable and thread-safe; {@code with...} methods return configured copies. Reading is one
 * pass over the rows plus one over what they hold. Rows come as maps ({@link #read(List)}, the
 * header on line 1 and row {@code i} on line {@code i + 2}) or as {@link Row}s that carry their
 * own lines ({@link #readRows(Iterable)}, for files whose records span lines).
 *
 * <p>Nothing is dropped silently:
 * <ul>
 *   <li>A row with a cell that makes no value (a bad number, date, id, measure text, a title too
 *       long, anything a value's construction rejects) is rejected and reported with its line, id,
 *       column and reason. So is a key result whose objective is not in the file or was rejected,
 *       a check-in whose key result is missing, and a row whose id an earlier row of its kind
 *       already has (the reason names that row).
 *   <li>A parent that is not in the file is kept as a dangling link and reported.
 *   <li>Problems with the table are reported once, on the line before its first row (where a file
 *       has its header): a column the layout does not know (ignored), a column that appears twice
 *       (the first is read), a column rows need but the table lacks, and a header that holds
 *       {@code ;} or a tab where the table has no row type column (the file is probably
 *       {@code ;}- or tab-separated).
 * </ul>
 * In okr4j's layout a measure is one cell, its text ({@link Measure#parse(CharSequence)}). Older
 * okr4j files, with a measure word such as {@code linear} and start, target, parts and unit
 * columns, or links spelt {@code [kind:]id[@weight]} in the parent column, still read. Cells are
 * read as {@link TabularFormat} describes: strict numbers, lists with escapes, neutralised formulas
 * restored.
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

  private static final Field[] FIELDS = Field.values();

  /** The longest reason a problem quotes; a value's own message may hold a whole huge cell. */
  private static final int REASON_LENGTH = 1_000;

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

  /**
   * Reads {@code rows}, in order, each a map from header to cell; the header is line 1, so row
   * {@code i} (from 0) is reported as line {@code i + 2}.
   *
   * @throws NullPointerException if a row, a header or a cell is null (the only exception)
   */
  public ImportResult read(List<? extends Map<String, String>> rows) {
    Objects.requireNonNull(rows, "rows");
    Reading reading = new Reading(1);
    List<String> headers = List.of();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = Objects.requireNonNull(rows.get(i), "row");
      // Rows of one table share their headers: the list made for the first serves them all, and
      // its columns are looked up once, not hashed again for each of a million rows.
      if (!sameHeaders(row, headers)) {
        headers = List.copyOf(row.keySet());
      }
      reading.row(i + 2, headers, List.copyOf(row.values()));
    }
    return reading.result();
  }

  /** True if {@code row}'s headers are {@code headers}, in that order. */
  private static boolean sameHeaders(Map<String, String> row, List<String> headers) {
    if (row.size() != headers.size()) {
      return false;
    }
    int column = 0;
    for (String header : row.keySet()) {
      if (column == headers.size() || !headers.get(column++).equals(header)) {
        return false;
      }
    }
    return column == headers.size();
  }

  /**
   * Reads {@code rows}, in order, each reported by its own {@link Row#line()}; problems with the
   * table are reported on the line before the first row's.
   *
   * @throws NullPointerException if a row is null (the only exception)
   */
  public ImportResult readRows(Iterable<Row> rows) {
    Objects.requireNonNull(rows, "rows");
    Reading reading = new Reading(0);
    for (Row row : rows) {
      Objects.requireNonNull(row, "row");
      reading.row(row.line(), row.headers(), row.cells());
    }
    return reading.result();
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

  /**
   * A link read from a row: its target id, kind and weight; in an older file also the whole item,
   * when it might itself be an id in the file ({@code o@2027}, {@code supports:1}).
   */
  private record Link(String target, AlignmentKind kind, double weight, Optional<String> whole,
      double pinned) {}

  private record ObjectiveRow(int line, Objective objective, List<Link> links,
      List<KeyResultRow> keyResults) {}

  /** A key result read from a row, and the check-ins later rows add to it. */
  private static final class KeyResultRow {
    final int line;
    final String objective;
    final List<CheckIn> checkIns = new ArrayList<>();
    final List<Integer> checkInLines = new ArrayList<>();
    KeyResult keyResult;

    KeyResultRow(int line, String objective, KeyResult keyResult) {
      this.line = line;
      this.objective = objective;
      this.keyResult = keyResult;
    }
  }

  private record KpiRow(int line, Kpi kpi) {}

  private record CheckInRow(int line, KeyResultId keyResult, LocalDate date, String value,
      Optional<Confidence> confidence, Optional<String> note, Optional<PersonId> author) {}

  /** Where a table holds each field: a column index, or -1. */
  private static final class Columns {
    final int[] index = new int[FIELDS.length];

    boolean has(Field field) {
      return index[field.ordinal()] >= 0;
    }
  }

  /** The state of one read. */
  private final class Reading {
    final List<RowProblem> problems = new ArrayList<>();
    final Map<String, ObjectiveRow> objectives = new LinkedHashMap<>();
    final List<KeyResultRow> keyResults = new ArrayList<>();
    final Map<KeyResultId, KeyResultRow> keyResultsById = new HashMap<>();
    final List<CheckInRow> checkIns = new ArrayList<>();
    final Map<KpiId, KpiRow> kpis = new LinkedHashMap<>();
    final Map<String, Cycle> cycles = new LinkedHashMap<>();
    final Map<String, Integer> definedCycles = new HashMap<>();
    final Map<List<String>, Columns> tables = new HashMap<>();
    final Set<String> reported = new HashSet<>();
    final Decimals decimals = format.decimals();
    int headerLine;
    int rows;
    List<String> headers;
    Columns columns;
    List<String> cells;
    int line;

    Reading(int headerLine) {
      this.headerLine = headerLine;
    }

    void row(int line, List<String> headers, List<String> cells) {
      rows++;
      if (headerLine == 0) {
        headerLine = Math.max(1, line - 1);
      }
      if (headers != this.headers) {
        this.headers = headers;
        this.columns = tables.computeIfAbsent(headers, this::resolve);
      }
      this.line = line;
      this.cells = cells;
      String id = text(Field.ID).orElse("");
      try {
        checkWidth();
        switch (type()) {
          case CYCLE -> cycle();
          case OBJECTIVE -> objective(id);
          case KEY_RESULT -> keyResult(id);
          case KPI -> kpi(id);
          default -> checkIn();
        }
      } catch (Rejection rejection) {
        reject(line, id, rejection.column, rejection.getMessage());
      } catch (RuntimeException e) {
        // What a value's construction threw outside a cell's own parsing: still the row's problem.
        LOG.debug("row on line {} cannot be read", line, e);
        reject(line, id, "", reason(e));
      }
    }

    ImportResult result() {
      OkrSet set = assemble();
      LOG.debug("imported {} rows in the {} layout: {} objectives, {} key results, {} problems",
          rows, format.name(), set.objectives().size(), set.keyResultCount(), problems.size());
      return new ImportResult(set, problems, rows);
    }

    // The table.

    /**
     * Maps each field to the first column whose header names it, ignoring case, spaces and the
     * {@code '} an export puts before a header a spreadsheet would evaluate.
     */
    Columns resolve(List<String> headers) {
      Columns resolved = new Columns();
      java.util.Arrays.fill(resolved.index, -1);
      List<Integer> unknown = new ArrayList<>();
      for (int column = 0; column < headers.size(); column++) {
        Optional<Field> field = field(headers.get(column));
        if (field.isEmpty()) {
          unknown.add(column);
        } else if (resolved.has(field.get())) {
          tableProblem(Cells.brief(headers.get(column)), "the column "
              + header(field.get()) + " appears again as column " + (column + 1)
              + "; only the first is read");
        } else {
          resolved.index[field.get().ordinal()] = column;
        }
      }
      Field key = format.has(Field.TYPE) ? Field.TYPE : Field.TITLE;
      for (int column : unknown) {
        String header = headers.get(column);
        Optional<Character> separator = Stream.of(';', '\t')
            .filter(c -> header.indexOf(c) >= 0).findFirst();
        if (separator.isPresent() && !resolved.has(key)) {
          tableProblem(Cells.brief(header), "the header holds " + (separator.get() == ';'
              ? "';'" : "a tab") + ": the table is probably " + (separator.get() == ';' ? ";"
              : "tab") + "-separated; read the file with that separator");
        } else if (header.isBlank()) {
          tableProblem("", "column " + (column + 1) + " has no header; its cells are ignored");
        } else {
          tableProblem(Cells.brief(header), "not a column of the " + format.name()
              + " layout; ignored");
        }
      }
      return resolved;
    }

    /** The field a header names, its neutralisation against formulas undone as a cell's is. */
    Optional<Field> field(String header) {
      String stripped = header.strip();
      String name = format.isFormulaEscaping() ? Cells.restore(stripped, decimals) : stripped;
      for (Field field : FIELDS) {
        Optional<String> expected = format.readHeader(field);
        if (expected.isPresent() && expected.get().equalsIgnoreCase(name)) {
          return Optional.of(field);
        }
      }
      return Optional.empty();
    }

    /** A problem with the whole table, reported once. */
    void tableProblem(String column, String reason) {
      if (reported.add(column + '\n' + reason)) {
        problems.add(new RowProblem(headerLine, "", column, reason, false));
      }
    }

    void checkWidth() throws Rejection {
      for (int column = headers.size(); column < cells.size(); column++) {
        if (!cells.get(column).isBlank()) {
          throw new Rejection("", "has " + cells.size() + " cells, but the header has "
              + headers.size() + "; cell " + (column + 1) + " is '"
              + Cells.brief(cells.get(column)) + "'");
        }
      }
    }

    // Rows.

    TabularFormat.RowType type() throws Rejection {
      if (!format.has(Field.TYPE)) {
        return TabularFormat.RowType.OBJECTIVE;
      }
      String word = required(Field.TYPE);
      return format.rowType(word).orElseThrow(() -> new Rejection(header(Field.TYPE),
          "'" + Cells.brief(word) + "' is not a row type; use one of " + format.typeWords()));
    }

    void cycle() throws Rejection {
      CycleId id = parse(Field.ID, required(Field.ID), CycleId::of);
      if (definedCycles.containsKey(id.value())) {
        throw new Rejection(header(Field.ID), "the cycle id " + id + " is used by row "
            + definedCycles.get(id.value()));
      }
      Cycle.Builder cycle = Cycle.builder().id(id)
          .start(date(Field.START_DATE, required(Field.START_DATE)))
          .end(date(Field.END_DATE, required(Field.END_DATE)));
      optional(Field.PARENT, CycleId::of).ifPresent(cycle::parent);
      Optional<String> state = text(Field.STATE);
      if (state.isPresent()) {
        cycle.state(word(Field.STATE, state.get(), CycleState.class, "a cycle state"));
      }
      Optional<String> kind = text(Field.CYCLE_KIND);
      if (kind.isPresent()) {
        cycle.kind(word(Field.CYCLE_KIND, kind.get(), CycleKind.class, "a cycle kind"));
      }
      cycles.put(id.value(), build(cycle::build));
      definedCycles.put(id.value(), line);
    }

    void objective(String idText) throws Rejection {
      ObjectiveId id = parse(Field.ID, idText.isEmpty() ? "row-" + line : idText, ObjectiveId::of);
      if (objectives.containsKey(id.value())) {
        throw new Rejection(header(Field.ID), "the objective id " + id + " is used by row "
            + objectives.get(id.value()).line());
      }
      Objective.Builder objective = Objective.builder().id(id).title(requiredText(Field.TITLE));
      exact(Field.DESCRIPTION).ifPresent(objective::description);
      Optional<OrgUnitId> unit = optional(Field.OWNER_UNIT, OrgUnitId::of);
      Optional<PersonId> person = optional(Field.OWNER_PERSON, PersonId::of);
      person.<Owner>map(p -> p).or(() -> unit).ifPresent(objective::owner);
      objective.level(level(unit, person));
      String label = required(Field.CYCLE);
      Cycle cycle = cycles.containsKey(label) ? cycles.get(label)
          : parse(Field.CYCLE, label, calendar::parse);
      objective.cycle(cycle.id());
      for (String theme : Cells.nonEmptyItems(raw(Field.THEMES))) {
        objective.addThemes(theme);
      }
      Optional<String> perspective = text(Field.PERSPECTIVE);
      if (perspective.isPresent()) {
        objective.perspective(word(Field.PERSPECTIVE, perspective.get(), Perspective.class,
            "a perspective"));
      }
      Optional<String> origin = text(Field.ORIGIN);
      if (origin.isPresent()) {
        objective.origin(word(Field.ORIGIN, origin.get(), Origin.class, "an origin"));
      }
      optional(Field.CARRIED_OVER_FROM, ObjectiveId::of).ifPresent(objective::carriedOverFrom);
      Optional<String> commitment = text(Field.COMMITMENT);
      if (commitment.isPresent()) {
        objective.commitment(word(Field.COMMITMENT, commitment.get(), Commitment.class,
            "a commitment"));
      }
      Optional<String> state = text(Field.STATE);
      if (state.isPresent()) {
        objective.state(word(Field.STATE, state.get(), ObjectiveState.class, "an objective state"));
      }
      exact(Field.STANDALONE_REASON).ifPresent(objective::standaloneReason);
      judgement().ifPresent(objective::judgement);
      finalScore().ifPresent(objective::finalScore);
      List<Link> links = links();
      Objective built = build(objective::build);
      // Repeated co-owners or units, or the owner among them, are their cell's fault.
      List<Owner> coOwners = coOwners();
      Objective coOwned = coOwners.isEmpty() ? built
          : parse(Field.CO_OWNERS, raw(Field.CO_OWNERS), text -> built.withCoOwners(coOwners));
      List<Share> shares = shares();
      Objective shared = shares.isEmpty() ? coOwned
          : parse(Field.SHARED_WITH, raw(Field.SHARED_WITH), text -> coOwned.withSharedWith(shares));
      objectives.put(id.value(), new ObjectiveRow(line, shared, links, new ArrayList<>()));
      cycles.putIfAbsent(cycle.id().value(), cycle);
    }

    Level level(Optional<OrgUnitId> unit, Optional<PersonId> person) throws Rejection {
      LevelScheme levels = organization.levels();
      Optional<String> name = text(Field.LEVEL);
      if (name.isPresent()) {
        return levels.find(name.get()).orElseThrow(() -> new Rejection(header(Field.LEVEL),
            "'" + Cells.brief(name.get()) + "' is not a level; use one of " + levels.names()));
      }
      Optional<Level> ofUnit = unit.flatMap(organization::unit).map(OrgUnit::level);
      if (ofUnit.isPresent()) {
        return ofUnit.get();
      }
      return person.isPresent() ? levels.bottom() : levels.top();
    }

    /**
     * The objective's links: one contributing link in a layout without link kinds (Viva Goals'),
     * with the weight and pinned share of its row if the layout has those columns; ids with kinds,
     * weights and pins beside them in okr4j's; {@code [kind:]id[@weight]} items in a table
     * without those columns (okr4j's older files).
     */
    List<Link> links() throws Rejection {
      if (!format.has(Field.PARENT_KIND)) {
        Optional<ObjectiveId> parent = optional(Field.PARENT, ObjectiveId::of);
        Optional<String> weight = text(Field.PARENT_WEIGHT);
        Optional<String> pin = text(Field.PARENT_PINNED_SHARES);
        if (parent.isEmpty()) {
          if (weight.isPresent() || pin.isPresent()) {
            throw new Rejection(header(weight.isPresent() ? Field.PARENT_WEIGHT
                : Field.PARENT_PINNED_SHARES), "is set, but the row has no parent");
          }
          return List.of();
        }
        return List.of(link(parent.get(), AlignmentKind.CONTRIBUTES, weight.orElse(""),
            pin.orElse("")));
      }
      if (!columns.has(Field.PARENT_KIND) && !columns.has(Field.PARENT_WEIGHT)
          && !columns.has(Field.PARENT_PINNED_SHARES)) {
        List<Link> links = new ArrayList<>();
        for (String item : Cells.nonEmptyItems(raw(Field.PARENT))) {
          links.add(olderLink(item));
        }
        return links;
      }
      List<String> ids = Cells.items(raw(Field.PARENT));
      List<String> kinds = beside(Field.PARENT_KIND, "kinds", ids.size());
      List<String> weights = beside(Field.PARENT_WEIGHT, "weights", ids.size());
      List<String> pins = beside(Field.PARENT_PINNED_SHARES, "pinned shares", ids.size());
      List<Link> links = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        String kind = kinds.isEmpty() ? "" : kinds.get(i);
        String weight = weights.isEmpty() ? "" : weights.get(i);
        String pin = pins.isEmpty() ? "" : pins.get(i);
        if (ids.get(i).isEmpty()) {
          if (!kind.isEmpty() || !weight.isEmpty() || !pin.isEmpty()) {
            throw new Rejection(header(Field.PARENT), "parent " + (i + 1)
                + " is empty, but has a kind or weight or pinned share");
          }
          continue;
        }
        ObjectiveId target = parse(Field.PARENT, ids.get(i), ObjectiveId::of);
        AlignmentKind alignmentKind = kind.isEmpty() ? AlignmentKind.CONTRIBUTES
            : word(Field.PARENT_KIND, kind, AlignmentKind.class, "a link kind");
        links.add(link(target, alignmentKind, weight, pin));
      }
      return links;
    }

    /** A link to {@code target} with its weight and pinned share cells (empty: the defaults). */
    private Link link(ObjectiveId target, AlignmentKind kind, String weight, String pin)
        throws Rejection {
      double linkWeight = weight.isEmpty() ? 1 : parse(Field.PARENT_WEIGHT, weight,
          w -> Alignment.of(target, kind, decimals.read(w)).weight());
      double pinned = pin.isEmpty() ? Double.NaN : parse(Field.PARENT_PINNED_SHARES, pin,
          p -> Guards.within("alignment pinned share", decimals.read(p), 0, 1));
      return new Link(target.value(), kind, linkWeight, Optional.empty(), pinned);
    }

    /** The items of a list beside the parent ids: none, or one per id. */
    List<String> beside(Field field, String what, int ids) throws Rejection {
      if (text(field).isEmpty()) {
        return List.of();
      }
      List<String> items = Cells.items(raw(field));
      if (items.size() != ids) {
        throw new Rejection(header(field), "has " + items.size() + " " + what + " for " + ids
            + " parents; give one per parent, in order (empty for the default)");
      }
      return items;
    }

    /**
     * An older file's {@code [kind:]id[@weight]}; the whole item is kept too, as it may be an id
     * in the file. A prefix that is no link kind, or a suffix that is no weight, is part of the
     * id ({@code ana@example.com}).
     */
    Link olderLink(String item) throws Rejection {
      AlignmentKind kind = AlignmentKind.CONTRIBUTES;
      String rest = item;
      int colon = item.indexOf(':');
      if (colon > 0) {
        String name = constant(item.substring(0, colon));
        for (AlignmentKind candidate : AlignmentKind.values()) {
          if (candidate.name().equals(name)) {
            kind = candidate;
            rest = item.substring(colon + 1).strip();
          }
        }
      }
      double weight = 1;
      int at = rest.lastIndexOf('@');
      if (at > 0 && decimals.isNumber(rest.substring(at + 1).strip())) {
        weight = decimals.read(rest.substring(at + 1).strip());
        rest = rest.substring(0, at).strip();
      }
      boolean spelt = !rest.equals(item);
      if (spelt && isLink(rest, weight)) {
        return new Link(rest, kind, weight, isId(item) ? Optional.of(item) : Optional.empty(),
            Double.NaN);
      }
      ObjectiveId whole = parse(Field.PARENT, item, ObjectiveId::of);
      return new Link(whole.value(), AlignmentKind.CONTRIBUTES, 1, Optional.empty(), Double.NaN);
    }

    boolean isLink(String target, double weight) {
      return isId(target) && weight >= 0;
    }

    boolean isId(String text) {
      try {
        ObjectiveId.of(text);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    void keyResult(String idText) throws Rejection {
      KeyResultId id = parse(Field.ID, idText.isEmpty() ? "row-" + line : idText, KeyResultId::of);
      if (keyResultsById.containsKey(id)) {
        throw new Rejection(header(Field.ID), "the key result id " + id + " is used by row "
            + keyResultsById.get(id).line);
      }
      String objective = required(Field.PARENT);
      KeyResult.Builder keyResult = KeyResult.builder().id(id).title(requiredText(Field.TITLE));
      Optional<PersonId> person = optional(Field.OWNER_PERSON, PersonId::of);
      Optional<OrgUnitId> unit = optional(Field.OWNER_UNIT, OrgUnitId::of);
      person.<Owner>map(p -> p).or(() -> unit).ifPresent(keyResult::owner);
      Measure measure = measure();
      keyResult.measure(measure);
      for (String contributor : Cells.nonEmptyItems(raw(Field.CONTRIBUTORS))) {
        keyResult.addContributors(parse(Field.CONTRIBUTORS, contributor, PersonId::of));
      }
      for (String initiative : Cells.nonEmptyItems(raw(Field.INITIATIVES))) {
        keyResult.addInitiatives(initiative);
      }
      Optional<String> weight = text(Field.WEIGHT);
      if (weight.isPresent()) {
        keyResult.weight(number(Field.WEIGHT, weight.get()));
      }
      Optional<String> pinnedShare = text(Field.PINNED_SHARE);
      if (pinnedShare.isPresent()) {
        double pin = parse(Field.PINNED_SHARE, pinnedShare.get(),
            s -> Guards.within("key result pinned share", decimals.read(s), 0, 1));
        keyResult.pinnedShare(pin);
      }
      Optional<String> value = text(Field.VALUE);
      if (value.isPresent()) {
        Optional<String> date = text(Field.DATE);
        LocalDate day = date.isPresent() ? date(Field.DATE, date.get())
            : Optional.ofNullable(asOf).orElseThrow(() -> new Rejection(header(Field.VALUE),
                "a current value needs a date: add a date column or set the import's as-of date"));
        CheckIn current = parse(Field.VALUE, raw(Field.VALUE),
            v -> reading(day, v, measure).build());
        keyResult.addCheckIns(current);
      }
      Optional<Cadence> cadence = optional(Field.CADENCE, Cadence::parse);
      cadence.ifPresent(keyResult::cadence);
      judgement().ifPresent(keyResult::judgement);
      finalScore().ifPresent(keyResult::finalScore);
      List<Waypoint> waypoints = waypoints();
      KeyResult built = build(keyResult::build);
      // Waypoints out of date order, or on a measure not read as a value, are the cell's fault.
      KeyResult waypointed = waypoints.isEmpty() ? built
          : parse(Field.WAYPOINTS, raw(Field.WAYPOINTS), text -> built.withWaypoints(waypoints));
      Optional<KeyResultRollUp> rollUp = text(Field.ROLL_UP).isEmpty() ? Optional.empty()
          : Optional.of(word(Field.ROLL_UP, text(Field.ROLL_UP).get(), KeyResultRollUp.class,
              "a roll-up"));
      List<Contribution> contributions = contributions();
      // A link to itself or a parent named twice is the parent cell's fault.
      KeyResult phased = contributions.isEmpty() && rollUp.isEmpty() ? waypointed
          : parse(Field.PARENT_KEY_RESULTS, raw(Field.PARENT_KEY_RESULTS), text -> KeyResult
              .builder().from(waypointed).contributions(contributions).rollUp(rollUp).build());
      List<Owner> coOwners = coOwners();
      if (!coOwners.isEmpty()) {
        KeyResult uncoOwned = phased;
        phased = parse(Field.CO_OWNERS, raw(Field.CO_OWNERS),
            text -> uncoOwned.withCoOwners(coOwners));
      }
      KeyResultRow parsed = new KeyResultRow(line, objective, phased);
      keyResults.add(parsed);
      keyResultsById.put(id, parsed);
    }

    /**
     * A KPI: id, title, owner, the corridor cell (corridor and unit), the readings cell, and its
     * links, objective ids in the parent column with a role each in the parent-kind column.
     */
    void kpi(String idText) throws Rejection {
      KpiId id = parse(Field.ID, required(Field.ID), KpiId::of);
      if (kpis.containsKey(id)) {
        throw new Rejection(header(Field.ID), "the kpi id " + id + " is used by row "
            + kpis.get(id).line());
      }
      Kpi.Builder kpi = Kpi.builder().id(id).title(requiredText(Field.TITLE));
      Optional<PersonId> person = optional(Field.OWNER_PERSON, PersonId::of);
      Optional<OrgUnitId> unit = optional(Field.OWNER_UNIT, OrgUnitId::of);
      person.<Owner>map(p -> p).or(() -> unit).ifPresent(kpi::owner);
      String corridor = required(Field.CORRIDOR);
      kpi.corridor(parse(Field.CORRIDOR, corridor, TabularImport::corridor));
      kpi.unit(parse(Field.CORRIDOR, corridor, TabularImport::corridorUnit));
      List<KpiReading> readings = new ArrayList<>();
      for (String item : Cells.nonEmptyItems(raw(Field.READINGS))) {
        int eq = item.indexOf('=');
        if (eq < 0) {
          throw new Rejection(header(Field.READINGS), "'" + Cells.brief(item)
              + "' is not a reading (use 2026-08-31=2.4)");
        }
        LocalDate day = date(Field.READINGS, item.substring(0, eq).strip());
        double value = number(Field.READINGS, item.substring(eq + 1).strip());
        readings.add(parse(Field.READINGS, item, text -> KpiReading.of(day, value)));
      }
      List<String> objectives = Cells.items(raw(Field.PARENT));
      List<String> roles = beside(Field.PARENT_KIND, "roles", objectives.size());
      for (int i = 0; i < objectives.size(); i++) {
        String role = roles.isEmpty() ? "" : roles.get(i);
        if (objectives.get(i).isEmpty()) {
          if (!role.isEmpty()) {
            throw new Rejection(header(Field.PARENT), "parent " + (i + 1)
                + " is empty, but has a role");
          }
          continue;
        }
        ObjectiveId objective = parse(Field.PARENT, objectives.get(i), ObjectiveId::of);
        if (role.isEmpty()) {
          throw new Rejection(header(Field.PARENT_KIND), "has no role for " + objective
              + "; use one of [protects, recovers]");
        }
        kpi.addLinks(KpiLink.of(objective, word(Field.PARENT_KIND, role, KpiRole.class,
            "a KPI role")));
      }
      Kpi built = build(kpi::build);
      // Readings out of date order, or two on one day, are the readings cell's fault.
      Kpi read = parse(Field.READINGS, raw(Field.READINGS),
          text -> Kpi.builder().from(built).readings(readings).build());
      kpis.put(id, new KpiRow(line, read));
    }

    /**
     * The override in the row's override cells; empty if all are. Who, when and why are needed
     * beside a progress or status, and a progress outside [0, 1] rejects the row at its column.
     */
    Optional<Judgement> judgement() throws Rejection {
      Optional<String> progress = text(Field.OVERRIDE_PROGRESS);
      Optional<String> status = text(Field.OVERRIDE_STATUS);
      Optional<String> by = text(Field.OVERRIDE_BY);
      Optional<String> on = text(Field.OVERRIDE_ON);
      Optional<String> reason = exact(Field.OVERRIDE_REASON);
      if (progress.isEmpty() && status.isEmpty()) {
        if (by.isPresent() || on.isPresent() || reason.isPresent()) {
          throw new Rejection(header(Field.OVERRIDE_PROGRESS),
              "is empty, but an override needs a progress or a status");
        }
        return Optional.empty();
      }
      OptionalDouble value = progress.isPresent()
          ? OptionalDouble.of(number(Field.OVERRIDE_PROGRESS, progress.get()))
          : OptionalDouble.empty();
      Optional<ReportedStatus> reported = status.isPresent() ? Optional.of(word(
          Field.OVERRIDE_STATUS, status.get(), ReportedStatus.class, "a status")) : Optional.empty();
      PersonId who = parse(Field.OVERRIDE_BY, needFor(Field.OVERRIDE_BY, by, "an override"),
          PersonId::of);
      LocalDate day = date(Field.OVERRIDE_ON, needFor(Field.OVERRIDE_ON, on, "an override"));
      // The reason is checked at its own column, so that a rejection names the cell at fault.
      String why = parse(Field.OVERRIDE_REASON, needFor(Field.OVERRIDE_REASON, reason,
          "an override"), text -> Guards.title("override reason", text));
      return Optional.of(parse(progress.isPresent() ? Field.OVERRIDE_PROGRESS
          : Field.OVERRIDE_STATUS, why, text -> Judgement.of(value, reported, who, day, why)));
    }

    /** The final score in the row's final-score cells; empty if all are. */
    Optional<FinalScore> finalScore() throws Rejection {
      Optional<String> score = text(Field.FINAL_SCORE);
      Optional<String> by = text(Field.FINAL_SCORE_BY);
      Optional<String> on = text(Field.FINAL_SCORE_ON);
      Optional<String> reason = exact(Field.FINAL_SCORE_REASON);
      if (score.isEmpty()) {
        if (by.isPresent() || on.isPresent() || reason.isPresent()) {
          throw new Rejection(header(Field.FINAL_SCORE),
              "is empty, but who, when or why is given for a final score");
        }
        return Optional.empty();
      }
      double value = number(Field.FINAL_SCORE, score.get());
      PersonId who = parse(Field.FINAL_SCORE_BY, needFor(Field.FINAL_SCORE_BY, by, "a final score"),
          PersonId::of);
      LocalDate day = date(Field.FINAL_SCORE_ON, needFor(Field.FINAL_SCORE_ON, on,
          "a final score"));
      String why = parse(Field.FINAL_SCORE_REASON, needFor(Field.FINAL_SCORE_REASON, reason,
          "a final score"), text -> Guards.title("final score reason", text));
      return Optional.of(parse(Field.FINAL_SCORE, score.get(),
          text -> FinalScore.of(value, who, day, why)));
    }

    String needFor(Field field, Optional<String> text, String what) throws Rejection {
      if (text.isEmpty()) {
        throw new Rejection(header(field), "is empty, but " + what + " needs it");
      }
      return text.get();
    }

    /** The co-owners cell's items, each {@code unit:<id>} or {@code person:<id>}. */
    List<Owner> coOwners() throws Rejection {
      List<Owner> coOwners = new ArrayList<>();
      for (String item : Cells.nonEmptyItems(raw(Field.CO_OWNERS))) {
        if (item.startsWith(TabularFormat.CO_OWNER_UNIT)) {
          coOwners.add(parse(Field.CO_OWNERS,
              item.substring(TabularFormat.CO_OWNER_UNIT.length()).strip(), OrgUnitId::of));
        } else if (item.startsWith(TabularFormat.CO_OWNER_PERSON)) {
          coOwners.add(parse(Field.CO_OWNERS,
              item.substring(TabularFormat.CO_OWNER_PERSON.length()).strip(), PersonId::of));
        } else {
          throw new Rejection(header(Field.CO_OWNERS), "'" + Cells.brief(item)
              + "' is not a co-owner (use unit:ops or person:ana)");
        }
      }
      return coOwners;
    }

    /** The shared-with cell's items, each {@code unit=weight}; empty if the cell is. */
    List<Share> shares() throws Rejection {
      List<Share> shares = new ArrayList<>();
      for (String item : Cells.nonEmptyItems(raw(Field.SHARED_WITH))) {
        int eq = item.lastIndexOf('=');
        if (eq <= 0) {
          throw new Rejection(header(Field.SHARED_WITH), "'" + Cells.brief(item)
              + "' is not a share (use ops=0.5)");
        }
        OrgUnitId unit = parse(Field.SHARED_WITH, item.substring(0, eq).strip(), OrgUnitId::of);
        double weight = number(Field.SHARED_WITH, item.substring(eq + 1).strip());
        shares.add(parse(Field.SHARED_WITH, item, text -> Share.of(unit, weight)));
      }
      return shares;
    }

    /**
     * The key result's contributions: its parent key result ids, with weights and pinned shares
     * beside them (none, or one per id; an empty item is the default).
     */
    List<Contribution> contributions() throws Rejection {
      List<String> ids = Cells.items(raw(Field.PARENT_KEY_RESULTS));
      if (text(Field.PARENT_KEY_RESULTS).isEmpty()) {
        ids = List.of();
      }
      List<String> weights = besideKeyResults(Field.PARENT_KEY_RESULT_WEIGHTS, "weights",
          ids.size());
      List<String> shares = besideKeyResults(Field.PARENT_KEY_RESULT_SHARES, "shares",
          ids.size());
      List<Contribution> contributions = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        String weight = weights.isEmpty() ? "" : weights.get(i);
        String share = shares.isEmpty() ? "" : shares.get(i);
        if (ids.get(i).isEmpty()) {
          if (!weight.isEmpty() || !share.isEmpty()) {
            throw new Rejection(header(Field.PARENT_KEY_RESULTS), "parent key result " + (i + 1)
                + " is empty, but has a weight or share");
          }
          continue;
        }
        Contribution contribution = Contribution.to(parse(Field.PARENT_KEY_RESULTS, ids.get(i),
            KeyResultId::of));
        if (!weight.isEmpty()) {
          Contribution plain = contribution;
          contribution = parse(Field.PARENT_KEY_RESULT_WEIGHTS, weight,
              w -> plain.withWeight(decimals.read(w)));
        }
        if (!share.isEmpty()) {
          Contribution weighted = contribution;
          contribution = parse(Field.PARENT_KEY_RESULT_SHARES, share,
              s -> weighted.withPinnedShare(decimals.read(s)));
        }
        contributions.add(contribution);
      }
      return contributions;
    }

    /** The items of a list beside the parent key result ids: none, or one per id. */
    List<String> besideKeyResults(Field field, String what, int ids) throws Rejection {
      if (text(field).isEmpty()) {
        return List.of();
      }
      List<String> items = Cells.items(raw(field));
      if (items.size() != ids) {
        throw new Rejection(header(field), "has " + items.size() + " " + what + " for " + ids
            + " parent key results; give one per parent, in order (empty for the default)");
      }
      return items;
    }

    /** The waypoints cell's items, each {@code date=value}; empty if the cell is. */
    List<Waypoint> waypoints() throws Rejection {
      List<Waypoint> waypoints = new ArrayList<>();
      for (String item : Cells.nonEmptyItems(raw(Field.WAYPOINTS))) {
        int eq = item.indexOf('=');
        if (eq < 0) {
          throw new Rejection(header(Field.WAYPOINTS), "'" + Cells.brief(item)
              + "' is not a waypoint (use 2026-08-31=36)");
        }
        LocalDate day = date(Field.WAYPOINTS, item.substring(0, eq).strip());
        double value = number(Field.WAYPOINTS, item.substring(eq + 1).strip());
        waypoints.add(parse(Field.WAYPOINTS, item, text -> Waypoint.of(day, value)));
      }
      return waypoints;
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
      } catch (RuntimeException e) {
        // The cells read, but make no measure (a range whose high lies below its low).
        throw new Rejection(header(Field.MEASURE), reason(e));
      }
    }

    /** A measure's text, alone: the cells of older files beside it would be ignored. */
    Measure measureText(String text) throws Rejection {
      Optional<Field> older = Stream.of(Field.START, Field.TARGET, Field.PARTS, Field.UNIT)
          .filter(field -> text(field).isPresent()).findFirst();
      Measure measure;
      try {
        measure = Measure.parse(text);
      } catch (RuntimeException e) {
        // Beside older cells, the text is more likely a misspelt measure word than a measure.
        throw new Rejection(header(Field.MEASURE), older.isEmpty() ? reason(e)
            : "'" + Cells.brief(text) + "' is not a measure; use one of " + format.measureWords()
                + " beside start, target, parts and unit, or a measure's text alone");
      }
      if (older.isPresent()) {
        throw new Rejection(header(older.get()), "must be empty beside a measure's text ('"
            + Cells.brief(text) + "'), which holds the whole measure");
      }
      return measure;
    }

    Measure measureCells() throws Rejection {
      Optional<String> start = text(Field.START);
      Optional<String> target = text(Field.TARGET);
      String word = text(Field.MEASURE).map(w -> format.measure(w).orElse("?" + w))
          .orElse(start.isPresent() || target.isPresent() ? "linear" : "milestone");
      if (word.startsWith("?")) {
        throw new Rejection(header(Field.MEASURE), "'" + Cells.brief(word.substring(1))
            + "' is not a measure; use one of " + format.measureWords());
      }
      Unit unit = unit();
      return switch (word) {
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
    }

    /**
     * Linear from {@code start} to {@code target}; when they are equal, in the direction the
     * metric type states (Viva's "Increase to"), as a carried-over key result has it. A stated
     * direction the numbers contradict ("Decrease to" from 10 to 20) is the row's problem, never
     * read as the other direction.
     */
    LinearMeasure linear(double start, double target) {
      Optional<Direction> stated = text(Field.MEASURE).flatMap(format::statedDirection);
      if (stated.isPresent() && start != target
          && (target > start ? Direction.INCREASE : Direction.DECREASE) != stated.get()) {
        throw new IllegalArgumentException("'" + text(Field.MEASURE).orElse("") + "', but the "
            + "target " + Cells.brief(Double.toString(target)) + " is "
            + (target > start ? "above" : "below") + " the start "
            + Cells.brief(Double.toString(start)) + "; swap them or change the metric type");
      }
      return start == target && stated.isPresent() ? LinearMeasure.of(start, target, stated.get())
          : LinearMeasure.of(start, target);
    }

    Measure checkpoints(double start, double target) throws Rejection {
      return parse(Field.PARTS, required(Field.PARTS), t -> CheckpointsMeasure.of(start, target,
          pairs(t, (value, progress) -> Checkpoint.of(decimals.read(value), progress))));
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
      return ZonesMeasure.of(first, parts.get("commit"), parts.get("target"), stretch);
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
        // A label of three capitals is a currency only if ISO 4217 has it: "NPS" is a label.
        default -> Currencies.isKnown(text.get()) ? Unit.currency(text.get())
            : parse(Field.UNIT, text.get(), Unit::custom);
      };
    }

    /** An older file's {@code name:number} parts, separated by {@code ;}. */
    <T> List<T> pairs(String text, BiFunction<String, Double, T> pair) {
      List<T> items = new ArrayList<>();
      for (String item : text.split(";")) {
        int colon = item.lastIndexOf(':');
        if (colon <= 0) {
          throw new IllegalArgumentException("'" + Cells.brief(item)
              + "' is not a name:number pair");
        }
        items.add(pair.apply(item.substring(0, colon).strip(),
            decimals.read(item.substring(colon + 1).strip())));
      }
      return items;
    }

    void checkIn() throws Rejection {
      KeyResultId keyResult = parse(Field.ID, required(Field.ID), KeyResultId::of);
      LocalDate date = date(Field.DATE, required(Field.DATE));
      checkIns.add(new CheckInRow(line, keyResult, date, raw(Field.VALUE),
          optional(Field.CONFIDENCE, t -> Confidence.of(decimals.read(t))), exact(Field.NOTE),
          optional(Field.AUTHOR, PersonId::of)));
    }

    /** A check-in's reading, read as the measure reads it. */
    CheckIn.Builder reading(LocalDate date, String value, Measure measure) {
      CheckIn.Builder checkIn = CheckIn.builder().date(date);
      if (value.isBlank()) {
        return checkIn;
      }
      String word = value.strip();
      return switch (measure.kind().reading()) {
        case DONE -> {
          if (!word.equalsIgnoreCase("done")) {
            throw new IllegalArgumentException("a milestone's reading is 'done' or empty, but was '"
                + Cells.brief(word) + "'");
          }
          yield checkIn.done(true);
        }
        // A zone's name may have white space around it, as a measure's text can quote it.
        case ZONE -> checkIn.zone(measure instanceof OrdinalMeasure ordinal
            && ordinal.zones().contains(value) ? value : word);
        case STAGES -> checkIn.stagesDone(Cells.nonEmptyItems(value));
        case VALUE -> checkIn.value(decimals.read(word));
      };
    }

    CheckIn checkIn(CheckInRow row, Measure measure) {
      CheckIn.Builder checkIn = reading(row.date(), row.value(), measure);
      row.confidence().ifPresent(checkIn::confidence);
      row.note().ifPresent(checkIn::note);
      row.author().ifPresent(checkIn::author);
      return checkIn.build();
    }

    // The set.

    OkrSet assemble() {
      for (CheckInRow checkIn : checkIns) {
        KeyResultRow keyResult = keyResultsById.get(checkIn.keyResult());
        if (keyResult == null) {
          reject(checkIn.line(), checkIn.keyResult().value(), header(Field.ID), "the key result "
              + checkIn.keyResult() + " is not in the file or was rejected");
          continue;
        }
        try {
          CheckIn read = checkIn(checkIn, keyResult.keyResult.measure());
          // Fits the measure (a zone it has, a stage it has): checked alone, added all at once.
          KeyResult.builder().from(keyResult.keyResult).checkIns(List.of(read)).build();
          keyResult.checkIns.add(read);
          keyResult.checkInLines.add(checkIn.line());
        } catch (RuntimeException e) {
          reject(checkIn.line(), checkIn.keyResult().value(), header(Field.VALUE), reason(e));
        }
      }
      for (KeyResultRow keyResult : keyResults) {
        if (!keyResult.checkIns.isEmpty()) {
          keyResult.keyResult = KeyResult.builder().from(keyResult.keyResult)
              .addAllCheckIns(keyResult.checkIns).build();
        }
        ObjectiveRow objective = objectives.get(keyResult.objective);
        if (objective == null) {
          String id = keyResult.keyResult.id().value();
          reject(keyResult.line, id, header(Field.PARENT), "the objective "
              + Cells.brief(keyResult.objective) + " is not in the file or was rejected");
          for (int checkInLine : keyResult.checkInLines) {
            reject(checkInLine, id, header(Field.ID), "the key result " + id
                + " is not in the file or was rejected");
          }
        } else {
          objective.keyResults().add(keyResult);
        }
      }
      Set<KeyResultId> placed = new HashSet<>();
      for (ObjectiveRow row : objectives.values()) {
        for (KeyResultRow keyResult : row.keyResults()) {
          placed.add(keyResult.keyResult.id());
        }
      }
      for (ObjectiveRow row : objectives.values()) {
        for (KeyResultRow keyResult : row.keyResults()) {
          for (Contribution contribution : keyResult.keyResult.contributions()) {
            if (!placed.contains(contribution.parent())) {
              problems.add(new RowProblem(keyResult.line, keyResult.keyResult.id().value(),
                  header(Field.PARENT_KEY_RESULTS), "the parent key result "
                      + Cells.brief(contribution.parent().value())
                      + " is not in the file or was rejected; kept as a dangling link", false));
            }
          }
        }
      }
      List<Objective> built = new ArrayList<>(objectives.size());
      for (ObjectiveRow row : objectives.values()) {
        Objective.Builder objective = Objective.builder().from(row.objective());
        for (KeyResultRow keyResult : row.keyResults()) {
          objective.addKeyResults(keyResult.keyResult);
        }
        for (Link link : row.links()) {
          objective.addAlignments(link(row, link));
        }
        built.add(objective.build());
      }
      List<Kpi> kpiList = new ArrayList<>(kpis.size());
      for (KpiRow row : kpis.values()) {
        for (KpiLink link : row.kpi().links()) {
          if (!objectives.containsKey(link.objective().value())) {
            problems.add(new RowProblem(row.line(), row.kpi().id().value(), header(Field.PARENT),
                "the objective " + link.objective() + " is not in the file; kept as a dangling "
                    + "link", false));
          }
        }
        kpiList.add(row.kpi());
      }
      problems.sort(Comparator.comparingInt(RowProblem::row));
      return OkrSet.builder().organization(organization).cycles(List.copyOf(cycles.values()))
          .objectives(built).kpis(kpiList).build();
    }

    /** The link to an objective or key result of the file, or a dangling one (reported). */
    Alignment link(ObjectiveRow row, Link link) {
      if (link.whole().isPresent() && target(link.whole().get()).isPresent()) {
        return Alignment.contributesTo(target(link.whole().get()).get());
      }
      Optional<AlignmentTarget> target = target(link.target());
      if (target.isEmpty()) {
        problems.add(new RowProblem(row.line(), row.objective().id().value(),
            header(Field.PARENT), "the parent " + link.target()
                + " is not in the file; kept as a dangling link", false));
      }
      Alignment alignment = Alignment.of(target.orElse(ObjectiveId.of(link.target())),
          link.kind(), link.weight());
      return Double.isNaN(link.pinned()) ? alignment : alignment.withPinnedShare(link.pinned());
    }

    Optional<AlignmentTarget> target(String id) {
      if (objectives.containsKey(id)) {
        return Optional.of(ObjectiveId.of(id));
      }
      KeyResultId keyResult = KeyResultId.of(id);
      return keyResultsById.containsKey(keyResult) ? Optional.of(keyResult) : Optional.empty();
    }

    // Cells.

    /** The cell as written, its formula neutralisation undone; empty if the table has none. */
    String raw(Field field) {
      int column = columns.index[field.ordinal()];
      if (column < 0 || column >= cells.size()) {
        return "";
      }
      String cell = cells.get(column);
      return format.isFormulaEscaping() ? Cells.restore(cell, decimals) : cell;
    }

    /** The cell without surrounding white space, if not blank. */
    Optional<String> text(Field field) {
      String text = raw(field).strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The cell as it is, surrounding white space included, if not blank. */
    Optional<String> exact(Field field) {
      String text = raw(field);
      return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    String required(Field field) throws Rejection {
      return need(field, text(field));
    }

    String requiredText(Field field) throws Rejection {
      return need(field, exact(field));
    }

    String need(Field field, Optional<String> text) throws Rejection {
      if (text.isPresent()) {
        return text.get();
      }
      if (!columns.has(field)) {
        tableProblem(header(field), "the table has no column " + header(field)
            + ", which rows need");
        throw new Rejection(header(field), "the table has no such column, but the row needs it");
      }
      throw new Rejection(header(field), "is empty, but the row needs it");
    }

    <T> Optional<T> optional(Field field, Parser<T> parser) throws Rejection {
      Optional<String> text = text(field);
      return text.isEmpty() ? Optional.empty() : Optional.of(parse(field, text.get(), parser));
    }

    double number(Field field, String text) throws Rejection {
      return parse(field, text, decimals::read);
    }

    LocalDate date(Field field, String text) throws Rejection {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new Rejection(header(field), "'" + Cells.brief(text)
            + "' is not a date (use 2026-08-17)");
      }
    }

    /** An enum constant by its word ({@code carried-over}), or a rejection listing the words. */
    <E extends Enum<E>> E word(Field field, String text, Class<E> type, String what)
        throws Rejection {
      String name = constant(text);
      List<String> words = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
        words.add(TabularExport.word(constant));
      }
      throw new Rejection(header(field), "'" + Cells.brief(text) + "' is not " + what
          + "; use one of " + words);
    }

    <T> T parse(Field field, String text, Parser<T> parser) throws Rejection {
      try {
        return parser.parse(text);
      } catch (RuntimeException e) {
        throw new Rejection(header(field), reason(e));
      }
    }

    /** A value built from the row's cells; what its construction rejects rejects the row. */
    <T> T build(Supplier<T> builder) throws Rejection {
      try {
        return builder.get();
      } catch (RuntimeException e) {
        throw new Rejection("", reason(e));
      }
    }

    /** The column's header, or the field's name for a layout that has none. */
    String header(Field field) {
      return format.readHeader(field).orElse(field.name());
    }

    void reject(int line, String id, String column, String reason) {
      problems.add(new RowProblem(line, Cells.brief(id, Guards.MAX_ID_LENGTH), column,
          Cells.brief(reason, REASON_LENGTH), true));
    }
  }

  /** The corridor of a corridor cell: everything up to its unit. */
  static Corridor corridor(String cell) {
    return Corridor.parse(cell.substring(0, unitStart(cell)));
  }

  /** The unit of a corridor cell: what follows the corridor, else a plain number. */
  static Unit corridorUnit(String cell) {
    String unit = cell.substring(unitStart(cell)).strip();
    return unit.isEmpty() ? Unit.number() : Unit.parse(unit);
  }

  /**
   * Where a corridor cell's unit starts: after {@code ]}, or after {@code target <number>}. No unit
   * starts with {@code target}, so a target without its number ({@code [1, 2] target},
   * {@code [1, 2] targetx}) stays with the corridor, whose parse names the missing number.
   */
  private static int unitStart(String cell) {
    int close = cell.indexOf(']');
    if (close < 0) {
      return cell.length();
    }
    int at = close + 1;
    String rest = cell.substring(at);
    String stripped = rest.stripLeading();
    if (stripped.startsWith("target")) {
      int number = at + rest.length() - stripped.length() + "target".length();
      while (number < cell.length() && cell.charAt(number) == ' ') {
        number++;
      }
      while (number < cell.length() && !Character.isWhitespace(cell.charAt(number))) {
        number++;
      }
      return number;
    }
    return at;
  }

  /** What an exception says, or its kind if it says nothing. */
  private static String reason(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
