/**
 * Alignment: the {@link org.okr4j.alignment.AlignmentGraph} over an OKR set, the whole-graph
 * validation rules of {@link org.okr4j.alignment.AlignmentRules} (loops, clusters, gaps,
 * conflicts, near-duplicates) that join okr-core's rule engine, the
 * {@link org.okr4j.alignment.AlignmentMetrics} of a set, and pictures
 * ({@link org.okr4j.alignment.AlignmentExport}: Graphviz DOT, Mermaid).
 *
 * <p>Every value here is immutable and thread-safe. Graph work runs over int arrays built once per
 * set, iteratively: a chain or a loop a million objectives long is handled in linear time. Lists
 * are in a documented, deterministic order. No method accepts or returns {@code null}.
 */
package org.okr4j.alignment;
