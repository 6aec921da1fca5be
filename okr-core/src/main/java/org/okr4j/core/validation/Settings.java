package org.okr4j.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.internal.Guards;

/**
 * The settings okr4j's built-in rules read, as typed constants with their defaults and ranges;
 * and the lookup by name for hosts that keep settings as text.
 *
 * <p>Modules that contribute rules through {@link ValidationRuleProvider} (okr-alignment) bring
 * their own settings; {@link #named(String)} and {@link #all()} include them.
 * <pre>{@code
 * ValidationPolicy policy = ValidationPolicy.defaults().with(Settings.KEY_RESULTS_MAX, 4);
 * Settings.named("focus.key-results.max");      // the same constant
 * Settings.named("focus.key-result.max");       // IllegalArgumentException: unknown setting
 * }</pre>
 */
public final class Settings {

  /** The word of {@link #CLOSED_EDITS} that lets a closed cycle be graded. */
  static final String CLOSED_EDITS_GRADES = "grades";
  /** The word of {@link #CLOSED_EDITS} that lets an objective be carried out of a closed cycle. */
  static final String CLOSED_EDITS_CARRY_OVER = "carry-over";

  /** The fewest objectives one owner should have in one cycle (seed 000: 3). */
  public static final Setting<Integer> OBJECTIVES_MIN = Setting.count("focus.objectives.min", 1,
      0, 1000, "The fewest objectives one owner should have in one cycle.");
  /** The most objectives one owner should have in one cycle (seed 000: 5). */
  public static final Setting<Integer> OBJECTIVES_MAX = Setting.count("focus.objectives.max", 5,
      1, 1000, "The most objectives one owner should have in one cycle.");
  /** The fewest key results an objective needs. */
  public static final Setting<Integer> KEY_RESULTS_MIN = Setting.count("focus.key-results.min",
      1, 0, 1000, "The fewest key results an objective needs to show it was reached.");
  /** The most key results that keep an objective focused (seed 000: 4; seed 003: 5). */
  public static final Setting<Integer> KEY_RESULTS_MAX = Setting.count("focus.key-results.max",
      5, 1, 1000, "The most key results that keep an objective focused.");
  /** The levels whose objectives the key-result minimum applies to; empty: every level. */
  public static final Setting<List<String>> KEY_RESULTS_MIN_LEVELS = Setting.list(
      "focus.key-results.min-levels", List.of(),
      "The levels whose objectives need the minimum of key results; empty for every level.");
  /** The fewest top-level objectives a cycle with objectives should have. */
  public static final Setting<Integer> TOP_LEVEL_MIN = Setting.count("focus.top-level.min", 1, 0,
      1000, "The fewest objectives at the top level of a cycle that has objectives (1: the"
          + " company anchors the cascade).");
  /** The most top-level objectives (company priorities) in one cycle. */
  public static final Setting<Integer> TOP_LEVEL_MAX = Setting.count("focus.top-level.max", 5, 1,
      1000, "The most objectives at the top level of one cycle.");
  /** The shortest title, in characters (Puzzle OKR: 2). */
  public static final Setting<Integer> TITLE_MIN_LENGTH = Setting.count("text.title.min-length",
      1, 1, 10_000, "The shortest title, in characters.");
  /** The longest title, in characters. */
  public static final Setting<Integer> TITLE_MAX_LENGTH = Setting.count("text.title.max-length",
      70, 1, 10_000, "The longest title, in characters.");
  /** The word of {@link #TITLE_OF} for objectives' titles. */
  static final String TITLE_OF_OBJECTIVES = "objectives";
  /** The word of {@link #TITLE_OF} for key results' titles. */
  static final String TITLE_OF_KEY_RESULTS = "key-results";
  /** Whose titles the title lengths apply to (Quantive's design score: objectives only). */
  public static final Setting<List<String>> TITLE_OF = twoWords("text.title.of",
      TITLE_OF_OBJECTIVES, TITLE_OF_KEY_RESULTS,
      "Whose titles the title lengths apply to: objectives, key-results, or both.");
  /** Days between expected check-ins. */
  public static final Setting<Integer> CADENCE_DAYS = Setting.count("time.cadence-days", 7, 1,
      366, "Days between expected check-ins.");
  /** Days of grace after a missed check-in before a key result counts as stale. */
  public static final Setting<Integer> GRACE_DAYS = Setting.count("time.grace-days", 3, 0, 366,
      "Days of grace after a missed check-in before a key result is stale.");
  /** Days after a cycle's start by which an objective should have its first check-in. */
  public static final Setting<Integer> NOT_STARTED_DAYS = Setting.count("time.not-started-days",
      7, 0, 366, "Days after the cycle starts by which a key result should have a check-in.");
  /** The least confidence a committed objective's key results should carry. */
  public static final Setting<Double> CONFIDENCE_FLOOR = Setting.number(
      "commitment.confidence-floor", 0.7, 0, 1,
      "The least confidence (0..1) a committed objective's key results should carry.");
  /** The confidence from which an aspirational key result looks sandbagged. */
  public static final Setting<Double> NEAR_CERTAIN = Setting.number("commitment.near-certain",
      0.9, 0, 1, "The confidence (0..1) from which an aspirational key result looks sandbagged.");
  /** The most parents an objective may have (GitLab, Lattice: 1). */
  public static final Setting<Integer> PARENTS_MAX = Setting.count("structure.parents.max", 1, 1,
      1_000_000, "The most vertical links (parents) one objective may have.");
  /** The most children one objective or key result may have (GitLab: 100). */
  public static final Setting<Integer> CHILDREN_MAX = Setting.count("structure.children.max",
      100, 1, 1_000_000, "The most objectives that may align to one objective or key result.");
  /**
   * What a closed cycle lets change beside its review text (an objective's description):
   * {@code grades}, the final scores of objectives and key results, and {@code carry-over}, an
   * objective turning carried over as its copy goes on in another cycle. Both by default, an okr4j
   * extension (a cycle is graded once it closes; Viva's carry-over); {@code burningokr} sets none,
   * as BurningOKR keeps a closed cycle read-only except the review text. An archived cycle lets
   * nothing change, whatever this says.
   */
  public static final Setting<List<String>> CLOSED_EDITS = twoWords("change.closed-edits",
      CLOSED_EDITS_GRADES, CLOSED_EDITS_CARRY_OVER,
      "What a closed cycle lets change beside its review text: grades (final scores), carry-over"
          + " (an objective carried over into another cycle); empty for the review text alone.");
  /** The word of {@link #DRAFT_EDITS} that lets a draft objective change its owner. */
  static final String DRAFT_EDITS_OWNER = "owner";
  /** The word of {@link #DRAFT_EDITS} that lets a key result leave a draft objective. */
  static final String DRAFT_EDITS_KEY_RESULTS = "key-results";
  /**
   * What a draft objective lets change that {@code change.objective.owner} and {@code
   * change.key-result} otherwise fix: its owner, and its key results moving to another objective;
   * both by default (a draft is not under way yet), neither under {@code puzzle-okr} (Puzzle OKR:
   * "an objective's team and a KR's objective never change").
   */
  public static final Setting<List<String>> DRAFT_EDITS = twoWords("change.draft-edits",
      DRAFT_EDITS_OWNER, DRAFT_EDITS_KEY_RESULTS,
      "What a draft objective lets change: owner, key-results (moved to another objective);"
          + " empty to fix both from the start.");
  /** Per level, the levels its objectives may align to; none set: any. */
  public static final Setting<List<String>> ALLOWED_PARENTS = Setting.family(Setting.list(
      "structure.allowed-parents", List.of(),
      "Per level (the last part of the name), the levels its objectives may align to; empty for"
          + " any."));
  /** Per level, the measure kinds its key results may use; none set: any. */
  public static final Setting<List<String>> ALLOWED_KINDS = Setting.family(Setting.list(
      "measure.allowed-kinds", List.of(), word -> MeasureRules.kindNamed(word).isPresent(),
      "measure kinds, one of " + List.of(org.okr4j.core.MeasureKind.values()),
      "Per level (the last part of the name), the measure kinds its key results may use; empty"
          + " for any."));
  /** Per language, verbs that make a key result read like a task. */
  public static final Setting<List<String>> ACTIVITY_VERBS = Setting.family(Setting.list(
      "wording.activity-verbs", List.of(),
      "Per language (the last part of the name), verbs that make a key result read like a task."));
  /** Per language, words that make a key result vague. */
  public static final Setting<List<String>> VAGUE_WORDS = Setting.family(Setting.list(
      "wording.vague", List.of(),
      "Per language (the last part of the name), words that make a key result vague without a"
          + " number."));
  /** Per language, words that make an objective read like business as usual. */
  public static final Setting<List<String>> BUSINESS_AS_USUAL = Setting.family(Setting.list(
      "wording.business-as-usual", List.of(),
      "Per language (the last part of the name), words that make an objective read like business"
          + " as usual."));

  private static final List<Setting<?>> CORE = List.of(OBJECTIVES_MIN, OBJECTIVES_MAX,
      KEY_RESULTS_MIN, KEY_RESULTS_MAX, KEY_RESULTS_MIN_LEVELS, TOP_LEVEL_MIN, TOP_LEVEL_MAX,
      TITLE_MIN_LENGTH, TITLE_MAX_LENGTH, TITLE_OF, CADENCE_DAYS, GRACE_DAYS, NOT_STARTED_DAYS, CONFIDENCE_FLOOR, NEAR_CERTAIN,
      PARENTS_MAX, CHILDREN_MAX, CLOSED_EDITS, DRAFT_EDITS, ALLOWED_PARENTS, ALLOWED_KINDS, ACTIVITY_VERBS, VAGUE_WORDS,
      BUSINESS_AS_USUAL);

  /**
   * A list of words drawn from two, both by default: what a rule lets through ({@link #TITLE_OF},
   * {@link #CLOSED_EDITS}, {@link #DRAFT_EDITS}), each word one thing, none for nothing.
   */
  private static Setting<List<String>> twoWords(String name, String first, String second,
      String description) {
    List<String> words = List.of(first, second);
    return Setting.list(name, words, words::contains, "the words " + first + " and " + second,
        description);
  }

  /** The word lists okr4j ships, by member name: the defaults of the wording families. */
  static final Map<String, List<String>> DEFAULT_WORDS = defaultWords();

  private Settings() {}

  /** Every setting of okr-core's rules and of installed providers, core first. */
  public static List<Setting<?>> all() {
    List<Setting<?>> all = new ArrayList<>(CORE);
    for (ValidationRuleProvider provider : Providers.installed()) {
      all.addAll(provider.settings());
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * The setting with this name: a constant, or a member of a family
   * ({@code structure.allowed-parents.team}).
   *
   * @throws IllegalArgumentException naming the setting, if there is none of that name
   */
  public static Setting<?> named(String name) {
    return find(name, all()).orElseThrow(() -> new IllegalArgumentException(Guards.message(
        "setting name", "be one of Settings.all() (" + names(all()) + ")", name)));
  }

  static Optional<Setting<?>> find(String name, List<Setting<?>> settings) {
    Objects.requireNonNull(name, "name");
    for (Setting<?> setting : settings) {
      if (setting.matches(name)) {
        return Optional.of(setting.isFamily()
            ? setting.member(name.substring(setting.name().length() + 1)) : setting);
      }
    }
    return Optional.empty();
  }

  private static String names(List<Setting<?>> settings) {
    List<String> names = new ArrayList<>();
    for (Setting<?> setting : settings) {
      names.add(setting.name() + (setting.isFamily() ? ".<part>" : ""));
    }
    return String.join(", ", names);
  }

  private static Map<String, List<String>> defaultWords() {
    Map<String, List<String>> l = new LinkedHashMap<>();
    l.put("wording.activity-verbs.en", List.of("launch", "build", "create", "develop",
        "implement", "release", "deliver", "prepare", "plan", "hold", "complete", "finish", "write",
        "design", "organise", "organize", "conduct", "host", "run", "migrate", "ship", "publish",
        "introduce", "install", "hire", "attend", "roll"));
    l.put("wording.activity-verbs.zh", List.of("完成", "开发", "上线", "实施", "举办", "制定", "建立",
        "召开", "发布", "推出", "组织"));
    l.put("wording.vague.en", List.of("improve", "better", "optimise", "optimize", "enhance",
        "strengthen", "boost", "more", "increase", "reduce", "grow"));
    l.put("wording.vague.zh", List.of("提升", "优化", "改善", "更好", "加强", "提高", "增加", "减少"));
    l.put("wording.business-as-usual.en", List.of("maintain", "continue", "keep", "sustain",
        "preserve"));
    l.put("wording.business-as-usual.zh", List.of("保持", "维持", "继续"));
    return Collections.unmodifiableMap(l);
  }
}
