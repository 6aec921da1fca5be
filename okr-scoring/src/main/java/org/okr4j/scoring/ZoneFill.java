package org.okr4j.scoring;

import static org.okr4j.scoring.Decimals.clean;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;
import org.okr4j.core.KeyResult;
import org.okr4j.core.OrdinalMeasure;
import org.okr4j.core.ZonesMeasure;
import org.okr4j.scoring.Portfolio.Bucket;

/**
 * How far each zone of a key result's bar is filled, as Puzzle OKR draws it: the fail, commit and
 * target segments in percent, and whether the stretch is reached.
 *
 * <p>Immutable and thread-safe. For a metric key result with r = (v - baseline) / (stretch -
 * baseline) in percent: fail fills over 0-30, commit over 30-70, target over 70-100, each
 * linearly, and a segment is full once r passes it; from 100 every segment is full and
 * {@code stretched} is set; below 0 nothing is filled. For an ordinal key result the zone reported
 * fills its segment and those before it in full (STRETCH: all, stretched). No reading: nothing.
 * <pre>{@code
 * ZoneFill.puzzleOkr(keyResult, asOf);   // ZoneFill[fail=100.0, commit=50.0, target=0.0, stretched=false]
 * }</pre>
 *
 * @param fail percent of the fail segment filled, 0 to 100
 * @param commit percent of the commit segment filled, 0 to 100
 * @param target percent of the target segment filled, 0 to 100
 * @param stretched whether the stretch value is reached
 */
public record ZoneFill(double fail, double commit, double target, boolean stretched) {

  private static final ZoneFill EMPTY = new ZoneFill(0, 0, 0, false);

  /** The fill of a key result's bar by {@code asOf}; empty for other measures or no reading. */
  public static ZoneFill puzzleOkr(KeyResult keyResult, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(asOf, "asOf");
    if (keyResult.measure() instanceof ZonesMeasure m) {
      OptionalDouble value = keyResult.valueOnOrBefore(asOf);
      return value.isEmpty() ? EMPTY
          : ofPercent((value.getAsDouble() - m.start()) / (m.stretch() - m.start()) * 100);
    }
    if (keyResult.measure() instanceof OrdinalMeasure) {
      return Bucket.ofKeyResult(keyResult, asOf).map(ZoneFill::ofBucket).orElse(EMPTY);
    }
    return EMPTY;
  }

  /** The fill for a ratio in percent. */
  static ZoneFill ofPercent(double given) {
    double percent = clean(given);
    if (percent >= 100) {
      return new ZoneFill(100, 100, 100, true);
    }
    return new ZoneFill(segment(percent, 0, 30), segment(percent, 30, 70),
        segment(percent, 70, 100), false);
  }

  private static ZoneFill ofBucket(Bucket bucket) {
    return switch (bucket) {
      case FAIL -> new ZoneFill(100, 0, 0, false);
      case COMMIT -> new ZoneFill(100, 100, 0, false);
      case TARGET -> new ZoneFill(100, 100, 100, false);
      case STRETCH -> new ZoneFill(100, 100, 100, true);
    };
  }

  private static double segment(double percent, double from, double to) {
    return Math.max(0, Math.min(100, (percent - from) * 100 / (to - from)));
  }
}
