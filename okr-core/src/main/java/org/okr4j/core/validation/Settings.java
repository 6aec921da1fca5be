package org.okr4j.core.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** okr4j's default thresholds and word lists, the keys the built-in rules read. */
final class Settings {

  static final Map<String, Double> THRESHOLDS;
  static final Map<String, List<String>> LISTS;

  static {
    Map<String, Double> t = new LinkedHashMap<>();
    t.put("focus.objectives.min", 1.0);
    t.put("focus.objectives.max", 5.0);
    t.put("focus.key-results.min", 1.0);
    t.put("focus.key-results.max", 5.0);
    t.put("focus.top-level.min", 1.0);
    t.put("focus.top-level.max", 5.0);
    t.put("text.title.max-length", 70.0);
    t.put("time.cadence-days", 7.0);
    t.put("time.grace-days", 3.0);
    t.put("time.not-started-days", 7.0);
    t.put("commitment.confidence-floor", 0.7);
    t.put("commitment.near-certain", 0.9);
    t.put("structure.parents.max", 1.0);
    t.put("structure.children.max", 100.0);
    THRESHOLDS = java.util.Collections.unmodifiableMap(t);

    Map<String, List<String>> l = new LinkedHashMap<>();
    l.put("wording.activity-verbs.en", List.of("launch", "build", "create", "develop",
        "implement", "release", "deliver", "prepare", "plan", "hold", "complete", "finish", "write",
        "design", "organise", "organize", "conduct", "host", "run", "migrate", "ship", "publish",
        "introduce", "install", "hire", "attend", "roll"));
    l.put("wording.activity-verbs.zh", List.of("完成", "开发", "上线", "实施", "举办", "制定", "建立",
        "召开", "发布", "推出", "组织"));
    l.put("wording.vague.en", List.of("improve", "better", "optimise", "optimize", "enhance",
        "strengthen", "boost", "more", "increase", "reduce", "grow"));
    l.put("wording.vague.zh", List.of("提升", "优化", "改善", "更好", "加强", "提高", "增加", "减少"));
    l.put("wording.business-as-usual.en", List.of("maintain", "continue", "keep", "sustain",
        "preserve"));
    l.put("wording.business-as-usual.zh", List.of("保持", "维持", "继续"));
    LISTS = java.util.Collections.unmodifiableMap(l);
  }

  private Settings() {}
}
