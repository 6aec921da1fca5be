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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.okr4j.core.MeasureKind;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.internal.Guards;
import org.okr4j.core.internal.Presets;
import org.okr4j.core.internal.SetColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A configured bundle of validation rules: which rules run, their settings ({@link Settings}), and
 * which codes are re-graded or switched off. The one rule engine of okr4j: local rules from
 * okr-core and whole-graph rules from okr-alignment report into one {@link ValidationResult}.
 *
 * <p>Immutable and thread-safe; {@code with...} methods return tuned copies. Rules run in the
 * order they were added. {@link #without(String)} takes a rule's name or a code prefix: it drops
 * the rule of that name and silences every code equal to it or below it ({@code "focus"} silences
 * all {@code focus.*} codes). {@link #withSeverity(String, Severity)} re-grades a code or a prefix;
 * the longest matching prefix wins.
 * <pre>{@code
 * ValidationPolicy policy = ValidationPolicy.named("quantive")
 *     .with(Settings.KEY_RESULTS_MAX, 4)                 // or withSetting("focus.key-results.max", "4")
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
 * <tr><td>quantive</td><td>Quantive's design score (objective titles under 70 characters,
 *     2&ndash;5 key results, no yes/no key results) and its session states: nothing of an
 *     archived cycle changes; in progress, no new objectives and no changed targets (a closed
 *     cycle, which Quantive does not have, keeps okr4j's default: its review text, grades and
 *     carry-over may change)</td></tr>
 * <tr><td>burningokr</td><td>BurningOKR: at most 7 key results, values not negative, parents in
 *     ancestor units, cycles that do not overlap (a quarter inside a year included) and start
 *     before they end, a closed cycle read-only except its review text (no grades, no carry-over:
 *     {@link Settings#CLOSED_EDITS} empty), an archived one read-only</td></tr>
 * <tr><td>gitlab</td><td>GitLab: one parent, at most 100 children, key results without
 *     children</td></tr>
 * <tr><td>lattice</td><td>Lattice: one parent</td></tr>
 * <tr><td>15five</td><td>15Five: a child's dates lie within its parent's</td></tr>
 * <tr><td>mooncamp</td><td>Mooncamp-style allowed parent levels (individual to team or department,
 *     team to department or company, department to company), required owners, and the measure
 *     kinds each level's key results may use (lists {@code measure.allowed-kinds.<level>}, which
 *     the host sets as its workspace does; none set: any kind)</td></tr>
 * <tr><td>puzzle-okr</td><td>Puzzle OKR's edit rules: measure kind fixed once checked in, owners
 *     and key results' objectives fixed, a draft's too ({@link Settings#DRAFT_EDITS} empty);
 *     titles of 2 to 250 characters (errors)</td></tr>
 * <tr><td>openokr</td><td>OpenOKR's alignment findings: objectives below the company without a
 *     parent or a reason (error), a cycle without a company anchor (error: no company objective,
 *     and no vertical link leaving the set from directly below the company), objectives without
 *     key results (warning)</td></tr>
 * <tr><td>workboard</td><td>WorkBoard: unaligned objectives, and with okr-alignment misaligned
 *     clusters (aligned, but never reaching the top)</td></tr>
 * </table>
 *
 * <p>okr-alignment, when on the path, adds its whole-graph rules to the presets through
 * {@link ValidationRuleProvider}: all of them to {@code okr4j}, the depth limit (9) to
 * {@code gitlab}, misaligned clusters to {@code workboard}. Without it, each preset runs its local
 * rules alone.
 */
public final class ValidationPolicy {

  private static final Logger LOG = LoggerFactory.getLogger(ValidationPolicy.class);

  private static final List<String> DEFAULT_RULES = List.of("focus.objectives",
      "focus.key-results", "focus.top-level", "measure.target", "measure.shape", "measure.currency",
      "measure.unit", "wording.key-result.task", "wording.key-result.vague",
      "wording.objective.number", "wording.objective.business-as-usual", "ownership", "time.cycle",
      "time.check-in.dates", "time.waypoints", "time.check-in.cadence", "time.not-started", "time.past-due",
      "commitment.committed", "commitment.aspirational", "structure.links",
      "structure.parent.level", "structure.parent.ancestors", "structure.parent.cycle",
      "structure.unaligned", "structure.key-result.links", "structure.objective.shares",
      "text.title",
      "change.read-only", "change.measure", "change.objective.owner", "change.key-result",
      "kpi.links", "kpi.readings", "kpi.suggested");

  private static final Presets<Builder> PRESETS = presets();
  /** Marks a silenced code in the per-check decisions. */
  private static final Object SILENCED = new Object();

  // Objectives the walk reads the columns of before checking them: their key results (about
  // three each) and what those hold stay in a core's cache between the two.
  private static final int WALK_CHUNK = 64;

  private final String name;
  private final Map<String, ValidationRule> rules;
  private final Map<String, Severity> severities;
  private final Set<String> silenced;
  private final Map<String, Object> settings;
  private final Map<String, Setting<?>> own;

  private ValidationPolicy(Builder builder) {
    this.name = builder.name;
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(builder.rules));
    this.severities = Map.copyOf(builder.severities);
    this.silenced = Collections.unmodifiableSet(new LinkedHashSet<>(builder.silenced));
    this.settings = Map.copyOf(builder.settings);
    this.own = Map.copyOf(builder.own);
  }

  /** A builder that starts with no rules, every setting at its default and okr4j's word lists. */
  public static Builder builder() {
    return new Builder();
  }

  /** okr4j's default policy: every rule that needs no platform convention. */
  public static ValidationPolicy defaults() {
    return named("okr4j");
  }

  /** The strategy-execution paper's limits (seed 000). The preset {@code strategy-execution}: see the table above. */
  public static ValidationPolicy strategyExecution() {
    return named("strategy-execution");
  }

  /** The implementation guide's limits (seed 002). The preset {@code implementation-guide}: see the table above. */
  public static ValidationPolicy implementationGuide() {
    return named("implementation-guide");
  }

  /** The bottom-up process paper's limits (seed 003). The preset {@code bottom-up}: see the table above. */
  public static ValidationPolicy bottomUp() {
    return named("bottom-up");
  }

  /** Google's playbook and Doerr. The preset {@code google}: see the table above. */
  public static ValidationPolicy google() {
    return named("google");
  }

  /** Viva Goals' alerts. The preset {@code viva-goals}: see the table above. */
  public static ValidationPolicy vivaGoals() {
    return named("viva-goals");
  }

  /** Quantive's design score and session states. The preset {@code quantive}: see the table above. */
  public static ValidationPolicy quantive() {
    return named("quantive");
  }

  /** BurningOKR's checks. The preset {@code burningokr}: see the table above. */
  public static ValidationPolicy burningOkr() {
    return named("burningokr");
  }

  /** GitLab's hierarchy rules. The preset {@code gitlab}: see the table above. */
  public static ValidationPolicy gitlab() {
    return named("gitlab");
  }

  /** Lattice: one parent. The preset {@code lattice}: see the table above. */
  public static ValidationPolicy lattice() {
    return named("lattice");
  }

  /** 15Five: a child's dates within its parent's. The preset {@code 15five}: see the table above. */
  public static ValidationPolicy fifteenFive() {
    return named("15five");
  }

  /** Mooncamp-style parent levels, owners and measure kinds. The preset {@code mooncamp}: see the table above. */
  public static ValidationPolicy mooncamp() {
    return named("mooncamp");
  }

  /** Puzzle OKR's edit rules. The preset {@code puzzle-okr}: see the table above. */
  public static ValidationPolicy puzzleOkr() {
    return named("puzzle-okr");
  }

  /** OpenOKR's alignment findings. The preset {@code openokr}: see the table above. */
  public static ValidationPolicy openOkr() {
    return named("openokr");
  }

  /** WorkBoard: unaligned objectives and misaligned clusters. The preset {@code workboard}: see the table above. */
  public static ValidationPolicy workboard() {
    return named("workboard");
  }

  /**
   * The preset with this name, ignoring case (see the table above), with the part of it that
   * installed {@link ValidationRuleProvider}s contribute (okr-alignment's whole-graph rules).
   *
   * @throws IllegalArgumentException naming the presets, if none has this name
   */
  public static ValidationPolicy named(String name) {
    Builder builder = PRESETS.named(name);
    // The seed documents' presets are okr4j's defaults with other limits: they get okr4j's part.
    String preset = builder.basedOnDefaults ? "okr4j" : builder.name;
    for (ValidationRuleProvider provider : Providers.installed()) {
      provider.contributeTo(preset, builder);
    }
    builder.basedOnDefaults = false;
    return builder.build();
  }

  /** The names of the presets, in the order of the table above. */
  public static List<String> names() {
    return PRESETS.names();
  }

  /** Its name, such as {@code okr4j} or a vendor's own. */
  public String name() {
    return name;
  }

  /** The names of its rules, in the order they run. */
  public List<String> ruleNames() {
    return List.copyOf(rules.keySet());
  }

  /** Its value of {@code setting}: the one it sets, or the setting's default. */
  @SuppressWarnings("unchecked")
  public <T> T get(Setting<T> setting) {
    Object value = settings.get(Objects.requireNonNull(setting, "setting").name());
    return value == null ? setting.defaultValue() : (T) value;
  }

  /**
   * The settings it holds a value for, by name, sorted: okr4j's word lists and whatever it sets;
   * a setting left at its default is not listed ({@link #get(Setting)} gives it).
   */
  public Map<String, Object> settings() {
    return Collections.unmodifiableMap(new java.util.TreeMap<>(settings));
  }

  /** Checks {@code set} as of {@code asOf}. Never throws on a set okr-core can build. */
  public ValidationResult check(OkrSet set, LocalDate asOf) {
    return run(context(set, null, asOf), null);
  }

  /**
   * Checks {@code set} as of {@code asOf} as {@link #check(OkrSet, LocalDate)} does, with the same
   * result (the same violations in the same order), running the rules that judge the whole set
   * (okr-alignment's graph analyses, near-duplicates, vendors' rules) on {@code executor} beside
   * the walk over the objectives, which runs in the calling thread. For a nightly job over a large
   * organisation on a machine with cores to spare: a million employees' near-duplicate search then
   * no longer waits for the other rules. A dedicated executor suits work of many seconds better
   * than a shared pool; rules that run on its threads do not see the caller's thread-locals.
   *
   * <p>okr4j starts no thread of its own. The executor's threads take the rules from the policy's
   * last towards its first (the defaults end with the near-duplicate rules and one metric); the
   * calling thread, after its walk, takes any rule no thread has started, from the first, and then
   * waits for the rules running elsewhere. So the check never waits for work the executor has not
   * started: a busy executor, one that rejects the work, or {@code Runnable::run} leave it to the
   * calling thread. The tasks left in a busy executor's queue hold nothing of the check once it
   * has returned. Rules run at once with each other, which the {@link ValidationRule} contract
   * (stateless and thread-safe) allows.
   *
   * <pre>{@code
   * ExecutorService nightly = Executors.newFixedThreadPool(2);
   * ValidationResult result = policy.check(set, asOf, nightly);
   * }</pre>
   *
   * <p>If a rule throws, the rules after it in the policy's order that have not started are
   * skipped (all of them if the walk over the objectives threw); once the rules already running
   * have ended, the walk's failure is thrown, else the first whole-set rule's in the policy's
   * order: for rules that fail the same way each time, the one a single thread would throw. Other
   * failures of rules that happened to run are added to it as suppressed, so which ones varies
   * from run to run. The built-in rules throw on no set okr-core can build.
   */
  public ValidationResult check(OkrSet set, LocalDate asOf, Executor executor) {
    return run(context(set, null, asOf), Objects.requireNonNull(executor, "executor"));
  }

  /** Checks {@code after} and the edit that led to it from {@code before}, as of {@code asOf}. */
  public ValidationResult checkEdit(OkrSet before, OkrSet after, LocalDate asOf) {
    Objects.requireNonNull(before, "before");
    return run(context(after, before, asOf), null);
  }

  ValidationContext context(OkrSet set, OkrSet before, LocalDate asOf) {
    return new ValidationContext(set, before, asOf, settings, this::reports);
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

  /**
   * A copy with {@code setting} set to {@code value}.
   *
   * @throws IllegalArgumentException naming the setting, its range and the value, if the value
   *     lies outside the range
   */
  public <T> ValidationPolicy with(Setting<T> setting, T value) {
    return toBuilder().set(setting, value).build();
  }

  /**
   * A copy with the setting named {@code name} set to the value written as {@code text} (see
   * {@link Setting#parse(String)}): for settings kept as text in a host's database.
   *
   * @throws IllegalArgumentException if no setting has that name ({@link Settings#named}), or the
   *     text is not a value within its range; the message names the setting, the range and value
   */
  public ValidationPolicy withSetting(String name, String text) {
    return toBuilder().setting(name, text).build();
  }

  /**
   * A copy with the count or number setting {@code name} set to {@code value}: the numeric
   * shortcut of {@link #withSetting(String, String)}.
   *
   * @throws IllegalArgumentException if no such setting exists, it holds a list, a count is given
   *     a fraction, or the value lies outside its range
   */
  public ValidationPolicy withThreshold(String name, double value) {
    return toBuilder().threshold(name, value).build();
  }

  /**
   * A copy with the list setting {@code name} set to {@code values}, such as
   * {@code wording.activity-verbs.de} or {@code structure.allowed-parents.team}.
   *
   * @throws IllegalArgumentException if no list setting has that name, or a value is not allowed
   */
  public ValidationPolicy withList(String name, List<String> values) {
    return toBuilder().list(name, values).build();
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
    builder.settings.clear();
    builder.settings.putAll(settings);
    builder.own.putAll(own);
    return builder;
  }

  @Override
  public String toString() {
    return "ValidationPolicy[" + name + ", rules " + rules.keySet()
        + (severities.isEmpty() ? "" : ", severities " + new java.util.TreeMap<>(severities))
        + (silenced.isEmpty() ? "" : ", silenced " + silenced) + "]";
  }

  private ValidationResult run(ValidationContext context, Executor executor) {
    List<ValidationRule> active = new ArrayList<>();
    for (Map.Entry<String, ValidationRule> rule : rules.entrySet()) {
      if (!isSilenced(rule.getKey())) {
        active.add(rule.getValue());
      }
    }
    // Each rule reports into its own list, so that the result lists rule after rule in the
    // policy's order however the rules were run.
    List<List<Violation>> found = new ArrayList<>(active.size());
    List<ValidationRule> wholeSet = new ArrayList<>();
    List<Consumer<Violation>> wholeSetSinks = new ArrayList<>();
    List<ObjectiveRule> objectiveRules = new ArrayList<>();
    List<Consumer<Violation>> objectiveSinks = new ArrayList<>();
    for (ValidationRule rule : active) {
      List<Violation> list = new ArrayList<>();
      found.add(list);
      if (rule instanceof ObjectiveRule objectiveRule) {
        objectiveRules.add(objectiveRule);
        objectiveSinks.add(sink(list));
      } else {
        wholeSet.add(rule);
        wholeSetSinks.add(sink(list));
      }
    }
    WholeSetRules others = new WholeSetRules(context, wholeSet, wholeSetSinks);
    Throwable failure = null;
    try {
      if (executor != null) {
        others.offerTo(executor);
      }
      walk(context, objectiveRules, objectiveSinks, executor == null);
      others.runUnclaimed();
    } catch (Throwable walkFailure) {
      failure = walkFailure;
      others.skipUnclaimed();
    } finally {
      others.awaitAll();
    }
    failure = others.firstFailure(failure);
    if (failure != null) {
      throw WholeSetRules.<RuntimeException>unchecked(failure);
    }
    int total = 0;
    for (List<Violation> list : found) {
      total += list.size();
    }
    List<Violation> all = new ArrayList<>(total);
    found.forEach(all::addAll);
    LOG.debug("validation policy {} checked {} objectives and {} key results: {} violations", name,
        context.set().objectives().size(), context.set().keyResultCount(), all.size());
    return new ValidationResult(name, Collections.unmodifiableList(all));
  }

  /**
   * The rules that judge one objective at a time, in one walk over the set, so that a million
   * objectives are read from memory once rather than once per rule; in id order, so that the
   * result does not depend on the order the set was built in.
   *
   * <p>With {@code readColumns} (a check on one thread, where no other rule runs during the walk)
   * the walk also reads the set's columns if one of its rules asks for them as it starts: a chunk
   * of objectives at a time, just before the rules check that chunk, so that each objective and
   * its key results come from memory once for both. The whole-set rules after it find them read.
   */
  static void walk(ValidationContext context, List<ObjectiveRule> rules,
      List<Consumer<Violation>> sinks, boolean readColumns) {
    if (rules.isEmpty()) {
      return;
    }
    ObjectiveRule.ObjectiveCheck[] checks = new ObjectiveRule.ObjectiveCheck[rules.size()];
    SetColumns.Reader reader;
    if (readColumns) {
      context.offerColumnsToWalk();
    }
    try {
      for (int c = 0; c < checks.length; c++) {
        checks[c] = rules.get(c).start(context);
      }
    } finally {
      reader = context.endColumnsOffer();
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Consumer<Violation>[] outs = sinks.toArray(new Consumer[0]);
    List<Objective> objectives = context.set().objectives();
    OkrLinks links = context.links();
    for (int from = 0; from < objectives.size(); from += WALK_CHUNK) {
      int to = Math.min(objectives.size(), from + WALK_CHUNK);
      if (reader != null) {
        for (int i = from; i < to; i++) {
          int position = links.inIdOrder(i);
          reader.read(position, objectives.get(position), links.firstKeyResult(position));
        }
        reader.flushTitles();
      }
      for (int i = from; i < to; i++) {
        int position = links.inIdOrder(i);
        Objective objective = objectives.get(position);
        for (int c = 0; c < checks.length; c++) {
          checks[c].check(position, objective, outs[c]);
        }
      }
    }
    for (int c = 0; c < checks.length; c++) {
      checks[c].finish(outs[c]);
    }
    if (reader != null) {
      context.keepColumns(reader.finish());
    }
  }

  /**
   * The rules that judge the whole set, each run once by whichever thread claims it first: an
   * executor's threads from the last rule, the calling thread from the first.
   */
  private static final class WholeSetRules {
    private final ValidationContext context;
    private final List<ValidationRule> rules;
    private final List<Consumer<Violation>> sinks;
    private final AtomicIntegerArray claimed;
    private final Throwable[] failures;
    private final CountDownLatch finished;
    // What the tasks offered to an executor reach the rules through, cleared once the check has
    // ended, so that tasks still queued in a busy executor hold nothing of it.
    private final AtomicReference<WholeSetRules> reachable = new AtomicReference<>(this);

    WholeSetRules(ValidationContext context, List<ValidationRule> rules,
        List<Consumer<Violation>> sinks) {
      this.context = context;
      this.rules = rules;
      this.sinks = sinks;
      claimed = new AtomicIntegerArray(rules.size());
      failures = new Throwable[rules.size()];
      finished = new CountDownLatch(rules.size());
    }

    /**
     * Offers the executor one task per rule; each runs the last rule nobody has claimed. An
     * executor that refuses (throws) leaves the rest to the calling thread.
     */
    void offerTo(Executor executor) {
      AtomicReference<WholeSetRules> tasksReach = reachable;
      for (int i = 0; i < rules.size(); i++) {
        try {
          executor.execute(() -> {
            WholeSetRules live = tasksReach.get();
            if (live != null) {
              live.runLastUnclaimed();
            }
          });
        } catch (RuntimeException refused) {
          LOG.debug("executor refused {} of {} whole-set rules; the calling thread runs them",
              rules.size() - i, rules.size());
          return;
        }
      }
    }

    private void runLastUnclaimed() {
      for (int r = rules.size() - 1; r >= 0; r--) {
        if (claimed.compareAndSet(r, 0, 1)) {
          run(r);
          return;
        }
      }
    }

    void runUnclaimed() {
      for (int r = 0; r < rules.size(); r++) {
        if (claimed.compareAndSet(r, 0, 1)) {
          run(r);
        }
      }
    }

    void skipUnclaimed() {
      skipUnclaimedFrom(0);
    }

    private void skipUnclaimedFrom(int first) {
      for (int r = first; r < rules.size(); r++) {
        if (claimed.compareAndSet(r, 0, 1)) {
          finished.countDown();
        }
      }
    }

    /**
     * Runs rule {@code r}. If it throws, the rules after it that nobody has started are skipped:
     * they could not fail earlier in the policy's order, so the failure thrown is the one a single
     * thread would throw.
     */
    private void run(int r) {
      try {
        rules.get(r).check(context, sinks.get(r));
      } catch (Throwable failure) {
        failures[r] = failure;
        skipUnclaimedFrom(r + 1);
      } finally {
        finished.countDown();
      }
    }

    /** Waits for every rule claimed; keeps the caller's interrupt. */
    void awaitAll() {
      boolean interrupted = false;
      while (true) {
        try {
          finished.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      reachable.set(null);
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    /**
     * {@code first} if not null, else the first rule's failure in the policy's order; the other
     * failures added to it as suppressed. Only after {@link #awaitAll()}.
     */
    Throwable firstFailure(Throwable first) {
      Throwable thrown = first;
      for (Throwable failure : failures) {
        if (failure == null) {
          continue;
        }
        if (thrown == null) {
          thrown = failure;
        } else if (failure != thrown) {
          thrown.addSuppressed(failure);
        }
      }
      return thrown;
    }

    /** Throws {@code failure} as it is, checked or not (a rule may throw one sneakily). */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> T unchecked(Throwable failure) throws T {
      throw (T) failure;
    }
  }

  /** Where a rule reports: re-graded as the policy says, silenced codes dropped. */
  private Consumer<Violation> sink(List<Violation> into) {
    // Decided once per code and reported severity (a rule may report one code at several).
    Map<String, Object[]> decided = new HashMap<>();
    return violation -> decide(violation, decided, into);
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

  private static Presets<Builder> presets() {
    Presets<Builder> presets = Presets.of("validation policy");
    presets.add("okr4j", () -> base("okr4j"));
    presets.add("strategy-execution", () -> base("strategy-execution")
        .set(Settings.OBJECTIVES_MIN, 3).set(Settings.OBJECTIVES_MAX, 5)
        .set(Settings.KEY_RESULTS_MAX, 4)
        .set(Settings.TOP_LEVEL_MIN, 2).set(Settings.TOP_LEVEL_MAX, 3));
    presets.add("implementation-guide", () -> base("implementation-guide")
        .set(Settings.KEY_RESULTS_MIN, 3).set(Settings.KEY_RESULTS_MAX, 5)
        .severity("wording.key-result.vague", Severity.WARNING));
    presets.add("bottom-up", () -> base("bottom-up")
        .set(Settings.OBJECTIVES_MIN, 4).set(Settings.OBJECTIVES_MAX, 6)
        .set(Settings.KEY_RESULTS_MAX, 5));
    presets.add("google", () -> builder().name("google")
        .rules(List.of("focus.objectives", "focus.key-results", "measure.target", "measure.shape",
            "wording.key-result.task", "wording.objective.number", "commitment.committed",
            "commitment.aspirational"))
        .set(Settings.OBJECTIVES_MIN, 3).set(Settings.OBJECTIVES_MAX, 5)
        .severity("commitment", Severity.WARNING));
    presets.add("viva-goals", () -> builder().name("viva-goals")
        .rules(List.of("structure.unaligned", "focus.key-results", "ownership", "time.past-due",
            "time.not-started"))
        .set(Settings.KEY_RESULTS_MIN_LEVELS, List.of("team", "individual"))
        .without("ownership.key-result").without("ownership.owner"));
    presets.add("quantive", () -> builder().name("quantive")
        .rules(List.of("text.title", "focus.key-results", "measure.binary", "change.read-only",
            "change.in-progress"))
        .set(Settings.TITLE_MAX_LENGTH, 69).set(Settings.TITLE_OF, List.of("objectives"))
        .set(Settings.KEY_RESULTS_MIN, 2)
        .severity("text.title.too-long", Severity.WARNING)
        .severity("measure.binary", Severity.WARNING));
    presets.add("burningokr", () -> builder().name("burningokr")
        .rules(List.of("focus.key-results", "measure.value", "structure.parent.ancestors",
            "time.cycle.dates", "change.read-only"))
        .set(Settings.KEY_RESULTS_MIN, 0).set(Settings.KEY_RESULTS_MAX, 7)
        .set(Settings.CLOSED_EDITS, List.of())
        .severity("structure.parent.outside-ancestors", Severity.ERROR));
    presets.add("gitlab", () -> builder().name("gitlab")
        .rules(List.of("structure.parents", "structure.children", "structure.key-result"))
        .set(Settings.PARENTS_MAX, 1).set(Settings.CHILDREN_MAX, 100)
        .severity("structure", Severity.ERROR));
    presets.add("lattice", () -> builder().name("lattice")
        .rule("structure.parents").set(Settings.PARENTS_MAX, 1)
        .severity("structure.parents", Severity.ERROR));
    presets.add("15five", () -> builder().name("15five")
        .rule("structure.parent.cycle")
        .severity("structure.parent.cycle-outside", Severity.ERROR));
    presets.add("mooncamp", () -> builder().name("mooncamp")
        .rules(List.of("structure.parent.type", "measure.kind", "ownership"))
        .set(Settings.ALLOWED_PARENTS.member("department"), List.of("company"))
        .set(Settings.ALLOWED_PARENTS.member("team"), List.of("company", "department"))
        .set(Settings.ALLOWED_PARENTS.member("individual"), List.of("department", "team"))
        .severity("ownership.objective.missing", Severity.ERROR)
        .without("ownership.key-result"));
    presets.add("puzzle-okr", () -> builder().name("puzzle-okr")
        .rules(List.of("text.title", "change.measure", "change.objective.owner",
            "change.key-result"))
        .set(Settings.TITLE_MIN_LENGTH, 2).set(Settings.TITLE_MAX_LENGTH, 250)
        .set(Settings.DRAFT_EDITS, List.of())
        .severity("text.title", Severity.ERROR));
    presets.add("openokr", () -> builder().name("openokr")
        .rules(List.of("structure.unaligned", "structure.company-anchor", "focus.key-results"))
        .set(Settings.KEY_RESULTS_MIN, 1).set(Settings.KEY_RESULTS_MAX, 1000)
        .severity("structure.unaligned", Severity.ERROR)
        .severity("structure.company-anchor.missing", Severity.ERROR)
        .severity("focus.key-results.too-few", Severity.WARNING));
    presets.add("workboard", () -> builder().name("workboard").rule("structure.unaligned"));
    return presets;
  }

  /**
   * okr4j's default rules: no top-level minimum (a quarter may hold only team objectives), and no
   * owner asked of key results, which take their objective's owner unless given their own.
   */
  private static Builder base(String name) {
    Builder builder = builder().name(name).rules(DEFAULT_RULES).set(Settings.TOP_LEVEL_MIN, 0)
        .without("ownership.key-result");
    builder.basedOnDefaults = true;
    return builder;
  }

  /** Builds {@link ValidationPolicy}s; not thread-safe. */
  public static final class Builder {

    private String name = "custom";
    /** True while a preset built on okr4j's defaults is being assembled. */
    private boolean basedOnDefaults;
    private final Map<String, ValidationRule> rules = new LinkedHashMap<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private final Set<String> silenced = new LinkedHashSet<>();
    private final Map<String, Object> settings = new HashMap<>(Settings.DEFAULT_WORDS);
    /** Settings given as typed constants that no catalogue lists (a vendor's own). */
    private final Map<String, Setting<?>> own = new HashMap<>();

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
      Objects.requireNonNull(builtInRules, "builtInRules");
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

    /**
     * Sets {@code setting} to {@code value}.
     *
     * @throws IllegalArgumentException naming the setting, its range and the value, if the value
     *     lies outside the range
     */
    public <T> Builder set(Setting<T> setting, T value) {
      Objects.requireNonNull(setting, "setting");
      Guards.check(!setting.isFamily(), "setting " + setting.name(),
          "be a member of its family (Setting.member), not the family", setting.name());
      settings.put(setting.name(), setting.check(value));
      if (Settings.find(setting.name(), Settings.all()).isEmpty()) {
        own.put(setting.name(), setting);
      }
      return this;
    }

    /**
     * Sets the setting named {@code name} to the value written as {@code text}.
     *
     * @throws IllegalArgumentException if no setting has that name, or the text is not a value
     *     within its range
     */
    public Builder setting(String name, String text) {
      Objects.requireNonNull(text, "text");
      Setting<?> setting = known(name);
      settings.put(setting.name(), setting.parse(Objects.requireNonNull(text, "text")));
      return this;
    }

    /**
     * Sets the count or number setting {@code name} to {@code value}.
     *
     * @throws IllegalArgumentException if no such setting exists, it holds a list, a count is
     *     given a fraction, or the value lies outside its range
     */
    public Builder threshold(String name, double value) {
      Setting<?> setting = known(name);
      Object current = setting.defaultValue();
      Guards.check(!(current instanceof List), "setting " + name, "be a count or a number, not "
          + setting.range(), value);
      if (current instanceof Integer) {
        Guards.check(value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE,
            "setting " + name, "be a whole number within " + setting.range(), value);
        settings.put(setting.name(), setting.check((int) value));
      } else {
        settings.put(setting.name(), setting.check(value));
      }
      return this;
    }

    /**
     * Sets the list setting {@code name} (word lists, allowed parent levels, allowed measure
     * kinds).
     *
     * @throws IllegalArgumentException if no list setting has that name, or a value is not
     *     allowed (a {@code measure.allowed-kinds.<level>} list naming something that is not a
     *     {@link MeasureKind}, case ignored)
     */
    public Builder list(String name, List<String> values) {
      Objects.requireNonNull(values, "values");
      Setting<?> setting = known(name);
      Guards.check(setting.defaultValue() instanceof List, "setting " + name, "be a list, not "
          + setting.range(), values);
      settings.put(setting.name(), setting.check(List.copyOf(values)));
      return this;
    }

    private Setting<?> known(String name) {
      Objects.requireNonNull(name, "name");
      Setting<?> setting = own.get(name);
      return setting != null ? setting : Settings.named(name);
    }

    /** The policy. */
    public ValidationPolicy build() {
      return new ValidationPolicy(this);
    }
  }
}
