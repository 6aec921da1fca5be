package org.okr4j.core;

import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.internal.Guards;

/**
 * One thing an edit changed about one objective, key result or KPI: one of the answers of
 * {@link OkrDiff#between(OkrSet, OkrSet)}.
 *
 * <p>Immutable and thread-safe. {@code from} and {@code to} hold the simple values before and
 * after where the kind has them, as text: an owner's id ({@link ChangeKind#REOWNED}), a
 * measure's text ({@link ChangeKind#RETARGETED}, which {@link Measure#parse(CharSequence)} reads
 * back) or a KPI's corridor (which {@link Corridor#parse(CharSequence)} reads back), a weight
 * with its pinned share if any, such as {@code 1 pinned 0.5} ({@link ChangeKind#REWEIGHTED}),
 * the latest value checked in or read ({@link ChangeKind#CHECKED_IN}), an objective's or a KPI's
 * links ({@link ChangeKind#MOVED}) or
 * the objective holding a key result (a key result {@link ChangeKind#MOVED},
 * {@link ChangeKind#ADDED} or {@link ChangeKind#REMOVED}). Titles, notes and reasons are never copied here: a host reads them
 * from the two sets, and a change can be logged without personal data.
 * <pre>{@code
 * Change c = new Change(KeyResultId.of("kr-nps"), ChangeKind.CHECKED_IN,
 *     Optional.of("34"), Optional.of("38"));
 * c.toString();                                    // CHECKED_IN kr-nps 34 -> 38
 * }</pre>
 *
 * @param subject the objective ({@link ObjectiveId}), key result ({@link KeyResultId}) or KPI
 *     ({@link KpiId}) changed
 * @param kind what changed
 * @param from the value before, where the kind has a simple one and it had one
 * @param to the value after, where the kind has a simple one and it has one
 */
public record Change(Identifier<?> subject, ChangeKind kind, Optional<String> from,
    Optional<String> to) {

  /**
   * Checks that nothing is null and that the subject is an objective, a key result or a KPI.
   *
   * @throws IllegalArgumentException if the subject is another kind of id
   */
  public Change {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Guards.check(subject instanceof ObjectiveId || subject instanceof KeyResultId
        || subject instanceof KpiId, "change subject", "be an objective, key result or KPI id",
        subject);
  }

  /** True if the change is about an objective, false if about a key result or a KPI. */
  public boolean isAboutObjective() {
    return subject instanceof ObjectiveId;
  }

  /** True if the change is about a KPI ({@link OkrSet#kpis()}), false otherwise. */
  public boolean isAboutKpi() {
    return subject instanceof KpiId;
  }

  /** For example {@code CHECKED_IN kr-nps 34 -> 38} or {@code RETITLED o-delight}. */
  @Override
  public String toString() {
    String values = from.isEmpty() && to.isEmpty() ? ""
        : " " + from.orElse("-") + " -> " + to.orElse("-");
    return kind + " " + subject + values;
  }
}
