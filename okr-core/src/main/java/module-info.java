/**
 * okr4j's domain core: immutable OKR values and the {@link org.okr4j.core.OkrSet} aggregate that
 * validation, scoring and alignment analysis take.
 */
module org.okr4j.core {
  // Compile-time only: Immutables' annotations have no run-time role.
  requires static transitive org.immutables.value.annotations;
  requires org.slf4j;

  exports org.okr4j.core;
  exports org.okr4j.core.io;
  exports org.okr4j.core.validation;
}
