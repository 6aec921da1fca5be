/**
 * okr4j scoring: progress, roll-ups, status, forecast and grading strategies with presets.
 */
module org.okr4j.scoring {
  requires transitive org.okr4j.core;
  requires org.slf4j;

  exports org.okr4j.scoring;

  uses org.okr4j.scoring.ScoringPolicyProvider;
}
