package org.okr4j.alignment;

import static org.okr4j.alignment.AlignmentRules.DUPLICATE_KEY_RESULTS;
import static org.okr4j.alignment.AlignmentRules.DUPLICATE_OBJECTIVES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.okr4j.core.CycleId;
import org.okr4j.core.Identifier;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrLinks;
import org.okr4j.core.Owner;
import org.okr4j.core.PersonId;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationRule;
import org.okr4j.core.validation.Violation;

/**
 * Groups of near-duplicate objectives and key results of different owners in one cycle, found by
 * {@link NearDuplicates} (exact copies bucketed, then MinHash, locality-sensitive hashing and
 * union-find; never all pairs). One violation per group: its members sorted by id, groups in the
 * order of their first member, so that the result does not depend on the order of the set's
 * lists.
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
      List<Objective> objectives = context.set().objectives();
      double threshold = context.get(AlignmentRules.SIMILARITY_THRESHOLD);
      int n = objectives.size();
      DistinctTitles distinct = new DistinctTitles(n);
      int[] byPosition = new int[n];
      for (int o = 0; o < n; o++) {
        byPosition[o] = distinct.number(objectives.get(o).title());
      }
      Titles<ObjectiveId> titles = new Titles<>(n);
      for (int i = 0; i < n; i++) {
        int o = links.inIdOrder(i);
        Objective objective = objectives.get(o);
        boolean copied = false;
        for (int e = links.parentEdgeStart(o); e < links.parentEdgeEnd(o) && !copied; e++) {
          int p = links.parentOf(e);
          copied = p != o && distinct.similar(byPosition[o], byPosition[p], threshold);
        }
        Optional<Owner> owner = objective.owner();
        titles.add(objective.id(), objective.title(), copied ? NearDuplicates.none()
            : distinct.shingles(byPosition[o]), owner, objective.cycle(),
            isPerson(owner) ? primaryParent(links, o) : -1);
      }
      titles.report(DUPLICATE_OBJECTIVES, threshold, out);
    };
  }

  static ValidationRule keyResults() {
    return (context, out) -> {
      if (!context.reports(DUPLICATE_KEY_RESULTS)) {
        return;
      }
      OkrLinks links = context.links();
      List<Objective> objectives = context.set().objectives();
      double threshold = context.get(AlignmentRules.SIMILARITY_THRESHOLD);
      int n = objectives.size();
      DistinctTitles distinct = new DistinctTitles(links.keyResultCount() / 4);
      int[] byPosition = new int[links.keyResultCount()];
      for (int o = 0; o < n; o++) {
        List<KeyResult> keyResults = objectives.get(o).keyResults();
        for (int k = 0; k < keyResults.size(); k++) {
          byPosition[links.firstKeyResult(o) + k] = distinct.number(keyResults.get(k).title());
        }
      }
      // In set order, where peers and their parent's key results lie close together.
      ParentKeyResults parents = new ParentKeyResults(links, distinct, byPosition, threshold);
      boolean[] copied = new boolean[links.keyResultCount()];
      for (int o = 0; o < n; o++) {
        for (int q = links.firstKeyResult(o); q < links.firstKeyResult(o + 1); q++) {
          copied[q] = parents.copied(o, byPosition[q]);
        }
      }
      Titles<KeyResultId> titles = new Titles<>(links.keyResultCount());
      for (int i = 0; i < n; i++) {
        int o = links.inIdOrder(i);
        Objective objective = objectives.get(o);
        int parent = primaryParent(links, o);
        List<KeyResult> keyResults = objective.keyResults();
        for (int k = 0; k < keyResults.size(); k++) {
          KeyResult kr = keyResults.get(k);
          int q = links.firstKeyResult(o) + k;
          Optional<Owner> owner = kr.owner().isPresent() ? kr.owner() : objective.owner();
          titles.add(kr.id(), kr.title(), copied[q] ? NearDuplicates.none()
              : distinct.shingles(byPosition[q]), owner,
              objective.cycle(), !isPerson(owner) ? -1 : parent >= 0 ? parent : n + o);
        }
      }
      titles.report(DUPLICATE_KEY_RESULTS, threshold, out);
    };
  }

  /**
   * Whether a key result's title reads like one of the key results of an objective it aligns
   * to, remembered for the pairs of title and objective met last: peers under one parent hold
   * the same templated key results, and each such pair is walked once, not once per peer.
   */
  private static final class ParentKeyResults {
    private static final int BITS = 12;
    private final OkrLinks links;
    private final DistinctTitles distinct;
    private final int[] byPosition;
    private final double threshold;
    // (title + 1) << 32 | objective, so that 0 marks an empty slot.
    private final long[] pairs = new long[1 << BITS];
    private final boolean[] readsLike = new boolean[1 << BITS];

    ParentKeyResults(OkrLinks links, DistinctTitles distinct, int[] byPosition,
        double threshold) {
      this.links = links;
      this.distinct = distinct;
      this.byPosition = byPosition;
      this.threshold = threshold;
    }

    /** True if the title reads like a key result of an objective {@code o} aligns to vertically. */
    boolean copied(int o, int title) {
      for (int e = links.parentEdgeStart(o); e < links.parentEdgeEnd(o); e++) {
        int p = links.parentOf(e);
        if (p != o && readsLikeKeyResultOf(p, title)) {
          return true;
        }
      }
      return false;
    }

    private boolean readsLikeKeyResultOf(int p, int title) {
      long pair = (long) (title + 1) << 32 | p;
      int slot = (int) (pair * 0x9E3779B97F4A7C15L >>> 64 - BITS);
      if (pairs[slot] != pair) {
        boolean found = false;
        for (int q = links.firstKeyResult(p); q < links.firstKeyResult(p + 1) && !found; q++) {
          found = distinct.similar(title, byPosition[q], threshold);
        }
        pairs[slot] = pair;
        readsLike[slot] = found;
      }
      return readsLike[slot];
    }
  }

  /**
   * Each distinct title of a rule run as a number, with its shingles and their {@linkplain
   * TitleSimilarity#mask mask}, made once and shared: templated titles repeat (a quarter of a
   * large organisation's key-result titles are distinct), an array per title would hold more
   * than a gigabyte beside a set of ten million key results, and the mask refuses most
   * dissimilar pairs without a walk when a key result is compared with the key results of the
   * objective its own objective aligns to.
   */
  private static final class DistinctTitles {
    private final RecentTitles<Integer> recent = new RecentTitles<>();
    private final Map<String, Integer> numbers;
    private int[][] shingles;
    private long[] masks;

    DistinctTitles(int expected) {
      numbers = new HashMap<>(Math.max(16, expected * 4 / 3));
      shingles = new int[Math.max(16, expected)][];
      masks = new long[shingles.length * TitleSimilarity.MASK_LONGS];
    }

    int number(String title) {
      Integer known = recent.get(title);
      if (known == null) {
        known = numbers.get(title);
        if (known == null) {
          known = add(title);
        }
        recent.put(title, known);
      }
      return known;
    }

    private int add(String title) {
      int number = numbers.size();
      if (number == shingles.length) {
        shingles = Arrays.copyOf(shingles, number * 2);
        masks = Arrays.copyOf(masks, number * 2 * TitleSimilarity.MASK_LONGS);
      }
      shingles[number] = TitleSimilarity.shingles(title);
      TitleSimilarity.mask(shingles[number], masks, number * TitleSimilarity.MASK_LONGS);
      numbers.put(title, number);
      return number;
    }

    int[] shingles(int title) {
      return shingles[title];
    }

    /** True if two titles are at least {@code threshold} similar. */
    boolean similar(int a, int b, double threshold) {
      int[] x = shingles[a];
      int[] y = shingles[b];
      return a == b && x.length > 0
          || !TitleSimilarity.refuses(x, masks, a * TitleSimilarity.MASK_LONGS, y, masks,
              b * TitleSimilarity.MASK_LONGS, threshold)
          && TitleSimilarity.jaccardAtLeast(x, y, threshold) >= threshold;
    }
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

  private static boolean isPerson(Optional<Owner> owner) {
    return owner.isPresent() && owner.get() instanceof PersonId;
  }

  /** The titles of one rule, gathered in id order with what the search needs of each. */
  private static final class Titles<T extends Identifier<T>> {
    private final List<T> ids;
    private final List<String> texts;
    private final int[][] shingles;
    private final int[] owner;
    private final int[] cycle;
    private final int[] family;
    private final Map<Optional<Owner>, Integer> owners = new HashMap<>();
    private final Map<CycleId, Integer> cycles = new HashMap<>();
    private Optional<Owner> lastOwner;
    private CycleId lastCycle;
    private int size;

    Titles(int capacity) {
      ids = new ArrayList<>(capacity);
      texts = new ArrayList<>(capacity);
      shingles = new int[capacity][];
      owner = new int[capacity];
      cycle = new int[capacity];
      family = new int[capacity];
    }

    /**
     * Adds a title; {@code titleFamily} is a number shared by a template's peers (an objective's
     * position, or the number of objectives plus one), or -1 for a title that is its own family.
     */
    void add(T id, String text, int[] titleShingles, Optional<Owner> titleOwner, CycleId titleCycle,
        int titleFamily) {
      ids.add(id);
      texts.add(text);
      shingles[size] = titleShingles;
      // Ids compare by kind and value: a unit and a person may share an id string. A title's
      // owner and cycle are mostly the previous title's (key results of one objective).
      owner[size] = size > 0 && titleOwner.equals(lastOwner) ? owner[size - 1]
          : owners.computeIfAbsent(titleOwner, k -> owners.size());
      cycle[size] = size > 0 && titleCycle.equals(lastCycle) ? cycle[size - 1]
          : cycles.computeIfAbsent(titleCycle, k -> cycles.size());
      lastOwner = titleOwner;
      lastCycle = titleCycle;
      // Peers share a non-negative position; a title of its own gets a negative number.
      family[size] = titleFamily >= 0 ? titleFamily : -1 - size;
      size++;
    }

    void report(String code, double threshold, Consumer<Violation> out) {
      List<NearDuplicates.Group> groups = NearDuplicates.find(shingles, owner, cycle, family,
          threshold);
      List<Violation> violations = new ArrayList<>(groups.size());
      List<T> firsts = new ArrayList<>(groups.size());
      for (NearDuplicates.Group group : groups) {
        List<T> members = new ArrayList<>(group.members().length);
        for (int m : group.members()) {
          members.add(ids.get(m));
        }
        members.sort(Comparator.naturalOrder());
        firsts.add(members.get(0));
        violations.add(Violation.of(code, Severity.WARNING, members)
            .withValue("count", members.size())
            .withValue("titles", shown(group.members()))
            .withValue("similarity", Math.round(group.similarity() * 100) / 100.0));
      }
      Integer[] order = new Integer[violations.size()];
      for (int g = 0; g < order.length; g++) {
        order[g] = g;
      }
      Arrays.sort(order, Comparator.comparing(firsts::get));
      for (int g : order) {
        out.accept(violations.get(g));
      }
    }

    /** The first few distinct titles of a group, each shortened, quoted and joined. */
    private String shown(int[] members) {
      Set<String> distinct = new LinkedHashSet<>();
      for (int m = 0; m < members.length && distinct.size() < TITLES_SHOWN; m++) {
        distinct.add(shorten(texts.get(members[m])));
      }
      StringBuilder text = new StringBuilder();
      for (String title : distinct) {
        text.append(text.length() == 0 ? "" : ", ").append('"').append(title).append('"');
      }
      return text.toString();
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
