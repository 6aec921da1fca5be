package org.okr4j.scoring;

import static org.okr4j.scoring.Progress.fmt;

import java.util.function.Supplier;

/**
 * The published rules for status against time. Notation: p = progress, e = expected progress
 * (both fractions); "points" are percentage points, 100 × the fraction. Differences and ratios are
 * compared as decimals (to 9 places), as the rules are written, not with binary noise. Each rule
 * {@linkplain StatusRule#explain explains} itself: its name, p, e, the difference or ratio it
 * compares and the threshold crossed.
 * <pre>{@code
 * StatusRules.vivaGoals().status(0.40, 0.55);   // BEHIND: 15 points behind
 * StatusRules.burningOkr().status(0.10, 0.55);  // OFF_TRACK: 0.45 behind
 * StatusRules.mhokr().explain(0.40, 0.55);
 * // "MHOKR: progress 0.4, expected 0.55, e - p = 15 points, not above 15, above 5: AT_RISK"
 * }</pre>
 */
public final class StatusRules {

  private StatusRules() {}

  /** A rule's answer and the comparison that gave it, written only when explained. */
  private record Verdict(Status status, Supplier<String> comparison) {}

  /** How a published rule decides, with its reasons. */
  @FunctionalInterface
  private interface Judge {
    Verdict judge(double p, double e);
  }

  /** A published rule: its name and how it judges. */
  private record Named(String name, Judge judge) implements StatusRule {
    @Override
    public Status status(double progress, double expected) {
      return judge.judge(progress, expected).status();
    }

    @Override
    public String explain(double progress, double expected) {
      Verdict verdict = judge.judge(progress, expected);
      return name + ": progress " + fmt(progress) + ", expected " + fmt(expected) + ", "
          + verdict.comparison().get() + ": " + verdict.status();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Viva Goals: Δ = e - p in points; Δ > 25 AT_RISK, 0 &lt; Δ ≤ 25 BEHIND, Δ ≤ 0 ON_TRACK. */
  public static StatusRule vivaGoals() {
    return new Named("Viva Goals", (p, e) -> {
      double behind = points(e - p);
      // One verdict made in one place: where only the status is read (scoring every key
      // result), the JIT's escape analysis may then leave the verdict unmade.
      Status status = behind > 25 ? Status.AT_RISK
          : behind > 0 ? Status.BEHIND : Status.ON_TRACK;
      String bound = behind > 25 ? " > 25" : behind > 0 ? " > 0 and <= 25" : " <= 0";
      return new Verdict(status, () -> "e - p = " + fmt(behind) + " points" + bound);
    });
  }

  /** BurningOKR with its default thresholds: d = p - e; d &lt; -0.4 OFF_TRACK, d &lt; -0.2 AT_RISK. */
  public static StatusRule burningOkr() {
    return burningOkr(0.4, 0.2);
  }

  /**
   * BurningOKR with configured thresholds (fractions behind pace, {@code offTrack >= atRisk}),
   * both strict: a difference of exactly {@code -atRisk} is still ON_TRACK.
   */
  public static StatusRule burningOkr(double offTrack, double atRisk) {
    if (!(offTrack >= atRisk && atRisk >= 0)) {
      throw new IllegalArgumentException("BurningOKR thresholds must have offTrack >= atRisk >= 0,"
          + " but were " + offTrack + " and " + atRisk);
    }
    return new Named("BurningOKR", (p, e) -> {
      double d = clean(p - e);
      Supplier<String> diff = () -> "d = p - e = " + fmt(d);
      return d < -offTrack
          ? new Verdict(Status.OFF_TRACK, () -> diff.get() + " < -" + fmt(offTrack))
          : d < -atRisk ? new Verdict(Status.AT_RISK, () -> diff.get() + " < -" + fmt(atRisk))
          : new Verdict(Status.ON_TRACK, () -> diff.get() + " >= -" + fmt(atRisk));
    });
  }

  /** MHOKR: p ≥ 1 COMPLETED; e - p > 15 points OFF_TRACK; > 5 points AT_RISK; else ON_TRACK. */
  public static StatusRule mhokr() {
    return new Named("MHOKR", (p, e) -> {
      if (p >= 1) {
        return new Verdict(Status.COMPLETED, () -> "p >= 1");
      }
      double behind = points(e - p);
      Supplier<String> delta = () -> "e - p = " + fmt(behind) + " points";
      return behind > 15 ? new Verdict(Status.OFF_TRACK, () -> delta.get() + " > 15")
          : behind > 5
              ? new Verdict(Status.AT_RISK, () -> delta.get() + ", not above 15, above 5")
          : new Verdict(Status.ON_TRACK, () -> delta.get() + " <= 5");
    });
  }

  /**
   * Engagedly: p ≥ 1 COMPLETED (its ACHIEVED); Δ = e - p under 16.5 points ON_TRACK, 16.5 to 33
   * BEHIND, over 33 AT_RISK.
   */
  public static StatusRule engagedly() {
    return new Named("Engagedly", (p, e) -> {
      if (p >= 1) {
        return new Verdict(Status.COMPLETED, () -> "p >= 1");
      }
      double behind = points(e - p);
      Supplier<String> delta = () -> "e - p = " + fmt(behind) + " points";
      return behind < 16.5 ? new Verdict(Status.ON_TRACK, () -> delta.get() + " < 16.5")
          : behind <= 33 ? new Verdict(Status.BEHIND, () -> delta.get() + " from 16.5 to 33")
          : new Verdict(Status.AT_RISK, () -> delta.get() + " > 33");
    });
  }

  /** UpRaise: p ≥ 0.95 e ON_TRACK; 0.75 e ≤ p &lt; 0.95 e LAGGING; below AT_RISK. */
  public static StatusRule upraise() {
    return new Named("UpRaise", (p, e) -> clean(p - 0.95 * e) >= 0
        ? new Verdict(Status.ON_TRACK, () -> "p >= 0.95 e = " + fmt(0.95 * e))
        : clean(p - 0.75 * e) >= 0
            ? new Verdict(Status.LAGGING, () -> "p < 0.95 e, p >= 0.75 e = " + fmt(0.75 * e))
            : new Verdict(Status.AT_RISK, () -> "p < 0.75 e = " + fmt(0.75 * e)));
  }

  /**
   * Oboard: r = p / e; r &lt; 0.4 AT_RISK, 0.4 ≤ r &lt; 0.7 BEHIND, r ≥ 0.7 ON_TRACK. Before anything is
   * expected (e = 0) every key result is ON_TRACK.
   */
  public static StatusRule oboard() {
    return new Named("Oboard", (p, e) -> {
      if (e <= 0) {
        return new Verdict(Status.ON_TRACK, () -> "nothing expected yet");
      }
      double r = clean(p / e);
      Supplier<String> ratio = () -> "r = p / e = " + fmt(r);
      return r < 0.4 ? new Verdict(Status.AT_RISK, () -> ratio.get() + " < 0.4")
          : r < 0.7 ? new Verdict(Status.BEHIND, () -> ratio.get() + " from 0.4, < 0.7")
          : new Verdict(Status.ON_TRACK, () -> ratio.get() + " >= 0.7");
    });
  }

  /**
   * OpenOKR's absolute signal: p ≥ 0.75 green (ON_TRACK), p &lt; 0.5 red (OFF_TRACK), else amber
   * (AT_RISK); the expected progress plays no part.
   */
  public static StatusRule openOkrAbsolute() {
    return new Named("OpenOKR signal", (p, e) -> signal("p", p));
  }

  /**
   * OpenOKR's signal against time: the same thresholds applied to p / e (green before anything is
   * expected).
   */
  public static StatusRule openOkrAgainstTime() {
    return new Named("OpenOKR signal against time", (p, e) -> e <= 0
        ? new Verdict(Status.ON_TRACK, () -> "nothing expected yet")
        : signal("p / e", clean(p / e)));
  }

  private static Verdict signal(String what, double ratio) {
    Supplier<String> value = () -> what + " = " + fmt(ratio);
    return ratio >= 0.75 ? new Verdict(Status.ON_TRACK, () -> value.get() + " >= 0.75")
        : ratio < 0.5 ? new Verdict(Status.OFF_TRACK, () -> value.get() + " < 0.5")
        : new Verdict(Status.AT_RISK, () -> value.get() + " from 0.5, < 0.75");
  }

  /** A fraction in percentage points, cleaned so that 0.55 - 0.30 is 25 points, not more. */
  private static double points(double fraction) {
    return clean(fraction * 100);
  }

  /**
   * The rules are stated in decimals: rounding to 9 decimals before comparing keeps binary noise
   * (0.35 - 0.55 = -0.20000000000000007) from moving a value across a published boundary.
   */
  private static double clean(double value) {
    return Math.round(value * 1e9) / 1e9;
  }
}
