package org.okr4j.alignment;

/** How much a finding matters (OpenOKR's grades). */
public enum Severity {
  /** Breaks the alignment: fix first. */
  HIGH,
  /** Weakens it. */
  MEDIUM,
  /** Worth a look. */
  LOW
}
