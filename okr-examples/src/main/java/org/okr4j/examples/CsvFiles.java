package org.okr4j.examples;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.okr4j.core.OkrSet;
import org.okr4j.core.Organization;
import org.okr4j.core.io.ExportResult;
import org.okr4j.core.io.ImportResult;
import org.okr4j.core.io.Row;
import org.okr4j.core.io.RowProblem;
import org.okr4j.core.io.TabularExport;
import org.okr4j.core.io.TabularFormat;
import org.okr4j.core.io.TabularImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSV files in and out of okr4j's tabular import and export, through FastCSV.
 *
 * <p>Reading never throws and never drops a row without a word. The layout is told from the
 * header: okr4j's template has a {@code type} and an {@code id} column, Viva Goals' workbook an
 * {@code OKR Reference} (see {@link VivaGoals}), Viva Goals' older CSV layout a {@code Title} and
 * a {@code Time Period}. Problems carry the file's line (a record with a quoted line break spans
 * lines), and problems with the whole file are reported once:
 * <ul>
 *   <li>a file that cannot be read (missing, a directory), or that is larger than 256 MiB or than
 *       an eighth of the heap ({@link FileLimits}): one problem, the file refused before it is
 *       read;
 *   <li>bytes that are not UTF-8, named by offset and line (see {@link FileText}; UTF-16 with a
 *       byte-order mark is decoded);
 *   <li>a header of one column holding {@code ;} or a tab: the file is probably {@code ;}- or
 *       tab-separated, and is read so;
 *   <li>a cell longer than {@value #MAX_CELL} characters: its row is rejected;
 *   <li>a quote that never closes, or whose cell runs over whole rows: the quote is taken out so
 *       the rows after it are read, and the row it opened in is rejected, naming the line;
 *   <li>missing, repeated or unknown columns, as {@link TabularImport} reports them.
 * </ul>
 * <pre>{@code
 * ImportResult result = CsvFiles.read(Path.of("okrs.csv"), organization, LocalDate.of(2026, 11, 20));
 * CsvFiles.write(Path.of("out.csv"), TabularExport.of(TabularFormat.okr4j()).write(set));
 * }</pre>
 */
public final class CsvFiles {

  private static final Logger LOG = LoggerFactory.getLogger(CsvFiles.class);

  /** The longest cell read, in characters: 1 MiB. A longer one is a file that went wrong. */
  static final int MAX_CELL = 1 << 20;

  /** How many hiding quotes one file may have taken out before reading gives up on quotes. */
  private static final int MAX_QUOTE_FIXES = 100;

  private CsvFiles() {}

  /** Reads {@code file} in the layout its header names, into an empty organisation. */
  public static ImportResult read(Path file) {
    return read(file, Organization.empty());
  }

  /**
   * Reads {@code file} in the layout its header names, with levels and units from
   * {@code organization}; a Viva Goals file's current values need an as-of date, so its key
   * results with one are rejected (use {@link #read(Path, Organization, LocalDate)}).
   */
  public static ImportResult read(Path file, Organization organization) {
    return read(file, organization, Optional.empty());
  }

  /**
   * Reads {@code file} in the layout its header names, with levels, units and people from
   * {@code organization}; a Viva Goals file's current values are dated {@code asOf} (never the
   * file's time).
   */
  public static ImportResult read(Path file, Organization organization, LocalDate asOf) {
    return read(file, organization, Optional.of(asOf));
  }

  private static ImportResult read(Path file, Organization organization,
      Optional<LocalDate> asOf) {
    return read(table(file), organization, asOf);
  }

  /** Reads a CSV file's bytes, as {@link #read(Path, Organization, LocalDate)} reads a file. */
  static ImportResult read(byte[] bytes, Organization organization, Optional<LocalDate> asOf) {
    List<RowProblem> problems = new ArrayList<>();
    FileText decoded = FileText.decode(bytes);
    decoded.problem().ifPresent(p -> problems.add(fileProblem(p.line(), p.reason())));
    return read(table(decoded.text(), problems), organization, asOf);
  }

  private static ImportResult read(Table table, Organization organization,
      Optional<LocalDate> asOf) {
    ImportResult result;
    if (table.header().isEmpty()) {
      result = new ImportResult(OkrSet.builder().organization(organization).build(), List.of(), 0);
    } else if (VivaGoals.isWorkbookLayout(table.header())) {
      result = VivaGoals.reader(organization).withAsOf(asOf).readRows(table.rows());
    } else {
      TabularImport tabular = TabularImport.of(formatOf(table.header()))
          .withOrganization(organization);
      result = (asOf.isPresent() ? tabular.withAsOf(asOf.get()) : tabular)
          .readRows(table.rows());
    }
    List<RowProblem> problems = new ArrayList<>(table.problems());
    problems.addAll(result.problems());
    problems.sort(Comparator.comparingInt(RowProblem::row));
    LOG.debug("read {} records, {} problems with the file", table.rows().size(),
        table.problems().size());
    return new ImportResult(result.okrSet(), problems, result.rows() + table.skipped());
  }

  /**
   * A file's table: its header, its rows with their lines, the problems with the file, and how
   * many rows it rejected itself (not among the rows).
   */
  record Table(List<String> header, List<Row> rows, List<RowProblem> problems, int skipped,
      Optional<String> fatal) {}

  /**
   * A file read for a program: the result, and why the file could not be read at all or not to
   * its end, if it could not (a program says so in one line and stops).
   */
  record FileRead(ImportResult result, Optional<String> fatal) {

    /** A result read whole, or not at all: fatal if it has no row and a problem with the file. */
    static FileRead of(ImportResult result) {
      return new FileRead(result, result.rows() > 0 ? Optional.empty()
          : result.problems().stream().filter(p -> p.id().isEmpty() && p.column().isEmpty())
              .map(RowProblem::reason).findFirst());
    }
  }

  /** Reads {@code file} as {@link #read(Path, Organization, LocalDate)} does, for a program. */
  static FileRead readFile(Path file, Organization organization, Optional<LocalDate> asOf) {
    return readFile(file, organization, asOf, FileLimits.DEFAULT);
  }

  /** As {@link #readFile(Path, Organization, Optional)}, within {@code limits}. */
  static FileRead readFile(Path file, Organization organization, Optional<LocalDate> asOf,
      FileLimits limits) {
    Table table = table(file, limits);
    FileRead read = FileRead.of(read(table, organization, asOf));
    return table.fatal().isPresent() ? new FileRead(read.result(), table.fatal()) : read;
  }

  /** Reads {@code file} as a table, reporting what is wrong with it as a file. */
  static Table table(Path file) {
    return table(file, FileLimits.DEFAULT);
  }

  /** As {@link #table(Path)}, refusing a file larger than {@code limits} take. */
  static Table table(Path file, FileLimits limits) {
    List<RowProblem> problems = new ArrayList<>();
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        return failed(file + " is a directory, not a CSV file");
      }
      Optional<String> refused = limits.refusesCsv(file.toString(), Files.size(file));
      if (refused.isPresent()) {
        return failed(refused.get());
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return failed("there is no file " + file);
    } catch (IOException | RuntimeException e) {
      return failed("cannot read " + file + ": " + e.getMessage());
    }
    FileText decoded = FileText.decode(bytes);
    decoded.problem().ifPresent(p -> problems.add(fileProblem(p.line(), p.reason())));
    return table(decoded.text(), problems);
  }

  /** The cells of the first line of {@code text}, split at every separator, quotes or not. */
  static int plainCells(String text, char separator) {
    int cells = 1;
    for (int i = 0; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
      cells += text.charAt(i) == separator ? 1 : 0;
    }
    return cells;
  }

  /** Reads CSV {@code text} as a table, adding to {@code problems}. */
  static Table table(String text, List<RowProblem> problems) {
    return table(text, problems, new CsvQuotes.Work());
  }

  /** As {@link #table(String, List)}, counting the quote scans' {@code work}. */
  static Table table(String text, List<RowProblem> problems, CsvQuotes.Work work) {
    char separator = ',';
    List<String> header = firstRecord(text, separator);
    if (header.isEmpty()) {
      problems.add(fileProblem(1, "the file is empty: it has no header"));
      return new Table(List.of(), List.of(), problems, 0, Optional.empty());
    }
    if (header.size() == 1) {
      for (char other : new char[] {';', '\t'}) {
        if (header.get(0).indexOf(other) >= 0) {
          separator = other;
          String name = other == ';' ? "';'" : "a tab";
          problems.add(fileProblem(1, "the header holds " + name + " and no ',': the file is "
              + "probably " + (other == ';' ? ";" : "tab") + "-separated, and was read so"));
          header = firstRecord(text, separator);
          break;
        }
      }
    }
    TreeMap<Integer, String> hidingQuotes = new TreeMap<>();
    StringBuilder fixed = new StringBuilder(text);
    int from = 0;
    int fromLine = 1;
    // A quote at a header cell's start makes the header a record of many lines, as wide as the
    // rows it swallowed: the header's own line, split plainly, says how wide a row is.
    int width = header.stream().anyMatch(h -> h.indexOf('\n') >= 0 || h.indexOf('\r') >= 0)
        ? plainCells(text, separator) : header.size();
    for (int fixes = 0; ; fixes++) {
      Optional<CsvQuotes.Suspect> suspect = CsvQuotes.find(fixed, separator, width, from,
          fromLine, work);
      if (suspect.isEmpty()) {
        break;
      }
      if (fixes == MAX_QUOTE_FIXES) {
        problems.add(fileProblem(suspect.get().line(), "more than " + MAX_QUOTE_FIXES + " quotes "
            + "hide rows; from line " + suspect.get().line() + " on, rows may be read as cells of "
            + "others: check the file's quoting"));
        break;
      }
      CsvQuotes.Suspect quote = suspect.get();
      fixed.deleteCharAt(quote.offset());
      from = quote.offset();
      fromLine = quote.line();
      hidingQuotes.putIfAbsent(quote.line(), quote.closingLine() == 0
          ? "a quote opened on line " + quote.line() + " never closes, which made the rest of "
              + "the file one cell: the quote was taken out and the lines after it read as rows"
          : "a quote opened on line " + quote.line() + " closes only on line "
              + quote.closingLine() + ", which made whole rows one cell: the quote was taken out "
              + "and those lines read as rows");
    }
    if (!hidingQuotes.isEmpty()) {
      // A quote taken out of the header changes what the header reads.
      List<String> fixedHeader = firstRecord(fixed.toString(), separator);
      header = fixedHeader.isEmpty() ? header : fixedHeader;
    }
    List<Row> rows = new ArrayList<>();
    int skipped = 0;
    int idColumn = idColumn(header);
    int lastLine = 1;
    Optional<String> fatal = Optional.empty();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator)
        .ignoreDifferentFieldCount(true).ofCsvRecord(fixed.toString())) {
      // Each record is taken once the next one starts: a quote taken out anywhere in its lines
      // (a record spans several when a cell holds a line break) belongs to it.
      CsvRecord pending = null;
      boolean first = true;
      for (CsvRecord record : reader) {
        int line = (int) record.getStartingLineNumber();
        if (pending != null) {
          int taken = take(pending, line, first, header, idColumn, hidingQuotes, rows, problems);
          skipped += taken == TAKEN ? 0 : 1;
          fatal = taken == HUGE && fatal.isEmpty() ? Optional.of(lastReason(problems)) : fatal;
          first = false;
        }
        pending = record;
        lastLine = line;
      }
      if (pending != null) {
        int taken = take(pending, Integer.MAX_VALUE, first, header, idColumn, hidingQuotes, rows,
            problems);
        skipped += taken == TAKEN ? 0 : 1;
        fatal = taken == HUGE && fatal.isEmpty() ? Optional.of(lastReason(problems)) : fatal;
      }
      // A quote in no record's lines (after the last one, say) is still named.
      hidingQuotes.forEach((line, reason) -> problems.add(fileProblem(line, reason)));
    } catch (IOException | RuntimeException e) {
      // FastCSV stops at a cell longer than its buffer; the rows before it are kept.
      String reason = "cannot read the file after line " + lastLine + ": "
          + brief(String.valueOf(e.getMessage()));
      problems.add(fileProblem(lastLine + 1, reason));
      return new Table(header, rows, problems, skipped, Optional.of(reason));
    }
    return new Table(header, rows, problems, skipped, fatal);
  }

  private static final int TAKEN = 0;
  private static final int REJECTED = 1;
  private static final int HUGE = 2;

  /**
   * Takes one record that ends before line {@code next}: the header (only its quotes are named),
   * a row a hiding quote broke ({@code REJECTED}), a row with a huge cell ({@code HUGE}), each
   * with its problem, or a row ({@code TAKEN}).
   */
  private static int take(CsvRecord record, int next, boolean header, List<String> columns,
      int idColumn, TreeMap<Integer, String> hidingQuotes, List<Row> rows,
      List<RowProblem> problems) {
    int line = (int) record.getStartingLineNumber();
    SortedMap<Integer, String> quotes = hidingQuotes.subMap(line, next);
    if (header) {
      quotes.forEach((at, reason) -> problems.add(fileProblem(at, "in the header: " + reason)));
      quotes.clear();
      return TAKEN;
    }
    if (!quotes.isEmpty()) {
      String id = idColumn >= 0 && idColumn < record.getFieldCount()
          ? record.getField(idColumn).strip() : "";
      problems.add(new RowProblem(line, brief(id), "", quotes.get(quotes.firstKey()), true));
      quotes.clear();
      return REJECTED;
    }
    Optional<String> huge = record.getFields().stream()
        .filter(cell -> cell.length() > MAX_CELL).findFirst();
    if (huge.isPresent()) {
      String reason = "line " + line + " holds a cell of " + huge.get().length()
          + " characters, and cells are read up to " + MAX_CELL + ": is a quote missing?";
      problems.add(new RowProblem(line, "", "", reason, true));
      return HUGE;
    }
    rows.add(Row.of(line, columns, record.getFields()));
    return TAKEN;
  }

  private static String lastReason(List<RowProblem> problems) {
    return problems.get(problems.size() - 1).reason();
  }

  private static List<String> firstRecord(String text, char separator) {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator)
        .ignoreDifferentFieldCount(true).ofCsvRecord(text)) {
      for (CsvRecord record : reader) {
        List<String> header = new ArrayList<>(record.getFields());
        header.set(0, header.get(0).replace("\uFEFF", ""));
        return header;
      }
      return List.of();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static int idColumn(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (name.equals("id") || name.equals(VivaGoals.OKR_REFERENCE.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  private static Table failed(String reason) {
    return new Table(List.of(), List.of(), List.of(fileProblem(1, reason)), 0, Optional.empty());
  }

  private static RowProblem fileProblem(int line, String reason) {
    return new RowProblem(line, "", "", reason, false);
  }

  private static String brief(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  /** Writes an export as a CSV file, header first. */
  public static void write(Path file, ExportResult export) {
    try (CsvWriter writer = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
      writer.writeRecord(export.headers());
      for (Map<String, String> row : export.rows()) {
        writer.writeRecord(row.values());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Writes the set in okr4j's layout; returns what the layout could not hold. */
  public static List<RowProblem> write(Path file, OkrSet set) {
    ExportResult export = TabularExport.of(TabularFormat.okr4j()).write(set);
    write(file, export);
    return export.problems();
  }

  static TabularFormat formatOf(List<String> header) {
    List<String> lower = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    if (lower.contains("time period") && lower.contains("title")) {
      return TabularFormat.vivaGoals();
    }
    return TabularFormat.okr4j();
  }
}
