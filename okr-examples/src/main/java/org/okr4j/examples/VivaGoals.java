package org.okr4j.examples;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.okr4j.core.FiscalCalendar;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.Organization;
import org.okr4j.core.Person;
import org.okr4j.core.io.Field;
import org.okr4j.core.io.ImportResult;
import org.okr4j.core.io.Row;
import org.okr4j.core.io.RowProblem;
import org.okr4j.core.io.TabularFormat;
import org.okr4j.core.io.TabularImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A migration off Viva Goals: its import workbook (.xlsx, read with FastExcel's streaming reader)
 * or the same layout as CSV, read through okr-core's {@link TabularImport}.
 *
 * <p>Immutable; {@code with...} methods return configured copies. The layout, its headers in one
 * place ({@link #layout()}; rename a column of a customer's variant with
 * {@link #withHeader(Field, String)}):
 * <table>
 * <caption>Viva Goals' workbook</caption>
 * <tr><th>column</th><th>holds</th></tr>
 * <tr><td>OKR Reference</td><td>the row's own id, unique in the file</td></tr>
 * <tr><td>Parent OKR</td><td>the parent's OKR Reference: an objective's parent objective or key
 *     result, a key result's objective</td></tr>
 * <tr><td>Object Type</td><td>Objective or Key Result (without the column: a row with a metric is
 *     a key result)</td></tr>
 * <tr><td>Type</td><td>Organization, a team's name, or Individual</td></tr>
 * <tr><td>Title, Description</td><td>text</td></tr>
 * <tr><td>Owner</td><td>a person's id (e-mail) or name</td></tr>
 * <tr><td>Time Period</td><td>a cycle label: {@code 2026-Q3}, {@code Q3 2026}, {@code FY2027-Q1},
 *     {@code 2026-H2}, {@code 2026}</td></tr>
 * <tr><td>Metric Type, Start Value, Target Value, Unit</td><td>Increase to, Decrease to, Stay
 *     above, Stay below, Milestone; numbers; %, $, €, £, # or a label</td></tr>
 * <tr><td>Progress</td><td>the key result's current value (a milestone: 100 or done when
 *     reached), dated on the as-of date</td></tr>
 * </table>
 *
 * <p>Reading never throws. Every problem comes back with its row: a team, owner or time period the
 * organisation does not know, a "Decrease to" whose target is above its start, a parent missing
 * from the file. The as-of date that dates each Progress value is an argument, never the file's
 * time: without it, a row with a Progress value is rejected. Viva Goals imports at most
 * {@value #MAX_ROWS} rows a file; a longer file is read whole, with one problem saying so. A
 * workbook larger than 256 MiB, or holding more than 100 000 rows or 2 000 000 cells
 * ({@link FileLimits}; an .xlsx file is compressed, so a small file can unpack into millions), is
 * one problem with the file; rows and cells are counted as each row is read, and reading stops at
 * the cap. A
 * workbook may carry its organisation in sheets named {@code Teams} (Team, Parent Team, Level) and
 * {@code People} (Owner, Name, Team), used when the reader was given no organisation.
 * <pre>{@code
 * ImportResult result = VivaGoals.reader(organization)
 *     .withAsOf(LocalDate.of(2026, 11, 20))
 *     .withHeader(Field.OWNER_PERSON, "Owner e-mail")   // a customer's variant
 *     .read(Path.of("viva-export.xlsx"));
 * }</pre>
 */
public final class VivaGoals {

  private static final Logger LOG = LoggerFactory.getLogger(VivaGoals.class);

  /** Viva Goals' limit of rows in one import file. */
  public static final int MAX_ROWS = 1_000;

  /** The header of a row's own id. */
  public static final String OKR_REFERENCE = "OKR Reference";
  /** The header of the parent's id. */
  public static final String PARENT_OKR = "Parent OKR";
  /** The header of Objective or Key Result. */
  public static final String OBJECT_TYPE = "Object Type";
  /** The header of Organization, a team's name, or Individual. */
  public static final String TYPE = "Type";
  /** The header of the current value. */
  public static final String PROGRESS = "Progress";

  /** The word of {@link #TYPE} for the whole organisation's OKRs. */
  static final String ORGANIZATION = "organization";
  /** The word of {@link #TYPE} for a person's OKRs. */
  static final String INDIVIDUAL = "individual";

  private static final Pattern VIVA_PERIOD = Pattern.compile(
      "(?i)\\s*(Q[1-4]|H[12])\\s+(FY\\s*)?(\\d{4})\\s*");

  private final TabularFormat layout;
  private final Organization organization;
  private final FiscalCalendar calendar;
  private final Optional<LocalDate> asOf;

  private VivaGoals(TabularFormat layout, Organization organization, FiscalCalendar calendar,
      Optional<LocalDate> asOf) {
    this.layout = layout;
    this.organization = organization;
    this.calendar = calendar;
    this.asOf = asOf;
  }

  /** The workbook's layout: Viva Goals' CSV layout with the workbook's headers. */
  public static TabularFormat layout() {
    return TabularFormat.vivaGoals()
        .withHeader(Field.ID, OKR_REFERENCE)
        .withHeader(Field.PARENT, PARENT_OKR)
        .withHeader(Field.TYPE, OBJECT_TYPE)
        .withHeader(Field.LEVEL, TYPE)
        .withHeader(Field.VALUE, PROGRESS);
  }

  /** A reader into {@code organization}, whose teams, people and levels the rows must name. */
  public static VivaGoals reader(Organization organization) {
    return new VivaGoals(layout(), Objects.requireNonNull(organization, "organization"),
        FiscalCalendar.calendarYear(), Optional.empty());
  }

  /** A copy that dates every Progress value on {@code asOf}. */
  public VivaGoals withAsOf(LocalDate asOf) {
    return new VivaGoals(layout, organization, calendar,
        Optional.of(Objects.requireNonNull(asOf, "asOf")));
  }

  /** A copy that dates every Progress value on {@code asOf}, if given. */
  VivaGoals withAsOf(Optional<LocalDate> asOf) {
    return new VivaGoals(layout, organization, calendar, asOf);
  }

  /** A copy that reads time periods in {@code calendar} ({@code FY2027-Q1}). */
  public VivaGoals withCalendar(FiscalCalendar calendar) {
    return new VivaGoals(layout, organization, Objects.requireNonNull(calendar, "calendar"), asOf);
  }

  /**
   * A copy that reads {@code field} under {@code header}: a customer's variant of the workbook.
   * Headers are matched as the workbook writes them, ignoring case and surrounding spaces (not
   * undoing the {@code '} that {@code TabularExport} puts before a header a spreadsheet would
   * evaluate: Viva Goals writes none).
   *
   * @throws IllegalArgumentException as {@link TabularFormat#withHeader(Field, String)}: if
   *     {@code header} is blank or another field is read under it
   */
  public VivaGoals withHeader(Field field, String header) {
    return new VivaGoals(layout.withHeader(field, header), organization, calendar, asOf);
  }

  /** True if {@code header} is the workbook's: it has an OKR Reference column. */
  static boolean isWorkbookLayout(List<String> header) {
    return header.stream().anyMatch(h -> h.strip().equalsIgnoreCase(OKR_REFERENCE));
  }

  /**
   * Reads the first sheet of the workbook {@code file} (and its {@code Teams} and {@code People}
   * sheets when this reader has no organisation).
   */
  public ImportResult read(Path file) {
    return read(file, FileLimits.DEFAULT);
  }

  /**
   * As {@link #read(Path)}, within {@code limits}: a workbook larger, or with more rows or cells,
   * is one problem with the file, and its rows are not kept.
   */
  ImportResult read(Path file, FileLimits limits) {
    try {
      if (Files.isDirectory(file)) {
        return failed(file + " is a directory, not a workbook");
      }
      Optional<String> refused = limits.refusesWorkbook(file.toString(), Files.size(file));
      if (refused.isPresent()) {
        return failed(refused.get());
      }
      try (InputStream in = Files.newInputStream(file);
          ReadableWorkbook workbook = new ReadableWorkbook(in)) {
        Budget budget = new Budget(file.toString(), limits);
        List<Row> rows = rows(workbook.getFirstSheet(), budget);
        VivaGoals reader = this;
        if (organization.units().isEmpty() && organization.people().isEmpty()) {
          Optional<Sheet> teams = workbook.findSheet("Teams");
          Optional<Sheet> people = workbook.findSheet("People");
          if (teams.isPresent() || people.isPresent()) {
            List<Row> teamRows = teams.isPresent() ? rows(teams.get(), budget) : List.of();
            List<Row> peopleRows = people.isPresent() ? rows(people.get(), budget) : List.of();
            try {
              reader = new VivaGoals(layout, WorkbookOrganization.of(teamRows, peopleRows,
                  organization.levels()), calendar, asOf);
            } catch (IllegalArgumentException e) {
              // A loop, a parent that is no team, an unknown level, a repeated name.
              return failed("the workbook's Teams and People sheets make no organisation: "
                  + e.getMessage());
            }
          }
        }
        return reader.readRows(rows);
      }
    } catch (NoSuchFileException e) {
      return failed("there is no file " + file);
    } catch (TooLarge e) {
      LOG.debug("workbook over its limits: {} rows, {} cells", e.rows, e.cells);
      return failed(e.getMessage());

    } catch (IOException | RuntimeException e) {
      // FastExcel throws its own runtime exceptions on a broken workbook.
      LOG.debug("workbook cannot be read: {}", e.getClass().getSimpleName());
      return failed("cannot read " + file + " as an .xlsx workbook: " + e.getMessage());
    }
  }

  /** The rows and cells a workbook's sheets may still hold, counted as they stream. */
  static final class Budget {
    private final String file;
    private final FileLimits limits;
    private long rows;
    private long cells;

    Budget(String file, FileLimits limits) {
      this.file = file;
      this.limits = limits;
    }

    /** Counts a row of {@code cellCount} cells, before its cells are read. */
    void take(String sheet, int cellCount) {
      rows++;
      cells += cellCount;
      if (rows > limits.maxRows() || cells > limits.maxCells()) {
        throw new TooLarge(limits.tooLargeWorkbook(file, sheet, rows, cells), rows, cells);
      }
    }
  }

  /** A workbook over its limits: its rows are not kept. */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long rows;
    private final long cells;

    TooLarge(String message, long rows, long cells) {
      super(message, null, false, false);
      this.rows = rows;
      this.cells = cells;
    }
  }

  /** Reads a sheet's rows, the first as the header; numbers as plain decimals. */
  static List<Row> rows(Sheet sheet) throws IOException {
    return rows(sheet, new Budget("the workbook", FileLimits.DEFAULT));
  }

  /** As {@link #rows(Sheet)}, counting rows and cells against {@code budget}. */
  static List<Row> rows(Sheet sheet, Budget budget) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
      for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>)
          stream::iterator) {
        budget.take(sheet.getName(), row.getCellCount());
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
          cells.add(text(row.getCell(i)));
        }
        if (header == null) {
          if (cells.stream().allMatch(String::isBlank)) {
            continue;
          }
          header = List.copyOf(cells);
        } else if (!cells.stream().allMatch(String::isBlank)) {
          rows.add(Row.of(row.getRowNum(), header, cells));
        }
      }
    }
    return rows;
  }

  /** A cell's text; a number as a plain decimal ({@code 1000000}, not {@code 1.0E6}). */
  private static String text(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    if (cell.getType() == CellType.NUMBER) {
      try {
        return new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException e) {
        return cell.getRawValue();
      }
    }
    String text = cell.getText();
    return text == null ? "" : text;
  }

  /**
   * Reads rows of the workbook's layout (a CSV file's, a sheet's), each with its line: translates
   * Type, Owner, Time Period and Progress into what {@link TabularImport} reads, and reports what
   * the organisation does not know.
   */
  public ImportResult readRows(Iterable<Row> rows) {
    Objects.requireNonNull(rows, "rows");
    Translation translation = new Translation();
    List<Row> translated = new ArrayList<>();
    int count = 0;
    for (Row row : rows) {
      count++;
      if (count == MAX_ROWS + 1) {
        translation.problems.add(new RowProblem(row.line(), "", "", "Viva Goals imports at most "
            + MAX_ROWS + " rows a file, and this is row " + (MAX_ROWS + 1) + ": okr4j reads "
            + "them all, but split the file before importing it into Viva Goals", false));
      }
      translation.row(row).ifPresent(translated::add);
    }
    TabularImport tabular = TabularImport.of(layout).withOrganization(organization)
        .withCalendar(calendar);
    ImportResult result = (asOf.isPresent() ? tabular.withAsOf(asOf.get()) : tabular)
        .readRows(translated);
    List<RowProblem> problems = new ArrayList<>(translation.problems);
    problems.addAll(result.problems());
    problems.sort(Comparator.comparingInt(RowProblem::row));
    LOG.debug("read {} Viva Goals rows, {} rejected before import", count,
        translation.rejected);
    return new ImportResult(result.okrSet(), problems, count);
  }

  private ImportResult failed(String reason) {
    return new ImportResult(OkrSet.builder().organization(organization).build(),
        List.of(new RowProblem(1, "", "", reason, false)), 0);
  }

  @Override
  public String toString() {
    return "VivaGoals[" + layout + ", " + organization + "]";
  }

  /** One read's translation of rows, with what the organisation does not know. */
  private final class Translation {
    final List<RowProblem> problems = new ArrayList<>();
    final Map<List<String>, int[]> columns = new HashMap<>();
    int rejected;
    boolean uncheckedTeams;
    int firstLine;
    // People and teams by lower-case id, and by lower-case name (a name can be several's).
    private Map<String, String> personById;
    private Map<String, List<String>> peopleByName;
    private Map<String, OrgUnit> unitById;
    private Map<String, List<OrgUnit>> unitsByName;

    private void index() {
      if (personById != null) {
        return;
      }
      personById = new HashMap<>();
      peopleByName = new HashMap<>();
      for (Person person : organization.people()) {
        personById.put(person.id().value().toLowerCase(Locale.ROOT), person.id().value());
        peopleByName.computeIfAbsent(person.displayName().toLowerCase(Locale.ROOT),
            k -> new ArrayList<>(1)).add(person.id().value());
      }
      unitById = new HashMap<>();
      unitsByName = new HashMap<>();
      for (OrgUnit unit : organization.units()) {
        unitById.put(unit.id().value().toLowerCase(Locale.ROOT), unit);
        unitsByName.computeIfAbsent(unit.name().toLowerCase(Locale.ROOT),
            k -> new ArrayList<>(1)).add(unit);
      }
    }

    /** The row as the import reads it, or empty if it was rejected here. */
    Optional<Row> row(Row row) {
      int[] at = columns.computeIfAbsent(row.headers(), this::columns);
      firstLine = firstLine == 0 ? row.line() : firstLine;
      List<String> headers = new ArrayList<>(row.headers());
      List<String> cells = new ArrayList<>(row.cells());
      while (cells.size() < headers.size()) {
        cells.add("");
      }
      String id = cell(cells, at[Field.ID.ordinal()]).strip();
      boolean keyResult;
      int objectType = at[Field.TYPE.ordinal()];
      if (objectType < 0) {
        keyResult = !cell(cells, at[Field.MEASURE.ordinal()]).isBlank()
            || !cell(cells, at[Field.TARGET.ordinal()]).isBlank();
        // A column of its own, before any extra cells the row has beyond its headers.
        cells.add(headers.size(), keyResult ? "Key Result" : "Objective");
        headers.add(header(Field.TYPE));
      } else {
        keyResult = cell(cells, objectType).strip().equalsIgnoreCase("key result");
      }
      try {
        owner(headers, cells, at);
        if (!keyResult) {
          type(headers, cells, at);
          period(cells, at);
        }
        progress(cells, at);
      } catch (Rejection e) {
        problems.add(new RowProblem(row.line(), brief(id), e.column, e.getMessage(), true));
        rejected++;
        return Optional.empty();
      }
      return Optional.of(Row.of(row.line(), headers, cells));
    }

    int[] columns(List<String> headers) {
      int[] at = new int[Field.values().length];
      java.util.Arrays.fill(at, -1);
      for (Field field : Field.values()) {
        Optional<String> header = layout.header(field);
        if (header.isPresent()) {
          for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equalsIgnoreCase(header.get())) {
              at[field.ordinal()] = i;
              break;
            }
          }
        }
      }
      return at;
    }

    /** Owner: a person of the organisation by id or name, as their id. */
    void owner(List<String> headers, List<String> cells, int[] at) {
      int column = at[Field.OWNER_PERSON.ordinal()];
      String owner = cell(cells, column).strip();
      if (owner.isEmpty() || organization.people().isEmpty()) {
        return;
      }
      index();
      String key = owner.toLowerCase(Locale.ROOT);
      String id = personById.get(key);
      if (id == null) {
        List<String> named = peopleByName.getOrDefault(key, List.of());
        if (named.size() > 1) {
          throw reject(Field.OWNER_PERSON, "'" + brief(owner) + "' is the name of " + named.size()
              + " people of the organisation; use the person's e-mail or id");
        }
        if (named.isEmpty()) {
          throw reject(Field.OWNER_PERSON, "'" + brief(owner) + "' is no person of the "
              + "organisation; use a person's e-mail or name");
        }
        id = named.get(0);
      }
      cells.set(column, id);
    }

    /** Type: Organization, a team's name or Individual, as a level and an owning unit. */
    void type(List<String> headers, List<String> cells, int[] at) {
      int column = at[Field.LEVEL.ordinal()];
      String type = cell(cells, column).strip();
      if (column < 0 || type.isEmpty()) {
        throw reject(Field.LEVEL, "is empty; use Organization, Individual or a team's name");
      }
      LevelScheme levels = organization.levels();
      int unitColumn = at[Field.OWNER_UNIT.ordinal()];
      if (unitColumn < 0) {
        unitColumn = headers.size();
        cells.add(unitColumn, "");
        headers.add(header(Field.OWNER_UNIT));
      }
      String lower = type.toLowerCase(Locale.ROOT);
      if (lower.equals(ORGANIZATION)) {
        cells.set(column, levels.top().name());
        List<OrgUnit> roots = organization.roots();
        if (roots.size() == 1) {
          cells.set(unitColumn, roots.get(0).id().value());
        }
        return;
      }
      if (lower.equals(INDIVIDUAL)) {
        if (cell(cells, at[Field.OWNER_PERSON.ordinal()]).isBlank()) {
          throw reject(Field.OWNER_PERSON, "is empty, but an Individual OKR needs its owner");
        }
        cells.set(column, levels.bottom().name());
        return;
      }
      if (organization.units().isEmpty()) {
        // No organisation to check against: the team is taken as it is, once said so.
        if (!uncheckedTeams) {
          uncheckedTeams = true;
          problems.add(new RowProblem(Math.max(1, firstLine - 1), "", header(Field.LEVEL), "the "
              + "reader has no organisation, so teams are not checked: each is read as a unit of "
              + "its name at level " + levels.levels().get(Math.max(0, levels.levels().size() - 2))
                  .name() + "; give the reader your organisation to check them", false));
        }
        cells.set(column, levels.levels().get(Math.max(0, levels.levels().size() - 2)).name());
        cells.set(unitColumn, type);
        return;
      }
      index();
      Optional<OrgUnit> team = Optional.ofNullable(unitById.get(lower));
      if (team.isEmpty()) {
        List<OrgUnit> named = unitsByName.getOrDefault(lower, List.of());
        if (named.size() > 1) {
          throw reject(Field.LEVEL, "'" + brief(type) + "' is the name of " + named.size()
              + " teams of the organisation; use the team's id");
        }
        team = named.stream().findFirst();
      }
      if (team.isEmpty()) {
        List<String> names = organization.units().stream().map(OrgUnit::name).limit(10).toList();
        throw reject(Field.LEVEL, "'" + brief(type) + "' is no team of the organisation; use "
            + "Organization, Individual or a team's name, such as " + names);
      }
      cells.set(column, team.get().level().name());
      cells.set(unitColumn, team.get().id().value());
    }

    /** Time Period: Viva's {@code Q3 2026} as {@code 2026-Q3}; the import rejects the unknown. */
    void period(List<String> cells, int[] at) {
      int column = at[Field.CYCLE.ordinal()];
      Matcher viva = VIVA_PERIOD.matcher(cell(cells, column));
      if (column >= 0 && viva.matches()) {
        cells.set(column, (viva.group(2) == null ? "" : "FY") + viva.group(3) + "-"
            + viva.group(1).toUpperCase(Locale.ROOT));
      }
    }

    /** Progress of a milestone: 100 (or 100 %) and done mean done, 0 means not yet. */
    void progress(List<String> cells, int[] at) {
      int column = at[Field.VALUE.ordinal()];
      String metric = cell(cells, at[Field.MEASURE.ordinal()]).strip();
      if (column < 0 || !metric.equalsIgnoreCase("milestone")) {
        return;
      }
      String value = cell(cells, column).strip().replace(" ", "").toLowerCase(Locale.ROOT);
      switch (value) {
        case "100", "100%", "1", "done", "achieved", "true" -> cells.set(column, "done");
        case "0", "0%", "", "false" -> cells.set(column, "");
        default -> throw reject(Field.VALUE, "'" + brief(value) + "' is no milestone's "
            + "progress; use 100 when it is reached, 0 when not");
      }
    }

    String header(Field field) {
      return layout.header(field).orElse(field.name());
    }

    Rejection reject(Field field, String reason) {
      return new Rejection(header(field), reason);
    }
  }

  /** A cell the organisation does not know: its row is rejected with the column and reason. */
  private static final class Rejection extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String column;

    Rejection(String column, String reason) {
      super(reason, null, false, false);
      this.column = column;
    }
  }

  private static String cell(List<String> cells, int column) {
    return column < 0 || column >= cells.size() ? "" : cells.get(column);
  }

  private static String brief(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
