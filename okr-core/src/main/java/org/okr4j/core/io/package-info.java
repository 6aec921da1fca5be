/**
 * Tabular import and export: OKRs as rows of named cells (column header to text), the shape of a
 * CSV file or a spreadsheet, without depending on any file format library.
 *
 * <p>A {@link org.okr4j.core.io.TabularFormat} names the columns and says how cells hold numbers,
 * lists and text: okr4j's own template, or the Viva Goals import template for customers moving
 * their data off Viva Goals (retired at the end of 2025).
 * {@link org.okr4j.core.io.TabularImport} turns rows (maps, or {@link org.okr4j.core.io.Row}s that
 * carry their file's lines) into an {@link org.okr4j.core.OkrSet}; it never throws on what the
 * rows hold, and reports every row it rejects with its line, id, column and reason, and every
 * problem with the table once. {@link org.okr4j.core.io.TabularExport} writes a set back as rows,
 * reports what a layout cannot hold, and neutralises cells a spreadsheet would evaluate. Nothing
 * is dropped silently: a set written in okr4j's layout reads back equal.
 *
 * <p>Null policy: no method accepts or returns {@code null}, nor a row with a null header or cell.
 */
@OkrStyle
package org.okr4j.core.io;

import org.okr4j.core.internal.OkrStyle;
