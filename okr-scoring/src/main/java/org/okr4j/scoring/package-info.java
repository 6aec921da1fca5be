/**
 * Scoring: turns key results' check-ins into progress under rules that reproduce the published ones
 * of other OKR systems.
 * An objective's progress and status come from its key results and, under a {@link Cascade}, from
 * the objectives contributing to it; {@link Scores} holds one of each per objective.
 *
 * <p>Every value here is immutable and thread-safe; strategies are stateless. No method accepts or
 * returns {@code null}. Progress is a finite double: NaN and infinity never come out, and a key
 * result with nothing to read is {@linkplain Progress#notScored(String) not scored}, not zero.
 */
@OkrStyle
package org.okr4j.scoring;

import org.okr4j.core.internal.OkrStyle;
