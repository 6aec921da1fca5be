package org.okr4j.scoring;

import java.util.Map;

/** A vendor's provider, found through META-INF/services in the tests. */
public final class AcmeScoring implements ScoringPolicyProvider {

  /** ServiceLoader's constructor. */
  public AcmeScoring() {}

  @Override
  public Map<String, ScoringPolicy> policies() {
    return Map.of("acme-lowest", ScoringPolicy.defaults().withName("acme-lowest")
        .withSource("ACME Corp.").withRollUp(RollUps.lowest()));
  }
}
