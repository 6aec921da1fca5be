package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShapesTest {

  @Test
  void numbersEachDistinctShingleSetOnceAndLeavesTheEmptyOneOut() {
    Shapes shapes = new Shapes(2);
    assertThat(shapes.add(new int[0])).isEqualTo(Shapes.NONE);
    // Titles that differ only in case and punctuation have one shape.
    int raise = shapes.add(TitleSimilarity.shingles("Raise NPS from 31 to 45"));
    assertThat(shapes.add(TitleSimilarity.shingles("raise nps, from 31 to 45!"))).isEqualTo(raise);
    int cut = shapes.add(TitleSimilarity.shingles("Cut churn to 3 %"));
    assertThat(raise).isZero();
    assertThat(cut).isOne();
    // Past the first guess: the table grows and keeps every number.
    for (int i = 0; i < 100; i++) {
      assertThat(shapes.add(new int[] {i, i + 1000})).isEqualTo(2 + i);
    }
    for (int i = 0; i < 100; i++) {
      assertThat(shapes.add(new int[] {i, i + 1000})).isEqualTo(2 + i);
    }
    assertThat(shapes.count()).isEqualTo(102);
    assertThat(shapes.shingles(cut)).containsExactly(TitleSimilarity.shingles("Cut churn to 3 %"));
  }

  @Test
  void similarityIsTheJaccardIndexOrMinusOneWhenRefused() {
    Shapes shapes = new Shapes(4);
    int a = shapes.add(new int[] {1, 2, 3, 4, 5});
    int b = shapes.add(new int[] {1, 2, 3, 4, 6});
    int small = shapes.add(new int[] {1});
    assertThat(shapes.similarity(a, b, 0.6)).isEqualTo(4.0 / 6);
    assertThat(shapes.similar(a, b, 0.6)).isTrue();
    assertThat(shapes.similar(a, b, 0.7)).isFalse();
    // One shingle against five: refused by their sizes alone.
    assertThat(shapes.similarity(a, small, 0.6)).isEqualTo(-1);
    assertThat(shapes.similar(small, small, 0.6)).isTrue();
  }
}
