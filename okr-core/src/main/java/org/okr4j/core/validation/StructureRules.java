package org.okr4j.core.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.Cycle;
import org.okr4j.core.Identifier;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Level;
import org.okr4j.core.Objective;
import org.okr4j.core.OrgUnitId;

/**
 * Local structure: what one objective's own links must respect. Whole-graph questions (loops,
 * clusters, reachability, depth) belong to okr-alignment.
 */
final class StructureRules {

  private StructureRules() {}

  /** Links to itself or one of its own key results, and links to targets the set lacks. */
  static ObjectiveRule links() {
    return context -> (child, out) -> {
      for (Alignment link : child.alignments()) {
        Optional<Objective> parent = context.objectiveOf(link.target());
        if (parent.isEmpty()) {
          out.accept(Violation.of("structure.parent.unknown", Severity.WARNING, child.id())
              .withValue("parent", link.target()));
        } else if (parent.get().id().equals(child.id())) {
          out.accept(Violation.of("structure.self-alignment", Severity.ERROR, child.id())
              .withValue("parent", link.target()));
        }
      }
    };
  }

  static ObjectiveRule parentLevels() {
    return forEachParent((context, child, target, parent, out) -> {
      if (parent.level().isBelow(child.level())) {
        out.accept(Violation.of("structure.parent.lower-level", Severity.ERROR, child.id())
            .withValue("parent", target).withValue("level", child.level().name())
            .withValue("parent-level", parent.level().name()));
      }
    });
  }

  /** BurningOKR: a parent objective belongs to a strict ancestor of the child's unit. */
  static ObjectiveRule parentsInAncestorUnits() {
    return forEachParent((context, child, target, parent, out) -> {
      Optional<OrgUnitId> unit = child.owner().flatMap(context::unitOf);
      Optional<OrgUnitId> parentUnit = parent.owner().flatMap(context::unitOf);
      if (unit.isPresent() && parentUnit.isPresent()
          && context.set().organization().unit(unit.get()).isPresent()
          && !context.set().organization().isAncestor(parentUnit.get(), unit.get())) {
        out.accept(Violation.of("structure.parent.outside-ancestors", Severity.WARNING, child.id())
            .withValue("parent", target).withValue("unit", unit.get())
            .withValue("parent-unit", parentUnit.get()));
      }
    });
  }

  /** 15Five: a child's dates lie within its parent's. */
  static ObjectiveRule parentCycles() {
    return forEachParent((context, child, target, parent, out) -> {
      Optional<Cycle> cycle = context.cycleOf(child);
      Optional<Cycle> parentCycle = context.cycleOf(parent);
      if (cycle.isPresent() && parentCycle.isPresent() && !parentCycle.get().encloses(cycle.get())) {
        out.accept(Violation.of("structure.parent.cycle-outside", Severity.WARNING, child.id())
            .withValue("parent", target).withValue("cycle", cycle.get().id())
            .withValue("parent-cycle", parentCycle.get().id()));
      }
    });
  }

  /** Mooncamp: which levels an objective of each level may align to. */
  static ObjectiveRule allowedParentLevels() {
    return forEachParent((context, child, target, parent, out) -> {
      List<String> allowed = context.list("structure.allowed-parents." + child.level().name());
      if (!allowed.isEmpty() && !allowed.contains(parent.level().name())) {
        out.accept(Violation.of("structure.parent.type-not-allowed", Severity.ERROR, child.id())
            .withValue("parent", target).withValue("level", child.level().name())
            .withValue("parent-level", parent.level().name())
            .withValue("allowed", String.join(", ", allowed)));
      }
    });
  }

  /** GitLab, Lattice: at most so many parents. */
  static ObjectiveRule parentCount() {
    return context -> {
      double max = context.threshold("structure.parents.max");
      return (child, out) -> {
        int count = child.parents().size();
        if (count > max) {
          out.accept(Violation.of("structure.parents.too-many", Severity.WARNING, child.id())
              .withValue("count", count).withValue("max", max));
        }
      };
    };
  }

  /** GitLab: at most so many children under one objective or key result. */
  static ValidationRule childCount() {
    return (context, out) -> {
      double max = context.threshold("structure.children.max");
      Map<AlignmentTarget, int[]> counts = new LinkedHashMap<>();
      for (Objective child : context.set().objectives()) {
        for (AlignmentTarget target : child.parents()) {
          counts.computeIfAbsent(target, t -> new int[1])[0]++;
        }
      }
      counts.forEach((target, count) -> {
        if (count[0] > max && context.set().contains(target)) {
          out.accept(Violation.of("structure.children.too-many", Severity.WARNING,
              (Identifier<?>) target).withValue("count", count[0]).withValue("max", max));
        }
      });
    };
  }

  /** GitLab: key results have no children. */
  static ObjectiveRule keyResultsWithoutChildren() {
    return context -> (child, out) -> {
      for (AlignmentTarget target : child.parents()) {
        if (target instanceof KeyResultId kr && context.set().keyResult(kr).isPresent()) {
          out.accept(Violation.of("structure.key-result.has-children", Severity.ERROR, child.id())
              .withValue("parent", kr));
        }
      }
    };
  }

  /** Objectives below the top level with no parent and no stated reason to stand alone. */
  static ObjectiveRule unaligned() {
    return context -> {
      Level top = context.set().organization().levels().top();
      return (objective, out) -> {
        if (objective.level().isBelow(top) && objective.parents().isEmpty()
            && objective.standaloneReason().isEmpty()) {
          out.accept(Violation.of("structure.unaligned", Severity.WARNING, objective.id())
              .withValue("level", objective.level().name()));
        }
      };
    };
  }

  @FunctionalInterface
  private interface ParentCheck {
    void check(ValidationContext context, Objective child, AlignmentTarget target,
        Objective parent, java.util.function.Consumer<Violation> out);
  }

  /** Runs {@code check} on every vertical link to another objective (or its key result). */
  private static ObjectiveRule forEachParent(ParentCheck check) {
    return context -> (child, out) -> {
      for (AlignmentTarget target : child.parents()) {
        Optional<Objective> parent = context.objectiveOf(target);
        if (parent.isPresent() && !parent.get().id().equals(child.id())) {
          check.check(context, child, target, parent.get(), out);
        }
      }
    };
  }

}
