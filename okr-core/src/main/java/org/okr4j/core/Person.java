package org.okr4j.core;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A person who owns or contributes to OKRs, and the units they belong to.
 *
 * <p>Immutable and thread-safe. The display name is personal data: okr4j never logs it.
 * <pre>{@code
 * Person ana = Person.of("emp-7", "Ana Lima", OrgUnitId.of("sales"));
 * }</pre>
 */
@Value.Immutable
public abstract class Person {

  Person() {}

  /** The person's id. */
  public abstract PersonId id();

  /** The name to show. */
  public abstract String displayName();

  /** The units the person belongs to, primary first; no repeats. */
  public abstract List<OrgUnitId> units();

  /** A person in the given units, primary first. */
  public static Person of(String id, String displayName, OrgUnitId... units) {
    Objects.requireNonNull(units, "units");
    return builder().id(PersonId.of(id)).displayName(displayName).addUnits(units).build();
  }

  /** A builder for people. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Person}s; not thread-safe. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Guards.title("person display name", displayName());
    Guards.unique("person units", units(), unit -> unit);
  }
}
