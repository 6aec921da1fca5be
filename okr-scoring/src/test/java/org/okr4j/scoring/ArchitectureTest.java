package org.okr4j.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** okr-scoring's layering: okr-core, the JDK, slf4j-api; no Guava; no internals of core. */
class ArchitectureTest {

  static final JavaClasses SCORING = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.okr4j.scoring");

  @Test
  void importsTheWholeModule() {
    assertThat(SCORING.size()).isGreaterThan(30);
    assertThat(SCORING.contain("org.okr4j.scoring.Scores")).isTrue();
  }

  @Test
  void dependsOnCoreTheJdkAndSlf4jOnly() {
    noClasses().should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.slf4j",
        "org.immutables.value", "org.okr4j.core", "org.okr4j.scoring..").check(SCORING);
  }

  @Test
  void neverPrints() {
    noClasses().should().accessField(System.class, "out").check(SCORING);
    noClasses().should().accessField(System.class, "err").check(SCORING);
  }

  @Test
  void generatedClassesStayPackagePrivate() {
    noClasses().that().haveSimpleNameStartingWith("Immutable").should().bePublic().check(SCORING);
  }
}
