package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row follows the rule as PRESETS.md states it ("objective status from KRs"). A row lists the
 * parts' statuses, {@code -} for a part without one, and the objective's status, {@code none} for
 * no status.
 */
class StatusRollUpsTest {

  static List<Optional<Status>> parts(String statuses) {
    List<Optional<Status>> parts = new ArrayList<>();
    for (String status : statuses.isBlank() ? new String[0] : statuses.split(" ")) {
      parts.add(status.equals("-") ? Optional.empty() : Optional.of(Status.valueOf(status)));
    }
    return parts;
  }

  static Optional<Status> expected(String status) {
    return status.equals("none") ? Optional.empty() : Optional.of(Status.valueOf(status));
  }

  @ParameterizedTest(name = "Perdoo [{0}]: {1}")
  @CsvSource(emptyValue = "", value = {
      // the weakest KR status, ignoring KRs without one
      "ON_TRACK - BEHIND NOT_STARTED, BEHIND", "ON_TRACK AT_RISK BEHIND, AT_RISK",
      "OFF_TRACK AT_RISK, OFF_TRACK", "COMPLETED ON_TRACK, ON_TRACK", "COMPLETED, COMPLETED",
      "-, none", "'', none", "- ON_TRACK, ON_TRACK",
      // equal severity: the later in Status's order, whatever the list's order
      "ON_TRACK NOT_STARTED, ON_TRACK", "NOT_STARTED ON_TRACK, ON_TRACK",
      "LAGGING BEHIND, BEHIND", "BEHIND LAGGING, BEHIND"})
  void worstStatus(String statuses, String status) {
    assertThat(StatusRollUps.worstStatus().combine(parts(statuses))).isEqualTo(expected(status));
  }

  @ParameterizedTest(name = "Viva Goals [{0}]: {1}")
  @CsvSource(emptyValue = "", value = {
      // any AT_RISK or BEHIND KR gives that status (AT_RISK first)
      "ON_TRACK - BEHIND NOT_STARTED, BEHIND", "BEHIND AT_RISK, AT_RISK", "AT_RISK, AT_RISK",
      "ON_TRACK BEHIND ON_TRACK, BEHIND",
      // all NOT_STARTED gives NOT_STARTED, and so does nothing at all
      "NOT_STARTED NOT_STARTED, NOT_STARTED", "NOT_STARTED -, NOT_STARTED", "'', NOT_STARTED",
      "-, NOT_STARTED",
      // else ON_TRACK
      "NOT_STARTED ON_TRACK, ON_TRACK", "ON_TRACK COMPLETED, ON_TRACK"})
  void vivaGoals(String statuses, String status) {
    assertThat(StatusRollUps.vivaGoals().combine(parts(statuses))).isEqualTo(expected(status));
  }

  @Test
  void neitherDependsOnTheOrderOfTheParts() {
    List<Optional<Status>> all = new ArrayList<>();
    for (Status status : Status.values()) {
      all.add(Optional.of(status));
    }
    all.add(Optional.empty());
    for (StatusRollUp rollUp : List.of(StatusRollUps.worstStatus(), StatusRollUps.vivaGoals())) {
      Optional<Status> forward = rollUp.combine(all);
      for (int seed = 0; seed < 20; seed++) {
        List<Optional<Status>> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        assertThat(rollUp.combine(shuffled)).isEqualTo(forward);
      }
    }
    assertThat(StatusRollUps.worstStatus().combine(all)).contains(Status.OFF_TRACK);
    assertThat(StatusRollUps.vivaGoals().combine(all)).contains(Status.AT_RISK);
  }
}
