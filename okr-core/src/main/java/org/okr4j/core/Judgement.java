package org.okr4j.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A manual override stored on a key result or objective: a progress and/or a status set by a
 * person on a day, with the reason they gave (Perdoo's, Lattice's and GitLab's manual progress and
 * health, Viva Goals' overridden progress).
 *
 * <p>Immutable and thread-safe. The progress is a fraction in [0, 1], whatever the measure: the
 * products that let a person set progress by hand set a percentage, not a value in the measure's
 * unit, and a fraction means the same for every kind of measure (a milestone or stages have no
 * value to set). The status is a {@link ReportedStatus}, the words a person uses (on track, at
 * risk, off track), which scoring maps onto its own statuses; okr-core knows nothing of those. At
 * least one of the two is present. The reason is not blank: an override without a why is what the
 * products refuse. It is HR data: okr4j shows it in explanations a host asks for, and never logs
 * it. A stored override holds until it is removed from the key result or objective (it is what
 * okr-scoring's {@code ManualOverride.Hold.STICKY} calls sticky). Named {@code Judgement}, not
 * {@code Override}, so that it does not shadow {@code java.lang.Override} in its package.
 * <pre>{@code
 * Judgement.ofProgress(0.6, PersonId.of("p7"), LocalDate.of(2026, 8, 20), "vendor data late");
 * Judgement.ofStatus(ReportedStatus.AT_RISK, PersonId.of("p7"), day, "key hire left");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Judgement {

  Judgement() {}

  /** The progress set by hand, a fraction in [0, 1]; empty if only the status is. */
  @Value.Parameter
  public abstract OptionalDouble progress();

  /** The status set by hand; empty if only the progress is. */
  @Value.Parameter
  public abstract Optional<ReportedStatus> status();

  /** Who set it. */
  @Value.Parameter
  public abstract PersonId by();

  /** The day it was set. */
  @Value.Parameter
  public abstract LocalDate on();

  /** Why, as the person wrote it; not blank. */
  @Value.Parameter
  public abstract String reason();

  /**
   * An override of progress, status or both.
   *
   * @throws IllegalArgumentException if the progress lies outside [0, 1], neither is present, or
   *     the reason is blank or longer than a title may be
   */
  // The status's wildcard matches the factory Immutables generates, which this one hides.
  public static Judgement of(OptionalDouble progress, Optional<? extends ReportedStatus> status,
      PersonId by, LocalDate on, String reason) {
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(reason, "reason");
    progress.ifPresent(p -> Guards.within("override progress", p, 0, 1));
    Guards.check(progress.isPresent() || status.isPresent(), "override",
        "set a progress, a status or both", "neither");
    Guards.title("override reason", reason);
    return ImmutableJudgement.of(progress, status, by, on, reason);
  }

  /** An override of progress alone; see {@link #of}. */
  public static Judgement ofProgress(double progress, PersonId by, LocalDate on, String reason) {
    return of(OptionalDouble.of(progress), Optional.empty(), by, on, reason);
  }

  /** An override of status alone; see {@link #of}. */
  public static Judgement ofStatus(ReportedStatus status, PersonId by, LocalDate on,
      String reason) {
    Objects.requireNonNull(status, "status");
    return of(OptionalDouble.empty(), Optional.of(status), by, on, reason);
  }

  /**
   * What was set, by whom and when, without the reason: {@code progress 0.6, AT_RISK by p7 on
   * 2026-08-20}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    progress().ifPresent(p -> text.append("progress ").append(MeasureText.number(p)));
    status().ifPresent(s -> text.append(text.length() > 0 ? ", " : "").append(s));
    // The reason is left out, as a check-in's note is: hosts log values, and it is personal data.
    return text.append(" by ").append(by()).append(" on ").append(on()).toString();
  }
}
