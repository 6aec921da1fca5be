package org.okr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrganizationTest {

  static final LevelScheme LEVELS = LevelScheme.standard();
  static final Level COMPANY = LEVELS.level("company");
  static final Level DEPARTMENT = LEVELS.level("department");
  static final Level TEAM = LEVELS.level("team");

  static Organization acme() {
    return Organization.builder()
        .addUnits(OrgUnit.of("acme", "ACME", COMPANY))
        .addUnits(OrgUnit.of("sales", "Sales", DEPARTMENT, OrgUnitId.of("acme")))
        .addUnits(OrgUnit.of("product", "Product", DEPARTMENT, OrgUnitId.of("acme")))
        .addUnits(OrgUnit.of("emea", "EMEA", TEAM, OrgUnitId.of("sales")))
        .addUnits(OrgUnit.of("na", "NA", TEAM, OrgUnitId.of("sales")))
        .addPeople(Person.of("p1", "Ana", OrgUnitId.of("emea")))
        .addPeople(Person.of("p2", "Ben", OrgUnitId.of("na"), OrgUnitId.of("product")))
        .build();
  }

  @Nested
  class Lookups {
    @Test
    void findsUnitsAndPeopleById() {
      Organization org = acme();
      assertThat(org.unit(OrgUnitId.of("emea"))).map(OrgUnit::name).contains("EMEA");
      assertThat(org.unit(OrgUnitId.of("nowhere"))).isEmpty();
      assertThat(org.person(PersonId.of("p2"))).map(Person::units).contains(
          List.of(OrgUnitId.of("na"), OrgUnitId.of("product")));
      assertThat(org.person(PersonId.of("p9"))).isEmpty();
      assertThat(org.levels()).isEqualTo(LEVELS);
    }

    @Test
    void answersTheUnitOfAnOwner() {
      Organization org = acme().withPerson(Person.of("p3", "Cy"));
      // A unit is its own, held or not; a person's is the first listed; else none.
      assertThat(org.unitOf(OrgUnitId.of("sales"))).contains(OrgUnitId.of("sales"));
      assertThat(org.unitOf(OrgUnitId.of("nowhere"))).contains(OrgUnitId.of("nowhere"));
      assertThat(org.unitOf(PersonId.of("p2"))).contains(OrgUnitId.of("na"));
      assertThat(org.unitOf(PersonId.of("p3"))).isEmpty();
      assertThat(org.unitOf(PersonId.of("p9"))).isEmpty();
    }

    @Test
    void walksTheTree() {
      Organization org = acme();
      assertThat(org.children(OrgUnitId.of("sales"))).extracting(OrgUnit::id)
          .containsExactly(OrgUnitId.of("emea"), OrgUnitId.of("na"));
      assertThat(org.children(OrgUnitId.of("acme"))).hasSize(2);
      assertThat(org.children(OrgUnitId.of("emea"))).isEmpty();
      assertThat(org.children(OrgUnitId.of("nowhere"))).isEmpty();
      assertThat(org.ancestors(OrgUnitId.of("emea")))
          .containsExactly(OrgUnitId.of("sales"), OrgUnitId.of("acme"));
      assertThat(org.ancestors(OrgUnitId.of("acme"))).isEmpty();
      assertThat(org.ancestors(OrgUnitId.of("nowhere"))).isEmpty();
      assertThat(org.roots()).extracting(OrgUnit::id).containsExactly(OrgUnitId.of("acme"));
    }

    @Test
    void answersAncestry() {
      Organization org = acme();
      assertThat(org.isAncestor(OrgUnitId.of("acme"), OrgUnitId.of("emea"))).isTrue();
      assertThat(org.isAncestor(OrgUnitId.of("sales"), OrgUnitId.of("emea"))).isTrue();
      assertThat(org.isAncestor(OrgUnitId.of("product"), OrgUnitId.of("emea"))).isFalse();
      assertThat(org.isAncestor(OrgUnitId.of("emea"), OrgUnitId.of("emea"))).isFalse();
      assertThat(org.isAncestor(OrgUnitId.of("emea"), OrgUnitId.of("acme"))).isFalse();
      assertThat(org.isAncestor(OrgUnitId.of("nowhere"), OrgUnitId.of("emea"))).isFalse();
      assertThat(org.isAncestor(OrgUnitId.of("acme"), OrgUnitId.of("nowhere"))).isFalse();
    }

    @Test
    void handlesAChainAHundredThousandDeepWithoutRecursion() {
      LevelScheme flat = LevelScheme.of("unit");
      List<OrgUnit> units = new ArrayList<>();
      units.add(OrgUnit.of("u0", "U", flat.top()));
      for (int i = 1; i < 100_000; i++) {
        units.add(OrgUnit.of("u" + i, "U", flat.top(), OrgUnitId.of("u" + (i - 1))));
      }
      Organization org = Organization.builder().levels(flat).units(units).build();
      assertThat(org.ancestors(OrgUnitId.of("u99999"))).hasSize(99_999);
      assertThat(org.isAncestor(OrgUnitId.of("u0"), OrgUnitId.of("u99999"))).isTrue();
    }

    @Test
    void emptyOrganizationHasStandardLevels() {
      assertThat(Organization.empty().units()).isEmpty();
      assertThat(Organization.empty().levels()).isEqualTo(LEVELS);
      assertThat(Organization.empty()).hasToString(
          "Organization[levels=company > department > team > individual, units=0, people=0]");
    }
  }

  @Nested
  class Rejects {
    @Test
    void duplicateUnitIds() {
      assertThatIllegalArgumentException().isThrownBy(() -> Organization.builder()
              .addUnits(OrgUnit.of("a", "A", COMPANY), OrgUnit.of("a", "B", COMPANY)).build())
          .withMessage("org units must not contain duplicates, but was a");
    }

    @Test
    void missingParents() {
      assertThatIllegalArgumentException().isThrownBy(() -> Organization.builder()
              .addUnits(OrgUnit.of("a", "A", TEAM, OrgUnitId.of("ghost"))).build())
          .withMessage("org unit parent must be a unit of the organisation, but was ghost");
    }

    @Test
    void parentLoops() {
      assertThatIllegalArgumentException().isThrownBy(() -> Organization.builder()
              .addUnits(OrgUnit.of("a", "A", TEAM, OrgUnitId.of("c")),
                  OrgUnit.of("b", "B", TEAM, OrgUnitId.of("a")),
                  OrgUnit.of("c", "C", TEAM, OrgUnitId.of("b")))
              .build())
          .withMessageStartingWith("org unit parents must not form a loop, but was ");
    }

    @Test
    void aLoopReachedFromATail() {
      assertThatIllegalArgumentException().isThrownBy(() -> Organization.builder()
              .addUnits(OrgUnit.of("tail", "T", TEAM, OrgUnitId.of("a")),
                  OrgUnit.of("a", "A", TEAM, OrgUnitId.of("b")),
                  OrgUnit.of("b", "B", TEAM, OrgUnitId.of("a")))
              .build())
          .withMessageContaining("not form a loop");
    }

    @Test
    void aUnitRankedAboveItsParent() {
      assertThatIllegalArgumentException().isThrownBy(() -> Organization.builder()
              .addUnits(OrgUnit.of("t", "T", TEAM),
                  OrgUnit.of("d", "D", DEPARTMENT, OrgUnitId.of("t")))
              .build())
          .withMessage("org unit level must not rank above its parent's level team@2,"
              + " but was 'd at department@1'");
    }

    @Test
    void allowsAUnitAtItsParentsLevel() {
      Organization org = Organization.builder()
          .addUnits(OrgUnit.of("t", "T", TEAM), OrgUnit.of("sub", "Sub", TEAM, OrgUnitId.of("t")))
          .build();
      assertThat(org.ancestors(OrgUnitId.of("sub"))).containsExactly(OrgUnitId.of("t"));
    }

    @Test
    void levelsOutsideTheScheme() {
      assertThatIllegalArgumentException().isThrownBy(() -> Organization.builder()
              .addUnits(OrgUnit.of("s", "Squad", Level.of("squad", 3))).build())
          .withMessageStartingWith("org unit level must be one of the scheme's levels");
    }

    @Test
    void duplicatePeopleAndUnknownUnits() {
      assertThatIllegalArgumentException().isThrownBy(() -> Organization.builder()
              .addUnits(OrgUnit.of("a", "A", COMPANY))
              .addPeople(Person.of("p", "P", OrgUnitId.of("a")), Person.of("p", "Q"))
              .build())
          .withMessage("people must not contain duplicates, but was p");
      assertThatIllegalArgumentException().isThrownBy(() -> Organization.builder()
              .addPeople(Person.of("p", "P", OrgUnitId.of("ghost"))).build())
          .withMessage("person unit must be a unit of the organisation, but was 'p in ghost'");
    }

    @Test
    void brokenUnitsAndPeople() {
      assertThatIllegalArgumentException().isThrownBy(() -> OrgUnit.of("a", " ", COMPANY))
          .withMessageStartingWith("org unit name must not be blank");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> OrgUnit.of("a", "A", COMPANY, OrgUnitId.of("a")))
          .withMessage("org unit parent must differ from the unit itself, but was a");
      assertThatIllegalArgumentException().isThrownBy(() -> Person.of("p", ""))
          .withMessageStartingWith("person display name must not be blank");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Person.of("p", "P", OrgUnitId.of("a"), OrgUnitId.of("a")))
          .withMessage("person units must not contain duplicates, but was a");
    }
  }

  @Nested
  class Edits {
    @Test
    void withUnitReplacesOrAppends() {
      Organization org = acme().withUnit(OrgUnit.of("sales", "Revenue", DEPARTMENT,
          OrgUnitId.of("acme")));
      assertThat(org.unit(OrgUnitId.of("sales"))).map(OrgUnit::name).contains("Revenue");
      assertThat(org.units()).hasSize(5);
      Organization more = org.withUnit(OrgUnit.of("apac", "APAC", TEAM, OrgUnitId.of("sales")));
      assertThat(more.units()).hasSize(6);
      assertThat(more.children(OrgUnitId.of("sales"))).hasSize(3);
    }

    @Test
    void withPersonReplacesOrAppends() {
      Organization org = acme().withPerson(Person.of("p1", "Ana Lima", OrgUnitId.of("emea")));
      assertThat(org.person(PersonId.of("p1"))).map(Person::displayName).contains("Ana Lima");
      assertThat(org.people()).hasSize(2);
      assertThat(org.withPerson(Person.of("p3", "Cy")).people()).hasSize(3);
    }

    @Test
    void equality() {
      new EqualsTester()
          .addEqualityGroup(acme(), acme())
          .addEqualityGroup(Organization.empty())
          .addEqualityGroup(OrgUnit.of("a", "A", COMPANY), OrgUnit.of("a", "A", COMPANY))
          .addEqualityGroup(OrgUnit.of("a", "A", TEAM))
          .addEqualityGroup(Person.of("p", "P"), Person.of("p", "P"))
          .testEquals();
    }
  }
}
