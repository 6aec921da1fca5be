package org.okr4j.core;

import java.util.Optional;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A unit of an organisation (the company, a department, a team) at a level, under an optional
 * parent unit.
 *
 * <p>Immutable and thread-safe. Whether the parent exists and ranks above is checked by the
 * {@link Organization} that holds the unit.
 * <pre>{@code
 * OrgUnit sales = OrgUnit.of("sales", "Sales", scheme.level("department"), OrgUnitId.of("acme"));
 * }</pre>
 */
@Value.Immutable
public abstract class OrgUnit {

  OrgUnit() {}

  /** The unit's id. */
  public abstract OrgUnitId id();

  /** Its display name; personal data in some hosts, so never logged. */
  public abstract String name();

  /** Its level. */
  public abstract Level level();

  /** Its parent unit; empty for a root such as the company. */
  public abstract Optional<OrgUnitId> parent();

  /** A root unit (no parent). */
  public static OrgUnit of(String id, String name, Level level) {
    return builder().id(OrgUnitId.of(id)).name(name).level(level).build();
  }

  /** A unit under {@code parent}. */
  public static OrgUnit of(String id, String name, Level level, OrgUnitId parent) {
    return builder().id(OrgUnitId.of(id)).name(name).level(level).parent(parent).build();
  }

  /** A builder for units. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OrgUnit}s; not thread-safe. */
  public static final class Builder extends ImmutableOrgUnit.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Guards.title("org unit name", name());
    Guards.check(!parent().equals(Optional.of(id())), "org unit parent", "differ from the unit itself",
        id());
  }
}
