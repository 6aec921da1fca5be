/**
 * Alignment analysis: the {@link org.okr4j.alignment.AlignmentGraph} over an OKR set and the
 * {@link org.okr4j.alignment.AlignmentReport} of its findings and metrics, with roll-ups and
 * pictures (Graphviz DOT, Mermaid).
 *
 * <p>Every value here is immutable and thread-safe. Graph work runs over int arrays built once per
 * set, iteratively: a chain or a loop a million objectives long is handled in linear time. Lists
 * are in a documented, deterministic order. No method accepts or returns {@code null}.
 */
@AlignmentStyle
package org.okr4j.alignment;

import org.okr4j.alignment.internal.AlignmentStyle;
