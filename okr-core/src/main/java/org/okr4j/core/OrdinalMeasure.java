package org.okr4j.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.okr4j.core.internal.Guards;

/**
 * Named zones, worst first, chosen at each check-in (Puzzle OKR's ordinal key results: "fail",
 * "commit", "target", "stretch").
 *
 * <p>Immutable and thread-safe. At least two zones, unique, none blank.
 */
@Value.Immutable
public abstract non-sealed class OrdinalMeasure implements Measure {

  OrdinalMeasure() {}

  /** The zone names, worst first. */
  public abstract List<String> zones();

  @Override
  public final Unit unit() {
    return Unit.number();
  }

  @Override
  public final MeasureKind kind() {
    return MeasureKind.ORDINAL;
  }

  /** Zones with these names, worst first. */
  public static OrdinalMeasure of(String... zones) {
    Objects.requireNonNull(zones, "zones");
    return ImmutableOrdinalMeasure.builder().addZones(zones).build();
  }

  /** Puzzle OKR's zones: FAIL, COMMIT, TARGET, STRETCH. */
  public static OrdinalMeasure puzzle() {
    return of("FAIL", "COMMIT", "TARGET", "STRETCH");
  }

  /** The position of {@code zone}, 0 for the worst; -1 if there is no such zone. */
  public int rank(String zone) {
    Objects.requireNonNull(zone, "zone");
    return zones().indexOf(zone);
  }

  @Value.Check
  void check() {
    Guards.check(zones().size() >= 2, "ordinal zones", "name at least two zones", zones());
    for (String zone : zones()) {
      Guards.title("ordinal zone", zone);
    }
    Guards.unique("ordinal zones", zones(), zone -> zone);
  }

  @Override
  public String toString() {
    return "ordinal " + zones().stream().map(MeasureText::name)
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
