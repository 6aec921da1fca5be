package org.okr4j.core.validation;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One check of an OKR set: reports each broken rule it finds as a {@link Violation}.
 *
 * <p>Implementors promise to be stateless and thread-safe, to never throw on a set okr-core can
 * build (a dangling reference is a violation, not an exception), to report violations in an order
 * that depends only on the set, and to stay linear in the size of the set: no comparison of all
 * pairs. Thresholds and word lists come from {@link ValidationContext}, so that a policy can tune
 * a rule without replacing it. A vendor's rule is a lambda:
 * <pre>{@code
 * ValidationRule jiraLink = (context, out) -> {
 *   for (Objective objective : context.set().objectives()) {
 *     if (objective.description().filter(d -> d.contains("JIRA-")).isEmpty()) {
 *       out.accept(Violation.of("acme.jira-link.missing", Severity.INFO, objective.id()));
 *     }
 *   }
 * };
 * ValidationPolicy acme = ValidationPolicy.defaults().with("acme.jira-link", jiraLink);
 * }</pre>
 */
@FunctionalInterface
public interface ValidationRule {

  /** Checks {@code context.set()} and passes each violation found to {@code violations}. */
  void check(ValidationContext context, Consumer<Violation> violations);

  /** A rule that runs this one, then {@code next}. */
  default ValidationRule and(ValidationRule next) {
    Objects.requireNonNull(next, "next");
    return (context, violations) -> {
      check(context, violations);
      next.check(context, violations);
    };
  }
}
