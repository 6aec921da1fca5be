package org.okr4j.alignment;

import static org.okr4j.alignment.AlignmentRules.DUPLICATE_KEY_RESULTS;
import static org.okr4j.alignment.AlignmentRules.DUPLICATE_OBJECTIVES;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.okr4j.core.Identifier;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Owner;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationRule;
import org.okr4j.core.validation.Violation;

/**
 * Near-duplicate objectives and key results of different owners, found by {@link NearDuplicates}
 * (MinHash and locality-sensitive hashing, never all pairs). Titles are fed in id order, so that
 * the pairs found do not depend on the order of the set's lists; each pair's subjects are sorted
 * by id, and its similarity is shown to two decimals.
 */
final class DuplicateRules {

  private DuplicateRules() {}

  static ValidationRule objectives() {
    return (context, out) -> {
      if (!context.reports(DUPLICATE_OBJECTIVES)) {
        return;
      }
      OkrLinks links = context.links();
      List<Objective> objectives = context.set().objectives();
      List<String> titles = new ArrayList<>(objectives.size());
      List<String> owners = new ArrayList<>(objectives.size());
      List<ObjectiveId> ids = new ArrayList<>(objectives.size());
      for (int i = 0; i < objectives.size(); i++) {
        Objective objective = objectives.get(links.inIdOrder(i));
        titles.add(objective.title());
        owners.add(ownerKey(objective.owner()));
        ids.add(objective.id());
      }
      report(DUPLICATE_OBJECTIVES, titles, owners, ids, context.get(
          AlignmentRules.SIMILARITY_THRESHOLD), out);
    };
  }

  static ValidationRule keyResults() {
    return (context, out) -> {
      if (!context.reports(DUPLICATE_KEY_RESULTS)) {
        return;
      }
      OkrLinks links = context.links();
      List<Objective> objectives = context.set().objectives();
      int count = context.set().keyResultCount();
      List<String> titles = new ArrayList<>(count);
      List<String> owners = new ArrayList<>(count);
      List<KeyResultId> ids = new ArrayList<>(count);
      for (int i = 0; i < objectives.size(); i++) {
        Objective objective = objectives.get(links.inIdOrder(i));
        for (KeyResult kr : objective.keyResults()) {
          titles.add(kr.title());
          owners.add(ownerKey(kr.owner().or(objective::owner)));
          ids.add(kr.id());
        }
      }
      report(DUPLICATE_KEY_RESULTS, titles, owners, ids, context.get(
          AlignmentRules.SIMILARITY_THRESHOLD), out);
    };
  }

  private static <T extends Identifier<T>> void report(String code, List<String> titles,
      List<String> owners, List<T> ids, double threshold,
      Consumer<Violation> out) {
    for (NearDuplicates.Pair pair : NearDuplicates.find(titles, owners, threshold)) {
      T a = ids.get(pair.first());
      T b = ids.get(pair.second());
      List<T> subjects = a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
      out.accept(Violation.of(code, Severity.WARNING, subjects)
          .withValue("similarity", Math.round(pair.similarity() * 100) / 100.0));
    }
  }

  /** Owners compare by kind and id: a unit and a person may share an id string. */
  private static String ownerKey(Optional<Owner> owner) {
    return owner.map(o -> (o instanceof OrgUnitId ? "unit:" : "person:") + o.value()).orElse("");
  }
}
