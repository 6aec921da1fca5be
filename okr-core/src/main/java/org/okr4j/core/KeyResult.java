package org.okr4j.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A specific, measurable, time-bound outcome that shows whether its objective was reached.
 *
 * <p>Immutable and thread-safe. Check-ins are kept in date order (a stable sort of the order
 * given), and each must carry a reading that fits the {@link Measure}: a value for numeric
 * measures, a known zone for ordinal ones, done for milestones, known stage names for stages.
 * Construction rejects a blank title, a negative or non-finite weight, repeated contributors and
 * readings that do not fit.
 * <pre>{@code
 * KeyResult nps = KeyResult.builder()
 *     .id(KeyResultId.of("kr-nps"))
 *     .title("Raise NPS from 31 to 45")
 *     .owner(PersonId.of("p7"))
 *     .measure(LinearMeasure.of(31, 45))
 *     .addCheckIns(CheckIn.of(LocalDate.of(2026, 8, 3), 36))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class KeyResult {

  KeyResult() {}

  /** The key result's id, unique in its {@link OkrSet}. */
  public abstract KeyResultId id();

  /** What is to be achieved, as the owner wrote it. */
  public abstract String title();

  /** Who owns it; a missing owner is a validation finding, not an error. */
  public abstract Optional<Owner> owner();

  /** Who else contributes, without repeats. */
  public abstract List<PersonId> contributors();

  /** Its weight in its objective's roll-up; 1 unless set, 0 to track without counting. */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** What is measured and how. */
  public abstract Measure measure();

  /** The check-ins, oldest first. */
  public abstract List<CheckIn> checkIns();

  /** The initiatives (outputs, tasks) that serve this outcome. */
  public abstract List<String> initiatives();

  /** A key result with a measure and no check-ins. */
  public static KeyResult of(String id, String title, Measure measure) {
    return builder().id(KeyResultId.of(id)).title(title).measure(measure).build();
  }

  /** A builder for key results. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KeyResult}s; not thread-safe. */
  public static final class Builder extends ImmutableKeyResult.Builder {
    Builder() {}
  }

  @Value.Check
  KeyResult normalize() {
    Guards.title("key result title", title());
    Guards.nonNegative("key result weight", weight());
    Guards.unique("key result contributors", contributors(), person -> person);
    for (String initiative : initiatives()) {
      Guards.title("key result initiative", initiative);
    }
    for (CheckIn checkIn : checkIns()) {
      checkReadingFits(checkIn);
    }
    for (int i = 1; i < checkIns().size(); i++) {
      if (checkIns().get(i).date().isBefore(checkIns().get(i - 1).date())) {
        List<CheckIn> sorted = new ArrayList<>(checkIns());
        sorted.sort(Comparator.comparing(CheckIn::date));
        return builder().from(this).checkIns(sorted).build();
      }
    }
    return this;
  }

  private void checkReadingFits(CheckIn checkIn) {
    Optional<MeasureKind.Reading> reading = checkIn.reading();
    if (reading.isEmpty()) {
      return;
    }
    MeasureKind kind = measure().kind();
    Guards.check(kind.accepts(reading.get()), "check-in reading",
        "be a " + kind.reading() + (kind == MeasureKind.BASELINE ? " or DONE" : "") + " for a "
            + kind + " measure", reading.get());
    if (measure() instanceof OrdinalMeasure ordinal) {
      String zone = checkIn.zone().orElseThrow();
      Guards.check(ordinal.rank(zone) >= 0, "check-in zone", "be one of " + ordinal.zones(), zone);
    } else if (measure() instanceof StagesMeasure stages) {
      for (String stage : checkIn.stagesDone()) {
        Guards.check(stages.hasStage(stage), "check-in stage", "be one of the measure's stages",
            stage);
      }
    }
  }

  /** The latest check-in, if any. */
  public Optional<CheckIn> latestCheckIn() {
    return checkIns().isEmpty() ? Optional.empty() : Optional.of(checkIns().get(checkIns().size() - 1));
  }

  /** The value of the latest check-in that reported one. */
  public OptionalDouble currentValue() {
    for (int i = checkIns().size() - 1; i >= 0; i--) {
      if (checkIns().get(i).value().isPresent()) {
        return checkIns().get(i).value();
      }
    }
    return OptionalDouble.empty();
  }

  /** The confidence of the latest check-in that reported one. */
  public Optional<Confidence> currentConfidence() {
    for (int i = checkIns().size() - 1; i >= 0; i--) {
      if (checkIns().get(i).confidence().isPresent()) {
        return checkIns().get(i).confidence();
      }
    }
    return Optional.empty();
  }

  /** A copy with one more check-in, kept in date order. */
  public KeyResult withCheckIn(CheckIn checkIn) {
    return builder().from(this).addCheckIns(checkIn).build();
  }

  /** A copy with another title. */
  public KeyResult withTitle(String title) {
    return builder().from(this).title(title).build();
  }

  /** A copy with another measure; existing check-ins must fit it. */
  public KeyResult withMeasure(Measure measure) {
    return builder().from(this).measure(measure).build();
  }

  /** A copy with another weight. */
  public KeyResult withWeight(double weight) {
    return builder().from(this).weight(weight).build();
  }

  @Override
  public String toString() {
    return "KeyResult[" + id() + " \"" + title() + "\", " + measure() + ", weight=" + weight()
        + ", checkIns=" + checkIns().size() + "]";
  }
}
