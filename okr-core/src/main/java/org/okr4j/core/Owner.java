package org.okr4j.core;

/**
 * Who owns an objective or key result: an {@link OrgUnitId} or a {@link PersonId}.
 *
 * <pre>{@code
 * if (objective.owner().orElseThrow() instanceof PersonId person) { ... }
 * }</pre>
 */
public sealed interface Owner permits OrgUnitId, PersonId {

  /** The owner's id as the host system spells it. */
  String value();
}
