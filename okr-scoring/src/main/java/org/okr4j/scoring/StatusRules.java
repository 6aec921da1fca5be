package org.okr4j.scoring;

/**
 * The published rules for status against time. Notation: p = progress, e = expected progress
 * (both fractions); "points" are percentage points, 100 × the fraction. Differences and ratios are
 * compared as decimals (to 9 places), as the rules are written, not with binary noise.
 * <pre>{@code
 * StatusRules.vivaGoals().status(0.40, 0.55);   // BEHIND: 15 points behind
 * StatusRules.burningOkr().status(0.10, 0.55);  // OFF_TRACK: 0.45 behind
 * }</pre>
 */
public final class StatusRules {

  private StatusRules() {}

  /** Viva Goals: Δ = e - p in points; Δ > 25 AT_RISK, 0 &lt; Δ ≤ 25 BEHIND, Δ ≤ 0 ON_TRACK. */
  public static StatusRule vivaGoals() {
    return (p, e) -> {
      double behind = points(e - p);
      return behind > 25 ? Status.AT_RISK : behind > 0 ? Status.BEHIND : Status.ON_TRACK;
    };
  }

  /** BurningOKR with its default thresholds: d = p - e; d &lt; -0.4 OFF_TRACK, d &lt; -0.2 AT_RISK. */
  public static StatusRule burningOkr() {
    return burningOkr(0.4, 0.2);
  }

  /** BurningOKR with configured thresholds (fractions behind pace, {@code offTrack >= atRisk}). */
  public static StatusRule burningOkr(double offTrack, double atRisk) {
    if (!(offTrack >= atRisk && atRisk >= 0)) {
      throw new IllegalArgumentException("BurningOKR thresholds must have offTrack >= atRisk >= 0,"
          + " but were " + offTrack + " and " + atRisk);
    }
    return (p, e) -> {
      double d = clean(p - e);
      return d < -offTrack ? Status.OFF_TRACK : d < -atRisk ? Status.AT_RISK : Status.ON_TRACK;
    };
  }

  /** MHOKR: p ≥ 1 COMPLETED; e - p > 15 points OFF_TRACK; > 5 points AT_RISK; else ON_TRACK. */
  public static StatusRule mhokr() {
    return (p, e) -> {
      if (p >= 1) {
        return Status.COMPLETED;
      }
      double behind = points(e - p);
      return behind > 15 ? Status.OFF_TRACK : behind > 5 ? Status.AT_RISK : Status.ON_TRACK;
    };
  }

  /**
   * Engagedly: p ≥ 1 COMPLETED (its ACHIEVED); Δ = e - p under 16.5 points ON_TRACK, 16.5 to 33
   * BEHIND, over 33 AT_RISK.
   */
  public static StatusRule engagedly() {
    return (p, e) -> {
      if (p >= 1) {
        return Status.COMPLETED;
      }
      double behind = points(e - p);
      return behind < 16.5 ? Status.ON_TRACK : behind <= 33 ? Status.BEHIND : Status.AT_RISK;
    };
  }

  /** UpRaise: p ≥ 0.95 e ON_TRACK; 0.75 e ≤ p &lt; 0.95 e LAGGING; below AT_RISK. */
  public static StatusRule upraise() {
    return (p, e) -> clean(p - 0.95 * e) >= 0 ? Status.ON_TRACK
        : clean(p - 0.75 * e) >= 0 ? Status.LAGGING : Status.AT_RISK;
  }

  /**
   * Oboard: r = p / e; r &lt; 0.4 AT_RISK, 0.4 ≤ r &lt; 0.7 BEHIND, r ≥ 0.7 ON_TRACK. Before anything is
   * expected (e = 0) every key result is ON_TRACK.
   */
  public static StatusRule oboard() {
    return (p, e) -> {
      if (e <= 0) {
        return Status.ON_TRACK;
      }
      double r = clean(p / e);
      return r < 0.4 ? Status.AT_RISK : r < 0.7 ? Status.BEHIND : Status.ON_TRACK;
    };
  }

  /**
   * OpenOKR's absolute signal: p ≥ 0.75 green (ON_TRACK), p &lt; 0.5 red (OFF_TRACK), else amber
   * (AT_RISK); the expected progress plays no part.
   */
  public static StatusRule openOkrAbsolute() {
    return (p, e) -> signal(p);
  }

  /**
   * OpenOKR's signal against time: the same thresholds applied to p / e (green before anything is
   * expected).
   */
  public static StatusRule openOkrAgainstTime() {
    return (p, e) -> e <= 0 ? Status.ON_TRACK : signal(clean(p / e));
  }

  private static Status signal(double ratio) {
    return ratio >= 0.75 ? Status.ON_TRACK : ratio < 0.5 ? Status.OFF_TRACK : Status.AT_RISK;
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
