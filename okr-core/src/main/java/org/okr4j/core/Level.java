package org.okr4j.core;

import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A level of an organisation (company, department, team, individual, or the host's own) with its
 * rank: 0 is the top, larger ranks lie further down.
 *
 * <p>Levels are data, not an enum, because real organisations name their own (division, business
 * unit, squad). Immutable and thread-safe. {@code toString()} gives {@code name@rank}, which
 * {@link #parse(CharSequence)} reads back. Ordered by rank, then name.
 * <pre>{@code
 * Level team = LevelScheme.standard().level("team");   // team@2
 * boolean above = Level.of("company", 0).isAbove(team); // true
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Level implements Comparable<Level> {

  Level() {}

  /** The level's name, such as {@code "department"}; an id-like string. */
  @Value.Parameter
  public abstract String name();

  /** Its rank: 0 is the top level; each step down adds one. */
  @Value.Parameter
  public abstract int rank();

  /**
   * Returns the level with this name and rank.
   *
   * @throws IllegalArgumentException if the name is blank or padded, or the rank is negative
   */
  public static Level of(String name, int rank) {
    Guards.id("level name", name);
    Guards.check(rank >= 0, "level rank", "be zero or more", rank);
    return ImmutableLevel.of(name, rank);
  }

  /** Reads {@code name@rank}, the form {@link #toString()} writes. */
  public static Level parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int at = s.lastIndexOf('@');
    Guards.check(at > 0 && at < s.length() - 1, "level text", "have the form name@rank", s);
    String digits = s.substring(at + 1);
    int rank;
    try {
      // ASCII digits, as toString() writes them: parseInt alone would take '+2' and other
      // scripts' digits.
      if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new NumberFormatException("not ASCII digits: " + digits);
      }
      rank = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(Guards.message("level text", "end in a whole rank", s), e);
    }
    return of(s.substring(0, at), rank);
  }

  /** True if this level lies strictly above {@code other} (a smaller rank). */
  public boolean isAbove(Level other) {
    Objects.requireNonNull(other, "other");
    return rank() < other.rank();
  }

  /** True if this level lies strictly below {@code other} (a larger rank). */
  public boolean isBelow(Level other) {
    Objects.requireNonNull(other, "other");
    return rank() > other.rank();
  }

  @Override
  public int compareTo(Level other) {
    Objects.requireNonNull(other, "other");
    int byRank = Integer.compare(rank(), other.rank());
    return byRank != 0 ? byRank : name().compareTo(other.name());
  }

  @Override
  public String toString() {
    return name() + "@" + rank();
  }
}
