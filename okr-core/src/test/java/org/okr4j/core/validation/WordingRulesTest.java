package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingRulesTest {

  /** Objectives are qualitative: which numbers state a quantity, and which are names or years. */
  @ParameterizedTest(name = "\"{0}\" states {1}")
  @CsvSource({
      "Reach an NPS of 45, 45",
      "Cut checkout time by 40 %, 40%",
      "Cut churn by 40%, 40%",
      "'Grow to 1,500 customers', '1,500'",
      "Sell 2.5 million units, 2.5",
      "Hit 10k weekly users, 10",
      "Win Q3 with B2B customers in 2026, ''",
      "Lead the 5G market, ''",
      "Be the H1 favourite of fans since 1999, ''",
      "Delight our customers, ''",
      "Beat COVID-19 and serve o-d0-1, ''",
      "'Reach $5m, fast', 5",
      "Two-thirds of 2027's demand, ''",
      "让30家客户满意, 30",
      "让 30 家客户满意, 30",
      "'Reach €5m, fast', 5",
      "'Reach £5m, fast', 5",
      "'Reach ¥5m, fast', 5",
      "Cut errors to 0.5 %, 0.5%",
      "Serve 9 markets, 9",
      "Reach !45 fans, 45",
      "% of users active at 40 %, 40%",
      "'Reach an NPS of 45 ', 45",
      "'Win Q3 ', ''",
  })
  void findsQuantitiesNotNames(String title, String number) {
    assertThat(WordingRules.number(title)).isEqualTo(
        number.isEmpty() ? Optional.empty() : Optional.of(number));
  }

  @Test
  void wordListsIgnoreTheCaseOfEveryLetterAndMatchOnlyTheWordsListed() {
    WordList list = WordList.of(List.of("achieve", "zap", "été", "wejdaffb"));
    assertThat(list.opening("Achieve more")).contains("achieve");
    assertThat(list.opening("ZAP the backlog")).contains("zap");
    assertThat(list.opening("Été record")).contains("été");
    assertThat(list.anywhere("An ÉTÉ record")).contains("été");
    // A word without one ASCII letter is lowered the slow, exact way too.
    assertThat(WordList.of(List.of("рост")).opening("Рост выручки")).contains("рост");
    // "dwhuazjz" has the hash of the listed "wejdaffb", but is another word.
    assertThat(list.opening("dwhuazjz the backlog")).isEmpty();
    assertThat(list.anywhere("Cut dwhuazjz")).isEmpty();
    assertThat(list.opening("2026: 45 %")).isEmpty();
    // The longest listed word still opens a title.
    assertThat(WordList.of(List.of("launch")).opening("Launch the portal")).contains("launch");
  }

  @Test
  void unspacedWordsAreFoundWhateverTheirFirstCharacter() {
    WordList list = WordList.of(List.of("上线", "完成", "launch"));
    assertThat(list.anywhere("新系统完成")).contains("完成");
    assertThat(list.opening("把新系统上线")).contains("上线");
    assertThat(list.anywhere("完成上线")).contains("上线");
    assertThat(list.anywhere("新系统月活跃用户")).isEmpty();
  }

  @Test
  void wordListsMatchWholeSpacedWordsAndUnspacedWordsAnywhere() {
    WordList list = WordList.of(List.of("Launch", " plan ", "", "上线"));
    assertThat(list.opening("launch the portal")).contains("launch");
    assertThat(list.opening("  \"Launch\" the portal")).contains("launch");
    assertThat(list.opening("Launched portal adoption")).isEmpty();
    assertThat(list.opening("Portal adoption after launch")).isEmpty();
    assertThat(list.anywhere("Portal adoption after launch")).contains("launch");
    assertThat(list.anywhere("Planned adoption")).isEmpty();
    assertThat(list.opening("新系统上线")).contains("上线");
    assertThat(list.anywhere("新系统月活跃用户")).isEmpty();
  }

  /**
   * Words of ASCII letters are looked up without a lower-cased copy; the answer is the copy's:
   * every word of these texts, cut anywhere, is found exactly when its lower case is listed.
   * Letters whose case folding is not ASCII's (dotless and dotted i, the Kelvin sign, sharp s)
   * never stand in for ASCII ones.
   */
  @Test
  void wordListsFindAWordExactlyWhenItsLowerCaseIsListed() {
    List<String> words = List.of("launch", "Plan", "big", "straße", "ok", "kelvin", "i");
    WordList list = WordList.of(words);
    java.util.Set<String> listed = new java.util.HashSet<>();
    words.forEach(w -> listed.add(w.toLowerCase(java.util.Locale.ROOT)));
    for (String text : List.of("LAUNCH the Plan", "bıg Bİg BIG big", "STRASSE straße Straße",
        "\u212Aelvin KELVIN kelvin", "İ i I ı", "Ok oK OK okay", "pLaN-launch.big")) {
      for (int start = 0; start < text.length(); start++) {
        String rest = text.substring(start);
        // opening() skips what comes before the first letter, then reads letters.
        String first = rest.replaceFirst("^[^\\p{L}]+", "").split("[^\\p{L}]", 2)[0];
        String lower = first.toLowerCase(java.util.Locale.ROOT);
        String expected = !first.isEmpty() && listed.contains(lower) ? lower : null;
        assertThat(list.opening(rest).orElse(null)).as(rest).isEqualTo(expected);
      }
    }
    assertThat(list.anywhere("Ship the bıg one")).isEmpty();
    assertThat(list.anywhere("Ship the BİG one")).isEmpty();
    assertThat(list.anywhere("Ship the BIG one")).contains("big");
    assertThat(list.anywhere("Ship the Straße")).contains("straße");
  }

  @Test
  void unspacedScriptsAreHanKanaAndHangulAcrossAllOfUnicode() {
    java.util.Set<Character.UnicodeScript> unspaced = java.util.EnumSet.of(
        Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
        Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);
    int disagreements = 0;
    int found = 0;
    for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      boolean expected = unspaced.contains(Character.UnicodeScript.of(codePoint));
      found += expected ? 1 : 0;
      disagreements += WordList.isUnspaced(codePoint) == expected ? 0 : 1;
    }
    assertThat(disagreements).isZero();
    assertThat(found).isGreaterThan(90_000); // the Han ideographs alone are more
    assertThat(WordList.isUnspaced(0x1100)).isTrue(); // Hangul Jamo, the first unspaced letter
    assertThat(WordList.isUnspaced(0x10FF)).isFalse(); // Georgian
  }

  @Test
  void theQuickRejectionNeverTurnsAwayAQuantity() {
    String alphabet = "19a$€£¥%.,-#(\"kmx ";
    org.okr4j.core.testing.Theories.qt().forAll(org.quicktheories.generators.SourceDSL.lists()
            .of(org.quicktheories.generators.SourceDSL.integers().between(0, alphabet.length() - 1))
            .ofSizeBetween(1, 6))
        .checkAssert(indexes -> {
          StringBuilder word = new StringBuilder();
          indexes.forEach(i -> word.append(alphabet.charAt(i)));
          String text = word.toString();
          assertThat(WordingRules.quantity(text)).as(text)
              .isEqualTo(WordingRules.quantityByPatterns(text));
        });
    assertThat(WordingRules.quantity("(#$12)")).contains("12");
    assertThat(WordingRules.quantity("o-d0-1")).isEmpty();
  }
}
