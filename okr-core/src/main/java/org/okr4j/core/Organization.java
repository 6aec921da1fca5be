package org.okr4j.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * The units and people of a company, under a {@link LevelScheme}.
 *
 * <p>Immutable and thread-safe. Construction rejects duplicate ids, units at levels outside the
 * scheme, missing parents, parent loops, a unit ranked above its parent and people in unknown units,
 * each with an {@link IllegalArgumentException} naming the offender. Lookups by id are O(1); walks up
 * the tree are iterative. Lists keep the order given.
 * <pre>{@code
 * LevelScheme levels = LevelScheme.standard();
 * Organization org = Organization.builder()
 *     .levels(levels)
 *     .addUnits(OrgUnit.of("acme", "ACME", levels.level("company")))
 *     .addUnits(OrgUnit.of("sales", "Sales", levels.level("department"), OrgUnitId.of("acme")))
 *     .addPeople(Person.of("p1", "Ana", OrgUnitId.of("sales")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Organization {

  Organization() {}

  /** The levels units sit at; {@link LevelScheme#standard()} unless set. */
  @Value.Default
  public LevelScheme levels() {
    return LevelScheme.standard();
  }

  /** The units, in the order given. */
  public abstract List<OrgUnit> units();

  /** The people, in the order given. */
  public abstract List<Person> people();

  @Value.Derived
  @Value.Auxiliary
  UnitTree tree() {
    return UnitTree.of(units(), levels());
  }

  @Value.Derived
  @Value.Auxiliary
  Map<PersonId, Person> peopleById() {
    Map<PersonId, Person> byId = new HashMap<>(Math.max(16, people().size() * 2));
    for (Person person : people()) {
      Guards.check(byId.putIfAbsent(person.id(), person) == null, "people", "not contain duplicates",
          person.id());
    }
    return byId;
  }

  /** An organisation with no units and no people, on the standard levels. */
  public static Organization empty() {
    return builder().build();
  }

  /** A builder for organisations. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Organization}s; not thread-safe. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    for (Person person : people()) {
      for (OrgUnitId unit : person.units()) {
        if (tree().unit(unit).isEmpty()) {
          throw Guards.failure("person unit", "be a unit of the organisation",
              person.id() + " in " + unit);
        }
      }
    }
  }

  /** The unit with this id, if any. */
  public Optional<OrgUnit> unit(OrgUnitId id) {
    Objects.requireNonNull(id, "id");
    return tree().unit(id);
  }

  /** The person with this id, if any. */
  public Optional<Person> person(PersonId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(peopleById().get(id));
  }

  /**
   * The unit an owner belongs to: the unit itself (whether or not this organisation holds it), or
   * a person's first unit; empty for a person this organisation lacks or who belongs to no unit.
   * The one answer to "which unit owns this" that validation, links and alignment all read.
   */
  public Optional<OrgUnitId> unitOf(Owner owner) {
    Objects.requireNonNull(owner, "owner");
    if (owner instanceof OrgUnitId unit) {
      return Optional.of(unit);
    }
    Person person = peopleById().get((PersonId) owner);
    return person == null || person.units().isEmpty() ? Optional.empty()
        : Optional.of(person.units().get(0));
  }

  /** The units directly under {@code id}, in {@link #units()} order; empty for an unknown id. */
  public List<OrgUnit> children(OrgUnitId id) {
    Objects.requireNonNull(id, "id");
    return tree().children(id);
  }

  /** The units above {@code id}, nearest first; empty for a root or an unknown id. */
  public List<OrgUnitId> ancestors(OrgUnitId id) {
    Objects.requireNonNull(id, "id");
    return tree().ancestors(id);
  }

  /** True if {@code ancestor} lies strictly above {@code unit} in the tree. */
  public boolean isAncestor(OrgUnitId ancestor, OrgUnitId unit) {
    Objects.requireNonNull(ancestor, "ancestor");
    Objects.requireNonNull(unit, "unit");
    return tree().isAncestor(ancestor, unit);
  }

  /** The units without a parent, in {@link #units()} order. */
  public List<OrgUnit> roots() {
    return units().stream().filter(unit -> unit.parent().isEmpty()).toList();
  }

  /** A copy with one more unit, or with the unit of the same id replaced. */
  public Organization withUnit(OrgUnit unit) {
    Objects.requireNonNull(unit, "unit");
    return builder().from(this).units(Replacing.replaceOrAppend(units(), unit, OrgUnit::id)).build();
  }

  /** A copy with one more person, or with the person of the same id replaced. */
  public Organization withPerson(Person person) {
    Objects.requireNonNull(person, "person");
    return builder().from(this)
        .people(Replacing.replaceOrAppend(people(), person, Person::id)).build();
  }

  @Override
  public String toString() {
    return "Organization[levels=" + levels() + ", units=" + units().size()
        + ", people=" + people().size() + "]";
  }
}
