package org.okr4j.alignment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** okr-alignment's layering: okr-core, the JDK and slf4j-api, never okr-scoring; it never prints. */
class ArchitectureTest {

  static final JavaClasses ALIGNMENT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.okr4j.alignment");

  @Test
  void importsTheWholeModule() {
    assertThat(ALIGNMENT.size()).isGreaterThan(12);
    assertThat(ALIGNMENT.contain("org.okr4j.alignment.AlignmentRules")).isTrue();
    assertThat(ALIGNMENT.contain("org.okr4j.alignment.internal.AlignmentRuleProvider")).isTrue();
  }

  @Test
  void dependsOnCoreTheJdkAndSlf4jOnly() {
    noClasses().should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.slf4j",
        "org.immutables.value", "org.okr4j.core..", "org.okr4j.alignment..")
        .check(ALIGNMENT);
    noClasses().should().dependOnClassesThat().resideInAPackage("org.okr4j.scoring..")
        .check(ALIGNMENT);
  }

  @Test
  void neverPrints() {
    noClasses().should().accessField(System.class, "out").check(ALIGNMENT);
    noClasses().should().accessField(System.class, "err").check(ALIGNMENT);
  }
}
