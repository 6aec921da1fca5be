package org.okr4j.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The named presets of one kind of policy (validation, scoring), looked up by name ignoring case:
 * the one way every {@code XxxPolicy.named(String)} finds its preset, so that
 * {@code named("Google")} behaves alike everywhere.
 *
 * @param <P> the policy type
 */
public final class Presets<P> {

  private final String kind;
  private final Map<String, Supplier<P>> byName = new LinkedHashMap<>();

  private Presets(String kind) {
    this.kind = kind;
  }

  /** An empty catalogue for {@code kind} ("validation policy", "scoring policy"). */
  public static <P> Presets<P> of(String kind) {
    return new Presets<>(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Adds a preset; names are kept in lower case.
   *
   * @throws IllegalArgumentException if the name is taken
   */
  public Presets<P> add(String name, Supplier<P> preset) {
    String key = name.toLowerCase(Locale.ROOT);
    Guards.check(!byName.containsKey(key), kind + " preset name", "be unique", name);
    byName.put(key, Objects.requireNonNull(preset, "preset"));
    return this;
  }

  /** The names, in the order added. */
  public List<String> names() {
    return Collections.unmodifiableList(new ArrayList<>(byName.keySet()));
  }

  /** True if a preset has this name, ignoring case. */
  public boolean has(String name) {
    return byName.containsKey(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT));
  }

  /**
   * The preset with this name, ignoring case, made afresh.
   *
   * @throws IllegalArgumentException naming every preset, if none has this name
   */
  public P named(String name) {
    return named(name, List.of());
  }

  /**
   * The preset with this name, ignoring case; {@code more} lists further names (an SPI's) that
   * the error message offers too.
   *
   * @throws IllegalArgumentException naming every preset, if none has this name
   */
  public P named(String name, List<String> more) {
    Supplier<P> preset = byName.get(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT));
    if (preset == null) {
      List<String> all = new ArrayList<>(byName.keySet());
      all.addAll(more);
      throw new IllegalArgumentException(Guards.message(kind + " name", "be one of " + all, name));
    }
    return preset.get();
  }
}
