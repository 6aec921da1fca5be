package org.okr4j.examples;

import java.util.Map;
import org.okr4j.scoring.GradeBands;
import org.okr4j.scoring.ProgressCurve;
import org.okr4j.scoring.RollUps;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.ScoringPolicyProvider;
import org.okr4j.scoring.StatusThresholds;
import org.okr4j.scoring.TextRule;

/**
 * A scoring vendor plugging its rules into okr4j two ways: as a {@link ScoringPolicyProvider}
 * found by {@link java.util.ServiceLoader} (declared in
 * {@code META-INF/services/org.okr4j.scoring.ScoringPolicyProvider}), and as rule text kept in
 * the vendor's own database.
 */
public final class VendorScoring implements ScoringPolicyProvider {

  /** The rule text a vendor stores per customer: a curve that rewards the first half generously. */
  public static final String CURVE = "curve 0:0, 0.5:0.7, 1:1";
  /** Status by progress minus expected progress. */
  public static final String STATUS = "status 0:ON_TRACK, -0.15:AT_RISK, else:OFF_TRACK";
  /** Grade bands at the end of the cycle. */
  public static final String BANDS = "bands 0.9:exceeded, 0.6:met, 0.3:partly met, else:missed";

  /** ServiceLoader's constructor. */
  public VendorScoring() {}

  /** {@code acme}: okr4j's defaults with the lowest key result progress carrying each objective. */
  @Override
  public Map<String, ScoringPolicy> policies() {
    return Map.of("acme", ScoringPolicy.defaults().withName("acme").withSource("ACME Goals")
        .withRollUp(RollUps.lowest()));
  }

  /** A policy built from the rule texts a vendor's database holds for one customer. */
  public static ScoringPolicy fromRuleText(String curve, String status) {
    ProgressCurve progress = (ProgressCurve) TextRule.parse(curve);
    StatusThresholds thresholds = (StatusThresholds) TextRule.parse(status);
    return ScoringPolicy.defaults().withName("acme-text").withSource("rule text")
        .withScorer(progress.scorer()).withStatusRule(thresholds.statusRule());
  }

  /** The grade bands a customer configured. */
  public static GradeBands bands(String text) {
    return (GradeBands) TextRule.parse(text);
  }
}
