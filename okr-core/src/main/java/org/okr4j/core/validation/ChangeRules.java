package org.okr4j.core.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.CycleState;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.ObjectiveState;
import org.okr4j.core.OkrSet;

/**
 * Change rules: what an edit from one set to the next may touch. Each does nothing unless the
 * context holds the set before the edit. A cycle's state is taken from before the edit, so that
 * closing a cycle and grading it can happen in the same edit.
 */
final class ChangeRules {

  private ChangeRules() {}

  /**
   * BurningOKR and Quantive: an archived cycle is read-only, and a closed one read-only except its
   * review text (an objective's description) and what {@link Settings#CLOSED_EDITS} lets change
   * beside it: grades (final scores of the objective and its key results) and carrying an
   * objective over (the original turns {@link ObjectiveState#CARRIED_OVER} while its copy, which
   * names it in {@link Objective#carriedOverFrom()}, goes on elsewhere), both by default, neither
   * under {@code burningokr}. Every other attribute of an objective and of its key results counts,
   * as their {@code equals} compares them; an objective that leaves such a cycle for one that is
   * not is removed from it.
   */
  static ValidationRule readOnlyCycles() {
    return (context, out) -> context.previous().ifPresent(before -> {
      OkrSet after = context.set();
      List<String> closedEdits = context.get(Settings.CLOSED_EDITS);
      boolean grades = closedEdits.contains(Settings.CLOSED_EDITS_GRADES);
      Set<ObjectiveId> carriedOver = closedEdits.contains(Settings.CLOSED_EDITS_CARRY_OVER)
          ? carriedOver(before, after) : Set.of();
      for (Objective objective : ObjectiveRule.inIdOrder(after)) {
        CycleState state = stateOf(objective.cycle(), before, after);
        if (!isReadOnly(state)) {
          continue;
        }
        Optional<Objective> previous = before.objective(objective.id());
        if (previous.isEmpty()) {
          out.accept(readOnly(state, objective, "added"));
        } else if (!previous.get().equals(objective) && (state == CycleState.ARCHIVED
            || !sameExceptReview(previous.get(), objective, grades)
                && !(carriedOver.contains(objective.id())
                    && isCarryOver(previous.get(), objective, grades)))) {
          out.accept(readOnly(state, objective, "edited"));
        }
      }
      for (Objective objective : ObjectiveRule.inIdOrder(before)) {
        CycleState state = stateOf(objective.cycle(), before, after);
        // Kept in a read-only cycle (its own or another), the loop above judged it.
        if (isReadOnly(state) && !after.objective(objective.id())
            .map(now -> isReadOnly(stateOf(now.cycle(), before, after))).orElse(false)) {
          out.accept(readOnly(state, objective, "removed"));
        }
      }
    });
  }

  /** Puzzle OKR: a key result's measure kind changes only while it has no check-ins. */
  static ValidationRule measureKinds() {
    return edit((before, after, out) -> forEachKept(before, after, (was, is) -> {
      if (!was.checkIns().isEmpty() && was.measure().kind() != is.measure().kind()) {
        out.accept(Violation.of("change.measure.kind", Severity.ERROR, is.id())
            .withValue("from", was.measure().kind()).withValue("to", is.measure().kind()));
      }
    }));
  }

  /**
   * Puzzle OKR: an objective's owner (its team) is fixed; a draft's may change unless
   * {@link Settings#DRAFT_EDITS} leaves out {@code owner}, as {@code puzzle-okr} does.
   */
  static ValidationRule fixedOwners() {
    return (context, out) -> context.previous().ifPresent(before -> {
      boolean draftsFree = context.get(Settings.DRAFT_EDITS).contains(Settings.DRAFT_EDITS_OWNER);
      for (Objective objective : ObjectiveRule.inIdOrder(context.set())) {
        before.objective(objective.id()).ifPresent(previous -> {
          if (!(draftsFree && previous.state() == ObjectiveState.DRAFT)
              && !previous.owner().equals(objective.owner())) {
            out.accept(Violation.of("change.objective.owner", Severity.ERROR, objective.id())
                .withValue("from", previous.owner().map(Object::toString).orElse("-"))
                .withValue("to", objective.owner().map(Object::toString).orElse("-")));
          }
        });
      }
    });
  }

  /**
   * Puzzle OKR: a key result stays with its objective; one of a draft may move unless
   * {@link Settings#DRAFT_EDITS} leaves out {@code key-results}, as {@code puzzle-okr} does.
   */
  static ValidationRule fixedKeyResults() {
    return (context, out) -> context.previous().ifPresent(before -> {
      boolean draftsFree = context.get(Settings.DRAFT_EDITS)
          .contains(Settings.DRAFT_EDITS_KEY_RESULTS);
      for (Objective objective : ObjectiveRule.inIdOrder(context.set())) {
        for (KeyResult kr : objective.keyResults()) {
          before.objectiveOf(kr.id()).ifPresent(previous -> {
            if (!previous.id().equals(objective.id())
                && !(draftsFree && previous.state() == ObjectiveState.DRAFT)) {
              out.accept(Violation.of("change.key-result.moved", Severity.ERROR, kr.id())
                  .withValue("from", previous.id()).withValue("to", objective.id()));
            }
          });
        }
      }
    });
  }

  /**
   * Quantive sessions: a cycle in progress takes progress updates, but no new objectives (a copy
   * carried over from an objective of the set before is not new) and no changed targets.
   */
  static ValidationRule cyclesInProgress() {
    return edit((before, after, out) -> {
      for (Objective objective : ObjectiveRule.inIdOrder(after)) {
        if (stateOf(objective.cycle(), before, after) != CycleState.ACTIVE) {
          continue;
        }
        if (before.objective(objective.id()).isEmpty() && !isCopyOf(objective, before)) {
          out.accept(Violation.of("change.in-progress.new-objective", Severity.ERROR,
              objective.id()).withValue("cycle", objective.cycle()));
          continue;
        }
        for (KeyResult kr : objective.keyResults()) {
          before.keyResult(kr.id()).ifPresent(was -> {
            if (!was.measure().equals(kr.measure())) {
              out.accept(Violation.of("change.in-progress.target", Severity.ERROR, kr.id())
                  .withValue("from", was.measure()).withValue("to", kr.measure()));
            }
          });
        }
      }
    });
  }

  @FunctionalInterface
  private interface EditCheck {
    void check(OkrSet before, OkrSet after, Consumer<Violation> out);
  }

  private static ValidationRule edit(EditCheck check) {
    return (context, out) -> context.previous()
        .ifPresent(before -> check.check(before, context.set(), out));
  }

  private static void forEachKept(OkrSet before, OkrSet after,
      java.util.function.BiConsumer<KeyResult, KeyResult> pair) {
    for (Objective objective : ObjectiveRule.inIdOrder(after)) {
      for (KeyResult kr : objective.keyResults()) {
        before.keyResult(kr.id()).ifPresent(was -> pair.accept(was, kr));
      }
    }
  }

  /** The objectives of {@code before} that some objective of {@code after} was carried over from. */
  private static Set<ObjectiveId> carriedOver(OkrSet before, OkrSet after) {
    Set<ObjectiveId> ids = new HashSet<>();
    for (Objective objective : after.objectives()) {
      if (objective.carriedOverFrom().isPresent() && isCopyOf(objective, before)) {
        ids.add(objective.carriedOverFrom().get());
      }
    }
    return ids;
  }

  private static boolean isCopyOf(Objective objective, OkrSet before) {
    return objective.carriedOverFrom().flatMap(before::objective).isPresent();
  }

  /** The original of a carry-over: only its state moved, to carried over. */
  private static boolean isCarryOver(Objective previous, Objective objective, boolean grades) {
    return previous.state() != ObjectiveState.CARRIED_OVER
        && objective.state() == ObjectiveState.CARRIED_OVER
        && sameExceptReview(previous.withState(ObjectiveState.CARRIED_OVER), objective, grades);
  }

  private static boolean isReadOnly(CycleState state) {
    return state == CycleState.CLOSED || state == CycleState.ARCHIVED;
  }

  private static Violation readOnly(CycleState state, Objective objective, String change) {
    String code = state == CycleState.ARCHIVED ? "change.cycle.archived" : "change.cycle.closed";
    return Violation.of(code, Severity.ERROR, objective.id())
        .withValue("cycle", objective.cycle()).withValue("change", change);
  }

  private static CycleState stateOf(CycleId id, OkrSet before, OkrSet after) {
    return before.cycle(id).or(() -> after.cycle(id)).map(Cycle::state).orElse(CycleState.DRAFT);
  }

  /**
   * Equal in every attribute but the review: the description, which holds its text, and, if
   * {@code grades}, the final scores of the objective and its key results. Compared as the
   * objectives themselves with those cleared, so that an attribute added later counts too. A
   * stored override is no review: it re-decides progress, which a closed cycle keeps.
   */
  private static boolean sameExceptReview(Objective a, Objective b, boolean grades) {
    return withoutReview(a, grades).equals(withoutReview(b, grades));
  }

  private static Objective withoutReview(Objective objective, boolean grades) {
    Objective.Builder builder = Objective.builder().from(objective).description(Optional.empty());
    if (grades) {
      List<KeyResult> ungraded = new ArrayList<>(objective.keyResults().size());
      for (KeyResult keyResult : objective.keyResults()) {
        ungraded.add(keyResult.finalScore().isEmpty() ? keyResult
            : KeyResult.builder().from(keyResult).finalScore(Optional.empty()).build());
      }
      builder.finalScore(Optional.empty()).keyResults(ungraded);
    }
    return builder.build();
  }
}
