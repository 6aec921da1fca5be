package org.okr4j.scoring;

import java.time.LocalDate;
import org.okr4j.core.Cycle;

/**
 * How much progress is expected by a day of a cycle, as a fraction in [0, 1].
 *
 * <p>Implementations promise to be pure, thread-safe, within [0, 1] and never falling as the day
 * moves on. {@link Paces} holds the ready-made ones.
 */
@FunctionalInterface
public interface Pace {

  /** The progress expected by {@code day} of {@code cycle}. */
  double expected(Cycle cycle, LocalDate day);
}
