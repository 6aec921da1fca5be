package org.okr4j.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * okr4j's catalogue of validation rules, each under a stable name that policies use.
 *
 * <p>Each rule reads its settings ({@link Settings}) from the {@link ValidationContext}, so a
 * policy tunes it with {@link ValidationPolicy#with(Setting, Object)}; the defaults are listed
 * with each rule. okr-alignment, when on the path, adds the whole-graph rules (loops, clusters,
 * gaps, conflicts, near-duplicates) to this catalogue through {@link ValidationRuleProvider}. Every rule is linear in the size of the set. The codes a rule
 * reports start with its name's first part ({@code focus.}, {@code measure.}, ...).
 *
 * <table>
 * <caption>Rules, their codes and settings</caption>
 * <tr><th>name</th><th>codes</th><th>settings (default)</th></tr>
 * <tr><td>focus.objectives</td><td>focus.objectives.too-many, .too-few (per owner and cycle)</td>
 *     <td>focus.objectives.min (1), .max (5)</td></tr>
 * <tr><td>focus.key-results</td><td>focus.key-results.too-many, .too-few</td>
 *     <td>focus.key-results.min (1), .max (5); list focus.key-results.min-levels (all)</td></tr>
 * <tr><td>focus.top-level</td><td>focus.top-level.too-many, .too-few (per cycle)</td>
 *     <td>focus.top-level.min (1), .max (5)</td></tr>
 * <tr><td>measure.target</td><td>measure.target.missing</td><td></td></tr>
 * <tr><td>measure.shape</td><td>measure.linear.no-change, measure.range.zero-width,
 *     measure.stages.incomplete, measure.zones.collapsed</td><td></td></tr>
 * <tr><td>measure.currency</td><td>measure.currency.unknown</td><td></td></tr>
 * <tr><td>measure.unit</td><td>measure.unit.mismatch</td><td></td></tr>
 * <tr><td>measure.value</td><td>measure.value.negative</td><td></td></tr>
 * <tr><td>measure.binary</td><td>measure.binary</td><td></td></tr>
 * <tr><td>measure.kind</td><td>measure.kind.not-allowed</td>
 *     <td>lists measure.allowed-kinds.&lt;level&gt; of measure kinds (none: any)</td></tr>
 * <tr><td>wording.key-result.task</td><td>wording.key-result.task</td>
 *     <td>lists wording.activity-verbs.en, .zh</td></tr>
 * <tr><td>wording.key-result.vague</td><td>wording.key-result.vague</td>
 *     <td>lists wording.vague.en, .zh</td></tr>
 * <tr><td>wording.objective.number</td><td>wording.objective.number</td><td></td></tr>
 * <tr><td>wording.objective.business-as-usual</td><td>wording.objective.business-as-usual</td>
 *     <td>lists wording.business-as-usual.en, .zh</td></tr>
 * <tr><td>ownership</td><td>ownership.objective.missing, ownership.key-result.missing,
 *     ownership.owner.unknown (an owner or co-owner), ownership.share.unknown</td><td></td></tr>
 * <tr><td>time.cycle</td><td>time.cycle.unknown</td><td></td></tr>
 * <tr><td>time.cycle.dates</td><td>time.cycle.overlap (two cycles of the set share a day, a
 *     nested pair too; once per pair, in order of start, end and id; values start, end, other,
 *     other-start, other-end), time.cycle.one-day (a cycle that starts on its last day; values
 *     start, end)</td><td></td></tr>
 * <tr><td>time.check-in.dates</td><td>time.check-in.future, time.check-in.outside-cycle</td>
 *     <td></td></tr>
 * <tr><td>time.waypoints</td><td>time.waypoint.outside-cycle</td><td></td></tr>
 * <tr><td>time.check-in.cadence</td><td>time.check-in.stale (more than the grace days past the
 *     due date: the last check-in plus the key result's own {@link org.okr4j.core.Cadence} if it
 *     has one, else time.cadence-days; a key result whose cadence is NONE is never stale; values
 *     last, due, days-late, cadence and cadence-from, {@code key-result} or {@code policy})</td>
 *     <td>time.cadence-days (7), time.grace-days (3)</td></tr>
 * <tr><td>time.not-started</td><td>time.not-started (a key result rolled up from the key results
 *     contributing to it needs no check-in of its own)</td><td>time.not-started-days (7)</td></tr>
 * <tr><td>time.past-due</td><td>time.past-due</td><td></td></tr>
 * <tr><td>commitment.committed</td><td>commitment.committed.low-confidence</td>
 *     <td>commitment.confidence-floor (0.7)</td></tr>
 * <tr><td>commitment.aspirational</td><td>commitment.aspirational.sandbagging</td>
 *     <td>commitment.near-certain (0.9)</td></tr>
 * <tr><td>structure.links</td><td>structure.self-alignment, structure.parent.unknown</td>
 *     <td></td></tr>
 * <tr><td>structure.parent.level</td><td>structure.parent.not-above (below: error; same level:
 *     warning)</td><td></td></tr>
 * <tr><td>structure.parent.ancestors</td><td>structure.parent.outside-ancestors</td><td></td></tr>
 * <tr><td>structure.parent.cycle</td><td>structure.parent.cycle-outside</td><td></td></tr>
 * <tr><td>structure.parent.type</td><td>structure.parent.type-not-allowed</td>
 *     <td>lists structure.allowed-parents.&lt;level&gt; (none: any)</td></tr>
 * <tr><td>structure.parents</td><td>structure.parents.too-many</td>
 *     <td>structure.parents.max (1)</td></tr>
 * <tr><td>structure.children</td><td>structure.children.too-many</td>
 *     <td>structure.children.max (100)</td></tr>
 * <tr><td>structure.key-result</td><td>structure.key-result.has-children</td><td></td></tr>
 * <tr><td>structure.unaligned</td><td>structure.unaligned</td><td></td></tr>
 * <tr><td>structure.company-anchor</td><td>structure.company-anchor.missing (per cycle with
 *     objectives: none at the company level, and no vertical link leaving the set from directly
 *     below it; OpenOKR's anchor)</td><td></td></tr>
 * <tr><td>structure.key-result.links</td><td>structure.key-result.parent.unknown (a
 *     contribution to a key result the set lacks), structure.key-result.loop (key results
 *     contributing to each other in a loop, once per group, ids sorted; value count),
 *     structure.key-result.shares.too-high (the shares pinned on one parent's children add up to
 *     more than 100 %; values share in percent and count), structure.key-result.roll-up.missing
 *     (INFO: key results contribute to a key result without a roll-up, which ignores them; once
 *     per parent, value count)</td><td></td></tr>
 * <tr><td>structure.objective.shares</td><td>structure.objective.shares.too-high (the shares
 *     pinned on one objective's parts, its key results and its contributing children's links,
 *     add up to more than 100 %; values share in percent and count)</td><td></td></tr>
 * <tr><td>text.title</td><td>text.title.too-long, text.title.too-short</td>
 *     <td>text.title.max-length (70), text.title.min-length (1), text.title.of (objectives,
 *     key-results)</td></tr>
 * <tr><td>change.read-only</td><td>change.cycle.closed (an objective added to, removed from or
 *     edited in a closed cycle in anything but its review text and what change.closed-edits
 *     allows), change.cycle.archived (anything added, removed or changed)</td>
 *     <td>list change.closed-edits (grades, carry-over)</td></tr>
 * <tr><td>change.measure</td><td>change.measure.kind</td><td></td></tr>
 * <tr><td>change.objective.owner</td><td>change.objective.owner</td><td></td></tr>
 * <tr><td>change.key-result</td><td>change.key-result.moved</td><td></td></tr>
 * <tr><td>change.in-progress</td><td>change.in-progress.new-objective,
 *     change.in-progress.target</td><td></td></tr>
 * <tr><td>kpi.links</td><td>kpi.objective.unknown (a {@link org.okr4j.core.Kpi}'s link to an
 *     objective the set does not hold; values objective, role)</td><td></td></tr>
 * <tr><td>kpi.readings</td><td>kpi.readings.missing (no reading on or before the as-of date)</td>
 *     <td></td></tr>
 * <tr><td>kpi.suggested</td><td>kpi.key-result.maintains (a key result measured by a threshold,
 *     or a band wider than zero, only keeps a value: a KPI; value measure)</td><td></td></tr>
 * </table>
 */
public final class ValidationRules {

  private ValidationRules() {}

  /**
   * The names of every built-in rule, in catalogue order: okr-core's, then those of installed
   * {@link ValidationRuleProvider}s (okr-alignment's whole-graph rules).
   */
  public static List<String> names() {
    List<String> names = new ArrayList<>(catalogue().keySet());
    for (ValidationRuleProvider provider : Providers.installed()) {
      names.addAll(provider.rules().keySet());
    }
    return List.copyOf(names);
  }

  /** The built-in or installed rule with this name, if there is one. */
  public static Optional<ValidationRule> named(String name) {
    ValidationRule rule = catalogue().get(Objects.requireNonNull(name, "name"));
    if (rule == null) {
      for (ValidationRuleProvider provider : Providers.installed()) {
        rule = provider.rules().get(name);
        if (rule != null) {
          break;
        }
      }
    }
    return Optional.ofNullable(rule);
  }

  /** Objectives per owner and cycle within {@code focus.objectives.min..max}. */
  public static ValidationRule objectivesPerOwner() {
    return catalogue().get("focus.objectives");
  }

  /** Key results per objective within {@code focus.key-results.min..max}. */
  public static ValidationRule keyResultsPerObjective() {
    return catalogue().get("focus.key-results");
  }

  /** Top-level objectives per cycle within {@code focus.top-level.min..max}. */
  public static ValidationRule topLevelObjectives() {
    return catalogue().get("focus.top-level");
  }

  /** Outcome, not output: no key result that opens with an activity verb. */
  public static ValidationRule outcomesNotTasks() {
    return catalogue().get("wording.key-result.task");
  }

  /** Objectives are qualitative: no number in an objective's title. */
  public static ValidationRule qualitativeObjectives() {
    return catalogue().get("wording.objective.number");
  }

  /** Owners present and known to the organisation. */
  public static ValidationRule owners() {
    return catalogue().get("ownership");
  }

  /** Check-ins on the cadence plus a grace period. */
  public static ValidationRule regularCheckIns() {
    return catalogue().get("time.check-in.cadence");
  }

  /** Titles within {@code text.title.min-length} and {@code text.title.max-length}. */
  public static ValidationRule titleLength() {
    return catalogue().get("text.title");
  }

  /**
   * The rules by name, made afresh on each call: they are stateless lambdas, so this costs a few
   * dozen small allocations, and no class initialiser hides a rule from tests.
   */
  static Map<String, ValidationRule> catalogue() {
    Map<String, ValidationRule> rules = new LinkedHashMap<>();
    rules.put("focus.objectives", FocusRules.objectivesPerOwner());
    rules.put("focus.key-results", FocusRules.keyResultsPerObjective());
    rules.put("focus.top-level", FocusRules.topLevelObjectives());
    rules.put("measure.target", MeasureRules.target());
    rules.put("measure.shape", MeasureRules.shape());
    rules.put("measure.currency", MeasureRules.currency());
    rules.put("measure.unit", MeasureRules.unitsInRollUp());
    rules.put("measure.value", MeasureRules.nonNegative());
    rules.put("measure.binary", MeasureRules.binary());
    rules.put("measure.kind", MeasureRules.allowedKinds());
    rules.put("wording.key-result.task", WordingRules.taskLikeKeyResults());
    rules.put("wording.key-result.vague", WordingRules.vagueKeyResults());
    rules.put("wording.objective.number", WordingRules.numbersInObjectives());
    rules.put("wording.objective.business-as-usual", WordingRules.businessAsUsual());
    rules.put("ownership", OwnershipRules.owners());
    rules.put("time.cycle", TimeRules.knownCycles());
    rules.put("time.cycle.dates", TimeRules.cycleDates());
    rules.put("time.check-in.dates", TimeRules.checkInDates());
    rules.put("time.waypoints", TimeRules.waypointDates());
    rules.put("time.check-in.cadence", TimeRules.staleCheckIns());
    rules.put("time.not-started", TimeRules.notStarted());
    rules.put("time.past-due", TimeRules.pastDue());
    rules.put("commitment.committed", CommitmentRules.doubtedPromises());
    rules.put("commitment.aspirational", CommitmentRules.sandbagging());
    rules.put("structure.links", StructureRules.links());
    rules.put("structure.parent.level", StructureRules.parentLevels());
    rules.put("structure.parent.ancestors", StructureRules.parentsInAncestorUnits());
    rules.put("structure.parent.cycle", StructureRules.parentCycles());
    rules.put("structure.parent.type", StructureRules.allowedParentLevels());
    rules.put("structure.parents", StructureRules.parentCount());
    rules.put("structure.children", StructureRules.childCount());
    rules.put("structure.key-result", StructureRules.keyResultsWithoutChildren());
    rules.put("structure.company-anchor", StructureRules.companyAnchor());
    rules.put("structure.unaligned", StructureRules.unaligned());
    rules.put("structure.key-result.links", StructureRules.keyResultLinks());
    rules.put("structure.objective.shares", StructureRules.pinnedShares());
    rules.put("text.title", TextRules.titleLength());
    rules.put("change.read-only", ChangeRules.readOnlyCycles());
    rules.put("change.measure", ChangeRules.measureKinds());
    rules.put("change.objective.owner", ChangeRules.fixedOwners());
    rules.put("change.key-result", ChangeRules.fixedKeyResults());
    rules.put("change.in-progress", ChangeRules.cyclesInProgress());
    rules.put("kpi.links", KpiRules.links());
    rules.put("kpi.readings", KpiRules.readings());
    rules.put("kpi.suggested", KpiRules.keepsAValue());
    return Collections.unmodifiableMap(rules);
  }
}
