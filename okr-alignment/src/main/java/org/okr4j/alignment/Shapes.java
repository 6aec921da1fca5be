package org.okr4j.alignment;

import java.util.Arrays;

/**
 * Distinct shingle sets ({@link TitleSimilarity#shingles(String)}) numbered 0, 1, 2, ... in the
 * order added, each with its {@linkplain TitleSimilarity#mask mask}: titles that differ only in
 * case, punctuation or spacing have one shape, so the near-duplicate search buckets exact copies
 * by a number rather than by hashing every title's shingles, and a shape's mask is made once
 * however many titles and cycles share it. For one rule run, not thread-safe.
 */
final class Shapes {

  /** What {@link #add(int[])} gives a title without shingles: it takes no part. */
  static final int NONE = -1;

  private int[][] shingles;
  private int[] hashes;
  private int[] sizes;
  private long[] masks;
  private int[] slots;
  private int count;

  Shapes(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    slots = new int[capacity];
    shingles = new int[capacity / 2][];
    hashes = new int[capacity / 2];
    sizes = new int[capacity / 2];
    masks = new long[capacity / 2 * TitleSimilarity.MASK_LONGS];
  }

  /** The number of this shingle set, numbering it if it is new; {@link #NONE} if it is empty. */
  int add(int[] titleShingles) {
    if (titleShingles.length == 0) {
      return NONE;
    }
    if (count == shingles.length) {
      grow();
    }
    int hash = Arrays.hashCode(titleShingles);
    int mask = slots.length - 1;
    int slot = slot(hash);
    while (slots[slot] != 0) {
      int s = slots[slot] - 1;
      if (hashes[s] == hash && Arrays.equals(shingles[s], titleShingles)) {
        return s;
      }
      slot = slot + 1 & mask;
    }
    shingles[count] = titleShingles;
    hashes[count] = hash;
    sizes[count] = titleShingles.length;
    TitleSimilarity.mask(titleShingles, masks, count * TitleSimilarity.MASK_LONGS);
    slots[slot] = ++count;
    return count - 1;
  }

  /** How many shapes there are. */
  int count() {
    return count;
  }

  /** The shingles of a shape. */
  int[] shingles(int shape) {
    return shingles[shape];
  }

  /** How many shingles a shape has. */
  int size(int shape) {
    return sizes[shape];
  }

  /** A shape's {@linkplain TitleSimilarity#folded folded mask}. */
  long folded(int shape) {
    return TitleSimilarity.folded(masks, shape * TitleSimilarity.MASK_LONGS);
  }

  /** Copies a shape's {@linkplain TitleSimilarity#mask mask} into {@code to} at {@code offset}. */
  void copyMask(int shape, long[] to, int offset) {
    System.arraycopy(masks, shape * TitleSimilarity.MASK_LONGS, to, offset,
        TitleSimilarity.MASK_LONGS);
  }

  /**
   * True if the size and mask of {@code shape} and those of another title ({@code otherSize}
   * shingles, its mask at {@code otherMasks[otherOffset..]}) prove their similarity below {@code
   * threshold} ({@link TitleSimilarity#refuses(int, long[], int, int, long[], int, double)}): the
   * shape's are read where the table keeps them, and no shingles are read.
   */
  boolean refuses(int shape, int otherSize, long[] otherMasks, int otherOffset, double threshold) {
    return TitleSimilarity.refuses(sizes[shape], masks, shape * TitleSimilarity.MASK_LONGS,
        otherSize, otherMasks, otherOffset, threshold);
  }

  /**
   * True if two shapes (never {@link #NONE}) are at least {@code threshold} similar; a shape is
   * like itself.
   */
  boolean similar(int a, int b, double threshold) {
    return a == b || similarity(a, b, threshold) >= threshold;
  }

  /**
   * The Jaccard similarity of two shapes, or -1 if their sizes and masks refuse it (which reads
   * neither's shingles: the sizes and masks lie in two arrays).
   */
  double similarity(int a, int b, double threshold) {
    if (refuses(a, sizes[b], masks, b * TitleSimilarity.MASK_LONGS, threshold)) {
      return -1;
    }
    return TitleSimilarity.jaccardAtLeast(shingles[a], shingles[b], threshold);
  }

  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(slots.length - 1);
  }

  /** Doubles the table, keeping it at most half full. */
  private void grow() {
    shingles = Arrays.copyOf(shingles, shingles.length * 2);
    hashes = Arrays.copyOf(hashes, hashes.length * 2);
    sizes = Arrays.copyOf(sizes, sizes.length * 2);
    masks = Arrays.copyOf(masks, masks.length * 2);
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int s = 0; s < count; s++) {
      int slot = slot(hashes[s]);
      while (slots[slot] != 0) {
        slot = slot + 1 & mask;
      }
      slots[slot] = s + 1;
    }
  }
}
