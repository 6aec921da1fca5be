package org.okr4j.core.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.okr4j.core.KeyResult;
import org.okr4j.core.Objective;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each distinct title of a set's key results (or of its objectives) as a number 0, 1, 2, ... in
 * the order first numbered (set order, or id order in a one-thread check's walk), made once per
 * check ({@code ValidationContext.derived}, keyed
 * by {@link SetColumns} or {@link OfObjectives}) and shared by the rules that read titles:
 * the wording rules, the near-duplicate rules and the opposite-directions rule. Large
 * organisations repeat templated titles (the synthetic million employees: ten million key
 * results, 326 000 distinct titles), so a rule works out what it needs of a title once per
 * distinct title, and reads the numbers from an array indexed by position ({@code
 * OkrLinks.firstKeyResult(o) + k} for the key result {@code k} of objective {@code o}; the
 * objective's position for objectives).
 *
 * <p>Numbering reads the titles in the order they come, where they lie in memory, through a
 * small direct-mapped cache that recognises a title by identity (a set shares one instance among
 * equal titles met close together) in front of an open-addressing table of the distinct titles.
 * Immutable once made, except a numbering's {@linkplain Numbering#live() live view}, which only
 * the numbering's thread sees; {@link Memo} is for one rule run.
 */
public final class TitleNumbers {

  private static final Logger LOG = LoggerFactory.getLogger(TitleNumbers.class);

  private static final int RECENT = 1 << 14;

  private final int[] numbers;
  // Fixed once made, except in a numbering's live view, which its numbering keeps up to date.
  private String[] titles;
  private int count;

  private TitleNumbers(int[] numbers, String[] titles, int count) {
    this.numbers = numbers;
    this.titles = titles;
    this.count = count;
  }

  /** The key results' title numbers, key results in set order. */
  public static TitleNumbers ofKeyResults(List<Objective> objectives) {
    int count = 0;
    for (Objective objective : objectives) {
      count += objective.keyResults().size();
    }
    Numbering numbering = new Numbering(count);
    for (Objective objective : objectives) {
      for (KeyResult keyResult : objective.keyResults()) {
        numbering.add(keyResult.title());
      }
    }
    return numbering.finish();
  }

  /** The objectives' title numbers, objectives in set order. */
  public static TitleNumbers ofObjectives(List<Objective> objectives) {
    Numbering numbering = new Numbering(objectives.size());
    for (Objective objective : objectives) {
      numbering.add(objective.title());
    }
    return numbering.finish();
  }

  /**
   * The number of the title at {@code position}; in a numbering's {@linkplain Numbering#live()
   * live view}, only of a position numbered already.
   */
  public int number(int position) {
    return numbers[position];
  }

  /** How many titles were numbered, one per position. */
  public int size() {
    return numbers.length;
  }

  /** How many distinct titles there are. */
  public int count() {
    return count;
  }

  /** The title numbered {@code number}. */
  public String title(int number) {
    return titles[number];
  }

  /** What {@code compute} makes of each distinct title, worked out on first request. */
  public <V> Memo<V> memo(Function<String, ? extends V> compute) {
    return new Memo<>(this, compute, null);
  }

  /**
   * What {@code compute} makes of each distinct title, worked out on first request, for a
   * function that makes {@code usual} (or a value equal to it) of most titles, such as {@code
   * Optional.empty()} for "no such word": a title known to give it is marked by one bit and
   * answered with {@code usual} itself, without a read of the array of values. Rules read a memo
   * once per objective or key result (ten million key results at the synthetic million
   * employees) in no order the titles' numbers follow: those reads go to the bits of the 326 000
   * distinct key-result titles (40 KB) rather than to an array of as many references (1.3 MB),
   * which is still made for the other titles' values.
   */
  public <V> Memo<V> memo(Function<String, ? extends V> compute, V usual) {
    return new Memo<>(this, compute, Objects.requireNonNull(usual, "usual"));
  }

  /**
   * What a function makes of each distinct title, worked out once per title on first request:
   * for one rule run, not thread-safe.
   *
   * @param <V> what the function makes; never null
   */
  public static final class Memo<V> {
    private final TitleNumbers numbers;
    private final Function<String, ? extends V> compute;
    /** The value most titles give, or null if the memo was made without one. */
    private final V usual;
    /** Bit {@code n} set if the title numbered {@code n} gives {@link #usual}. */
    private long[] givesUsual;
    /** What each other title gives, once worked out; null until then. */
    private Object[] values;

    private Memo(TitleNumbers numbers, Function<String, ? extends V> compute, V usual) {
      this.numbers = numbers;
      this.compute = Objects.requireNonNull(compute, "compute");
      this.usual = usual;
      values = new Object[numbers.count()];
      givesUsual = new long[words(values.length)];
    }

    /** What the function makes of the title at {@code position}. */
    public V at(int position) {
      return ofNumber(numbers.number(position));
    }

    /** What the function makes of the title numbered {@code number}. */
    @SuppressWarnings("unchecked")
    public V ofNumber(int number) {
      if (number >= values.length) {
        // Made over a live view: titles numbered since then, and more to come.
        values = Arrays.copyOf(values, Math.max(number + 1, values.length * 2));
        givesUsual = Arrays.copyOf(givesUsual, words(values.length));
      }
      if ((givesUsual[number >>> 6] & 1L << number) != 0) {
        return usual;
      }
      Object value = values[number];
      if (value == null) {
        V computed = Objects.requireNonNull(compute.apply(numbers.titles[number]), "memo value");
        if (computed.equals(usual)) {
          givesUsual[number >>> 6] |= 1L << number;
          return usual;
        }
        values[number] = computed;
        value = computed;
      }
      return (V) value;
    }

    private static int words(int bits) {
      return (bits + 63) >>> 6;
    }
  }

  /**
   * The objectives' numbers as a type of their own, the key under which a check keeps them
   * ({@code ValidationContext.derived}). The key results' are kept with the set's other columns
   * ({@link SetColumns}).
   */
  public record OfObjectives(TitleNumbers numbers) {

    /** The numbers of these objectives. */
    public static OfObjectives of(List<Objective> objectives) {
      return new OfObjectives(ofObjectives(objectives));
    }
  }

  /**
   * Numbers titles as they come, a block at a time: first every title's hash (which reads its
   * characters unless the string has its hash already), then the table's copy of the title each
   * hash leads to, with each title's string and the first of its characters, then each title
   * through an identity cache and the open-addressing table. Reading a block's memory in loops of
   * their own lets the processor wait for many titles at once instead of one at a time (with ten
   * million titles, 326 000 distinct, comparing a title with its table's copy waited for that copy
   * most of the time).
   */
  static final class Numbering {
    private static final int BLOCK = 64;
    private final String[] recent = new String[RECENT];
    private final int[] recentNumber = new int[RECENT];
    private final String[] block = new String[BLOCK];
    private final int[] blockHashes = new int[BLOCK];
    private final int[] blockPositions = new int[BLOCK];
    private int blockSize;
    private final int[] numbers;
    private int added;
    private String[] titles;
    // Each used slot holds a title's hash (high half) and its number plus one (low half, never
    // zero): a probe compares hashes without reading another array.
    private long[] slots;
    private int count;
    private long lengthsRead;
    private final TitleNumbers live;

    /** Numbering for {@code size} titles, added one by one. */
    Numbering(int size) {
      numbers = new int[size];
      // Templated titles repeat: start small, and double as distinct titles come.
      int capacity = Integer.highestOneBit(Math.max(16, size / 16) * 2 - 1) << 1;
      slots = new long[capacity];
      titles = new String[capacity / 2];
      live = new TitleNumbers(numbers, titles, 0);
    }

    /** Adds the title at the next position; its number is known after the next {@link #flush}. */
    void add(String title) {
      add(added, title);
    }

    /**
     * Adds the title at {@code position}, each position once, in any order; its number is known
     * after the next {@link #flush}.
     */
    void add(int position, String title) {
      block[blockSize] = title;
      blockPositions[blockSize++] = position;
      added++;
      if (blockSize == BLOCK) {
        numberBlock();
      }
    }

    /** Numbers the titles added so far. */
    void flush() {
      numberBlock();
    }

    /**
     * The numbers as they are made, for the thread that adds titles: a title's number, the
     * titles and their count as of the last {@link #flush}.
     */
    TitleNumbers live() {
      return live;
    }

    /** The numbers of every title added, and the distinct titles. */
    TitleNumbers finish() {
      numberBlock();
      LOG.debug("numbered {} titles: {} distinct (lengths read ahead: {})", added, count,
          lengthsRead);
      return new TitleNumbers(numbers, Arrays.copyOf(titles, count), count);
    }

    private void numberBlock() {
      for (int i = 0; i < blockSize; i++) {
        blockHashes[i] = block[i].hashCode();
      }
      // The table's copy of the title each hash leads to, and each title's string, read ahead of
      // the comparisons in a loop of their own, as the hashes are: their lengths lie in the first
      // line of their characters (summed only so that the reads are not left out).
      int lengths = 0;
      for (int i = 0; i < blockSize; i++) {
        long entry = slots[slot(blockHashes[i])];
        lengths += block[i].length();
        if (entry != 0 && (int) (entry >>> 32) == blockHashes[i]) {
          lengths += titles[(int) entry - 1].length();
        }
      }
      lengthsRead += lengths;
      for (int i = 0; i < blockSize; i++) {
        numbers[blockPositions[i]] = number(block[i], blockHashes[i]);
        block[i] = null;
      }
      blockSize = 0;
      live.titles = titles;
      live.count = count;
    }

    private int number(String title, int hash) {
      int r = (hash ^ hash >>> 16) * 0x85EBCA6B >>> 18;
      if (recent[r] == title) {
        return recentNumber[r];
      }
      int number = find(title, hash);
      recent[r] = title;
      recentNumber[r] = number;
      return number;
    }

    private int find(String title, int hash) {
      if (count == titles.length) {
        grow();
      }
      int mask = slots.length - 1;
      int slot = slot(hash);
      long entry;
      while ((entry = slots[slot]) != 0) {
        if ((int) (entry >>> 32) == hash) {
          int n = (int) entry - 1;
          if (titles[n].equals(title)) {
            return n;
          }
        }
        slot = slot + 1 & mask;
      }
      titles[count] = title;
      slots[slot] = (long) hash << 32 | ++count;
      return count - 1;
    }

    /** Doubles the table, keeping it at most half full. */
    private void grow() {
      titles = Arrays.copyOf(titles, titles.length * 2);
      long[] old = slots;
      slots = new long[old.length * 2];
      int mask = slots.length - 1;
      for (long entry : old) {
        if (entry != 0) {
          int slot = slot((int) (entry >>> 32));
          while (slots[slot] != 0) {
            slot = slot + 1 & mask;
          }
          slots[slot] = entry;
        }
      }
    }

    /** The high bits of the hash, mixed: a table's capacity is a power of two. */
    private int slot(int hash) {
      return (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(slots.length - 1);
    }
  }
}
