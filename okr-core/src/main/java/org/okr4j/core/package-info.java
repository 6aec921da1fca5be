/**
 * The OKR domain model: ids, levels, organisations, cycles, measures, check-ins, key results,
 * objectives and the {@link org.okr4j.core.OkrSet} aggregate.
 *
 * <p>Every value here is immutable and thread-safe. No method accepts or returns {@code null}:
 * absent values are {@link java.util.Optional}, and a {@code null} argument throws
 * {@link java.lang.NullPointerException} naming the parameter. Broken values throw
 * {@link java.lang.IllegalArgumentException} at construction with a message naming the attribute,
 * the rule and the value; quality problems (too many key results, vague titles, dangling links) are
 * not exceptions but the findings of validation and alignment analysis. Lists keep the order they
 * were given in.
 */
@OkrStyle
package org.okr4j.core;

import org.okr4j.core.internal.OkrStyle;
