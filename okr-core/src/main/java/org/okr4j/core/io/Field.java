package org.okr4j.core.io;

/** What a column holds; a {@link TabularFormat} gives each field its header. */
public enum Field {
  /** The row's kind: a cycle, an objective, a key result, a check-in or a KPI. */
  TYPE,
  /** The cycle's, objective's or key result's id; for a check-in, its key result's id. */
  ID,
  /** The title. */
  TITLE,
  /** An objective's description (its review text at the end of a cycle). */
  DESCRIPTION,
  /** The owning unit's id. */
  OWNER_UNIT,
  /** The owning person's id. */
  OWNER_PERSON,
  /** An objective's level, by name. */
  LEVEL,
  /** An objective's cycle, by label ({@code 2026-Q3}, {@code FY2027-Q1}). */
  CYCLE,
  /**
   * For an objective, the ids of the objectives and key results it aligns to, a list separated by
   * {@code ;} (see {@link TabularFormat} for escapes), each id exactly as it is, whatever its
   * characters ({@code o-co;kr-nps}, {@code o@2027}, {@code ana@example.com}); for a key result,
   * the id of its objective; for a cycle, the id of the cycle it lies in. Files written before
   * {@link #PARENT_KIND} and {@link #PARENT_WEIGHT} existed spelt a link {@code [kind:]id[@weight]}
   * here; a table without those columns is read so, an item that is itself an id in the file
   * taken as that id.
   */
  PARENT,
  /**
   * The kinds of an objective's links, in the order of its {@link #PARENT} ids, separated by
   * {@code ;}: {@code contributes}, {@code supports}, {@code relates-to} or {@code depends-on}. An
   * empty cell, or an empty item, means {@code contributes}.
   */
  PARENT_KIND,
  /**
   * The weights of an objective's links, in the order of its {@link #PARENT} ids, separated by
   * {@code ;}: numbers, zero or more. An empty cell, or an empty item, means 1.
   */
  PARENT_WEIGHT,
  /** Committed or aspirational. */
  COMMITMENT,
  /** An objective's or a cycle's state. */
  STATE,
  /** Why an objective aligns to nothing. */
  STANDALONE_REASON,
  /** An objective's strategic themes, a list separated by {@code ;}. */
  THEMES,
  /** An objective's Balanced Scorecard perspective. */
  PERSPECTIVE,
  /** Where an objective comes from: decomposed, requested, proposed. */
  ORIGIN,
  /** The objective this one was carried over from. */
  CARRIED_OVER_FROM,
  /**
   * A key result's measure. In okr4j's layout, the whole measure as its text, which
   * {@link org.okr4j.core.Measure#parse(CharSequence)} reads ({@code linear 31 -> 45 percent},
   * {@code stages [design=0.3, build=0.7]}); older okr4j files hold a word such as {@code linear}
   * or {@code at-least} with {@link #START}, {@link #TARGET}, {@link #PARTS} and {@link #UNIT}
   * beside it. In Viva Goals' layout, the metric type ("Increase to").
   */
  MEASURE,
  /**
   * In older okr4j files, a measure's named parts, separated by {@code ;}: stages
   * {@code name:weight}, checkpoints {@code value:progress}, zones {@code commit:620;target:780},
   * ordinal zones by name. Read, no longer written: the measure's text holds them.
   */
  PARTS,
  /**
   * A measure's start (or a range's low bound): Viva Goals' Start Value; in okr4j's layout part of
   * the measure's text, and a column only in older files.
   */
  START,
  /**
   * A measure's target (or a threshold, or a range's high bound): Viva Goals' Target Value; in
   * okr4j's layout part of the measure's text, and a column only in older files.
   */
  TARGET,
  /**
   * A check-in's reading: a number, {@code done} for a milestone, a zone's name, or the stages done
   * as a list separated by {@code ;}.
   */
  VALUE,
  /**
   * A measure's unit: Viva Goals' Unit ({@code %}, {@code €}); in okr4j's layout part of the
   * measure's text, and a column ({@code number}, {@code percent}, {@code currency:EUR},
   * {@code custom:NPS}) only in older files.
   */
  UNIT,
  /** A key result's weight. */
  WEIGHT,
  /** A key result's contributors (person ids), a list separated by {@code ;}. */
  CONTRIBUTORS,
  /** A key result's initiatives, a list separated by {@code ;}. */
  INITIATIVES,
  /** A check-in's date, ISO ({@code 2026-08-17}). */
  DATE,
  /** A check-in's confidence, 0.0 to 1.0. */
  CONFIDENCE,
  /** A check-in's note. */
  NOTE,
  /** Who made a check-in (a person id). */
  AUTHOR,
  /** A cycle's first day, ISO. */
  START_DATE,
  /** A cycle's last day, ISO. */
  END_DATE,
  /** A cycle's kind: year, half, quarter, month, custom. */
  CYCLE_KIND,
  /**
   * A key result's own check-in cadence, as {@link org.okr4j.core.Cadence#parse(CharSequence)}
   * reads it: {@code weekly}, {@code biweekly}, {@code monthly}, {@code none}, or a period such
   * as {@code P10D}; empty for none of its own.
   */
  CADENCE,
  /**
   * A key result's waypoints, a list separated by {@code ;} of {@code date=value}, in date order
   * ({@code 2026-08-31=36;2026-09-30=40}); the value in the layout's number syntax.
   */
  WAYPOINTS,
  /**
   * An objective's or key result's manual progress override, a fraction 0 to 1 in the layout's
   * number syntax; empty for none. With {@link #OVERRIDE_STATUS}, one of the two at least, and
   * {@link #OVERRIDE_BY}, {@link #OVERRIDE_ON} and {@link #OVERRIDE_REASON} beside it.
   */
  OVERRIDE_PROGRESS,
  /** The status an override sets: {@code on-track}, {@code at-risk} or {@code off-track}. */
  OVERRIDE_STATUS,
  /** Who set the override (a person id). */
  OVERRIDE_BY,
  /** The day the override was set, ISO. */
  OVERRIDE_ON,
  /** Why the override was set. */
  OVERRIDE_REASON,
  /**
   * An objective's or key result's final score, a fraction 0 to 1 in the layout's number syntax;
   * with {@link #FINAL_SCORE_BY}, {@link #FINAL_SCORE_ON} and {@link #FINAL_SCORE_REASON}.
   */
  FINAL_SCORE,
  /** Who gave the final score (a person id). */
  FINAL_SCORE_BY,
  /** The day the final score was given, ISO. */
  FINAL_SCORE_ON,
  /** Why the final score is what it is. */
  FINAL_SCORE_REASON,
  /**
   * An objective's or key result's co-owners, a list separated by {@code ;} of
   * {@code unit:<id>} and {@code person:<id>} in their order ({@code unit:ops;person:ana}).
   */
  CO_OWNERS,
  /**
   * The units an objective is shared with, a list separated by {@code ;} of {@code unit=weight}
   * in their order ({@code ops=0.5;hr=0.25}); the weight in the layout's number syntax, the unit
   * id all before the last {@code =}.
   */
  SHARED_WITH,
  /**
   * The key results a key result contributes to (its parent key results), a list separated by
   * {@code ;}, each id exactly as it is; empty for none.
   */
  PARENT_KEY_RESULTS,
  /**
   * The weights of a key result's contributions, in the order of its {@link #PARENT_KEY_RESULTS},
   * separated by {@code ;}: numbers, zero or more. An empty cell, or an empty item, means 1.
   */
  PARENT_KEY_RESULT_WEIGHTS,
  /**
   * The shares pinned on a key result's contributions, in the order of its
   * {@link #PARENT_KEY_RESULTS}, separated by {@code ;}: fractions 0 to 1 in the layout's number
   * syntax. An empty cell, or an empty item, pins none.
   */
  PARENT_KEY_RESULT_SHARES,
  /**
   * How a key result rolls up the key results contributing to it: {@code sum-of-values},
   * {@code mean-progress} or {@code weighted-progress}; empty for none.
   */
  ROLL_UP,
  /**
   * A KPI's corridor as {@link org.okr4j.core.Corridor#parse(CharSequence)} reads it, then its
   * unit when it is not a plain number ({@code [*, 2.5] target 2 percent},
   * {@code [95, 100] custom:hours}); the numbers in okr4j's own syntax, as a measure's text has
   * them. A KPI row's links are its {@link #PARENT} ids (objectives) with a role for each in
   * {@link #PARENT_KIND}: {@code protects} or {@code recovers}.
   */
  CORRIDOR,
  /**
   * A KPI's readings, a list separated by {@code ;} of {@code date=value}, in date order
   * ({@code 2026-08-31=2.1;2026-09-30=2.4}); the value in the layout's number syntax.
   */
  READINGS,
  /**
   * A key result's share of its objective pinned by hand (Viva Goals' contribution shares): a
   * fraction 0 to 1 in the layout's number syntax; empty for none.
   */
  PINNED_SHARE,
  /**
   * The shares pinned on an objective's links (its share of each parent), in the order of its
   * {@link #PARENT} ids, separated by {@code ;}: fractions 0 to 1 in the layout's number syntax.
   * An empty cell, or an empty item, pins none.
   */
  PARENT_PINNED_SHARES
}
