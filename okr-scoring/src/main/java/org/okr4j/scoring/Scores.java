package org.okr4j.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Contribution;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.CycleState;
import org.okr4j.core.FinalScore;
import org.okr4j.core.Judgement;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.KeyResultRollUp;
import org.okr4j.core.MeasureKind;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress, status, staleness and grades of every key result and objective of an
 * {@link OkrSet} under one {@link ScoringPolicy}, as seen on one day.
 *
 * <p>Immutable and thread-safe. Computed once into primitive arrays indexed like the set's
 * objectives and their key results, each objective after its parts, unrounded: roll-ups read
 * unrounded numbers, and the policy's {@linkplain ScoringPolicy#rounding() rounding} is applied
 * once, to each number reported (statuses and grades read it so): its key results and, when the
 * policy {@linkplain ScoringPolicy#cascade() cascades}, the children that contribute to it. So
 * there is one progress and one status per objective, whatever asks for it: a report, a picture,
 * an API.
 * Lookups by id are O(1). Under a policy that {@linkplain ScoringPolicy#honoursJudgements() honours
 * them}, a stored override ({@link Judgement}) dated on or before {@link #asOf()} decides the
 * progress and/or status of its key result or objective (and so what its parent reads of it), and
 * a stored {@link FinalScore} decides its {@linkplain #closingScore(ObjectiveId) closing score};
 * explanations say so, with who set it, when and why. A key result with a
 * {@linkplain KeyResult#rollUp() roll-up} and children ({@link org.okr4j.core.Contribution}s to
 * it) takes its progress from them, children first, whatever the policy's cascade: the sum of
 * their values read by the policy's scorer against its own measure (so in the policy's range),
 * their mean progress, or their progress combined by the policy's roll-up at the links' weights
 * and pinned shares; a link that closes a loop is left out as {@link org.okr4j.core.OkrLinks#closesLoop(int)}
 * says, and the progress explains itself as "rolled up from n children". Lookups by id are O(1). Explanations are not stored: a {@link Progress}'s explanation, when read,
 * re-applies the policy's rules to that one key result or objective (taking its children's stored
 * progress), so the "why" always matches the number.
 * <pre>{@code
 * Scores scores = ScoringPolicy.vivaGoals().score(set, LocalDate.of(2026, 11, 20));
 * scores.progress(ObjectiveId.of("o-delight"));   // 0.61 (weighted mean of kr-nps 0.43 x1, ...)
 * scores.status(KeyResultId.of("kr-nps"));        // Optional[BEHIND]
 * scores.explain(ObjectiveId.of("o-delight"));    // the whole arithmetic, line by line
 * ScoringPolicy.openOkr().score(set, asOf)        // OpenOKR cascades: each child's part shows
 *     .explain(ObjectiveId.of("c-recommend"));
 * }</pre>
 */
public final class Scores {

  private static final Logger LOG = LoggerFactory.getLogger(Scores.class);
  private static final byte NO_STATUS = -1;
  /** One instance for every key result not started: asked for each. */
  private static final Optional<Status> NOT_STARTED = Optional.of(Status.NOT_STARTED);
  private static final Status[] STATUSES = Status.values();
  private static final Supplier<String> STORED = () -> "scored before; its own explanation says how";
  private static final Progress NOT_SCORED = Progress.notScored("not scored");

  private final ScoringPolicy policy;
  private final OkrSet set;
  private final LocalDate asOf;
  private final int[] firstKeyResult;
  private final double[] keyResultProgress;
  private final byte[] keyResultStatus;
  private final boolean[] keyResultOutdated;
  private final ContributingLinks contributing;
  private final double[] objectiveProgress;
  private final byte[] objectiveStatus;
  /** The progress expected of each objective by {@link #asOf}; NaN if its cycle is unknown. */
  private final double[] objectiveExpected;
  /**
   * Each key result's closing score: its final score, else its progress; the progress array
   * itself when no final score is honoured.
   */
  private final double[] keyResultClosing;
  /** Each objective's closing score; the progress array itself when no final score is honoured. */
  private final double[] objectiveClosing;
  /**
   * Per key result, true if it rolls its children up; null when no key result of the set has a
   * roll-up. Filled in the constructor, like every array here.
   */
  private final boolean[] rolled;
  /** Per key result, the sum of values it rolled up, else NaN; null as {@link #rolled} is. */
  private final double[] rolledValue;
  /**
   * The objectives that {@linkplain #holdsAScore hold a score}, worked out when the first grade is
   * asked (a host that grades nothing pays nothing); each thread that finds it null works out the
   * same set.
   */
  private volatile BitSet objectivesHoldingAScore;
  // Counted while scoring, for the debug log and for whether closing scores differ; never read
  // once the constructor is done.
  private int overridesHonoured;
  private int finalScoresHonoured;

  private Scores(ScoringPolicy policy, OkrSet set, LocalDate asOf) {
    this.policy = policy;
    this.set = set;
    this.asOf = asOf;
    List<Objective> objectives = set.objectives();
    int n = objectives.size();
    // Filled by the first pass: the set's index knows how many key results there are.
    firstKeyResult = new int[n + 1];
    int krs = set.keyResultCount();
    keyResultProgress = new double[krs];
    keyResultStatus = new byte[krs];
    keyResultOutdated = new boolean[krs];
    objectiveExpected = new double[n];
    objectiveProgress = new double[n];
    objectiveStatus = new byte[n];
    // Without the cascade the links are not needed, and not resolved for scoring's sake.
    contributing = policy.cascade() == Cascade.CONTRIBUTING
        ? ContributingLinks.of(set.links(), objectives) : ContributingLinks.none(n);
    // Without the cascade an objective reads only its own key results, so the first pass scores
    // it as soon as they are scored, while they are at hand: a second pass would read ten million
    // key results again at a million employees. An objective with a key result that may roll up
    // children waits until they are rolled up.
    BitSet waiting = policy.cascade() == Cascade.CONTRIBUTING ? null : new BitSet();
    Parts scratch = new Parts();
    // The first pass scores every key result by its own readings (none is marked rolled yet)
    // and sees whether any rolls up.
    boolean rollsUp = scoreKeyResults(objectives, waiting, scratch);
    rolled = rollsUp ? new boolean[krs] : null;
    rolledValue = rollsUp ? new double[krs] : null;
    if (rollsUp) {
      rollUpKeyResults(objectives);
    }
    if (waiting != null) {
      for (int o = waiting.nextSetBit(0); o >= 0; o = waiting.nextSetBit(o + 1)) {
        scoreObjective(o, objectives.get(o), scratch);
      }
    } else {
      for (int o : contributing.childrenFirst()) {
        scoreObjective(o, objectives.get(o), scratch);
      }
    }
    // Final fields, filled before the constructor ends: a Scores is safe to share between threads.
    boolean graded = finalScoresHonoured > 0;
    keyResultClosing = graded ? keyResultProgress.clone() : keyResultProgress;
    objectiveClosing = graded ? new double[n] : objectiveProgress;
    if (graded) {
      scoreClosing(objectives, scratch);
    }
    LOG.debug("scored {} objectives and {} key results with policy {} as of {}, {} overrides and"
        + " {} final scores honoured", n, krs, policy.name(), asOf, overridesHonoured,
        finalScoresHonoured);
  }

  static Scores of(ScoringPolicy policy, OkrSet set, LocalDate asOf) {
    return new Scores(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(set, "set"),
        Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Scores an objective whose parts are scored: its progress, rolled up from them, its status and
   * what it honours.
   */
  private void scoreObjective(int o, Objective objective, Parts scratch) {
    if (overrideOf(objective.judgement()).isPresent()) {
      overridesHonoured++;
    }
    objectiveProgress[o] = rolledUpValue(o, false, scratch);
    Optional<Status> overridden = statusOverride(objective.judgement());
    objectiveStatus[o] = overridden.isPresent() ? encode(overridden)
        : policy.objectiveStatus() == ObjectiveStatusStrategy.FROM_PARTS
            ? statusFromParts(o)
            : encode(ownStatus(shown(objectiveProgress[o]), objectiveExpected[o], o));
    if (finalScoreOf(objective.finalScore()).isPresent()) {
      finalScoresHonoured++;
    }
  }

  /**
   * Scores each key result by its own readings; true if some key result rolls up children. With
   * {@code waiting} (objectives scored on their own, without a cascade) it scores each objective
   * after its key results too, unless one of them has a roll-up: such an objective is marked
   * there, to be scored once its key results are rolled up.
   */
  private boolean scoreKeyResults(List<Objective> objectives, BitSet waiting, Parts scratch) {
    boolean anyRollUp = false;
    // Each cycle looked up and its pace computed once, by a function made once: a lambda or a
    // boxed number per objective was most of this loop's garbage.
    Map<CycleId, CycleDue> cycles = new HashMap<>();
    Function<CycleId, CycleDue> lookUp = this::cycleDue;
    for (int o = 0; o < objectives.size(); o++) {
      Objective objective = objectives.get(o);
      firstKeyResult[o + 1] = firstKeyResult[o] + objective.keyResults().size();
      CycleDue cycleDue = cycles.computeIfAbsent(objective.cycle(), lookUp);
      Optional<Cycle> cycle = cycleDue.cycle();
      double due = cycleDue.due();
      objectiveExpected[o] = due;
      boolean open = cycle.isPresent() && cycle.get().contains(asOf)
          && !isClosed(objective, cycle.get());
      boolean ownRollUp = false;
      for (int k = 0; k < objective.keyResults().size(); k++) {
        KeyResult keyResult = objective.keyResults().get(k);
        int i = firstKeyResult[o] + k;
        Progress progress = scoreKeyResult(keyResult, i);
        keyResultProgress[i] = progress.orElse(Double.NaN);
        Optional<Status> overridden = statusOverride(keyResult.judgement());
        if (overridden.isPresent()) {
          keyResultStatus[i] = encode(overridden);
        } else {
          double ownDue = keyResult.waypoints().isEmpty() || cycle.isEmpty() ? due
              : expectedByWaypoints(keyResult, cycle.get(), due, null);
          keyResultStatus[i] = keyResultStatus(progress, isUnread(keyResult), cycle, ownDue);
        }
        if (overrideOf(keyResult.judgement()).isPresent()) {
          overridesHonoured++;
        }
        if (finalScoreOf(keyResult.finalScore()).isPresent()) {
          finalScoresHonoured++;
        }
        keyResultOutdated[i] = open && policy.staleness().isOutdated(keyResult, cycle.get(), asOf);
        ownRollUp |= keyResult.rollUp().isPresent();
      }
      anyRollUp |= ownRollUp;
      if (waiting != null) {
        if (ownRollUp) {
          waiting.set(o);
        } else {
          scoreObjective(o, objective, scratch);
        }
      }
    }
    return anyRollUp;
  }

  /** A cycle of the set, if known, and the progress its pace expects by the day scored. */
  private record CycleDue(Optional<Cycle> cycle, double due) {}

  /** The cycle of the set with this id, if any, and the progress expected in it by now. */
  private CycleDue cycleDue(CycleId id) {
    Optional<Cycle> cycle = set.cycle(id);
    return new CycleDue(cycle, cycle.isPresent() ? policy.pace().expected(cycle.get(), asOf)
        : Double.NaN);
  }

  /**
   * True if the objective's key results take no more check-ins: the objective is achieved, missed,
   * abandoned or carried over, or its cycle is closed or archived. Staleness never marks such key
   * results outdated.
   */
  private static boolean isClosed(Objective objective, Cycle cycle) {
    return switch (objective.state()) {
      case ACHIEVED, MISSED, ABANDONED, CARRIED_OVER -> true;
      case DRAFT, ACTIVE -> cycle.state() == CycleState.CLOSED
          || cycle.state() == CycleState.ARCHIVED;
    };
  }

  /**
   * The progress a key result's waypoints expect by {@link #asOf}: the policy's scorer applied to
   * the value {@link Paces#expectedValue(KeyResult, Cycle, LocalDate)} gives, as if the key result
   * read that value today; {@code pace} when the waypoints expect nothing or that value scores
   * nothing. Appends to {@code why} (if not null) how.
   */
  private double expectedByWaypoints(KeyResult keyResult, Cycle cycle, double pace,
      StringBuilder why) {
    StringBuilder how = why == null ? null : new StringBuilder();
    OptionalDouble value = Paces.expectedValue(keyResult, cycle, asOf, how);
    if (value.isEmpty()) {
      return pace;
    }
    KeyResult reading = KeyResult.builder().id(keyResult.id()).title(keyResult.title())
        .measure(keyResult.measure()).addCheckIns(CheckIn.of(asOf, value.getAsDouble())).build();
    Progress expected = policy.scorer().score(reading, asOf);
    if (!expected.isScored()) {
      return pace;
    }
    if (why != null) {
      why.append("waypoints expect ").append(Progress.fmt(value.getAsDouble())).append(" by ")
          .append(asOf).append(" (").append(how).append("), progress ")
          .append(Progress.fmt(expected.value())).append(" at that value; ");
    }
    return expected.value();
  }

  /** An objective's status from its own progress ({@link ObjectiveStatusStrategy#FROM_OWN_PROGRESS}). */
  private Optional<Status> ownStatus(double progress, double expected, int o) {
    if (Double.isNaN(expected)) {
      return Optional.empty();
    }
    if (Double.isNaN(progress)) {
      Cycle cycle = set.cycle(set.objectives().get(o).cycle()).orElseThrow();
      return notStarted(cycle);
    }
    return Optional.of(policy.statusRule().status(progress, expected));
  }

  /** NOT_STARTED once the policy's days have passed since the cycle began; before, no status. */
  private Optional<Status> notStarted(Cycle cycle) {
    boolean late = !asOf.isBefore(cycle.start().plusDays(policy.notStartedAfterDays()));
    return late ? NOT_STARTED : Optional.empty();
  }

  /**
   * The parts of an objective: its key results, then its counted contributing children in id
   * order. Explained parts re-score the key results for their explanations; the others read the
   * stored numbers, which are the same.
   */
  private List<Part> parts(int o, boolean explained, boolean closing) {
    List<KeyResult> keyResults = set.objectives().get(o).keyResults();
    double[] keyResultValues = closing ? keyResultClosing : keyResultProgress;
    double[] objectiveValues = closing ? objectiveClosing : objectiveProgress;
    List<Part> parts = new ArrayList<>(keyResults.size() + contributing.slotEnd(o)
        - contributing.slotStart(o));
    for (int k = 0; k < keyResults.size(); k++) {
      KeyResult keyResult = keyResults.get(k);
      int i = firstKeyResult[o] + k;
      Progress progress = !explained ? stored(keyResultValues[i])
          : closing ? closingOfKeyResult(keyResult, i) : scoreKeyResult(keyResult, i);
      Part part = Part.of(keyResult.id().value(), progress, keyResult.weight());
      OptionalDouble pin = keyResult.pinnedShare();
      parts.add(pin.isPresent() ? part.withPinnedShare(pin.getAsDouble()) : part);
    }
    for (int slot = contributing.slotStart(o); slot < contributing.slotEnd(o); slot++) {
      if (!contributing.isLeftOut(slot)) {
        int child = contributing.childAt(slot);
        Part part = Part.of(idOf(child), stored(objectiveValues[child]),
            contributing.weightAt(slot));
        double pin = contributing.pinnedAt(slot);
        parts.add(Double.isNaN(pin) ? part : part.withPinnedShare(pin));
      }
    }
    return parts;
  }

  /**
   * The number of {@link #rolledUp(int, boolean, boolean) rolledUp(o, false, closing)}, NaN if not
   * scored: for a {@linkplain RollUps.Numeric numeric} roll-up (the built-in means) read from the
   * arrays into {@code scratch}, without a {@link Part} and a {@link Progress} per part, unless
   * the objective's standing override sets its progress or the number is past the largest (then
   * through {@code rolledUp}, which throws as the roll-up's {@code combine} does).
   */
  private double rolledUpValue(int o, boolean closing, Parts scratch) {
    Objective objective = set.objectives().get(o);
    Optional<Judgement> standing = overrideOf(objective.judgement());
    if (!(policy.rollUp() instanceof RollUps.Numeric numeric)
        || standing.isPresent() && standing.get().progress().isPresent()) {
      return rolledUp(o, false, closing).orElse(Double.NaN);
    }
    double[] keyResultValues = closing ? keyResultClosing : keyResultProgress;
    double[] objectiveValues = closing ? objectiveClosing : objectiveProgress;
    List<KeyResult> keyResults = objective.keyResults();
    scratch.clear();
    for (int k = 0; k < keyResults.size(); k++) {
      scratch.add(keyResultValues[firstKeyResult[o] + k], keyResults.get(k).weight());
    }
    for (int slot = contributing.slotStart(o); slot < contributing.slotEnd(o); slot++) {
      if (!contributing.isLeftOut(slot)) {
        scratch.add(objectiveValues[contributing.childAt(slot)], contributing.weightAt(slot));
      }
    }
    double value = numeric.value(scratch.progress, scratch.weight, scratch.count);
    if (Double.isInfinite(value) || Double.isNaN(value) && scratch.anyScored()) {
      // A sum past the largest number (or a sum and a total weight both past it): combine
      // throws, as it always has. A total weight past it with a finite sum gives 0 on both paths.
      return rolledUp(o, false, closing).orElse(Double.NaN);
    }
    return value;
  }

  /** Growing arrays of the progress and weight of one objective's parts at a time. */
  private static final class Parts {
    double[] progress = new double[16];
    double[] weight = new double[16];
    int count;

    void clear() {
      count = 0;
    }

    boolean anyScored() {
      for (int i = 0; i < count; i++) {
        if (!Double.isNaN(progress[i])) {
          return true;
        }
      }
      return false;
    }

    void add(double partProgress, double partWeight) {
      if (count == progress.length) {
        progress = java.util.Arrays.copyOf(progress, count * 2);
        weight = java.util.Arrays.copyOf(weight, count * 2);
      }
      progress[count] = partProgress;
      weight[count++] = partWeight;
    }
  }

  /**
   * The objective's status from its parts' statuses by the policy's {@link StatusRollUp}: for
   * the built-in {@link StatusRollUps#worstStatus()} read from the status arrays, without an
   * {@code Optional} per part.
   */
  private byte statusFromParts(int o) {
    if (policy.statusRollUp() != StatusRollUps.worstStatus()) {
      return encode(policy.statusRollUp().combine(statuses(o)));
    }
    byte worst = NO_STATUS;
    for (int i = firstKeyResult[o]; i < firstKeyResult[o + 1]; i++) {
      worst = worse(worst, keyResultStatus[i]);
    }
    for (int slot = contributing.slotStart(o); slot < contributing.slotEnd(o); slot++) {
      if (!contributing.isLeftOut(slot)) {
        worst = worse(worst, objectiveStatus[contributing.childAt(slot)]);
      }
    }
    return worst;
  }

  /** The worse of two encoded statuses by {@link StatusRollUps#isWorse}; a status beats none. */
  private static byte worse(byte a, byte b) {
    return b == NO_STATUS || a != NO_STATUS && !StatusRollUps.isWorse(STATUSES[b], STATUSES[a])
        ? a : b;
  }

  /** The statuses of the same parts, in the same order. */
  private List<Optional<Status>> statuses(int o) {
    List<Optional<Status>> statuses = new ArrayList<>(firstKeyResult[o + 1] - firstKeyResult[o]
        + contributing.slotEnd(o) - contributing.slotStart(o));
    for (int i = firstKeyResult[o]; i < firstKeyResult[o + 1]; i++) {
      statuses.add(decode(keyResultStatus[i]));
    }
    for (int slot = contributing.slotStart(o); slot < contributing.slotEnd(o); slot++) {
      if (!contributing.isLeftOut(slot)) {
        statuses.add(decode(objectiveStatus[contributing.childAt(slot)]));
      }
    }
    return statuses;
  }

  private static Progress stored(double value) {
    return Double.isNaN(value) ? NOT_SCORED : Progress.of(value, STORED);
  }

  /**
   * A key result's progress: the policy's, or rolled up from its children where it
   * {@linkplain KeyResult#rollUp() rolls them up}, or its stored override's where honoured.
   */
  private Progress scoreKeyResult(KeyResult keyResult, int i) {
    return scoreKeyResult(keyResult, i, keyResultProgress);
  }

  /**
   * The same, a rolled-up key result reading its children's progress from {@code children}: the
   * progress array, or the closing one for its closing score.
   */
  private Progress scoreKeyResult(KeyResult keyResult, int i, double[] children) {
    Progress automatic = rolled != null && rolled[i]
        ? rolledUpFromChildren(keyResult, i, children)
        : policy.scorer().score(keyResult, asOf);
    return overridden(keyResult.judgement(), automatic);
  }

  /**
   * Marks every key result that rolls up children it has (links closing a loop left out) and
   * scores it again from them, children first, with its status.
   */
  private void rollUpKeyResults(List<Objective> objectives) {
    OkrLinks links = set.links();
    java.util.Arrays.fill(rolledValue, Double.NaN);
    int count = 0;
    for (int rank = 0; rank < links.keyResultParentCount(); rank++) {
      int i = links.keyResultParentInOrder(rank);
      int o = links.objectiveOfKeyResult(i);
      Objective objective = objectives.get(o);
      KeyResult keyResult = objective.keyResults().get(i - firstKeyResult[o]);
      if (!links.rollsUp(i)) {
        continue;
      }
      rolled[i] = true;
      // Its own check-ins are ignored: they never make it outdated.
      keyResultOutdated[i] = false;
      count++;
      if (keyResult.rollUp().get() == KeyResultRollUp.SUM_OF_VALUES) {
        rolledValue[i] = childrenValueSum(links, i);
      }
      Progress progress = scoreKeyResult(keyResult, i);
      keyResultProgress[i] = progress.orElse(Double.NaN);
      Optional<Status> overridden = statusOverride(keyResult.judgement());
      if (overridden.isEmpty()) {
        Optional<Cycle> cycle = set.cycle(objective.cycle());
        double due = keyResult.waypoints().isEmpty() || cycle.isEmpty() ? objectiveExpected[o]
            : expectedByWaypoints(keyResult, cycle.get(), objectiveExpected[o], null);
        // Its own check-ins are ignored: rolled up, it is never unread.
        keyResultStatus[i] = keyResultStatus(progress, false, cycle, due);
      }
    }
    LOG.debug("rolled {} key results up from their children", count);
  }

  /**
   * A rolled-up key result's progress from its children's stored progress (read from
   * {@code children}: progress or closing scores) and values, as its {@link KeyResultRollUp} says;
   * the sum of values is also kept as its value. Final scores change no value, so a sum of values
   * closes as it stands.
   */
  private Progress rolledUpFromChildren(KeyResult keyResult, int i, double[] children) {
    OkrLinks links = set.links();
    List<Part> parts = new ArrayList<>();
    for (int s = links.keyResultChildSlotStart(i); s < links.keyResultChildSlotEnd(i); s++) {
      int l = links.keyResultChildLink(s);
      if (links.closesLoop(l)) {
        continue;
      }
      int c = links.keyResultLinkChild(l);
      KeyResult child = keyResultAt(links, c);
      Contribution contribution = child.contributions().get(l - links.keyResultLinkStart(c));
      Part part = Part.of(child.id().value(), stored(children[c]), contribution.weight());
      if (contribution.pinnedShare().isPresent()) {
        part = part.withPinnedShare(contribution.pinnedShare().getAsDouble());
      }
      OptionalDouble value = valueAt(child, c);
      parts.add(value.isPresent() ? part.withValue(value.getAsDouble()) : part);
    }
    String from = "rolled up from " + parts.size() + (parts.size() == 1 ? " child" : " children");
    return switch (keyResult.rollUp().orElseThrow()) {
      case SUM_OF_VALUES -> sumOfValues(keyResult, i, parts, from);
      case MEAN_PROGRESS -> RollUps.mean().combine(parts).explainedAfter(from + ": ");
      case WEIGHTED_PROGRESS -> policy.rollUp().combine(parts)
          .explainedAfter(from + ": ");
    };
  }

  /**
   * The sum of the children's current values, read as the parent's own value by the policy's
   * scorer against the parent's measure (start, target), so that the progress keeps the policy's
   * range (clamped or not); children without a value are left out.
   */
  private Progress sumOfValues(KeyResult keyResult, int i, List<Part> parts, String from) {
    double sum = 0;
    List<String> terms = new ArrayList<>(parts.size());
    for (Part part : parts) {
      if (part.value().isPresent()) {
        sum += part.value().getAsDouble();
        terms.add(part.label() + " " + Progress.fmt(part.value().getAsDouble()));
      }
    }
    if (terms.isEmpty()) {
      return Progress.notScored(from + ": no child has a value");
    }
    if (keyResult.measure().kind().reading() != MeasureKind.Reading.VALUE) {
      return Progress.notScored(from + ": a " + keyResult.measure().kind()
          + " measure reads no sum of values");
    }
    if (!Double.isFinite(sum)) {
      return Progress.notScored(from + ": sum of values " + String.join(" + ", terms)
          + " is beyond the largest number");
    }
    double total = sum;
    KeyResult reading = KeyResult.builder().id(keyResult.id()).title(keyResult.title())
        .measure(keyResult.measure()).addCheckIns(CheckIn.of(asOf, sum)).build();
    return policy.scorer().score(reading, asOf).explainedAfter(from
        + ": sum of values " + String.join(" + ", terms) + " = " + Progress.fmt(total) + "; ");
  }

  /** The sum of the current values of a key result's kept children; NaN if none has one. */
  private double childrenValueSum(OkrLinks links, int i) {
    double sum = 0;
    boolean any = false;
    for (int s = links.keyResultChildSlotStart(i); s < links.keyResultChildSlotEnd(i); s++) {
      int l = links.keyResultChildLink(s);
      int c = links.keyResultLinkChild(l);
      OptionalDouble value = links.closesLoop(l) ? OptionalDouble.empty()
          : valueAt(keyResultAt(links, c), c);
      if (value.isPresent()) {
        sum += value.getAsDouble();
        any = true;
      }
    }
    return any ? sum : Double.NaN;
  }

  /**
   * A key result's value: its latest reading, or, rolled up, the sum of its children's values
   * (none if no child has one or the sum is beyond the largest number; none when it rolls up their
   * progress: its own readings count for nothing then either).
   */
  private OptionalDouble valueAt(KeyResult keyResult, int i) {
    if (rolled == null || !rolled[i]) {
      return keyResult.currentValue();
    }
    if (keyResult.rollUp().orElseThrow() != KeyResultRollUp.SUM_OF_VALUES) {
      return OptionalDouble.empty();
    }
    return Double.isFinite(rolledValue[i]) ? OptionalDouble.of(rolledValue[i])
        : OptionalDouble.empty();
  }

  private KeyResult keyResultAt(OkrLinks links, int i) {
    int o = links.objectiveOfKeyResult(i);
    return set.objectives().get(o).keyResults().get(i - firstKeyResult[o]);
  }

  /**
   * An objective's progress: its parts (progress, or with {@code closing} their closing scores)
   * rolled up, or its stored override's where honoured; unrounded, as the arrays hold it.
   */
  private Progress rolledUp(int o, boolean explained, boolean closing) {
    return overridden(set.objectives().get(o).judgement(),
        policy.rollUp().combine(parts(o, explained, closing)));
  }

  /** The override that stands: honoured by the policy, set on or before {@link #asOf}. */
  private Optional<Judgement> overrideOf(Optional<Judgement> judgement) {
    return policy.honoursJudgements() && judgement.isPresent()
        && !judgement.get().on().isAfter(asOf) ? judgement : Optional.empty();
  }

  /** The final score that stands: honoured by the policy, given on or before {@link #asOf}. */
  private Optional<FinalScore> finalScoreOf(Optional<FinalScore> finalScore) {
    return policy.honoursJudgements() && finalScore.isPresent()
        && !finalScore.get().on().isAfter(asOf) ? finalScore : Optional.empty();
  }

  /**
   * {@code automatic}, or the progress of a standing override: a stored override holds until it
   * is removed, {@link ManualOverride.Hold#STICKY}, whose rule gives the number and the first
   * words of the explanation; who and why follow.
   */
  private Progress overridden(Optional<Judgement> judgement, Progress automatic) {
    Optional<Judgement> standing = overrideOf(judgement);
    if (standing.isEmpty() || standing.get().progress().isEmpty()) {
      return automatic;
    }
    Judgement j = standing.get();
    // Rounded, as every percentage the policy shows is, when shown: a hand-set 0.12345 reads
    // 0.12 (2 dp); its parent rolls up 0.12345.
    return ManualOverride.of(j.progress().getAsDouble(), j.on(), ManualOverride.Hold.STICKY)
        .resolve(automatic, Optional.empty(), false)
        .explainedFurther(() -> " by " + j.by() + ": \"" + j.reason() + "\" (computed: "
            + (automatic.isScored() ? Progress.fmt(automatic.value()) : "not scored") + ")");
  }

  /** The status of a standing override, in scoring's words; empty if none sets one. */
  private Optional<Status> statusOverride(Optional<Judgement> judgement) {
    return overrideOf(judgement).flatMap(Judgement::status).map(reported -> switch (reported) {
      case ON_TRACK -> Status.ON_TRACK;
      case AT_RISK -> Status.AT_RISK;
      case OFF_TRACK -> Status.OFF_TRACK;
    });
  }

  /**
   * Fills the closing scores when a final score is honoured in the set (else they are the progress
   * arrays themselves, no copy): a key result's is its final score or its progress, and an
   * objective's its own final score, or else its parts' closing scores rolled up as its progress
   * is (an override's progress still standing for the roll-up).
   */
  private void scoreClosing(List<Objective> objectives, Parts scratch) {
    for (int o = 0; o < objectives.size(); o++) {
      List<KeyResult> keyResults = objectives.get(o).keyResults();
      for (int k = 0; k < keyResults.size(); k++) {
        Optional<FinalScore> given = finalScoreOf(keyResults.get(k).finalScore());
        if (given.isPresent()) {
          keyResultClosing[firstKeyResult[o] + k] = given.get().score();
        }
      }
    }
    if (rolled != null) {
      // Rolled-up key results without a final score close from their children's closing scores,
      // children first.
      OkrLinks links = set.links();
      for (int rank = 0; rank < links.keyResultParentCount(); rank++) {
        int i = links.keyResultParentInOrder(rank);
        KeyResult keyResult = keyResultAt(links, i);
        if (rolled[i] && finalScoreOf(keyResult.finalScore()).isEmpty()) {
          keyResultClosing[i] = scoreKeyResult(keyResult, i, keyResultClosing).orElse(Double.NaN);
        }
      }
    }
    for (int o : contributing.childrenFirst()) {
      Optional<FinalScore> given = finalScoreOf(objectives.get(o).finalScore());
      objectiveClosing[o] = given.isPresent() ? given.get().score()
          : rolledUpValue(o, true, scratch);
    }
  }

  private Progress closingOfKeyResult(KeyResult keyResult, int i) {
    Optional<FinalScore> given = finalScoreOf(keyResult.finalScore());
    return given.isPresent() ? finalScoreProgress(given.get(), () -> scoreKeyResult(keyResult, i))
        : scoreKeyResult(keyResult, i, keyResultClosing);
  }

  private static Progress finalScoreProgress(FinalScore given, Supplier<Progress> measured) {
    return Progress.of(given.score(), () -> "final score " + Progress.fmt(given.score())
        + " given by " + given.by() + " on " + given.on() + ": \"" + given.reason()
        + "\" (progress measured: " + measured.get() + ")");
  }

  /**
   * A value as the policy shows it: rounded once, from the unrounded value that the arrays hold
   * and roll-ups read (PRESETS.md: "applied once at the boundary"); NaN stays NaN.
   */
  private double shown(double value) {
    return Double.isNaN(value) || policy.rounding() == Rounding.NONE ? value
        : policy.rounding().apply(value);
  }

  private Progress round(Progress progress) {
    if (!progress.isScored() || policy.rounding() == Rounding.NONE) {
      return progress;
    }
    double rounded = policy.rounding().apply(progress.value());
    return Progress.of(rounded, () -> progress.explanation() + ", rounded "
        + policy.rounding().description() + " = " + Progress.fmt(rounded));
  }

  /**
   * A key result's status, encoded: made for each key result, so not an {@code Optional}. One not
   * scored, or {@linkplain #isUnread unread}, is not started once the policy's days have passed.
   */
  private byte keyResultStatus(Progress progress, boolean unread, Optional<Cycle> cycle,
      double due) {
    if (cycle.isEmpty()) {
      return NO_STATUS;
    }
    if (!progress.isScored() || unread) {
      return encode(notStarted(cycle.get()));
    }
    // Compared on the value shown, as it always was.
    return (byte) policy.statusRule().status(shown(progress.value()), due).ordinal();
  }

  /**
   * True for a milestone or stages key result with no check-in by {@link #asOf} and no honoured
   * override: the rules score it 0 (nothing done), yet it has not started, as a key result without
   * a reading has not. A progress set by hand is read as any other.
   */
  private boolean isUnread(KeyResult keyResult) {
    MeasureKind kind = keyResult.measure().kind();
    return (kind == MeasureKind.MILESTONE || kind == MeasureKind.STAGES)
        && !Readings.anyBy(keyResult, asOf) && overrideOf(keyResult.judgement()).isEmpty();
  }

  private static byte encode(Optional<Status> status) {
    // Not status.map(...): an Optional per key result scored.
    return status.isPresent() ? (byte) status.get().ordinal() : NO_STATUS;
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
   * The progress of a key result; its explanation re-reads the key result when asked.
   *
   * @throws IllegalArgumentException if the set has no such key result
   */
  public Progress progress(KeyResultId id) {
    int i = keyResultIndex(id);
    double value = shown(keyResultProgress[i]);
    Supplier<String> why = () -> round(scoreKeyResult(set.keyResult(id).orElseThrow(), i))
        .explanation();
    return Double.isNaN(value) ? Progress.notScored(why) : Progress.of(value, why);
  }

  /**
   * A key result's value: where it {@linkplain #isRolledUp(KeyResultId) rolls up} its children by
   * {@link KeyResultRollUp#SUM_OF_VALUES}, the sum of their values (empty if none has one, or if
   * the sum is beyond the largest number); where it rolls up their progress instead, none (its
   * own check-ins count for nothing, and a summing parent leaves it out); else its latest
   * check-in's value, if any.
   * <pre>{@code
   * // In the sample, the sales department's dealers: the sum of its two teams' latest values.
   * scores.value(KeyResultId.of("kr-d-sales-dealers"));
   * }</pre>
   *
   * @throws IllegalArgumentException if the set has no such key result
   */
  public OptionalDouble value(KeyResultId id) {
    int i = keyResultIndex(id);
    return valueAt(set.keyResult(id).orElseThrow(), i);
  }

  /**
   * True if a key result takes its progress from the key results contributing to it: it has a
   * {@linkplain KeyResult#rollUp() roll-up} and at least one child whose link does not close a
   * loop. Its progress then explains itself as "rolled up from n children".
   *
   * @throws IllegalArgumentException if the set has no such key result
   */
  public boolean isRolledUp(KeyResultId id) {
    int i = keyResultIndex(id);
    return rolled != null && rolled[i];
  }

  /**
   * A key result's closing score: the final score given to it, if the policy honours it and it
   * was given on or before {@link #asOf()}, else its {@linkplain #progress(KeyResultId) progress};
   * where it {@linkplain #isRolledUp(KeyResultId) rolls up} its children by progress, their closing
   * scores rolled up as its progress rolls up theirs (a sum of values reads values, which final
   * scores leave alone).
   *
   * @throws IllegalArgumentException if the set has no such key result
   */
  public Progress closingScore(KeyResultId id) {
    int i = keyResultIndex(id);
    KeyResult keyResult = set.keyResult(id).orElseThrow();
    // A final score is shown as given; a progress as the policy shows it.
    boolean given = finalScoreOf(keyResult.finalScore()).isPresent();
    double value = given ? keyResultClosing[i] : shown(keyResultClosing[i]);
    Supplier<String> why = () -> given ? closingOfKeyResult(keyResult, i).explanation()
        : round(closingOfKeyResult(keyResult, i)).explanation();
    return Double.isNaN(value) ? Progress.notScored(why) : Progress.of(value, why);
  }

  /**
   * An objective's closing score, what its {@linkplain #grade(ObjectiveId) grade} grades (unless
   * the policy grades {@linkplain GradedScoreStrategy#OPENOKR_SCORE_AT_CLOSE OpenOKR's score at
   * close}): the final
   * score given to it (where honoured and given by {@link #asOf()}); else its parts' closing scores
   * (a key result's final score, else its progress; under a cascade a child's closing score)
   * rolled up by the policy, as its progress is, with its override's progress standing where it
   * has one. So a facilitator who grades the key results grades the objective, as Google's average
   * of key-result grades does; its {@linkplain #progress(ObjectiveId) progress}, and every
   * parent's progress, never reads a final score: a grade is not a measurement.
   *
   * @throws IllegalArgumentException if the set has no such objective
   */
  public Progress closingScore(ObjectiveId id) {
    int o = objectivePosition(id);
    Optional<FinalScore> given = finalScoreOf(set.objectives().get(o).finalScore());
    double value = reportedClosing(o);
    Supplier<String> why = () -> given.isPresent()
        ? finalScoreProgress(given.get(), () -> rolledUpAfresh(o)).explanation()
        : round(rolledUp(o, true, true)).explanation();
    return Double.isNaN(value) ? Progress.notScored(why) : Progress.of(value, why);
  }

  /**
   * Objective {@code o}'s closing score as reported: a final score as given, else as the policy
   * shows a progress.
   */
  private double reportedClosing(int o) {
    return finalScoreOf(set.objectives().get(o).finalScore()).isPresent() ? objectiveClosing[o]
        : shown(objectiveClosing[o]);
  }

  /**
   * The progress of an objective: its key results', and under a
   * {@linkplain ScoringPolicy#cascade() cascade} its contributing children's, rolled up by the
   * policy. Its explanation is the roll-up's arithmetic, written when asked.
   *
   * @throws IllegalArgumentException if the set has no such objective
   */
  public Progress progress(ObjectiveId id) {
    int o = objectivePosition(id);
    double value = shown(objectiveProgress[o]);
    Supplier<String> why = () -> rolledUpAfresh(o).explanation();
    return Double.isNaN(value) ? Progress.notScored(why) : Progress.of(value, why);
  }

  /**
   * The objective's progress rolled up again from its re-scored key results and its children's
   * stored progress, explanations and all: what {@link #progress(ObjectiveId)} explains, and the
   * same number.
   */
  Progress rolledUpAfresh(int objective) {
    return round(rolledUp(objective, true, false));
  }

  /**
   * The contributing links left out to break loops under a {@linkplain ScoringPolicy#cascade()
   * cascade}, each as {@code child -> parent} (the parent objective's id, or the key result's for a
   * link to a key result), sorted by child id, then parent id; empty without a cascade or a loop.
   * The same list whatever the order of the set (OpenOKR's rule, see {@link Cascade#CONTRIBUTING}).
   */
  public List<String> loopsBroken() {
    List<String[]> pairs = new ArrayList<>();
    for (int slot : contributing.leftOutSlots()) {
      int parent = contributing.parentAt(slot);
      int keyResult = contributing.keyResultAt(slot);
      String target = keyResult >= 0 ? set.objectives().get(parent).keyResults()
          .get(keyResult - firstKeyResult[parent]).id().value() : idOf(parent);
      pairs.add(new String[] {idOf(contributing.childAt(slot)), target});
    }
    pairs.sort(java.util.Comparator.<String[], String>comparing(p -> p[0])
        .thenComparing(p -> p[1]));
    List<String> broken = new ArrayList<>(pairs.size());
    for (String[] pair : pairs) {
      broken.add(pair[0] + " -> " + pair[1]);
    }
    return List.copyOf(broken);
  }

  /** The status of a key result: empty if its cycle is unknown or it is not due yet. */
  public Optional<Status> status(KeyResultId id) {
    return decode(keyResultStatus[keyResultIndex(id)]);
  }

  /**
   * The status of an objective: its parts' statuses (its key results', and under a cascade its
   * counted children's) combined by the policy's {@link StatusRollUp}.
   */
  public Optional<Status> status(ObjectiveId id) {
    return decode(objectiveStatus[objectivePosition(id)]);
  }

  /**
   * True if a key result's check-ins are stale under the policy's cadence and grace; never for a
   * key result that {@linkplain #isRolledUp(KeyResultId) rolls up} its children, whose own
   * check-ins are ignored.
   */
  public boolean isOutdated(KeyResultId id) {
    return keyResultOutdated[keyResultIndex(id)];
  }

  /**
   * The grade of an objective's {@linkplain #closingScore(ObjectiveId) closing score} (its progress
   * unless a final score was given), once its cycle is over (closed, archived, or ended by
   * {@link #asOf()}) and something in it was scored: a final score given to it, its override's
   * progress, or one of its key results or contributing children that holds a score of its own
   * (a key result that rolls up its children's progress holds one if one of them does). An
   * objective with nothing scored, however deep, has no grade, even under a roll-up that shows it
   * at 0 % (OpenOKR: "none → no score"). Under
   * {@link GradedScoreStrategy#OPENOKR_SCORE_AT_CLOSE}, unless a final score was given to it, the
   * grade grades OpenOKR's score at close from its key results instead, and there is none when no
   * key result carrying weight is scored; the grade's explanation starts with that score's
   * arithmetic.
   */
  public Optional<Grade> grade(ObjectiveId id) {
    int position = objectivePosition(id);
    Objective objective = set.objectives().get(position);
    Optional<Cycle> cycle = set.cycle(objective.cycle());
    boolean over = cycle.map(c -> c.state() == CycleState.CLOSED
        || c.state() == CycleState.ARCHIVED || c.end().isBefore(asOf)).orElse(false);
    if (over && policy.gradedScore() == GradedScoreStrategy.OPENOKR_SCORE_AT_CLOSE
        && finalScoreOf(objective.finalScore()).isEmpty()) {
      Progress score = openOkrScoreAtClose(position, cycle.orElseThrow());
      if (!score.isScored()) {
        return Optional.empty();
      }
      Grade grade = policy.grader().grade(score.value(), objective.commitment());
      return Optional.of(new Grade(grade.score(), grade.band(), grade.flags(),
          "score at close: " + score.explanation() + "; " + grade.explanation()));
    }
    double progress = reportedClosing(position);
    if (!over || Double.isNaN(progress) || !holdsAScore(position)) {
      return Optional.empty();
    }
    return Optional.of(policy.grader().grade(progress, objective.commitment()));
  }

  /**
   * OpenOKR's score at close of objective {@code o}
   * ({@link GradedScoreStrategy#OPENOKR_SCORE_AT_CLOSE}): the weighted mean of its key results'
   * scores (weights clamped to 100), each its final score or min(p, 1) rounded to 2 decimals (p of
   * a maintain key result: its share of the cycle inside the band). Made when a grade is asked,
   * never while scoring.
   */
  private Progress openOkrScoreAtClose(int o, Cycle cycle) {
    List<KeyResult> keyResults = set.objectives().get(o).keyResults();
    List<Part> parts = new ArrayList<>(keyResults.size());
    Scorer maintained = Scorers.maintainedShare(cycle);
    for (int k = 0; k < keyResults.size(); k++) {
      KeyResult keyResult = keyResults.get(k);
      int i = firstKeyResult[o] + k;
      Optional<FinalScore> given = finalScoreOf(keyResult.finalScore());
      Progress p = given.isPresent() ? Progress.of(given.get().score(), "final score")
          : keyResult.measure() instanceof org.okr4j.core.RangeMeasure
              && (rolled == null || !rolled[i])
              // A progress set by hand stands for the computed one, as everywhere.
              && !overrideOf(keyResult.judgement()).map(j -> j.progress().isPresent())
                  .orElse(false)
              ? maintained.score(keyResult, asOf)
          : stored(keyResultClosing[i]);
      // A score to 2 decimals is a whole percent. The mean's explanation shows each part's
      // number, not its own explanation.
      Progress score = p.isScored() ? Progress.of(
          Rounding.HALF_AWAY_FROM_ZERO_WHOLE_PERCENT.apply(Math.min(p.value(), 1)),
          "min(p, 1) to 2 decimals") : p;
      parts.add(Part.of(keyResult.id().value(), score, keyResult.weight()));
    }
    // Weights clamped to 100, as OpenOKR's progress clamps them.
    return RollUps.scoredWeightedMean(100).combine(parts);
  }

  /** True if something in objective {@code o} was scored for its closing score. */
  private boolean holdsAScore(int o) {
    BitSet holding = objectivesHoldingAScore;
    if (holding == null) {
      holding = holdingAScore();
      objectivesHoldingAScore = holding;
    }
    return holding.get(o);
  }

  /**
   * The objectives that hold a score, children first (no recursion): a key result or objective
   * holds one if it has a final score or an override's progress standing; else a key result that
   * rolls up its children's progress holds one if one of them does (a sum of values if a child
   * has a value), another key result if it is scored, and an objective if one of its key results
   * or counted contributing children does. A roll-up that shows nothing scored at 0 % (OpenOKR's)
   * gives a number to an objective that holds none.
   */
  private BitSet holdingAScore() {
    List<Objective> objectives = set.objectives();
    BitSet keyResults = new BitSet(firstKeyResult[objectives.size()]);
    for (int o = 0; o < objectives.size(); o++) {
      List<KeyResult> own = objectives.get(o).keyResults();
      for (int k = 0; k < own.size(); k++) {
        int i = firstKeyResult[o] + k;
        boolean rollsUpProgress = rolled != null && rolled[i]
            && own.get(k).rollUp().orElseThrow() != KeyResultRollUp.SUM_OF_VALUES;
        if (decidedByHand(own.get(k).finalScore(), own.get(k).judgement())
            || !rollsUpProgress && !Double.isNaN(keyResultClosing[i])) {
          keyResults.set(i);
        }
      }
    }
    if (rolled != null) {
      OkrLinks links = set.links();
      for (int rank = 0; rank < links.keyResultParentCount(); rank++) {
        int i = links.keyResultParentInOrder(rank);
        if (!rolled[i] || keyResults.get(i)
            || keyResultAt(links, i).rollUp().orElseThrow() == KeyResultRollUp.SUM_OF_VALUES) {
          continue;
        }
        for (int s = links.keyResultChildSlotStart(i);
            !keyResults.get(i) && s < links.keyResultChildSlotEnd(i); s++) {
          int l = links.keyResultChildLink(s);
          if (!links.closesLoop(l) && keyResults.get(links.keyResultLinkChild(l))) {
            keyResults.set(i);
          }
        }
      }
    }
    BitSet holding = new BitSet(objectives.size());
    for (int o : contributing.childrenFirst()) {
      Objective objective = objectives.get(o);
      boolean holds = decidedByHand(objective.finalScore(), objective.judgement());
      for (int i = firstKeyResult[o]; !holds && i < firstKeyResult[o + 1]; i++) {
        holds = keyResults.get(i);
      }
      for (int slot = contributing.slotStart(o); !holds && slot < contributing.slotEnd(o);
          slot++) {
        holds = !contributing.isLeftOut(slot) && holding.get(contributing.childAt(slot));
      }
      holding.set(o, holds);
    }
    return holding;
  }

  /** True if a final score or an override's progress, honoured and standing, decides a score. */
  private boolean decidedByHand(Optional<FinalScore> finalScore, Optional<Judgement> judgement) {
    Optional<Judgement> standing = overrideOf(judgement);
    return finalScoreOf(finalScore).isPresent()
        || standing.isPresent() && standing.get().progress().isPresent();
  }

  /** How many key results have each status (every status present, in declaration order). */
  public Map<Status, Integer> keyResultStatusCounts() {
    // Counted as ints, then boxed once per status (merging boxed counts made an Integer per key
    // result).
    int[] byCode = new int[STATUSES.length];
    for (byte code : keyResultStatus) {
      if (code != NO_STATUS) {
        byCode[code]++;
      }
    }
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status status : STATUSES) {
      counts.put(status, byCode[status.ordinal()]);
    }
    return counts;
  }

  /**
   * Per unit, the progress of the objectives of a cycle it carries: those it owns or co-owns (the
   * unit's own id as owner or co-owner) at weight 1, and those shared with it at the
   * {@link org.okr4j.core.Share share's} weight, as their weighted mean. Objectives not scored are
   * left out; a unit none of whose objectives is scored is not scored. Objectives owned by a unit's
   * people are theirs, not the unit's. Units by id, only those carrying an objective of the cycle;
   * each explanation lists the objectives with their progress and weight, in id order. One pass
   * over the set. As every reported number, it is rolled up from the objectives' unrounded
   * progress and rounded once, by the policy's rounding.
   * <pre>{@code
   * scores.unitProgress(CycleId.of("2026-Q3")).get(OrgUnitId.of("ops"));
   * // 0.45 (weighted mean over ops's objectives in 2026-Q3: o-ops 0.4 x1, o-ship 0.55 x0.5 ...)
   * }</pre>
   */
  public Map<OrgUnitId, Progress> unitProgress(CycleId cycle) {
    Objects.requireNonNull(cycle, "cycle");
    Map<OrgUnitId, Progress> units = UnitProgress.of(set, cycle, objectiveProgress, this::idOf);
    if (policy.rounding() == Rounding.NONE) {
      return units;
    }
    Map<OrgUnitId, Progress> rounded = new java.util.LinkedHashMap<>();
    units.forEach((unit, progress) -> rounded.put(unit, round(progress)));
    return java.util.Collections.unmodifiableMap(rounded);
  }

  /**
   * Why an objective scores what it does: its progress and status with the roll-up's arithmetic,
   * then each key result's, one per line; under a cascade then each contributing child's, with
   * the link's weight and the key result it leads to, or the note that the link is left out
   * because it closes a loop (ids, never titles). A status read against time says why in brackets:
   * the rule's name, the progress, the expected progress, the difference (or ratio) and the
   * threshold crossed; a key result whose waypoints set the expected progress first says what
   * value they expect and how (see {@link Paces#expectedValue(KeyResult, Cycle, LocalDate)}); an
   * outdated key result says when its check-in was due, under whose cadence, and the grace. A
   * progress or status that a stored override decided says so, by whom, on what day and why; a
   * final score given is named after the status, with who, when and why. Last, one line per
   * {@link org.okr4j.core.Kpi} linked to the objective: {@code protects} or {@code recovers} and
   * the KPI's {@link KpiState}; a protected KPI outside its corridor is marked so (KPIs move no
   * progress or status).
   */
  public String explain(ObjectiveId id) {
    int o = objectivePosition(id);
    Objective objective = set.objectives().get(o);
    Optional<Cycle> cycle = set.cycle(objective.cycle());
    StringBuilder text = new StringBuilder();
    text.append(id).append(": ").append(progress(id)).append(", status ")
        .append(status(id).map(Status::name).orElse("none"));
    Optional<Judgement> override = overrideOf(objective.judgement());
    if (override.isPresent() && override.get().status().isPresent()) {
      text.append(" [").append(setByHand(override.get())).append(']');
    } else if (policy.objectiveStatus() == ObjectiveStatusStrategy.FROM_OWN_PROGRESS) {
      text.append(statusWhy(shown(objectiveProgress[o]), objectiveExpected[o], status(id)));
    }
    finalScoreOf(objective.finalScore()).ifPresent(given -> text.append(", ")
        .append(finalScoreWhy(given)));
    text.append(" (").append(policy.name()).append(")\n");
    for (KeyResult keyResult : objective.keyResults()) {
      KeyResultId kr = keyResult.id();
      text.append("  ").append(kr).append(": ").append(progress(kr))
          .append(", status ").append(status(kr).map(Status::name).orElse("none"));
      Optional<Judgement> judged = overrideOf(keyResult.judgement());
      if (judged.isPresent() && judged.get().status().isPresent()) {
        text.append(" [").append(setByHand(judged.get())).append(']');
      } else if (status(kr).isPresent() && !isRolledUp(kr) && isUnread(keyResult)) {
        text.append(" [no check-in ").append(policy.notStartedAfterDays())
            .append(" days or more after the cycle began]");
      } else {
        StringBuilder waypoints = new StringBuilder();
        double expected = keyResult.waypoints().isEmpty() || cycle.isEmpty() ? objectiveExpected[o]
            : expectedByWaypoints(keyResult, cycle.get(), objectiveExpected[o], waypoints);
        String why = statusWhy(shown(keyResultProgress[keyResultIndex(kr)]), expected,
            status(kr));
        text.append(why.startsWith(" [") && Double.isFinite(keyResultProgress[keyResultIndex(kr)])
            ? " [" + waypoints + why.substring(2) : why);
      }
      finalScoreOf(keyResult.finalScore()).ifPresent(given -> text.append(", ")
          .append(finalScoreWhy(given)));
      if (isOutdated(kr)) {
        text.append(", outdated [").append(policy.staleness().explain(keyResult, cycle.orElseThrow(),
            asOf)).append(']');
      }
      text.append('\n');
    }
    for (int slot = contributing.slotStart(o); slot < contributing.slotEnd(o); slot++) {
      ObjectiveId child = set.objectives().get(contributing.childAt(slot)).id();
      text.append("  ").append(child).append(" contributes");
      int keyResult = contributing.keyResultAt(slot);
      if (keyResult >= 0) {
        text.append(" through ").append(objective.keyResults()
            .get(keyResult - firstKeyResult[o]).id());
      }
      text.append(" x").append(Progress.fmt(contributing.weightAt(slot))).append(": ");
      if (contributing.isLeftOut(slot)) {
        text.append("left out, the link closes a loop\n");
      } else {
        text.append(progress(child)).append(", status ")
            .append(status(child).map(Status::name).orElse("none")).append('\n');
      }
    }
    appendKpis(text, id);
    return text.toString();
  }

  /**
   * One line per KPI linked to the objective, in {@link OkrSet#kpis()} order: the role and the
   * KPI's state ({@link KpiState}); a protected KPI outside its corridor says so. KPIs move no
   * progress or status (no published rule has them do so). Linear in the objective's KPI links.
   */
  private void appendKpis(StringBuilder text, ObjectiveId id) {
    for (org.okr4j.core.Kpi kpi : set.kpisLinkedTo(id)) {
      for (org.okr4j.core.KpiLink link : kpi.links()) {
        if (link.objective().equals(id)) {
          KpiState state = KpiState.of(kpi, asOf);
          text.append("  ").append(link.role().name().toLowerCase(java.util.Locale.ROOT))
              .append(' ').append(state);
          if (link.role() == org.okr4j.core.KpiRole.PROTECTS && state.isOutside()) {
            text.append(" [a KPI it protects is outside its corridor; progress and status do not"
                + " read KPIs]");
          }
          text.append('\n');
        }
      }
    }
  }

  /** Who overrode a status, when and why (the reason is shown, never logged). */
  private static String setByHand(Judgement judgement) {
    return "set by hand by " + judgement.by() + " on " + judgement.on() + ": \""
        + judgement.reason() + "\"";
  }

  private static String finalScoreWhy(FinalScore given) {
    return "final score " + Progress.fmt(given.score()) + " by " + given.by() + " on "
        + given.on() + ": \"" + given.reason() + "\"";
  }

  /** Why a status against time is what it is, in brackets; nothing when there is no status. */
  private String statusWhy(double progress, double expected, Optional<Status> status) {
    if (status.isEmpty()) {
      return "";
    }
    if (Double.isNaN(progress)) {
      return " [not scored " + policy.notStartedAfterDays() + " days or more after the cycle"
          + " began]";
    }
    return " [" + policy.statusRule().explain(progress, expected) + "]";
  }

  @Override
  public String toString() {
    return "Scores[" + policy.name() + " as of " + asOf + ", objectives=" + objectiveProgress.length
        + ", keyResults=" + keyResultProgress.length + "]";
  }

  private String idOf(int objective) {
    return set.objectives().get(objective).id().value();
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
