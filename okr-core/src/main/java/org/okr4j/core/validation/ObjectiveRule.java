package org.okr4j.core.validation;

import java.util.function.Consumer;
import org.okr4j.core.Objective;

/**
 * A built-in rule that judges one objective, with its key results and links, at a time. A policy
 * runs all such rules in one walk over the set, so that a million objectives are read from memory
 * once rather than once per rule; on its own such a rule walks the set itself. Vendors' rules
 * need not know of it.
 */
@FunctionalInterface
interface ObjectiveRule extends ValidationRule {

  /** Reads what the rule needs of the context (thresholds, word lists) once per check. */
  ObjectiveCheck start(ValidationContext context);

  @Override
  default void check(ValidationContext context, Consumer<Violation> violations) {
    ObjectiveCheck check = start(context);
    for (Objective objective : context.set().objectives()) {
      check.check(objective, violations);
    }
  }

  /** Judges one objective for one check. */
  @FunctionalInterface
  interface ObjectiveCheck {
    void check(Objective objective, Consumer<Violation> violations);
  }
}
