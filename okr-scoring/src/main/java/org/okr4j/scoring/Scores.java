package org.okr4j.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.CycleState;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress, status, staleness and grades of every key result and objective of an
 * {@link OkrSet} under one {@link ScoringPolicy}, as seen on one day.
 *
 * <p>Immutable and thread-safe. Computed once, in one pass, into primitive arrays indexed like the
 * set's objectives and their key results; lookups by id are O(1). Explanations are not stored: asking
 * for a {@link Progress} re-applies the policy's rules to that one key result or objective, so the
 * "why" always matches the number.
 * <pre>{@code
 * Scores scores = ScoringPolicy.vivaGoals().score(set, LocalDate.of(2026, 11, 20));
 * scores.progress(ObjectiveId.of("o-delight"));   // 0.61 (weighted mean of kr-nps 0.43 x1, ...)
 * scores.status(KeyResultId.of("kr-nps"));        // Optional[BEHIND]
 * scores.explain(ObjectiveId.of("o-delight"));    // the whole arithmetic, line by line
 * }</pre>
 */
public final class Scores {

  private static final Logger LOG = LoggerFactory.getLogger(Scores.class);
  private static final byte NO_STATUS = -1;
  private static final Status[] STATUSES = Status.values();

  private final ScoringPolicy policy;
  private final OkrSet set;
  private final LocalDate asOf;
  private final int[] firstKeyResult;
  private final double[] keyResultProgress;
  private final byte[] keyResultStatus;
  private final boolean[] keyResultOutdated;
  private final double[] objectiveProgress;
  private final byte[] objectiveStatus;

  private Scores(ScoringPolicy policy, OkrSet set, LocalDate asOf) {
    this.policy = policy;
    this.set = set;
    this.asOf = asOf;
    List<Objective> objectives = set.objectives();
    int n = objectives.size();
    firstKeyResult = new int[n + 1];
    for (int o = 0; o < n; o++) {
      firstKeyResult[o + 1] = firstKeyResult[o] + objectives.get(o).keyResults().size();
    }
    int krs = firstKeyResult[n];
    keyResultProgress = new double[krs];
    keyResultStatus = new byte[krs];
    keyResultOutdated = new boolean[krs];
    objectiveProgress = new double[n];
    objectiveStatus = new byte[n];
    Map<CycleId, Optional<Cycle>> cycles = new HashMap<>();
    Map<CycleId, Double> expected = new HashMap<>();
    List<Part> parts = new ArrayList<>();
    List<Optional<Status>> statuses = new ArrayList<>();
    for (int o = 0; o < n; o++) {
      Objective objective = objectives.get(o);
      Optional<Cycle> cycle = cycles.computeIfAbsent(objective.cycle(), set::cycle);
      double due = cycle.map(c -> expected.computeIfAbsent(c.id(),
          id -> policy.pace().expected(c, asOf))).orElse(Double.NaN);
      parts.clear();
      statuses.clear();
      for (int k = 0; k < objective.keyResults().size(); k++) {
        KeyResult keyResult = objective.keyResults().get(k);
        int i = firstKeyResult[o] + k;
        Progress progress = scoreKeyResult(keyResult);
        keyResultProgress[i] = progress.orElse(Double.NaN);
        Optional<Status> status = keyResultStatus(keyResult, progress, cycle, due);
        keyResultStatus[i] = encode(status);
        keyResultOutdated[i] = cycle.isPresent() && cycle.get().contains(asOf)
            && policy.staleness().isOutdated(keyResult, cycle.get(), asOf);
        parts.add(Part.of(keyResult.id().value(), progress, keyResult.weight()));
        statuses.add(status);
      }
      objectiveProgress[o] = round(policy.rollUp().combine(parts)).orElse(Double.NaN);
      objectiveStatus[o] = encode(policy.statusRollUp().combine(statuses));
    }
    LOG.debug("scored {} objectives and {} key results with policy {} as of {}", n, krs,
        policy.name(), asOf);
  }

  static Scores of(ScoringPolicy policy, OkrSet set, LocalDate asOf) {
    return new Scores(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(set, "set"),
        Objects.requireNonNull(asOf, "asOf"));
  }

  private Progress scoreKeyResult(KeyResult keyResult) {
    return round(policy.scorer().score(keyResult, asOf));
  }

  private Progress round(Progress progress) {
    if (!progress.isScored() || policy.rounding() == Rounding.NONE) {
      return progress;
    }
    double rounded = policy.rounding().apply(progress.value());
    return Progress.of(rounded, () -> progress.explanation() + ", rounded "
        + policy.rounding().description() + " = " + Progress.fmt(rounded));
  }

  private Optional<Status> keyResultStatus(KeyResult keyResult, Progress progress,
      Optional<Cycle> cycle, double due) {
    if (cycle.isEmpty()) {
      return Optional.empty();
    }
    if (!progress.isScored()) {
      boolean late = !asOf.isBefore(cycle.get().start().plusDays(policy.notStartedAfterDays()));
      return late ? Optional.of(Status.NOT_STARTED) : Optional.empty();
    }
    return Optional.of(policy.statusRule().status(progress.value(), due));
  }

  private static byte encode(Optional<Status> status) {
    return status.map(s -> (byte) s.ordinal()).orElse(NO_STATUS);
  }

  private static Optional<Status> decode(byte code) {
    return code == NO_STATUS ? Optional.empty() : Optional.of(STATUSES[code]);
  }

  /** The policy these scores were made with. */
  public ScoringPolicy policy() {
    return policy;
  }

  /** The day they were made for. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The set they score. */
  public OkrSet set() {
    return set;
  }

  /**
   * The progress of a key result, with its explanation.
   *
   * @throws IllegalArgumentException if the set has no such key result
   */
  public Progress progress(KeyResultId id) {
    return scoreKeyResult(keyResult(id));
  }

  /**
   * The progress of an objective, with the roll-up's explanation.
   *
   * @throws IllegalArgumentException if the set has no such objective
   */
  public Progress progress(ObjectiveId id) {
    Objective objective = objective(id);
    List<Part> parts = new ArrayList<>(objective.keyResults().size());
    for (KeyResult keyResult : objective.keyResults()) {
      parts.add(Part.of(keyResult.id().value(), scoreKeyResult(keyResult), keyResult.weight()));
    }
    return round(policy.rollUp().combine(parts));
  }

  /** The progress of the objective at {@code position} in the set's list, if scored. */
  public OptionalDouble objectiveProgressAt(int position) {
    double value = objectiveProgress[position];
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * The progress of the key result at {@code position} among all the set's key results (see
   * {@link OkrSet#positionOf(KeyResultId)}), if scored.
   */
  public OptionalDouble keyResultProgressAt(int position) {
    double value = keyResultProgress[position];
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** The status of a key result: empty if its cycle is unknown or it is not due yet. */
  public Optional<Status> status(KeyResultId id) {
    return decode(keyResultStatus[keyResultIndex(id)]);
  }

  /** The status of an objective from its key results'. */
  public Optional<Status> status(ObjectiveId id) {
    return decode(objectiveStatus[objectivePosition(id)]);
  }

  /** The status of the objective at {@code position} in the set's list. */
  public Optional<Status> objectiveStatusAt(int position) {
    return decode(objectiveStatus[position]);
  }

  /** True if a key result's check-ins are stale under the policy's cadence and grace. */
  public boolean isOutdated(KeyResultId id) {
    return keyResultOutdated[keyResultIndex(id)];
  }

  /**
   * The grade of an objective, once its cycle is over (closed, archived, or ended by
   * {@link #asOf()}) and it is scored.
   */
  public Optional<Grade> grade(ObjectiveId id) {
    int position = objectivePosition(id);
    Objective objective = set.objectives().get(position);
    Optional<Cycle> cycle = set.cycle(objective.cycle());
    boolean over = cycle.map(c -> c.state() == CycleState.CLOSED
        || c.state() == CycleState.ARCHIVED || c.end().isBefore(asOf)).orElse(false);
    double progress = objectiveProgress[position];
    if (!over || Double.isNaN(progress)) {
      return Optional.empty();
    }
    return Optional.of(policy.grader().grade(progress, objective.commitment()));
  }

  /** How many key results have each status (every status present, in declaration order). */
  public Map<Status, Integer> keyResultStatusCounts() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status status : STATUSES) {
      counts.put(status, 0);
    }
    for (byte code : keyResultStatus) {
      if (code != NO_STATUS) {
        counts.merge(STATUSES[code], 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * Why an objective scores what it does: its progress and status with the roll-up's arithmetic,
   * then each key result's, one per line (ids, never titles).
   */
  public String explain(ObjectiveId id) {
    Objective objective = objective(id);
    StringBuilder text = new StringBuilder();
    text.append(id).append(": ").append(progress(id)).append(", status ")
        .append(status(id).map(Status::name).orElse("none")).append(" (").append(policy.name())
        .append(")\n");
    for (KeyResult keyResult : objective.keyResults()) {
      text.append("  ").append(keyResult.id()).append(": ").append(progress(keyResult.id()))
          .append(", status ").append(status(keyResult.id()).map(Status::name).orElse("none"))
          .append(isOutdated(keyResult.id()) ? ", outdated" : "").append('\n');
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "Scores[" + policy.name() + " as of " + asOf + ", objectives=" + objectiveProgress.length
        + ", keyResults=" + keyResultProgress.length + "]";
  }

  private Objective objective(ObjectiveId id) {
    return set.objectives().get(objectivePosition(id));
  }

  private KeyResult keyResult(KeyResultId id) {
    return set.keyResult(Objects.requireNonNull(id, "id")).orElseThrow(
        () -> new IllegalArgumentException("key result must be in the scored set, but was " + id));
  }

  private int objectivePosition(ObjectiveId id) {
    int position = set.positionOf(Objects.requireNonNull(id, "id"));
    if (position < 0) {
      throw new IllegalArgumentException("objective must be in the scored set, but was " + id);
    }
    return position;
  }

  private int keyResultIndex(KeyResultId id) {
    int position = set.positionOf(Objects.requireNonNull(id, "id"));
    if (position < 0) {
      throw new IllegalArgumentException("key result must be in the scored set, but was " + id);
    }
    return position;
  }
}
