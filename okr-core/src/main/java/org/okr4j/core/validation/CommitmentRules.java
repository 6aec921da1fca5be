package org.okr4j.core.validation;

import java.util.Optional;
import org.okr4j.core.Commitment;
import org.okr4j.core.Confidence;
import org.okr4j.core.KeyResult;

/**
 * Commitment: a promise its owners doubt needs escalating; a stretch goal they are sure of is not a
 * stretch.
 */
final class CommitmentRules {

  private CommitmentRules() {}

  static ObjectiveRule doubtedPromises() {
    return context -> {
      // Boxed once: a large set reports this for hundreds of thousands of key results.
      Double floor = context.get(Settings.CONFIDENCE_FLOOR);
      return (position, objective, out) -> {
        if (objective.commitment() != Commitment.COMMITTED) {
          return;
        }
        for (KeyResult kr : objective.keyResults()) {
          Optional<Confidence> confidence = kr.currentConfidence();
          if (confidence.isPresent() && confidence.get().value() < floor) {
            out.accept(Violation.of("commitment.committed.low-confidence", Severity.WARNING,
                kr.id()).withValue("confidence", confidence.get().value()).withValue("floor", floor));
          }
        }
      };
    };
  }

  static ObjectiveRule sandbagging() {
    return context -> {
      double sure = context.get(Settings.NEAR_CERTAIN);
      return (position, objective, out) -> {
        if (objective.commitment() != Commitment.ASPIRATIONAL || objective.keyResults().isEmpty()) {
          return;
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (KeyResult kr : objective.keyResults()) {
          // Not confidence.map(Confidence::value): that boxes a Double per key result.
          Optional<Confidence> confidence = kr.currentConfidence();
          lowest = Math.min(lowest,
              confidence.isPresent() ? confidence.get().value() : Double.NEGATIVE_INFINITY);
        }
        if (lowest >= sure) {
          out.accept(Violation.of("commitment.aspirational.sandbagging", Severity.INFO,
              objective.id()).withValue("lowest", lowest).withValue("near-certain", sure));
        }
      };
    };
  }
}
