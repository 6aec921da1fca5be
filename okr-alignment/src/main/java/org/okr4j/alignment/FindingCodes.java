package org.okr4j.alignment;

import java.util.List;

/** The stable codes of alignment findings, with what each means. */
public final class FindingCodes {

  /** An objective below the top level with no parent and no standalone reason. */
  public static final String ORPHAN = "alignment.orphan";
  /** A link to an objective or key result the set does not hold. */
  public static final String DANGLING_PARENT = "alignment.dangling-parent";
  /** Objectives aligned to each other that never reach a top-level objective (WorkBoard). */
  public static final String MISALIGNED_CLUSTER = "alignment.misaligned-cluster";
  /** No objective at the top level at all. */
  public static final String NO_COMPANY_ANCHOR = "alignment.no-company-anchor";
  /** A top-level objective nothing contributes to: strategy not cascaded. */
  public static final String NOT_CASCADED = "gap.not-cascaded";
  /** A top-level key result nothing aligns to, where the set aligns to key results at all. */
  public static final String KEY_RESULT_NOT_CASCADED = "gap.key-result-not-cascaded";
  /** A unit that owns no objective in a cycle (itself or through its people). */
  public static final String UNIT_WITHOUT_OKRS = "gap.unit-without-okrs";
  /** A Balanced Scorecard perspective no top-level objective serves. */
  public static final String PERSPECTIVE_MISSING = "gap.perspective-missing";
  /** A required strategic theme no objective serves. */
  public static final String THEME_MISSING = "gap.theme-missing";
  /** An objective without key results. */
  public static final String NO_KEY_RESULTS = "gap.no-key-results";
  /** Objectives aligned in a loop. */
  public static final String LOOP = "conflict.loop";
  /** A parent at the same level or below. */
  public static final String PARENT_NOT_ABOVE = "conflict.parent-not-above";
  /** A parent more than one level (of those in use) above. */
  public static final String LEVEL_SKIP = "conflict.level-skip";
  /** A parent whose owner is not an ancestor unit of the child's owner. */
  public static final String PARENT_OUTSIDE_ANCESTORS = "conflict.parent-outside-ancestors";
  /** A child whose cycle does not lie within its parent's. */
  public static final String CYCLE_OUTSIDE_PARENT = "conflict.cycle-outside-parent";
  /** Key results on one metric moved in opposite directions by different units. */
  public static final String OPPOSITE_DIRECTIONS = "conflict.opposite-directions";
  /** A committed objective under an aspirational one. */
  public static final String COMMITTED_UNDER_ASPIRATIONAL = "conflict.committed-under-aspirational";
  /** An owner carrying more key results than the policy allows. */
  public static final String OWNER_OVERLOADED = "conflict.owner-overloaded";
  /** A cascade deeper than the policy allows. */
  public static final String TOO_DEEP = "conflict.too-deep";
  /** More children than the policy allows. */
  public static final String TOO_MANY_CHILDREN = "conflict.too-many-children";
  /** More parents than the policy allows. */
  public static final String TOO_MANY_PARENTS = "conflict.too-many-parents";
  /** An objective aligned to a key result, where the policy gives key results no children. */
  public static final String KEY_RESULT_WITH_CHILDREN = "conflict.key-result-with-children";
  /** Near-duplicate objectives owned by different owners: duplicated effort. */
  public static final String DUPLICATE_OBJECTIVES = "duplicate.objectives";
  /** Near-duplicate key results owned by different owners. */
  public static final String DUPLICATE_KEY_RESULTS = "duplicate.key-results";
  /** A department whose objectives have no horizontal link out of its subtree. */
  public static final String SILOED_DEPARTMENT = "metric.siloed-department";

  private FindingCodes() {}

  /** Every code, in the order reports list them. */
  public static List<String> all() {
    return List.of(ORPHAN, DANGLING_PARENT, MISALIGNED_CLUSTER, NO_COMPANY_ANCHOR, NOT_CASCADED,
        KEY_RESULT_NOT_CASCADED, UNIT_WITHOUT_OKRS, PERSPECTIVE_MISSING, THEME_MISSING,
        NO_KEY_RESULTS, LOOP, PARENT_NOT_ABOVE, LEVEL_SKIP, PARENT_OUTSIDE_ANCESTORS,
        CYCLE_OUTSIDE_PARENT, OPPOSITE_DIRECTIONS, COMMITTED_UNDER_ASPIRATIONAL, OWNER_OVERLOADED,
        TOO_DEEP, TOO_MANY_CHILDREN, TOO_MANY_PARENTS, KEY_RESULT_WITH_CHILDREN,
        DUPLICATE_OBJECTIVES, DUPLICATE_KEY_RESULTS, SILOED_DEPARTMENT);
  }
}
