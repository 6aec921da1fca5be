package org.okr4j.scoring;

import static org.okr4j.scoring.Decimals.clean;
import static org.okr4j.scoring.Progress.fmt;

/**
 * The published rules for status against time. Notation: p = progress, e = expected progress
 * (both fractions); "points" are percentage points, 100 × the fraction. Progress, differences and
 * ratios are compared with the published bounds as decimals (to 9 places), as the rules are
 * written, not with binary noise; "nothing expected yet" is e ≤ 0 as given. Each rule
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

  /**
   * A rule's answer and the comparison that gave it, kept as its parts and written only when
   * explained: {@code before}, then (unless {@code after} is null) the number, {@code after} and
   * (unless NaN) the threshold. Strings and numbers, no lambda: where only the status is read
   * (every key result is scored), the JIT may then leave the verdict unmade (a captured lambda
   * per key result was about 0.25 GB of garbage per pipeline at the synthetic million employees).
   * A threshold is formatted only when explained, as before: an infinite one is allowed as long as
   * no explanation shows it.
   */
  private record Verdict(Status status, String before, double number, String after,
      double threshold) {

    /** A comparison without a number. */
    static Verdict of(Status status, String comparison) {
      return new Verdict(status, comparison, 0, null, Double.NaN);
    }

    /** A comparison of a number, written {@code before + number + after}. */
    static Verdict of(Status status, String before, double number, String after) {
      return new Verdict(status, before, number, after, Double.NaN);
    }

    /** The comparison, written out. */
    String comparison() {
      return after == null ? before : before + fmt(number) + after
          + (Double.isNaN(threshold) ? "" : fmt(threshold));
    }
  }

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
          + verdict.comparison() + ": " + verdict.status();
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
      String bound = behind > 25 ? " points > 25" : behind > 0 ? " points > 0 and <= 25"
          : " points <= 0";
      return Verdict.of(status, "e - p = ", behind, bound);
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
      String diff = "d = p - e = ";
      return d < -offTrack ? new Verdict(Status.OFF_TRACK, diff, d, " < -", offTrack)
          : d < -atRisk ? new Verdict(Status.AT_RISK, diff, d, " < -", atRisk)
          : new Verdict(Status.ON_TRACK, diff, d, " >= -", atRisk);
    });
  }

  /** MHOKR: p ≥ 1 COMPLETED; e - p > 15 points OFF_TRACK; > 5 points AT_RISK; else ON_TRACK. */
  public static StatusRule mhokr() {
    return new Named("MHOKR", (p, e) -> {
      if (clean(p) >= 1) {
        return Verdict.of(Status.COMPLETED, "p >= 1");
      }
      double behind = points(e - p);
      String delta = "e - p = ";
      return behind > 15 ? Verdict.of(Status.OFF_TRACK, delta, behind, " points > 15")
          : behind > 5
              ? Verdict.of(Status.AT_RISK, delta, behind, " points, not above 15, above 5")
          : Verdict.of(Status.ON_TRACK, delta, behind, " points <= 5");
    });
  }

  /**
   * Engagedly: p ≥ 1 COMPLETED (its ACHIEVED); Δ = e - p under 16.5 points ON_TRACK, 16.5 to 33
   * BEHIND, over 33 AT_RISK.
   */
  public static StatusRule engagedly() {
    return new Named("Engagedly", (p, e) -> {
      if (clean(p) >= 1) {
        return Verdict.of(Status.COMPLETED, "p >= 1");
      }
      double behind = points(e - p);
      String delta = "e - p = ";
      return behind < 16.5 ? Verdict.of(Status.ON_TRACK, delta, behind, " points < 16.5")
          : behind <= 33 ? Verdict.of(Status.BEHIND, delta, behind, " points from 16.5 to 33")
          : Verdict.of(Status.AT_RISK, delta, behind, " points > 33");
    });
  }

  /** UpRaise: p ≥ 0.95 e ON_TRACK; 0.75 e ≤ p &lt; 0.95 e LAGGING; below AT_RISK. */
  public static StatusRule upraise() {
    return new Named("UpRaise", (p, e) -> clean(p - 0.95 * e) >= 0
        ? Verdict.of(Status.ON_TRACK, "p >= 0.95 e = ", 0.95 * e, "")
        : clean(p - 0.75 * e) >= 0
            ? Verdict.of(Status.LAGGING, "p < 0.95 e, p >= 0.75 e = ", 0.75 * e, "")
            : Verdict.of(Status.AT_RISK, "p < 0.75 e = ", 0.75 * e, ""));
  }

  /**
   * Oboard: r = p / e; r &lt; 0.4 AT_RISK, 0.4 ≤ r &lt; 0.7 BEHIND, r ≥ 0.7 ON_TRACK. Before anything is
   * expected (e = 0) every key result is ON_TRACK.
   */
  public static StatusRule oboard() {
    return new Named("Oboard", (p, e) -> {
      if (e <= 0) {
        return Verdict.of(Status.ON_TRACK, "nothing expected yet");
      }
      double r = clean(p / e);
      String ratio = "r = p / e = ";
      return r < 0.4 ? Verdict.of(Status.AT_RISK, ratio, r, " < 0.4")
          : r < 0.7 ? Verdict.of(Status.BEHIND, ratio, r, " from 0.4, < 0.7")
          : Verdict.of(Status.ON_TRACK, ratio, r, " >= 0.7");
    });
  }

  /**
   * OpenOKR's absolute signal: p ≥ 0.75 green (ON_TRACK), p &lt; 0.5 red (OFF_TRACK), else amber
   * (AT_RISK); the expected progress plays no part.
   */
  public static StatusRule openOkrAbsolute() {
    return new Named("OpenOKR signal", (p, e) -> signal("p = ", clean(p)));
  }

  /**
   * OpenOKR's signal against time: the same thresholds applied to p / e (green before anything is
   * expected).
   */
  public static StatusRule openOkrAgainstTime() {
    return new Named("OpenOKR signal against time", (p, e) -> e <= 0
        ? Verdict.of(Status.ON_TRACK, "nothing expected yet")
        : signal("p / e = ", clean(p / e)));
  }

  /** The OpenOKR signal of {@code ratio}, shown after {@code what} ("p = ", "p / e = "). */
  private static Verdict signal(String what, double ratio) {
    return ratio >= 0.75 ? Verdict.of(Status.ON_TRACK, what, ratio, " >= 0.75")
        : ratio < 0.5 ? Verdict.of(Status.OFF_TRACK, what, ratio, " < 0.5")
        : Verdict.of(Status.AT_RISK, what, ratio, " from 0.5, < 0.75");
  }

  /** A fraction in percentage points, cleaned so that 0.55 - 0.30 is 25 points, not more. */
  private static double points(double fraction) {
    return clean(fraction * 100);
  }
}
