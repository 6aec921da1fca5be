/**
 * okr4j alignment: the alignment graph over an OkrSet and its analyses.
 */
module org.okr4j.alignment {
  requires transitive org.okr4j.core;
  requires transitive org.okr4j.scoring;
  requires org.slf4j;

  exports org.okr4j.alignment;
}
