package org.okr4j.core;

/**
 * One instance of each recently seen value of a kind (titles, measures): large organisations write
 * the same templated key results over and over ("Close 20 deals this quarter", "linear 0 -> 20"
 * for every sales rep), and each copy of a title costs about 70 bytes, of a measure about 40.
 *
 * <p>A direct-mapped cache, like a CPU's: a value takes the slot its hash picks, and an equal
 * value later gets that instance back. Only for immutable values whose {@code equals} is exact.
 * Racy but safe: the values have final fields only, and a lost write only costs a copy.
 *
 * <p>Small on purpose. The tables live as long as the class and keep what they hold, so a larger
 * one would keep more of a host's titles after its sets are gone; and a title shared is a title
 * no longer beside its key result: walking a set reads each key result's title where it lies.
 * At the synthetic million employees (10.1 million key-result titles, 326 000 distinct) 8 192
 * slots leave 6.9 million title instances; 262 144 slots left 2.7 million, but the plain walk
 * over the set that {@code PipelineBenchmark} takes as its floor slowed from 1.3 to 1.7 s to 2.4
 * to 2.6 s (each run's second and third walks), and the pipeline's time changed within the
 * machine's noise (two alternating runs of each, 2026-12-06).
 */
final class SharedValues {

  /** Titles of key results. */
  static final SharedValues KEY_RESULT_TITLES = new SharedValues(8192);

  /** Titles of objectives, apart from key results' so that neither evicts the other's. */
  static final SharedValues OBJECTIVE_TITLES = new SharedValues(16384);

  /** Measures of key results. */
  static final SharedValues MEASURES = new SharedValues(16384);

  private final Object[] slots;

  SharedValues(int size) {
    slots = new Object[size];
  }

  /** An instance equal to {@code value}: the one seen before in its slot, or {@code value}. */
  @SuppressWarnings("unchecked")
  <T> T of(T value) {
    int slot = spread(hash(value)) & (slots.length - 1);
    Object seen = slots[slot];
    if (value.equals(seen)) {
      return (T) seen;
    }
    slots[slot] = value;
    return value;
  }

  // A linear measure's own hash adds its numbers' hashes, which for whole numbers share their low
  // bits, so that many measures collide; its numbers' bits, mixed, spread.
  private static int hash(Object value) {
    if (value instanceof LinearMeasure linear) {
      long bits = Double.doubleToLongBits(linear.start()) * 0x9E3779B97F4A7C15L
          + Double.doubleToLongBits(linear.target());
      return Long.hashCode(bits * 0xC2B2AE3D27D4EB4FL) ^ linear.hashCode();
    }
    return value.hashCode();
  }

  // MurmurHash3's finaliser: the hashes of doubles that hold whole numbers differ only in their
  // high bits, and the slot is taken from the low ones.
  private static int spread(int hash) {
    int h = hash;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ h >>> 16;
  }
}
