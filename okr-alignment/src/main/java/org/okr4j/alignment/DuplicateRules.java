package org.okr4j.alignment;

import static org.okr4j.alignment.AlignmentRules.DUPLICATE_KEY_RESULTS;
import static org.okr4j.alignment.AlignmentRules.DUPLICATE_OBJECTIVES;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.okr4j.core.Identifier;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.internal.SetColumns;
import org.okr4j.core.internal.TitleNumbers;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationContext;
import org.okr4j.core.validation.ValidationRule;
import org.okr4j.core.validation.Violation;

/**
 * Groups of near-duplicate objectives and key results of different owners in one cycle, found by
 * {@link NearDuplicates} (exact copies bucketed, then MinHash, locality-sensitive hashing and
 * union-find; never all pairs). One violation per group, groups in the order of their first
 * member, members in the order the search takes them: objectives by id; key results by their
 * objectives' ids, then their place in the objective (each objective's key results together,
 * and no sort of millions of ids when a template's group is that large). Neither depends on the
 * order of the set's lists.
 *
 * <p>What is not duplicated effort, and so never joins a group:
 * <ul>
 *   <li>a cascaded copy: an objective whose title reads like that of an objective it aligns to
 *       vertically, or a key result whose title reads like one of the key results of an objective
 *       its own objective aligns to vertically (through the objective or one of its key results);
 *       the parent stands for both;</li>
 *   <li>a shared template among peers: people's objectives aligned (first vertical link) to one
 *       parent objective, and people's key results whose objectives are so aligned or are one
 *       objective, as individual quotas are. They are one effort split between people; such a
 *       group alone is not reported.</li>
 * </ul>
 */
final class DuplicateRules {

  /** The most titles a violation shows, and the most characters of each. */
  private static final int TITLES_SHOWN = 3;
  private static final int TITLE_LENGTH = 40;

  private DuplicateRules() {}

  static ValidationRule objectives() {
    return (context, out) -> {
      if (!context.reports(DUPLICATE_OBJECTIVES)) {
        return;
      }
      OkrLinks links = context.links();
      double threshold = context.get(AlignmentRules.SIMILARITY_THRESHOLD);
      int n = links.objectiveCount();
      TitleNumbers numbers = objectiveTitles(context);
      SetColumns columns = columns(context);
      ShapedTitles shapes = new ShapedTitles(numbers);
      // The search takes the objectives in id order: order[rank] is the objective at that rank.
      int[] order = new int[n];
      int[] rank = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = links.inIdOrder(i);
        rank[order[i]] = i;
      }
      // In set order, where the objectives lie in memory, each put at its rank.
      Search search = new Search(n);
      for (int o = 0; o < n; o++) {
        int title = numbers.number(o);
        boolean copied = false;
        for (int e = links.parentEdgeStart(o); e < links.parentEdgeEnd(o) && !copied; e++) {
          int p = links.parentOf(e);
          copied = p != o && shapes.similar(title, numbers.number(p), threshold);
        }
        int owner = columns.objectiveOwner(o);
        search.put(rank[o], copied ? Shapes.NONE : shapes.shape(title), owner, columns.cycle(o),
            isPerson(columns, owner) ? primaryParent(links, o) : -1);
      }
      search.report(DUPLICATE_OBJECTIVES, order, shapes.shapes(), columns.cycleCount(),
          threshold, context.set()::objectiveIdAt, numbers, out);
    };
  }

  static ValidationRule keyResults() {
    return (context, out) -> {
      if (!context.reports(DUPLICATE_KEY_RESULTS)) {
        return;
      }
      OkrLinks links = context.links();
      double threshold = context.get(AlignmentRules.SIMILARITY_THRESHOLD);
      int n = links.objectiveCount();
      SetColumns columns = columns(context);
      TitleNumbers numbers = columns.keyResultTitles();
      ShapedTitles shapes = new ShapedTitles(numbers);
      // In set order, where the key results lie in memory; each parent's key-result shapes are
      // recorded once (ParentShapes). Nothing here reads an objective or key result: their
      // owners and cycles are read once per check.
      ParentShapes parents = new ParentShapes(links, numbers, shapes);
      // The search takes key results in the order of their objectives' ids, then their place in
      // the objective: order[rank] is the key result at that rank, and an objective's key results
      // take the ranks from firstRank[o] on.
      int[] order = new int[links.keyResultCount()];
      int[] firstRank = new int[n];
      int next = 0;
      for (int i = 0; i < n; i++) {
        int o = links.inIdOrder(i);
        firstRank[o] = next;
        for (int q = links.firstKeyResult(o); q < links.firstKeyResult(o + 1); q++) {
          order[next++] = q;
        }
      }
      Search search = new Search(links.keyResultCount());
      ShapesAhead ahead = new ShapesAhead(numbers, shapes);
      for (int o = 0; o < n; o++) {
        int parent = primaryParent(links, o);
        int cycle = columns.cycle(o);
        int first = links.firstKeyResult(o);
        int end = links.firstKeyResult(o + 1);
        if (first < end) {
          parents.gather(o);
        }
        for (int q = first; q < end; q++) {
          int title = numbers.number(q);
          int shape = ahead.shape(q);
          int owner = columns.keyResultOwner(q);
          search.put(firstRank[o] + q - first,
              parents.readLike(title, shape, threshold) ? Shapes.NONE : shape, owner, cycle,
              !isPerson(columns, owner) ? -1 : parent >= 0 ? parent : n + o);
        }
      }
      search.report(DUPLICATE_KEY_RESULTS, order, shapes.shapes(), columns.cycleCount(),
          threshold, context.set()::keyResultIdAt, numbers, out);
    };
  }

  /**
   * The shapes of the key results of the objectives one objective aligns to vertically: a key
   * result whose title reads like one of them was copied down its own cascade and is no
   * duplicated effort. (Remembering answers per pair of title and parent missed 98 % of the time
   * at the synthetic million employees, as templated titles carry numbers.)
   *
   * <p>Each parent's distinct shapes are recorded once, on first use, side by side with what a
   * comparison reads of each (shape, size, folded mask, mask; the shingles beside them): a parent
   * has many children, seldom side by side in a set (at the synthetic million employees, 2.3
   * million runs of objectives with the same parents). A key result's own size and folded mask
   * lie beside its shape in {@link ShapedTitles}, read with it; its mask is read only when the
   * folded masks let a pair through, its shingles only when the masks do.
   *
   * <p>The records stay until the check ends: about 52 bytes for each distinct key-result shape of
   * each objective aligned to (up to twice that while the arrays double), and 8 bytes for each
   * objective of the set (at the synthetic million employees, 1 316 444 entries for 381 785
   * parents, in arrays of 2 097 152: about 109 MB).
   */
  private static final class ParentShapes {
    private static final int DISTINCT_LOOKS = 32;
    private static final int MASK = TitleSimilarity.MASK_LONGS;
    /** The longs of one recorded shape: shape and size, folded mask, then the mask. */
    private static final int STRIDE = 2 + MASK;
    private final OkrLinks links;
    private final TitleNumbers numbers;
    private final ShapedTitles shapes;
    /**
     * For each objective, its record's first entry plus one (high half) and length; 0 if not
     * recorded yet.
     */
    private final long[] recordOf;
    private long[] entries = new long[64 * STRIDE];
    private int[][] entryShingles = new int[64][];
    private int entryCount;
    private int[] parents = new int[4];
    private int parentCount = -1;

    ParentShapes(OkrLinks links, TitleNumbers numbers, ShapedTitles shapes) {
      this.links = links;
      this.numbers = numbers;
      this.shapes = shapes;
      recordOf = new long[links.objectiveCount()];
    }

    /** Takes the parents of {@code o}: those {@link #readLike} compares with. */
    void gather(int o) {
      if (sameParents(o)) {
        return;
      }
      for (int i = 0; i < parentCount; i++) {
        if (recordOf[parents[i]] == 0) {
          record(parents[i]);
        }
      }
    }

    /**
     * True if {@code o}'s parents (other than itself, in edge order) are those taken last; else
     * remembers them.
     */
    private boolean sameParents(int o) {
      int from = links.parentEdgeStart(o);
      int to = links.parentEdgeEnd(o);
      int i = 0;
      boolean same = true;
      for (int e = from; e < to; e++) {
        int p = links.parentOf(e);
        if (p == o) {
          continue;
        }
        same &= i < parentCount && parents[i] == p;
        if (i == parents.length) {
          parents = Arrays.copyOf(parents, i * 2);
        }
        parents[i++] = p;
      }
      same &= i == parentCount;
      parentCount = i;
      return same;
    }

    /** Records the distinct shapes of {@code p}'s key results. */
    private void record(int p) {
      int first = entryCount;
      for (int q = links.firstKeyResult(p); q < links.firstKeyResult(p + 1); q++) {
        add(first, numbers.number(q));
      }
      recordOf[p] = (long) (first + 1) << 32 | entryCount - first;
    }

    /** Adds the shape of the title numbered {@code title} to the record begun at {@code first}. */
    private void add(int first, int title) {
      int shape = shapes.shape(title);
      if (shape == Shapes.NONE) {
        return;
      }
      // Few parents hold more than a handful of key results; past that, repeats are kept rather
      // than searched for (they cost a comparison each, never a wrong answer).
      for (int i = first; i < entryCount && i < first + DISTINCT_LOOKS; i++) {
        if (shapeAt(i) == shape) {
          return;
        }
      }
      if (entryCount == entryShingles.length) {
        entries = Arrays.copyOf(entries, Math.multiplyExact(entryCount * 2, STRIDE));
        entryShingles = Arrays.copyOf(entryShingles, entryCount * 2);
      }
      int at = entryCount * STRIDE;
      entries[at] = (long) shape << 32 | shapes.size(title);
      entries[at + 1] = shapes.folded(title);
      shapes.shapes().copyMask(shape, entries, at + 2);
      entryShingles[entryCount] = shapes.shapes().shingles(shape);
      entryCount++;
    }

    /** The first entry of {@code p}'s record. */
    private int first(int p) {
      return (int) (recordOf[p] >>> 32) - 1;
    }

    /** The entry after the last of {@code p}'s record. */
    private int end(int p) {
      return first(p) + (int) recordOf[p];
    }

    private int shapeAt(int entry) {
      return (int) (entries[entry * STRIDE] >>> 32);
    }

    /**
     * True if the title numbered {@code title}, of shape {@code shape}, is at least {@code
     * threshold} like one of the shapes of the key results of the parents gathered.
     */
    boolean readLike(int title, int shape, double threshold) {
      if (shape == Shapes.NONE) {
        return false;
      }
      for (int i = 0; i < parentCount; i++) {
        for (int e = first(parents[i]), end = end(parents[i]); e < end; e++) {
          if (shapeAt(e) == shape) {
            return true;
          }
        }
      }
      Shapes table = shapes.shapes();
      int size = shapes.size(title);
      long folded = shapes.folded(title);
      for (int i = 0; i < parentCount; i++) {
        for (int e = first(parents[i]), end = end(parents[i]); e < end; e++) {
          int at = e * STRIDE;
          int entrySize = (int) entries[at];
          if (!TitleSimilarity.refuses(size, folded, entrySize, entries[at + 1], threshold)
              && !table.refuses(shape, entrySize, entries, at + 2, threshold)
              && TitleSimilarity.jaccardAtLeast(table.shingles(shape), entryShingles[e],
                  threshold) >= threshold) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * The shapes of the key results' titles in set order, looked up a block at a time, ahead of the
   * key results that read them: ten million lookups scattered over the table of 326 000 titles
   * (at the synthetic million employees) wait for memory, and in a loop of their own the
   * processor waits for many at once rather than one at a time between the rule's other work.
   * The block's lookups also bring each title's size and folded mask, which lie beside its shape,
   * into the cache for {@link ParentShapes#readLike}. The rule asks for positions in increasing
   * order; any other order gives the same shapes, only with more lookups.
   */
  private static final class ShapesAhead {
    private static final int BLOCK = 512;
    private final TitleNumbers numbers;
    private final ShapedTitles shapes;
    private final int[] block = new int[BLOCK];
    private int from;
    private int to;

    ShapesAhead(TitleNumbers numbers, ShapedTitles shapes) {
      this.numbers = numbers;
      this.shapes = shapes;
    }

    /** The shape of the title of the key result at {@code position}. */
    int shape(int position) {
      if (position >= to || position < from) {
        from = position;
        to = Math.min(position + BLOCK, numbers.size());
        for (int q = from; q < to; q++) {
          block[q - from] = shapes.shape(numbers.number(q));
        }
      }
      return block[position - from];
    }
  }

  /**
   * Each distinct title's {@linkplain Shapes shape}, made on first request and shared: templated
   * titles repeat (a million employees' ten million key results have 326 000 distinct titles),
   * and a title's folded mask, kept beside its shape, and then its shape's mask refuse most
   * dissimilar pairs without a walk when a title is compared with its parents'.
   */
  private static final class ShapedTitles {
    private final TitleNumbers numbers;
    private final Shapes shapes;
    /**
     * Two longs for each title: its shape plus two (never 0) in the high half and its size in
     * the low, then its folded mask; 0 for a title not yet shaped. A key result's own are read
     * in one place: ten million of them, their titles scattered over the table.
     */
    private final long[] known;

    ShapedTitles(TitleNumbers numbers) {
      this.numbers = numbers;
      shapes = new Shapes(numbers.count());
      known = new long[2 * numbers.count()];
    }

    /** The shape of the title numbered {@code title}, {@link Shapes#NONE} if it has none. */
    int shape(int title) {
      long known = this.known[2 * title];
      if (known == 0) {
        known = shapeOf(title);
      }
      return (int) (known >>> 32) - 2;
    }

    /** How many shingles the title numbered {@code title} has; {@link #shape} first. */
    int size(int title) {
      return (int) known[2 * title];
    }

    /** The folded mask of the title numbered {@code title}; {@link #shape} first. */
    long folded(int title) {
      return known[2 * title + 1];
    }

    private long shapeOf(int title) {
      int shape = shapes.add(TitleSimilarity.shingles(numbers.title(title)));
      boolean none = shape == Shapes.NONE;
      long entry = (long) (shape + 2) << 32 | (none ? 0 : shapes.size(shape));
      known[2 * title] = entry;
      known[2 * title + 1] = none ? 0 : shapes.folded(shape);
      return entry;
    }

    /**
     * True if the titles numbered {@code a} and {@code b} are at least {@code threshold} alike:
     * their folded masks first, then their shapes.
     */
    boolean similar(int a, int b, double threshold) {
      int x = shape(a);
      int y = shape(b);
      return x != Shapes.NONE && y != Shapes.NONE && (x == y
          || !TitleSimilarity.refuses(size(a), folded(a), size(b), folded(b), threshold)
          && shapes.similar(x, y, threshold));
    }

    Shapes shapes() {
      return shapes;
    }
  }

  /**
   * The set's owners, cycles, linear measures and key-result title numbers, read once per check
   * and shared with other rules.
   */
  static SetColumns columns(ValidationContext context) {
    return context.derived(SetColumns.class, c -> SetColumns.of(c.set().objectives()));
  }

  /** The objectives' title numbers, made once per check and shared with other rules. */
  static TitleNumbers objectiveTitles(ValidationContext context) {
    return context.derived(TitleNumbers.OfObjectives.class,
        c -> TitleNumbers.OfObjectives.of(c.set().objectives())).numbers();
  }

  /** The objective's first vertical parent other than itself, or -1. */
  private static int primaryParent(OkrLinks links, int o) {
    for (int e = links.parentEdgeStart(o); e < links.parentEdgeEnd(o); e++) {
      if (links.parentOf(e) != o) {
        return links.parentOf(e);
      }
    }
    return -1;
  }

  /** True if {@code owner} (a number of {@code columns}, or -1) is a person. */
  private static boolean isPerson(SetColumns columns, int owner) {
    return owner >= 0 && columns.isPerson(owner);
  }

  /**
   * The titles of one rule by rank, the order they are searched in (an order that does not depend
   * on the set's), with what the search needs of each: put where the search reads them, not in
   * set order and then gathered into that order (at a million employees, four arrays of ten
   * million numbers and a pass over them saved).
   */
  private static final class Search {
    private final int[] shape;
    private final int[] owner;
    private final int[] cycle;
    private final int[] family;

    Search(int size) {
      shape = new int[size];
      owner = new int[size];
      cycle = new int[size];
      family = new int[size];
    }

    /**
     * Puts the title searched at {@code rank}: its owner's and cycle's numbers (-1 for no owner);
     * {@code titleFamily} is a number shared by a template's peers (the position of the objective
     * they align to, or for the key results of an objective that aligns to none the number of
     * objectives plus that objective's position), or -1 for a title that is its own family.
     */
    void put(int rank, int titleShape, int titleOwner, int titleCycle, int titleFamily) {
      shape[rank] = titleShape;
      owner[rank] = titleOwner;
      cycle[rank] = titleCycle;
      // Peers share a non-negative number; a title of its own gets a negative one.
      family[rank] = titleFamily >= 0 ? titleFamily : -1 - rank;
    }

    /**
     * Searches the titles by rank, {@code order[rank]} the position (in the set) of the one at
     * that rank, and reports one violation per group: its members by rank, groups in the order of
     * their first member. Once per search: the cycles are renumbered in place.
     */
    <T extends Identifier<T>> void report(String code, int[] order, Shapes shapes, int cycles,
        double threshold, IntFunction<T> id, TitleNumbers titles, Consumer<Violation> out) {
      // Cycles renumbered as the search meets them: numbered in set order, they would mix the
      // set's order into the band keys.
      int[] cycleInOrder = new int[cycles];
      Arrays.fill(cycleInOrder, -1);
      int cyclesMet = 0;
      for (int i = 0; i < cycle.length; i++) {
        if (cycleInOrder[cycle[i]] < 0) {
          cycleInOrder[cycle[i]] = cyclesMet++;
        }
        cycle[i] = cycleInOrder[cycle[i]];
      }
      for (NearDuplicates.Group found : NearDuplicates.find(shape, shapes, owner, cycle, family,
          threshold)) {
        int[] group = found.members();
        // A view, copied once by the violation: a group may hold hundreds of thousands of
        // members, and an array of their ids made here would be copied again.
        List<T> members = new AbstractList<>() {
          @Override
          public T get(int m) {
            return id.apply(order[group[m]]);
          }

          @Override
          public int size() {
            return group.length;
          }
        };
        out.accept(Violation.of(code, Severity.WARNING, members)
            .withValue("count", group.length)
            .withValue("titles", shown(group, order, titles))
            .withValue("similarity", Math.round(found.similarity() * 100) / 100.0));
      }
    }

    /**
     * The first few distinct titles of a group, each shortened, quoted and joined. A group of
     * templated titles may hold tens of thousands of copies of a few titles: each distinct title
     * is shortened once.
     */
    private static String shown(int[] members, int[] order, TitleNumbers titles) {
      Set<Integer> seen = new HashSet<>();
      Set<String> distinct = new LinkedHashSet<>();
      int previous = -1;
      for (int m = 0; m < members.length && distinct.size() < TITLES_SHOWN; m++) {
        int title = titles.number(order[members[m]]);
        // Copies of one title mostly come one after another: no boxing for each.
        if (title != previous && seen.add(title)) {
          distinct.add(shorten(titles.title(title)));
        }
        previous = title;
      }
      StringBuilder shown = new StringBuilder();
      for (String title : distinct) {
        shown.append(shown.length() == 0 ? "" : ", ").append('"').append(title).append('"');
      }
      return shown.toString();
    }
  }

  /** A title cut to {@value #TITLE_LENGTH} code points, an ellipsis marking the cut. */
  static String shorten(String title) {
    String stripped = title.strip();
    if (stripped.codePointCount(0, stripped.length()) <= TITLE_LENGTH) {
      return stripped;
    }
    return stripped.substring(0, stripped.offsetByCodePoints(0, TITLE_LENGTH - 1)).strip() + "…";
  }
}
