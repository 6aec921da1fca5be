package org.okr4j.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * okr-scoring's layering: okr-core's domain package and the internals it exports to okr4j's
 * modules (guards, the Immutables style, the preset lookup), the JDK, slf4j-api; no Guava, no
 * okr-alignment, no validation or io of core.
 */
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
    LAYERING.check(SCORING);
  }

  @Test
  void theLayeringRuleFailsOnAnotherModule() {
    // A rule that imports nothing proves nothing: a class reaching into validation must fail it.
    JavaClasses offender = new ClassFileImporter().importClasses(ReachesOutside.class);
    assertThat(offender.size()).isEqualTo(1);
    assertThatThrownBy(() -> LAYERING.check(offender)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.okr4j.core.validation.Severity");
  }

  static final ArchRule LAYERING = noClasses().should().dependOnClassesThat()
      .resideOutsideOfPackages("java..", "org.slf4j", "org.immutables.value", "org.okr4j.core",
          "org.okr4j.core.internal", "org.okr4j.scoring..");

  /** Depends on a package of okr-core that okr-scoring must not use. */
  static final class ReachesOutside {
    @Override
    public String toString() {
      return org.okr4j.core.validation.Severity.ERROR.name();
    }
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
