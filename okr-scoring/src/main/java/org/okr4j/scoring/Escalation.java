package org.okr4j.scoring;

import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.Commitment;
import org.okr4j.core.Confidence;

/**
 * When an owner's confidence calls for escalation (OpenOKR): at or below an absolute floor for any
 * key result, or below the committed floor for a promise.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * Escalation.openOkr().reason(Confidence.ofTen(6), Commitment.COMMITTED);
 * // Optional["committed key result at confidence 0.6, below 0.7"]
 * }</pre>
 *
 * @param floor confidence at or below which any key result escalates (OpenOKR: 0.3)
 * @param committedFloor confidence below which a committed key result escalates (OpenOKR: 0.7)
 */
public record Escalation(double floor, double committedFloor) {

  /** Validates the floors. */
  public Escalation {
    for (double value : new double[] {floor, committedFloor}) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("escalation floor must lie within [0.0, 1.0], but was "
            + value);
      }
    }
  }

  /** OpenOKR's floors: 0.3 for any key result, 0.7 for committed ones. */
  public static Escalation openOkr() {
    return new Escalation(0.3, 0.7);
  }

  /** Why this confidence escalates, if it does. */
  public Optional<String> reason(Confidence confidence, Commitment commitment) {
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(commitment, "commitment");
    if (confidence.value() <= floor) {
      return Optional.of("confidence " + confidence + " at or below " + floor);
    }
    if (commitment == Commitment.COMMITTED && confidence.value() < committedFloor) {
      return Optional.of("committed key result at confidence " + confidence + ", below "
          + committedFloor);
    }
    return Optional.empty();
  }

  /** True if this confidence escalates. */
  public boolean escalates(Confidence confidence, Commitment commitment) {
    return reason(confidence, commitment).isPresent();
  }
}
