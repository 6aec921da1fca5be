package org.okr4j.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.okr4j.core.ZonesMeasure;

/**
 * Puzzle OKR's 30 %/70 % rule: commit lies 30 % and target 70 % of the way from baseline to
 * stretch, so any two of baseline, target and stretch give the third, and with them the commit.
 *
 * <p>Immutable and thread-safe. Derived values are rounded as JavaScript's {@code toFixed(2)}
 * rounds: the exact binary value of the double, half away from zero, so 1.005 (stored as
 * 1.00499999...) gives 1.0 and -2.345 gives -2.35 only if stored above the tie. Given values are
 * kept as given.
 * <pre>{@code
 * ZoneValues.fromBaselineAndStretch(0, 10);   // commit 3, target 7
 * ZoneValues.fromBaselineAndTarget(0, 7);     // stretch 10, commit 3
 * ZoneValues.fromTargetAndStretch(7, 10);     // baseline 0, commit 3
 * }</pre>
 *
 * @param baseline where the key result starts
 * @param commit 30 % of the way
 * @param target 70 % of the way
 * @param stretch the ambition
 */
public record ZoneValues(double baseline, double commit, double target, double stretch) {

  /** Target and commit from baseline and stretch. */
  public static ZoneValues fromBaselineAndStretch(double baseline, double stretch) {
    return new ZoneValues(baseline, toFixed2(baseline + 0.3 * (stretch - baseline)),
        toFixed2(baseline + 0.7 * (stretch - baseline)), stretch);
  }

  /** Stretch and commit from baseline and target: stretch = baseline + (target - baseline) / 0.7. */
  public static ZoneValues fromBaselineAndTarget(double baseline, double target) {
    double stretch = baseline + (target - baseline) / 0.7;
    return new ZoneValues(baseline, toFixed2(baseline + 0.3 * (stretch - baseline)), target,
        toFixed2(stretch));
  }

  /** Baseline and commit from target and stretch: baseline = (target - 0.7 stretch) / 0.3. */
  public static ZoneValues fromTargetAndStretch(double target, double stretch) {
    double baseline = (target - 0.7 * stretch) / 0.3;
    return new ZoneValues(toFixed2(baseline), toFixed2(baseline + 0.3 * (stretch - baseline)),
        target, stretch);
  }

  /**
   * The zones measure of these values.
   *
   * @throws IllegalArgumentException if they do not run in one direction from baseline to stretch
   */
  public ZonesMeasure toMeasure() {
    return ZonesMeasure.of(baseline, commit, target, stretch);
  }

  /** JavaScript's {@code x.toFixed(2)}, read back as a number. */
  static double toFixed2(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("zone value must be a finite number, but was " + value);
    }
    return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
