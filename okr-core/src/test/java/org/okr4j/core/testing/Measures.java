package org.okr4j.core.testing;

import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.okr4j.core.BaselineMeasure;
import org.okr4j.core.Checkpoint;
import org.okr4j.core.CheckpointsMeasure;
import org.okr4j.core.Direction;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Measure;
import org.okr4j.core.MeasureKind;
import org.okr4j.core.MilestoneMeasure;
import org.okr4j.core.OrdinalMeasure;
import org.okr4j.core.RangeMeasure;
import org.okr4j.core.Stage;
import org.okr4j.core.StagesMeasure;
import org.okr4j.core.ThresholdMeasure;
import org.okr4j.core.Unit;
import org.okr4j.core.ZonesMeasure;
import org.quicktheories.core.Gen;

/**
 * Generators of valid measures of every kind, for round-trip and invariant tests (published in
 * okr-core's test-jar).
 *
 * <p>All are deterministic in their seed. Numbers range from small integers and short decimals to
 * any finite double ({@code -0.0}, subnormals, {@code Double.MAX_VALUE}); units are numbers,
 * percents, currencies and custom labels; names and labels mix letters with the characters a text
 * form must quote or escape (spaces, commas, brackets, quotes, backslashes, line breaks, CJK,
 * characters outside the BMP).
 */
public final class Measures {

  /** Characters names and labels are drawn from; each run of them is one draw. */
  private static final List<String> NAME_PIECES = List.of("a", "b", "Z", "7", "go", "ship", " ",
      " ", ",", "[", "]", "=", "\"", "\\", "(", ")", "|", "->", ">=", ":", "\t", "\n", "\u00A0",
      "\u2003", "中文", "é", "\uD83D\uDE00", "INCREASE", "custom:", "percent", "-1.5");

  private Measures() {}

  /** Measures of every kind, in roughly equal shares. */
  public static Gen<Measure> any() {
    return longs().all().map(Measures::any);
  }

  /** Measures of {@code kind}. */
  public static Gen<Measure> of(MeasureKind kind) {
    return longs().all().map(seed -> new Generator(new SplittableRandom(seed)).measure(kind));
  }

  /** Units of every kind, custom labels included. */
  public static Gen<Unit> units() {
    return longs().all().map(seed -> new Generator(new SplittableRandom(seed)).unit());
  }

  /** Finite doubles, from small integers to the extremes. */
  public static Gen<Double> numbers() {
    return longs().all().map(seed -> new Generator(new SplittableRandom(seed)).number());
  }

  /** A measure of any kind, from {@code seed}. */
  public static Measure any(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    MeasureKind[] kinds = MeasureKind.values();
    return new Generator(random).measure(kinds[random.nextInt(kinds.length)]);
  }

  /** The generator's state: one random stream per measure. */
  private static final class Generator {
    private final SplittableRandom random;

    Generator(SplittableRandom random) {
      this.random = random;
    }

    Measure measure(MeasureKind kind) {
      return switch (kind) {
        case LINEAR -> linear();
        case THRESHOLD -> ThresholdMeasure.of(number(), direction(), random.nextBoolean())
            .withUnit(unit());
        case RANGE -> {
          double a = number();
          double b = number();
          yield RangeMeasure.of(Math.min(a, b), Math.max(a, b)).withUnit(unit());
        }
        case MILESTONE -> MilestoneMeasure.of();
        case STAGES -> stages();
        case CHECKPOINTS -> checkpoints();
        case ZONES -> zones();
        case ORDINAL -> OrdinalMeasure.of(names(2 + random.nextInt(4)).toArray(String[]::new));
        case BASELINE -> {
          BaselineMeasure baseline = BaselineMeasure.of(direction()).withUnit(unit());
          yield random.nextBoolean() ? baseline.withTarget(number()) : baseline;
        }
      };
    }

    /** Derived, declared, and equal start and target after a carry-over. */
    private LinearMeasure linear() {
      double start = number();
      double target = differentFrom(start);
      LinearMeasure linear = switch (random.nextInt(4)) {
        case 0 -> LinearMeasure.of(start, target,
            target > start ? Direction.INCREASE : Direction.DECREASE);
        case 1 -> LinearMeasure.of(start, start, direction());
        case 2 -> LinearMeasure.of(start, target).restartingAt(target);
        default -> LinearMeasure.of(start, target);
      };
      return linear.withUnit(unit());
    }

    private StagesMeasure stages() {
      List<String> names = names(1 + random.nextInt(5));
      if (random.nextInt(3) == 0) {
        return StagesMeasure.equal(names.toArray(String[]::new));
      }
      List<Stage> stages = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        double weight = random.nextBoolean() ? random.nextDouble() / names.size()
            : random.nextInt(0, 101) / (100.0 * names.size());
        stages.add(Stage.of(names.get(i), i == 0 && weight == 0 ? 1.0 / names.size() : weight));
      }
      return StagesMeasure.of(stages);
    }

    private CheckpointsMeasure checkpoints() {
      double start = number();
      double target = differentFrom(start);
      double low = Math.min(start, target);
      double high = Math.max(start, target);
      Set<Double> values = new LinkedHashSet<>();
      List<Checkpoint> checkpoints = new ArrayList<>();
      int count = random.nextInt(5);
      for (int i = 0; i < count; i++) {
        double share = random.nextDouble();
        double value = low * (1 - share) + high * share;
        if (value > low && value < high && values.add(value)) {
          checkpoints.add(Checkpoint.of(value, progress()));
        }
      }
      return CheckpointsMeasure.of(start, target, checkpoints);
    }

    private ZonesMeasure zones() {
      double[] values = {number(), number(), number(), number()};
      java.util.Arrays.sort(values);
      if (values[0] == values[3]) {
        values[3] = differentFrom(values[0]);
        java.util.Arrays.sort(values);
      }
      return switch (random.nextInt(5)) {
        case 0, 1 -> ZonesMeasure.of(values[3], values[2], values[1], values[0]);
        // Puzzle's rounding to cents keeps the order only for values in whole cents.
        case 2 -> ZonesMeasure.puzzle(random.nextInt(-1000, 1000), random.nextInt(1000, 10_000));
        default -> ZonesMeasure.of(values[0], values[1], values[2], values[3]);
      };
    }

    Unit unit() {
      return switch (random.nextInt(5)) {
        case 0 -> Unit.percent();
        case 1 -> Unit.currency(letters(3));
        case 2 -> Unit.custom(label());
        default -> Unit.number();
      };
    }

    /** A finite double: often a readable one, sometimes any bit pattern or an extreme. */
    double number() {
      return switch (random.nextInt(6)) {
        case 0 -> random.nextInt(-1000, 1001);
        case 1 -> random.nextInt(-100_000, 100_001) / 100.0;
        case 2 -> {
          double any = Double.longBitsToDouble(random.nextLong());
          yield Double.isFinite(any) ? any : random.nextDouble();
        }
        case 3 -> List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
            Double.MAX_VALUE, -Double.MAX_VALUE, 1.0 / 3, 0.1, 1e-7, 1e21, 1e22, 9007199254740993.0,
            Math.nextUp(1.0), 2e-3, 8.41e21, 2e23).get(random.nextInt(17));
        case 4 -> random.nextDouble(-1e6, 1e6);
        default -> random.nextDouble();
      };
    }

    private double progress() {
      return random.nextBoolean() ? random.nextDouble() : random.nextInt(0, 11) / 10.0;
    }

    /** A value other than {@code value}, as a start or target that must differ from it. */
    private double differentFrom(double value) {
      double other = number();
      if (other != value) {
        return other;
      }
      return value < Double.MAX_VALUE ? Math.nextUp(value) : Math.nextDown(value);
    }

    private Direction direction() {
      return random.nextBoolean() ? Direction.INCREASE : Direction.DECREASE;
    }

    /** {@code count} distinct names, none blank. */
    private List<String> names(int count) {
      Set<String> names = new LinkedHashSet<>();
      while (names.size() < count) {
        String name = text();
        names.add(name.isBlank() ? "zone " + names.size() : name);
      }
      return List.copyOf(names);
    }

    /** A custom unit's label: not blank, no surrounding white space. */
    private String label() {
      String label = text().strip();
      return label.isEmpty() ? "points" : label;
    }

    private String text() {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(5);
      for (int i = 0; i < pieces; i++) {
        text.append(NAME_PIECES.get(random.nextInt(NAME_PIECES.size())));
      }
      return text.toString();
    }

    private String letters(int count) {
      StringBuilder letters = new StringBuilder();
      for (int i = 0; i < count; i++) {
        letters.append((char) ('A' + random.nextInt(26)));
      }
      return letters.toString();
    }
  }
}
