package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LevelTest {

  @Nested
  class Of {
    @Test
    void holdsNameAndRank() {
      Level team = Level.of("team", 2);
      assertThat(team.name()).isEqualTo("team");
      assertThat(team.rank()).isEqualTo(2);
      assertThat(team).hasToString("team@2");
    }

    @Test
    void rejectsNegativeRankAndBlankName() {
      assertThatIllegalArgumentException().isThrownBy(() -> Level.of("team", -1))
          .withMessage("level rank must be zero or more, but was -1");
      assertThat(Level.of("company", 0).rank()).isZero();
      assertThatIllegalArgumentException().isThrownBy(() -> Level.of(" ", 1))
          .withMessageContaining("level name must not be blank");
    }
  }

  @Nested
  class Parse {
    @Test
    void readsWhatToStringWrites() {
      assertThat(Level.parse("business-unit@3")).isEqualTo(Level.of("business-unit", 3));
      assertThat(Level.parse("a@b@1")).isEqualTo(Level.of("a@b", 1));
    }

    @Test
    void rejectsMalformedText() {
      assertThatIllegalArgumentException().isThrownBy(() -> Level.parse("team"))
          .withMessage("level text must have the form name@rank, but was 'team'");
      assertThatIllegalArgumentException().isThrownBy(() -> Level.parse("@2"))
          .withMessageContaining("name@rank");
      assertThatIllegalArgumentException().isThrownBy(() -> Level.parse("team@"))
          .withMessageContaining("name@rank");
      assertThatIllegalArgumentException().isThrownBy(() -> Level.parse("team@x"))
          .withMessage("level text must end in a whole rank, but was 'team@x'")
          .withCauseInstanceOf(NumberFormatException.class);
      // A sign, white space, other scripts' digits (Arabic-Indic, full-width), beyond an int.
      for (String rank : List.of("+2", "-1", " 2", "2 ", "\u0663", "\uff12", "1e1",
          "99999999999")) {
        assertThatIllegalArgumentException().as(rank).isThrownBy(() -> Level.parse("team@" + rank))
            .withMessage("level text must end in a whole rank, but was 'team@" + rank + "'");
      }
    }

    @Test
    void roundTrips() {
      qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 12), integers().between(0, 50))
          .assuming((name, rank) -> !name.isBlank() && name.strip().equals(name))
          .checkAssert((name, rank) -> {
            Level level = Level.of(name, rank);
            assertThat(Level.parse(level.toString())).isEqualTo(level);
          });
    }
  }

  @Nested
  class Comparison {
    @Test
    void aboveAndBelowByRank() {
      Level company = Level.of("company", 0);
      Level team = Level.of("team", 2);
      assertThat(company.isAbove(team)).isTrue();
      assertThat(team.isAbove(company)).isFalse();
      assertThat(team.isBelow(company)).isTrue();
      assertThat(company.isBelow(team)).isFalse();
      assertThat(team.isAbove(Level.of("squad", 2))).isFalse();
      assertThat(team.isBelow(Level.of("squad", 2))).isFalse();
    }

    @Test
    void ordersByRankThenName() {
      assertThat(Level.of("b", 0)).isLessThan(Level.of("a", 1));
      assertThat(Level.of("a", 1)).isLessThan(Level.of("b", 1));
      assertThat(Level.of("b", 1).compareTo(Level.of("a", 1))).isPositive();
      assertThat(Level.of("a", 1).compareTo(Level.of("a", 1))).isZero();
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(Level.of("team", 2), Level.parse("team@2"))
          .addEqualityGroup(Level.of("team", 3))
          .addEqualityGroup(Level.of("squad", 2))
          .testEquals();
    }
  }
}
