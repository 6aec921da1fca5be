package org.okr4j.alignment;

import static org.okr4j.alignment.FindingCodes.*;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * Which alignment analyses run, how severe their findings are, and their thresholds.
 *
 * <p>Immutable and thread-safe. Presets reproduce the published alignment rules of OKR tools:
 * {@link #openOkr()}, {@link #workboard()}, {@link #gitlab()}, {@link #lattice()},
 * {@link #burningOkr()}; {@link #defaults()} enables every analysis. Tune copies with
 * {@code with...}.
 * <pre>{@code
 * AlignmentPolicy policy = AlignmentPolicy.openOkr().withCheck(FindingCodes.LEVEL_SKIP);
 * AlignmentReport report = AlignmentReport.of(graph, policy);
 * }</pre>
 */
@Value.Immutable
public abstract class AlignmentPolicy {

  private static final Map<String, Severity> DEFAULT_SEVERITIES = defaultSeverities();

  AlignmentPolicy() {}

  /** The policy's name. */
  public abstract String name();

  /** The finding codes whose analyses run. */
  public abstract Set<String> checks();

  /** Severities that replace the defaults, by code. */
  public abstract Map<String, Severity> severities();

  /** The deepest cascade allowed, in objectives from the top (GitLab: 9). */
  public abstract OptionalInt maxDepth();

  /** The most children an objective may have (GitLab: 100). */
  public abstract OptionalInt maxChildren();

  /** The most parents an objective may have (GitLab, Lattice: 1). */
  public abstract OptionalInt maxParents();

  /** The most key results one owner may carry. */
  public abstract OptionalInt maxKeyResultsPerOwner();

  /** Whether a parent may belong to a unit that is not an ancestor of the child's (BurningOKR: no). */
  @Value.Default
  public boolean horizontalParentsAllowed() {
    return true;
  }

  /** Whether objectives may align to key results (GitLab: key results have no children). */
  @Value.Default
  public boolean keyResultsMayHaveChildren() {
    return true;
  }

  /** The Jaccard similarity of titles from which two count as near-duplicates. */
  @Value.Default
  public double similarityThreshold() {
    return 0.6;
  }

  /** Strategic themes every set should serve with at least one objective. */
  public abstract List<String> requiredThemes();

  /** A builder, starting from nothing enabled. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AlignmentPolicy}s; not thread-safe. */
  public static final class Builder extends ImmutableAlignmentPolicy.Builder {
    Builder() {}
  }

  /**
   * okr4j's default: every analysis, horizontal parents flagged, at most 12 key results per owner;
   * no depth, fan-out or parent-count limit.
   */
  public static AlignmentPolicy defaults() {
    return builder().name("okr4j").checks(FindingCodes.all()).horizontalParentsAllowed(false)
        .maxKeyResultsPerOwner(12).build();
  }

  /**
   * OpenOKR: unaligned objectives (high), no company anchor (high), objectives without key results
   * (medium). Its level-skip (low) and siloed-department (medium) checks are off by default: add
   * them with {@link #withCheck(String)}.
   */
  public static AlignmentPolicy openOkr() {
    return builder().name("openokr").addChecks(ORPHAN, NO_COMPANY_ANCHOR, NO_KEY_RESULTS)
        .putSeverities(NO_KEY_RESULTS, Severity.MEDIUM).putSeverities(LEVEL_SKIP, Severity.LOW)
        .putSeverities(SILOED_DEPARTMENT, Severity.MEDIUM).build();
  }

  /** WorkBoard: unaligned objectives and misaligned clusters (aligned, but never to the top). */
  public static AlignmentPolicy workboard() {
    return builder().name("workboard").addChecks(ORPHAN, MISALIGNED_CLUSTER).build();
  }

  /** GitLab: one parent, at most 9 levels, at most 100 children, key results have no children. */
  public static AlignmentPolicy gitlab() {
    return builder().name("gitlab").addChecks(TOO_MANY_PARENTS, TOO_DEEP, TOO_MANY_CHILDREN,
            KEY_RESULT_WITH_CHILDREN)
        .maxParents(1).maxDepth(9).maxChildren(100).keyResultsMayHaveChildren(false).build();
  }

  /** Lattice: one parent only. */
  public static AlignmentPolicy lattice() {
    return builder().name("lattice").addChecks(TOO_MANY_PARENTS).maxParents(1).build();
  }

  /** BurningOKR: a parent objective must belong to a strict ancestor of the child's unit. */
  public static AlignmentPolicy burningOkr() {
    return builder().name("burningokr").addChecks(PARENT_OUTSIDE_ANCESTORS)
        .horizontalParentsAllowed(false).build();
  }

  /** The names of the presets. */
  public static List<String> names() {
    return List.copyOf(PRESETS.keySet());
  }

  /**
   * The preset with this name, case-insensitive.
   *
   * @throws IllegalArgumentException naming the presets, if none has this name
   */
  public static AlignmentPolicy named(String name) {
    Supplier<AlignmentPolicy> preset = PRESETS.get(name.toLowerCase(Locale.ROOT));
    if (preset == null) {
      throw new IllegalArgumentException("alignment policy name must be one of " + names()
          + ", but was '" + name + "'");
    }
    return preset.get();
  }

  private static final Map<String, Supplier<AlignmentPolicy>> PRESETS = presets();

  private static Map<String, Supplier<AlignmentPolicy>> presets() {
    Map<String, Supplier<AlignmentPolicy>> presets = new LinkedHashMap<>();
    presets.put("okr4j", AlignmentPolicy::defaults);
    presets.put("openokr", AlignmentPolicy::openOkr);
    presets.put("workboard", AlignmentPolicy::workboard);
    presets.put("gitlab", AlignmentPolicy::gitlab);
    presets.put("lattice", AlignmentPolicy::lattice);
    presets.put("burningokr", AlignmentPolicy::burningOkr);
    return presets;
  }

  /** True if the analysis behind {@code code} runs. */
  public boolean isEnabled(String code) {
    return checks().contains(code);
  }

  /** The severity of findings with {@code code}. */
  public Severity severity(String code) {
    Severity override = severities().get(code);
    return override != null ? override : DEFAULT_SEVERITIES.getOrDefault(code, Severity.MEDIUM);
  }

  /** A copy with the analysis behind {@code code} switched on. */
  public AlignmentPolicy withCheck(String code) {
    return builder().from(this).addChecks(known(code)).build();
  }

  /** A copy with the analysis behind {@code code} switched off. */
  public AlignmentPolicy withoutCheck(String code) {
    known(code);
    return builder().from(this).checks(checks().stream().filter(c -> !c.equals(code)).toList())
        .build();
  }

  /** A copy that grades {@code code}'s findings as {@code severity}. */
  public AlignmentPolicy withSeverity(String code, Severity severity) {
    Map<String, Severity> copy = new HashMap<>(severities());
    copy.put(known(code), severity);
    return builder().from(this).severities(copy).build();
  }

  /** A copy with another near-duplicate threshold. */
  public AlignmentPolicy withSimilarityThreshold(double threshold) {
    return builder().from(this).similarityThreshold(threshold).build();
  }

  @Value.Check
  void check() {
    for (String code : checks()) {
      known(code);
    }
    if (!(similarityThreshold() > 0 && similarityThreshold() <= 1)) {
      throw new IllegalArgumentException("similarity threshold must lie within (0, 1], but was "
          + similarityThreshold());
    }
    for (OptionalInt limit : List.of(maxDepth(), maxChildren(), maxParents(),
        maxKeyResultsPerOwner())) {
      if (limit.isPresent() && limit.getAsInt() < 1) {
        throw new IllegalArgumentException("alignment limits must be at least 1, but was "
            + limit.getAsInt());
      }
    }
  }

  private static String known(String code) {
    if (!FindingCodes.all().contains(code)) {
      throw new IllegalArgumentException("finding code must be one of FindingCodes.all(), but was '"
          + code + "'");
    }
    return code;
  }

  private static Map<String, Severity> defaultSeverities() {
    Map<String, Severity> severities = new HashMap<>();
    for (String code : List.of(ORPHAN, DANGLING_PARENT, MISALIGNED_CLUSTER, NO_COMPANY_ANCHOR,
        LOOP, OPPOSITE_DIRECTIONS)) {
      severities.put(code, Severity.HIGH);
    }
    for (String code : List.of(KEY_RESULT_NOT_CASCADED, PERSPECTIVE_MISSING, LEVEL_SKIP)) {
      severities.put(code, Severity.LOW);
    }
    return Map.copyOf(severities);
  }

  @Override
  public String toString() {
    return "AlignmentPolicy[" + name() + ", " + checks().size() + " checks]";
  }
}
