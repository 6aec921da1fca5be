package org.okr4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuardsTest {

  /** "e0", "e1", ... : distinct elements, keyed by themselves. */
  private static List<String> distinct(int size) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      values.add("e" + i);
    }
    return values;
  }

  /**
   * Short lists are compared element by element and long ones through a table: on both sides of
   * the switch, every place of a repeat is found, and the message names the key that repeats.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 7, 8, 9, 10, 20})
  void uniqueFindsARepeatAnywhereInListsShortAndLong(int size) {
    assertThatNoException().isThrownBy(() -> Guards.unique("values", distinct(size), v -> v));
    for (int later = 1; later < size; later++) {
      for (int earlier = 0; earlier < later; earlier++) {
        List<String> values = distinct(size);
        values.set(later, "e" + earlier);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Guards.unique("values", values, v -> v))
            .withMessage("values must not contain duplicates, but was 'e" + earlier + "'");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 8, 9, 20})
  void uniqueComparesKeysNotElements(int size) {
    List<String> values = distinct(size);
    values.set(size - 1, "x" + values.get(0).substring(1));
    Function<String, String> number = v -> v.substring(1);
    assertThatNoException().isThrownBy(() -> Guards.unique("values", distinct(size), number));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Guards.unique("values", values, number))
        .withMessage("values must not contain duplicates, but was '0'");
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 8, 9, 20})
  void uniqueNamesTheFirstElementThatRepeatsAnEarlierOne(int size) {
    List<String> values = distinct(size);
    values.set(size - 1, "e1");
    values.set(size - 2, "e0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Guards.unique("values", values, v -> v))
        .withMessage("values must not contain duplicates, but was 'e0'");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
  void withinRefusesValuesOutsideOrNotFiniteAndKeepsItsBounds(double value) {
    assertThatIllegalArgumentException().isThrownBy(() -> Guards.within("share", value, 0, 1))
        .withMessageStartingWith("share must ");
    assertThat(Guards.within("share", 0, 0, 1)).isZero();
    assertThat(Guards.within("share", 1, 0, 1)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01})
  void withinSaysTheRangeWhenOutside(double value) {
    assertThatIllegalArgumentException().isThrownBy(() -> Guards.within("share", value, 0, 1))
        .withMessage("share must lie within [0.0, 1.0], but was " + value);
  }

  @Test
  void failureIsTheMessageCheckThrows() {
    assertThat(Guards.failure("range high", "not lie below low 2.0", 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("range high must not lie below low 2.0, but was 1.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Guards.check(false, "range high", "not lie below low 2.0", 1.0))
        .withMessage(Guards.failure("range high", "not lie below low 2.0", 1.0).getMessage());
  }
}
