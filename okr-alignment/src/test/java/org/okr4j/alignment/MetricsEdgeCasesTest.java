package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.alignment.Fixtures.COMPANY;
import static org.okr4j.alignment.Fixtures.DEPARTMENT;
import static org.okr4j.alignment.Fixtures.TEAM;
import static org.okr4j.alignment.Fixtures.objective;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.Level;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;

/** {@link AlignmentMetrics} where the other tests do not look. */
class MetricsEdgeCasesTest {

  /**
   * OpenOKR's bands with the default thresholds: HEALTHY from 90, WATCH from 80, else GAP, and
   * GAP whatever the share without a company anchor.
   */
  @ParameterizedTest(name = "{0}%, anchored {1}: {2}")
  @CsvSource({"100, true, HEALTHY", "90, true, HEALTHY", "89, true, WATCH", "80, true, WATCH",
      "79, true, GAP", "0, true, GAP", "100, false, GAP", "85, false, GAP"})
  void theBandOfAShareWithTheDefaultThresholds(int share, boolean anchored,
      AlignmentMetrics.Band band) {
    assertThat(AlignmentMetrics.Band.of(share, anchored)).isEqualTo(band);
  }

  /**
   * A scoped analysis measures the objectives owned in the scope's subtree: an objective whose
   * owner the organisation lacks lies in no unit's subtree, not even the top unit's.
   */
  @Test
  void theTopUnitsSubtreeLeavesOutOwnersTheOrganisationLacks() {
    OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
        objective("d", DEPARTMENT, "sales", "c"), objective("g", DEPARTMENT, "gone"));
    AlignmentMetrics whole = AlignmentMetrics.of(set);
    assertThat(whole.measured()).isEqualTo(2);
    assertThat(whole.counted()).isEqualTo(1);
    AlignmentMetrics co = AlignmentMetrics.of(set, OrgUnitId.of("co"));
    assertThat(co.measured()).isEqualTo(1);
    assertThat(co.counted()).isEqualTo(1);
    assertThat(co.alignmentShare()).hasValue(100);
  }

  /** Coverage by level reads top level first; levels of one rank by name. */
  @Test
  void levelsOfOneRankReadByName() {
    Level squad = Level.of("squad", TEAM.rank());
    OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
        objective("t", TEAM, "web", "c"), objective("s", squad, "emea"));
    assertThat(AlignmentMetrics.of(set).coverageByLevel().keySet())
        .containsExactly("company", "squad", "team");
  }
}
