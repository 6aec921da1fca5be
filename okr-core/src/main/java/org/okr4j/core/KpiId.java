package org.okr4j.core;

import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * Identifies a {@link Kpi} (a health metric) within an {@link OkrSet}.
 *
 * <p>Immutable and thread-safe; {@code parse(id.toString())} equals {@code id}.
 * <pre>{@code
 * KpiId id = KpiId.of("kpi-churn");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class KpiId extends Identifier<KpiId> {

  KpiId() {}

  @Override
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the id with the host system's string.
   *
   * @throws IllegalArgumentException if {@code value} is blank, has surrounding white space or
   *     control characters, or is longer than 256 characters
   */
  public static KpiId of(String value) {
    return ImmutableKpiId.of(Guards.id("kpi id", value));
  }

  /** Reads an id from its {@code toString()} form; the same rules as {@link #of(String)}. */
  public static KpiId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return of(text.toString());
  }
}
