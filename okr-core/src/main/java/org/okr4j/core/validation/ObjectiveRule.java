package org.okr4j.core.validation;

import java.util.List;
import java.util.function.Consumer;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrLinks;

/**
 * A built-in rule that judges one objective, with its key results and links, at a time. A policy
 * runs all such rules in one walk over the set, so that a million objectives are read from memory
 * once rather than once per rule; on its own such a rule runs the same walk with itself alone.
 * The walk visits the objectives in id order ({@link OkrLinks#inIdOrder(int)}), so results do not
 * depend on the order the set was built in. Vendors' rules need not know of it.
 */
@FunctionalInterface
interface ObjectiveRule extends ValidationRule {

  /** Reads what the rule needs of the context (settings, word lists) once per check. */
  ObjectiveCheck start(ValidationContext context);

  @Override
  default void check(ValidationContext context, Consumer<Violation> violations) {
    ValidationPolicy.walk(context, List.of(this), List.of(violations), false);
  }

  /**
   * The set's objectives in id order, as a view: what rules that count per owner, cycle or edit
   * walk, so that their results do not depend on the order the set was built in.
   */
  static Iterable<Objective> inIdOrder(org.okr4j.core.OkrSet set) {
    List<Objective> objectives = set.objectives();
    OkrLinks links = set.links();
    return () -> new java.util.Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < objectives.size();
      }

      @Override
      public Objective next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return objectives.get(links.inIdOrder(next++));
      }
    };
  }

  /** Judges one objective, at its position in the set (for its resolved links), for one check. */
  @FunctionalInterface
  interface ObjectiveCheck {
    void check(int position, Objective objective, Consumer<Violation> violations);

    /** Called once after the last objective, for what the rule judges beside objectives. */
    default void finish(Consumer<Violation> violations) {}
  }
}
