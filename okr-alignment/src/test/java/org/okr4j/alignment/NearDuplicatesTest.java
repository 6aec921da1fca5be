package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How candidate pairs are found: by shared bands, wherever the titles stand in the list. */
class NearDuplicatesTest {

  @Test
  void findsAPairHoweverFarApartItsTitlesStand() {
    List<String> titles = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    titles.add("Open three stores in Lisbon");
    owners.add("a");
    for (int i = 0; i < 400; i++) {
      titles.add("Topic " + Integer.toString(i * 7919, 36) + " " + Integer.toString(i, 36));
      owners.add("b");
    }
    titles.add("Open three stores in Lisbon");
    owners.add("c");
    assertThat(NearDuplicates.find(titles, owners, 0.6))
        .contains(new NearDuplicates.Pair(0, 401, 1.0));
  }

  @Test
  void aBucketOfBoilerplateIsComparedAlongAWindow() {
    // 300 identical titles of 300 owners share every band: a bucket over the cap of 256, in which
    // each title meets the 32 after it, not all 299 others.
    List<String> titles = Collections.nCopies(300, "Quarterly business review");
    List<String> owners = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      owners.add("owner-" + i);
    }
    List<NearDuplicates.Pair> pairs = NearDuplicates.find(titles, owners, 0.6);
    assertThat(pairs).hasSize(32 * (300 - 32) + 31 * 32 / 2);
    assertThat(pairs.get(0)).isEqualTo(new NearDuplicates.Pair(0, 1, 1.0));
    assertThat(pairs).contains(new NearDuplicates.Pair(0, 32, 1.0), new NearDuplicates.Pair(298,
        299, 1.0)).doesNotContain(new NearDuplicates.Pair(0, 33, 1.0));
    // At the cap, all pairs.
    assertThat(NearDuplicates.find(titles.subList(0, 256), owners.subList(0, 256), 0.6))
        .hasSize(256 * 255 / 2);
  }

  @Test
  void oneOwnersTitlesAreNoDuplicatesNorAreEmptyOnes() {
    List<String> titles = List.of("Make checkout fast", "Make checkout fast", "", "", "!!");
    assertThat(NearDuplicates.find(titles, List.of("a", "a", "b", "c", "d"), 0.6)).isEmpty();
    assertThat(NearDuplicates.find(titles, List.of("a", "b", "b", "c", "d"), 0.6))
        .containsExactly(new NearDuplicates.Pair(0, 1, 1.0));
  }
}
