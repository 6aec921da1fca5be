package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.Organization;
import org.okr4j.core.io.ImportResult;
import org.okr4j.core.io.RowProblem;

/** Problems with a CSV file as a file: reported once, with the file's lines, never thrown. */
class CsvFileProblemsTest {

  static final String HEADER = "type,id,title,level,cycle,parent,measure";

  static final String CAFE = HEADER + "\n"
      + "objective,o-1,Café for everyone,company,2026-Q3,,\n"
      + "key-result,kr-1,Open two cafés,,,o-1,linear 0 -> 2\n";

  @TempDir
  Path directory;

  Path file(String name, byte[] bytes) throws Exception {
    Path file = directory.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  Path file(String text) throws Exception {
    return file("okrs.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> problems(ImportResult result) {
    return result.problems().stream().map(RowProblem::toString).toList();
  }

  @Nested
  class Encoding {
    @Test
    void latin1IsReadAsWindows1252AndSaidSoNamingTheFirstBadByte() throws Exception {
      byte[] bytes = CAFE.getBytes(StandardCharsets.ISO_8859_1);
      int offset = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('é');
      ImportResult result = CsvFiles.read(file("latin1.csv", bytes));
      assertThat(problems(result)).containsExactly("row 2: the file is not UTF-8 at byte "
          + offset + " (line 2: 0xE9), and holds no UTF-8 character: read as Windows-1252 "
          + "(Latin-1); save it as UTF-8");
      assertThat(result.okrSet().objective(ObjectiveId.of("o-1")).orElseThrow().title())
          .isEqualTo("Café for everyone");
    }

    @Test
    void aBadByteAmongUtf8IsReplacedAndSaidSo() throws Exception {
      byte[] bytes = CAFE.replace("two", "tXo").getBytes(StandardCharsets.UTF_8);
      int offset = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('X');
      bytes[offset] = (byte) 0xFF;
      ImportResult result = CsvFiles.read(file("mixed.csv", bytes));
      assertThat(problems(result)).hasSize(1);
      assertThat(problems(result).get(0)).startsWith("row 3: the file is not UTF-8 at byte "
          + offset + " (line 3: 0xFF); 1 byte that is not UTF-8 read as U+FFFD");
      assertThat(result.okrSet().keyResult(KeyResultId.of("kr-1"))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithAByteOrderMarkIsDecoded(String charset) throws Exception {
      byte[] text = ("\uFEFF" + CAFE).getBytes(java.nio.charset.Charset.forName(charset));
      ImportResult result = CsvFiles.read(file("utf16.csv", text));
      assertThat(result.problems()).isEmpty();
      assertThat(result.okrSet().objective(ObjectiveId.of("o-1")).orElseThrow().title())
          .isEqualTo("Café for everyone");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsDecodedAndSaidSo() throws Exception {
      ImportResult result = CsvFiles.read(file("utf16.csv",
          CAFE.getBytes(StandardCharsets.UTF_16LE)));
      assertThat(problems(result)).containsExactly("row 1: the file has no byte-order mark, but "
          + "every other byte is 0: read as UTF-16LE; save it as UTF-8");
      assertThat(result.okrSet().keyResult(KeyResultId.of("kr-1"))).isPresent();
    }

    @Test
    void aUtf8ByteOrderMarkIsNoPartOfTheFirstHeader() throws Exception {
      ImportResult result = CsvFiles.read(file("\uFEFF" + CAFE));
      assertThat(result.problems()).isEmpty();
      assertThat(result.okrSet().objectives()).hasSize(1);
    }
  }

  @Nested
  class Columns {
    @Test
    void aMissingColumnIsReportedOnce() throws Exception {
      ImportResult result = CsvFiles.read(file("type,id,level,cycle\n"
          + "objective,o-1,company,2026-Q3\nobjective,o-2,company,2026-Q3\n"));
      assertThat(result.problems()).filteredOn(p -> p.id().isEmpty()).extracting(
          RowProblem::toString).containsExactly("row 1, column title: the table has no column "
          + "title, which rows need");
      assertThat(result.rejectedRows()).isEqualTo(2);
    }

    @Test
    void aRepeatedColumnIsReportedOnce() throws Exception {
      ImportResult result = CsvFiles.read(file("type,id,title,title,cycle\n"
          + "objective,o-1,First,Second,2026-Q3\nobjective,o-2,Third,Fourth,2026-Q3\n"));
      assertThat(problems(result)).containsExactly("row 1, column title: the column title "
          + "appears again as column 4; only the first is read");
      assertThat(result.okrSet().objectives()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "\t"})
    void aFileSeparatedOtherwiseIsSaidToBeAndReadSo(String separator) throws Exception {
      ImportResult result = CsvFiles.read(file(CAFE.replace(",", separator)));
      assertThat(problems(result)).containsExactly("row 1: the header holds "
          + (separator.equals(";") ? "';'" : "a tab") + " and no ',': the file is probably "
          + (separator.equals(";") ? ";" : "tab") + "-separated, and was read so");
      assertThat(result.okrSet().keyResult(KeyResultId.of("kr-1"))).isPresent();
    }
  }

  @Nested
  class Quotes {
    @Test
    void problemsNameTheFilesLineNotTheRecordsNumber() throws Exception {
      ImportResult result = CsvFiles.read(file(HEADER + "\n"
          + "objective,o-1,\"A title\nover\nthree lines\",company,2026-Q3,,\n"
          + "key-result,kr-1,NPS,,,o-1,linear 31 -> forty\n"));
      assertThat(result.problems()).extracting(RowProblem::row).containsExactly(5);
    }

    @Test
    void aQuoteThatNeverClosesIsNamedAndTheRowsAfterItAreRead() throws Exception {
      ImportResult result = CsvFiles.read(file(HEADER + "\n"
          + "objective,o-1,Delight customers,company,2026-Q3,,\n"
          + "objective,o-2,\"Grow revenue,company,2026-Q3,,\n"
          + "key-result,kr-1,NPS,,,o-1,linear 31 -> 45\n"
          + "key-result,kr-2,Revenue,,,o-2,linear 1 -> 2\n"
          + "objective,o-3,Hire well,company,2026-Q3,,\n"));
      assertThat(problems(result)).containsExactly("row 3 (o-2): a quote opened on line 3 never"
          + " closes, which made the rest of the file one cell: the quote was taken out and the "
          + "lines after it read as rows; row rejected",
          "row 5 (kr-2), column parent: the objective o-2 is not in the file or was rejected; "
          + "row rejected");
      assertThat(result.okrSet().objectives()).extracting(o -> o.id().value())
          .containsExactly("o-1", "o-3");
      assertThat(result.okrSet().keyResult(KeyResultId.of("kr-1"))).isPresent();
      assertThat(result.rows()).isEqualTo(5);
    }

    @Test
    void aStrayQuotePairedWithOneFurtherDownIsNamedAndTheRowsBetweenAreRead() throws Exception {
      ImportResult result = CsvFiles.read(file(HEADER + "\n"
          + "objective,o-1,\"Delight customers,company,2026-Q3,,\n"
          + "key-result,kr-1,NPS,,,o-1,linear 31 -> 45\n"
          + "key-result,kr-2,\"Revenue, online\",,,o-1,linear 1 -> 2\n"
          + "objective,o-3,Hire well,company,2026-Q3,,\n"));
      assertThat(problems(result)).first().asString().startsWith("row 2 (o-1): a quote opened "
          + "on line 2 closes only on line 4, which made whole rows one cell");
      assertThat(result.okrSet().objective(ObjectiveId.of("o-3"))).isPresent();
      assertThat(result.rows()).isEqualTo(4);
    }

    /** One quoted cell of {@code n} lines of {@code ""}, then 300 rows that open a quote. */
    static String quotedLinesThenStrayQuotes(int n) {
      StringBuilder text = new StringBuilder(HEADER).append("\nobjective,o-1,\"")
          .append("\"\"\n".repeat(n)).append("\",company,2026-Q3,,\n");
      for (int i = 2; i < 300; i++) {
        text.append("objective,\"o-").append(i).append(",x,company,2026-Q3,,\n");
      }
      return text.toString();
    }

    /** A quote that never closes, over {@code n} lines that each open and close a quote. */
    static String unclosedQuoteOverQuotingLines(int n) {
      return HEADER + "\nobjective,o-1,\"Delight" + "\nx,\"y\",z".repeat(n) + "\n";
    }

    /** {@code n} rows that each open a quote in their first cell and close it two rows on. */
    static String quotesClosingRowsLater(int n) {
      StringBuilder text = new StringBuilder(HEADER).append('\n');
      for (int i = 0; i < n; i++) {
        text.append(i % 2 == 0 ? "\"" : "").append("objective,o-").append(i)
            .append(",x,company,2026-Q3,,\"\n");
      }
      return text.toString();
    }

    static String hostile(String name, int n) {
      return switch (name) {
        case "quotedLinesThenStrayQuotes" -> quotedLinesThenStrayQuotes(n);
        case "unclosedQuoteOverQuotingLines" -> unclosedQuoteOverQuotingLines(n);
        default -> quotesClosingRowsLater(n);
      };
    }

    static long work(String text) {
      CsvQuotes.Work work = new CsvQuotes.Work();
      CsvFiles.table(text, new java.util.ArrayList<>(), work);
      return work.chars();
    }

    @ParameterizedTest
    @ValueSource(strings = {"quotedLinesThenStrayQuotes", "unclosedQuoteOverQuotingLines",
        "quotesClosingRowsLater"})
    void hostileQuotingIsScannedInLinearWork(String hostile) {
      String small = hostile(hostile, 20_000);
      String large = hostile(hostile, 40_000);
      long smallWork = work(small);
      long largeWork = work(large);
      // Linear: twice the text, about twice the work, and a few looks at each character (the
      // scan, the check of a quoted cell's lines, the cells of each line: up to about 4.3 here);
      // a quadratic scan would look thousands of times and do four times the work.
      assertThat(smallWork).isGreaterThanOrEqualTo(small.length() / 2);
      assertThat(largeWork).isLessThanOrEqualTo(8L * large.length());
      assertThat((double) largeWork / smallWork).isLessThan(2.2);
    }

    @Test
    void hostileQuotingIsReadWithEveryRowAccountedFor() throws Exception {
      ImportResult result = CsvFiles.read(file(quotedLinesThenStrayQuotes(200_000)));
      assertThat(problems(result)).anyMatch(p -> p.contains("more than 100 quotes hide rows"));
    }

    @Test
    void aQuoteHiddenInALaterLineOfAMultiLineRowRejectsThatRow() throws Exception {
      ImportResult result = CsvFiles.read(file(HEADER + "\n"
          + "objective,o-1,\"Delight\ncustomers\",company,\"2026-Q3,,\n"
          + "key-result,kr-1,NPS,,,o-1,linear 31 -> 45\n"
          + "objective,o-2,Hire well,company,2026-Q3,,\n"));
      assertThat(problems(result)).first().asString().startsWith("row 2 (o-1): a quote opened "
          + "on line 3 never closes");
      assertThat(result.okrSet().objective(ObjectiveId.of("o-1"))).isEmpty();
      assertThat(result.okrSet().objective(ObjectiveId.of("o-2"))).isPresent();
    }

    @Test
    void aQuoteHiddenInTheHeaderIsNamed() throws Exception {
      ImportResult result = CsvFiles.read(file(HEADER.replaceFirst(",", ",\"") + "\n"
          + "objective,o-1,Delight customers,company,2026-Q3,,\n"));
      assertThat(problems(result)).first().asString().startsWith("row 1: in the header: a quote"
          + " opened on line 1");
      assertThat(result.okrSet().objective(ObjectiveId.of("o-1"))).isPresent();
    }

    /**
     * A quote at a header cell's start paired with one rows further down (the sample file, damaged
     * so, lost its header): the rows it swallowed are found by the header's own width.
     */
    @Test
    void aQuoteInTheHeaderPairedWithOneFurtherDownIsNamedAndTheRowsBetweenAreRead()
        throws Exception {
      ImportResult result = CsvFiles.read(file(HEADER.replace(",title", ",\"title") + "\n"
          + "objective,o-1,Delight customers,company,2026-Q3,,\n"
          + "key-result,kr-1,NPS,,,o-1,linear 31 -> 45\n"
          + "key-result,kr-2,\"Revenue, online\",,,o-1,linear 1 -> 2\n"));
      assertThat(problems(result)).first().asString().startsWith("row 1: in the header: a quote"
          + " opened on line 1 closes only on line 4");
      assertThat(result.okrSet().objective(ObjectiveId.of("o-1"))).isPresent();
      assertThat(result.okrSet().keyResult(KeyResultId.of("kr-1"))).isPresent();
    }

    @Test
    void aQuotedCellOverLinesThatAreNoRowsIsText() throws Exception {
      ImportResult result = CsvFiles.read(file(HEADER + "\n"
          + "objective,o-1,\"Delight, customers\nand, partners\",company,2026-Q3,,\n"));
      assertThat(result.problems()).isEmpty();
      assertThat(result.okrSet().objective(ObjectiveId.of("o-1")).orElseThrow().title())
          .isEqualTo("Delight, customers\nand, partners");
    }
  }

  @Nested
  class Files_ {
    @Test
    void aMissingFileIsOneProblem() {
      ImportResult result = CsvFiles.read(directory.resolve("nothing.csv"));
      assertThat(problems(result)).containsExactly("row 1: there is no file "
          + directory.resolve("nothing.csv"));
      assertThat(result.rows()).isZero();
    }

    @Test
    void aDirectoryIsOneProblem() {
      assertThat(problems(CsvFiles.read(directory))).containsExactly("row 1: " + directory
          + " is a directory, not a CSV file");
    }

    @Test
    void anEmptyFileIsOneProblem() throws Exception {
      assertThat(problems(CsvFiles.read(file("")))).containsExactly(
          "row 1: the file is empty: it has no header");
    }

    @Test
    void aHugeCellIsTheRowsProblem() throws Exception {
      ImportResult result = CsvFiles.read(file(HEADER + "\nobjective,o-1," + "x".repeat(200_000)
          + ",company,2026-Q3,,\nobjective,o-2,Fine,company,2026-Q3,,\n"));
      assertThat(result.problems()).extracting(RowProblem::row).containsExactly(2);
      assertThat(result.problems().get(0).reason()).hasSizeLessThan(1_100);
      assertThat(result.okrSet().objective(ObjectiveId.of("o-2"))).isPresent();
    }

    @Test
    void aFileLargerThanTheLimitIsOneProblemAndNotRead() throws Exception {
      Path file = file(CAFE);
      long size = Files.size(file);
      FileLimits limits = new FileLimits(size - 1, 10, 100, Long.MAX_VALUE);
      CsvFiles.FileRead read = CsvFiles.readFile(file, Organization.empty(), Optional.empty(),
          limits);
      assertThat(read.fatal()).hasValue(file + " has " + size + " bytes; CSV files are read up to "
          + (size - 1) + " bytes (0 MiB)");
      assertThat(read.result().rows()).isZero();
      assertThat(read.result().problems()).hasSize(1);
      // At the limit the file is read.
      assertThat(CsvFiles.readFile(file, Organization.empty(), Optional.empty(),
          new FileLimits(size, 10, 100, Long.MAX_VALUE)).fatal()).isEmpty();
    }

    @Test
    void aFileTheHeapCannotHoldIsOneProblemAndNotRead() throws Exception {
      Path file = file(CAFE);
      long size = Files.size(file);
      FileLimits limits = new FileLimits(1L << 30, 10, 100,
          size * FileLimits.HEAP_PER_BYTE - 1);
      assertThat(CsvFiles.readFile(file, Organization.empty(), Optional.empty(), limits).fatal())
          .hasValueSatisfying(reason -> assertThat(reason).startsWith(file + " has " + size
              + " bytes, and reading it needs about ").endsWith("give Java more (-Xmx) or split "
              + "the file"));
      assertThat(CsvFiles.readFile(file, Organization.empty(), Optional.empty(),
          new FileLimits(1L << 30, 10, 100, size * FileLimits.HEAP_PER_BYTE)).fatal()).isEmpty();
    }

    @Test
    void theDefaultLimitsAreTheDocumentedOnes() {
      assertThat(FileLimits.DEFAULT.maxBytes()).isEqualTo(256L * 1024 * 1024);
      assertThat(FileLimits.DEFAULT.maxRows()).isEqualTo(100_000);
      assertThat(FileLimits.DEFAULT.maxCells()).isEqualTo(2_000_000);
      assertThat(FileLimits.DEFAULT.heapBytes()).isEqualTo(Runtime.getRuntime().maxMemory());
    }
  }
}
