package org.okr4j.alignment;

/**
 * What a rule run worked out for the titles it met last: a small direct-mapped cache, like a
 * CPU's, that recognises a title by identity. A set shares one instance among equal templated
 * titles ({@code OkrSet} does as it is built), so that "Close 20 deals this quarter" for every
 * sales rep is found here after one memory access, where a hash map of millions of titles costs
 * several cache misses per look. A title not found here is looked up the slow way and put in.
 * For one rule run, not thread-safe.
 *
 * @param <V> what is kept for each title
 */
final class RecentTitles<V> {

  private static final int SLOTS = 1 << 14;

  private final String[] titles = new String[SLOTS];
  private final Object[] values = new Object[SLOTS];

  /** What was put for this very instance of a title, if it is still held; else null. */
  @SuppressWarnings("unchecked")
  V get(String title) {
    int slot = slot(title);
    return titles[slot] == title ? (V) values[slot] : null;
  }

  /** Keeps {@code value} for the title, in place of whatever its slot held. */
  void put(String title, V value) {
    int slot = slot(title);
    titles[slot] = title;
    values[slot] = value;
  }

  private static int slot(String title) {
    int h = title.hashCode();
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h & (SLOTS - 1);
  }
}
