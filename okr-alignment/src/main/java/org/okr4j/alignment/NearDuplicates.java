package org.okr4j.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups of near-duplicate titles: exact copies bucketed first, then MinHash and
 * locality-sensitive hashing over one title per bucket, joined by union-find. Never all pairs,
 * and near-linear even when every title is the same.
 *
 * <p>Each title is its {@link TitleSimilarity#shingles(String) shingles}; a title without any
 * (blank, or left out by the caller) takes no part. Titles with the same shingles in one cycle
 * form one exact bucket, which enters the search once. 72 MinHash values of a bucket's
 * shingles are cut into 24 bands of 3, each band's key mixed with the cycle and folded to 32
 * bits: buckets that agree on a whole band are candidates (about 99.7 % of pairs at Jaccard 0.6
 * are), verified (same cycle, then the exact Jaccard similarity after a mask of their shingles
 * has refused most of them; see {@link Verifier}), so titles of different cycles never join.
 *
 * <p>Two passes over the band buckets. The first: within one band bucket, its members taken in
 * the order of their keys in the next band, a member is verified against each of the
 * {@value #WINDOW} groups met most recently (their latest member there, then their first),
 * never against its own group: a band bucket of a million templated titles costs linear time.
 * A member similar only to a middle member of a group, or to a group that left the window, is
 * missed there. The second (see {@link Repair}) goes back to each band bucket that still holds
 * two groups or more and verifies their members against each other, group by group, within a
 * budget of {@value #REPAIR_LOOKS} looks per member, so that a group all pairs would find is
 * not left in two.
 *
 * <p>Grouping joins similar titles whoever owns them; a group is reported when it spans two
 * owners and two families (see {@link #find(int[][], int[], int[], int[], double)}), which is
 * the same as holding two titles that differ in both.
 */
final class NearDuplicates {

  private static final Logger LOG = LoggerFactory.getLogger(NearDuplicates.class);
  private static final int HASHES = 72;
  /** 0, 1, 2, ... as longs: the multiples of a shingle's second hash that make its hashes. */
  private static final long[] HASH_STEPS = LongStream.range(0, HASHES).toArray();
  private static final int ROWS = 3;
  private static final int BANDS = HASHES / ROWS;
  private static final int WINDOW = 16;
  private static final int REPAIR_LOOKS = 32;

  /**
   * A group of near-duplicate titles.
   *
   * @param members indexes into the titles, ascending
   * @param similarity the weakest verified link that holds the group together (1 for exact copies)
   */
  record Group(int[] members, double similarity) {

    /** The members as a list, for tests and messages. */
    List<Integer> memberList() {
      return Arrays.stream(members).boxed().toList();
    }
  }

  private NearDuplicates() {}

  /**
   * The groups among titles of one cycle, each owned by the owner at the same index and each its
   * own family; for tests and callers without cycles.
   */
  static List<Group> find(List<String> titles, List<String> owners, double threshold) {
    int n = titles.size();
    int[][] shingles = new int[n][];
    int[] family = new int[n];
    for (int i = 0; i < n; i++) {
      shingles[i] = TitleSimilarity.shingles(titles.get(i));
      family[i] = i;
    }
    return find(shingles, numbers(owners), new int[n], family, threshold);
  }

  /**
   * The groups of near-duplicate titles: connected through links of Jaccard similarity at least
   * {@code threshold} within one cycle, with members of at least two owners and two families (a
   * family is a set of titles that are one effort, such as quotas handed to peers: never
   * duplicates of each other). Groups in the order of their first member.
   *
   * @param shingles each title's sorted, distinct shingle hashes; empty to leave a title out
   * @param owner each title's owner as a number
   * @param cycle each title's cycle as a number
   * @param family each title's family as a number
   */
  static List<Group> find(int[][] shingles, int[] owner, int[] cycle, int[] family,
      double threshold) {
    Shapes shapes = new Shapes(shingles.length);
    int[] shape = new int[shingles.length];
    for (int i = 0; i < shingles.length; i++) {
      shape[i] = shapes.add(shingles[i]);
    }
    return find(shape, shapes, owner, cycle, family, threshold);
  }

  /**
   * The groups as {@link #find(int[][], int[], int[], int[], double)} finds them, each title
   * given as its number in {@code shapes} ({@link Shapes#NONE} to leave it out).
   */
  static List<Group> find(int[] shape, Shapes shapes, int[] owner, int[] cycle, int[] family,
      double threshold) {
    int n = shape.length;
    int[] bucket = new int[n];
    int[] representative = exactBuckets(shape, cycle, bucket);
    int buckets = representative.length;
    int[] bucketShape = new int[buckets];
    int[] bucketCycle = new int[buckets];
    for (int b = 0; b < buckets; b++) {
      bucketShape[b] = shape[representative[b]];
      bucketCycle[b] = cycle[representative[b]];
    }
    Components components = new Components(buckets);
    int[] bandKeys = bandKeys(shapes, bucketShape, bucketCycle);
    BandBuckets bands = new BandBuckets(bandKeys, buckets);
    long[] order = new long[buckets];
    Verifier verifier = new Verifier(shapes, bucketShape, bucketCycle, threshold, components);
    for (int band = 0; band < BANDS; band++) {
      bands.layOut(band);
      for (int k = 0; k < bands.count(); k++) {
        // A band bucket whose members are one group already (a template's, after its first
        // bands) has nothing to verify: the window never verifies a member against its own group.
        if (bands.size(k) < 2 || oneGroup(bands.members(), bands.from(k), bands.to(k),
            components)) {
          continue;
        }
        if (bands.size(k) > 2) {
          byNextBand(bands.members(), bands.from(k), bands.to(k), bandKeys, (band + 1) % BANDS,
              order);
        }
        verifier.load(bands.members(), bands.from(k), bands.to(k));
        verify(bands.size(k), verifier, components);
      }
    }
    Repair repair = new Repair(buckets, verifier, components);
    for (int band = 0; band < BANDS; band++) {
      bands.layOut(band);
      for (int k = 0; k < bands.count(); k++) {
        if (bands.size(k) > 1) {
          repair.bucket(bands.members(), bands.from(k), bands.to(k));
        }
      }
    }
    LOG.debug("near-duplicates: {} titles, {} exact buckets, {} pairs verified, {} walked,"
        + " {} repair looks, {} band buckets over the repair budget", n, buckets,
        verifier.verified(), verifier.walked(), repair.looks(), repair.overBudget());
    return groups(bucket, owner, family, components);
  }

  /** True if the buckets {@code members[from..to)} all belong to one group. */
  private static boolean oneGroup(int[] members, int from, int to, Components components) {
    int root = components.find(members[from]);
    for (int i = from + 1; i < to; i++) {
      if (components.find(members[i]) != root) {
        return false;
      }
    }
    return true;
  }

  /**
   * Orders a band bucket's members by their key in another band (then by number): members that
   * also agree there, the likeliest to be similar, become neighbours, so that a chain of
   * near-copies meets its next link as a group's latest member. At the same number of
   * verifications this joins about a third of the groups that verifying in first-met order left
   * apart (20 000 templated titles, 16 bands and no second pass: 2 092 groups instead of 2 128,
   * against 2 025 for all pairs).
   */
  private static void byNextBand(int[] members, int from, int to, int[] bandKeys, int band,
      long[] order) {
    int size = to - from;
    for (int i = 0; i < size; i++) {
      int member = members[from + i];
      order[i] = (long) bandKeys[member * BANDS + band] << 32 | member;
    }
    Arrays.sort(order, 0, size);
    for (int i = 0; i < size; i++) {
      members[from + i] = (int) order[i];
    }
  }

  /**
   * Verifies the candidates of the band bucket {@linkplain Verifier#load loaded}, in the order
   * {@link #byNextBand} leaves (members named by their place in it): each
   * member against each of the {@value #WINDOW} groups met most recently in the bucket, newest
   * first, never against its own group and once per group; against a group, first its latest
   * member in the bucket, then (if that fails) its first, since members of a chain of near-copies
   * can be far apart. A bucket of one template is one group after its first members, so each
   * further member costs one look, not {@value #WINDOW}; in later bands such a bucket is one group
   * from the start, and {@link #find} skips it after one look per member, without ordering or
   * loading it (at the synthetic million employees' key results, about 11 % of the rule's time).
   */
  private static void verify(int count, Verifier verifier, Components components) {
    int[] latest = new int[WINDOW];
    int[] first = new int[WINDOW];
    int[] tried = new int[WINDOW];
    int size = 0;
    for (int member = 0; member < count; member++) {
      int root = components.find(verifier.bucket(member));
      int triedCount = 0;
      for (int i = size - 1; i >= 0; i--) {
        int candidateRoot = components.find(verifier.bucket(latest[i]));
        if (candidateRoot == root || contains(tried, triedCount, candidateRoot)) {
          continue;
        }
        tried[triedCount++] = candidateRoot;
        // The window's entries keep their group, so both members of entry i are in
        // candidateRoot's.
        if (verifier.join(latest[i], member, candidateRoot, root)
            || first[i] != latest[i] && verifier.join(first[i], member, candidateRoot, root)) {
          root = components.find(verifier.bucket(member));
        }
      }
      // Keep the groups other than the member's, oldest first, then the member's group with the
      // member as its latest and the earliest first member of the entries it took in.
      int kept = 0;
      int anchor = member;
      for (int i = 0; i < size; i++) {
        if (components.find(verifier.bucket(latest[i])) != root) {
          latest[kept] = latest[i];
          first[kept++] = first[i];
        } else if (anchor == member) {
          anchor = first[i];
        }
      }
      if (kept == WINDOW) {
        System.arraycopy(latest, 1, latest, 0, WINDOW - 1);
        System.arraycopy(first, 1, first, 0, WINDOW - 1);
        kept--;
      }
      latest[kept] = member;
      first[kept++] = anchor;
      size = kept;
    }
  }

  /**
   * The second pass, after every band's window: in each band bucket whose members still belong
   * to two or more groups, members of different groups are verified pair by pair, group against
   * group, until the two groups join or their members run out. Pairs whose ends already share a
   * group are never verified: a pair of groups stops at its first join, and a bucket of one group
   * (a template's bucket, after the first pass) costs one look per member, to see that it is one.
   *
   * <p>Besides that look, a band bucket gets at most {@value #REPAIR_LOOKS} looks at pairs (a pair
   * verified, or found to share a group by then) per member, so the pass is linear in the number
   * of titles whatever they are. What the bound gives up: a bucket holding many groups that stay
   * apart (titles that share a band without being similar, or two large families of templated
   * titles) runs out of looks, and a link between its later groups is left to the other bands.
   * At 20 000 templated and vocabulary titles ({@code DuplicatesBenchmark}) 469 of the 34 597
   * band buckets that need the pass run out; the groups number the 2 025 that all pairs make,
   * 2 017 of them with the same titles (without a budget: 2 023, the other two left apart by the
   * bands).
   */
  private static final class Repair {
    private final Verifier verifier;
    private final Components components;
    private final long[] byGroup;
    private final int[] runStart;
    private long looks;
    private long overBudget;

    Repair(int buckets, Verifier verifier, Components components) {
      this.verifier = verifier;
      this.components = components;
      byGroup = new long[buckets];
      runStart = new int[buckets + 1];
    }

    /** Repairs the band bucket {@code members[from..to)}. */
    void bucket(int[] members, int from, int to) {
      looks += to - from;
      if (oneGroup(members, from, to, components)) {
        return;
      }
      // The members by group (the group's root, then the member's place, which follows its
      // number): one run per group.
      int size = to - from;
      verifier.load(members, from, to);
      for (int i = 0; i < size; i++) {
        byGroup[i] = (long) components.find(members[from + i]) << 32 | i;
      }
      Arrays.sort(byGroup, 0, size);
      int runs = 0;
      for (int i = 0; i < size; i++) {
        if (i == 0 || byGroup[i] >>> 32 != byGroup[i - 1] >>> 32) {
          runStart[runs++] = i;
        }
      }
      runStart[runs] = size;
      long left = REPAIR_LOOKS * (long) size;
      for (int j = 1; j < runs; j++) {
        for (int i = 0; i < j; i++) {
          left = joinRuns(i, j, left);
          if (left < 0) {
            overBudget++;
            return;
          }
        }
      }
    }

    /**
     * Verifies run {@code i}'s members against run {@code j}'s until the two groups are one or
     * the pairs or looks run out; returns the looks left, negative when they ran out.
     */
    private long joinRuns(int i, int j, long left) {
      // A run's members shared a group when sorted, and groups only ever join whole: one find
      // per run, and no group changes until a join, which ends the pair of runs.
      int rootI = components.find(verifier.bucket((int) byGroup[runStart[i]]));
      int rootJ = components.find(verifier.bucket((int) byGroup[runStart[j]]));
      for (int x = runStart[i]; x < runStart[i + 1]; x++) {
        int a = (int) byGroup[x];
        for (int y = runStart[j]; y < runStart[j + 1]; y++) {
          if (--left < 0) {
            return left;
          }
          looks++;
          if (rootI == rootJ || verifier.join(a, (int) byGroup[y], rootI, rootJ)) {
            return left;
          }
        }
      }
      return left;
    }

    long looks() {
      return looks;
    }

    long overBudget() {
      return overBudget;
    }
  }

  /**
   * One band's buckets at a time, laid out side by side: the members of band bucket {@code k}
   * are {@code members()[from(k)..to(k))}, in the order of their bucket numbers. One table and a
   * few arrays serve every band: each band's own would be garbage of the set's size.
   */
  private static final class BandBuckets {
    private final int[] bandKeys;
    private final BucketNumbers numbers;
    private final int[] bucketOf;
    private final int[] start;
    private final int[] fill;
    private final int[] members;

    BandBuckets(int[] bandKeys, int buckets) {
      this.bandKeys = bandKeys;
      numbers = new BucketNumbers(buckets);
      bucketOf = new int[buckets];
      start = new int[buckets + 1];
      fill = new int[buckets];
      members = new int[buckets];
    }

    /** Numbers each bucket's key in {@code band}, then lays out the band buckets' members. */
    void layOut(int band) {
      int buckets = bucketOf.length;
      numbers.clear();
      for (int b = 0; b < buckets; b++) {
        bucketOf[b] = numbers.of(bandKeys[b * BANDS + band]);
      }
      int count = numbers.count();
      Arrays.fill(start, 0, count + 1, 0);
      for (int b = 0; b < buckets; b++) {
        start[bucketOf[b] + 1]++;
      }
      for (int k = 0; k < count; k++) {
        start[k + 1] += start[k];
      }
      System.arraycopy(start, 0, fill, 0, count);
      for (int b = 0; b < buckets; b++) {
        members[fill[bucketOf[b]]++] = b;
      }
    }

    int count() {
      return numbers.count();
    }

    int from(int k) {
      return start[k];
    }

    int to(int k) {
      return start[k + 1];
    }

    int size(int k) {
      return start[k + 1] - start[k];
    }

    int[] members() {
      return members;
    }
  }

  /**
   * Verifies candidate pairs of exact buckets and joins the similar ones of one cycle (band keys
   * keep cycles apart only by their hash, so it is checked here). Each bucket's shape carries a
   * {@linkplain TitleSimilarity#mask mask} of its shingles and their number (see {@link
   * Shapes#similarity}), which refuse most candidates without reading the shingles (titles that
   * share a band by chance differ in most shingles), the mask {@linkplain TitleSimilarity#folded
   * folded} to one long first; the refusal is exact, never a guess.
   *
   * <p>Both ends of every pair lie in one band bucket, so the bucket's members are {@linkplain
   * #load loaded} first: their buckets, shapes, cycles, sizes, masks and folded masks copied side
   * by side in the bucket's order, one read of each member's, scattered over the tables, instead
   * of one per pair (in the first pass a member is verified against up to twice {@value
   * #WINDOW} others; the second allows {@value #REPAIR_LOOKS} looks per member of a bucket).
   * Pairs are then named by their members' places in the bucket. The copies take 56 bytes per
   * member of the largest band bucket so far (56 MB for a bucket of a million titles) until the
   * search ends.
   */
  private static final class Verifier {
    private static final int MASK = TitleSimilarity.MASK_LONGS;
    private final Shapes shapes;
    private final int[] shape;
    private final int[] cycle;
    private final double threshold;
    private final Components components;
    private int[] loadedBucket = new int[64];
    private int[] loadedShape = new int[64];
    private int[] loadedCycle = new int[64];
    private int[] loadedSize = new int[64];
    private long[] loadedMasks = new long[64 * MASK];
    private long[] loadedFolds = new long[64];
    private long verified;
    private long walked;

    Verifier(Shapes shapes, int[] bucketShape, int[] bucketCycle, double threshold,
        Components components) {
      this.shapes = shapes;
      this.shape = bucketShape;
      this.cycle = bucketCycle;
      this.threshold = threshold;
      this.components = components;
    }

    /** Loads the band bucket {@code members[from..to)}, its members named 0, 1, 2, ... */
    void load(int[] members, int from, int to) {
      int size = to - from;
      if (size > loadedBucket.length) {
        int capacity = Math.max(size, loadedBucket.length * 2);
        loadedBucket = new int[capacity];
        loadedShape = new int[capacity];
        loadedCycle = new int[capacity];
        loadedSize = new int[capacity];
        loadedMasks = new long[capacity * MASK];
        loadedFolds = new long[capacity];
      }
      for (int i = 0; i < size; i++) {
        int b = members[from + i];
        int s = shape[b];
        loadedBucket[i] = b;
        loadedShape[i] = s;
        loadedCycle[i] = cycle[b];
        loadedSize[i] = shapes.size(s);
        shapes.copyMask(s, loadedMasks, i * MASK);
        loadedFolds[i] = TitleSimilarity.folded(loadedMasks, i * MASK);
      }
    }

    /** The bucket of the loaded member {@code i}. */
    int bucket(int i) {
      return loadedBucket[i];
    }

    /**
     * Joins the groups, whose roots are given, of two loaded members if their titles are similar
     * enough; true if it did.
     */
    boolean join(int candidate, int member, int candidateRoot, int memberRoot) {
      verified++;
      if (loadedCycle[candidate] != loadedCycle[member]
          || TitleSimilarity.refuses(loadedSize[candidate], loadedFolds[candidate],
              loadedSize[member], loadedFolds[member], threshold)
          || TitleSimilarity.refuses(loadedSize[candidate], loadedMasks, candidate * MASK,
              loadedSize[member], loadedMasks, member * MASK, threshold)) {
        return false;
      }
      walked++;
      double similarity = TitleSimilarity.jaccardAtLeast(shapes.shingles(loadedShape[candidate]),
          shapes.shingles(loadedShape[member]), threshold);
      if (similarity >= threshold) {
        components.link(candidateRoot, memberRoot, similarity);
        return true;
      }
      return false;
    }

    /** The pairs verified so far. */
    long verified() {
      return verified;
    }

    /** The pairs whose shingles were walked, the mask not refusing them. */
    long walked() {
      return walked;
    }
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  /** The components with two owners and two families, members ascending. */
  private static List<Group> groups(int[] bucket, int[] owner, int[] family,
      Components components) {
    int n = bucket.length;
    int buckets = components.size();
    int[] size = new int[buckets];
    int[] firstOwner = new int[buckets];
    int[] firstFamily = new int[buckets];
    boolean[] owners = new boolean[buckets];
    boolean[] families = new boolean[buckets];
    // Each bucket's root found once, in bucket order; then each title's read from it.
    int[] rootOfBucket = new int[buckets];
    for (int b = 0; b < buckets; b++) {
      rootOfBucket[b] = components.find(b);
    }
    int[] root = new int[n];
    for (int i = 0; i < n; i++) {
      if (bucket[i] < 0) {
        root[i] = -1;
        continue;
      }
      int r = rootOfBucket[bucket[i]];
      root[i] = r;
      if (size[r]++ == 0) {
        firstOwner[r] = owner[i];
        firstFamily[r] = family[i];
      } else {
        owners[r] |= owner[i] != firstOwner[r];
        families[r] |= family[i] != firstFamily[r];
      }
    }
    int[] group = new int[buckets];
    Arrays.fill(group, -1);
    List<int[]> memberLists = new ArrayList<>();
    List<Double> weakest = new ArrayList<>();
    int[] filled = new int[buckets];
    for (int i = 0; i < n; i++) {
      int r = root[i];
      if (r < 0 || !owners[r] || !families[r]) {
        continue;
      }
      if (group[r] < 0) {
        group[r] = memberLists.size();
        memberLists.add(new int[size[r]]);
        weakest.add(components.weakest(r));
      }
      memberLists.get(group[r])[filled[r]++] = i;
    }
    List<Group> result = new ArrayList<>(memberLists.size());
    for (int g = 0; g < memberLists.size(); g++) {
      result.add(new Group(memberLists.get(g), weakest.get(g)));
    }
    return result;
  }

  /**
   * Numbers the exact buckets (same cycle, same shape) 0, 1, 2, ... in the order of their first
   * title, fills each title's bucket (-1 for a title without a shape) and returns each bucket's
   * first title.
   */
  private static int[] exactBuckets(int[] shape, int[] cycle, int[] bucket) {
    int n = shape.length;
    BucketNumbers numbers = new BucketNumbers(n / 4);
    int[] representative = new int[n];
    for (int i = 0; i < n; i++) {
      if (shape[i] == Shapes.NONE) {
        bucket[i] = -1;
        continue;
      }
      int count = numbers.count();
      bucket[i] = numbers.of((long) shape[i] << 32 | cycle[i] & 0xFFFF_FFFFL);
      if (bucket[i] == count) {
        representative[count] = i;
      }
    }
    return Arrays.copyOf(representative, numbers.count());
  }

  /**
   * Each bucket's {@value #BANDS} band keys side by side, its cycle mixed into each, folded to 32
   * bits: 96 bytes a bucket less held during the search than 64-bit keys (31 MB for the 326 000
   * buckets of key-result titles of the synthetic million employees; a gigabyte for ten million
   * distinct titles). What that gives up: unrelated buckets share a band bucket by chance (about
   * k² / 2³³ pairs per band for k buckets, some 300 over the bands at 326 000). Such a
   * pair is never joined unless {@link Verifier} finds it similar in one cycle, but it can take a
   * slot of the first pass's window or looks of the repair budget in that band bucket, so in rare
   * cases the groups may differ from what 64-bit keys give; the result stays deterministic. Both
   * ways the default policy at a million employees counts the same findings of each code, and
   * {@code DuplicatesBenchmark} the same recall, precision and number of findings.
   */
  private static int[] bandKeys(Shapes shapes, int[] bucketShape, int[] bucketCycle) {
    int[] keys = new int[bucketShape.length * BANDS];
    long[] minima = new long[HASHES];
    for (int b = 0; b < bucketShape.length; b++) {
      signature(shapes.shingles(bucketShape[b]), minima);
      for (int band = 0; band < BANDS; band++) {
        long key = band * 31L + bucketCycle[b];
        for (int r = 0; r < ROWS; r++) {
          key = key * 0x9E3779B97F4A7C15L + minima[band * ROWS + r];
        }
        keys[b * BANDS + band] = (int) (key ^ key >>> 32);
      }
    }
    return keys;
  }

  /**
   * The smallest of each of the {@value #HASHES} hashes over the shingles: the k-th hash of a
   * shingle is {@code h1 + k * h2} (wrapping), mixed. Each is worked out from {@code k}, and the
   * smaller kept by {@link #lesser} rather than by a comparison, so that no step of the loop
   * depends on the one before and the compiler can work out several hashes at once (timings in
   * okr-examples/BENCHMARKS.md).
   */
  static void signature(int[] shingles, long[] minima) {
    Arrays.fill(minima, Long.MAX_VALUE);
    for (int shingle : shingles) {
      long h1 = shingle * 0x9E3779B97F4A7C15L;
      long h2 = (h1 ^ (h1 >>> 31)) * 0xBF58476D1CE4E5B9L | 1;
      for (int k = 0; k < HASHES; k++) {
        long h = h1 + HASH_STEPS[k] * h2;
        minima[k] = lesser(h ^ h >>> 29, minima[k]);
      }
    }
  }

  /**
   * {@code Math.min(a, b)} by arithmetic alone, which the compiler of JDK 17 can apply to several
   * pairs at once, as it does not {@code Math.min} of longs: {@code a - b} wraps, but {@code b +
   * (a - b)} is {@code a} all the same, and whether {@code a < b} is the sign of {@code a - b}
   * corrected for overflow (Hacker's Delight, on comparison predicates).
   */
  static long lesser(long a, long b) {
    long difference = a - b;
    long aBelow = (difference ^ ((a ^ b) & (difference ^ a))) >> 63;
    return b + (difference & aBelow);
  }

  /**
   * Union-find over buckets, iterative with path halving and union by size, remembering for each
   * group the weakest link that joined it.
   */
  private static final class Components {
    private final int[] parent;
    private final int[] size;
    private final double[] weakest;

    Components(int count) {
      parent = new int[count];
      size = new int[count];
      weakest = new double[count];
      for (int i = 0; i < count; i++) {
        parent[i] = i;
        size[i] = 1;
        weakest[i] = 1;
      }
    }

    int size() {
      return parent.length;
    }

    int find(int node) {
      int r = node;
      while (parent[r] != r) {
        parent[r] = parent[parent[r]];
        r = parent[r];
      }
      return r;
    }

    /** Joins the groups of two roots, the smaller under the larger. */
    void link(int root, int another, double similarity) {
      int ra = root;
      int rb = another;
      if (size[ra] < size[rb]) {
        int swap = ra;
        ra = rb;
        rb = swap;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
      weakest[ra] = Math.min(similarity, Math.min(weakest[ra], weakest[rb]));
    }

    double weakest(int root) {
      return weakest[root];
    }
  }

  /**
   * Numbers band keys 0, 1, 2, ... in the order first met: an open-addressing table of longs, so
   * that bucketing ten million titles boxes nothing.
   */
  private static final class BucketNumbers {
    private long[] keys;
    private int[] numbers;
    private int mask;
    private int count;

    /** A table for about {@code expected} keys, growing when more come. */
    BucketNumbers(int expected) {
      int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1;
      keys = new long[capacity];
      numbers = new int[capacity];
      mask = capacity - 1;
    }

    int of(long key) {
      int slot = slot(key);
      while (numbers[slot] != 0) {
        if (keys[slot] == key) {
          return numbers[slot] - 1;
        }
        slot = slot + 1 & mask;
      }
      if (2 * (count + 1) > keys.length) {
        grow();
        slot = slot(key);
        while (numbers[slot] != 0) {
          slot = slot + 1 & mask;
        }
      }
      keys[slot] = key;
      numbers[slot] = ++count;
      return count - 1;
    }

    /** The high bits of the key, mixed: every bit of the key counts. */
    private int slot(long key) {
      return (int) (key * 0x9E3779B97F4A7C15L >>> 64 - Integer.bitCount(mask));
    }

    /** Doubles the table, keeping every key's number. */
    private void grow() {
      long[] oldKeys = keys;
      int[] oldNumbers = numbers;
      keys = new long[oldKeys.length * 2];
      numbers = new int[oldKeys.length * 2];
      mask = keys.length - 1;
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldNumbers[s] != 0) {
          int slot = slot(oldKeys[s]);
          while (numbers[slot] != 0) {
            slot = slot + 1 & mask;
          }
          keys[slot] = oldKeys[s];
          numbers[slot] = oldNumbers[s];
        }
      }
    }

    int count() {
      return count;
    }

    /** Forgets every key, keeping the table. */
    void clear() {
      Arrays.fill(numbers, 0);
      count = 0;
    }
  }

  /** Each distinct value as a small number, so that comparing two is comparing ints. */
  static <T> int[] numbers(List<T> values) {
    Map<T, Integer> numbers = new HashMap<>();
    int[] result = new int[values.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = numbers.computeIfAbsent(values.get(i), v -> numbers.size());
    }
    return result;
  }
}
