package org.okr4j.core;

import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * Identifies an objective within an {@link OkrSet}.
 *
 * <p>Immutable and thread-safe; {@code parse(id.toString())} equals {@code id}.
 * <pre>{@code
 * ObjectiveId id = ObjectiveId.of("o-2026-q3-growth");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract non-sealed class ObjectiveId extends Identifier<ObjectiveId> implements AlignmentTarget {

  ObjectiveId() {}

  @Override
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the id with the host system's string.
   *
   * @throws IllegalArgumentException if {@code value} is blank, has surrounding white space or
   *     control characters, or is longer than 256 characters
   */
  public static ObjectiveId of(String value) {
    return ImmutableObjectiveId.of(Guards.id("objective id", value));
  }

  /** Reads an id from its {@code toString()} form; the same rules as {@link #of(String)}. */
  public static ObjectiveId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return of(text.toString());
  }
}
