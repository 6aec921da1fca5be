package org.okr4j.core;

import java.util.Objects;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * A unit an objective is shared with, and the weight it carries there: the fraction of the
 * objective that counts in the unit's own portfolio (ShamanR's tracker shares a goal to other
 * teams, each with its own weight).
 *
 * <p>Immutable and thread-safe. The weight lies in (0, 1]: 0.5 means the unit carries half the
 * objective. {@code toString()} gives {@code unit=weight}, which {@link #parse} reads back (the
 * weight follows the last {@code =}, so a unit id may itself contain one).
 * <pre>{@code
 * Share.of(OrgUnitId.of("ops"), 0.5);   // ops=0.5
 * Share.parse("ops=0.5");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Share {

  Share() {}

  /** The unit the objective is shared with. */
  @Value.Parameter
  public abstract OrgUnitId unit();

  /** The fraction of the objective the unit carries, in (0, 1]. */
  @Value.Parameter
  public abstract double weight();

  /**
   * A share.
   *
   * @throws IllegalArgumentException if the weight is not finite or lies outside (0, 1]
   */
  public static Share of(OrgUnitId unit, double weight) {
    Objects.requireNonNull(unit, "unit");
    Guards.finite("share weight", weight);
    Guards.check(weight > 0 && weight <= 1, "share weight", "lie within (0, 1]", weight);
    return ImmutableShare.of(unit, weight);
  }

  /**
   * Reads {@code unit=weight}, as {@code ops=0.5}: what {@link #toString()} writes.
   *
   * @throws IllegalArgumentException if the text is not a unit id, '=' and a weight in (0, 1]
   *     written as a plain decimal (digits, optionally a '.' and more digits; not {@code 5e-1})
   */
  public static Share parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    int eq = s.lastIndexOf('=');
    Guards.check(eq > 0, "share", "be a unit id, '=' and a weight, as ops=0.5", s);
    double weight;
    try {
      weight = MeasureText.plainNumber(s.substring(eq + 1).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          Guards.message("share", "be a unit id, '=' and a weight, as ops=0.5", s), e);
    }
    return of(OrgUnitId.of(s.substring(0, eq).strip()), weight);
  }

  @Override
  public String toString() {
    return unit() + "=" + MeasureText.number(weight());
  }
}
