package org.okr4j.scoring;

import static org.okr4j.scoring.Decimals.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A vendor's status thresholds over d = progress - expected: the first step whose lower bound d
 * reaches gives the status, and the catch-all below them all.
 *
 * @param steps at least one, lower bounds strictly falling
 * @param otherwise the status below the lowest bound
 */
public record StatusThresholds(List<Step> steps, Status otherwise) implements TextRule {

  /** One step: from {@code from} up, {@code status}. */
  public record Step(double from, Status status) {}

  /** Validates and copies the steps. */
  public StatusThresholds {
    steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    Objects.requireNonNull(otherwise, "otherwise");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("status thresholds must have at least one step,"
          + " but was []");
    }
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      Objects.requireNonNull(step.status(), "status");
      if (!Double.isFinite(step.from())
          || (i > 0 && !(step.from() < steps.get(i - 1).from()))) {
        throw new IllegalArgumentException("status bounds must be finite and fall, but was " + step);
      }
    }
  }

  /**
   * The rule these thresholds define, comparing d = p - e with the bounds as decimals (both to 9
   * places): 0.35 - 0.55 is -0.2, not -0.20000000000000007.
   */
  public StatusRule statusRule() {
    return (progress, expected) -> {
      double d = clean(progress - expected);
      for (Step step : steps) {
        if (d >= clean(step.from())) {
          return step.status();
        }
      }
      return otherwise;
    };
  }

  @Override
  public String format() {
    List<String> entries = new ArrayList<>(steps.size() + 1);
    for (Step step : steps) {
      entries.add(RuleTextParser.number(step.from()) + ":" + step.status().name());
    }
    entries.add("else:" + otherwise.name());
    return "status " + String.join(", ", entries);
  }

  @Override
  public String toString() {
    return format();
  }
}
