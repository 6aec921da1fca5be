package org.okr4j.core;

import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * One weighted step of a {@link StagesMeasure}: its name and the share of progress it is worth.
 *
 * <p>Immutable and thread-safe. {@code toString()} gives {@code name=weight} as a
 * {@link StagesMeasure}'s text holds it (the name in double quotes if it needs them).
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Stage {

  Stage() {}

  /** The stage's name, unique within its measure. */
  @Value.Parameter
  public abstract String name();

  /** The share of progress the stage is worth, in [0, 1]. */
  @Value.Parameter
  public abstract double weight();

  /**
   * A stage worth {@code weight} of the key result.
   *
   * @throws IllegalArgumentException if the name is blank or the weight lies outside [0, 1]
   */
  public static Stage of(String name, double weight) {
    Guards.title("stage name", name);
    Guards.within("stage weight", weight, 0, 1);
    return ImmutableStage.of(name, weight);
  }

  @Override
  public String toString() {
    return MeasureText.name(name()) + "=" + MeasureText.number(weight());
  }
}
