package org.okr4j.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** okr-core's layering: JDK, slf4j-api and Immutables' annotations only; no leaks of internals. */
class ArchitectureTest {

  static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.okr4j.core");
  }

  @Test
  void importsTheWholeModule() {
    // A rule over no classes proves nothing: the import must see every type, generated ones too.
    assertThat(core.size()).isGreaterThan(60);
    assertThat(core.contain("org.okr4j.core.ImmutableObjective")).isTrue();
    assertThat(core.contain("org.okr4j.core.internal.Guards")).isTrue();
  }

  @Test
  void dependsOnlyOnTheJdkSlf4jAndImmutablesAnnotations() {
    ArchRule rule = noClasses().that().resideInAPackage("org.okr4j.core..")
        .should().dependOnClassesThat().resideOutsideOfPackages(
            "java..", "org.slf4j", "org.immutables.value", "org.okr4j.core..");
    rule.check(core);
  }

  @Test
  void exportsEveryPackageWithPublicTypesButInternal() throws Exception {
    java.lang.module.ModuleDescriptor descriptor;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(
        java.nio.file.Path.of("target", "classes", "module-info.class"))) {
      descriptor = java.lang.module.ModuleDescriptor.read(in);
    }
    java.util.Set<String> exported = new java.util.TreeSet<>();
    java.util.Set<String> qualified = new java.util.TreeSet<>();
    descriptor.exports().forEach(export -> (export.isQualified() ? qualified : exported)
        .add(export.source()));
    // okr4j's own modules share guards, the Immutables style and the preset lookup.
    assertThat(qualified).containsExactly("org.okr4j.core.internal");
    java.util.Set<String> withPublicTypes = new java.util.TreeSet<>();
    core.stream().filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
        .forEach(type -> withPublicTypes.add(type.getPackageName()));
    withPublicTypes.remove("org.okr4j.core.internal");
    assertThat(exported).isEqualTo(withPublicTypes)
        .contains("org.okr4j.core", "org.okr4j.core.validation", "org.okr4j.core.io");
  }

  @Test
  void hasNoPackageCycles() {
    slices().matching("org.okr4j.core.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void generatedClassesStayPackagePrivate() {
    noClasses().that().haveSimpleNameStartingWith("Immutable").should().bePublic().check(core);
  }

  @Test
  void publicSignaturesExposeNeitherGeneratedNorInternalTypes() {
    DescribedPredicate<JavaClass> hidden = new DescribedPredicate<>("generated or internal") {
      @Override
      public boolean test(JavaClass type) {
        return type.getSimpleName().startsWith("Immutable")
            || type.getPackageName().startsWith("org.okr4j.core.internal");
      }
    };
    ArchCondition<JavaMethod> exposeNoHiddenTypes = new ArchCondition<>("expose no " + hidden
        .getDescription() + " type") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean leaks = hidden.test(method.getRawReturnType())
            || method.getRawParameterTypes().stream().anyMatch(hidden);
        if (leaks) {
          events.add(SimpleConditionEvent.violated(method, method.getFullName()));
        }
      }
    };
    methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideOutsideOfPackage("org.okr4j.core.internal")
        .and().areDeclaredInClassesThat().haveModifier(JavaModifier.PUBLIC)
        .should(exposeNoHiddenTypes).check(core);
  }

  @Test
  void neverPrintsNorUsesJavaUtilLogging() {
    noClasses().should().accessField(System.class, "out").check(core);
    noClasses().should().accessField(System.class, "err").check(core);
    noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging").check(core);
  }

  @Test
  void theRulesFailWhenBroken() {
    // The dependency rule must catch a class that reaches outside: QuickTheories is one.
    JavaClasses withTestKit = new ClassFileImporter().importPackages("org.okr4j.core.testing");
    ArchRule rule = noClasses().should().dependOnClassesThat().resideInAPackage("org.quicktheories..");
    assertThat(withTestKit.size()).isPositive();
    assertThat(rule.evaluate(withTestKit).hasViolation()).isTrue();
  }
}
