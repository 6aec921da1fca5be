package org.okr4j.core;

import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * Identifies an organisational unit (company, department, team, ...).
 *
 * <p>Immutable and thread-safe; {@code parse(id.toString())} equals {@code id}.
 * <pre>{@code
 * OrgUnitId id = OrgUnitId.of("sales-emea");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract non-sealed class OrgUnitId extends Identifier<OrgUnitId> implements Owner {

  OrgUnitId() {}

  @Override
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the id with the host system's string.
   *
   * @throws IllegalArgumentException if {@code value} is blank, has surrounding white space or
   *     control characters, or is longer than 256 characters
   */
  public static OrgUnitId of(String value) {
    return ImmutableOrgUnitId.of(Guards.id("org unit id", value));
  }

  /** Reads an id from its {@code toString()} form; the same rules as {@link #of(String)}. */
  public static OrgUnitId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return of(text.toString());
  }
}
