package org.okr4j.core;

/**
 * What an objective can align to: a parent {@link ObjectiveId} or a parent {@link KeyResultId}.
 * The target need not exist in the set: a dangling target is a finding for later stages.
 */
public sealed interface AlignmentTarget permits ObjectiveId, KeyResultId {

  /** The target's id as the host system spells it. */
  String value();
}
