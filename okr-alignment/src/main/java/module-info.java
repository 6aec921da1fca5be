/**
 * okr4j alignment: the alignment graph over an OkrSet and its analyses.
 *
 * <p>The module is being built; it exports its packages as they gain API.
 */
module org.okr4j.alignment {
  requires transitive org.okr4j.core;
  requires org.okr4j.scoring;
  requires org.slf4j;
}
