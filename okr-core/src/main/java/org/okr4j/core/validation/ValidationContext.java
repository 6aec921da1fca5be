package org.okr4j.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Owner;
import org.okr4j.core.internal.SetColumns;
import org.okr4j.core.internal.TitleNumbers;

/**
 * What a {@link ValidationRule} looks at: the set, the date it is judged on, the set before an
 * edit (for change rules), the set's resolved links, and the policy's settings.
 *
 * <p>Immutable and thread-safe. A policy makes one per check; vendors testing a rule of their own
 * make one with {@link #of(OkrSet, LocalDate)}, which carries okr4j's default settings.
 */
public final class ValidationContext {

  private final OkrSet set;
  private final OkrSet previous;
  private final LocalDate asOf;
  private final Map<String, Object> settings;
  private final Map<String, WordList> words = new ConcurrentHashMap<>();
  private final Predicate<String> reported;
  private final Map<Class<?>, Derived> derived = new ConcurrentHashMap<>();
  // While a one-thread check's walk starts its rules: whether it offers to read the columns as it
  // goes, and its reader once a rule has taken the offer. Only that thread reads or writes them.
  private boolean walkOffersColumns;
  private SetColumns.Reader walkReader;

  ValidationContext(OkrSet set, OkrSet previous, LocalDate asOf, Map<String, Object> settings,
      Predicate<String> reported) {
    this.set = Objects.requireNonNull(set, "set");
    this.previous = previous;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.settings = settings;
    this.reported = reported;
  }

  /** A context for checking {@code set} on {@code asOf} with okr4j's default settings. */
  public static ValidationContext of(OkrSet set, LocalDate asOf) {
    return ValidationPolicy.builder().build().context(set, null, asOf);
  }

  /** A context for checking the edit from {@code before} to {@code after}, default settings. */
  public static ValidationContext ofEdit(OkrSet before, OkrSet after, LocalDate asOf) {
    Objects.requireNonNull(before, "before");
    return ValidationPolicy.builder().build().context(after, before, asOf);
  }

  /**
   * False if the policy silences {@code code}, so that a rule can skip the work of making
   * violations nobody will see; reporting them anyway is harmless.
   */
  public boolean reports(String code) {
    return reported.test(Objects.requireNonNull(code, "code"));
  }

  /** The set being checked (after the edit, for an edit). */
  public OkrSet set() {
    return set;
  }

  /** The set's links, resolved once per set ({@link OkrSet#links()}). */
  public OkrLinks links() {
    return set.links();
  }

  /**
   * What {@code compute} derives from this context, computed once per check and shared by every
   * rule that asks for the same type: how okr-alignment's rules share one graph and its depths.
   * The type is the key, so a module should use a type of its own. Rules that run at once
   * ({@link ValidationPolicy#check(OkrSet, LocalDate, java.util.concurrent.Executor)}) and ask for
   * the same type wait for one computation rather than each making their own; so {@code compute}
   * must not wait for other rules. If it throws, the next rule to ask computes again.
   *
   * @throws NullPointerException if {@code compute} returns null
   */
  public <T> T derived(Class<T> type, Function<ValidationContext, ? extends T> compute) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(compute, "compute");
    return type.cast(derived.computeIfAbsent(type, k -> new Derived()).get(this, compute));
  }

  /**
   * The set's owners, cycles, linear measures and key-result title numbers, read in one pass once
   * per check (on one thread, by the walk when one of its rules asked for {@link
   * #keyResultTitles()}) and shared by the rules that need them (okr-alignment's rules keep them
   * under the same key).
   */
  SetColumns columns() {
    return derived(SetColumns.class, c -> SetColumns.of(c.set().objectives()));
  }

  /**
   * The key results' title numbers. While a one-thread check's walk starts its rules ({@link
   * #offerColumnsToWalk()}), the numbers its reader makes as it goes: a per-objective rule that
   * asks reads the numbers of the objective it checks, and the objective's key results are read
   * from memory once for both. Otherwise the check's columns, read in a pass of their own. In the
   * walk, a number is known only for the key results of the objectives the walk has reached (a
   * position not yet numbered reads 0): a rule asks only for those of the objective it checks.
   */
  TitleNumbers keyResultTitles() {
    if (walkOffersColumns) {
      if (walkReader == null) {
        walkReader = new SetColumns.Reader(set.objectives().size(), set.keyResultCount());
      }
      return walkReader.titlesSoFar();
    }
    return columns().keyResultTitles();
  }

  /** Offers the walk's reading of the columns to the rules the walk is about to start. */
  void offerColumnsToWalk() {
    walkOffersColumns = !derived.containsKey(SetColumns.class);
  }

  /**
   * Ends the offer once the walk's rules have started: the reader the walk must feed every
   * objective to and then {@linkplain #keepColumns keep} the columns of, or null if no rule took
   * the offer (the columns are then read in a pass of their own if a rule asks for them).
   */
  SetColumns.Reader endColumnsOffer() {
    SetColumns.Reader reader = walkReader;
    walkOffersColumns = false;
    walkReader = null;
    return reader;
  }

  /** The columns the walk read, for the rules that ask after it. */
  void keepColumns(SetColumns columns) {
    derived(SetColumns.class, c -> columns);
  }

  /** One derived value, computed by the first rule to ask while the others wait for it. */
  private static final class Derived {
    private Object value;

    synchronized Object get(ValidationContext context,
        Function<ValidationContext, ?> compute) {
      if (value == null) {
        value = Objects.requireNonNull(compute.apply(context), "derived value");
      }
      return value;
    }
  }

  /** The set before the edit, if this checks an edit. */
  public Optional<OkrSet> previous() {
    return Optional.ofNullable(previous);
  }

  /** The day the set is judged on: check-ins after it lie in the future. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The policy's value of {@code setting}, or the setting's default if the policy sets none. */
  @SuppressWarnings("unchecked")
  public <T> T get(Setting<T> setting) {
    Object value = settings.get(Objects.requireNonNull(setting, "setting").name());
    return value == null ? setting.defaultValue() : (T) value;
  }

  /**
   * The words of every member of a family of word lists (for example all of
   * {@code wording.activity-verbs.en} and {@code wording.activity-verbs.zh}), compiled once.
   */
  WordList words(Setting<List<String>> family) {
    return words.computeIfAbsent(family.name(), name -> {
      List<String> all = new ArrayList<>();
      settings.forEach((key, values) -> {
        if (family.matches(key)) {
          for (Object word : (List<?>) values) {
            all.add((String) word);
          }
        }
      });
      return WordList.of(all);
    });
  }

  /**
   * The unit an owner belongs to: the unit itself, or a person's first unit; as {@link
   * org.okr4j.core.Organization#unitOf(Owner)} of the set's organisation.
   */
  public Optional<OrgUnitId> unitOf(Owner owner) {
    return set.organization().unitOf(owner);
  }

  /** The objective a link points at: the objective itself, or the one holding the key result. */
  public Optional<Objective> objectiveOf(AlignmentTarget target) {
    if (target instanceof ObjectiveId id) {
      return set.objective(id);
    }
    return set.objectiveOf((KeyResultId) target);
  }

  /** The cycle an objective runs in, if the set has it. */
  public Optional<Cycle> cycleOf(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    return set.cycle(objective.cycle());
  }
}
