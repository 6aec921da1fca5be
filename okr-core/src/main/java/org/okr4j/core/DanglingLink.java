package org.okr4j.core;

import java.util.Objects;

/**
 * A link from an objective to an objective or key result the set does not hold.
 *
 * @param from the objective that links
 * @param target what it links to
 * @param kind the kind of link
 */
public record DanglingLink(ObjectiveId from, AlignmentTarget target, AlignmentKind kind) {

  /** Checks for nulls. */
  public DanglingLink {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(kind, "kind");
  }
}
