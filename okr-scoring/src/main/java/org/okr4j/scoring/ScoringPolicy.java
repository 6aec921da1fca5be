package org.okr4j.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.immutables.value.Value;
import org.okr4j.core.MeasureKind;
import org.okr4j.core.OkrSet;
import org.okr4j.core.internal.Presets;

/**
 * A configured bundle of scoring choices: how key results are read, how objectives roll up (and
 * whether through contributing links), what pace is expected, how status, staleness and grades are
 * decided, and how numbers are rounded.
 *
 * <p>Immutable and thread-safe. Named presets reproduce the published rules of other OKR systems
 * (see {@link #names()}); copies are tuned with {@code with...}; vendors add their own presets
 * through {@link ScoringPolicyProvider} or build one with {@link #builder()}.
 * <pre>{@code
 * ScoringPolicy viva = ScoringPolicy.named("viva-goals");
 * Scores scores = viva.score(set, LocalDate.of(2026, 11, 20));
 * ScoringPolicy strict = ScoringPolicy.openOkr().withStaleness(new Staleness(Cadence.WEEKLY, 0));
 * ScoringPolicy cascading = ScoringPolicy.google().withCascade(Cascade.CONTRIBUTING);
 * }</pre>
 */
@Value.Immutable
public abstract class ScoringPolicy {

  private static final Presets<ScoringPolicy> BUILT_IN = builtIns();

  ScoringPolicy() {}

  /** The policy's name, such as {@code viva-goals}. */
  public abstract String name();

  /** Where the rules it reproduces are published. */
  public abstract String source();

  /** How a key result's progress is read. */
  public abstract Scorer scorer();

  /**
   * How an objective's parts (its key results, and with a {@linkplain #cascade() cascade} its
   * contributing children) roll up into its progress.
   */
  public abstract RollUp rollUp();

  /** What progress is expected by a day. */
  public abstract Pace pace();

  /** The status of progress against the expected. */
  public abstract StatusRule statusRule();

  /**
   * An objective's status from its parts' statuses (the same parts as {@link #rollUp()}'s), when
   * {@link #objectiveStatus()} is {@link ObjectiveStatusStrategy#FROM_PARTS}.
   */
  public abstract StatusRollUp statusRollUp();

  /**
   * Where an objective's status comes from: its parts' statuses through {@link #statusRollUp()}
   * (the default), or its own progress through {@link #statusRule()}.
   */
  @Value.Default
  public ObjectiveStatusStrategy objectiveStatus() {
    return ObjectiveStatusStrategy.FROM_PARTS;
  }

  /** When check-ins count as stale. */
  public abstract Staleness staleness();

  /** How a score is graded at the end of the cycle. */
  public abstract Grader grader();

  /**
   * What an objective's grade grades: its closing score (the default), or OpenOKR's score at
   * close from its key results.
   */
  @Value.Default
  public GradedScoreStrategy gradedScore() {
    return GradedScoreStrategy.CLOSING_SCORE;
  }

  /** How progress is rounded, once, before it is reported. */
  public abstract Rounding rounding();

  /** Days after a cycle's start after which a key result with no check-in is NOT_STARTED (Viva: 7). */
  @Value.Default
  public int notStartedAfterDays() {
    return 7;
  }

  /**
   * Whether objectives' progress and status also come from the objectives contributing to them;
   * {@link Cascade#NONE} unless set.
   */
  @Value.Default
  public Cascade cascade() {
    return Cascade.NONE;
  }

  /**
   * Whether key results' and objectives' stored overrides ({@link org.okr4j.core.Judgement}) and
   * final scores ({@link org.okr4j.core.FinalScore}) are honoured: an override's progress or
   * status stands for the computed one, a final score is the {@linkplain Scores#closingScore
   * closing score}. True unless set; the presets of products that publish no stored override
   * (Quantive, WorkBoard, Atlassian, BurningOKR, Puzzle OKR, MHOKR, ShamanR, Oslo, 15Five,
   * Engagedly, UpRaise, Oboard) set it false, so that migrated data scores as it did there.
   */
  @Value.Default
  public boolean honoursJudgements() {
    return true;
  }

  /** A builder, starting from nothing. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ScoringPolicy}s; not thread-safe. */
  public static final class Builder extends ImmutableScoringPolicy.Builder {
    Builder() {}
  }

  /**
   * okr4j's default: the usual rule per measure, weighted mean, linear pace, Viva Goals' status
   * thresholds with Perdoo's worst-status roll-up, weekly check-ins with 3 days' grace, Google's
   * grading, no rounding, no cascade; stored overrides and final scores honoured.
   */
  public static ScoringPolicy defaults() {
    return builder().name("okr4j").source("okr4j's defaults, composed from the presets")
        .scorer(Scorers.standard()).rollUp(RollUps.weightedMean()).pace(Paces.linear())
        .statusRule(StatusRules.vivaGoals()).statusRollUp(StatusRollUps.worstStatus())
        .staleness(Staleness.openOkr()).grader(Graders.google()).rounding(Rounding.NONE).build();
  }

  /** Google (re:Work): 0.0-1.0 per key result, objective = average, red/yellow/green grades. */
  public static ScoringPolicy google() {
    return defaults().withName("google").withSource("Google re:Work, \"Set goals with OKRs\"")
        .withRollUp(RollUps.mean());
  }

  /** John Doerr, Measure What Matters: Google's scale and grading. */
  public static ScoringPolicy doerr() {
    return google().withName("doerr").withSource("John Doerr, Measure What Matters (2018)");
  }

  /** Viva Goals: contribution shares, its status thresholds and alerts, its grading. */
  public static ScoringPolicy vivaGoals() {
    return defaults().withName("viva-goals").withSource("Microsoft Viva Goals documentation")
        .withRollUp(RollUps.contributionShares()).withStatusRule(StatusRules.vivaGoals())
        .withStatusRollUp(StatusRollUps.vivaGoals()).withGrader(Graders.vivaGoals());
  }

  /**
   * Perdoo: linear uncapped (a key result keeps its progress below 0 or above 1), plain mean with
   * negative progress counted as 0 ("when averaged"), the worst key result status; a progress or
   * status set by hand stands (stored overrides honoured).
   */
  public static ScoringPolicy perdoo() {
    return defaults().withName("perdoo").withSource("Perdoo help centre")
        .withScorer(standardWith(Scorers.linear()))
        .withRollUp(RollUps.mean().negativeAsZero()).withStatusRollUp(StatusRollUps.worstStatus());
  }

  /**
   * Quantive (Gtmhub): linear uncapped, thresholds strict whatever the measure declares (a value
   * exactly at the threshold is not met), plain mean.
   */
  public static ScoringPolicy quantive() {
    return defaults().withHonoursJudgements(false).withName("quantive").withSource("Quantive (Gtmhub) help centre")
        .withScorer(standardWith(Map.of(MeasureKind.LINEAR, Scorers.linear(),
            MeasureKind.THRESHOLD, Scorers.thresholdStrict())))
        .withRollUp(RollUps.mean());
  }

  /** WorkBoard: plain mean; end-of-period colours. */
  public static ScoringPolicy workboard() {
    return defaults().withHonoursJudgements(false).withName("workboard").withSource("WorkBoard help centre")
        .withRollUp(RollUps.mean()).withGrader(Graders.workboard());
  }

  /** Atlassian Goals: plain mean; off track, at risk, on track grades. */
  public static ScoringPolicy atlassian() {
    return defaults().withHonoursJudgements(false).withName("atlassian").withSource("Atlassian Goals documentation")
        .withRollUp(RollUps.mean()).withGrader(Graders.atlassian());
  }

  /**
   * BurningOKR: linear clamped, plain mean, its pace thresholds (0.4 and 0.2 behind, strict) for
   * key results and for an objective's own progress ({@link ObjectiveStatusStrategy#FROM_OWN_PROGRESS}).
   */
  public static ScoringPolicy burningOkr() {
    return defaults().withHonoursJudgements(false).withName("burningokr").withSource("BurningOKR (open source)")
        .withRollUp(RollUps.mean()).withStatusRule(StatusRules.burningOkr())
        .withObjectiveStatus(ObjectiveStatusStrategy.FROM_OWN_PROGRESS);
  }

  /** Puzzle OKR: commit/target/stretch zones, plain mean, graded by evaluation bucket. */
  public static ScoringPolicy puzzleOkr() {
    return defaults().withHonoursJudgements(false).withName("puzzle-okr").withSource("Puzzle OKR (open source)")
        .withRollUp(RollUps.mean()).withGrader(Graders.puzzleOkr());
  }

  /**
   * OpenOKR with its canonical progress ceiling of 100 %: linear clamped to [0, 1], start = target
   * scores 0, baselines 0 until done and 1 after, percentages rounded to 2 decimals, its signal
   * against time, weekly check-ins with 3 days' grace, its score bands; an objective is the
   * weighted mean of its key results and its contributing children at their weights (weights
   * clamped to [0, 100]), and 0 when nothing in it is scored or its total weight is 0 (a goal
   * without key results shows 0 %); loops are broken at the parent link of their highest id
   * ({@link Cascade#CONTRIBUTING}). Its grade grades the score at close from its key results
   * alone ({@link GradedScoreStrategy#OPENOKR_SCORE_AT_CLOSE}).
   */
  public static ScoringPolicy openOkr() {
    return openOkr(1.0);
  }

  /**
   * OpenOKR with another progress ceiling, from 100 % to 200 % ({@code 1.0} to {@code 2.0}).
   *
   * @throws IllegalArgumentException if the ceiling lies outside [1.0, 2.0]
   */
  public static ScoringPolicy openOkr(double ceiling) {
    if (!(ceiling >= 1.0 && ceiling <= 2.0)) {
      throw new IllegalArgumentException("OpenOKR progress ceiling must lie within [1.0, 2.0],"
          + " but was " + ceiling);
    }
    return defaults().withName("openokr").withSource("OpenOKR (open source)")
        .withScorer(standardWith(Map.of(
            MeasureKind.LINEAR, Scorers.linear(EqualStartTarget.ZERO).capped(0, ceiling),
            MeasureKind.BASELINE, Scorers.baselineDone())))
        .withRollUp(RollUps.weightedMean(100).emptyAsZero())
        .withStatusRule(StatusRules.openOkrAgainstTime())
        .withStaleness(Staleness.openOkr()).withGrader(Graders.openOkr())
        .withGradedScore(GradedScoreStrategy.OPENOKR_SCORE_AT_CLOSE)
        .withRounding(Rounding.HALF_AWAY_FROM_ZERO_PERCENT_2DP).withCascade(Cascade.CONTRIBUTING);
  }

  /**
   * GitLab: children drive the parent: an objective is the plain mean of its children (its key
   * results and its contributing child objectives), recursively ({@link Cascade#CONTRIBUTING});
   * a progress or health set by hand stands, and is what the parent reads of that child.
   */
  public static ScoringPolicy gitlab() {
    return defaults().withName("gitlab").withSource("GitLab OKR documentation")
        .withRollUp(RollUps.mean()).withCascade(Cascade.CONTRIBUTING);
  }

  /**
   * MHOKR: linear clamped, start = target scores 0, plain mean, its pace thresholds (5 and 15
   * points, completed from 100 %) for key results and for an objective's own progress
   * ({@link ObjectiveStatusStrategy#FROM_OWN_PROGRESS}).
   */
  public static ScoringPolicy mhokr() {
    return defaults().withHonoursJudgements(false).withName("mhokr").withSource("MHOKR (open source)")
        .withRollUp(RollUps.mean()).withStatusRule(StatusRules.mhokr())
        .withObjectiveStatus(ObjectiveStatusStrategy.FROM_OWN_PROGRESS);
  }

  /**
   * ShamanR's OKR tracker: linear clamped to [0, 1], and a start equal to the target scoring 1 if
   * the value is at or above the target, else 0, whatever the direction; its stages and
   * checkpoints; the weighted mean, and 0 for an
   * objective without key results or without a scored one; percentages rounded to whole numbers,
   * ties away from zero. Status and grades are okr4j's defaults (ShamanR publishes none).
   */
  public static ScoringPolicy shamanr() {
    return defaults().withHonoursJudgements(false).withName("shamanr").withSource("ShamanR OKR tracker (open source)")
        .withScorer(standardWith(Scorers.linear(EqualStartTarget.ONE_WHEN_MET).capped(0, 1)))
        .withRollUp(RollUps.weightedMean().emptyAsZero())
        .withRounding(Rounding.HALF_AWAY_FROM_ZERO_WHOLE_PERCENT);
  }

  /**
   * Oslo's OKR tracker: linear clamped to [0, 1] (its stored progress), a key result without a
   * reading read at its start value; the weighted mean; percentages rounded as JavaScript's
   * {@code Math.round} (ties towards +∞). Status and grades are okr4j's defaults. Its key-result
   * details (unclamped percent, task breakdown) are {@link KeyResultDetails#oslo}.
   */
  public static ScoringPolicy oslo() {
    return defaults().withHonoursJudgements(false).withName("oslo").withSource("Oslo kommune OKR tracker (open source)")
        .withScorer(standardWith(Scorers.linear().capped(0, 1).unreadAsStart()))
        .withRollUp(RollUps.weightedMean())
        .withRounding(Rounding.JAVASCRIPT_WHOLE_PERCENT);
  }

  /**
   * Lattice: the weighted mean of key results (each weighing 1 unless set, so the plain mean by
   * default); a key result's or goal's progress and status updated by hand, with a reason, stands
   * (stored overrides honoured). Status and grades are okr4j's defaults.
   */
  public static ScoringPolicy lattice() {
    return defaults().withName("lattice").withSource("Lattice Goals help centre")
        .withRollUp(RollUps.weightedMean());
  }

  /**
   * 15Five: an objective is the plain mean of its key results and its contributing child
   * objectives, each an equal share (one key result and four children: 20 % each), recursively
   * ({@link Cascade#CONTRIBUTING}); a supporting link is shown but does not count. Status and grades
   * are okr4j's defaults (15Five publishes none).
   */
  public static ScoringPolicy fifteenFive() {
    return defaults().withHonoursJudgements(false).withName("15five")
        .withSource("15Five help centre").withRollUp(RollUps.mean())
        .withCascade(Cascade.CONTRIBUTING);
  }

  /**
   * Engagedly: its status thresholds (e - p under 16.5 points on track, 16.5 to 33 behind, over 33
   * at risk; p ≥ 1 achieved, okr4j's {@link Status#COMPLETED}) for key results, the worst key
   * result's for the objective; the rest okr4j's defaults.
   */
  public static ScoringPolicy engagedly() {
    return defaults().withHonoursJudgements(false).withName("engagedly")
        .withSource("Engagedly help centre").withStatusRule(StatusRules.engagedly());
  }

  /**
   * UpRaise: a range key result scores 1 inside [low, high] and 0 outside; its status thresholds
   * (p ≥ 0.95 e on track, from 0.75 e lagging, below at risk) for key results, the worst key
   * result's for the objective; the rest okr4j's defaults.
   */
  public static ScoringPolicy upraise() {
    return defaults().withHonoursJudgements(false).withName("upraise")
        .withSource("UpRaise help centre")
        .withScorer(standardWith(Map.of(MeasureKind.RANGE, Scorers.rangeBinary())))
        .withStatusRule(StatusRules.upraise());
  }

  /**
   * Oboard: thresholds inclusive whatever the measure declares ("above or equal", "below or
   * equal"); its status thresholds on r = p / e (under 0.4 at risk, from 0.4 behind, from 0.7 on
   * track; on track while nothing is expected) for key results, the worst key result's for the
   * objective; the rest okr4j's defaults.
   */
  public static ScoringPolicy oboard() {
    return defaults().withHonoursJudgements(false).withName("oboard")
        .withSource("Oboard OKR Board documentation")
        .withScorer(standardWith(Map.of(MeasureKind.THRESHOLD, Scorers.thresholdInclusive())))
        .withStatusRule(StatusRules.oboard());
  }

  /** The names of the built-in presets, then those of installed providers, in that order. */
  public static List<String> names() {
    List<String> names = new ArrayList<>(BUILT_IN.names());
    names.addAll(providedNames());
    return List.copyOf(names);
  }

  /**
   * The preset with this name, ignoring case: a built-in one, or else one an installed
   * {@link ScoringPolicyProvider} offers. {@code named("Google")} is {@link #google()}.
   *
   * @throws IllegalArgumentException naming every preset known, if none has this name
   */
  public static ScoringPolicy named(String name) {
    if (BUILT_IN.has(name)) {
      return BUILT_IN.named(name);
    }
    String key = name.toLowerCase(Locale.ROOT);
    for (ScoringPolicyProvider provider : ServiceLoader.load(ScoringPolicyProvider.class)) {
      for (Map.Entry<String, ScoringPolicy> entry : provider.policies().entrySet()) {
        if (entry.getKey().toLowerCase(Locale.ROOT).equals(key)) {
          return entry.getValue();
        }
      }
    }
    return BUILT_IN.named(name, providedNames());
  }

  private static List<String> providedNames() {
    List<String> names = new ArrayList<>();
    for (ScoringPolicyProvider provider : ServiceLoader.load(ScoringPolicyProvider.class)) {
      names.addAll(provider.policies().keySet());
    }
    return names;
  }

  /** Scores every key result and objective of {@code set} as seen on {@code asOf}. */
  public Scores score(OkrSet set, LocalDate asOf) {
    return Scores.of(this, set, asOf);
  }

  /** A copy with another name. */
  public abstract ScoringPolicy withName(String name);

  /** A copy with another source. */
  public abstract ScoringPolicy withSource(String source);

  /** A copy with another key result scorer. */
  public abstract ScoringPolicy withScorer(Scorer scorer);

  /** A copy with another roll-up. */
  public abstract ScoringPolicy withRollUp(RollUp rollUp);

  /** A copy with another pace. */
  public abstract ScoringPolicy withPace(Pace pace);

  /** A copy with another status rule. */
  public abstract ScoringPolicy withStatusRule(StatusRule statusRule);

  /** A copy with another objective-status roll-up. */
  public abstract ScoringPolicy withStatusRollUp(StatusRollUp statusRollUp);

  /** A copy that takes objectives' status from another source. */
  public abstract ScoringPolicy withObjectiveStatus(ObjectiveStatusStrategy objectiveStatus);

  /** A copy with another staleness rule. */
  public abstract ScoringPolicy withStaleness(Staleness staleness);

  /** A copy with another grader. */
  public abstract ScoringPolicy withGrader(Grader grader);

  /** A copy whose grades grade another score. */
  public abstract ScoringPolicy withGradedScore(GradedScoreStrategy gradedScore);

  /**
   * A copy that counts a key result without a check-in as not started after another number of
   * days from its cycle's start.
   *
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public abstract ScoringPolicy withNotStartedAfterDays(int days);

  /** A copy that does, or does not, honour stored overrides and final scores. */
  public abstract ScoringPolicy withHonoursJudgements(boolean honoured);

  /** A copy with another rounding. */
  public abstract ScoringPolicy withRounding(Rounding rounding);

  /** A copy that does, or does not, cascade progress through contributing links. */
  public abstract ScoringPolicy withCascade(Cascade cascade);

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("scoring policy name must not be blank, but was '"
          + name() + "'");
    }
    if (notStartedAfterDays() < 0) {
      throw new IllegalArgumentException("not-started days must be zero or more, but was "
          + notStartedAfterDays());
    }
  }

  @Override
  public String toString() {
    return "ScoringPolicy[" + name() + ": " + source() + "]";
  }

  /** The standard scorer with another rule for linear measures. */
  private static Scorer standardWith(Scorer linear) {
    return standardWith(Map.of(MeasureKind.LINEAR, linear));
  }

  /** The standard scorer with other rules for some kinds of measure. */
  private static Scorer standardWith(Map<MeasureKind, Scorer> others) {
    Scorer standard = Scorers.standard();
    Map<MeasureKind, Scorer> rules = new EnumMap<>(MeasureKind.class);
    for (MeasureKind kind : MeasureKind.values()) {
      rules.put(kind, others.getOrDefault(kind, standard));
    }
    return Scorers.byKind(rules);
  }

  private static Presets<ScoringPolicy> builtIns() {
    return Presets.<ScoringPolicy>of("scoring policy")
        .add("okr4j", ScoringPolicy::defaults)
        .add("google", ScoringPolicy::google)
        .add("doerr", ScoringPolicy::doerr)
        .add("viva-goals", ScoringPolicy::vivaGoals)
        .add("perdoo", ScoringPolicy::perdoo)
        .add("quantive", ScoringPolicy::quantive)
        .add("workboard", ScoringPolicy::workboard)
        .add("atlassian", ScoringPolicy::atlassian)
        .add("burningokr", ScoringPolicy::burningOkr)
        .add("puzzle-okr", ScoringPolicy::puzzleOkr)
        .add("openokr", ScoringPolicy::openOkr)
        .add("gitlab", ScoringPolicy::gitlab)
        .add("mhokr", ScoringPolicy::mhokr)
        .add("shamanr", ScoringPolicy::shamanr)
        .add("oslo", ScoringPolicy::oslo)
        .add("lattice", ScoringPolicy::lattice)
        .add("15five", ScoringPolicy::fifteenFive)
        .add("engagedly", ScoringPolicy::engagedly)
        .add("upraise", ScoringPolicy::upraise)
        .add("oboard", ScoringPolicy::oboard);
  }
}
