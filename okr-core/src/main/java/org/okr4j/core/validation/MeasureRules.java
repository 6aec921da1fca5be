package org.okr4j.core.validation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.okr4j.core.Alignment;
import org.okr4j.core.BaselineMeasure;
import org.okr4j.core.CheckIn;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.MeasureKind;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.Stage;
import org.okr4j.core.StagesMeasure;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.Unit;
import org.okr4j.core.ZonesMeasure;
import org.okr4j.core.internal.Currencies;

/** Measurability: every key result measures something, towards a target, in known units. */
final class MeasureRules {

  private static final double TOLERANCE = 1e-9;

  private MeasureRules() {}

  static ObjectiveRule target() {
    return forEachKeyResult((kr, out) -> {
      if (kr.measure() instanceof BaselineMeasure baseline && baseline.target().isEmpty()) {
        out.accept(Violation.of("measure.target.missing", Severity.INFO, kr.id()));
      }
    });
  }

  static ObjectiveRule shape() {
    return forEachKeyResult((kr, out) -> {
      Measure measure = kr.measure();
      if (measure instanceof LinearMeasure linear && linear.start() == linear.target()) {
        out.accept(Violation.of("measure.linear.no-change", Severity.WARNING, kr.id())
            .withValue("start", linear.start()));
      } else if (measure instanceof RangeMeasure range && range.low() == range.high()) {
        out.accept(Violation.of("measure.range.zero-width", Severity.WARNING, kr.id())
            .withValue("value", range.low()));
      } else if (measure instanceof StagesMeasure stages) {
        double total = 0;
        for (Stage stage : stages.stages()) {
          total += stage.weight();
        }
        if (total < 1 - TOLERANCE) {
          out.accept(Violation.of("measure.stages.incomplete", Severity.WARNING, kr.id())
              .withValue("total", Math.round(total * 1000) / 1000.0));
        }
      } else if (measure instanceof ZonesMeasure zones && (zones.start() == zones.commit()
          || zones.commit() == zones.target() || zones.target() == zones.stretch())) {
        out.accept(Violation.of("measure.zones.collapsed", Severity.WARNING, kr.id())
            .withValue("zones", zones.start() + " / " + zones.commit() + " / " + zones.target()
                + " / " + zones.stretch()));
      }
    });
  }

  static ObjectiveRule currency() {
    return forEachKeyResult((kr, out) -> {
      Unit unit = kr.measure().unit();
      if (unit.kind() == Unit.Kind.CURRENCY && !Currencies.isKnown(unit.label())) {
        out.accept(Violation.of("measure.currency.unknown", Severity.ERROR, kr.id())
            .withValue("currency", unit.label()));
      }
    });
  }

  /**
   * A child objective that contributes to a key result adds up in that key result's unit: its own
   * numeric key results should count in the same unit.
   */
  static ObjectiveRule unitsInRollUp() {
    return context -> {
      OkrLinks links = context.links();
      List<Objective> objectives = context.set().objectives();
      return (position, child, out) -> {
        int first = links.linkStart(position);
        for (int l = first; l < links.linkEnd(position); l++) {
          Alignment link = child.alignments().get(l - first);
          // The key result the link leads to, as the links resolved it; -1 if it is not in the set.
          int target = links.linkedKeyResult(l);
          if (!link.kind().isVertical() || !(link.target() instanceof KeyResultId parentId)
              || target < 0) {
            continue;
          }
          int holder = links.linkedObjective(l);
          KeyResult parent = objectives.get(holder).keyResults()
              .get(target - links.firstKeyResult(holder));
          if (!readsValues(parent.measure())) {
            continue;
          }
          for (KeyResult kr : child.keyResults()) {
            if (readsValues(kr.measure()) && !kr.measure().unit().equals(parent.measure().unit())) {
              out.accept(Violation.of("measure.unit.mismatch", Severity.WARNING, kr.id())
                  .withValue("unit", kr.measure().unit())
                  .withValue("parent", parentId)
                  .withValue("parent-unit", parent.measure().unit()));
            }
          }
        }
      };
    };
  }

  static ObjectiveRule nonNegative() {
    return forEachKeyResult((kr, out) -> {
      Measure measure = kr.measure();
      double lowest = switch (measure.kind()) {
        case LINEAR -> Math.min(((LinearMeasure) measure).start(), ((LinearMeasure) measure).target());
        case THRESHOLD -> ((ThresholdMeasure) measure).threshold();
        case RANGE -> ((RangeMeasure) measure).low();
        case ZONES -> Math.min(((ZonesMeasure) measure).start(), ((ZonesMeasure) measure).stretch());
        default -> 0;
      };
      if (lowest < 0) {
        out.accept(Violation.of("measure.value.negative", Severity.ERROR, kr.id())
            .withValue("value", lowest));
        return;
      }
      for (CheckIn checkIn : kr.checkIns()) {
        if (checkIn.value().isPresent() && checkIn.value().getAsDouble() < 0) {
          out.accept(Violation.of("measure.value.negative", Severity.ERROR, kr.id())
              .withValue("value", checkIn.value().getAsDouble())
              .withValue("date", checkIn.date()));
          return;
        }
      }
    });
  }

  /**
   * Mooncamp: which kinds of measure the key results of an objective of each level may use, from
   * the lists {@code measure.allowed-kinds.<level>} (none listed: any kind).
   */
  static ObjectiveRule allowedKinds() {
    return context -> {
      Map<String, AllowedKinds> byLevel = new HashMap<>();
      return (position, objective, out) -> {
        String level = objective.level().name();
        AllowedKinds allowed = byLevel.computeIfAbsent(level,
            name -> AllowedKinds.of(context.get(Settings.ALLOWED_KINDS.member(name))));
        if (allowed.kinds().isEmpty()) {
          return;
        }
        for (KeyResult kr : objective.keyResults()) {
          MeasureKind kind = kr.measure().kind();
          if (!allowed.kinds().contains(kind)) {
            out.accept(Violation.of("measure.kind.not-allowed", Severity.ERROR, kr.id())
                .withValue("kind", kindName(kind)).withValue("level", level)
                .withValue("allowed", allowed.names()));
          }
        }
      };
    };
  }

  /** The list key prefix of {@link #allowedKinds()}. */
  static final String ALLOWED_KINDS = "measure.allowed-kinds.";

  /** The kinds one level allows, and how a violation names them; read once per level and check. */
  private record AllowedKinds(Set<MeasureKind> kinds, String names) {

    /** From a list the policy's builder has checked ({@link #kindNamed}). */
    static AllowedKinds of(List<String> names) {
      Set<MeasureKind> kinds = EnumSet.noneOf(MeasureKind.class);
      for (String name : names) {
        kinds.add(kindNamed(name).orElseThrow());
      }
      return new AllowedKinds(kinds,
          String.join(", ", kinds.stream().map(MeasureRules::kindName).toList()));
    }
  }

  /** The {@link MeasureKind} a list names, ignoring case. */
  static Optional<MeasureKind> kindNamed(String name) {
    for (MeasureKind kind : MeasureKind.values()) {
      if (kind.name().equalsIgnoreCase(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private static String kindName(MeasureKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  static ObjectiveRule binary() {
    return forEachKeyResult((kr, out) -> {
      if (kr.measure().kind() == MeasureKind.MILESTONE) {
        out.accept(Violation.of("measure.binary", Severity.INFO, kr.id()));
      }
    });
  }

  static ObjectiveRule forEachKeyResult(
      java.util.function.BiConsumer<KeyResult, Consumer<Violation>> check) {
    return context -> (position, objective, out) -> {
      for (KeyResult kr : objective.keyResults()) {
        check.accept(kr, out);
      }
    };
  }

  private static boolean readsValues(Measure measure) {
    return measure.kind().reading() == MeasureKind.Reading.VALUE;
  }
}
