package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.okr4j.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ShareTest {

  static final OrgUnitId OPS = OrgUnitId.of("ops");
  static final OrgUnitId SALES = OrgUnitId.of("sales");
  static final PersonId ANA = PersonId.of("ana");

  @Test
  void printsAndReadsBack() {
    assertThat(Share.of(OPS, 0.5)).hasToString("ops=0.5");
    assertThat(Share.of(OPS, 1)).hasToString("ops=1");
    assertThat(Share.parse(" ops = 0.25 ")).isEqualTo(Share.of(OPS, 0.25));
    assertThat(Share.parse("a=b=0.5").unit()).isEqualTo(OrgUnitId.of("a=b"));
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 12),
            doubles().between(Double.MIN_VALUE, 1))
        .assuming((id, weight) -> id.strip().equals(id) && !id.isBlank())
        .checkAssert((id, weight) -> {
          Share share = Share.of(OrgUnitId.of(id), weight);
          assertThat(Share.parse(share.toString())).isEqualTo(share);
        });
  }

  @Test
  void rejectsBrokenWeightsAndText() {
    assertThatIllegalArgumentException().isThrownBy(() -> Share.of(OPS, 0))
        .withMessage("share weight must lie within (0, 1], but was 0.0");
    assertThatIllegalArgumentException().isThrownBy(() -> Share.of(OPS, 1.01))
        .withMessage("share weight must lie within (0, 1], but was 1.01");
    assertThatIllegalArgumentException().isThrownBy(() -> Share.of(OPS, Double.NaN))
        .withMessage("share weight must be a finite number, but was NaN");
    assertThatIllegalArgumentException().isThrownBy(() -> Share.parse("ops"))
        .withMessage("share must be a unit id, '=' and a weight, as ops=0.5, but was 'ops'");
    assertThatIllegalArgumentException().isThrownBy(() -> Share.parse("=0.5"))
        .withMessageStartingWith("share must be a unit id");
    assertThatIllegalArgumentException().isThrownBy(() -> Share.parse("ops=half"))
        .withMessageStartingWith("share must be a unit id");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Share.of(OPS, 0.5), Share.parse("ops=0.50"))
        .addEqualityGroup(Share.of(OPS, 0.4))
        .addEqualityGroup(Share.of(SALES, 0.5))
        .testEquals();
  }

  @Nested
  class OfAnObjective {
    Objective delight = ObjectiveTest.delight();

    @Test
    void areNoneByDefaultAndKeptAsGiven() {
      assertThat(delight.coOwners()).isEmpty();
      assertThat(delight.sharedWith()).isEmpty();
      Objective shared = delight.withCoOwners(List.of(ANA, SALES))
          .withSharedWith(List.of(Share.of(OPS, 0.5), Share.of(OrgUnitId.of("hr"), 0.2)));
      assertThat(shared.coOwners()).containsExactly(ANA, SALES);
      assertThat(shared.sharedWith()).extracting(Share::unit)
          .containsExactly(OPS, OrgUnitId.of("hr"));
      assertThat(Objective.builder().from(shared).build()).isEqualTo(shared);
      assertThat(shared).isNotEqualTo(delight);
      assertThat(shared.withCoOwners(List.of()).withSharedWith(List.of())).isEqualTo(delight);
    }

    @Test
    void rejectRepeatsAndTheOwner() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> delight.withCoOwners(List.of(ANA, ANA)))
          .withMessage("objective co-owners must not contain duplicates, but was ana");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> delight.withCoOwners(List.of(OrgUnitId.of("support"))))
          .withMessage("objective co-owners must not contain the owner, but was support");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> delight.withSharedWith(List.of(Share.of(OPS, 0.5), Share.of(OPS, 1))))
          .withMessage("objective shares must not contain duplicates, but was ops");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> delight.withSharedWith(List.of(Share.of(OrgUnitId.of("support"), 1))))
          .withMessage("objective shares must not name the owning unit, but was support=1");
      assertThatIllegalArgumentException().isThrownBy(() -> delight.withCoOwners(List.of(OPS))
              .withSharedWith(List.of(Share.of(OPS, 0.5))))
          .withMessage("objective shares must not name a co-owning unit, but was ops=0.5");
    }

    @Test
    void needNoOwner() {
      Objective ownerless = Objective.builder().from(delight).owner(java.util.Optional.empty())
          .addCoOwners(ANA).addSharedWith(Share.of(OPS, 0.5)).build();
      assertThat(ownerless.coOwners()).containsExactly(ANA);
      assertThat(ownerless.sharedWith()).containsExactly(Share.of(OPS, 0.5));
    }
  }

  @Nested
  class OfAKeyResult {
    KeyResult nps = KeyResultTest.nps();

    @Test
    void areNoneByDefaultAndDistinctFromContributors() {
      assertThat(nps.coOwners()).isEmpty();
      KeyResult shared = nps.withCoOwners(List.of(OPS, ANA));
      assertThat(shared.coOwners()).containsExactly(OPS, ANA);
      assertThat(shared.contributors()).isEmpty();
      assertThat(KeyResult.builder().from(shared).build()).isEqualTo(shared);
      assertThat(shared).isNotEqualTo(nps);
      assertThat(shared.hashCode()).isNotEqualTo(nps.hashCode());
      assertThat(shared.withCoOwners(List.of())).isEqualTo(nps);
      assertThat(shared.withCoOwners(List.of())).hasSameHashCodeAs(nps);
      assertThat(KeyResult.builder().from(nps).addCoOwners(OPS, ANA).build()).isEqualTo(shared);
      assertThat(KeyResult.builder().from(nps).addCoOwners(OPS).addCoOwners(ANA).build())
          .isEqualTo(shared);
    }

    @Test
    void rejectRepeatsAndTheOwner() {
      assertThatIllegalArgumentException().isThrownBy(() -> nps.withCoOwners(List.of(OPS, OPS)))
          .withMessage("key result co-owners must not contain duplicates, but was ops");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> nps.withCoOwners(List.of(PersonId.of("p7"))))
          .withMessage("key result co-owners must not contain the owner, but was p7");
    }

    @Test
    void costNothingWhenAbsent() {
      KeyResult other = KeyResult.builder().from(nps).addInitiatives("survey").build();
      assertThat(other.coOwners()).isEmpty();
      assertThat(other.withCoOwners(List.of(ANA)).initiatives()).containsExactly("survey");
    }
  }
}
