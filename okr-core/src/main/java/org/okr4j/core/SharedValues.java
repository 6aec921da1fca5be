package org.okr4j.core;

/**
 * One instance of each recently seen value of a kind (titles, measures): large organisations write
 * the same templated key results over and over ("Close 20 deals this quarter", "linear 0 -> 20"
 * for every sales rep), and each copy of a title costs about 70 bytes, of a measure about 40.
 *
 * <p>A direct-mapped cache, like a CPU's: a value takes the slot its hash picks, and an equal
 * value later gets that instance back. Only for immutable values whose {@code equals} is exact.
 * Racy but safe: the values have final fields only, and a lost write only costs a copy.
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
