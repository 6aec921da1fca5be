package org.okr4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CellsTest {

  /** Text made of the pieces that list and formula escaping must get right. */
  static final Gen<String> HOSTILE = lists().of(Generate.pick(List.of("a", "Z", "7", " ", "  ",
      ";", "\\", "\\;", "\\\\", "'", "''", "=", "+", "-", "@", "\t", "\r", "\n", "-5", "1,5",
      "\uFF1D", "中文", "\uD83D\uDE00", "\u00A0", ":", "@2027", "supports:")))
      .ofSizeBetween(0, 6).map(pieces -> String.join("", pieces));

  @Nested
  class Lists {
    @Test
    void everyListOfItemsReadsBack() {
      qt().forAll(lists().of(HOSTILE).ofSizeBetween(1, 5)).checkAssert(items ->
          assertThat(Cells.items(Cells.list(items))).isEqualTo(items));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a;b | [a, b]",
        "\" a ; b \" | [a, b]",
        "a;;b; | [a, , b, ]",
        "x\\;y;z | [x;y, z]",
        "C:\\dir;\\\\ | [C:\\dir, \\]",
        "\\ a\\ ;b | [ a , b]",
        "design;pilot | [design, pilot]"})
    void readsEscapesAndOlderFilesAlike(String cell, String items) {
      assertThat(Cells.items(cell)).hasToString(items);
    }

    @Test
    void writesOnlyWhatNeedsEscaping() {
      assertThat(Cells.list(List.of("a b", "x;y", " lead", "trail ", "back\\slash", "")))
          .isEqualTo("a b;x\\;y;\\ lead;trail\\ ;back\\\\slash;");
      assertThat(Cells.list(List.of())).isEmpty();
      assertThat(Cells.nonEmptyItems(";a;;b;")).containsExactly("a", "b");
    }
  }

  @Nested
  class Formulas {
    private final Decimals plain = Decimals.PLAIN;

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"=1+2", "+1+2", "-x", "@SUM(A1)", "\tx", "\rx", "=", "-",
        "\uFF1DHYPERLINK(1)", "'=x", "''@x", "-1e5", "- 5", "+ 1", "-5-5"})
    void neutralisesWhatASpreadsheetWouldEvaluate(String cell) {
      assertThat(Cells.evaluable(cell, plain)).isTrue();
      assertThat(Cells.neutralise(cell, plain)).isEqualTo("'" + cell);
      assertThat(Cells.restore("'" + cell, plain)).isEqualTo(cell);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "a", "-5", "+5", "-0.25", "'tis", "'", "''", "a=b", " =x",
        "\n=x", "1-2"})
    void leavesTheRestAsItIs(String cell) {
      assertThat(Cells.evaluable(cell, plain)).isFalse();
      assertThat(Cells.neutralise(cell, plain)).isEqualTo(cell);
      assertThat(Cells.restore(cell, plain)).isEqualTo(cell);
    }

    @Test
    void aNumberIsANumberInTheLayoutsOwnSyntax() {
      Decimals german = plain.withDecimal(',');
      assertThat(Cells.evaluable("-0,5", german)).isFalse();
      assertThat(Cells.evaluable("-0,5", plain)).isTrue();
    }

    @Test
    void everyCellReadsBackAfterNeutralising() {
      qt().forAll(HOSTILE).checkAssert(cell -> {
        String written = Cells.neutralise(cell, plain);
        assertThat(Cells.restore(written, plain)).isEqualTo(cell);
        // What a spreadsheet sees: text (a leading ' or a harmless start) or a plain number.
        assertThat(written.isEmpty() || "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20"
            .indexOf(written.charAt(0)) < 0 || plain.isNumber(written)).isTrue();
      });
    }
  }

  @Test
  void briefQuotesShortenAndShowControlCharacters() {
    assertThat(Cells.brief("abc")).isEqualTo("abc");
    assertThat(Cells.brief("a\u0000b\tc")).isEqualTo("a\\u0000b\\u0009c");
    assertThat(Cells.brief("x".repeat(100_000))).isEqualTo("x".repeat(60)
        + "... (100000 characters)");
    // A character outside the BMP is never cut in half.
    assertThat(Cells.brief("x".repeat(59) + "\uD83D\uDE00yz")).isEqualTo("x".repeat(59)
        + "... (63 characters)");
    assertThat(Cells.brief("abcdef", 3)).isEqualTo("abc... (6 characters)");
  }
}
