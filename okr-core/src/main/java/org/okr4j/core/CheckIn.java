package org.okr4j.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A dated report on a key result: its reading (a value, a zone, done, or the stages done), the
 * owner's confidence, a note and who wrote it.
 *
 * <p>Immutable and thread-safe. A check-in carries at most one kind of reading; one with none
 * records only confidence or a note. Whether the reading fits the key result's measure is checked
 * by {@link KeyResult}. The note is personal data: okr4j never logs it.
 * <pre>{@code
 * CheckIn.of(LocalDate.of(2026, 8, 3), 38.0);
 * CheckIn.builder().date(day).value(38).confidence(Confidence.ofTen(6)).note("on track").build();
 * CheckIn.done(day);
 * CheckIn.builder().date(day).value(38).reportedStatus(ReportedStatus.AT_RISK).build();
 * }</pre>
 */
@Value.Immutable
public abstract class CheckIn {

  // What reading() answers, shared: a key result asks each of its check-ins when it is built.
  private static final Optional<MeasureKind.Reading> VALUE_READING =
      Optional.of(MeasureKind.Reading.VALUE);
  private static final Optional<MeasureKind.Reading> ZONE_READING =
      Optional.of(MeasureKind.Reading.ZONE);
  private static final Optional<MeasureKind.Reading> DONE_READING =
      Optional.of(MeasureKind.Reading.DONE);
  private static final Optional<MeasureKind.Reading> STAGES_READING =
      Optional.of(MeasureKind.Reading.STAGES);

  CheckIn() {}

  /** The day of the check-in. */
  public abstract LocalDate date();

  /** The measured value, for numeric measures. */
  public abstract OptionalDouble value();

  /** The zone chosen, for ordinal measures. */
  public abstract Optional<String> zone();

  /** True if a milestone is reported done. */
  @Value.Default
  public boolean done() {
    return false;
  }

  /** The names of the stages done, for stage measures. */
  public abstract List<String> stagesDone();

  /** The owner's confidence at this check-in. */
  public abstract Optional<Confidence> confidence();

  /** A free-text note. */
  public abstract Optional<String> note();

  /** Who wrote the check-in. */
  public abstract Optional<PersonId> author();

  /**
   * How the owner judged the key result at this check-in (OpenOKR's on track, caution, off track),
   * if they said; it is not a reading, so it may come with any reading or none.
   */
  public abstract Optional<ReportedStatus> reportedStatus();

  /** A check-in of a measured value. */
  public static CheckIn of(LocalDate date, double value) {
    return builder().date(date).value(value).build();
  }

  /** A check-in reporting a milestone done. */
  public static CheckIn done(LocalDate date) {
    return builder().date(date).done(true).build();
  }

  /** A check-in choosing an ordinal zone. */
  public static CheckIn zone(LocalDate date, String zone) {
    return builder().date(date).zone(zone).build();
  }

  /** A check-in reporting the stages done so far. */
  public static CheckIn stages(LocalDate date, String... stagesDone) {
    Objects.requireNonNull(stagesDone, "stagesDone");
    return builder().date(date).addStagesDone(stagesDone).build();
  }

  /** A builder for check-ins. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CheckIn}s; not thread-safe. */
  public static final class Builder extends ImmutableCheckIn.Builder {
    Builder() {}
  }

  /** The kind of reading this check-in carries, if any. */
  public Optional<MeasureKind.Reading> reading() {
    if (value().isPresent()) {
      return VALUE_READING;
    }
    if (zone().isPresent()) {
      return ZONE_READING;
    }
    if (done()) {
      return DONE_READING;
    }
    return stagesDone().isEmpty() ? Optional.empty() : STAGES_READING;
  }

  @Value.Check
  void check() {
    // The value read once: each read makes an OptionalDouble, and check-ins come by the million.
    OptionalDouble value = value();
    int readings = (value.isPresent() ? 1 : 0) + (zone().isPresent() ? 1 : 0) + (done() ? 1 : 0)
        + (stagesDone().isEmpty() ? 0 : 1);
    if (readings > 1) {
      throw Guards.failure("check-in reading", "be one of value, zone, done or stages",
          readings + " readings");
    }
    if (value.isPresent()) {
      Guards.finite("check-in value", value.getAsDouble());
    }
    zone().ifPresent(zone -> Guards.title("check-in zone", zone));
    Guards.unique("check-in stages done", stagesDone(), stage -> stage);
    note().ifPresent(note -> Guards.check(note.length() <= 10_000, "check-in note",
        "be at most 10000 characters long", note.length()));
  }

  /**
   * Equal when every attribute is: a check-in read back from a key result's compact storage
   * equals the one it was built from.
   */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof CheckIn other
        && date().equals(other.date())
        && value().equals(other.value())
        && zone().equals(other.zone())
        && done() == other.done()
        && stagesDone().equals(other.stagesDone())
        && confidence().equals(other.confidence())
        && note().equals(other.note())
        && author().equals(other.author())
        && reportedStatus().equals(other.reportedStatus());
  }

  // The hash Immutables generated for CheckIn before check-ins were stored compactly, kept so
  // that hashes stay as they were.
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + date().hashCode();
    h += (h << 5) + value().hashCode();
    h += (h << 5) + zone().hashCode();
    h += (h << 5) + Boolean.hashCode(done());
    h += (h << 5) + stagesDone().hashCode();
    h += (h << 5) + confidence().hashCode();
    h += (h << 5) + note().hashCode();
    h += (h << 5) + author().hashCode();
    h += (h << 5) + reportedStatus().hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("CheckIn[").append(date());
    value().ifPresent(v -> text.append(", value=").append(v));
    zone().ifPresent(z -> text.append(", zone=").append(z));
    if (done()) {
      text.append(", done");
    }
    if (!stagesDone().isEmpty()) {
      text.append(", stages=").append(stagesDone());
    }
    confidence().ifPresent(c -> text.append(", confidence=").append(c));
    reportedStatus().ifPresent(r -> text.append(", reported=").append(r));
    author().ifPresent(a -> text.append(", author=").append(a));
    return text.append(']').toString();
  }
}
