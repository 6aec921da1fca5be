package org.okr4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * Progress as the weights of the stages done (ShamanR's stages): "design 0.2, build 0.5, ship 0.3".
 *
 * <p>Immutable and thread-safe. Stages have unique names; each weight lies in [0, 1] and together
 * they sum to more than 0 and at most 1 (a tolerance of 1e-9 absorbs decimal rounding). Check-ins
 * report the names of the stages done.
 */
@Value.Immutable
public abstract non-sealed class StagesMeasure implements Measure {

  /** Slack for weights such as 0.1 + 0.2 + 0.7 that miss 1.0 in binary. */
  private static final double TOLERANCE = 1e-9;

  StagesMeasure() {}

  /** The stages, in the order given. */
  public abstract List<Stage> stages();

  @Override
  @Value.Default
  public Unit unit() {
    return Unit.number();
  }

  @Override
  public final MeasureKind kind() {
    return MeasureKind.STAGES;
  }

  /** Stages with the given weights. */
  public static StagesMeasure of(List<Stage> stages) {
    Objects.requireNonNull(stages, "stages");
    return ImmutableStagesMeasure.builder().stages(stages).build();
  }

  /** Stages with equal weights, summing to 1. */
  public static StagesMeasure equal(String... names) {
    Objects.requireNonNull(names, "names");
    List<Stage> stages = new ArrayList<>(names.length);
    for (String name : names) {
      stages.add(Stage.of(name, 1.0 / names.length));
    }
    return of(stages);
  }

  /** The sum of all stage weights. */
  public double totalWeight() {
    return stages().stream().mapToDouble(Stage::weight).sum();
  }

  /** True if a stage has this name. */
  public boolean hasStage(String name) {
    Objects.requireNonNull(name, "name");
    return stages().stream().anyMatch(stage -> stage.name().equals(name));
  }

  @Value.Check
  void check() {
    Guards.check(!stages().isEmpty(), "stages", "hold at least one stage", stages());
    Guards.unique("stage names", stages(), Stage::name);
    double total = totalWeight();
    Guards.check(total > 0 && total <= 1 + TOLERANCE, "stage weights",
        "sum to more than 0 and at most 1", total);
  }

  @Override
  public String toString() {
    return "stages " + stages() + MeasureText.unit(unit());
  }
}
