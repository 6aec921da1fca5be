package org.okr4j.core;

import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * Identifies a key result within an {@link OkrSet}, across all its objectives.
 *
 * <p>Immutable and thread-safe; {@code parse(id.toString())} equals {@code id}.
 * <pre>{@code
 * KeyResultId id = KeyResultId.of("kr-17");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract non-sealed class KeyResultId extends Identifier<KeyResultId> implements AlignmentTarget {

  KeyResultId() {}

  @Override
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the id with the host system's string.
   *
   * @throws IllegalArgumentException if {@code value} is blank, has surrounding white space or
   *     control characters, or is longer than 256 characters
   */
  public static KeyResultId of(String value) {
    return ImmutableKeyResultId.of(Guards.id("key result id", value));
  }

  /** Reads an id from its {@code toString()} form; the same rules as {@link #of(String)}. */
  public static KeyResultId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return of(text.toString());
  }
}
