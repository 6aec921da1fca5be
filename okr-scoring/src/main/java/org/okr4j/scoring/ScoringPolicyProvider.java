package org.okr4j.scoring;

import java.util.Map;

/**
 * The service a vendor implements to add named scoring presets, found with
 * {@link java.util.ServiceLoader}: declare it in {@code module-info} with
 * {@code provides org.okr4j.scoring.ScoringPolicyProvider with ...}, or on the class path in
 * {@code META-INF/services/org.okr4j.scoring.ScoringPolicyProvider}.
 *
 * <p>Implementations promise a public no-argument constructor and a stable map.
 * <pre>{@code
 * public final class AcmeScoring implements ScoringPolicyProvider {
 *   public Map<String, ScoringPolicy> policies() {
 *     return Map.of("acme", ScoringPolicy.defaults().withName("acme").withRollUp(RollUps.lowest()));
 *   }
 * }
 * ScoringPolicy.named("acme");
 * }</pre>
 */
public interface ScoringPolicyProvider {

  /** The presets this provider offers, by name. */
  Map<String, ScoringPolicy> policies();
}
