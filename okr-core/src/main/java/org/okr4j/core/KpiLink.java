package org.okr4j.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A {@link Kpi}'s link to an objective that protects or recovers it.
 *
 * <p>Immutable and thread-safe. The objective need not be in the set: a link to a missing
 * objective is a validation finding ({@code kpi.objective.unknown}), not an exception.
 * {@code toString()} gives {@code role:objective} ({@code recovers:o-support}), which
 * {@link #parse} reads back.
 * <pre>{@code
 * KpiLink.recovers(ObjectiveId.of("o-support"));
 * KpiLink.parse("protects:o-growth");
 * }</pre>
 */
public final class KpiLink {

  private final ObjectiveId objective;
  private final KpiRole role;

  private KpiLink(ObjectiveId objective, KpiRole role) {
    this.objective = Objects.requireNonNull(objective, "objective");
    this.role = Objects.requireNonNull(role, "role");
  }

  /** A link with this role. */
  public static KpiLink of(ObjectiveId objective, KpiRole role) {
    return new KpiLink(objective, role);
  }

  /** The objective must keep the KPI inside its corridor. */
  public static KpiLink protects(ObjectiveId objective) {
    return new KpiLink(objective, KpiRole.PROTECTS);
  }

  /** The objective sets out to bring the KPI back inside its corridor. */
  public static KpiLink recovers(ObjectiveId objective) {
    return new KpiLink(objective, KpiRole.RECOVERS);
  }

  /**
   * Reads {@code role:objective}, as {@code recovers:o-support}: what {@link #toString()} writes.
   * The objective id is everything after the first colon, as it is.
   *
   * @throws IllegalArgumentException if the role is not {@code protects} or {@code recovers}
   *     (any case), or the id is not a valid objective id
   */
  public static KpiLink parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int colon = s.indexOf(':');
    String role = colon < 0 ? "" : s.substring(0, colon).strip().toUpperCase(Locale.ROOT);
    boolean known = role.equals("PROTECTS") || role.equals("RECOVERS");
    org.okr4j.core.internal.Guards.check(known, "kpi link",
        "be protects or recovers, ':' and an objective id, as recovers:o-support", s);
    return new KpiLink(ObjectiveId.of(s.substring(colon + 1)), KpiRole.valueOf(role));
  }

  /** The linked objective. */
  public ObjectiveId objective() {
    return objective;
  }

  /** What the objective does for the KPI. */
  public KpiRole role() {
    return role;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KpiLink link && link.objective.equals(objective) && link.role == role;
  }

  @Override
  public int hashCode() {
    return 31 * objective.hashCode() + role.hashCode();
  }

  @Override
  public String toString() {
    return role.name().toLowerCase(Locale.ROOT) + ":" + objective;
  }
}
