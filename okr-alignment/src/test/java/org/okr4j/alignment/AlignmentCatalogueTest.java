package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.alignment.Fixtures.COMPANY;
import static org.okr4j.alignment.Fixtures.DEPARTMENT;
import static org.okr4j.alignment.Fixtures.INDIVIDUAL;
import static org.okr4j.alignment.Fixtures.TEAM;
import static org.okr4j.alignment.Fixtures.objective;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.alignment.internal.AlignmentRuleProvider;
import org.okr4j.core.Alignment;
import org.okr4j.core.Commitment;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.validation.ViolationMessages;
import org.okr4j.core.validation.Violation;

/**
 * The catalogue: every code fires on a set made for it and on nothing else, and reads in English
 * and Chinese, with a message, a remedy and a reason, every placeholder filled.
 */
class AlignmentCatalogueTest {

  static final List<String> CODES = List.of("alignment.misaligned-cluster", "gap.not-cascaded",
      "gap.key-result-not-cascaded", "gap.unit-without-okrs", "gap.perspective-missing",
      "gap.theme-missing", "conflict.loop", "conflict.level-skip", "conflict.opposite-directions",
      "conflict.committed-under-aspirational", "conflict.owner-overloaded", "conflict.too-deep",
      "duplicate.objectives", "duplicate.key-results", "metric.siloed-department");

  static final Map<String, OkrSet> FIRING = firing();

  private static Map<String, OkrSet> firing() {
    Map<String, OkrSet> sets = new LinkedHashMap<>();
    sets.put(AlignmentRules.MISALIGNED_CLUSTER, Fixtures.set(objective("c", COMPANY, "co"),
        objective("x", TEAM, "web", "y"), objective("y", TEAM, "web", "x")));
    sets.put(AlignmentRules.NOT_CASCADED, Fixtures.set(objective("c", COMPANY, "co")));
    sets.put(AlignmentRules.KEY_RESULT_NOT_CASCADED, Fixtures.set(objective("c", COMPANY, "co")
            .addKeyResults(KeyResult.of("kr-c2", "Second", LinearMeasure.of(0, 1))),
        objective("d", DEPARTMENT, "sales").addAlignments(
            Alignment.contributesTo(Fixtures.kr("c")))));
    sets.put(AlignmentRules.UNIT_WITHOUT_OKRS, Fixtures.set(objective("c", COMPANY, "co")));
    sets.put(AlignmentRules.PERSPECTIVE_MISSING, Fixtures.set(objective("c", COMPANY, "co")));
    sets.put(AlignmentRules.THEME_MISSING, Fixtures.set(objective("c", COMPANY, "co")));
    sets.put(AlignmentRules.LOOP, Fixtures.set(objective("x", TEAM, "web", "y"),
        objective("y", TEAM, "web", "x")));
    sets.put(AlignmentRules.LEVEL_SKIP, Fixtures.set(objective("c", COMPANY, "co"),
        objective("d", DEPARTMENT, "sales", "c"), objective("i", INDIVIDUAL, "sales", "c")));
    sets.put(AlignmentRules.OPPOSITE_DIRECTIONS, Fixtures.set(
        objective("a", TEAM, "emea").keyResults(List.of(KeyResult.of("kr-up",
            "Raise dealer discount", LinearMeasure.of(10, 15)))),
        objective("b", TEAM, "web").keyResults(List.of(KeyResult.of("kr-down",
            "Cut dealer discount", LinearMeasure.of(15, 8))))));
    sets.put(AlignmentRules.COMMITTED_UNDER_ASPIRATIONAL, Fixtures.set(
        objective("c", COMPANY, "co"),
        objective("d", DEPARTMENT, "sales", "c").commitment(Commitment.COMMITTED)));
    sets.put(AlignmentRules.OWNER_OVERLOADED, Fixtures.set(objective("a", TEAM, "web"),
        objective("b", TEAM, "web"), objective("c", TEAM, "web")));
    sets.put(AlignmentRules.TOO_DEEP, OkrSetsChain.of(4));
    sets.put(AlignmentRules.DUPLICATE_OBJECTIVES, Fixtures.set(
        objective("a", TEAM, "web").title("Make checkout fast"),
        objective("b", TEAM, "emea").title("Make checkout fast")));
    sets.put(AlignmentRules.DUPLICATE_KEY_RESULTS, Fixtures.set(
        objective("a", TEAM, "web").keyResults(List.of(KeyResult.of("kr-a", "Checkout in 2 s",
            LinearMeasure.of(5, 2)))),
        objective("b", TEAM, "emea").keyResults(List.of(KeyResult.of("kr-b", "Checkout in 2 s",
            LinearMeasure.of(5, 2))))));
    sets.put(AlignmentRules.SILOED_DEPARTMENT, Fixtures.set(objective("c", COMPANY, "co"),
        objective("d", DEPARTMENT, "sales", "c")));
    return sets;
  }

  /** A chain of objectives, each contributing to the one before, the first at the top. */
  static final class OkrSetsChain {
    static OkrSet of(int length) {
      Objective[] chain = new Objective[length];
      for (int i = 0; i < length; i++) {
        chain[i] = i == 0 ? objective("o0", COMPANY, "co").build()
            : objective("o" + i, INDIVIDUAL, "emea", "o" + (i - 1)).build();
      }
      return OkrSet.builder().from(Fixtures.set()).addObjectives(chain).build();
    }

    private OkrSetsChain() {}
  }

  static List<String> codes() {
    return CODES;
  }

  @Test
  void listsEveryRuleUnderItsCodeInOrder() {
    assertThat(AlignmentRules.names()).containsExactlyElementsOf(CODES);
    assertThat(FIRING.keySet()).containsExactlyElementsOf(CODES);
    for (String code : CODES) {
      assertThat(AlignmentRules.named(code)).isPresent();
    }
    assertThat(AlignmentRules.named("alignment.orphan")).isEmpty();
    assertThat(AlignmentRules.settings()).containsExactly(AlignmentRules.MAX_DEPTH,
        AlignmentRules.MAX_KEY_RESULTS_PER_OWNER, AlignmentRules.SIMILARITY_THRESHOLD,
        AlignmentRules.REQUIRED_THEMES, AlignmentRules.HEALTHY_SHARE, AlignmentRules.WATCH_SHARE);
    assertThat(new AlignmentRuleProvider().rules().keySet()).containsExactlyElementsOf(CODES);
    assertThat(new AlignmentRuleProvider().settings()).isEqualTo(AlignmentRules.settings());
  }

  @ParameterizedTest
  @MethodSource("codes")
  void firesItsCodeAndNoOther(String code) {
    List<Violation> found = Fixtures.check(code, FIRING.get(code));
    assertThat(found).isNotEmpty().allSatisfy(v -> assertThat(v.code()).isEqualTo(code));
    assertThat(Fixtures.check(code, Fixtures.healthy())).isEmpty();
    assertThat(Fixtures.only(code).without(code).check(FIRING.get(code), Fixtures.AS_OF)
        .violations()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("codes")
  void readsInEnglishAndChineseWithEveryPlaceholderFilled(String code) {
    Violation violation = Fixtures.check(code, FIRING.get(code)).get(0);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      for (String text : List.of(violation.message(locale), violation.remedy(locale),
          violation.why(locale))) {
        assertThat(text).as(code + " in " + locale).isNotBlank().doesNotContain("{", "}");
      }
      assertThat(ViolationMessages.of(locale).hasMessage(code)).isTrue();
    }
    assertThat(violation.message(Locale.SIMPLIFIED_CHINESE))
        .isNotEqualTo(violation.message(Locale.ENGLISH));
    assertThat(violation.why(Locale.SIMPLIFIED_CHINESE))
        .isNotEqualTo(violation.why(Locale.ENGLISH));
    assertThat(violation.remedy(Locale.SIMPLIFIED_CHINESE))
        .isNotEqualTo(violation.remedy(Locale.ENGLISH));
  }

  @Test
  void bothBundlesHoldAMessageARemedyAndAReasonForEveryCodeAndNothingElse() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (String code : CODES) {
      expected.addAll(List.of(code + ".message", code + ".remedy", code + ".why"));
    }
    for (String suffix : List.of("", "_zh")) {
      Set<String> keys = keys(suffix);
      assertThat(keys).as("messages" + suffix).containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(new AlignmentRuleProvider().messages("_fr")).isNull();
  }

  @Test
  void showsPerspectivesInWords() {
    Violation violation = Fixtures.check(AlignmentRules.PERSPECTIVE_MISSING,
        FIRING.get(AlignmentRules.PERSPECTIVE_MISSING)).get(0);
    assertThat(violation.values()).containsEntry("perspective", "FINANCIAL");
    // Shown through the bundles' value texts, not as the constant's name.
    assertThat(violation.message(Locale.ENGLISH)).contains("financial")
        .doesNotContain("FINANCIAL");
    assertThat(violation.message(Locale.SIMPLIFIED_CHINESE)).contains("财务")
        .doesNotContain("FINANCIAL");
  }

  private static Set<String> keys(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = new AlignmentRuleProvider().messages(suffix)) {
      assertThat(in).as("messages" + suffix).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> keys = new TreeSet<>(properties.stringPropertyNames());
    keys.removeIf(key -> key.startsWith("value."));
    return keys;
  }
}
