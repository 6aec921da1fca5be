package org.okr4j.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregate that validation, scoring and alignment analysis take: an organisation, its cycles
 * and its objectives with their key results.
 *
 * <p>Immutable and thread-safe. Construction indexes every id in one pass (lookups by id are then
 * O(1)) and rejects duplicate cycle, objective and key result ids. References that point nowhere (a
 * link to a missing objective, an objective in an unknown cycle, an owner outside the organisation)
 * are kept: they are findings for later stages, not exceptions. Lists keep the order given, and
 * {@code with...} methods return new sets.
 * <pre>{@code
 * OkrSet set = OkrSet.builder()
 *     .organization(org)
 *     .addCycles(Cycle.parse("2026"), Cycle.parse("2026-Q3"))
 *     .addObjectives(growth, delight)
 *     .build();
 * set.objective(ObjectiveId.of("o-delight"));          // Optional[Objective[...]]
 * set.objectiveOf(KeyResultId.of("kr-nps"));           // the objective that holds it
 * OkrSet next = set.carryOver(ObjectiveId.of("o-delight"), CycleId.of("2026-Q4"));
 * }</pre>
 */
@Value.Immutable
public abstract class OkrSet {

  private static final Logger LOG = LoggerFactory.getLogger(OkrSet.class);

  OkrSet() {}

  /** The organisation whose OKRs these are; empty unless set. */
  @Value.Default
  public Organization organization() {
    return Organization.empty();
  }

  /** The cycles, in the order given. */
  public abstract List<Cycle> cycles();

  /** The objectives, in the order given. */
  public abstract List<Objective> objectives();

  /**
   * The KPIs (health metrics kept inside a corridor), in the order given; none unless added. Their
   * links to objectives are kept on the KPI side ({@link Kpi#links()}).
   */
  public abstract List<Kpi> kpis();

  /** KPI positions by id, built once at construction; rejects duplicate KPI ids. */
  @Value.Derived
  @Value.Auxiliary
  Map<KpiId, Integer> kpiPositions() {
    List<Kpi> kpis = kpis();
    if (kpis.isEmpty()) {
      return Map.of();
    }
    Map<KpiId, Integer> positions = new HashMap<>(Math.max(16, kpis.size() * 4 / 3 + 1));
    for (int i = 0; i < kpis.size(); i++) {
      Guards.check(positions.putIfAbsent(kpis.get(i).id(), i) == null, "kpis",
          "not contain duplicates", kpis.get(i).id());
    }
    return positions;
  }

  @Value.Derived
  @Value.Auxiliary
  SetIndex index() {
    SetIndex index = new SetIndex(cycles(), objectives());
    LOG.debug("indexed OKR set: {} cycles, {} objectives, {} key results ({} ids found their"
        + " home slot taken by an earlier block)", cycles().size(), objectives().size(),
        index.keyResultCount(), index.homesTaken());
    return index;
  }

  /**
   * The set's links resolved once into dense positions (parents, children, horizontal and
   * dangling links, owning units, id order): what validation, scoring and alignment analysis
   * read. Built on first use and kept; thread-safe.
   */
  @Value.Lazy
  public OkrLinks links() {
    return new OkrLinks(this);
  }

  /** A set with nothing in it. */
  public static OkrSet empty() {
    return builder().build();
  }

  /** A builder for sets. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OkrSet}s; not thread-safe. */
  public static final class Builder extends ImmutableOkrSet.Builder {
    Builder() {}
  }

  /** The objective with this id, if the set has it. */
  public Optional<Objective> objective(ObjectiveId id) {
    Objects.requireNonNull(id, "id");
    int position = index().objectivePosition(id);
    return position < 0 ? Optional.empty() : Optional.of(objectives().get(position));
  }

  /** The key result with this id, if the set has it. */
  public Optional<KeyResult> keyResult(KeyResultId id) {
    Objects.requireNonNull(id, "id");
    long place = index().keyResultPlace(id);
    return place < 0 ? Optional.empty()
        : Optional.of(objectives().get((int) (place >>> 32)).keyResults().get((int) place));
  }

  /** The objective that holds the key result with this id, if the set has it. */
  public Optional<Objective> objectiveOf(KeyResultId id) {
    Objects.requireNonNull(id, "id");
    long place = index().keyResultPlace(id);
    return place < 0 ? Optional.empty() : Optional.of(objectives().get((int) (place >>> 32)));
  }

  /**
   * The KPIs linked to each objective, in {@link #kpis()} order: built on first use, in one pass
   * over the KPIs' links, and kept; thread-safe.
   */
  @Value.Lazy
  @Value.Auxiliary
  Map<ObjectiveId, List<Kpi>> kpisByObjective() {
    Map<ObjectiveId, List<Kpi>> linked = new HashMap<>();
    for (Kpi kpi : kpis()) {
      for (KpiLink link : kpi.links()) {
        linked.computeIfAbsent(link.objective(), id -> new ArrayList<>(2)).add(kpi);
      }
    }
    linked.replaceAll((id, list) -> List.copyOf(list));
    return linked;
  }

  /**
   * The KPIs linked to the objective with this id (protecting or recovering it), in
   * {@link #kpis()} order; an O(1) lookup after the first call, which indexes every KPI link once.
   */
  public List<Kpi> kpisLinkedTo(ObjectiveId id) {
    Objects.requireNonNull(id, "id");
    return kpisByObjective().getOrDefault(id, List.of());
  }

  /** The KPI with this id, if the set has it. */
  public Optional<Kpi> kpi(KpiId id) {
    Objects.requireNonNull(id, "id");
    Integer position = kpiPositions().get(id);
    return position == null ? Optional.empty() : Optional.of(kpis().get(position));
  }

  /** The cycle with this id, if the set has it. */
  public Optional<Cycle> cycle(CycleId id) {
    Objects.requireNonNull(id, "id");
    int position = index().cyclePosition(id);
    return position < 0 ? Optional.empty() : Optional.of(cycles().get(position));
  }

  /** True if the set holds the objective or key result a link points to. */
  public boolean contains(AlignmentTarget target) {
    Objects.requireNonNull(target, "target");
    if (target instanceof ObjectiveId objective) {
      return index().objectivePosition(objective) >= 0;
    }
    return index().keyResultPlace((KeyResultId) target) >= 0;
  }

  /** The position of an objective in {@link #objectives()}, or -1: the dense index graph work uses. */
  public int positionOf(ObjectiveId id) {
    Objects.requireNonNull(id, "id");
    return index().objectivePosition(id);
  }

  /**
   * The position of a key result among all the set's key results, counted objective by objective
   * in {@link #objectives()} order and then in each objective's order; -1 if absent. The dense
   * index per-key-result arrays use.
   */
  public int positionOf(KeyResultId id) {
    Objects.requireNonNull(id, "id");
    return index().keyResultPosition(id);
  }

  /**
   * The id of the objective at a {@linkplain #positionOf(ObjectiveId) position}: the inverse of
   * {@code positionOf}, read from the set's index without touching the objective.
   *
   * @throws IndexOutOfBoundsException if the position is not in {@code [0, objectives().size())}
   */
  public ObjectiveId objectiveIdAt(int position) {
    Objects.checkIndex(position, objectives().size());
    return index().objectiveId(position);
  }

  /**
   * The id of the key result at a {@linkplain #positionOf(KeyResultId) position}: the inverse of
   * {@code positionOf}, read from the set's index without touching the key result.
   *
   * @throws IndexOutOfBoundsException if the position is not in {@code [0, keyResultCount())}
   */
  public KeyResultId keyResultIdAt(int position) {
    Objects.checkIndex(position, keyResultCount());
    return index().keyResultId(position);
  }

  /**
   * The position in {@link #objectives()} of the objective that holds the key result, or -1 if
   * the set has no such key result: what {@code positionOf(objectiveOf(id).get().id())} gives, in
   * one lookup.
   */
  public int objectivePositionOf(KeyResultId id) {
    Objects.requireNonNull(id, "id");
    long place = index().keyResultPlace(id);
    return place < 0 ? -1 : (int) (place >>> 32);
  }

  /** The number of key results over all objectives. */
  public int keyResultCount() {
    return index().keyResultCount();
  }

  /** The objectives of one cycle, in {@link #objectives()} order. */
  public List<Objective> objectivesIn(CycleId cycle) {
    Objects.requireNonNull(cycle, "cycle");
    return objectives().stream().filter(o -> o.cycle().equals(cycle)).toList();
  }

  /** A copy with the objective of the same id replaced, or the objective appended. */
  public OkrSet with(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    return builder().from(this)
        .objectives(Replacing.replaceOrAppend(objectives(), objective, Objective::id)).build();
  }

  /** A copy without the objective with this id (links to it become dangling). */
  public OkrSet without(ObjectiveId id) {
    Objects.requireNonNull(id, "id");
    return builder().from(this).objectives(Replacing.removing(objectives(), id, Objective::id))
        .build();
  }

  /** A copy with the cycle of the same id replaced, or the cycle appended. */
  public OkrSet withCycle(Cycle cycle) {
    Objects.requireNonNull(cycle, "cycle");
    return builder().from(this).cycles(Replacing.replaceOrAppend(cycles(), cycle, Cycle::id)).build();
  }

  /** A copy with the KPI of the same id replaced, or the KPI appended. */
  public OkrSet withKpi(Kpi kpi) {
    Objects.requireNonNull(kpi, "kpi");
    return builder().from(this).kpis(Replacing.replaceOrAppend(kpis(), kpi, Kpi::id)).build();
  }

  /** A copy with another organisation. */
  public OkrSet withOrganization(Organization organization) {
    return builder().from(this).organization(organization).build();
  }

  /**
   * Carries an objective over into another cycle, naming the copies {@code <id>@<cycle>}: see
   * {@link #carryOver(ObjectiveId, CycleId, UnaryOperator)}.
   */
  public OkrSet carryOver(ObjectiveId id, CycleId into) {
    Objects.requireNonNull(into, "into");
    return carryOver(id, into, old -> old + "@" + into);
  }

  /**
   * Carries an objective over into another cycle (Viva Goals' "postpone"): the original becomes
   * {@link ObjectiveState#CARRIED_OVER}, and an active copy in {@code into} remembers it in
   * {@link Objective#carriedOverFrom()}. The copy's key results start without check-ins; a linear
   * key result restarts from its current value. What belonged to the old cycle stays with the
   * original: the copy and its key results carry no {@link Judgement}, no {@link FinalScore} and
   * no waypoints (their dates lie in the old cycle); a key result keeps its cadence and roll-up.
   * A copied key result keeps its contributions to key results of the same objective, renamed to
   * their copies, and drops those to other key results, which stay in the old cycle (their
   * children there still contribute to them). KPIs keep their links to the original.
   * {@code rename} gives the copies' ids from the originals' (objective and key results alike).
   *
   * @throws IllegalArgumentException if the set has no such objective or cycle, or a new id is taken
   */
  public OkrSet carryOver(ObjectiveId id, CycleId into, UnaryOperator<String> rename) {
    Objects.requireNonNull(into, "into");
    Objects.requireNonNull(rename, "rename");
    Objective original = objective(id).orElseThrow(() -> new IllegalArgumentException(
        Guards.message("carried-over objective", "be in the set", id)));
    Guards.check(cycle(into).isPresent(), "carry-over cycle", "be in the set", into);
    List<KeyResult> copies = new ArrayList<>(original.keyResults().size());
    Set<KeyResultId> carried = new HashSet<>();
    for (KeyResult keyResult : original.keyResults()) {
      carried.add(keyResult.id());
    }
    for (KeyResult keyResult : original.keyResults()) {
      Measure measure = keyResult.measure();
      if (measure instanceof LinearMeasure linear && keyResult.currentValue().isPresent()) {
        measure = linear.restartingAt(keyResult.currentValue().getAsDouble());
      }
      List<Contribution> contributions = new ArrayList<>(keyResult.contributions().size());
      for (Contribution contribution : keyResult.contributions()) {
        if (carried.contains(contribution.parent())) {
          contributions.add(contribution.toParent(
              KeyResultId.of(rename.apply(contribution.parent().value()))));
        }
      }
      copies.add(KeyResult.builder().from(keyResult)
          .id(KeyResultId.of(rename.apply(keyResult.id().value())))
          .contributions(contributions)
          .measure(measure)
          .checkIns(List.of())
          .waypoints(List.of())
          .judgement(Optional.empty())
          .finalScore(Optional.empty())
          .build());
    }
    Objective copy = Objective.builder().from(original)
        .id(ObjectiveId.of(rename.apply(id.value())))
        .cycle(into)
        .state(ObjectiveState.ACTIVE)
        .carriedOverFrom(id)
        .judgement(Optional.empty())
        .finalScore(Optional.empty())
        .keyResults(copies)
        .build();
    List<Objective> objectives = new ArrayList<>(objectives());
    objectives.set(positionOf(id), original.withState(ObjectiveState.CARRIED_OVER));
    objectives.add(copy);
    return builder().from(this).objectives(objectives).build();
  }

  @Override
  public String toString() {
    return "OkrSet[" + organization() + ", cycles=" + cycles().size() + ", objectives="
        + objectives().size() + ", keyResults=" + keyResultCount()
        + (kpis().isEmpty() ? "" : ", kpis=" + kpis().size()) + "]";
  }
}
