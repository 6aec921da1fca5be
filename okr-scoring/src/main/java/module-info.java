/**
 * okr4j scoring: progress, roll-ups, status, forecast and grading strategies with presets.
 *
 * <p>The module is being built; it exports its packages as they gain API.
 */
module org.okr4j.scoring {
  requires transitive org.okr4j.core;
  requires org.slf4j;
}
