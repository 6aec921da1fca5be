package org.okr4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * The ranked levels an organisation uses, from the top down.
 *
 * <p>Immutable and thread-safe. Level {@code i} of the scheme has rank {@code i}.
 * <pre>{@code
 * LevelScheme.standard();                                      // company > department > team > individual
 * LevelScheme.of("group", "division", "business-unit", "squad"); // the host's own
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class LevelScheme {

  LevelScheme() {}

  /** The levels, top first; level {@code i} has rank {@code i}. */
  public abstract List<Level> levels();

  /** Company, department, team, individual: the four levels of the OKR literature. */
  public static LevelScheme standard() {
    return of("company", "department", "team", "individual");
  }

  /** Company, team, individual: the three levels some guides use (seed 003). */
  public static LevelScheme companyTeamIndividual() {
    return of("company", "team", "individual");
  }

  /**
   * Returns a scheme of the named levels, top first.
   *
   * @throws IllegalArgumentException if there are no names, a name repeats, or a name is blank
   */
  public static LevelScheme of(String... names) {
    Objects.requireNonNull(names, "names");
    return of(List.of(names));
  }

  /** As {@link #of(String...)}, from a list. */
  public static LevelScheme of(List<String> names) {
    Objects.requireNonNull(names, "names");
    Guards.check(!names.isEmpty(), "level scheme", "name at least one level", names);
    List<Level> levels = new ArrayList<>(names.size());
    for (int rank = 0; rank < names.size(); rank++) {
      levels.add(Level.of(names.get(rank), rank));
    }
    Guards.unique("level names", levels, Level::name);
    return ImmutableLevelScheme.builder().levels(levels).build();
  }

  /** The level with this name, if the scheme has it. */
  public Optional<Level> find(String name) {
    Objects.requireNonNull(name, "name");
    return levels().stream().filter(level -> level.name().equals(name)).findFirst();
  }

  /**
   * The level with this name.
   *
   * @throws IllegalArgumentException if the scheme has no such level
   */
  public Level level(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(
        Guards.message("level name", "be one of " + names(), name)));
  }

  /** True if {@code level} is one of this scheme's levels (same name and rank). */
  public boolean contains(Level level) {
    Objects.requireNonNull(level, "level");
    return level.rank() < levels().size() && levels().get(level.rank()).equals(level);
  }

  /** The top level (rank 0). */
  public Level top() {
    return levels().get(0);
  }

  /** The bottom level. */
  public Level bottom() {
    return levels().get(levels().size() - 1);
  }

  /** The names of the levels, top first. */
  public List<String> names() {
    return levels().stream().map(Level::name).toList();
  }

  @Override
  public String toString() {
    return String.join(" > ", names());
  }
}
