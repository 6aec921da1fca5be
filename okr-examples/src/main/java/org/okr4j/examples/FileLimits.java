package org.okr4j.examples;

import java.util.Optional;

/**
 * How much of a file the readers take before they call it a problem with the file, reported once,
 * rather than run out of memory: a CSV file's bytes, and a workbook's bytes, rows and cells (an
 * .xlsx file is compressed, so a small one can unpack into millions of rows).
 *
 * <p>The defaults ({@link #DEFAULT}) are documented in the README: 256 MiB a file, 100 000 rows and
 * 2 000 000 cells a workbook (Viva Goals itself imports at most 1 000 rows), and a CSV file no
 * larger than an eighth of the heap, since its text, the repaired copy, the records and the set
 * are held at once. Tests pass small limits.
 *
 * @param maxBytes the largest file read, in bytes
 * @param maxRows the most rows read from a workbook, over all its sheets, blank rows included
 * @param maxCells the most cells read from a workbook, over all its sheets
 * @param heapBytes the heap the CSV reader may count on ({@code Runtime.maxMemory()})
 */
record FileLimits(long maxBytes, int maxRows, long maxCells, long heapBytes) {

  /** Bytes of heap a CSV file needs per byte read: text, repaired copy, records, rows, set. */
  static final int HEAP_PER_BYTE = 8;

  /** 256 MiB, 100 000 rows, 2 000 000 cells, and this JVM's heap. */
  static final FileLimits DEFAULT = new FileLimits(256L << 20, 100_000, 2_000_000,
      Runtime.getRuntime().maxMemory());

  FileLimits {
    if (maxBytes < 1 || maxRows < 1 || maxCells < 1 || heapBytes < 1) {
      throw new IllegalArgumentException("file limits must be 1 or more, but were " + maxBytes
          + " bytes, " + maxRows + " rows, " + maxCells + " cells, " + heapBytes + " bytes of heap");
    }
  }

  /** Why a CSV file of {@code size} bytes is not read, if it is not. */
  Optional<String> refusesCsv(String file, long size) {
    if (size > maxBytes) {
      return Optional.of(file + " has " + size + " bytes; CSV files are read up to " + maxBytes
          + " bytes (" + mebibytes(maxBytes) + ")");
    }
    if (size > heapBytes / HEAP_PER_BYTE) {
      return Optional.of(file + " has " + size + " bytes, and reading it needs about "
          + mebibytes(size * HEAP_PER_BYTE) + " of memory, more than this Java's "
          + mebibytes(heapBytes) + ": give Java more (-Xmx) or split the file");
    }
    return Optional.empty();
  }

  /** Why a workbook of {@code size} bytes is not read, if it is not. */
  Optional<String> refusesWorkbook(String file, long size) {
    return size > maxBytes ? Optional.of(file + " has " + size + " bytes; workbooks are read up to "
        + maxBytes + " bytes (" + mebibytes(maxBytes) + ")") : Optional.empty();
  }

  /** The problem of a workbook that holds more rows or cells than these limits take. */
  String tooLargeWorkbook(String file, String sheet, long rows, long cells) {
    return file + " holds more than " + (rows > maxRows ? maxRows + " rows" : maxCells + " cells")
        + " (sheet " + sheet + "); workbooks are read up to " + maxRows + " rows and " + maxCells
        + " cells: split the file";
  }

  private static String mebibytes(long bytes) {
    return (bytes >> 20) + " MiB";
  }
}
