package org.okr4j.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.okr4j.core.MeasureKind;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.internal.Guards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A configured bundle of validation rules: which rules run, their thresholds and word lists, and
 * which codes are re-graded or switched off.
 *
 * <p>Immutable and thread-safe; {@code with...} methods return tuned copies. Rules run in the
 * order they were added. {@link #without(String)} takes a rule's name or a code prefix: it drops
 * the rule of that name and silences every code equal to it or below it ({@code "focus"} silences
 * all {@code focus.*} codes). {@link #withSeverity(String, Severity)} re-grades a code or a prefix;
 * the longest matching prefix wins.
 * <pre>{@code
 * ValidationPolicy policy = ValidationPolicy.named("quantive")
 *     .withThreshold("focus.key-results.max", 4)
 *     .withSeverity("text.title.too-long", Severity.INFO)
 *     .without("measure.binary")
 *     .with("acme.jira-link", jiraLink);
 * ValidationResult result = policy.check(set, LocalDate.of(2026, 11, 20));
 * ValidationResult edit = policy.checkEdit(before, after, LocalDate.of(2026, 11, 20));
 * }</pre>
 *
 * <p>Presets, by {@link #named(String)}:
 * <table>
 * <caption>Built-in presets</caption>
 * <tr><th>name</th><th>reproduces</th></tr>
 * <tr><td>okr4j</td><td>{@link #defaults()}: every rule that needs no platform convention</td></tr>
 * <tr><td>strategy-execution</td><td>the strategy-execution paper (seed 000): 3&ndash;5
 *     objectives per owner, at most 4 key results, 2&ndash;3 priorities at the top</td></tr>
 * <tr><td>implementation-guide</td><td>the implementation guide (seed 002): 3&ndash;5 key results
 *     per objective, none vague</td></tr>
 * <tr><td>bottom-up</td><td>the bottom-up process paper (seed 003): 4&ndash;6 objectives, at most 5
 *     key results</td></tr>
 * <tr><td>google</td><td>Google's playbook and Doerr: 3&ndash;5 objectives, at most 5 key results,
 *     outcomes not tasks, committed objectives confident, aspirational ones not sandbagged</td></tr>
 * <tr><td>viva-goals</td><td>Viva Goals' alerts: not aligned, team or individual objective without
 *     key results, more than 5 key results, no owner, past due, not started 7 days after the
 *     start</td></tr>
 * <tr><td>quantive</td><td>Quantive's design score (titles under 70 characters, 2&ndash;5 key
 *     results, no yes/no key results) and its session states</td></tr>
 * <tr><td>burningokr</td><td>BurningOKR: at most 7 key results, values not negative, parents in
 *     ancestor units, closed cycles read-only</td></tr>
 * <tr><td>gitlab</td><td>GitLab: one parent, at most 100 children, key results without
 *     children</td></tr>
 * <tr><td>lattice</td><td>Lattice: one parent</td></tr>
 * <tr><td>15five</td><td>15Five: a child's dates lie within its parent's</td></tr>
 * <tr><td>mooncamp</td><td>Mooncamp-style allowed parent levels (individual to team or department,
 *     team to department or company, department to company), required owners, and the measure
 *     kinds each level's key results may use (lists {@code measure.allowed-kinds.<level>}, which
 *     the host sets as its workspace does; none set: any kind)</td></tr>
 * <tr><td>puzzle-okr</td><td>Puzzle OKR's edit rules: measure kind fixed once checked in, owners
 *     and key results' objectives fixed</td></tr>
 * </table>
 */
public final class ValidationPolicy {

  private static final Logger LOG = LoggerFactory.getLogger(ValidationPolicy.class);

  private static final List<String> DEFAULT_RULES = List.of("focus.objectives",
      "focus.key-results", "focus.top-level", "measure.target", "measure.shape", "measure.currency",
      "measure.unit", "wording.key-result.task", "wording.key-result.vague",
      "wording.objective.number", "wording.objective.business-as-usual", "ownership", "time.cycle",
      "time.check-in.dates", "time.check-in.cadence", "time.not-started", "time.past-due",
      "commitment.committed", "commitment.aspirational", "structure.links",
      "structure.parent.level", "structure.parent.cycle", "structure.unaligned", "text.title",
      "change.read-only", "change.measure", "change.objective.owner", "change.key-result");

  private static final Map<String, Supplier<ValidationPolicy>> PRESETS = presets();
  /** Marks a silenced code in the per-check decisions. */
  private static final Object SILENCED = new Object();

  private final String name;
  private final Map<String, ValidationRule> rules;
  private final Map<String, Severity> severities;
  private final Set<String> silenced;
  private final Map<String, Double> thresholds;
  private final Map<String, List<String>> lists;

  private ValidationPolicy(Builder builder) {
    this.name = builder.name;
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(builder.rules));
    this.severities = Map.copyOf(builder.severities);
    this.silenced = Collections.unmodifiableSet(new LinkedHashSet<>(builder.silenced));
    this.thresholds = Map.copyOf(builder.thresholds);
    this.lists = Map.copyOf(builder.lists);
  }

  /** A builder that starts with no rules, okr4j's default thresholds and word lists. */
  public static Builder builder() {
    return new Builder();
  }

  /** okr4j's default policy: every rule that needs no platform convention. */
  public static ValidationPolicy defaults() {
    return named("okr4j");
  }

  /**
   * The preset with this name (see the table above).
   *
   * @throws IllegalArgumentException if there is none
   */
  public static ValidationPolicy named(String name) {
    Supplier<ValidationPolicy> preset = PRESETS.get(Objects.requireNonNull(name, "name"));
    Guards.check(preset != null, "validation policy name", "be one of " + PRESETS.keySet(), name);
    return preset.get();
  }

  /** The names of the presets, in the order of the table above. */
  public static List<String> names() {
    return List.copyOf(PRESETS.keySet());
  }

  /** Its name, such as {@code okr4j} or a vendor's own. */
  public String name() {
    return name;
  }

  /** The names of its rules, in the order they run. */
  public List<String> ruleNames() {
    return List.copyOf(rules.keySet());
  }

  /** Its thresholds by key; unmodifiable. */
  public Map<String, Double> thresholds() {
    return thresholds;
  }

  /** Its word and name lists by key; unmodifiable. */
  public Map<String, List<String>> lists() {
    return lists;
  }

  /** Checks {@code set} as of {@code asOf}. Never throws on a set okr-core can build. */
  public ValidationResult check(OkrSet set, LocalDate asOf) {
    return run(new ValidationContext(set, null, asOf, thresholds, lists, this::reports));
  }

  /** Checks {@code after} and the edit that led to it from {@code before}, as of {@code asOf}. */
  public ValidationResult checkEdit(OkrSet before, OkrSet after, LocalDate asOf) {
    Objects.requireNonNull(before, "before");
    return run(new ValidationContext(after, before, asOf, thresholds, lists, this::reports));
  }

  /** A copy that also runs {@code rule} under {@code name} (replacing a rule of that name). */
  public ValidationPolicy with(String name, ValidationRule rule) {
    return toBuilder().rule(name, rule).build();
  }

  /** A copy that also runs the built-in rule of this name. */
  public ValidationPolicy with(String builtInRule) {
    return toBuilder().rule(builtInRule).build();
  }

  /** A copy without the rule of this name, and with every code at or below it silenced. */
  public ValidationPolicy without(String nameOrCodePrefix) {
    return toBuilder().without(nameOrCodePrefix).build();
  }

  /** A copy that reports every code at or below {@code codeOrPrefix} at {@code severity}. */
  public ValidationPolicy withSeverity(String codeOrPrefix, Severity severity) {
    return toBuilder().severity(codeOrPrefix, severity).build();
  }

  /** A copy with the threshold {@code key} set to {@code value}. */
  public ValidationPolicy withThreshold(String key, double value) {
    return toBuilder().threshold(key, value).build();
  }

  /** A copy with the list {@code key} set to {@code values}. */
  public ValidationPolicy withList(String key, List<String> values) {
    return toBuilder().list(key, values).build();
  }

  /** A copy under another name. */
  public ValidationPolicy withName(String name) {
    return toBuilder().name(name).build();
  }

  /** A builder holding everything this policy holds. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.rules.putAll(rules);
    builder.severities.putAll(severities);
    builder.silenced.addAll(silenced);
    builder.thresholds.putAll(thresholds);
    builder.lists.putAll(lists);
    return builder;
  }

  @Override
  public String toString() {
    return "ValidationPolicy[" + name + ", rules " + rules.keySet()
        + (severities.isEmpty() ? "" : ", severities " + new java.util.TreeMap<>(severities))
        + (silenced.isEmpty() ? "" : ", silenced " + silenced) + "]";
  }

  private ValidationResult run(ValidationContext context) {
    // Decided once per code and reported severity (a rule may report one code at several).
    Map<String, Object[]> decided = new HashMap<>();
    List<ValidationRule> active = new ArrayList<>();
    for (Map.Entry<String, ValidationRule> rule : rules.entrySet()) {
      if (!isSilenced(rule.getKey())) {
        active.add(rule.getValue());
      }
    }
    // The rules that judge one objective at a time share one walk over the set, each into its
    // own list, so that the result still lists rule after rule in the policy's order.
    List<List<Violation>> found = new ArrayList<>(active.size());
    List<ObjectiveRule.ObjectiveCheck> checks = new ArrayList<>();
    List<Consumer<Violation>> sinks = new ArrayList<>();
    for (ValidationRule rule : active) {
      List<Violation> list = new ArrayList<>();
      found.add(list);
      if (rule instanceof ObjectiveRule objectiveRule) {
        checks.add(objectiveRule.start(context));
        sinks.add(violation -> decide(violation, decided, list));
      }
    }
    if (!checks.isEmpty()) {
      for (Objective objective : context.set().objectives()) {
        for (int c = 0; c < checks.size(); c++) {
          checks.get(c).check(objective, sinks.get(c));
        }
      }
    }
    int total = 0;
    for (int r = 0; r < active.size(); r++) {
      List<Violation> list = found.get(r);
      if (!(active.get(r) instanceof ObjectiveRule)) {
        active.get(r).check(context, violation -> decide(violation, decided, list));
      }
      total += list.size();
    }
    List<Violation> all = new ArrayList<>(total);
    found.forEach(all::addAll);
    LOG.debug("validation policy {} checked {} objectives and {} key results: {} violations", name,
        context.set().objectives().size(), context.set().keyResultCount(), all.size());
    return new ValidationResult(name, Collections.unmodifiableList(all));
  }

  /** Re-grades a reported violation as the policy says, or drops it if its code is silenced. */
  private void decide(Violation violation, Map<String, Object[]> decided, List<Violation> into) {
    Object[] byReported = decided.computeIfAbsent(violation.code(),
        code -> new Object[Severity.values().length]);
    int reported = violation.severity().ordinal();
    if (byReported[reported] == null) {
      byReported[reported] = isSilenced(violation.code()) ? SILENCED
          : severityOf(violation.code(), violation.severity());
    }
    if (byReported[reported] != SILENCED) {
      into.add(violation.withSeverity((Severity) byReported[reported]));
    }
  }

  private boolean reports(String code) {
    return !isSilenced(code);
  }

  private boolean isSilenced(String code) {
    for (String prefix : silenced) {
      if (Violation.matches(code, prefix)) {
        return true;
      }
    }
    return false;
  }

  private Severity severityOf(String code, Severity reported) {
    String best = null;
    for (String prefix : severities.keySet()) {
      if (Violation.matches(code, prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null ? reported : severities.get(best);
  }

  private static Map<String, Supplier<ValidationPolicy>> presets() {
    Map<String, Supplier<ValidationPolicy>> presets = new LinkedHashMap<>();
    presets.put("okr4j", () -> base("okr4j").build());
    presets.put("strategy-execution", () -> base("strategy-execution")
        .threshold("focus.objectives.min", 3).threshold("focus.objectives.max", 5)
        .threshold("focus.key-results.max", 4)
        .threshold("focus.top-level.min", 2).threshold("focus.top-level.max", 3).build());
    presets.put("implementation-guide", () -> base("implementation-guide")
        .threshold("focus.key-results.min", 3).threshold("focus.key-results.max", 5)
        .severity("wording.key-result.vague", Severity.WARNING).build());
    presets.put("bottom-up", () -> base("bottom-up")
        .threshold("focus.objectives.min", 4).threshold("focus.objectives.max", 6)
        .threshold("focus.key-results.max", 5).build());
    presets.put("google", () -> builder().name("google")
        .rules(List.of("focus.objectives", "focus.key-results", "measure.target", "measure.shape",
            "wording.key-result.task", "wording.objective.number", "commitment.committed",
            "commitment.aspirational"))
        .threshold("focus.objectives.min", 3).threshold("focus.objectives.max", 5)
        .severity("commitment", Severity.WARNING).build());
    presets.put("viva-goals", () -> builder().name("viva-goals")
        .rules(List.of("structure.unaligned", "focus.key-results", "ownership", "time.past-due",
            "time.not-started"))
        .list("focus.key-results.min-levels", List.of("team", "individual"))
        .without("ownership.key-result").without("ownership.owner").build());
    presets.put("quantive", () -> builder().name("quantive")
        .rules(List.of("text.title", "focus.key-results", "measure.binary", "change.read-only",
            "change.in-progress"))
        .threshold("text.title.max-length", 69).threshold("focus.key-results.min", 2)
        .severity("text.title.too-long", Severity.WARNING)
        .severity("measure.binary", Severity.WARNING).build());
    presets.put("burningokr", () -> builder().name("burningokr")
        .rules(List.of("focus.key-results", "measure.value", "structure.parent.ancestors",
            "change.read-only"))
        .threshold("focus.key-results.min", 0).threshold("focus.key-results.max", 7)
        .severity("structure.parent.outside-ancestors", Severity.ERROR).build());
    presets.put("gitlab", () -> builder().name("gitlab")
        .rules(List.of("structure.parents", "structure.children", "structure.key-result"))
        .threshold("structure.parents.max", 1).threshold("structure.children.max", 100)
        .severity("structure", Severity.ERROR).build());
    presets.put("lattice", () -> builder().name("lattice")
        .rule("structure.parents").threshold("structure.parents.max", 1)
        .severity("structure.parents", Severity.ERROR).build());
    presets.put("15five", () -> builder().name("15five")
        .rule("structure.parent.cycle")
        .severity("structure.parent.cycle-outside", Severity.ERROR).build());
    presets.put("mooncamp", () -> builder().name("mooncamp")
        .rules(List.of("structure.parent.type", "measure.kind", "ownership"))
        .list("structure.allowed-parents.department", List.of("company"))
        .list("structure.allowed-parents.team", List.of("company", "department"))
        .list("structure.allowed-parents.individual", List.of("department", "team"))
        .severity("ownership.objective.missing", Severity.ERROR)
        .without("ownership.key-result").build());
    presets.put("puzzle-okr", () -> builder().name("puzzle-okr")
        .rules(List.of("change.measure", "change.objective.owner", "change.key-result")).build());
    return Collections.unmodifiableMap(presets);
  }

  /**
   * okr4j's default rules: no top-level minimum (a quarter may hold only team objectives), and no
   * owner asked of key results, which take their objective's owner unless given their own.
   */
  private static Builder base(String name) {
    return builder().name(name).rules(DEFAULT_RULES).threshold("focus.top-level.min", 0)
        .without("ownership.key-result");
  }

  /** Builds {@link ValidationPolicy}s; not thread-safe. */
  public static final class Builder {

    private String name = "custom";
    private final Map<String, ValidationRule> rules = new LinkedHashMap<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private final Set<String> silenced = new LinkedHashSet<>();
    private final Map<String, Double> thresholds = new HashMap<>(Settings.THRESHOLDS);
    private final Map<String, List<String>> lists = new HashMap<>(Settings.LISTS);

    private Builder() {}

    /** Names the policy; {@code custom} unless set. */
    public Builder name(String name) {
      this.name = Guards.id("validation policy name", name);
      return this;
    }

    /** Adds {@code rule} under {@code name}, replacing a rule of that name. */
    public Builder rule(String name, ValidationRule rule) {
      Guards.id("validation rule name", name);
      rules.put(name, Objects.requireNonNull(rule, "rule"));
      silenced.remove(name);
      return this;
    }

    /**
     * Adds the built-in rule of this name.
     *
     * @throws IllegalArgumentException if okr4j has no rule of that name
     */
    public Builder rule(String builtInRule) {
      ValidationRule rule = ValidationRules.named(builtInRule).orElse(null);
      Guards.check(rule != null, "validation rule name", "be one of " + ValidationRules.names(),
          builtInRule);
      return rule(builtInRule, rule);
    }

    /** Adds the built-in rules of these names, in order. */
    public Builder rules(List<String> builtInRules) {
      builtInRules.forEach(this::rule);
      return this;
    }

    /** Drops the rule of this name and silences every code at or below it. */
    public Builder without(String nameOrCodePrefix) {
      Guards.id("rule name or code prefix", nameOrCodePrefix);
      rules.remove(nameOrCodePrefix);
      silenced.add(nameOrCodePrefix);
      return this;
    }

    /** Reports every code at or below {@code codeOrPrefix} at {@code severity}. */
    public Builder severity(String codeOrPrefix, Severity severity) {
      Guards.id("code prefix", codeOrPrefix);
      severities.put(codeOrPrefix, Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** Sets the threshold {@code key}. */
    public Builder threshold(String key, double value) {
      Guards.id("threshold key", key);
      thresholds.put(key, Guards.finite("threshold " + key, value));
      return this;
    }

    /**
     * Sets the list {@code key} (word lists, allowed parent levels, allowed measure kinds).
     *
     * @throws IllegalArgumentException if a {@code measure.allowed-kinds.<level>} list names
     *     something that is not a {@link MeasureKind} (case is ignored)
     */
    public Builder list(String key, List<String> values) {
      Guards.id("list key", key);
      List<String> copy = List.copyOf(values);
      if (key.startsWith(MeasureRules.ALLOWED_KINDS)) {
        for (String value : copy) {
          Guards.check(MeasureRules.kindNamed(value).isPresent(), "list " + key,
              "name measure kinds, one of " + List.of(MeasureKind.values()), value);
        }
      }
      lists.put(key, copy);
      return this;
    }

    /** The policy. */
    public ValidationPolicy build() {
      return new ValidationPolicy(this);
    }
  }
}
