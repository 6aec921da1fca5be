package org.okr4j.alignment.internal;

import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.okr4j.alignment.AlignmentRules;
import org.okr4j.core.validation.Setting;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationRule;
import org.okr4j.core.validation.ValidationRuleProvider;

/**
 * Puts okr-alignment's whole-graph rules ({@link AlignmentRules}) into okr4j's one rule engine:
 * the catalogue, the settings, the presets and the message texts (English and Chinese).
 *
 * <p>Found by {@link java.util.ServiceLoader}: declared in {@code module-info} and in
 * {@code META-INF/services}. Stateless and thread-safe. Preset parts: {@code okr4j} runs every
 * alignment rule; {@code gitlab} limits the cascade to 9 objectives, as an error like its other
 * structure rules; {@code workboard} adds misaligned clusters. OpenOKR's level-skip and silo
 * checks were off by default, so {@code openokr} gets nothing, nor do the other presets.
 */
public final class AlignmentRuleProvider implements ValidationRuleProvider {

  /** GitLab's deepest cascade: nine levels of objectives. */
  private static final int GITLAB_MAX_DEPTH = 9;

  /** For {@link java.util.ServiceLoader}. */
  public AlignmentRuleProvider() {}

  @Override
  public Map<String, ValidationRule> rules() {
    Map<String, ValidationRule> rules = new LinkedHashMap<>();
    for (String name : AlignmentRules.names()) {
      rules.put(name, rule(name));
    }
    return Collections.unmodifiableMap(rules);
  }

  @Override
  public List<Setting<?>> settings() {
    return AlignmentRules.settings();
  }

  @Override
  public void contributeTo(String preset, ValidationPolicy.Builder policy) {
    Objects.requireNonNull(policy, "policy");
    switch (Objects.requireNonNull(preset, "preset")) {
      case "okr4j" -> rules().forEach(policy::rule);
      case "gitlab" -> policy.rule(AlignmentRules.TOO_DEEP, rule(AlignmentRules.TOO_DEEP))
          .set(AlignmentRules.MAX_DEPTH, GITLAB_MAX_DEPTH)
          .severity(AlignmentRules.TOO_DEEP, Severity.ERROR);
      case "workboard" -> policy.rule(AlignmentRules.MISALIGNED_CLUSTER,
          rule(AlignmentRules.MISALIGNED_CLUSTER));
      default -> {
        // The other presets reproduce tools without whole-graph rules.
      }
    }
  }

  @Override
  public InputStream messages(String suffix) {
    return getClass().getResourceAsStream("messages" + Objects.requireNonNull(suffix, "suffix")
        + ".properties");
  }

  private static ValidationRule rule(String name) {
    return AlignmentRules.named(name).orElseThrow();
  }
}
