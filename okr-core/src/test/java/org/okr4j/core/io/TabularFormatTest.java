package org.okr4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TabularFormatTest {

  @Test
  void okr4jsLayoutWritesPlainNumbersAndNeutralisesFormulas() {
    TabularFormat okr4j = TabularFormat.okr4j();
    assertThat(okr4j.decimalSeparator()).isEqualTo('.');
    assertThat(okr4j.grouping()).isEmpty();
    assertThat(okr4j.isFormulaEscaping()).isTrue();
    assertThat(okr4j.headers()).containsSubsequence("parent", "parent-kind", "parent-weight")
        .doesNotContain("start", "target", "parts", "unit");
  }

  @Test
  void vivaGoalsGroupsThousandsWithCommas() {
    assertThat(TabularFormat.vivaGoals().grouping()).contains(',');
    assertThat(TabularFormat.vivaGoals().withoutGrouping().grouping()).isEmpty();
    assertThat(TabularFormat.vivaGoals().header(Field.PARENT_KIND)).isEmpty();
  }

  @Test
  void settingsMakeCopiesThatKeepEverythingElse() {
    TabularFormat german = TabularFormat.okr4j().withDecimalSeparator(',').withGrouping('.')
        .withFormulaEscaping(false).withHeader(Field.TITLE, "Titel");
    assertThat(german.decimalSeparator()).isEqualTo(',');
    assertThat(german.grouping()).contains('.');
    assertThat(german.isFormulaEscaping()).isFalse();
    assertThat(german.header(Field.TITLE)).contains("Titel");
    assertThat(german.name()).isEqualTo("okr4j");
    assertThat(german.withHeader(Field.NOTE, "Notiz").decimalSeparator()).isEqualTo(',');
    assertThat(german.withHeader(Field.NOTE, "Notiz").isFormulaEscaping()).isFalse();
    assertThat(TabularFormat.okr4j().withFormulaEscaping(false).withFormulaEscaping(true)
        .isFormulaEscaping()).isTrue();
  }

  @Test
  void aHeaderAnotherFieldIsReadUnderIsRejected() {
    // An import matches headers ignoring case: the column would hold both fields.
    assertThatThrownBy(() -> TabularFormat.okr4j().withHeader(Field.TITLE, " ID "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column header must be one no other field is read under (ID is), but was"
            + " 'ID'");
    assertThatThrownBy(() -> TabularFormat.vivaGoals().withHeader(Field.NOTE, "owner"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(OWNER_PERSON is)");
    // okr4j's older files name start and target in columns of their own, still read.
    assertThatThrownBy(() -> TabularFormat.okr4j().withHeader(Field.NOTE, "Target"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(TARGET is)");
    // A field may keep, or change the case of, its own header; and take one freed by a rename.
    assertThat(TabularFormat.okr4j().withHeader(Field.TITLE, "TITLE").header(Field.TITLE))
        .contains("TITLE");
    assertThat(TabularFormat.okr4j().withHeader(Field.ID, "key").withHeader(Field.TITLE, "id")
        .headers()).contains("key", "id");
  }

  @Test
  void theBuiltInLayoutsReadEachFieldUnderAHeaderOfItsOwn() {
    for (TabularFormat format : List.of(TabularFormat.okr4j(), TabularFormat.vivaGoals())) {
      Set<String> seen = new HashSet<>();
      for (Field field : Field.values()) {
        format.readHeader(field).ifPresent(header ->
            assertThat(seen.add(header.toLowerCase(Locale.ROOT))).as(format + " " + field)
                .isTrue());
      }
    }
  }

  @Test
  void separatorsThatCannotBeToldApartAreRejected() {
    assertThatThrownBy(() -> TabularFormat.vivaGoals().withDecimalSeparator(','))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("decimal separator must differ from the thousands separator");
    TabularFormat germanViva = TabularFormat.vivaGoals().withoutGrouping()
        .withDecimalSeparator(',').withGrouping('.');
    assertThat(germanViva.decimalSeparator()).isEqualTo(',');
    assertThat(germanViva.grouping()).contains('.');
    assertThatThrownBy(() -> TabularFormat.okr4j().withGrouping('x'))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNeutralisedCellSaysWhere() {
    assertThat(new NeutralisedCell(4, "o-1", "title")).hasToString("row 4 (o-1), column title");
    assertThat(new NeutralisedCell(4, "", "title")).hasToString("row 4, column title");
  }
}
