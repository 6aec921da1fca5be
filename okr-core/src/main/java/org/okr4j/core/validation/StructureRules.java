package org.okr4j.core.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.Contribution;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Level;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.PersonId;

/**
 * Local structure: what one objective's own links must respect, read from the set's resolved
 * links. Whole-graph questions (loops, clusters, reachability, depth) belong to okr-alignment's
 * rules.
 */
final class StructureRules {

  private StructureRules() {}

  /** Links to itself or one of its own key results, and links to targets the set lacks. */
  static ObjectiveRule links() {
    return context -> {
      OkrLinks links = context.links();
      return (position, child, out) -> {
        int first = links.linkStart(position);
        for (int l = first; l < links.linkEnd(position); l++) {
          int parent = links.linkedObjective(l);
          if (parent < 0) {
            out.accept(Violation.of("structure.parent.unknown", Severity.WARNING, child.id())
                .withValue("parent", child.alignments().get(l - first).target()));
          } else if (parent == position) {
            out.accept(Violation.of("structure.self-alignment", Severity.ERROR, child.id())
                .withValue("parent", child.alignments().get(l - first).target()));
          }
        }
      };
    };
  }

  /**
   * Contributions between key results: a link to a key result the set lacks, a group of key
   * results contributing to each other in a loop (once per group, its ids sorted), shares
   * pinned on one parent's children adding up to more than 100 %, and a key result that others
   * contribute to but that has no roll-up, so ignores them. Key results are judged in the
   * order of their objectives' ids, then their own; loops in the order of their first ids.
   */
  static ValidationRule keyResultLinks() {
    return (context, out) -> {
      OkrLinks links = context.links();
      if (links.keyResultLinkCount() == 0) {
        return;
      }
      List<Objective> objectives = context.set().objectives();
      for (int rank = 0; rank < objectives.size(); rank++) {
        int o = links.inIdOrder(rank);
        List<KeyResult> keyResults = objectives.get(o).keyResults();
        for (int k = 0; k < keyResults.size(); k++) {
          KeyResult keyResult = keyResults.get(k);
          int position = links.firstKeyResult(o) + k;
          int first = links.keyResultLinkStart(position);
          for (int l = first; l < links.keyResultLinkEnd(position); l++) {
            if (links.keyResultLinkParent(l) < 0) {
              out.accept(Violation.of("structure.key-result.parent.unknown", Severity.WARNING,
                  keyResult.id()).withValue("parent",
                  keyResult.contributions().get(l - first).parent()));
            }
          }
          double pinned = 0;
          int pins = 0;
          for (int s = links.keyResultChildSlotStart(position);
              s < links.keyResultChildSlotEnd(position); s++) {
            int l = links.keyResultChildLink(s);
            int child = links.keyResultLinkChild(l);
            Contribution contribution = keyResultAt(context, links, child)
                .contributions().get(l - links.keyResultLinkStart(child));
            if (contribution.pinnedShare().isPresent()) {
              pinned += contribution.pinnedShare().getAsDouble();
              pins++;
            }
          }
          if (isOverFull(pinned)) {
            out.accept(Violation.of("structure.key-result.shares.too-high", Severity.ERROR,
                    keyResult.id()).withValue("share", percent(pinned))
                .withValue("count", pins));
          }
          int children = links.keyResultChildSlotEnd(position)
              - links.keyResultChildSlotStart(position);
          if (children > 0 && keyResult.rollUp().isEmpty()) {
            out.accept(Violation.of("structure.key-result.roll-up.missing", Severity.INFO,
                keyResult.id()).withValue("count", children));
          }
        }
      }
      for (List<KeyResultId> loop : links.keyResultLoops()) {
        out.accept(Violation.of("structure.key-result.loop", Severity.ERROR, loop)
            .withValue("count", loop.size()));
      }
    };
  }

  /**
   * Shares pinned on one objective's parts adding up to more than 100 %: its key results' own
   * pins and the pins its contributing child objectives put on their links to it (a child linked
   * through one of its key results counts for the objective, as the roll-up does). One walk: each
   * objective adds its key results' pins to its own total and its links' pins to its parents';
   * the totals are judged after it, in id order. A pin on a link that closes a loop counts here,
   * though a contributing cascade leaves that link out: the pins are what the set says, and the
   * loop is its own finding.
   */
  static ObjectiveRule pinnedShares() {
    return context -> {
      OkrLinks links = context.links();
      List<Objective> objectives = context.set().objectives();
      return new ObjectiveRule.ObjectiveCheck() {
        // Made on the first pin: most sets pin nothing, and a million objectives need no arrays.
        private double[] pinned;
        private int[] pins;

        @Override
        public void check(int position, Objective objective, Consumer<Violation> out) {
          for (KeyResult keyResult : objective.keyResults()) {
            keyResult.pinnedShare().ifPresent(share -> add(position, share));
          }
          int first = links.linkStart(position);
          for (int l = first; l < links.linkEnd(position); l++) {
            Alignment alignment = objective.alignments().get(l - first);
            int parent = links.linkedObjective(l);
            if (alignment.kind() == AlignmentKind.CONTRIBUTES
                && alignment.pinnedShare().isPresent() && parent >= 0 && parent != position) {
              add(parent, alignment.pinnedShare().getAsDouble());
            }
          }
        }

        private void add(int objective, double share) {
          if (pinned == null) {
            pinned = new double[objectives.size()];
            pins = new int[objectives.size()];
          }
          pinned[objective] += share;
          pins[objective]++;
        }

        @Override
        public void finish(Consumer<Violation> out) {
          if (pinned == null) {
            return;
          }
          for (int rank = 0; rank < objectives.size(); rank++) {
            int o = links.inIdOrder(rank);
            if (isOverFull(pinned[o])) {
              out.accept(Violation.of("structure.objective.shares.too-high", Severity.ERROR,
                      objectives.get(o).id()).withValue("share", percent(pinned[o]))
                  .withValue("count", pins[o]));
            }
          }
        }
      };
    };
  }

  /** More than 100 %: a hair over 1 is rounding (three shares of a third), not a broken set. */
  private static boolean isOverFull(double pinned) {
    return pinned > 1 + 1e-9;
  }

  /** A share as a percentage with two decimals. */
  private static double percent(double share) {
    return Math.round(share * 10_000) / 100.0;
  }

  private static KeyResult keyResultAt(ValidationContext context, OkrLinks links, int position) {
    int o = links.objectiveOfKeyResult(position);
    return context.set().objectives().get(o).keyResults().get(position - links.firstKeyResult(o));
  }

  /**
   * Alignment runs upwards: a parent below the child is an error, one at the same level a
   * warning (a link between peers is horizontal: relates to, depends on).
   */
  static ObjectiveRule parentLevels() {
    return forEachParent((context, child, target, parent, edge, out) -> {
      int rank = child.level().rank();
      int parentRank = parent.level().rank();
      if (parentRank >= rank) {
        out.accept(Violation.of("structure.parent.not-above",
                parentRank > rank ? Severity.ERROR : Severity.WARNING, child.id())
            .withValue("parent", target).withValue("level", child.level().name())
            .withValue("parent-level", parent.level().name()));
      }
    });
  }

  /**
   * BurningOKR: a parent objective belongs to a strict ancestor of the child's unit; a person's
   * objective may also align to its own unit's.
   */
  static ObjectiveRule parentsInAncestorUnits() {
    return forEachParent((context, child, target, parent, edge, out) -> {
      OkrLinks links = context.links();
      int unit = links.ownerUnitOf(links.childOf(edge));
      int parentUnit = links.ownerUnitOf(links.parentOf(edge));
      if (unit < 0 || parentUnit < 0) {
        return;
      }
      boolean personUnderOwnUnit = unit == parentUnit
          && child.owner().orElse(null) instanceof PersonId;
      if (!personUnderOwnUnit && !links.isUnitAncestor(parentUnit, unit)) {
        List<OrgUnit> units = context.set().organization().units();
        out.accept(Violation.of("structure.parent.outside-ancestors", Severity.WARNING, child.id())
            .withValue("parent", target).withValue("unit", units.get(unit).id())
            .withValue("parent-unit", units.get(parentUnit).id()));
      }
    });
  }

  /** 15Five: a child's dates lie within its parent's. */
  static ObjectiveRule parentCycles() {
    return forEachParent((context, child, target, parent, edge, out) -> {
      if (child.cycle().equals(parent.cycle())) {
        return;
      }
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
    return forEachParent((context, child, target, parent, edge, out) -> {
      List<String> allowed = context.get(Settings.ALLOWED_PARENTS.member(child.level().name()));
      if (!allowed.isEmpty() && !allowed.contains(parent.level().name())) {
        out.accept(Violation.of("structure.parent.type-not-allowed", Severity.ERROR, child.id())
            .withValue("parent", target).withValue("level", child.level().name())
            .withValue("parent-level", parent.level().name())
            .withValue("allowed", String.join(", ", allowed)));
      }
    });
  }

  /** GitLab, Lattice: at most so many parents (vertical links, dangling ones included). */
  static ObjectiveRule parentCount() {
    return context -> {
      int max = context.get(Settings.PARENTS_MAX);
      return (position, child, out) -> {
        int count = verticalLinks(child);
        if (count > max) {
          out.accept(Violation.of("structure.parents.too-many", Severity.WARNING, child.id())
              .withValue("count", count).withValue("max", max));
        }
      };
    };
  }

  /**
   * GitLab: at most so many children under one objective or key result; objectives in id order,
   * each followed by its key results.
   */
  static ValidationRule childCount() {
    return (context, out) -> {
      int max = context.get(Settings.CHILDREN_MAX);
      OkrLinks links = context.links();
      List<Objective> objectives = context.set().objectives();
      int[] keyResultChildren = new int[links.keyResultCount()];
      int[] objectiveChildren = new int[objectives.size()];
      for (int e = 0; e < links.edgeCount(); e++) {
        int kr = links.keyResultOf(e);
        if (kr >= 0) {
          keyResultChildren[kr]++;
        } else {
          objectiveChildren[links.parentOf(e)]++;
        }
      }
      for (int i = 0; i < objectives.size(); i++) {
        int o = links.inIdOrder(i);
        Objective objective = objectives.get(o);
        if (objectiveChildren[o] > max) {
          out.accept(Violation.of("structure.children.too-many", Severity.WARNING, objective.id())
              .withValue("count", objectiveChildren[o]).withValue("max", max));
        }
        int first = links.firstKeyResult(o);
        for (int k = 0; k < objective.keyResults().size(); k++) {
          if (keyResultChildren[first + k] > max) {
            out.accept(Violation.of("structure.children.too-many", Severity.WARNING,
                    objective.keyResults().get(k).id())
                .withValue("count", keyResultChildren[first + k]).withValue("max", max));
          }
        }
      }
    };
  }

  /** GitLab: key results have no children. */
  static ObjectiveRule keyResultsWithoutChildren() {
    return forEachParent((context, child, target, parent, edge, out) -> {
      if (target instanceof KeyResultId kr) {
        out.accept(Violation.of("structure.key-result.has-children", Severity.ERROR, child.id())
            .withValue("parent", kr));
      }
    });
  }

  /** Objectives below the top level with no parent and no stated reason to stand alone. */
  static ObjectiveRule unaligned() {
    return context -> {
      Level top = context.set().organization().levels().top();
      return (position, objective, out) -> {
        if (objective.level().isBelow(top) && verticalLinks(objective) == 0
            && objective.standaloneReason().isEmpty()) {
          out.accept(Violation.of("structure.unaligned", Severity.WARNING, objective.id())
              .withValue("level", objective.level().name()));
        }
      };
    };
  }

  /**
   * OpenOKR's company anchor, per cycle that holds objectives: a cycle is anchored by an objective
   * at the company level (the top of the organisation's level scheme), or by a vertical link that
   * leaves the set from an objective directly below that level, as its parent outside the set can
   * only be a company objective (the anchor {@code AlignmentMetrics} reads); a dangling link from
   * deeper down does not anchor, since its parent may be a department's. Each cycle without an
   * anchor is reported once, cycles by id. Not {@code focus.top-level.too-few}, which counts the
   * company objectives a cycle holds (focus): a cycle whose company objectives live outside the
   * set holds none, yet is anchored.
   */
  static ValidationRule companyAnchor() {
    return (context, out) -> {
      List<Level> levels = context.set().organization().levels().levels();
      int company = context.set().organization().levels().top().rank();
      int below = Integer.MAX_VALUE;
      for (Level level : levels) {
        if (level.rank() > company) {
          below = Math.min(below, level.rank());
        }
      }
      OkrLinks links = context.links();
      List<Objective> objectives = context.set().objectives();
      // Each cycle met, anchored or not; looked up only when the cycle changes.
      Map<CycleId, boolean[]> anchored = new TreeMap<>();
      CycleId lastCycle = null;
      boolean[] current = null;
      for (int o = 0; o < objectives.size(); o++) {
        Objective objective = objectives.get(o);
        if (objective.cycle() != lastCycle) {
          lastCycle = objective.cycle();
          current = anchored.computeIfAbsent(lastCycle, c -> new boolean[1]);
        }
        int rank = objective.level().rank();
        current[0] |= rank <= company || rank == below && leavesTheSet(links, o, objective);
      }
      anchored.forEach((cycle, isAnchored) -> {
        if (!isAnchored[0]) {
          out.accept(Violation.of("structure.company-anchor.missing", Severity.WARNING, cycle));
        }
      });
    };
  }

  /** True if one of the objective's vertical links names a target the set lacks. */
  private static boolean leavesTheSet(OkrLinks links, int position, Objective objective) {
    int first = links.linkStart(position);
    for (int l = first; l < links.linkEnd(position); l++) {
      if (links.linkedObjective(l) < 0
          && objective.alignments().get(l - first).kind().isVertical()) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many {@linkplain Objective#parents() parents} the objective names (its vertical links,
   * dangling ones included), counted without making the list: every objective below the top is
   * asked.
   */
  private static int verticalLinks(Objective objective) {
    // By index: an iterator per objective was the rule's only garbage.
    List<Alignment> alignments = objective.alignments();
    int count = 0;
    for (int i = 0; i < alignments.size(); i++) {
      if (alignments.get(i).kind().isVertical()) {
        count++;
      }
    }
    return count;
  }

  @FunctionalInterface
  private interface ParentCheck {
    void check(ValidationContext context, Objective child, AlignmentTarget target,
        Objective parent, int edge, Consumer<Violation> out);
  }

  /**
   * Runs {@code check} on every parent edge (a vertical link to another objective of the set, or
   * to one of its key results), in link order.
   */
  private static ObjectiveRule forEachParent(ParentCheck check) {
    return context -> {
      OkrLinks links = context.links();
      List<Objective> objectives = context.set().objectives();
      return (position, child, out) -> {
        for (int e = links.parentEdgeStart(position); e < links.parentEdgeEnd(position); e++) {
          int p = links.parentOf(e);
          if (p == position) {
            continue;
          }
          Objective parent = objectives.get(p);
          int kr = links.keyResultOf(e);
          AlignmentTarget target = kr < 0 ? parent.id()
              : parent.keyResults().get(kr - links.firstKeyResult(p)).id();
          check.check(context, child, target, parent, e, out);
        }
      };
    };
  }
}
