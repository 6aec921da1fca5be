package org.okr4j.core;

import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * Identifies an OKR cycle (a year, quarter, month or custom period).
 *
 * <p>Immutable and thread-safe; {@code parse(id.toString())} equals {@code id}.
 * <pre>{@code
 * CycleId id = CycleId.of("2026-Q3");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class CycleId extends Identifier<CycleId> {

  CycleId() {}

  @Override
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the id with the host system's string.
   *
   * @throws IllegalArgumentException if {@code value} is blank, has surrounding white space or
   *     control characters, or is longer than 256 characters
   */
  public static CycleId of(String value) {
    return ImmutableCycleId.of(Guards.id("cycle id", value));
  }

  /** Reads an id from its {@code toString()} form; the same rules as {@link #of(String)}. */
  public static CycleId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return of(text.toString());
  }
}
