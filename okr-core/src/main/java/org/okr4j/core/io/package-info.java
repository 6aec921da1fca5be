/**
 * Tabular import and export: OKRs as rows of named cells (column header to text), the shape of a
 * CSV file or a spreadsheet, without depending on any file format library.
 *
 * <p>A {@link org.okr4j.core.io.TabularFormat} names the columns: okr4j's own template, or the
 * Viva Goals import template for customers moving their data off Viva Goals (retired at the end of
 * 2025). {@link org.okr4j.core.io.TabularImport} turns rows into an
 * {@link org.okr4j.core.OkrSet} and reports every row it rejects with its row number, column and
 * reason; {@link org.okr4j.core.io.TabularExport} writes a set back as rows and reports what a
 * format cannot hold. Nothing is dropped silently.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@OkrStyle
package org.okr4j.core.io;

import org.okr4j.core.internal.OkrStyle;
