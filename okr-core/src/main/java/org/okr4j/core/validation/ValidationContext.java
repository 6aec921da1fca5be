package org.okr4j.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.Cycle;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Owner;
import org.okr4j.core.PersonId;
import org.okr4j.core.internal.Guards;

/**
 * What a {@link ValidationRule} looks at: the set, the date it is judged on, the set before an
 * edit (for change rules), and the policy's thresholds and word lists.
 *
 * <p>Immutable and thread-safe. A policy makes one per check; vendors testing a rule of their own
 * make one with {@link #of(OkrSet, LocalDate)}, which carries okr4j's default settings.
 */
public final class ValidationContext {

  private final OkrSet set;
  private final OkrSet previous;
  private final LocalDate asOf;
  private final Map<String, Double> thresholds;
  private final Map<String, List<String>> lists;
  private final Map<String, WordList> words = new ConcurrentHashMap<>();
  private final Predicate<String> reported;

  ValidationContext(OkrSet set, OkrSet previous, LocalDate asOf, Map<String, Double> thresholds,
      Map<String, List<String>> lists, Predicate<String> reported) {
    this.set = Objects.requireNonNull(set, "set");
    this.previous = previous;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.thresholds = thresholds;
    this.lists = lists;
    this.reported = reported;
  }

  /** A context for checking {@code set} on {@code asOf} with okr4j's default settings. */
  public static ValidationContext of(OkrSet set, LocalDate asOf) {
    return new ValidationContext(set, null, asOf, Settings.THRESHOLDS, Settings.LISTS,
        code -> true);
  }

  /** A context for checking the edit from {@code before} to {@code after}, default settings. */
  public static ValidationContext ofEdit(OkrSet before, OkrSet after, LocalDate asOf) {
    Objects.requireNonNull(before, "before");
    return new ValidationContext(after, before, asOf, Settings.THRESHOLDS, Settings.LISTS,
        code -> true);
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

  /** The set before the edit, if this checks an edit. */
  public Optional<OkrSet> previous() {
    return Optional.ofNullable(previous);
  }

  /** The day the set is judged on: check-ins after it lie in the future. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The threshold named {@code key}, such as {@code focus.key-results.max}.
   *
   * @throws IllegalArgumentException if the policy has no such threshold
   */
  public double threshold(String key) {
    Double value = thresholds.get(Objects.requireNonNull(key, "key"));
    Guards.check(value != null, "threshold", "be one the policy sets", key);
    return value;
  }

  /** The list named {@code key}, such as {@code structure.allowed-parents.team}; empty if unset. */
  public List<String> list(String key) {
    return lists.getOrDefault(Objects.requireNonNull(key, "key"), List.of());
  }

  /**
   * The words of every list named {@code prefix.<language>} (for example all of
   * {@code wording.activity-verbs.en} and {@code wording.activity-verbs.zh}), compiled once.
   */
  WordList words(String prefix) {
    return words.computeIfAbsent(prefix, p -> {
      List<String> all = new ArrayList<>();
      lists.forEach((key, values) -> {
        if (key.startsWith(p + ".")) {
          all.addAll(values);
        }
      });
      return WordList.of(all);
    });
  }

  /** The unit an owner belongs to: the unit itself, or a person's first unit. */
  public Optional<OrgUnitId> unitOf(Owner owner) {
    if (owner instanceof OrgUnitId unit) {
      return Optional.of(unit);
    }
    return set.organization().person((PersonId) owner)
        .flatMap(person -> person.units().stream().findFirst());
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
    return set.cycle(objective.cycle());
  }
}
