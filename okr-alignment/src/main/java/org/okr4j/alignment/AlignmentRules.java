package org.okr4j.alignment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.validation.Setting;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationRule;
import org.okr4j.core.validation.ValidationRules;

/**
 * okr-alignment's catalogue of whole-graph validation rules: the stable codes they report, the
 * settings they read, and the rules themselves, each named after the one code it reports.
 *
 * <p>These are the questions one objective's own links cannot answer (okr-core's local rules
 * answer those: unaligned objectives, dangling parents, parent levels, units and cycles, parent and
 * child counts, objectives without key results, a missing company anchor). What used to be the
 * alignment {@code Analysis} with its {@code Finding}s, {@code FindingCodes} and
 * {@code AlignmentPolicy} is now this catalogue: with okr-alignment on the module or class path,
 * {@link ValidationPolicy#named(String)} adds these rules to the presets, and
 * {@link ValidationRules#named(String)} finds them by name. Their violations carry typed subjects
 * and named values, and their texts come in English and Chinese like okr-core's.
 *
 * <p>Every rule is linear in the set (near-duplicates use MinHash and locality-sensitive hashing,
 * not all pairs), iterative (a chain or a loop a million long is fine), shares one
 * {@link AlignmentGraph} per check, skips its work when the policy silences its code, and reports
 * in an order fixed by the set's content (ids sorted), not by the order of its lists.
 *
 * <table>
 * <caption>Rules (each named as its code), subjects, values, settings and default severity</caption>
 * <tr><th>rule and code</th><th>subjects; values</th><th>settings (default)</th>
 *     <th>severity</th></tr>
 * <tr><td>{@value #MISALIGNED_CLUSTER}: objectives aligned to each other that never reach a
 *     top-level objective (WorkBoard), one violation per group connected through such objectives
 *     and the roots they align to (an objective that reaches the top joins no groups)</td>
 *     <td>the members, sorted by id; count</td><td></td><td>warning</td></tr>
 * <tr><td>{@value #NOT_CASCADED}: a top-level objective nothing contributes to</td>
 *     <td>the objective</td><td></td><td>warning</td></tr>
 * <tr><td>{@value #KEY_RESULT_NOT_CASCADED}: a top-level key result nothing aligns to, in a set
 *     that aligns to key results at all</td><td>the key result; objective</td><td></td>
 *     <td>info</td></tr>
 * <tr><td>{@value #UNIT_WITHOUT_OKRS}: a unit that owns no objective in a cycle that has some,
 *     itself or through its people, as owner or co-owner, and has none shared with it</td><td>the unit; cycle</td><td></td><td>warning</td></tr>
 * <tr><td>{@value #PERSPECTIVE_MISSING}: a Balanced Scorecard perspective no company objective of a
 *     cycle serves (cycles with company objectives only)</td><td>the cycle; perspective</td>
 *     <td></td><td>info</td></tr>
 * <tr><td>{@value #THEME_MISSING}: a required strategic theme no objective of a cycle serves
 *     (cycles with company objectives only)</td><td>the cycle; theme</td>
 *     <td>{@code gap.themes.required} (none)</td><td>warning</td></tr>
 * <tr><td>{@value #LOOP}: objectives aligned in a loop</td><td>the shortest loop through the
 *     loop's smallest id, as a path that ends where it starts; count (objectives caught in the
 *     loop)</td><td></td><td>error</td></tr>
 * <tr><td>{@value #LEVEL_SKIP}: a parent more than one level above, counting the levels of the
 *     organisation's level scheme, not only those that have objectives (a parent key result has
 *     its objective's level)</td>
 *     <td>the child; parent, level, parent-level, skipped</td><td></td><td>info</td></tr>
 * <tr><td>{@value #OPPOSITE_DIRECTIONS}: key results of different units moving one metric (title
 *     words without numbers and direction words, and unit) in opposite directions</td>
 *     <td>the key results, sorted by id; metric</td><td></td><td>warning</td></tr>
 * <tr><td>{@value #COMMITTED_UNDER_ASPIRATIONAL}: a committed objective under an aspirational
 *     one</td><td>the child; parent</td><td></td><td>warning</td></tr>
 * <tr><td>{@value #OWNER_OVERLOADED}: an owner (unit or person) carrying more key results than
 *     allowed, as owner or co-owner</td><td>the owner; count, max</td><td>{@code conflict.owner-key-results.max}
 *     (12)</td><td>warning</td></tr>
 * <tr><td>{@value #TOO_DEEP}: an objective at a level of the goal hierarchy beyond the allowed
 *     (GitLab: 9 levels, so each objective at level 10 or deeper). Levels count parent links, not
 *     organisation levels: 1 for an objective with no parent in the set (links that dangle lead
 *     nowhere), its deepest parent's plus one below; a key result parent counts as its objective;
 *     links inside a loop are stepped over (the loop is {@value #LOOP}'s)</td>
 *     <td>the objective; depth (its level), max</td>
 *     <td>{@code conflict.depth.max} (0: no limit)</td><td>warning</td></tr>
 * <tr><td>{@value #DUPLICATE_OBJECTIVES}: a group of objectives of one cycle whose titles read
 *     alike, held by two owners or more: one violation per group (titles linked by similarity,
 *     through each other), never one per pair</td>
 *     <td>the members, sorted by id; count, titles (the first three distinct, shortened),
 *     similarity (the weakest link that holds the group)</td>
 *     <td>{@code duplicate.similarity.min} (0.6)</td><td>warning</td></tr>
 * <tr><td>{@value #DUPLICATE_KEY_RESULTS}: a group of key results of one cycle whose titles read
 *     alike, held by two owners or more (a key result's owner, else its objective's)</td>
 *     <td>the members, by their objectives' ids, then their place in the objective; count,
 *     titles, similarity</td>
 *     <td>{@code duplicate.similarity.min} (0.6)</td><td>warning</td></tr>
 * <tr><td colspan="4">Not duplicated effort, never in a group: one owner's titles among
 *     themselves; titles of different cycles; a <em>cascaded copy</em>, an objective whose title
 *     reads like an objective it aligns to vertically, or a key result whose title reads like a
 *     key result of the objective its own objective aligns to vertically (through that objective
 *     or one of its key results), since the parent stands for both; a <em>shared template</em>,
 *     people's objectives aligned (first vertical link) to one parent objective, or people's key
 *     results whose objectives are so aligned (or are one objective): individual quotas are one
 *     effort split between people. A group of such peers alone is not reported, not even as
 *     information; a group that also holds a title of another family (another parent, or a
 *     unit's) is reported whole. Teams under one parent with alike titles are reported: two units
 *     doing one thing is the duplicated effort these rules look for.</td></tr>
 * <tr><td>{@value #SILOED_DEPARTMENT}: a department none of whose objectives relates to or depends
 *     on another department's objectives or key results, and none of whose objectives or key
 *     results another department's relate to or depend on (a link clears both)</td>
 *     <td>the department</td><td></td><td>warning</td></tr>
 * </table>
 *
 * <p>Two more settings are read by {@link AlignmentMetrics}, not by a rule, so that a vendor
 * stores them with the policy: {@code metric.share.healthy} (90) and {@code metric.share.watch}
 * (80), OpenOKR's bands of the alignment share.
 *
 * <p>Severities: a loop is an error, since the set is structurally wrong (a loop has no top, and
 * its progress can only roll up into itself); what weakens the alignment is a warning; what is
 * worth a look (a skipped level, a perspective or key result not served) is information. Presets
 * re-grade codes as the tools they reproduce do ({@code gitlab}: too deep is an error).
 *
 * <p>Presets: {@code okr4j} runs every rule here (too deep does nothing until
 * {@code conflict.depth.max} is set, themes until {@code gap.themes.required} is); {@code gitlab}
 * adds {@value #TOO_DEEP} at depth 9; {@code workboard} adds {@value #MISALIGNED_CLUSTER}.
 * <pre>{@code
 * ValidationResult result = ValidationPolicy.defaults().check(set, LocalDate.of(2026, 11, 20));
 * result.withCode(AlignmentRules.LOOP).violations();           // the loops, as paths
 * ValidationPolicy deep = ValidationPolicy.defaults().with(AlignmentRules.MAX_DEPTH, 6)
 *     .withSeverity("conflict", Severity.ERROR);
 * }</pre>
 */
public final class AlignmentRules {

  /** Objectives aligned to each other that never reach a top-level objective. */
  public static final String MISALIGNED_CLUSTER = "alignment.misaligned-cluster";
  /** A top-level objective nothing contributes to: strategy not cascaded. */
  public static final String NOT_CASCADED = "gap.not-cascaded";
  /** A top-level key result nothing aligns to, where the set aligns to key results at all. */
  public static final String KEY_RESULT_NOT_CASCADED = "gap.key-result-not-cascaded";
  /** A unit that owns no objective in a cycle (itself or through its people). */
  public static final String UNIT_WITHOUT_OKRS = "gap.unit-without-okrs";
  /** A Balanced Scorecard perspective no company objective of a cycle serves. */
  public static final String PERSPECTIVE_MISSING = "gap.perspective-missing";
  /** A required strategic theme no objective of a cycle serves. */
  public static final String THEME_MISSING = "gap.theme-missing";
  /** Objectives aligned in a loop. */
  public static final String LOOP = "conflict.loop";
  /** A parent more than one level of the level scheme above. */
  public static final String LEVEL_SKIP = "conflict.level-skip";
  /** Key results on one metric moved in opposite directions by different units. */
  public static final String OPPOSITE_DIRECTIONS = "conflict.opposite-directions";
  /** A committed objective under an aspirational one. */
  public static final String COMMITTED_UNDER_ASPIRATIONAL =
      "conflict.committed-under-aspirational";
  /** An owner carrying more key results than allowed. */
  public static final String OWNER_OVERLOADED = "conflict.owner-overloaded";
  /** A goal hierarchy deeper than allowed. */
  public static final String TOO_DEEP = "conflict.too-deep";
  /** A group of near-duplicate objectives of different owners in one cycle: duplicated effort. */
  public static final String DUPLICATE_OBJECTIVES = "duplicate.objectives";
  /** A group of near-duplicate key results of different owners in one cycle. */
  public static final String DUPLICATE_KEY_RESULTS = "duplicate.key-results";
  /** A department whose objectives have no horizontal link to another department's. */
  public static final String SILOED_DEPARTMENT = "metric.siloed-department";

  /**
   * The most levels of the goal hierarchy, an objective with no parent counted as 1; 0 for no
   * limit (GitLab: 9).
   */
  public static final Setting<Integer> MAX_DEPTH = Setting.count("conflict.depth.max", 0, 0,
      1_000_000_000, "The most objectives on a chain of parent links, the one without a parent"
          + " included; 0 for no limit.");
  /** The most key results one owner (unit or person) may carry. */
  public static final Setting<Integer> MAX_KEY_RESULTS_PER_OWNER = Setting.count(
      "conflict.owner-key-results.max", 12, 1, 1_000_000,
      "The most key results one owner (a unit or a person) may carry across the set.");
  /** The Jaccard similarity of two titles' shingles from which they count as near-duplicates. */
  public static final Setting<Double> SIMILARITY_THRESHOLD = Setting.number(
      "duplicate.similarity.min", 0.6, 0.01, 1,
      "The Jaccard similarity (0.01..1) of two titles' shingles from which two objectives or key"
          + " results of different owners count as near-duplicates.");
  /** Strategic themes every cycle with company objectives should serve with an objective. */
  public static final Setting<List<String>> REQUIRED_THEMES = Setting.list("gap.themes.required",
      List.of(), "Strategic themes every cycle with company objectives should serve with at"
          + " least one objective; none by default.");

  /**
   * OpenOKR's healthy band: the alignment share from which {@link AlignmentMetrics} calls the
   * alignment healthy. Read by the metrics ({@link AlignmentMetrics#of(AlignmentGraph,
   * ValidationPolicy)}), not by a rule.
   */
  public static final Setting<Integer> HEALTHY_SHARE = Setting.count("metric.share.healthy", 90,
      0, 100, "The alignment share (0..100) from which the alignment band is healthy.");
  /** OpenOKR's watch band: the alignment share from which, below healthy, it is to be watched. */
  public static final Setting<Integer> WATCH_SHARE = Setting.count("metric.share.watch", 80, 0,
      100, "The alignment share (0..100) from which, below the healthy share, the alignment band"
          + " is watch; below it, gap.");

  private static final List<Setting<?>> SETTINGS = List.of(MAX_DEPTH, MAX_KEY_RESULTS_PER_OWNER,
      SIMILARITY_THRESHOLD, REQUIRED_THEMES, HEALTHY_SHARE, WATCH_SHARE);

  private AlignmentRules() {}

  /** The names of the rules, which are also their codes, in catalogue order (the table above). */
  public static List<String> names() {
    return List.copyOf(catalogue().keySet());
  }

  /** The rule with this name (its code), if there is one. */
  public static Optional<ValidationRule> named(String name) {
    return Optional.ofNullable(catalogue().get(Objects.requireNonNull(name, "name")));
  }

  /** The settings the rules read. */
  public static List<Setting<?>> settings() {
    return SETTINGS;
  }

  /**
   * The rules by name, made afresh on each call: they are stateless lambdas, and no class
   * initialiser hides a rule from tests.
   */
  private static Map<String, ValidationRule> catalogue() {
    Map<String, ValidationRule> rules = new LinkedHashMap<>();
    rules.put(MISALIGNED_CLUSTER, CascadeRules.misalignedClusters());
    rules.put(NOT_CASCADED, CascadeRules.notCascaded());
    rules.put(KEY_RESULT_NOT_CASCADED, CascadeRules.keyResultsNotCascaded());
    rules.put(UNIT_WITHOUT_OKRS, CoverageRules.unitsWithoutOkrs());
    rules.put(PERSPECTIVE_MISSING, CoverageRules.perspectives());
    rules.put(THEME_MISSING, CoverageRules.themes());
    rules.put(LOOP, CascadeRules.loops());
    rules.put(LEVEL_SKIP, CascadeRules.levelSkips());
    rules.put(OPPOSITE_DIRECTIONS, KeyResultRules.oppositeDirections());
    rules.put(COMMITTED_UNDER_ASPIRATIONAL, CascadeRules.committedUnderAspirational());
    rules.put(OWNER_OVERLOADED, KeyResultRules.ownerLoad());
    rules.put(TOO_DEEP, CascadeRules.depth());
    rules.put(DUPLICATE_OBJECTIVES, DuplicateRules.objectives());
    rules.put(DUPLICATE_KEY_RESULTS, DuplicateRules.keyResults());
    rules.put(SILOED_DEPARTMENT, CoverageRules.siloedDepartments());
    return Collections.unmodifiableMap(rules);
  }
}
