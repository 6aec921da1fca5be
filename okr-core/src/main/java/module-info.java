/**
 * okr4j's domain core: immutable OKR values and the {@link org.okr4j.core.OkrSet} aggregate that
 * validation, scoring and alignment analysis take.
 */
// The qualified export names modules built after this one.
@SuppressWarnings("module")
module org.okr4j.core {
  // Compile-time only: Immutables' annotations have no run-time role.
  requires static transitive org.immutables.value.annotations;
  requires org.slf4j;

  exports org.okr4j.core;
  exports org.okr4j.core.io;
  exports org.okr4j.core.validation;
  // Guards, the shared Immutables style and the preset lookup, for okr4j's own modules only.
  exports org.okr4j.core.internal to org.okr4j.scoring, org.okr4j.alignment;

  uses org.okr4j.core.validation.ValidationRuleProvider;
}
