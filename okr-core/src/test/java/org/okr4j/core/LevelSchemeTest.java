package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelSchemeTest {

  @Test
  void standardIsCompanyDepartmentTeamIndividual() {
    LevelScheme standard = LevelScheme.standard();
    assertThat(standard.names()).containsExactly("company", "department", "team", "individual");
    assertThat(standard.levels()).extracting(Level::rank).containsExactly(0, 1, 2, 3);
    assertThat(standard.top()).isEqualTo(Level.of("company", 0));
    assertThat(standard.bottom()).isEqualTo(Level.of("individual", 3));
    assertThat(standard).hasToString("company > department > team > individual");
  }

  @Test
  void threeLevelSchemeOfSeed003() {
    assertThat(LevelScheme.companyTeamIndividual().names())
        .containsExactly("company", "team", "individual");
  }

  @Test
  void customSchemesRankByPosition() {
    LevelScheme custom = LevelScheme.of(List.of("group", "division", "business-unit", "squad"));
    assertThat(custom.level("business-unit")).isEqualTo(Level.of("business-unit", 2));
    assertThat(custom.find("squad")).contains(Level.of("squad", 3));
    assertThat(custom.find("team")).isEmpty();
  }

  @Test
  void findsLevelsByNameAndChecksMembership() {
    LevelScheme standard = LevelScheme.standard();
    assertThat(standard.contains(Level.of("team", 2))).isTrue();
    assertThat(standard.contains(Level.of("team", 1))).isFalse();
    assertThat(standard.contains(Level.of("squad", 2))).isFalse();
    assertThat(standard.contains(Level.of("team", 4))).isFalse();
    assertThat(standard.contains(Level.of("individual", 3))).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> standard.level("squad"))
        .withMessage("level name must be one of [company, department, team, individual],"
            + " but was 'squad'");
  }

  @Test
  void rejectsEmptyAndRepeatedNames() {
    assertThatIllegalArgumentException().isThrownBy(LevelScheme::of)
        .withMessage("level scheme must name at least one level, but was []");
    assertThatIllegalArgumentException().isThrownBy(() -> LevelScheme.of("team", "team"))
        .withMessage("level names must not contain duplicates, but was 'team'");
    assertThat(LevelScheme.of("solo").top()).isEqualTo(LevelScheme.of("solo").bottom());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(LevelScheme.standard(), LevelScheme.of("company", "department", "team",
            "individual"))
        .addEqualityGroup(LevelScheme.companyTeamIndividual())
        .testEquals();
  }
}
