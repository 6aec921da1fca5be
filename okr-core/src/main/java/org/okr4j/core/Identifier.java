package org.okr4j.core;

import java.util.Objects;

/**
 * The common shape of okr4j's ids: a host system's own string, compared and printed as it is.
 *
 * <p>Ids are immutable and thread-safe. {@code toString()} returns the host's string unchanged, so
 * {@code XxxId.parse(id.toString())} gives back an equal id. Two ids of different types are never
 * equal, even when their strings are.
 *
 * @param <T> the concrete id type
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {

  Identifier() {}

  /** The host system's id, as given: not blank, no surrounding white space, at most 256 characters. */
  public abstract String value();

  /** Orders ids by their strings, in {@link String#compareTo} order. */
  @Override
  public final int compareTo(T other) {
    Objects.requireNonNull(other, "other");
    return value().compareTo(other.value());
  }

  /** Returns {@link #value()}, which the type's {@code parse} reads back. */
  @Override
  public final String toString() {
    return value();
  }
}
