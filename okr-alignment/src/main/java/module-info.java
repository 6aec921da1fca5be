/**
 * okr4j alignment: the alignment graph over an OkrSet, its whole-graph validation rules (which
 * join okr-core's presets through {@link org.okr4j.core.validation.ValidationRuleProvider}),
 * metrics and pictures.
 */
module org.okr4j.alignment {
  requires transitive org.okr4j.core;
  requires org.slf4j;

  exports org.okr4j.alignment;

  provides org.okr4j.core.validation.ValidationRuleProvider
      with org.okr4j.alignment.internal.AlignmentRuleProvider;
}
