package org.okr4j.core.testing;

import org.quicktheories.QuickTheory;

/**
 * The entry point for okr4j's property tests: QuickTheories with a fixed seed in the default build
 * (so a failure reproduces), and fresh random seeds under {@code -Pexplore}.
 *
 * <p>Set by the build through the system properties {@code okr4j.qt.seed} (a number, or
 * {@code random}) and {@code okr4j.qt.examples}.
 */
public final class Theories {

  private static final long DEFAULT_SEED = 20261123L;

  private Theories() {}

  /** QuickTheories as the build configures it. */
  public static QuickTheory qt() {
    String seed = System.getProperty("okr4j.qt.seed", Long.toString(DEFAULT_SEED));
    int examples = Integer.getInteger("okr4j.qt.examples", 300);
    QuickTheory qt = QuickTheory.qt().withExamples(examples);
    return "random".equals(seed) ? qt : qt.withFixedSeed(Long.parseLong(seed));
  }

  /** As {@link #qt()}, with at most {@code examples} examples: for costly theories. */
  public static QuickTheory qt(int examples) {
    return qt().withExamples(Math.min(examples, Integer.getInteger("okr4j.qt.examples", 300)));
  }
}
