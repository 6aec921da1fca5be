package org.okr4j.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.okr4j.core.internal.Guards;

/**
 * A specific, measurable, time-bound outcome that shows whether its objective was reached.
 *
 * <p>Immutable and thread-safe. Check-ins are kept in date order (a stable sort of the order
 * given), and each must carry a reading that fits the {@link Measure}: a value for numeric
 * measures, a known zone for ordinal ones, done for milestones, known stage names for stages.
 * Construction rejects a blank title, a negative or non-finite weight, repeated contributors,
 * repeated co-owners or the owner among them, a contribution to itself or to one parent twice,
 * and readings that do not fit. A key result may declare its own check-in {@link Cadence} (ahead of a
 * policy's) and {@link Waypoint}s, its phased targets: they must be strictly increasing by date
 * and belong to a measure read as a value. It may carry a stored {@link Judgement} (a manual
 * progress or status, with who, when and why) and a {@link FinalScore}; like the cadence, they
 * cost a key result without them nothing.
 * <pre>{@code
 * KeyResult nps = KeyResult.builder()
 *     .id(KeyResultId.of("kr-nps"))
 *     .title("Raise NPS from 31 to 45")
 *     .owner(PersonId.of("p7"))
 *     .measure(LinearMeasure.of(31, 45))
 *     .addCheckIns(CheckIn.of(LocalDate.of(2026, 8, 3), 36))
 *     .cadence(Cadence.BIWEEKLY)
 *     .addWaypoints(Waypoint.of(LocalDate.of(2026, 8, 31), 36))
 *     .build();
 * }</pre>
 */
// Written by hand rather than generated: the check-ins are held packed (CheckInLog), which an
// Immutables list attribute cannot do. Builder, equality and hash are those Immutables generated.
public abstract class KeyResult {

  KeyResult() {}

  /** The key result's id, unique in its {@link OkrSet}. */
  public abstract KeyResultId id();

  /** What is to be achieved, as the owner wrote it. */
  public abstract String title();

  /** Who owns it; a missing owner is a validation finding, not an error. */
  public abstract Optional<Owner> owner();

  /** Who else contributes, without repeats. */
  public abstract List<PersonId> contributors();

  /** Its weight in its objective's roll-up; 1 unless set, 0 to track without counting. */
  public abstract double weight();

  /** What is measured and how. */
  public abstract Measure measure();

  /** The check-ins, oldest first; an unmodifiable list whose elements may be made on request. */
  public abstract List<CheckIn> checkIns();

  /** The initiatives (outputs, tasks) that serve this outcome. */
  public abstract List<String> initiatives();

  /** Its own check-in cadence, which validation and scoring use ahead of their policy's. */
  public abstract Optional<Cadence> cadence();

  /** Its phased targets, strictly increasing by date; empty unless set. */
  public abstract List<Waypoint> waypoints();

  /** Its manual override of progress or status, if a person set one. */
  public abstract Optional<Judgement> judgement();

  /** Its facilitator's grade at the end of the cycle, if given. */
  public abstract Optional<FinalScore> finalScore();

  /**
   * Who owns it beside its {@link #owner()}, units or people, in the order given: each carries it
   * as fully as the owner does (owner load counts it for each). Unlike {@link #contributors()},
   * who help without owning it and count for nothing. No repeats, and not the owner itself.
   */
  public abstract List<Owner> coOwners();

  /**
   * The key results it contributes to (its parents), one link per parent, in the order given;
   * empty unless set. See {@link KeyResultRollUp} for how a parent reads its children.
   */
  public abstract List<Contribution> contributions();

  /** How it takes its value or progress from the key results contributing to it, if it does. */
  public abstract Optional<KeyResultRollUp> rollUp();

  /**
   * Its share of its objective pinned by hand, in [0, 1], if any: roll-ups by contribution shares
   * (Viva Goals, {@code RollUps.contributionShares()} in okr-scoring) keep it and rebalance the
   * others; the other roll-ups ignore it. Empty unless set.
   */
  public abstract OptionalDouble pinnedShare();

  /** A key result with a measure and no check-ins. */
  public static KeyResult of(String id, String title, Measure measure) {
    return builder().id(KeyResultId.of(id)).title(title).measure(measure).build();
  }

  /** A builder for key results. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KeyResult}s; not thread-safe. */
  public static final class Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private static final long INIT_BIT_TITLE = 0x2L;
    private static final long INIT_BIT_MEASURE = 0x4L;
    private long initBits = 0x7L;
    private boolean weightSet;

    private KeyResultId id;
    private String title;
    private Owner owner;
    private final List<PersonId> contributors = new ArrayList<>();
    private double weight;
    private Measure measure;
    private final List<CheckIn> checkIns = new ArrayList<>();
    private final List<String> initiatives = new ArrayList<>();
    private Cadence cadence;
    private final List<Waypoint> waypoints = new ArrayList<>();
    private Judgement judgement;
    private FinalScore finalScore;
    private final List<Owner> coOwners = new ArrayList<>();
    private final List<Contribution> contributions = new ArrayList<>();
    private KeyResultRollUp rollUp;
    private double pinnedShare = Double.NaN;

    Builder() {}

    /**
     * Fills the builder from a key result: attributes are replaced, an absent owner, cadence,
     * judgement or final score leaves the builder's, and list elements are added.
     */
    public Builder from(KeyResult instance) {
      Objects.requireNonNull(instance, "instance");
      id(instance.id());
      title(instance.title());
      Optional<Owner> ownerOptional = instance.owner();
      if (ownerOptional.isPresent()) {
        owner(ownerOptional);
      }
      addAllContributors(instance.contributors());
      weight(instance.weight());
      measure(instance.measure());
      addAllCheckIns(instance.checkIns());
      addAllInitiatives(instance.initiatives());
      instance.cadence().ifPresent(this::cadence);
      addAllWaypoints(instance.waypoints());
      instance.judgement().ifPresent(this::judgement);
      instance.finalScore().ifPresent(this::finalScore);
      addAllCoOwners(instance.coOwners());
      addAllContributions(instance.contributions());
      instance.rollUp().ifPresent(this::rollUp);
      instance.pinnedShare().ifPresent(this::pinnedShare);
      return this;
    }

    /** Sets the id (required). */
    public Builder id(KeyResultId id) {
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return this;
    }

    /** Sets the title (required). */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      initBits &= ~INIT_BIT_TITLE;
      return this;
    }

    /** Sets the owner. */
    public Builder owner(Owner owner) {
      this.owner = Objects.requireNonNull(owner, "owner");
      return this;
    }

    /** Sets the owner, or clears it if empty. */
    public Builder owner(Optional<? extends Owner> owner) {
      Objects.requireNonNull(owner, "owner");
      this.owner = owner.orElse(null);
      return this;
    }

    /** Adds a contributor. */
    public Builder addContributors(PersonId element) {
      contributors.add(Objects.requireNonNull(element, "contributors element"));
      return this;
    }

    /** Adds contributors. */
    public Builder addContributors(PersonId... elements) {
      Objects.requireNonNull(elements, "contributors");
      for (PersonId element : elements) {
        contributors.add(Objects.requireNonNull(element, "contributors element"));
      }
      return this;
    }

    /** Replaces the contributors. */
    public Builder contributors(Iterable<? extends PersonId> elements) {
      Objects.requireNonNull(elements, "contributors");
      contributors.clear();
      return addAllContributors(elements);
    }

    /** Adds contributors. */
    public Builder addAllContributors(Iterable<? extends PersonId> elements) {
      Objects.requireNonNull(elements, "contributors");
      for (PersonId element : elements) {
        contributors.add(Objects.requireNonNull(element, "contributors element"));
      }
      return this;
    }

    /** Sets the weight; 1 unless set. */
    public Builder weight(double weight) {
      this.weight = weight;
      weightSet = true;
      return this;
    }

    /** Sets the measure (required). */
    public Builder measure(Measure measure) {
      this.measure = Objects.requireNonNull(measure, "measure");
      initBits &= ~INIT_BIT_MEASURE;
      return this;
    }

    /** Adds a check-in. */
    public Builder addCheckIns(CheckIn element) {
      checkIns.add(Objects.requireNonNull(element, "checkIns element"));
      return this;
    }

    /** Adds check-ins. */
    public Builder addCheckIns(CheckIn... elements) {
      Objects.requireNonNull(elements, "checkIns");
      for (CheckIn element : elements) {
        checkIns.add(Objects.requireNonNull(element, "checkIns element"));
      }
      return this;
    }

    /** Replaces the check-ins. */
    public Builder checkIns(Iterable<? extends CheckIn> elements) {
      Objects.requireNonNull(elements, "checkIns");
      checkIns.clear();
      return addAllCheckIns(elements);
    }

    /** Adds check-ins. */
    public Builder addAllCheckIns(Iterable<? extends CheckIn> elements) {
      Objects.requireNonNull(elements, "checkIns");
      for (CheckIn element : elements) {
        checkIns.add(Objects.requireNonNull(element, "checkIns element"));
      }
      return this;
    }

    /** Adds an initiative. */
    public Builder addInitiatives(String element) {
      initiatives.add(Objects.requireNonNull(element, "initiatives element"));
      return this;
    }

    /** Adds initiatives. */
    public Builder addInitiatives(String... elements) {
      Objects.requireNonNull(elements, "initiatives");
      for (String element : elements) {
        initiatives.add(Objects.requireNonNull(element, "initiatives element"));
      }
      return this;
    }

    /** Replaces the initiatives. */
    public Builder initiatives(Iterable<String> elements) {
      Objects.requireNonNull(elements, "initiatives");
      initiatives.clear();
      return addAllInitiatives(elements);
    }

    /** Adds initiatives. */
    public Builder addAllInitiatives(Iterable<String> elements) {
      Objects.requireNonNull(elements, "initiatives");
      for (String element : elements) {
        initiatives.add(Objects.requireNonNull(element, "initiatives element"));
      }
      return this;
    }

    /** Sets the check-in cadence. */
    public Builder cadence(Cadence cadence) {
      this.cadence = Objects.requireNonNull(cadence, "cadence");
      return this;
    }

    /** Sets the check-in cadence, or clears it if empty. */
    public Builder cadence(Optional<Cadence> cadence) {
      Objects.requireNonNull(cadence, "cadence");
      this.cadence = cadence.orElse(null);
      return this;
    }

    /** Adds a waypoint. */
    public Builder addWaypoints(Waypoint element) {
      waypoints.add(Objects.requireNonNull(element, "waypoints element"));
      return this;
    }

    /** Adds waypoints. */
    public Builder addWaypoints(Waypoint... elements) {
      Objects.requireNonNull(elements, "waypoints");
      for (Waypoint element : elements) {
        waypoints.add(Objects.requireNonNull(element, "waypoints element"));
      }
      return this;
    }

    /** Replaces the waypoints. */
    public Builder waypoints(Iterable<? extends Waypoint> elements) {
      Objects.requireNonNull(elements, "waypoints");
      waypoints.clear();
      return addAllWaypoints(elements);
    }

    /** Adds waypoints. */
    public Builder addAllWaypoints(Iterable<? extends Waypoint> elements) {
      Objects.requireNonNull(elements, "waypoints");
      for (Waypoint element : elements) {
        waypoints.add(Objects.requireNonNull(element, "waypoints element"));
      }
      return this;
    }

    /** Sets the manual override. */
    public Builder judgement(Judgement judgement) {
      this.judgement = Objects.requireNonNull(judgement, "judgement");
      return this;
    }

    /** Sets the manual override, or clears it if empty. */
    public Builder judgement(Optional<Judgement> judgement) {
      Objects.requireNonNull(judgement, "judgement");
      this.judgement = judgement.orElse(null);
      return this;
    }

    /** Sets the final score. */
    public Builder finalScore(FinalScore finalScore) {
      this.finalScore = Objects.requireNonNull(finalScore, "finalScore");
      return this;
    }

    /** Sets the final score, or clears it if empty. */
    public Builder finalScore(Optional<FinalScore> finalScore) {
      Objects.requireNonNull(finalScore, "finalScore");
      this.finalScore = finalScore.orElse(null);
      return this;
    }

    /** Adds a co-owner. */
    public Builder addCoOwners(Owner element) {
      coOwners.add(Objects.requireNonNull(element, "coOwners element"));
      return this;
    }

    /** Adds co-owners. */
    public Builder addCoOwners(Owner... elements) {
      Objects.requireNonNull(elements, "coOwners");
      for (Owner element : elements) {
        coOwners.add(Objects.requireNonNull(element, "coOwners element"));
      }
      return this;
    }

    /** Adds a contribution to a parent key result. */
    public Builder addContributions(Contribution element) {
      contributions.add(Objects.requireNonNull(element, "contributions element"));
      return this;
    }

    /** Adds contributions to parent key results. */
    public Builder addContributions(Contribution... elements) {
      Objects.requireNonNull(elements, "contributions");
      for (Contribution element : elements) {
        contributions.add(Objects.requireNonNull(element, "contributions element"));
      }
      return this;
    }

    /** Replaces the co-owners. */
    public Builder coOwners(Iterable<? extends Owner> elements) {
      Objects.requireNonNull(elements, "coOwners");
      coOwners.clear();
      return addAllCoOwners(elements);
    }

    /** Adds co-owners. */
    public Builder addAllCoOwners(Iterable<? extends Owner> elements) {
      Objects.requireNonNull(elements, "coOwners");
      for (Owner element : elements) {
        coOwners.add(Objects.requireNonNull(element, "coOwners element"));
      }
      return this;
    }

    /** Replaces the contributions. */
    public Builder contributions(Iterable<? extends Contribution> elements) {
      Objects.requireNonNull(elements, "contributions");
      contributions.clear();
      return addAllContributions(elements);
    }

    /** Adds contributions. */
    public Builder addAllContributions(Iterable<? extends Contribution> elements) {
      Objects.requireNonNull(elements, "contributions");
      for (Contribution element : elements) {
        contributions.add(Objects.requireNonNull(element, "contributions element"));
      }
      return this;
    }

    /** Sets how it rolls up the key results contributing to it. */
    public Builder rollUp(KeyResultRollUp rollUp) {
      this.rollUp = Objects.requireNonNull(rollUp, "rollUp");
      return this;
    }

    /** Sets how it rolls up its children, or clears it if empty. */
    public Builder rollUp(Optional<KeyResultRollUp> rollUp) {
      Objects.requireNonNull(rollUp, "rollUp");
      this.rollUp = rollUp.orElse(null);
      return this;
    }

    /** Pins its share of its objective, in [0, 1] (checked when built). */
    public Builder pinnedShare(double share) {
      // + 0.0 makes -0.0 the 0.0 it means, so that equal pins are equal.
      this.pinnedShare = Guards.finite("key result pinned share", share) + 0.0;
      return this;
    }

    /** Pins its share of its objective, or clears the pin if empty. */
    public Builder pinnedShare(OptionalDouble share) {
      Objects.requireNonNull(share, "share");
      return share.isPresent() ? pinnedShare(share.getAsDouble()) : withoutPin();
    }

    private Builder withoutPin() {
      this.pinnedShare = Double.NaN;
      return this;
    }

    /**
     * Builds the key result.
     *
     * @throws IllegalStateException if the id, title or measure is missing
     * @throws IllegalArgumentException if an attribute is broken or a reading does not fit
     */
    public KeyResult build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return Stored.of(this);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_ID) != 0) {
        attributes.add("id");
      }
      if ((initBits & INIT_BIT_TITLE) != 0) {
        attributes.add("title");
      }
      if ((initBits & INIT_BIT_MEASURE) != 0) {
        attributes.add("measure");
      }
      return "Cannot build KeyResult, some of required attributes are not set " + attributes;
    }
  }

  /** The one implementation: check-ins packed by {@link CheckInLog}. */
  private static final class Stored extends KeyResult {
    private final KeyResultId id;
    private final String title;
    // The owner alone, or Extras when there are contributors, initiatives, a cadence, waypoints,
    // a judgement, a final score, co-owners, contributions, a roll-up or a pinned share (most have
    // none), or null: one field instead of eleven keeps the object at 40 bytes.
    private final Object who;
    private final double weight;
    private final Measure measure;
    private final Object checkIns;

    private Stored(Builder builder, List<CheckIn> checkIns) {
      this.id = builder.id;
      this.title = SharedValues.KEY_RESULT_TITLES.of(builder.title);
      this.who = builder.contributors.isEmpty() && builder.initiatives.isEmpty()
          && builder.cadence == null && builder.waypoints.isEmpty() && builder.judgement == null
          && builder.finalScore == null && builder.coOwners.isEmpty()
          && builder.contributions.isEmpty() && builder.rollUp == null
          && Double.isNaN(builder.pinnedShare) ? builder.owner
          : new Extras(builder.owner, List.copyOf(builder.contributors),
              List.copyOf(builder.initiatives), builder.cadence, List.copyOf(builder.waypoints),
              builder.judgement, builder.finalScore, List.copyOf(builder.coOwners),
              List.copyOf(builder.contributions), builder.rollUp, builder.pinnedShare);
      this.weight = builder.weightSet ? builder.weight : 1.0;
      this.measure = SharedValues.MEASURES.of(builder.measure);
      this.checkIns = CheckInLog.pack(checkIns);
    }

    /**
     * What few key results have: contributors, initiatives, a cadence, waypoints, a judgement, a
     * final score, co-owners, contributions or a roll-up (null if none), with the owner. Empty
     * lists are the JDK's shared one.
     */
    private static final class Extras {
      final Owner owner;
      final List<PersonId> contributors;
      final List<String> initiatives;
      final Cadence cadence;
      final List<Waypoint> waypoints;
      final Judgement judgement;
      final FinalScore finalScore;
      final List<Owner> coOwners;
      final List<Contribution> contributions;
      final KeyResultRollUp rollUp;
      /** NaN if none. */
      final double pinnedShare;

      Extras(Owner owner, List<PersonId> contributors, List<String> initiatives, Cadence cadence,
          List<Waypoint> waypoints, Judgement judgement, FinalScore finalScore,
          List<Owner> coOwners, List<Contribution> contributions, KeyResultRollUp rollUp,
          double pinnedShare) {
        this.owner = owner;
        this.contributors = contributors;
        this.initiatives = initiatives;
        this.cadence = cadence;
        this.waypoints = waypoints;
        this.judgement = judgement;
        this.finalScore = finalScore;
        this.coOwners = coOwners;
        this.contributions = contributions;
        this.rollUp = rollUp;
        this.pinnedShare = pinnedShare;
      }
    }

    static KeyResult of(Builder builder) {
      Guards.title("key result title", builder.title);
      double weight = builder.weightSet ? builder.weight : 1.0;
      Guards.nonNegative("key result weight", weight);
      Guards.unique("key result contributors", builder.contributors, person -> person);
      Guards.unique("key result co-owners", builder.coOwners, owner -> owner);
      for (Owner coOwner : builder.coOwners) {
        Guards.check(!coOwner.equals(builder.owner), "key result co-owners",
            "not contain the owner", coOwner);
      }
      for (String initiative : builder.initiatives) {
        Guards.title("key result initiative", initiative);
      }
      checkWaypoints(builder.measure, builder.waypoints);
      if (!Double.isNaN(builder.pinnedShare)) {
        Guards.within("key result pinned share", builder.pinnedShare, 0, 1);
      }
      Guards.unique("key result contributions", builder.contributions, Contribution::parent);
      for (Contribution contribution : builder.contributions) {
        Guards.check(!contribution.parent().equals(builder.id), "key result contributions",
            "not lead to the key result itself", contribution);
      }
      List<CheckIn> checkIns = builder.checkIns;
      for (CheckIn checkIn : checkIns) {
        checkReadingFits(builder.measure, checkIn);
      }
      for (int i = 1; i < checkIns.size(); i++) {
        if (checkIns.get(i).date().isBefore(checkIns.get(i - 1).date())) {
          checkIns = new ArrayList<>(checkIns);
          checkIns.sort(Comparator.comparing(CheckIn::date));
          break;
        }
      }
      return new Stored(builder, checkIns);
    }

    @Override
    public KeyResultId id() {
      return id;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public Optional<Owner> owner() {
      return Optional.ofNullable(who instanceof Extras extras ? extras.owner : (Owner) who);
    }

    @Override
    public List<PersonId> contributors() {
      return who instanceof Extras extras ? extras.contributors : List.of();
    }

    @Override
    public double weight() {
      return weight;
    }

    @Override
    public Measure measure() {
      return measure;
    }

    @Override
    public List<CheckIn> checkIns() {
      return CheckInLog.view(checkIns);
    }

    @Override
    public List<String> initiatives() {
      return who instanceof Extras extras ? extras.initiatives : List.of();
    }

    @Override
    public Optional<Cadence> cadence() {
      return who instanceof Extras extras ? Optional.ofNullable(extras.cadence) : Optional.empty();
    }

    @Override
    public List<Waypoint> waypoints() {
      return who instanceof Extras extras ? extras.waypoints : List.of();
    }

    @Override
    public Optional<Judgement> judgement() {
      return who instanceof Extras extras ? Optional.ofNullable(extras.judgement)
          : Optional.empty();
    }

    @Override
    public Optional<FinalScore> finalScore() {
      return who instanceof Extras extras ? Optional.ofNullable(extras.finalScore)
          : Optional.empty();
    }

    @Override
    public List<Owner> coOwners() {
      return who instanceof Extras extras ? extras.coOwners : List.of();
    }

    @Override
    public List<Contribution> contributions() {
      return who instanceof Extras extras ? extras.contributions : List.of();
    }

    @Override
    public Optional<KeyResultRollUp> rollUp() {
      return who instanceof Extras extras ? Optional.ofNullable(extras.rollUp) : Optional.empty();
    }

    @Override
    public OptionalDouble pinnedShare() {
      return who instanceof Extras extras && !Double.isNaN(extras.pinnedShare)
          ? OptionalDouble.of(extras.pinnedShare) : OptionalDouble.empty();
    }

    @Override
    Object storedCheckIns() {
      return checkIns;
    }

    @Override
    public boolean equals(Object another) {
      if (this == another) {
        return true;
      }
      return another instanceof Stored other
          && id.equals(other.id)
          && title.equals(other.title)
          && owner().equals(other.owner())
          && contributors().equals(other.contributors())
          && Double.doubleToLongBits(weight) == Double.doubleToLongBits(other.weight)
          && measure.equals(other.measure)
          && sameCheckIns(other)
          && initiatives().equals(other.initiatives())
          && cadence().equals(other.cadence())
          && waypoints().equals(other.waypoints())
          && judgement().equals(other.judgement())
          && finalScore().equals(other.finalScore())
          && coOwners().equals(other.coOwners())
          && contributions().equals(other.contributions())
          && rollUp().equals(other.rollUp())
          && pinnedShare().equals(other.pinnedShare());
    }

    private boolean sameCheckIns(Stored other) {
      if (checkIns instanceof long[] mine && other.checkIns instanceof long[] theirs) {
        return Arrays.equals(mine, theirs);
      }
      return checkIns().equals(other.checkIns());
    }

    // The hash Immutables generated, kept so that hashes stay as they were.
    @Override
    public int hashCode() {
      int h = 5381;
      h += (h << 5) + id.hashCode();
      h += (h << 5) + title.hashCode();
      h += (h << 5) + owner().hashCode();
      h += (h << 5) + contributors().hashCode();
      h += (h << 5) + Double.hashCode(weight);
      h += (h << 5) + measure.hashCode();
      h += (h << 5) + checkIns().hashCode();
      h += (h << 5) + initiatives().hashCode();
      // Added only when present, so that the hashes of key results without them stay as they were.
      if (who instanceof Extras extras && (extras.cadence != null || !extras.waypoints.isEmpty())) {
        h += (h << 5) + Objects.hashCode(extras.cadence);
        h += (h << 5) + extras.waypoints.hashCode();
      }
      if (who instanceof Extras extras
          && (extras.judgement != null || extras.finalScore != null)) {
        h += (h << 5) + Objects.hashCode(extras.judgement);
        h += (h << 5) + Objects.hashCode(extras.finalScore);
      }
      if (who instanceof Extras extras && !extras.coOwners.isEmpty()) {
        h += (h << 5) + extras.coOwners.hashCode();
      }
      if (who instanceof Extras extras
          && (!extras.contributions.isEmpty() || extras.rollUp != null)) {
        h += (h << 5) + extras.contributions.hashCode();
        h += (h << 5) + Objects.hashCode(extras.rollUp);
      }
      if (who instanceof Extras extras && !Double.isNaN(extras.pinnedShare)) {
        h += (h << 5) + Double.hashCode(extras.pinnedShare);
      }
      return h;
    }
  }

  private static void checkWaypoints(Measure measure, List<Waypoint> waypoints) {
    if (waypoints.isEmpty()) {
      return;
    }
    if (measure.kind().reading() != MeasureKind.Reading.VALUE) {
      throw Guards.failure("key result waypoints",
          "belong to a measure read as a value, not a " + measure.kind() + " measure", waypoints);
    }
    for (int i = 1; i < waypoints.size(); i++) {
      if (!waypoints.get(i).date().isAfter(waypoints.get(i - 1).date())) {
        throw Guards.failure("key result waypoints", "be strictly increasing by date ("
            + waypoints.get(i) + " follows " + waypoints.get(i - 1) + ")", waypoints);
      }
    }
  }

  private static void checkReadingFits(Measure measure, CheckIn checkIn) {
    Optional<MeasureKind.Reading> reading = checkIn.reading();
    if (reading.isEmpty()) {
      return;
    }
    MeasureKind kind = measure.kind();
    if (!kind.accepts(reading.get())) {
      throw Guards.failure("check-in reading", "be a " + kind.reading()
          + (kind == MeasureKind.BASELINE ? " or DONE" : "") + " for a " + kind + " measure",
          reading.get());
    }
    if (measure instanceof OrdinalMeasure ordinal) {
      String zone = checkIn.zone().orElseThrow();
      if (ordinal.rank(zone) < 0) {
        throw Guards.failure("check-in zone", "be one of " + ordinal.zones(), zone);
      }
    } else if (measure instanceof StagesMeasure stages) {
      for (String stage : checkIn.stagesDone()) {
        Guards.check(stages.hasStage(stage), "check-in stage", "be one of the measure's stages",
            stage);
      }
    }
  }

  /** The check-ins as {@link CheckInLog} holds them. */
  abstract Object storedCheckIns();

  /** The latest check-in, if any. */
  public Optional<CheckIn> latestCheckIn() {
    return checkIns().isEmpty() ? Optional.empty() : Optional.of(checkIns().get(checkIns().size() - 1));
  }

  /** The value of the latest check-in that reported one. */
  public OptionalDouble currentValue() {
    return CheckInLog.currentValue(storedCheckIns());
  }

  /** The confidence of the latest check-in that reported one. */
  public Optional<Confidence> currentConfidence() {
    return CheckInLog.currentConfidence(storedCheckIns());
  }

  /**
   * The date of the latest check-in on or before {@code day}, if any: when the key result was
   * last reported as of that day (a check-in dated later does not count). Reads the stored
   * check-ins without making a {@link CheckIn} of each.
   */
  public Optional<LocalDate> latestCheckInDate(LocalDate day) {
    long last = CheckInLog.lastDayOnOrBefore(storedCheckIns(),
        Objects.requireNonNull(day, "day").toEpochDay());
    return last == CheckInLog.NO_DAY ? Optional.empty() : CheckInLog.optionalDay(last);
  }

  /**
   * The value of the latest check-in dated on or before {@code day} that reported one, if any:
   * what the key result stood at as of that day. Reads the stored check-ins without making a
   * {@link CheckIn} of each.
   */
  public OptionalDouble valueOnOrBefore(LocalDate day) {
    return CheckInLog.valueOnOrBefore(storedCheckIns(),
        Objects.requireNonNull(day, "day").toEpochDay());
  }

  /** A copy with one more check-in, kept in date order. */
  public KeyResult withCheckIn(CheckIn checkIn) {
    return builder().from(this).addCheckIns(checkIn).build();
  }

  /** A copy with another title. */
  public KeyResult withTitle(String title) {
    return builder().from(this).title(title).build();
  }

  /** A copy with another measure; existing check-ins must fit it. */
  public KeyResult withMeasure(Measure measure) {
    return builder().from(this).measure(measure).build();
  }

  /** A copy with another weight. */
  public KeyResult withWeight(double weight) {
    return builder().from(this).weight(weight).build();
  }

  /** A copy with another cadence. */
  public KeyResult withCadence(Cadence cadence) {
    return builder().from(this).cadence(cadence).build();
  }

  /** A copy with these waypoints instead of its own. */
  public KeyResult withWaypoints(List<Waypoint> waypoints) {
    return builder().from(this).waypoints(waypoints).build();
  }

  /** A copy with this manual override instead of its own. */
  public KeyResult withJudgement(Judgement judgement) {
    return builder().from(this).judgement(judgement).build();
  }

  /** A copy without a manual override: the override released. */
  public KeyResult withoutJudgement() {
    return builder().from(this).judgement(Optional.empty()).build();
  }

  /** A copy with this final score instead of its own. */
  public KeyResult withFinalScore(FinalScore finalScore) {
    return builder().from(this).finalScore(finalScore).build();
  }

  /** A copy with these co-owners instead of its own. */
  public KeyResult withCoOwners(List<? extends Owner> coOwners) {
    return builder().from(this).coOwners(coOwners).build();
  }

  /** A copy contributing to these parent key results instead of its own. */
  public KeyResult withContributions(List<Contribution> contributions) {
    return builder().from(this).contributions(contributions).build();
  }

  /** A copy rolling up the key results contributing to it this way. */
  public KeyResult withRollUp(KeyResultRollUp rollUp) {
    return builder().from(this).rollUp(rollUp).build();
  }

  /** A copy with its share of its objective pinned at {@code share}, in [0, 1]. */
  public KeyResult withPinnedShare(double share) {
    return builder().from(this).pinnedShare(share).build();
  }

  /** A copy with no share pinned: the pin released. */
  public KeyResult withoutPinnedShare() {
    return builder().from(this).pinnedShare(OptionalDouble.empty()).build();
  }

  /**
   * Id, title, measure, weight and how many check-ins, then its co-owners, cadence, waypoints,
   * override, final score, contributions, roll-up and pinned share if any (never an override's or score's
   * reason: see their own {@code toString}).
   */
  @Override
  public String toString() {
    return "KeyResult[" + id() + " \"" + title() + "\", " + measure() + ", weight=" + weight()
        + ", checkIns=" + checkIns().size()
        + (coOwners().isEmpty() ? "" : ", coOwners=" + coOwners())
        + cadence().map(c -> ", cadence=" + c).orElse("")
        + (waypoints().isEmpty() ? "" : ", waypoints=" + waypoints())
        + judgement().map(j -> ", override=" + j).orElse("")
        + finalScore().map(f -> ", finalScore=" + f).orElse("")
        + (contributions().isEmpty() ? "" : ", contributions=" + contributions())
        + rollUp().map(r -> ", rollUp=" + r).orElse("")
        + (pinnedShare().isPresent() ? ", pinnedShare=" + pinnedShare().getAsDouble() : "") + "]";
  }
}
