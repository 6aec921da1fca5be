package org.okr4j.core.validation;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A module's contribution to okr4j's one rule engine: rules, the settings they read, and its part
 * of the named presets. {@link ValidationPolicy} and {@link ValidationRules} find providers through
 * {@link java.util.ServiceLoader}, so a host that puts okr-alignment on its path gets its
 * whole-graph rules in every preset, and a host without it gets okr-core's local rules alone.
 *
 * <p>Implementations are stateless and thread-safe, and declared in {@code module-info}
 * ({@code provides org.okr4j.core.validation.ValidationRuleProvider with ...}) and in
 * {@code META-INF/services} for the class path. Rule names must not clash with okr-core's.
 * <pre>{@code
 * public final class AcmeRules implements ValidationRuleProvider {
 *   public Map<String, ValidationRule> rules() { return Map.of("acme.jira-link", JIRA_LINK); }
 *   public List<Setting<?>> settings() { return List.of(MAX_LINKS); }
 *   public void contributeTo(String preset, ValidationPolicy.Builder policy) {
 *     if (preset.equals("okr4j")) policy.rule("acme.jira-link");
 *   }
 * }
 * }</pre>
 */
public interface ValidationRuleProvider {

  /** The rules this provider adds to the catalogue, by name, in catalogue order. */
  Map<String, ValidationRule> rules();

  /** The settings its rules read. */
  List<Setting<?>> settings();

  /**
   * Adds this provider's part of the preset named {@code preset} (one of
   * {@link ValidationPolicy#names()}, lower case) to {@code policy}: its rules, settings and
   * severities. Does nothing for a preset it has no part in. The presets built on okr4j's
   * defaults with other limits ({@code strategy-execution}, {@code implementation-guide},
   * {@code bottom-up}) are passed as {@code okr4j}.
   */
  void contributeTo(String preset, ValidationPolicy.Builder policy);

  /**
   * The provider's message texts for a locale suffix ({@code ""}, {@code "_zh"},
   * {@code "_zh_CN"}) in {@code .properties} form, UTF-8, or null if it has none for it. okr4j
   * reads them after its own and before vendors' files. Implementations open their own resource,
   * which a named module may read:
   * {@code return getClass().getResourceAsStream("messages" + suffix + ".properties");}
   */
  InputStream messages(String suffix);
}
