package org.okr4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.Theories.qt;
import static org.okr4j.core.validation.Fixtures.AS_OF;
import static org.okr4j.core.validation.Fixtures.healthy;
import static org.okr4j.core.validation.Fixtures.keyResult;
import static org.okr4j.core.validation.Fixtures.objective;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okr4j.core.CycleId;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.Organization;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Owner;
import org.okr4j.core.PersonId;
import org.okr4j.core.Share;
import org.okr4j.core.testing.OkrSets;

/** What co-owners and shares change in the core rules: focus limits and ownership findings. */
class SharedOwnershipTest {

  private static ValidationResult check(String rule, OkrSet set, int min, int max) {
    return ValidationPolicy.builder().name("test").rule(rule).build()
        .withThreshold("focus.objectives.min", min).withThreshold("focus.objectives.max", max)
        .check(set, AS_OF);
  }

  @Nested
  class FocusLimits {
    @Test
    void countACoOwnedObjectiveForEachCoOwner() {
      // sales owns o-sales; co-owning o-web and o-co too gives it three in the quarter.
      OkrSet set = objective("o-web", o -> o.addCoOwners(OrgUnitId.of("sales")))
          .andThen(objective("o-co", o -> o.addCoOwners(OrgUnitId.of("sales"),
              PersonId.of("cy"))))
          .apply(healthy());
      ValidationResult result = check("focus.objectives", set, 1, 2);
      assertThat(result.withCode("focus.objectives.too-many").violations())
          .singleElement().satisfies(v -> {
            assertThat(v.subjects()).containsExactly(OrgUnitId.of("sales"));
            assertThat(v.values()).containsEntry("count", "3");
          });
      assertThat(check("focus.objectives", set, 1, 3).withCode("focus.objectives.too-many")
          .violations()).isEmpty();
      // cy owns nothing but co-owns o-co: one, not none.
      assertThat(check("focus.objectives", set, 2, 3).withCode("focus.objectives.too-few")
          .violations()).extracting(v -> (Object) v.subjects().get(0))
          .contains(PersonId.of("cy"))
          .doesNotContain(OrgUnitId.of("sales"));
    }

    @Test
    void countEachOwnerAndCoOwnerPerCycleInTheOrderFirstMetByObjectiveId() {
      qt(200).forAll(OkrSets.sharedOwnership(40)).checkAssert(set ->
          assertThat(found(check("focus.objectives", set, 2, 3))).containsExactlyElementsOf(
              expected(set, 2, 3)));
    }

    @Test
    void countThousandsOfOwnersAndCyclesApart() {
      // 3 000 owners, each with two objectives in one cycle and one in another: far more pairs
      // than the counters start with.
      OkrSet.Builder builder = OkrSet.builder();
      for (int o = 0; o < 9_000; o++) {
        builder.addObjectives(Objective.builder().id(ObjectiveId.of(String.format("o%05d", o)))
            .title("Objective " + o).level(LevelScheme.standard().level("team"))
            .cycle(CycleId.of("q" + o / 3_000 % 2)).owner(PersonId.of("p" + o % 3_000))
            .addKeyResults(keyResult("k" + o, "Ship k" + o, LinearMeasure.of(0, 1))).build());
      }
      OkrSet set = builder.build();
      List<List<Object>> found = found(check("focus.objectives", set, 2, 1));
      assertThat(found).hasSize(6_000).containsExactlyElementsOf(expected(set, 2, 1));
      assertThat(found.get(0)).containsExactly("focus.objectives.too-many", PersonId.of("p0"),
          "q0", "2");
    }

    /** Each violation's code, subject, cycle and count. */
    private List<List<Object>> found(ValidationResult result) {
      return result.violations().stream().map(v -> List.<Object>of(v.code(), v.subjects().get(0),
          v.values().get("cycle"), v.values().get("count"))).toList();
    }

    /** What the rule's definition gives, counted the plain way. */
    private List<List<Object>> expected(OkrSet set, int min, int max) {
      Map<List<Object>, Integer> counts = new LinkedHashMap<>();
      List<Objective> byId = new ArrayList<>(set.objectives());
      byId.sort(Comparator.comparing(Objective::id));
      for (Objective objective : byId) {
        List<Owner> owners = new ArrayList<>();
        objective.owner().ifPresent(owners::add);
        owners.addAll(objective.coOwners());
        for (Owner owner : owners) {
          counts.merge(List.of(owner, objective.cycle()), 1, Integer::sum);
        }
      }
      List<List<Object>> expected = new ArrayList<>();
      counts.forEach((key, count) -> {
        if (count > max || count < min) {
          expected.add(List.of(count > max ? "focus.objectives.too-many"
              : "focus.objectives.too-few", key.get(0), ((CycleId) key.get(1)).value(),
              Integer.toString(count)));
        }
      });
      return expected;
    }

    @Test
    void doNotCountAShareAsOwnership() {
      OkrSet set = objective("o-web", o -> o.addSharedWith(Share.of(OrgUnitId.of("sales"), 1)))
          .apply(healthy());
      assertThat(check("focus.objectives", set, 1, 1).withCode("focus.objectives.too-many")
          .violations()).isEmpty();
    }
  }

  @Nested
  class Ownership {
    private ValidationResult owners(OkrSet set) {
      return ValidationPolicy.builder().name("test").rule("ownership").build().check(set, AS_OF);
    }

    @Test
    void reportUnknownCoOwnersAsUnknownOwners() {
      OkrSet set = objective("o-web", o -> o.addCoOwners(OrgUnitId.of("nowhere"),
              OrgUnitId.of("sales"), PersonId.of("ghost"), PersonId.of("cy")))
          .andThen(keyResult("kr-win", k -> k.addCoOwners(PersonId.of("nobody"),
              OrgUnitId.of("eng"))))
          .apply(healthy());
      // Objectives in id order (o-sales holds kr-win), each co-owner in its order.
      ValidationResult unknown = owners(set).withCode("ownership.owner.unknown");
      assertThat(unknown.violations()).extracting(v -> v.subjects().get(0) + " " + v.values()
          .get("owner")).containsExactly("kr-win nobody", "o-web nowhere", "o-web ghost");
    }

    @Test
    void judgeEachKeyResultsOwnerWhateverItsObjectivesIs() {
      // kr-conversion has o-web's unknown owner, kr-errors a known one; kr-win an unknown owner
      // under o-sales, whose owner is known; kr-revenue has o-sales' own (known) owner.
      OkrSet set = objective("o-web", o -> o.owner(OrgUnitId.of("nowhere")))
          .andThen(keyResult("kr-conversion", k -> k.owner(OrgUnitId.of("nowhere"))))
          .andThen(keyResult("kr-win", k -> k.owner(PersonId.of("ghost"))))
          .andThen(keyResult("kr-revenue", k -> k.owner(OrgUnitId.of("sales"))))
          .apply(healthy());
      ValidationResult unknown = owners(set).withCode("ownership.owner.unknown");
      assertThat(unknown.violations()).extracting(v -> v.subjects().get(0) + " " + v.values()
          .get("owner")).containsExactly("kr-win ghost", "o-web nowhere", "kr-conversion nowhere");
      // A person and a unit with the same id are two owners: a key result of person "sales" under
      // unit sales' objective is unknown.
      OkrSet person = keyResult("kr-revenue", k -> k.owner(PersonId.of("sales"))).apply(healthy());
      assertThat(owners(person).withCode("ownership.owner.unknown").violations())
          .extracting(v -> v.subjects().get(0).toString()).containsExactly("kr-revenue");
    }

    @Test
    void reportUnitsSharedWithThatTheOrganisationLacks() {
      OkrSet set = objective("o-web", o -> o.sharedWith(List.of(
          Share.of(OrgUnitId.of("sales"), 0.5), Share.of(OrgUnitId.of("gone"), 0.25))))
          .apply(healthy());
      assertThat(owners(set).withCode("ownership.share.unknown").violations())
          .singleElement().satisfies(v -> {
            assertThat(v.subjects()).containsExactly(ObjectiveId.of("o-web"));
            assertThat(v.values()).containsEntry("unit", "gone");
          });
      assertThat(owners(set).withCode("ownership.owner.unknown").violations()).isEmpty();
    }

    @Test
    void sayNothingWithoutAnOrganisation() {
      OkrSet set = objective("o-web", o -> o.addCoOwners(PersonId.of("ghost"))
          .addSharedWith(Share.of(OrgUnitId.of("gone"), 1)))
          .andThen(keyResult("kr-win", k -> k.addCoOwners(PersonId.of("nobody"))))
          .apply(healthy());
      OkrSet bare = set.withOrganization(Organization.empty());
      assertThat(owners(bare).withCode("ownership.owner.unknown").violations()).isEmpty();
      assertThat(owners(bare).withCode("ownership.share.unknown").violations()).isEmpty();
    }
  }
}
