package org.okr4j.core;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A qualitative, directional statement of what to achieve in a cycle, with its key results and its
 * links to the objectives or key results it serves.
 *
 * <p>Immutable and thread-safe. Construction rejects a blank title, key results that share an id,
 * repeated themes, a blank standalone reason, repeated co-owners or the owner among them, and a
 * unit shared with twice or that owns or co-owns it; everything else that can be wrong with an
 * objective (no owner, too many key results, a number in the title, a dangling or looping link) is a
 * validation or alignment finding, not an exception. Key results and links keep the order given.
 * <pre>{@code
 * Objective delight = Objective.builder()
 *     .id(ObjectiveId.of("o-delight"))
 *     .title("Delight our customers")
 *     .owner(OrgUnitId.of("support"))
 *     .level(levels.level("department"))
 *     .cycle(CycleId.of("2026-Q3"))
 *     .perspective(Perspective.CUSTOMER)
 *     .addAlignments(Alignment.contributesTo(ObjectiveId.of("o-company-growth")))
 *     .addKeyResults(nps)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Objective {

  Objective() {}

  /** The objective's id, unique in its {@link OkrSet}. */
  public abstract ObjectiveId id();

  /** What to achieve: qualitative, inspiring, without a number. */
  public abstract String title();

  /** A longer description. */
  public abstract Optional<String> description();

  /** The unit or person that owns it. */
  public abstract Optional<Owner> owner();

  /** The organisational level it is set at. */
  public abstract Level level();

  /** The cycle it belongs to; it need not be in the set (a finding, not an error). */
  public abstract CycleId cycle();

  /** A promise or a stretch goal; {@link Commitment#ASPIRATIONAL} unless set. */
  @Value.Default
  public Commitment commitment() {
    return Commitment.ASPIRATIONAL;
  }

  /** The Balanced Scorecard perspective it serves, if stated. */
  public abstract Optional<Perspective> perspective();

  /** The strategic themes it serves, without repeats. */
  public abstract List<String> themes();

  /** Where it came from, if known. */
  public abstract Optional<Origin> origin();

  /** Its links to the objectives or key results it serves, in the order given. */
  public abstract List<Alignment> alignments();

  /** Why it stands alone, when it deliberately has no parent. */
  public abstract Optional<String> standaloneReason();

  /** Its key results, in the order given. */
  public abstract List<KeyResult> keyResults();

  /** Its state; {@link ObjectiveState#ACTIVE} unless set. */
  @Value.Default
  public ObjectiveState state() {
    return ObjectiveState.ACTIVE;
  }

  /** The objective this one was carried over from, if it was. */
  public abstract Optional<ObjectiveId> carriedOverFrom();

  /**
   * Its manual override of progress or status, if a person set one: it stands in for what its
   * parts roll up to, under the scoring policies that honour overrides.
   */
  public abstract Optional<Judgement> judgement();

  /** Its facilitator's grade at the end of the cycle, if given. */
  public abstract Optional<FinalScore> finalScore();

  /**
   * Who owns it beside its {@link #owner()}, units or people, in the order given: each carries
   * it as fully as the owner does (focus limits, owner load and unit coverage count it for each),
   * unlike a key result's {@link KeyResult#contributors() contributors}, who help without owning.
   * No repeats, and not the owner itself.
   */
  public abstract List<Owner> coOwners();

  /**
   * The other units it is shared with, each with the weight it carries there, in the order given:
   * a shared objective counts in each unit's coverage, and in a per-unit roll-up at its share's
   * weight. No unit twice, and neither the owning unit nor a co-owning one.
   */
  public abstract List<Share> sharedWith();

  /** A builder for objectives. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Objective}s; not thread-safe. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }

  @Value.Check
  Objective check() {
    Guards.title("objective title", title());
    description().ifPresent(text -> Guards.check(text.length() <= 10_000, "objective description",
        "be at most 10000 characters long", text.length()));
    Guards.unique("objective key results", keyResults(), KeyResult::id);
    Guards.unique("objective themes", themes(), theme -> theme);
    for (String theme : themes()) {
      Guards.title("objective theme", theme);
    }
    standaloneReason().ifPresent(reason -> Guards.title("objective standalone reason", reason));
    checkOwners();
    // Objectives share templated titles as key results do (see SharedValues); an objective
    // whose title was seen before is built once more around the instance seen.
    String title = SharedValues.OBJECTIVE_TITLES.of(title());
    return title == title() ? this : builder().from(this).title(title).build();
  }

  private void checkOwners() {
    Guards.unique("objective co-owners", coOwners(), owner -> owner);
    Owner owner = owner().orElse(null);
    for (Owner coOwner : coOwners()) {
      Guards.check(!coOwner.equals(owner), "objective co-owners", "not contain the owner",
          coOwner);
    }
    Guards.unique("objective shares", sharedWith(), Share::unit);
    Set<Owner> coOwning = sharedWith().isEmpty() ? Set.of() : new HashSet<>(coOwners());
    for (Share share : sharedWith()) {
      Guards.check(!share.unit().equals(owner), "objective shares",
          "not name the owning unit", share);
      Guards.check(!coOwning.contains(share.unit()), "objective shares",
          "not name a co-owning unit", share);
    }
  }

  /** True if the objective is a promise. */
  public boolean isCommitted() {
    return commitment() == Commitment.COMMITTED;
  }

  /** The key result with this id, if the objective has it. */
  public Optional<KeyResult> keyResult(KeyResultId id) {
    Objects.requireNonNull(id, "id");
    return keyResults().stream().filter(kr -> kr.id().equals(id)).findFirst();
  }

  /** The targets of its vertical links ({@link AlignmentKind#isVertical()}), in order. */
  public List<AlignmentTarget> parents() {
    return alignments().stream().filter(a -> a.kind().isVertical()).map(Alignment::target).toList();
  }

  /** A copy with the key result of the same id replaced, or the key result appended. */
  public Objective withKeyResult(KeyResult keyResult) {
    Objects.requireNonNull(keyResult, "keyResult");
    return builder().from(this)
        .keyResults(Replacing.replaceOrAppend(keyResults(), keyResult, KeyResult::id)).build();
  }

  /** A copy without the key result with this id. */
  public Objective withoutKeyResult(KeyResultId id) {
    Objects.requireNonNull(id, "id");
    return builder().from(this).keyResults(Replacing.removing(keyResults(), id, KeyResult::id))
        .build();
  }

  /** A copy with one more link. */
  public Objective withAlignment(Alignment alignment) {
    return builder().from(this).addAlignments(alignment).build();
  }

  /** A copy in another state. */
  public Objective withState(ObjectiveState state) {
    return builder().from(this).state(state).build();
  }

  /** A copy with this manual override instead of its own. */
  public Objective withJudgement(Judgement judgement) {
    return builder().from(this).judgement(judgement).build();
  }

  /** A copy without a manual override: the override released. */
  public Objective withoutJudgement() {
    return builder().from(this).judgement(Optional.empty()).build();
  }

  /** A copy with this final score instead of its own. */
  public Objective withFinalScore(FinalScore finalScore) {
    return builder().from(this).finalScore(finalScore).build();
  }

  /** A copy with these co-owners instead of its own. */
  public Objective withCoOwners(List<? extends Owner> coOwners) {
    Objects.requireNonNull(coOwners, "coOwners");
    return builder().from(this).coOwners(coOwners).build();
  }

  /** A copy shared with these units instead of its own. */
  public Objective withSharedWith(List<Share> shares) {
    Objects.requireNonNull(shares, "shares");
    return builder().from(this).sharedWith(shares).build();
  }

  /** A copy with another title. */
  public Objective withTitle(String title) {
    return builder().from(this).title(title).build();
  }

  @Override
  public String toString() {
    return "Objective[" + id() + " \"" + title() + "\", " + level() + ", " + cycle() + ", "
        + commitment() + ", " + keyResults().size() + " key results, " + alignments().size()
        + " links]";
  }
}
