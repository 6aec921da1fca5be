/**
 * okr4j alignment: the alignment graph over an OkrSet, its whole-graph validation rules, metrics
 * and pictures.
 */
module org.okr4j.alignment {
  requires transitive org.okr4j.core;
  requires org.slf4j;

  exports org.okr4j.alignment;
}
