package org.okr4j.core.validation;

import java.util.Optional;
import org.okr4j.core.Identifier;
import org.okr4j.core.KeyResult;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Owner;
import org.okr4j.core.PersonId;

/** Every objective and key result has an owner the organisation knows. */
final class OwnershipRules {

  private OwnershipRules() {}

  static ObjectiveRule owners() {
    return context -> {
      OkrSet set = context.set();
      boolean knowsPeople = !set.organization().units().isEmpty()
          || !set.organization().people().isEmpty();
      boolean keyResultOwners = context.reports("ownership.key-result.missing");
      return (position, objective, out) -> {
        if (objective.owner().isEmpty()) {
          out.accept(Violation.of("ownership.objective.missing", Severity.WARNING, objective.id()));
        } else if (knowsPeople && !isKnown(set, objective.owner().get())) {
          out.accept(unknown(objective.id(), objective.owner().get()));
        }
        for (KeyResult kr : objective.keyResults()) {
          Optional<Owner> owner = kr.owner();
          if (owner.isEmpty()) {
            if (keyResultOwners) {
              out.accept(Violation.of("ownership.key-result.missing", Severity.INFO, kr.id()));
            }
          } else if (knowsPeople && !isKnown(set, owner.get())) {
            out.accept(unknown(kr.id(), owner.get()));
          }
        }
      };
    };
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
