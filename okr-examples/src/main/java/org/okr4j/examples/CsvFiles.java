package org.okr4j.examples;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okr4j.core.Organization;
import org.okr4j.core.io.ExportResult;
import org.okr4j.core.io.ImportResult;
import org.okr4j.core.io.RowProblem;
import org.okr4j.core.io.TabularExport;
import org.okr4j.core.io.TabularFormat;
import org.okr4j.core.io.TabularImport;

/**
 * CSV files in and out of okr4j's tabular import and export, through FastCSV.
 *
 * <p>The layout is told from the header: okr4j's template has a {@code type} and an {@code id}
 * column, Viva Goals' a {@code Title} and a {@code Time Period}. A record with fewer cells than the
 * header is read with the missing cells empty, and one with more is rejected; both are reported
 * with the import's own problems, by record number (the header is record 1).
 * <pre>{@code
 * ImportResult result = CsvFiles.read(Path.of("okrs.csv"));
 * CsvFiles.write(Path.of("out.csv"), TabularExport.of(TabularFormat.okr4j()).write(set));
 * }</pre>
 */
public final class CsvFiles {

  private CsvFiles() {}

  /** Reads {@code file} in the layout its header names, into an empty organisation. */
  public static ImportResult read(Path file) {
    return read(file, Organization.empty());
  }

  /**
   * Reads {@code file} in the layout its header names, with levels and units from
   * {@code organization}; a Viva Goals file's current values are dated on the file's last
   * modification day.
   */
  public static ImportResult read(Path file, Organization organization) {
    List<RowProblem> problems = new ArrayList<>();
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file,
        StandardCharsets.UTF_8)) {
      int number = 0;
      for (CsvRecord record : reader) {
        number++;
        if (number == 1) {
          for (String field : record.getFields()) {
            header.add(header.isEmpty() ? field.replace("\uFEFF", "") : field);
          }
          continue;
        }
        if (record.getFieldCount() > header.size()) {
          problems.add(new RowProblem(number, "", "", "has " + record.getFieldCount()
              + " cells, but the header has " + header.size(), true));
          rows.add(Map.of());
          continue;
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < record.getFieldCount() ? record.getField(i) : "");
        }
        rows.add(row);
      }
      TabularFormat format = formatOf(header);
      TabularImport tabular = TabularImport.of(format).withOrganization(organization)
          .withAsOf(java.time.LocalDate.ofInstant(java.nio.file.Files.getLastModifiedTime(file)
              .toInstant(), java.time.ZoneOffset.UTC));
      List<Map<String, String>> wellFormed = new ArrayList<>();
      for (Map<String, String> row : rows) {
        wellFormed.add(row.isEmpty() ? blank(header) : row);
      }
      ImportResult result = tabular.read(wellFormed);
      List<RowProblem> all = new ArrayList<>(problems);
      // A rejected over-long record was replaced by a blank row; its own problem says why.
      java.util.Set<Integer> replaced = new java.util.HashSet<>();
      problems.forEach(problem -> replaced.add(problem.row()));
      for (RowProblem problem : result.problems()) {
        if (!replaced.contains(problem.row())) {
          all.add(problem);
        }
      }
      all.sort(java.util.Comparator.comparingInt(RowProblem::row));
      return new ImportResult(result.okrSet(), all, result.rows());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.toAbsolutePath() + ": " + e, e);
    }
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
  public static List<RowProblem> write(Path file, org.okr4j.core.OkrSet set) {
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

  private static Map<String, String> blank(List<String> header) {
    Map<String, String> row = new LinkedHashMap<>();
    header.forEach(h -> row.put(h, ""));
    return row;
  }
}
