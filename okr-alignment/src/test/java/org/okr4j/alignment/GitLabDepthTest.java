package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.alignment.Fixtures.COMPANY;
import static org.okr4j.alignment.Fixtures.DEPARTMENT;
import static org.okr4j.alignment.Fixtures.TEAM;
import static org.okr4j.alignment.Fixtures.objective;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.core.Alignment;
import org.okr4j.core.Level;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.Violation;

/**
 * GitLab's "at most 9 levels", read literally: levels of the goal hierarchy (parent links), not of
 * the organisation, so a 10th level is refused wherever the chain starts. One row per case: the
 * set, then each objective at level 10 or deeper, with its level.
 */
class GitLabDepthTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("nine levels on one organisation level", chain("t", TEAM, 9), Map.of()),
        row("ten levels on one organisation level", chain("t", TEAM, 10), Map.of("t9", 10)),
        row("twelve levels on one organisation level", chain("t", TEAM, 12), Map.of("t9", 10, "t10", 11, "t11", 12)),
        row("twelve from the company",
            set(rootedAt(chain("o", TEAM, 12), objective("o0", COMPANY, "co"))),
            Map.of("o9", 10, "o10", 11, "o11", 12)),
        row("twelve from a department, beside an unrelated company objective",
            set(concat(rootedAt(chain("d", TEAM, 12), objective("d0", DEPARTMENT, "sales")),
                List.of(objective("c", COMPANY, "co")))),
            Map.of("d9", 10, "d10", 11, "d11", 12)),
        row("a dangling parent leads nowhere: the chain's first objective is its root",
            set(rootedAt(chain("t", TEAM, 10), objective("t0", TEAM, "emea", "missing"))),
            Map.of("t9", 10)),
        row("a loop of twelve is the loop rule's, not this one's", loop("l", 12), Map.of()),
        row("below a loop the count goes on from it",
            set(concat(loopBuilders("l", 2), chainBuilders("t", TEAM, 9, "l1"))),
            Map.of("t8", 10)),
        row("a key result parent counts as its objective", keyResultChain("k", 10),
            Map.of("k9", 10)),
        row("of two parents the deeper counts",
            set(concat(chainBuilders("t", TEAM, 9, null),
                List.of(objective("x", TEAM, "web", "t0", "t8")))), Map.of("x", 10)),
        row("two branches open level 10 apart", set(concat(chainBuilders("t", TEAM, 10, null),
            List.of(objective("u", TEAM, "web", "t8"), objective("u2", TEAM, "web", "u")))),
            Map.of("t9", 10, "u", 10, "u2", 11)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void refusesATenthLevelOfTheGoalHierarchy(String row, OkrSet set,
      Map<String, Integer> expected) {
    for (OkrSet ordered : List.of(set, reversed(set), shuffled(set))) {
      List<Violation> found = ValidationPolicy.named("gitlab").check(ordered, Fixtures.AS_OF)
          .withCode(AlignmentRules.TOO_DEEP).violations();
      assertThat(found).as(row).allSatisfy(v -> {
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.values()).containsEntry("max", "9");
      });
      assertThat(Fixtures.subjects(found)).as(row).containsExactlyElementsOf(
          expected.keySet().stream().sorted().map(List::of).toList());
      for (Violation v : found) {
        assertThat(v.values().get("depth")).as(row)
            .isEqualTo(String.valueOf(expected.get(v.subjects().get(0).toString())));
      }
    }
  }

  private static Arguments row(String name, OkrSet set, Map<String, Integer> expected) {
    return Arguments.of(name, set, expected);
  }

  /** {@code length} objectives, each contributing to the one before; the first to {@code top}. */
  private static List<Objective.Builder> chainBuilders(String prefix, Level level, int length,
      String top) {
    List<Objective.Builder> chain = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      String parent = i > 0 ? prefix + (i - 1) : top;
      chain.add(parent == null ? objective(prefix + i, level, "emea")
          : objective(prefix + i, level, "emea", parent));
    }
    return chain;
  }

  private static OkrSet chain(String prefix, Level level, int length) {
    return set(chainBuilders(prefix, level, length, null));
  }

  /** The chain with its first objective replaced by {@code root}. */
  private static List<Objective.Builder> rootedAt(OkrSet chain, Objective.Builder root) {
    List<Objective.Builder> builders = new ArrayList<>();
    builders.add(root);
    for (Objective objective : chain.objectives().subList(1, chain.objectives().size())) {
      builders.add(Objective.builder().from(objective));
    }
    return builders;
  }

  private static List<Objective.Builder> loopBuilders(String prefix, int length) {
    List<Objective.Builder> loop = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      loop.add(objective(prefix + i, TEAM, "web", prefix + ((i + 1) % length)));
    }
    return loop;
  }

  private static OkrSet loop(String prefix, int length) {
    return set(loopBuilders(prefix, length));
  }

  /** Each objective aligned to the key result of the one before. */
  private static OkrSet keyResultChain(String prefix, int length) {
    List<Objective.Builder> chain = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      Objective.Builder objective = objective(prefix + i, TEAM, "emea");
      if (i > 0) {
        objective.addAlignments(Alignment.contributesTo(Fixtures.kr(prefix + (i - 1))));
      }
      chain.add(objective);
    }
    return set(chain);
  }

  @SafeVarargs
  private static List<Objective.Builder> concat(List<Objective.Builder>... parts) {
    List<Objective.Builder> all = new ArrayList<>();
    for (List<Objective.Builder> part : parts) {
      all.addAll(part);
    }
    return all;
  }

  private static OkrSet set(List<Objective.Builder> builders) {
    return Fixtures.set(builders.toArray(Objective.Builder[]::new));
  }

  private static OkrSet reversed(OkrSet set) {
    List<Objective> objectives = new ArrayList<>(set.objectives());
    Collections.reverse(objectives);
    return OkrSet.builder().from(set).objectives(objectives).build();
  }

  private static OkrSet shuffled(OkrSet set) {
    List<Objective> objectives = new ArrayList<>(set.objectives());
    Collections.shuffle(objectives, new Random(objectives.size()));
    return OkrSet.builder().from(set).objectives(objectives).build();
  }
}
