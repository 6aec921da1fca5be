package org.okr4j.core;

import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * Identifies a person, as the host's HR system does.
 *
 * <p>Immutable and thread-safe; {@code parse(id.toString())} equals {@code id}.
 * <pre>{@code
 * PersonId id = PersonId.of("emp-004211");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract non-sealed class PersonId extends Identifier<PersonId> implements Owner {

  PersonId() {}

  @Override
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the id with the host system's string.
   *
   * @throws IllegalArgumentException if {@code value} is blank, has surrounding white space or
   *     control characters, or is longer than 256 characters
   */
  public static PersonId of(String value) {
    return ImmutablePersonId.of(Guards.id("person id", value));
  }

  /** Reads an id from its {@code toString()} form; the same rules as {@link #of(String)}. */
  public static PersonId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return of(text.toString());
  }
}
