/**
 * Validation: configurable rules that coach, telling a user what is wrong with an OKR set and how
 * to fix it, in their language.
 *
 * <p>A {@link org.okr4j.core.validation.ValidationPolicy} is an immutable bundle of named
 * {@link org.okr4j.core.validation.ValidationRule}s with their thresholds, word lists and severity
 * overrides; presets reproduce the OKR literature and the checks of the leading platforms. Checking
 * a set returns a {@link org.okr4j.core.validation.ValidationResult} of
 * {@link org.okr4j.core.validation.Violation}s, each with a stable code; broken rules are never
 * thrown. {@link org.okr4j.core.validation.ViolationMessages} renders a violation's message and
 * remedy from resource bundles (English and Simplified Chinese built in; vendors add locales or
 * override any message with a properties file on the class path).
 *
 * <p>Every rule is linear in the size of the set: nothing compares all pairs. Whole-graph analysis
 * (loops, clusters, reachability) belongs to okr-alignment; these rules look at one objective, its
 * key results and its direct links.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@OkrStyle
package org.okr4j.core.validation;

import org.okr4j.core.internal.OkrStyle;
