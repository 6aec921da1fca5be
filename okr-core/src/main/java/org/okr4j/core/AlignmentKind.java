package org.okr4j.core;

/** How an objective relates to the objective or key result it aligns to. */
public enum AlignmentKind {
  /** Its progress counts towards the parent's. */
  CONTRIBUTES,
  /** It supports the parent, shown but not counted. */
  SUPPORTS,
  /** It is related, for context only. */
  RELATES_TO,
  /** It needs the other to succeed (a horizontal dependency). */
  DEPENDS_ON;

  /** True for the kinds that place the objective under a parent in the cascade. */
  public boolean isVertical() {
    return this == CONTRIBUTES || this == SUPPORTS;
  }
}
