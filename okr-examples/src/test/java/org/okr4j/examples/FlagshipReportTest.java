package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.okr4j.alignment.AlignmentMetrics;
import org.okr4j.alignment.AlignmentRules;
import org.okr4j.core.CycleId;
import org.okr4j.core.Identifier;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Stage;
import org.okr4j.core.StagesMeasure;
import org.okr4j.core.validation.Severity;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationResult;
import org.okr4j.core.validation.Violation;
import org.okr4j.core.validation.ViolationMessages;
import org.okr4j.scoring.Scores;
import org.okr4j.scoring.ScoringPolicy;

/** The sample company has the problems it promises, and the report shows them. */
class FlagshipReportTest {

  static final OkrSet SAMPLE = SampleOrganization.okrSet();

  static final ValidationResult CHECKED = ValidationPolicy.defaults().check(SAMPLE,
      SampleOrganization.AS_OF);

  static List<List<String>> subjects(String code) {
    return CHECKED.withCode(code).violations().stream()
        .map(v -> v.subjects().stream().map(Identifier::value).toList()).toList();
  }

  @Test
  void theSampleHasEveryPlantedProblem() {
    assertThat(subjects("structure.unaligned")).containsExactly(List.of("d-people"));
    assertThat(subjects(AlignmentRules.LOOP)).containsExactly(
        List.of("t-brand-community", "t-brand-stories", "t-brand-community"));
    assertThat(subjects(AlignmentRules.NOT_CASCADED)).containsExactly(List.of("c-learn"));
    assertThat(subjects(AlignmentRules.OPPOSITE_DIRECTIONS)).containsExactly(
        List.of("kr-t-emea-discount", "kr-t-na-discount"));
    assertThat(subjects(AlignmentRules.DUPLICATE_OBJECTIVES)).containsExactly(
        List.of("t-mobile", "t-platform"));
    assertThat(subjects(AlignmentRules.COMMITTED_UNDER_ASPIRATIONAL)).containsExactly(
        List.of("t-mobile"));
    assertThat(CHECKED.withCode(AlignmentRules.COMMITTED_UNDER_ASPIRATIONAL).violations().get(0)
        .values()).containsEntry("parent", "d-product");
    assertThat(subjects(AlignmentRules.LEVEL_SKIP)).contains(List.of("i-priya"));
    assertThat(AlignmentMetrics.of(SAMPLE).siloedDepartments())
        .containsExactly(OrgUnitId.of("people"));
    assertThat(subjects(AlignmentRules.SILOED_DEPARTMENT)).containsExactly(List.of("people"));
    Scores scores = ScoringPolicy.defaults().score(SAMPLE, SampleOrganization.AS_OF);
    assertThat(scores.isOutdated(KeyResultId.of("kr-t-desk-fcr"))).isTrue();
    assertThat(scores.isOutdated(KeyResultId.of("kr-c-nps"))).isFalse();
  }

  /**
   * Codes that named one problem twice before okr4j had one rule engine: validation's and
   * alignment's. No subject may appear under two codes of one group.
   */
  private static final List<List<String>> SAME_PROBLEM = List.of(
      List.of("structure.unaligned", "alignment.orphan"),
      List.of("structure.parent.unknown", "alignment.dangling-parent"),
      List.of("structure.parent.not-above", "structure.parent.lower-level",
          "conflict.parent-not-above"),
      List.of("structure.parent.outside-ancestors", "conflict.parent-outside-ancestors"),
      List.of("structure.parent.cycle-outside", "conflict.cycle-outside-parent"),
      List.of("structure.parents.too-many", "conflict.too-many-parents"),
      List.of("structure.children.too-many", "conflict.too-many-children"),
      List.of("structure.key-result.has-children", "conflict.key-result-with-children"),
      List.of("focus.key-results.too-few", "gap.no-key-results"),
      List.of("focus.top-level.too-few", "alignment.no-company-anchor"),
      List.of("conflict.level-skip", "structure.parent.not-above"));

  @Test
  void theReportNamesEachProblemOnceUnderAStableCode() {
    Set<String> seen = new HashSet<>();
    Map<Identifier<?>, Set<String>> codesBySubject = new HashMap<>();
    for (Violation violation : CHECKED.violations()) {
      assertThat(seen.add(violation.code() + " " + violation.subjects())).as(violation.toString())
          .isTrue();
      assertThat(ViolationMessages.english().hasMessage(violation.code())).as(violation.code())
          .isTrue();
      for (Identifier<?> subject : violation.subjects()) {
        codesBySubject.computeIfAbsent(subject, s -> new TreeSet<>()).add(violation.code());
      }
    }
    assertThat(codesBySubject).isNotEmpty();
    codesBySubject.forEach((subject, codes) -> {
      for (List<String> group : SAME_PROBLEM) {
        assertThat(codes.stream().filter(group::contains).count()).as(subject + " " + codes)
            .isLessThanOrEqualTo(1);
      }
    });
    // d-people was once reported twice: structure.unaligned and alignment.orphan.
    assertThat(CHECKED.about(ObjectiveId.of("d-people")).codes()).contains("structure.unaligned")
        .doesNotContain("alignment.orphan");
    String text = new FlagshipReport(SAMPLE, SampleOrganization.CALENDAR.quarterContaining(
        SampleOrganization.AS_OF).id(), SampleOrganization.AS_OF, ScoringPolicy.defaults())
        .render();
    for (Violation violation : CHECKED.atLeast(Severity.WARNING).violations()) {
      assertThat(text).contains("[" + violation.code() + "]");
    }
  }

  @Test
  void theReportShowsTreeScoresAndFindings(@TempDir Path directory) throws Exception {
    CycleId quarter = SampleOrganization.CALENDAR.quarterContaining(SampleOrganization.AS_OF).id();
    FlagshipReport report = new FlagshipReport(SAMPLE, quarter, SampleOrganization.AS_OF,
        ScoringPolicy.defaults());
    String text = report.render();
    assertThat(text).startsWith("okr4j report: FY2027-Q3 (2026-10-01 to 2026-12-31)")
        .contains("Alignment tree", "Not reachable from a company objective", "█", "BEHIND",
            "[check-in overdue]", "Alignment share 94% (HEALTHY)", "[structure.unaligned]",
            "why: ",
            "提升亚太区客户满意度");
    assertThat(report.render()).isEqualTo(text);
    String pictures = report.writePictures(directory);
    assertThat(pictures).contains("alignment.dot", "alignment.mmd");
    assertThat(Files.readString(directory.resolve("alignment.dot"))).startsWith("digraph okr {");
    assertThat(Files.readString(directory.resolve("alignment.mmd"))).startsWith("flowchart BT");
  }

  @Test
  void theReportListsTheCheckInsDueOnItsDay() {
    assertThat(render()).contains("\nCheck-ins due on 2026-11-20 (WEEKLY unless a key result sets"
        + " its own cadence): 5\n"
        + "  kr-d-people-ladder \"Publish a career ladder every engineer has read\": due "
        + "2026-10-08, never checked in (WEEKLY, the policy's)\n"
        + "  kr-t-desk-fcr \"Raise first-contact resolution from 64% to 80%\": due 2026-10-19, "
        + "last check-in 2026-10-12 (WEEKLY, the policy's)\n");
  }

  @Test
  void theReportJudgesAKeyResultAgainstItsWaypoints() {
    // Linear pace would expect 6.6 hires on 2026-11-20; the phased targets expect 6.33.
    assertThat(render()).contains("\nJudged against waypoints (phased targets), as of 2026-11-20\n"
        + "  kr-d-people-hires \"Hire 12 engineers with offer acceptance above 8…\": expected "
        + "6.33 by its waypoints (2026-10-31=3, 2026-11-30=8), reads 5.10: BEHIND; checks in "
        + "BIWEEKLY\n");
  }

  @Test
  void theReportShowsWhatWasSetByHandWithWhoWhenAndWhy() {
    String text = render();
    assertThat(text).contains("\nSet by hand (the okr4j policy honours what is dated on or "
        + "before 2026-11-20)\n"
        + "  d-people \"Hire and grow great people\": status AT_RISK by p06 (Jonas Weber) on "
        + "2026-11-13: \"Two engineering offers were declined in November; the career ladder "
        + "waits for the works council\"\n");
    // The override decides the tree's status: computed from its key results it would be BEHIND.
    assertThat(text).contains("AT_RISK      Hire and grow great people  [department, people");
    String ignored = new FlagshipReport(SAMPLE, SampleOrganization.CALENDAR.quarterContaining(
        SampleOrganization.AS_OF).id(), SampleOrganization.AS_OF, ScoringPolicy.named("quantive"))
        .render();
    assertThat(ignored).contains("\nSet by hand (the quantive policy ignores these)\n");
  }

  @Test
  void theReportShowsTheSharedObjectiveAndTheRollUpOfTheUnitItIsSharedWith() {
    String text = render();
    assertThat(text).contains("Make checkout fast and reliable  [team, platform, aspirational]\n"
        + "        co-owned by p31 (Anders Berg); shared with support-desk 50%\n");
    assertThat(text).contains("\nShared objectives (a unit's roll-up counts one at its share's"
        + " weight)\n  t-platform \"Make checkout fast and reliable\" (platform): co-owned by p31"
        + " (Anders Berg); shared with support-desk 50%\n");
    // The support desk's roll-up: its own objective at weight 1, the shared one at 0.5.
    Scores scores = ScoringPolicy.defaults().score(SAMPLE, SampleOrganization.AS_OF);
    double platform = scores.progress(ObjectiveId.of("t-platform")).value();
    double desk = scores.progress(ObjectiveId.of("t-support-desk")).value();
    double rollUp = (0.5 * platform + desk) / 1.5;
    assertThat(text).contains("  support-desk's roll-up: " + FlagshipReport.percent(rollUp)
        + " (weighted mean over support-desk's objectives in FY2027-Q3: t-platform ");
    // Sharing changes none of the planted findings: every unit already had its own objectives.
    assertThat(subjects(AlignmentRules.UNIT_WITHOUT_OKRS)).isEmpty();
    assertThat(CHECKED.withCode("ownership.owner.unknown").violations()).isEmpty();
    assertThat(CHECKED.withCode("ownership.share.unknown").violations()).isEmpty();
  }

  @Test
  void theReportShowsTheSampleKpiOutsideItsCorridor() {
    assertThat(render()).contains("\nKPIs (health metrics kept inside a corridor), as of "
        + "2026-11-20: 1, 1 outside\n"
        + "  kpi-churn \"Monthly customer churn\" ABOVE [*, 2.5] target 2 by 0.7 (28% of the "
        + "bound), read 3.2 on 2026-11-16; recovered by d-support \"Delight every customer who "
        + "reaches out\"\n\nValidation (okr4j policy)");
    // The key results that only keep a value are hinted to be KPIs; the KPI itself is sound.
    assertThat(subjects("kpi.key-result.maintains")).containsExactly(List.of("kr-d-prod-uptime"),
        List.of("kr-d-sup-response"), List.of("kr-t-desk-backlog"));
    assertThat(CHECKED.withCode("kpi.objective.unknown").violations()).isEmpty();
    assertThat(CHECKED.withCode("kpi.readings.missing").violations()).isEmpty();
  }

  @Test
  void theKpiSectionListsTenKpisAndCountsTheRest() {
    OkrSet set = SAMPLE;
    for (int i = 1; i <= 11; i++) {
      set = set.withKpi(org.okr4j.core.Kpi.of("kpi-x" + i, "Guardrail " + i,
          org.okr4j.core.Corridor.of(0, 10)).withLink(org.okr4j.core.KpiLink.protects(
              ObjectiveId.of("c-recommend"))));
    }
    String text = new FlagshipReport(set, SampleOrganization.CALENDAR.quarterContaining(
        SampleOrganization.AS_OF).id(), SampleOrganization.AS_OF, ScoringPolicy.defaults())
        .render();
    assertThat(text).contains("as of 2026-11-20: 12, 1 outside\n",
        "\n  kpi-x1 \"Guardrail 1\" NO_READING [0, 10] by 2026-11-20; protected by c-recommend "
            + "\"Become the outdoor brand customers recommend fi…\"\n",
        "\n  kpi-x9 \"Guardrail 9\"", "\n  and 2 more\n",
        // A hint about a KPI names it with its title.
        "kpi.readings.missing ×11: kpi-x1 \"Guardrail 1\"; kpi-x2 \"Guardrail 2\"");
    assertThat(text).doesNotContain("kpi-x10 \"Guardrail 10\" NO_READING");
    String none = new FlagshipReport(OkrSet.builder().from(SAMPLE).kpis(List.of()).build(),
        SampleOrganization.CALENDAR.quarterContaining(SampleOrganization.AS_OF).id(),
        SampleOrganization.AS_OF, ScoringPolicy.defaults()).render();
    assertThat(none).doesNotContain("KPIs (");
  }

  @Test
  void barsShowProgress() {
    assertThat(FlagshipReport.bar(org.okr4j.scoring.Progress.of(0.5, "half")))
        .isEqualTo("█████░░░░░  50%");
    assertThat(FlagshipReport.bar(org.okr4j.scoring.Progress.of(1.3, "over")))
        .isEqualTo("██████████ 130%");
    assertThat(FlagshipReport.bar(org.okr4j.scoring.Progress.notScored("none")))
        .isEqualTo("··········    -");
  }

  @Test
  void chineseTitlesAskForAFontWithChineseGlyphs() {
    assertThat(FlagshipReport.hasHan("提升客户满意度")).isTrue();
    assertThat(FlagshipReport.hasHan("Delight customers")).isFalse();
    assertThat(FlagshipReport.chineseFont(() -> List.of("WenQuanYi Zen Hei", "Noto Sans CJK TC",
        "Noto Sans CJK SC", "AR PL UMing"))).hasValue("Noto Sans CJK SC");
    assertThat(FlagshipReport.chineseFont(() -> List.of("WenQuanYi Zen Hei", "AR PL UMing")))
        .hasValue("AR PL UMing");
    assertThat(FlagshipReport.chineseFont(() -> List.of("Bad \"Font", " "))).isEmpty();
    assertThat(FlagshipReport.chineseFont(List::of)).isEmpty();
  }

  private static String render() {
    return new FlagshipReport(SAMPLE, SampleOrganization.CALENDAR.quarterContaining(
        SampleOrganization.AS_OF).id(), SampleOrganization.AS_OF, ScoringPolicy.defaults())
        .render();
  }

  private static String title(String objective) {
    return SAMPLE.objective(ObjectiveId.of(objective)).orElseThrow().title();
  }

  @Test
  void findingsShowTheTitleBesideEachIdTheyName() {
    String text = render();
    assertThat(text).contains("The objective d-people \"" + title("d-people")
        + "\" at the department level aligns to nothing");
    // A value naming an objective (the parent) gets its title too, and the subject once only.
    assertThat(text).contains("The committed objective t-mobile \"" + title("t-mobile")
        + "\" aligns to the aspirational objective d-product \"" + title("d-product") + "\"");
    assertThat(text).contains("The objectives t-brand-community \"" + title("t-brand-community")
        + "\", t-brand-stories \"" + title("t-brand-stories") + "\", t-brand-community align");
    String keyResult = SAMPLE.keyResult(KeyResultId.of("kr-t-desk-fcr")).orElseThrow().title();
    assertThat(text).contains("The key result kr-t-desk-fcr \"" + keyResult + "\" was last");
  }

  @Test
  void eachHintSaysWhatItIsAbout() {
    Violation hint = CHECKED.withCode("measure.target.missing").violations().get(0);
    KeyResultId keyResult = (KeyResultId) hint.subject();
    String title = SAMPLE.keyResult(keyResult).orElseThrow().title();
    assertThat(render()).contains("  hints\n").contains("    measure.target.missing ×1: "
        + keyResult + " \"" + FlagshipReport.briefTitle(title) + "\"\n");
  }

  @Test
  void aMentionIsAWholeIdAndTitlesAreCut() {
    assertThat(FlagshipReport.mention("o-10 and o-1.", "o-1")).isEqualTo(9);
    assertThat(FlagshipReport.mention("o-1.5 and o-1, then", "o-1")).isEqualTo(10);
    assertThat(FlagshipReport.mention("no-1", "o-1")).isEqualTo(-1);
    assertThat(FlagshipReport.briefTitle("x".repeat(FlagshipReport.TITLE_SHOWN)))
        .hasSize(FlagshipReport.TITLE_SHOWN).doesNotContain("…");
    assertThat(FlagshipReport.briefTitle("x".repeat(100)))
        .isEqualTo("x".repeat(FlagshipReport.TITLE_SHOWN - 1) + "…");
  }

  @Test
  void stageWeightsReadAsPercents() {
    assertThat(FlagshipReport.measure(StagesMeasure.equal("design", "pilot", "rollout")))
        .isEqualTo("stages [design 33.3%, pilot 33.3%, rollout 33.3%]");
    assertThat(FlagshipReport.measure(StagesMeasure.of(List.of(Stage.of("build", 0.25),
        Stage.of("ship", 0.75))))).isEqualTo("stages [build 25%, ship 75%]");
    assertThat(FlagshipReport.measure(LinearMeasure.of(31, 45)))
        .isEqualTo(LinearMeasure.of(31, 45).toString());
    assertThat(render()).contains("(stages [design 33.3%, pilot 33.3%, rollout 33.3%])")
        .doesNotContain("0.3333");
  }
}
