package org.okr4j.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A check-in read back from a key result's compact storage ({@link CheckInLog}): a date, a value
 * or done, and a confidence; nothing else. Made on request and equal to the check-in it was
 * stored from.
 */
final class CheckInView extends CheckIn {

  private final LocalDate date;
  private final double value;
  private final boolean hasValue;
  private final boolean done;
  private final Confidence confidence;

  CheckInView(LocalDate date, boolean hasValue, double value, boolean done,
      Confidence confidence) {
    this.date = date;
    this.hasValue = hasValue;
    this.value = value;
    this.done = done;
    this.confidence = confidence;
  }

  @Override
  public LocalDate date() {
    return date;
  }

  @Override
  public OptionalDouble value() {
    return hasValue ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  @Override
  public Optional<String> zone() {
    return Optional.empty();
  }

  @Override
  public boolean done() {
    return done;
  }

  @Override
  public List<String> stagesDone() {
    return List.of();
  }

  @Override
  public Optional<Confidence> confidence() {
    return Optional.ofNullable(confidence);
  }

  @Override
  public Optional<String> note() {
    return Optional.empty();
  }

  @Override
  public Optional<PersonId> author() {
    return Optional.empty();
  }

  @Override
  public Optional<ReportedStatus> reportedStatus() {
    return Optional.empty();
  }
}
