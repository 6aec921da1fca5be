package org.okr4j.core.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.okr4j.core.Identifier;

/**
 * The violations a policy found in a set.
 *
 * <p>Immutable and thread-safe. Order is deterministic: by rule, in the policy's order, then in
 * the order each rule reports; the same set and policy give the same list. The default policy's
 * report does not depend on the order of the set's objectives or of its organisation's units:
 * the rules that judge one objective at a time walk the objectives by id, and the whole-set rules
 * order what they find by ids or, okr-alignment's, by the alignment graph (a loop's path).
 * Findings within one objective's own lists (its key results, owners, alignments) follow those
 * lists, and findings about KPIs the set's list of KPIs. Filters return new results in the same
 * order.
 * <pre>{@code
 * ValidationResult result = ValidationPolicy.defaults().check(set, LocalDate.of(2026, 11, 20));
 * result.atLeast(Severity.WARNING).about(ObjectiveId.of("o-growth")).violations();
 * result.withCode("focus").count();          // every focus.* violation
 * result.orThrow();                          // throws ValidationException if any error
 * }</pre>
 */
public final class ValidationResult {

  private final String policy;
  private final List<Violation> violations;

  ValidationResult(String policy, List<Violation> violations) {
    this.policy = policy;
    this.violations = violations;
  }

  /** A result holding {@code violations}, in the order given (for hosts that merge results). */
  public static ValidationResult of(String policy, List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    return new ValidationResult(Objects.requireNonNull(policy, "policy"),
        List.copyOf(violations));
  }

  /** The name of the policy that checked the set. */
  public String policy() {
    return policy;
  }

  /** Every violation, in order; unmodifiable. */
  public List<Violation> violations() {
    return violations;
  }

  /** How many violations there are. */
  public int count() {
    return violations.size();
  }

  /** True if nothing was found. */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /** True if no violation is an {@link Severity#ERROR}. */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /** The violations of exactly this severity. */
  public ValidationResult withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return filter(v -> v.severity() == severity);
  }

  /** The violations at least as severe as {@code severity}. */
  public ValidationResult atLeast(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return filter(v -> v.severity().isAtLeast(severity));
  }

  /** The violations whose code is {@code codeOrPrefix} or starts with it and a dot. */
  public ValidationResult withCode(String codeOrPrefix) {
    Objects.requireNonNull(codeOrPrefix, "codeOrPrefix");
    return filter(v -> v.hasCode(codeOrPrefix));
  }

  /** The violations that concern {@code subject}, as their first subject or another. */
  public ValidationResult about(Identifier<?> subject) {
    Objects.requireNonNull(subject, "subject");
    return filter(v -> v.concerns(subject));
  }

  /**
   * The violations of this result that {@code other} does not hold, in this result's order: two
   * are the same finding when their code, subjects and values are (severity and text aside), and
   * a finding this result holds twice but {@code other} once is listed once. What an edit changes
   * in the findings, from two checks with one policy on one day:
   * <pre>{@code
   * ValidationResult was = policy.check(before, day);
   * ValidationResult is = policy.checkEdit(before, after, day);   // edit rules' findings too
   * is.notIn(was);    // the findings the edit brings
   * was.notIn(is);    // the findings it resolves
   * }</pre>
   * Linear in the sizes of both results.
   */
  public ValidationResult notIn(ValidationResult other) {
    Objects.requireNonNull(other, "other");
    Map<Finding, Integer> left = new HashMap<>();
    for (Violation violation : other.violations) {
      left.merge(Finding.of(violation), 1, Integer::sum);
    }
    List<Violation> missing = new ArrayList<>();
    for (Violation violation : violations) {
      Finding finding = Finding.of(violation);
      int count = left.getOrDefault(finding, 0);
      if (count == 0) {
        missing.add(violation);
      } else {
        left.put(finding, count - 1);
      }
    }
    return new ValidationResult(policy, List.copyOf(missing));
  }

  /** A violation's identity across two checks: its code, subjects and values. */
  private record Finding(String code, List<Identifier<?>> subjects, Map<String, String> values) {
    static Finding of(Violation violation) {
      return new Finding(violation.code(), violation.subjects(), violation.values());
    }
  }

  /**
   * How many violations each code has, codes sorted: a summary of millions of violations that
   * renders no message.
   */
  public SortedMap<String, Integer> countByCode() {
    SortedMap<String, Integer> counts = new TreeMap<>();
    for (Violation violation : violations) {
      counts.merge(violation.code(), 1, Integer::sum);
    }
    return Collections.unmodifiableSortedMap(counts);
  }

  /**
   * How many violations each severity has, most severe first, every severity listed (zero where
   * there is none): with {@link #countByCode()}, a summary that renders no message.
   */
  public Map<Severity, Integer> countBySeverity() {
    int[] counts = severityCounts();
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      bySeverity.put(severity, counts[severity.ordinal()]);
    }
    return Collections.unmodifiableMap(bySeverity);
  }

  /** The codes found, sorted. */
  public SortedSet<String> codes() {
    SortedSet<String> codes = new TreeSet<>();
    for (Violation violation : violations) {
      codes.add(violation.code());
    }
    return codes;
  }

  /**
   * Returns this result if it holds no error.
   *
   * @throws ValidationException carrying this result if it holds an error
   */
  public ValidationResult orThrow() {
    if (!isValid()) {
      throw new ValidationException(this);
    }
    return this;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationResult that && policy.equals(that.policy)
        && violations.equals(that.violations);
  }

  @Override
  public int hashCode() {
    return policy.hashCode() * 31 + violations.hashCode();
  }

  /** For example {@code ValidationResult[okr4j: 2 errors, 5 warnings, 1 info]}. */
  @Override
  public String toString() {
    int[] counts = severityCounts();
    return "ValidationResult[" + policy + ": " + counts[0] + " errors, " + counts[1]
        + " warnings, " + counts[2] + " info]";
  }

  private int[] severityCounts() {
    int[] counts = new int[Severity.values().length];
    for (Violation violation : violations) {
      counts[violation.severity().ordinal()]++;
    }
    return counts;
  }

  private ValidationResult filter(Predicate<Violation> keep) {
    List<Violation> kept = new ArrayList<>();
    for (Violation violation : violations) {
      if (keep.test(violation)) {
        kept.add(violation);
      }
    }
    return new ValidationResult(policy, List.copyOf(kept));
  }
}
