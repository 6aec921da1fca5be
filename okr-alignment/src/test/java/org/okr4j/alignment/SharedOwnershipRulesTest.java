package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.alignment.Fixtures.COMPANY;
import static org.okr4j.alignment.Fixtures.DEPARTMENT;
import static org.okr4j.alignment.Fixtures.check;
import static org.okr4j.alignment.Fixtures.objective;
import static org.okr4j.core.testing.Theories.qt;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;
import org.okr4j.core.Owner;
import org.okr4j.core.Person;
import org.okr4j.core.PersonId;
import org.okr4j.core.Share;
import org.okr4j.core.testing.OkrSets;
import org.okr4j.core.validation.Violation;

/** What co-owners and shares change in the whole-set rules: owner load and unit coverage. */
class SharedOwnershipRulesTest {

  private static KeyResult kr(String id, Optional<String> owner, String... coOwners) {
    KeyResult.Builder kr = KeyResult.builder().id(KeyResultId.of(id)).title("Move " + id)
        .measure(LinearMeasure.of(0, 1));
    owner.ifPresent(o -> kr.owner(PersonId.of(o)));
    for (String coOwner : coOwners) {
      kr.addCoOwners(PersonId.of(coOwner));
    }
    return kr.build();
  }

  private static List<String> overloaded(OkrSet set) {
    return check(AlignmentRules.OWNER_OVERLOADED, set).stream()
        .map(v -> v.subject() + "=" + v.values().get("count")).toList();
  }

  @Nested
  class OwnerLoad {
    @Test
    void countsAsItsDefinitionSaysOverGeneratedSets() {
      AtomicInteger withFindings = new AtomicInteger();
      qt(200).forAll(OkrSets.sharedOwnership(40)).checkAssert(set -> {
        List<String> expected = expected(set);
        assertThat(overloaded(set)).containsExactlyElementsOf(expected);
        withFindings.addAndGet(expected.isEmpty() ? 0 : 1);
      });
      // Not only empty lists compared: sets of up to forty objectives among eight owners often
      // pass the tests' limit of 2.
      assertThat(withFindings).hasPositiveValue();
    }

    /**
     * The rule's definition counted the plain way: each key result for its own owner or else its
     * objective's, and for each co-owner carrying it other than that owner; owners over the
     * tests' limit of 2 ({@link Fixtures#only}), by id, a unit before a person.
     */
    private List<String> expected(OkrSet set) {
      Map<Owner, Integer> loads = new HashMap<>();
      for (Objective objective : set.objectives()) {
        for (KeyResult kr : objective.keyResults()) {
          Optional<Owner> owner = kr.owner().or(objective::owner);
          owner.ifPresent(o -> loads.merge(o, 1, Integer::sum));
          List<Owner> coOwners = kr.owner().isPresent() || !kr.coOwners().isEmpty()
              ? kr.coOwners() : objective.coOwners();
          for (Owner coOwner : coOwners) {
            if (!owner.equals(Optional.of(coOwner))) {
              loads.merge(coOwner, 1, Integer::sum);
            }
          }
        }
      }
      return loads.entrySet().stream().filter(load -> load.getValue() > 2)
          .sorted(Comparator.comparing((Map.Entry<Owner, Integer> load) -> load.getKey().value())
              .thenComparing(load -> load.getKey() instanceof PersonId))
          .map(load -> load.getKey() + "=" + load.getValue()).toList();
    }

    @Test
    void countsAKeyResultForEachOfItsCoOwners() {
      // The limit is 2. Ana owns one and co-owns two: three.
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co").keyResults(List.of(
          kr("k1", Optional.of("ana")), kr("k2", Optional.of("bo"), "ana"),
          kr("k3", Optional.of("cy"), "ana", "bo"))));
      // Bo owns one and co-owns one: two, the limit. Contributors would count for nobody.
      assertThat(overloaded(set)).containsExactly("ana=3");
    }

    @Test
    void countsAnOwnerlessKeyResultForItsObjectivesCoOwners() {
      // Three ownerless key results: co (the owner) and ana (co-owner) carry three each; bo
      // co-owns only k3 itself, so the objective's co-owners do not count k3.
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co").addCoOwners(PersonId.of("ana"))
          .keyResults(List.of(kr("k1", Optional.empty()), kr("k2", Optional.empty()),
              kr("k3", Optional.empty(), "bo"))));
      assertThat(overloaded(set)).containsExactly("co=3");
      OkrSet more = Fixtures.set(objective("c", COMPANY, "co").addCoOwners(PersonId.of("ana"))
          .keyResults(List.of(kr("k1", Optional.empty()), kr("k2", Optional.empty()),
              kr("k3", Optional.empty()))));
      assertThat(overloaded(more)).as("owners by id").containsExactly("ana=3", "co=3");
    }

    @Test
    void countsAKeyResultWithItsOwnOwnerForItsOwnCoOwnersOnly() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co").addCoOwners(PersonId.of("ana"))
          .keyResults(List.of(kr("k1", Optional.of("bo")), kr("k2", Optional.of("bo")),
              kr("k3", Optional.of("bo")))));
      assertThat(overloaded(set)).containsExactly("bo=3");
    }

    @Test
    void countsAKeyResultOnceForAnOwnerThatIsAlsoItsCoOwner() {
      // Ownerless key results whose co-owner owns the objective: the objective's owner counts
      // them once.
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co").owner(PersonId.of("ana"))
          .keyResults(List.of(kr("k1", Optional.empty(), "ana"),
              kr("k2", Optional.empty(), "ana"))));
      assertThat(overloaded(set)).isEmpty();
    }
  }

  @Nested
  class Coverage {
    private Organization withPeople() {
      return Organization.builder().from(Fixtures.org())
          .addPeople(Person.of("wes", "Wes", OrgUnitId.of("web")))
          .addPeople(Person.of("nomad", "Nomad"))
          .build();
    }

    private List<String> uncovered(OkrSet set) {
      return check(AlignmentRules.UNIT_WITHOUT_OKRS, set).stream()
          .map(Violation::subject).map(Object::toString).toList();
    }

    @Test
    void aUnitSharedWithOrCoOwningIsCovered() {
      OkrSet plain = Fixtures.set(objective("c", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c"));
      assertThat(uncovered(plain)).containsExactly("emea", "idle", "product", "web");
      OkrSet shared = Fixtures.set(objective("c", COMPANY, "co"),
          objective("d", DEPARTMENT, "sales", "c")
              .addSharedWith(Share.of(OrgUnitId.of("emea"), 0.5))
              .addSharedWith(Share.of(OrgUnitId.of("gone"), 0.5))
              .addCoOwners(OrgUnitId.of("product"), PersonId.of("wes"), PersonId.of("nomad"),
                  PersonId.of("stranger"), OrgUnitId.of("lost")))
          .withOrganization(withPeople());
      assertThat(uncovered(shared)).containsExactly("idle");
    }

    @Test
    void aShareCoversOnlyInItsObjectivesCycle() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co"),
          objective("y", COMPANY, "co").cycle(Fixtures.cycle("2026"))
              .addSharedWith(Share.of(OrgUnitId.of("idle"), 1)));
      assertThat(check(AlignmentRules.UNIT_WITHOUT_OKRS, set).stream()
          .filter(v -> v.subject().equals(OrgUnitId.of("idle")))
          .map(v -> v.values().get("cycle"))).containsExactly("2026-Q3");
    }
  }
}
