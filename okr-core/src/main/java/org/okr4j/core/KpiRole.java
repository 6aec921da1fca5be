package org.okr4j.core;

/** What an objective does for a {@link Kpi} it is linked to. */
public enum KpiRole {
  /** The objective's work must keep the KPI inside its corridor (a guardrail). */
  PROTECTS,
  /** The objective sets out to bring the KPI back inside its corridor. */
  RECOVERS
}
