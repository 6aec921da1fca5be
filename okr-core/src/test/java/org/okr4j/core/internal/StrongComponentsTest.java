package org.okr4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrongComponentsTest {

  /** A graph from each node's heads; a head of -1 is an arc that does not count. */
  private static StrongComponents of(int[]... heads) {
    return StrongComponents.of(heads.length, node -> 0, node -> heads[node].length,
        (node, arc) -> heads[node][arc]);
  }

  @Test
  void findsARingAndNumbersWhatIsReachedFirst() {
    // 0 -> 1 -> 2 -> 0, 2 -> 3; 4 -> 3 and 4 -> 4; 5 -> (skipped) -> nothing.
    StrongComponents components = of(new int[] {1}, new int[] {2}, new int[] {0, 3},
        new int[] {}, new int[] {3, 4}, new int[] {-1});
    assertThat(components.count()).isEqualTo(4);
    int ring = components.componentOf(0);
    assertThat(components.componentOf(1)).isEqualTo(ring);
    assertThat(components.componentOf(2)).isEqualTo(ring);
    assertThat(components.sizeOf(ring)).isEqualTo(3);
    assertThat(components.sizeOf(components.componentOf(4))).isEqualTo(1);
    assertThat(components.componentOf(3)).isLessThan(ring)
        .isLessThan(components.componentOf(4));
    assertThat(components.componentOf(5)).isNotIn(ring, components.componentOf(3),
        components.componentOf(4));
    List<int[]> groups = components.groups();
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0)).containsExactly(0, 1, 2);
  }

  @Test
  void aGraphWithoutLoopsHasNoGroups() {
    StrongComponents components = of(new int[] {1, 2}, new int[] {2}, new int[] {});
    assertThat(components.count()).isEqualTo(3);
    assertThat(components.groups()).isEmpty();
    // Skipped arcs break what would be a ring.
    assertThat(of(new int[] {1}, new int[] {-1}).groups()).isEmpty();
  }

  @Test
  void aRingOfAMillionNeedsNoStack() {
    int n = 1_000_000;
    StrongComponents components = StrongComponents.of(n, node -> node, node -> node + 1,
        (node, arc) -> (node + 1) % n);
    assertThat(components.count()).isEqualTo(1);
    assertThat(components.groups()).singleElement().satisfies(g -> assertThat(g).hasSize(n));
  }
}
