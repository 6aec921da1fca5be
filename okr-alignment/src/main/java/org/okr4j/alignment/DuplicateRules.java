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
      ShingleCache cache = new ShingleCache();
      int[][] byPosition = new int[n][];
      for (int o = 0; o < n; o++) {
        byPosition[o] = cache.of(objectives.get(o).title());
      }
      Titles<ObjectiveId> titles = new Titles<>(n);
      for (int i = 0; i < n; i++) {
        int o = links.inIdOrder(i);
        Objective objective = objectives.get(o);
        boolean copied = false;
        for (int e = links.parentEdgeStart(o); e < links.parentEdgeEnd(o) && !copied; e++) {
          int p = links.parentOf(e);
          copied = p != o && similar(byPosition[o], byPosition[p], threshold);
        }
        Optional<Owner> owner = objective.owner();
        titles.add(objective.id(), objective.title(), copied ? NearDuplicates.none()
            : byPosition[o], owner, objective.cycle(),
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
      ShingleCache cache = new ShingleCache();
      int[][] byPosition = new int[links.keyResultCount()][];
      for (int o = 0; o < n; o++) {
        List<KeyResult> keyResults = objectives.get(o).keyResults();
        for (int k = 0; k < keyResults.size(); k++) {
          byPosition[links.firstKeyResult(o) + k] = cache.of(keyResults.get(k).title());
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
          int[] shingles = byPosition[links.firstKeyResult(o) + k];
          boolean copied = copiesParentKeyResult(links, byPosition, o, shingles, threshold);
          Optional<Owner> owner = kr.owner().or(objective::owner);
          titles.add(kr.id(), kr.title(), copied ? NearDuplicates.none() : shingles, owner,
              objective.cycle(), !isPerson(owner) ? -1 : parent >= 0 ? parent : n + o);
        }
      }
      titles.report(DUPLICATE_KEY_RESULTS, threshold, out);
    };
  }

  /** True if a key result of an objective {@code o} aligns to vertically reads like it. */
  private static boolean copiesParentKeyResult(OkrLinks links, int[][] byPosition, int o,
      int[] shingles, double threshold) {
    for (int e = links.parentEdgeStart(o); e < links.parentEdgeEnd(o); e++) {
      int p = links.parentOf(e);
      if (p == o) {
        continue;
      }
      for (int q = links.firstKeyResult(p); q < links.firstKeyResult(p + 1); q++) {
        if (similar(shingles, byPosition[q], threshold)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True if two titles' shingles are at least {@code threshold} similar; the same array (a
   * template's title, shared by {@link ShingleCache}) is similar without a walk.
   */
  private static boolean similar(int[] a, int[] b, double threshold) {
    return a == b && a.length > 0
        || TitleSimilarity.jaccardAtLeast(a, b, threshold) >= threshold;
  }

  /**
   * Each distinct title's shingles, made once per rule run and shared: templated titles repeat
   * (a quarter of a large organisation's key-result titles are distinct), and an array per title
   * would hold more than a gigabyte beside a set of ten million key results.
   */
  private static final class ShingleCache {
    private final Map<String, int[]> byTitle = new HashMap<>();

    int[] of(String title) {
      return byTitle.computeIfAbsent(title, TitleSimilarity::shingles);
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
      // Ids compare by kind and value: a unit and a person may share an id string.
      owner[size] = owners.computeIfAbsent(titleOwner, k -> owners.size());
      cycle[size] = cycles.computeIfAbsent(titleCycle, k -> cycles.size());
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
