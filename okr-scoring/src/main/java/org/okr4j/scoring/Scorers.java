package org.okr4j.scoring;

import static org.okr4j.scoring.Progress.fmt;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.okr4j.core.BaselineMeasure;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Checkpoint;
import org.okr4j.core.Cycle;
import org.okr4j.core.CheckpointsMeasure;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.MeasureKind;
import org.okr4j.core.OrdinalMeasure;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.Stage;
import org.okr4j.core.StagesMeasure;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.ZonesMeasure;

/**
 * The published ways to read a key result's progress, one per rule, and {@link #standard()} which
 * picks the usual one for each kind of measure.
 *
 * <p>Each scorer reads the latest suitable check-in on or before the day asked, and scores only its
 * own kind of measure (any other comes back not scored, saying so). A key result without a reading
 * by the day asked is not scored, except a milestone or stages, which the rules score from what is
 * done: nothing yet, 0. Notation: s = start, t = target, v = the value read.
 * <pre>{@code
 * Scorers.linear();                         // (v - s) / (t - s), uncapped: Quantive
 * Scorers.linear().capped(0, 1);            // BurningOKR, Oslo, OpenOKR's default ceiling
 * Scorers.linear().capped(0, Double.MAX_VALUE); // floored at 0, no upper cap
 * Scorers.linear(EqualStartTarget.ONE_WHEN_MET); // ShamanR's answer for s = t
 * Scorers.standard().score(keyResult, asOf);
 * }</pre>
 */
public final class Scorers {

  private Scorers() {}

  /**
   * Linear, uncapped: p = (v - s) / (t - s), so a decrease from 100 to 60 read at 50 gives 1.25
   * (Quantive). Equal start and target score 0.
   */
  public static Scorer linear() {
    return linear(EqualStartTarget.ZERO);
  }

  /** Linear, uncapped, with the given answer for a start equal to the target. */
  public static Scorer linear(EqualStartTarget equalStartTarget) {
    Objects.requireNonNull(equalStartTarget, "equalStartTarget");
    return onLatestValue("linear", LinearMeasure.class, (m, v) -> {
      if (m.start() == m.target()) {
        if (equalStartTarget == EqualStartTarget.ZERO) {
          return Progress.of(0, () -> "linear: start equals target " + fmt(m.target()) + ", scored 0");
        }
        // ShamanR's rule reads v >= t literally: a decrease held at 50 and read at 49 misses it.
        boolean met = v >= m.target();
        return Progress.of(met ? 1 : 0, () -> "linear: start equals target " + fmt(m.target()) + "; "
            + fmt(v) + (met ? " meets" : " misses") + " it, scored " + (met ? 1 : 0));
      }
      double p = Readings.fraction(v, m.start(), m.target());
      return Progress.of(p, () -> "linear: (" + fmt(v) + " - " + fmt(m.start()) + ") / ("
          + fmt(m.target()) + " - " + fmt(m.start()) + ") = " + fmt(p));
    });
  }

  /**
   * Threshold: 1 while the value satisfies it, else 0. Strict thresholds (Quantive's "stay above")
   * score 0 for the threshold itself; inclusive ones (Oboard's "above or equal") score 1.
   */
  public static Scorer threshold() {
    return onLatestValue("threshold", ThresholdMeasure.class, (m, v) -> {
      boolean met = m.isMetBy(v);
      return Progress.of(met ? 1 : 0, () -> "threshold: " + fmt(v) + (met ? " meets " : " misses ")
          + m + ", scored " + (met ? 1 : 0));
    });
  }

  /**
   * Threshold, strict whatever the measure declares (Quantive's "stay above" and "stay below"): 1
   * only while the value lies beyond the threshold in its direction; the threshold itself scores 0.
   */
  public static Scorer thresholdStrict() {
    return onLatestValue("strict threshold", ThresholdMeasure.class, (m, v) -> {
      boolean met = m.direction().sign() * (v - m.threshold()) > 0;
      return Progress.of(met ? 1 : 0, () -> "strict threshold: " + fmt(v) + (met ? " beyond "
          : " not beyond ") + fmt(m.threshold()) + " (" + m.direction() + "), scored "
          + (met ? 1 : 0));
    });
  }

  /**
   * Threshold, inclusive whatever the measure declares (Oboard's "above or equal" and "below or
   * equal"): 1 while the value lies at the threshold or beyond it in its direction, else 0.
   */
  public static Scorer thresholdInclusive() {
    return onLatestValue("inclusive threshold", ThresholdMeasure.class, (m, v) -> {
      boolean met = m.direction().sign() * (v - m.threshold()) >= 0;
      return Progress.of(met ? 1 : 0, () -> "inclusive threshold: " + fmt(v) + (met
          ? " at or beyond " : " short of ") + fmt(m.threshold()) + " (" + m.direction()
          + "), scored " + (met ? 1 : 0));
    });
  }

  /**
   * Range, graded (OpenOKR's maintain): inside [low, high] scores 1; outside, 1 - distance / width,
   * at least 0. A zero-width band scores 1 for the exact value and 0 otherwise.
   */
  public static Scorer range() {
    return onLatestValue("range", RangeMeasure.class, (m, v) -> {
      String band = "[" + fmt(m.low()) + ", " + fmt(m.high()) + "]";
      if (m.contains(v)) {
        return Progress.of(1, () -> "range: " + fmt(v) + " inside " + band + ", scored 1");
      }
      if (m.width() == 0) {
        return Progress.of(0, () -> "range: " + fmt(v) + " misses the exact value " + fmt(m.low())
            + ", scored 0");
      }
      double distance = v < m.low() ? m.low() - v : v - m.high();
      double p = Math.max(0, 1 - Readings.ratio(distance, m.width()));
      return Progress.of(p, () -> "range: " + fmt(v) + " lies " + fmt(distance) + " outside " + band
          + ", 1 - " + fmt(distance) + " / " + fmt(m.width()) + " = " + fmt(p));
    });
  }

  /**
   * Range at the close of a cycle (OpenOKR's maintain score): the share of the window's days on
   * which the value carried forward from the latest check-in lay inside the band. The window runs
   * from the first reading (or the cycle's start, if later) to the day asked (or the cycle's end, if
   * earlier), both included; days before the first reading do not count at all. A window without a
   * day (asked before the cycle or the first reading) has no share: not scored.
   */
  public static Scorer maintainedShare(Cycle cycle) {
    Objects.requireNonNull(cycle, "cycle");
    return (keyResult, asOf) -> {
      if (!(keyResult.measure() instanceof RangeMeasure m)) {
        return wrongKind("maintained share", keyResult);
      }
      LocalDate last = asOf.isBefore(cycle.end()) ? asOf : cycle.end();
      Optional<CheckIn> first = keyResult.checkIns().stream()
          .filter(c -> c.value().isPresent()).findFirst();
      if (first.isEmpty() || first.get().date().isAfter(last) || last.isBefore(cycle.start())) {
        return Progress.notScored("no share: the window up to " + last + " holds no reading");
      }
      LocalDate from = first.get().date().isBefore(cycle.start()) ? cycle.start()
          : first.get().date();
      long days = ChronoUnit.DAYS.between(from, last) + 1;
      // One pass: each value holds from its day (or the window's start) until the next value.
      long inside = 0;
      LocalDate held = null;
      double value = 0;
      for (CheckIn checkIn : keyResult.checkIns()) {
        if (checkIn.value().isEmpty() || checkIn.date().isAfter(last)) {
          continue;
        }
        LocalDate day = checkIn.date().isBefore(from) ? from : checkIn.date();
        if (held != null && m.contains(value)) {
          inside += ChronoUnit.DAYS.between(held, day);
        }
        held = day;
        value = checkIn.value().getAsDouble();
      }
      if (m.contains(value)) {
        inside += ChronoUnit.DAYS.between(held, last.plusDays(1));
      }
      double p = (double) inside / days;
      long in = inside;
      return Progress.of(p, () -> "maintained: inside [" + fmt(m.low()) + ", " + fmt(m.high())
          + "] on " + in + " of " + days + " days from " + from + " = " + fmt(p));
    };
  }

  /** Range, binary (UpRaise): inside [low, high] scores 1, else 0. */
  public static Scorer rangeBinary() {
    return onLatestValue("binary range", RangeMeasure.class, (m, v) -> {
      boolean inside = m.contains(v);
      return Progress.of(inside ? 1 : 0, () -> "binary range: " + fmt(v) + (inside ? " inside " : " outside ")
          + "[" + fmt(m.low()) + ", " + fmt(m.high()) + "], scored " + (inside ? 1 : 0));
    });
  }

  /**
   * Milestone (Google's binary key results): 1 once reported done, else 0, also before any
   * check-in ("done → 1, else 0").
   */
  public static Scorer milestone() {
    return (keyResult, asOf) -> {
      if (keyResult.measure().kind() != MeasureKind.MILESTONE) {
        return wrongKind("milestone", keyResult);
      }
      if (Readings.latest(keyResult, asOf, MeasureKind.Reading.DONE).isPresent()) {
        return Progress.of(1, () -> "milestone: done, scored 1");
      }
      return Readings.anyBy(keyResult, asOf) ? Progress.of(0, () -> "milestone: not done, scored 0")
          : Progress.of(0, () -> "milestone: not done (no check-in by " + asOf + "), scored 0");
    };
  }

  /**
   * Stages (ShamanR): the weights of the stages done, summed and clamped to [0, 1]; none done,
   * also before any check-in, sums to 0.
   */
  public static Scorer stages() {
    return (keyResult, asOf) -> {
      if (!(keyResult.measure() instanceof StagesMeasure m)) {
        return wrongKind("stages", keyResult);
      }
      Optional<CheckIn> read = Readings.latest(keyResult, asOf, MeasureKind.Reading.STAGES);
      if (read.isEmpty()) {
        return Readings.anyBy(keyResult, asOf) ? Progress.of(0, () -> "stages: none done, scored 0")
            : Progress.of(0, () -> "stages: none done (no check-in by " + asOf + "), scored 0");
      }
      double sum = 0;
      List<String> parts = new ArrayList<>();
      for (Stage stage : m.stages()) {
        if (read.get().stagesDone().contains(stage.name())) {
          sum += stage.weight();
          parts.add(fmt(stage.weight()));
        }
      }
      double p = Math.max(0, Math.min(1, sum));
      return Progress.of(p, () -> "stages: " + String.join(" + ", parts) + " = " + fmt(p));
    };
  }

  /**
   * Checkpoints (ShamanR): piecewise linear through (s, 0), each checkpoint (value, progress) and
   * (t, 1), sorted by value, and constant beyond the ends.
   */
  public static Scorer checkpoints() {
    return onLatestValue("checkpoints", CheckpointsMeasure.class, (m, v) -> {
      List<Checkpoint> points = new ArrayList<>(m.checkpoints());
      points.add(Checkpoint.of(m.start(), 0));
      points.add(Checkpoint.of(m.target(), 1));
      points.sort(Comparator.comparingDouble(Checkpoint::value));
      Checkpoint first = points.get(0);
      Checkpoint last = points.get(points.size() - 1);
      if (v <= first.value()) {
        return Progress.of(first.progress(), () -> "checkpoints: " + fmt(v) + " at or before the first"
            + " point " + first + ", scored " + fmt(first.progress()));
      }
      if (v >= last.value()) {
        return Progress.of(last.progress(), () -> "checkpoints: " + fmt(v) + " at or past the last"
            + " point " + last + ", scored " + fmt(last.progress()));
      }
      // The segment starting at or before v; on a checkpoint, Lines gives its own progress.
      int i = 1;
      while (points.get(i).value() <= v) {
        i++;
      }
      Checkpoint a = points.get(i - 1);
      Checkpoint b = points.get(i);
      double p = Lines.at(a.value(), a.progress(), b.value(), b.progress(), v);
      if (v == a.value()) {
        return Progress.of(p, () -> "checkpoints: " + fmt(v) + " on the point " + a
            + ", scored " + fmt(p));
      }
      return Progress.of(p, () -> "checkpoints: " + fmt(v) + " between " + a + " and " + b + " = "
          + fmt(p));
    });
  }

  /**
   * Zones (Puzzle OKR's percentage): (v - s) / (stretch - s), 0 when the value moved away from the
   * stretch, with no upper clamp.
   */
  public static Scorer zones() {
    return onLatestValue("zones", ZonesMeasure.class, (m, v) -> {
      double ratio = Readings.fraction(v, m.start(), m.stretch());
      if (ratio < 0) {
        return Progress.of(0, () -> "zones: " + fmt(v) + " moved away from the stretch "
            + fmt(m.stretch()) + ", scored 0");
      }
      return Progress.of(ratio, () -> "zones: |" + fmt(v) + " - " + fmt(m.start()) + "| / |"
          + fmt(m.stretch()) + " - " + fmt(m.start()) + "| = " + fmt(ratio));
    });
  }

  /** Ordinal zones: the chosen zone's rank over the top rank (worst 0, best 1). */
  public static Scorer ordinal() {
    return (keyResult, asOf) -> {
      if (!(keyResult.measure() instanceof OrdinalMeasure m)) {
        return wrongKind("ordinal", keyResult);
      }
      Optional<CheckIn> read = Readings.latest(keyResult, asOf, MeasureKind.Reading.ZONE);
      if (read.isEmpty()) {
        return noReading(keyResult, asOf);
      }
      String zone = read.get().zone().orElseThrow();
      int top = m.zones().size() - 1;
      double p = (double) m.rank(zone) / top;
      return Progress.of(p, () -> "ordinal: " + zone + " is zone " + m.rank(zone) + " of 0.." + top
          + " = " + fmt(p));
    };
  }

  /**
   * A baseline as OpenOKR scores it: 0 until a check-in reports it done (measured), 1 from then
   * on, with or without check-ins before.
   */
  public static Scorer baselineDone() {
    return (keyResult, asOf) -> {
      if (!(keyResult.measure() instanceof BaselineMeasure)) {
        return wrongKind("baseline done", keyResult);
      }
      boolean done = Readings.latest(keyResult, asOf, MeasureKind.Reading.DONE).isPresent();
      return Progress.of(done ? 1 : 0, done ? "baseline measured (done), scored 1"
          : "baseline not measured yet, scored 0");
    };
  }

  /** A baseline still to be measured: never scored. */
  public static Scorer baseline() {
    return (keyResult, asOf) -> keyResult.measure() instanceof BaselineMeasure
        ? Progress.notScored("baseline still to be measured")
        : wrongKind("baseline", keyResult);
  }

  /**
   * The usual rule for each kind of measure: linear clamped to [0, 1], inclusive or strict
   * threshold as the measure says, graded range, milestone, stages, checkpoints, Puzzle's zone
   * percentage, ordinal rank, and baselines not scored.
   */
  public static Scorer standard() {
    Map<MeasureKind, Scorer> rules = new EnumMap<>(MeasureKind.class);
    rules.put(MeasureKind.LINEAR, linear().capped(0, 1));
    rules.put(MeasureKind.THRESHOLD, threshold());
    rules.put(MeasureKind.RANGE, range());
    rules.put(MeasureKind.MILESTONE, milestone());
    rules.put(MeasureKind.STAGES, stages());
    rules.put(MeasureKind.CHECKPOINTS, checkpoints());
    rules.put(MeasureKind.ZONES, zones());
    rules.put(MeasureKind.ORDINAL, ordinal());
    rules.put(MeasureKind.BASELINE, baseline());
    return byKind(rules);
  }

  /**
   * A scorer that hands each key result to the scorer for its kind of measure; kinds missing from
   * {@code rules} are not scored.
   */
  public static Scorer byKind(Map<MeasureKind, Scorer> rules) {
    Map<MeasureKind, Scorer> copy = new EnumMap<>(MeasureKind.class);
    copy.putAll(Objects.requireNonNull(rules, "rules"));
    return (keyResult, asOf) -> {
      Scorer scorer = copy.get(keyResult.measure().kind());
      return scorer == null
          ? Progress.notScored("no rule for " + keyResult.measure().kind() + " measures")
          : scorer.score(keyResult, asOf);
    };
  }

  /** How a numeric rule scores the latest value of a measure of its type. */
  @FunctionalInterface
  private interface ValueRule<M extends Measure> {
    Progress score(M measure, double value);
  }

  /**
   * A scorer for measures of {@code type} that reads the latest value on or before the day asked;
   * other kinds and key results without a value are not scored.
   */
  private static <M extends Measure> Scorer onLatestValue(String rule, Class<M> type,
      ValueRule<M> valueRule) {
    return (keyResult, asOf) -> {
      if (!type.isInstance(keyResult.measure())) {
        return wrongKind(rule, keyResult);
      }
      OptionalDouble value = keyResult.valueOnOrBefore(asOf);
      if (value.isEmpty()) {
        return noReading(keyResult, asOf);
      }
      return valueRule.score(type.cast(keyResult.measure()), value.getAsDouble());
    };
  }

  private static Progress wrongKind(String rule, KeyResult keyResult) {
    Measure measure = keyResult.measure();
    return Progress.notScored("the " + rule + " rule does not read " + measure.kind() + " measures");
  }

  private static Progress noReading(KeyResult keyResult, LocalDate asOf) {
    // Written when asked: a million key results without check-ins never read it.
    return Progress.notScored(() -> "no check-in to read by " + asOf);
  }
}
