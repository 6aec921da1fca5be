package org.okr4j.scoring;

import static org.okr4j.scoring.Decimals.clean;
import static org.okr4j.scoring.Progress.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A vendor's grade bands: a score takes the label of the first band whose lower bound it reaches,
 * and the catch-all label below them all.
 *
 * @param bands at least one, lower bounds strictly falling
 * @param otherwise the label below the lowest bound
 */
public record GradeBands(List<Band> bands, String otherwise) implements TextRule {

  /** One band: scores from {@code from} up get {@code label}. */
  public record Band(double from, String label) {}

  /** Validates and copies the bands. */
  public GradeBands {
    bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
    Objects.requireNonNull(otherwise, "otherwise");
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("bands must have at least one band, but was []");
    }
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      RuleTextParser.checkLabel(band.label());
      if (!Double.isFinite(band.from())
          || (i > 0 && !(band.from() < bands.get(i - 1).from()))) {
        throw new IllegalArgumentException("band bounds must be finite and fall, but was " + band);
      }
    }
    RuleTextParser.checkLabel(otherwise);
  }

  /**
   * The label of {@code score}, compared with the bounds as decimals (both to 9 places).
   *
   * @throws IllegalArgumentException if the score is NaN
   */
  public String label(double score) {
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("graded score must be a number, but was NaN");
    }
    double cleaned = clean(score);
    for (Band band : bands) {
      if (cleaned >= clean(band.from())) {
        return band.label();
      }
    }
    return otherwise;
  }

  /** A grader that labels scores by these bands and raises no flags. */
  public Grader grader() {
    return (score, commitment) -> new Grade(score, label(score), List.of(),
        format() + ": " + fmt(score) + " is " + label(score));
  }

  @Override
  public String format() {
    List<String> entries = new ArrayList<>(bands.size() + 1);
    for (Band band : bands) {
      entries.add(RuleTextParser.number(band.from()) + ":" + band.label());
    }
    entries.add("else:" + otherwise);
    return "bands " + String.join(", ", entries);
  }

  @Override
  public String toString() {
    return format();
  }
}
