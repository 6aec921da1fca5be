package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.ObjectiveId;

class ViolationTest {

  private static final ObjectiveId O1 = ObjectiveId.of("o-1");

  @Nested
  class Of {
    @Test
    void keepsCodeSeveritySubjectAndValuesInOrder() {
      Violation v = Violation.of("focus.key-results.too-many", Severity.WARNING, O1)
          .withValue("count", 7).withValue("max", 5.0).withValue("ratio", 1.4)
          .withValue("date", LocalDate.of(2026, 8, 1));
      assertThat(v.code()).isEqualTo("focus.key-results.too-many");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.subject()).isEqualTo(O1);
      assertThat(v.values()).containsExactly(java.util.Map.entry("count", "7"),
          java.util.Map.entry("max", "5"), java.util.Map.entry("ratio", "1.4"),
          java.util.Map.entry("date", "2026-08-01"));
      assertThat(v).hasToString(
          "WARNING focus.key-results.too-many o-1 {count=7, max=5, ratio=1.4, date=2026-08-01}");
    }

    @Test
    void replacesAValueOfTheSameName() {
      Violation v = Violation.of("a.b", Severity.INFO, O1).withValue("n", 1).withValue("n", 2);
      assertThat(v.values()).containsExactly(java.util.Map.entry("n", "2"));
    }

    @Test
    void rejectsCodesThatAreNotLowerCaseWords() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Violation.of("Focus.Too Many", Severity.INFO, O1))
          .withMessage("violation code must be lower-case words joined by dots or hyphens, "
              + "but was 'Focus.Too Many'");
      assertThatIllegalArgumentException().isThrownBy(() -> Violation.of("a..b", Severity.INFO, O1));
      assertThatIllegalArgumentException().isThrownBy(() -> Violation.of("a.", Severity.INFO, O1));
    }

    @Test
    void keepEachViolationsOwnNamesWhateverWasMadeBefore() {
      // Violations share names arrays, found again by identity in a table of 256 slots: 600 names
      // collide there, in every order and as fresh copies of the same text.
      List<String> names = new ArrayList<>();
      for (int i = 0; i < 600; i++) {
        names.add("n" + Integer.toString(i * 7919, 36));
      }
      names.addAll(List.of("level", "unit", "cycle", "length", "from", "parent", "as-of", "min"));
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < names.size(); i++) {
          String first = round == 2 ? new String(names.get(i)) : names.get(i);
          String second = names.get((i * 31 + round) % names.size());
          Violation v = Violation.of("a.b", Severity.INFO, O1).withValue(first, 1)
              .withValue(second, 2);
          if (first.equals(second)) {
            assertThat(v.values()).containsExactly(Map.entry(first, "2"));
          } else {
            assertThat(v.values()).containsExactly(Map.entry(first, "1"), Map.entry(second, "2"));
          }
        }
      }
    }

    @Test
    void rejectBrokenCodesHoweverManyGoodOnesCameBefore() {
      for (int i = 0; i < 600; i++) {
        String good = "code-" + i;
        assertThat(Violation.of(good, Severity.INFO, O1).code()).isEqualTo(good);
        assertThat(Violation.of(new String(good), Severity.INFO, O1).code()).isEqualTo(good);
        String broken = "Code-" + i;
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Violation.of(broken, Severity.INFO, O1));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Violation.of(good + ".", Severity.INFO, O1));
      }
    }

    @Test
    void rejectsValueNamesThatCannotBePlaceholders() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Violation.of("a", Severity.INFO, O1).withValue("1st", 1))
          .withMessage("violation value name must be a letter followed by letters, digits or "
              + "hyphens, but was '1st'");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Violation.of("a", Severity.INFO, O1).withValue("a}b", 1));
    }

    @Test
    void formatsLargeAndFractionalNumbersExactly() {
      Violation v = Violation.of("a", Severity.INFO, O1).withValue("big", 1e20)
          .withValue("small", -0.25).withValue("float", 2.0f);
      assertThat(v.values()).containsEntry("big", "1.0E20").containsEntry("small", "-0.25")
          .containsEntry("float", "2");
    }
  }

  @Test
  void formatsAMutableValueWhenTheViolationIsMade() {
    // The class documents: values of immutable types are kept, anything else is formatted when
    // the violation is made, so a later change to the value changes nothing.
    StringBuilder text = new StringBuilder("before");
    List<String> list = new ArrayList<>(List.of("a"));
    Violation v = Violation.of("a", Severity.INFO, O1).withValue("text", text)
        .withValue("list", list);
    text.append(" and after");
    list.add("b");
    assertThat(v.values()).containsExactly(Map.entry("text", "before"),
        Map.entry("list", "[a]"));
    assertThat(v).isEqualTo(Violation.of("a", Severity.INFO, O1).withValue("text", "before")
        .withValue("list", "[a]"));
  }

  @Test
  void givesTheReasonAVendorWroteForItsLocale() {
    // META-INF/okr4j/messages_fr.properties (a test resource) words a reason for one code.
    Violation v = Violation.of("focus.key-results.too-many", Severity.WARNING, O1)
        .withValue("count", 7).withValue("max", 5);
    assertThat(v.why(java.util.Locale.FRENCH))
        .isEqualTo("Un objectif à 7 résultats clés disperse l'attention.");
    assertThat(v.why(java.util.Locale.ENGLISH)).isEmpty();
  }

  @Test
  void matchesCodesByWholeSegments() {
    Violation v = Violation.of("focus.key-results.too-many", Severity.INFO, O1);
    assertThat(v.hasCode("focus")).isTrue();
    assertThat(v.hasCode("focus.key-results")).isTrue();
    assertThat(v.hasCode("focus.key-results.too-many")).isTrue();
    assertThat(v.hasCode("focus.key")).isFalse();
    assertThat(v.hasCode("focus.key-results.too-many.x")).isFalse();
  }

  @Test
  void reGradesWithoutChangingAnythingElse() {
    Violation v = Violation.of("a", Severity.INFO, O1).withValue("n", 1);
    assertThat(v.withSeverity(Severity.INFO)).isSameAs(v);
    Violation error = v.withSeverity(Severity.ERROR);
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(error.values()).isEqualTo(v.values());
    assertThat(error.code()).isEqualTo(v.code());
  }

  @Test
  void valuesCannotBeModified() {
    Violation v = Violation.of("a", Severity.INFO, O1).withValue("n", 1);
    assertThatThrownBy(() -> v.values().put("m", "2"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Violation.of("a", Severity.INFO, O1).withValue("n", 1),
            Violation.of("a", Severity.INFO, O1).withValue("n", 1.0))
        .addEqualityGroup(Violation.of("b", Severity.INFO, O1).withValue("n", 1))
        .addEqualityGroup(Violation.of("a", Severity.ERROR, O1).withValue("n", 1))
        .addEqualityGroup(Violation.of("a", Severity.INFO, KeyResultId.of("o-1")).withValue("n", 1))
        .addEqualityGroup(Violation.of("a", Severity.INFO, O1).withValue("n", 2))
        .addEqualityGroup(Violation.of("a", Severity.INFO, O1))
        .addEqualityGroup(Violation.of("a", Severity.INFO, List.of(O1, ObjectiveId.of("o-2"))),
            Violation.of("a", Severity.INFO, List.of(O1, ObjectiveId.of("o-2"))))
        .addEqualityGroup(Violation.of("a", Severity.INFO, List.of(ObjectiveId.of("o-2"), O1)))
        .testEquals();
  }

  @Nested
  class SeveralSubjects {

    private final ObjectiveId o2 = ObjectiveId.of("o-2");
    private final Violation loop = Violation.of("conflict.loop", Severity.ERROR,
        List.of(O1, o2, O1)).withValue("count", 2);

    @Test
    void keepTheirOrderAndTheFirstIsTheSubject() {
      assertThat(loop.subjects()).containsExactly(O1, o2, O1);
      assertThat(loop.subject()).isEqualTo(O1);
      assertThat(loop.withSeverity(Severity.WARNING).subjects()).containsExactly(O1, o2, O1);
      assertThat(loop.toString()).isEqualTo("ERROR conflict.loop [o-1, o-2, o-1] {count=2}");
      assertThat(Violation.of("a", Severity.INFO, List.of(O1))).isEqualTo(
          Violation.of("a", Severity.INFO, O1));
      assertThat(Violation.of("a", Severity.INFO, O1).subjects()).containsExactly(O1);
    }

    @Test
    void areCopiedFromTheListGiven() {
      List<ObjectiveId> members = new ArrayList<>(List.of(O1, o2));
      Violation cluster = Violation.of("alignment.misaligned-cluster", Severity.WARNING, members);
      members.set(0, o2);
      members.add(O1);
      assertThat(cluster.subjects()).containsExactly(O1, o2);
    }

    @Test
    void concernEveryOneAndOnlyThem() {
      assertThat(loop.concerns(O1)).isTrue();
      assertThat(loop.concerns(o2)).isTrue();
      assertThat(loop.concerns(ObjectiveId.of("o-3"))).isFalse();
      assertThat(Violation.of("a", Severity.INFO, O1).concerns(o2)).isFalse();
      ValidationResult result = ValidationResult.of("p", List.of(loop,
          Violation.of("a", Severity.INFO, ObjectiveId.of("o-3"))));
      assertThat(result.about(o2).violations()).containsExactly(loop);
      assertThat(result.countByCode()).containsExactly(Map.entry("a", 1),
          Map.entry("conflict.loop", 1));
      assertThat(result.countBySeverity()).containsExactly(Map.entry(Severity.ERROR, 1),
          Map.entry(Severity.WARNING, 0), Map.entry(Severity.INFO, 1));
      assertThat(result.toString()).isEqualTo("ValidationResult[p: 1 errors, 0 warnings, 1 info]");
    }

    @Test
    void renderAllSubjectsInMessages() {
      ViolationMessages messages = ViolationMessages.english().withOverrides(Map.of(
          "conflict.loop.message", "{subject}: {subjects}", "conflict.loop.why", "{count} loop"));
      assertThat(messages.message(loop)).isEqualTo("o-1: o-1, o-2, o-1");
      assertThat(messages.why(loop)).isEqualTo("2 loop");
      assertThat(ViolationMessages.english().why(loop)).isEmpty();
      assertThat(ViolationMessages.english().message(
          Violation.of("acme.x", Severity.INFO, List.of(O1, o2)))).isEqualTo("acme.x: o-1, o-2");
    }

    @Test
    void needAtLeastOne() {
      assertThatIllegalArgumentException().isThrownBy(() -> Violation.of("a", Severity.INFO,
          List.<ObjectiveId>of())).withMessage("violation subjects must not be empty, but was []");
    }
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(
        org.okr4j.core.Identifier.class, O1);
    tester.testAllPublicStaticMethods(Violation.class);
    tester.testAllPublicInstanceMethods(Violation.of("a", Severity.INFO, O1));
  }

  @Test
  void severitiesAreOrderedFromTheMostSevere() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
  }

  @Nested
  class Syntax {
    // The definitions the scans in Violation implement, as regular expressions.
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    // Every character class the definitions tell apart, plus their neighbours in ASCII.
    private static final String ALPHABET = "az09AZ.-_ `{@[/:}é中";

    @Test
    void codesAndValueNamesAgreeWithTheirDefinitions() {
      qt().forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 6))
          .checkAssert(indexes -> {
            String text = indexes.stream().map(i -> String.valueOf(ALPHABET.charAt(i)))
                .collect(Collectors.joining());
            assertThat(Violation.isCode(text)).as("code %s", text)
                .isEqualTo(CODE.matcher(text).matches());
            assertThat(Violation.isValueName(text)).as("name %s", text)
                .isEqualTo(NAME.matcher(text).matches());
          });
    }

    @Test
    void everyBuiltInCodeIsACode() {
      for (String key : BundleKeys.of(java.util.Locale.ROOT)) {
        String code = key.substring(0, key.lastIndexOf('.'));
        assertThat(Violation.isCode(code)).as(code).isTrue();
      }
      assertThat(Violation.isCode("")).isFalse();
      assertThat(Violation.isValueName("")).isFalse();
      assertThat(Violation.isValueName("parent-level")).isTrue();
      // The ends of each character range, and their neighbours outside it.
      for (String code : List.of("a", "z", "0", "9", "a.z", "0-9")) {
        assertThat(Violation.isCode(code)).as(code).isTrue();
      }
      for (String code : List.of("`", "{", "/", ":", "a.", "-a", "a..b")) {
        assertThat(Violation.isCode(code)).as(code).isFalse();
      }
      for (String name : List.of("a", "z", "A", "Z", "a0", "a9", "az", "aZ", "a-")) {
        assertThat(Violation.isValueName(name)).as(name).isTrue();
      }
      for (String name : List.of("`", "{", "@", "[", "0", "a/", "a:", "a`", "a{", "a@", "a[")) {
        assertThat(Violation.isValueName(name)).as(name).isFalse();
      }
    }
  }
}
