package org.okr4j.core.validation;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.okr4j.core.Identifier;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Kpi;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Owner;
import org.okr4j.core.PersonId;
import org.okr4j.core.Share;

/**
 * Every objective and key result has an owner the organisation knows; so do its co-owners, the
 * units an objective is shared with, and a KPI's owner.
 */
final class OwnershipRules {

  private OwnershipRules() {}

  static ObjectiveRule owners() {
    return context -> {
      OkrSet set = context.set();
      boolean knowsPeople = !set.organization().units().isEmpty()
          || !set.organization().people().isEmpty();
      boolean keyResultOwners = context.reports("ownership.key-result.missing");
      return new ObjectiveRule.ObjectiveCheck() {
        @Override
        public void check(int position, Objective objective, Consumer<Violation> out) {
          checkObjective(set, knowsPeople, keyResultOwners, objective, out);
        }

        /** A KPI's owner the organisation lacks is an unknown owner too; KPIs by id. */
        @Override
        public void finish(Consumer<Violation> out) {
          if (!knowsPeople || set.kpis().isEmpty()) {
            return;
          }
          List<Kpi> kpis = new java.util.ArrayList<>(set.kpis());
          kpis.sort(java.util.Comparator.comparing(Kpi::id));
          for (Kpi kpi : kpis) {
            kpi.owner().filter(owner -> !isKnown(set, owner))
                .ifPresent(owner -> out.accept(unknown(kpi.id(), owner)));
          }
        }
      };
    };
  }

  private static void checkObjective(OkrSet set, boolean knowsPeople, boolean keyResultOwners,
      Objective objective, Consumer<Violation> out) {
    Owner objectiveOwner = objective.owner().orElse(null);
    // A key result with its objective's owner is judged with it: the organisation is asked once.
    boolean objectiveOwnerKnown = false;
    if (objectiveOwner == null) {
      out.accept(Violation.of("ownership.objective.missing", Severity.WARNING, objective.id()));
    } else if (knowsPeople) {
      objectiveOwnerKnown = isKnown(set, objectiveOwner);
      if (!objectiveOwnerKnown) {
        out.accept(unknown(objective.id(), objectiveOwner));
      }
    }
    if (knowsPeople) {
      unknownCoOwners(set, objective.id(), objective.coOwners(), out);
      for (Share share : objective.sharedWith()) {
        if (set.organization().unit(share.unit()).isEmpty()) {
          out.accept(Violation.of("ownership.share.unknown", Severity.WARNING, objective.id())
              .withValue("unit", share.unit().value()));
        }
      }
    }
    for (KeyResult kr : objective.keyResults()) {
      Optional<Owner> owner = kr.owner();
      if (owner.isEmpty()) {
        if (keyResultOwners) {
          out.accept(Violation.of("ownership.key-result.missing", Severity.INFO, kr.id()));
        }
      } else if (knowsPeople && !(owner.get().equals(objectiveOwner) ? objectiveOwnerKnown
          : isKnown(set, owner.get()))) {
        out.accept(unknown(kr.id(), owner.get()));
      }
      if (knowsPeople) {
        unknownCoOwners(set, kr.id(), kr.coOwners(), out);
      }
    }
  }

  /** A co-owner the organisation lacks is an unknown owner, as the owner itself would be. */
  private static void unknownCoOwners(OkrSet set, Identifier<?> subject, List<Owner> coOwners,
      Consumer<Violation> out) {
    for (Owner coOwner : coOwners) {
      if (!isKnown(set, coOwner)) {
        out.accept(unknown(subject, coOwner));
      }
    }
  }

  private static Violation unknown(Identifier<?> subject, Owner owner) {
    return Violation.of("ownership.owner.unknown", Severity.WARNING, subject)
        .withValue("owner", owner.value());
  }

  private static boolean isKnown(OkrSet set, Owner owner) {
    return owner instanceof OrgUnitId unit ? set.organization().unit(unit).isPresent()
        : set.organization().person((PersonId) owner).isPresent();
  }
}
