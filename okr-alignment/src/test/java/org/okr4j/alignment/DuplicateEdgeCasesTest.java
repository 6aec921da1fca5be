package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.alignment.Fixtures.COMPANY;
import static org.okr4j.alignment.Fixtures.DEPARTMENT;
import static org.okr4j.alignment.Fixtures.TEAM;
import static org.okr4j.alignment.Fixtures.check;
import static org.okr4j.alignment.Fixtures.objective;
import static org.okr4j.alignment.Fixtures.subjects;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.KeyResult;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.OkrSet;
import org.okr4j.core.PersonId;
import org.okr4j.core.Unit;
import org.okr4j.core.validation.Violation;

/**
 * The duplicate rules, and the opposite-directions rule that shares their columns, on sets the
 * other tests do not build: many parents, a parent without key results, the set's first title
 * copied, similarity exactly at the threshold, more key results than one look-ahead block.
 */
class DuplicateEdgeCasesTest {

  private static final String BACKLOG = "Cut the warranty backlog to zero";
  private static final String BACKLOG_BY_JUNE = "Cut the warranty backlog to zero by June";

  private static Objective.Builder withKeyResult(Objective.Builder objective, String id,
      String title) {
    return objective.keyResults(List.of(KeyResult.of(id, title, LinearMeasure.of(0, 10))));
  }

  /** The Jaccard similarity of two titles' shingles, as the rules define it. */
  private static double jaccard(String a, String b) {
    return TitleSimilarity.jaccard(TitleSimilarity.shingles(a), TitleSimilarity.shingles(b));
  }

  private static List<Violation> checkAt(String rule, OkrSet set, double threshold) {
    return Fixtures.only(rule).with(AlignmentRules.SIMILARITY_THRESHOLD, threshold)
        .check(set, Fixtures.AS_OF).violations();
  }

  /**
   * {@value AlignmentRules#DUPLICATE_OBJECTIVES}: a cascaded copy, an objective whose title reads
   * like (at least the threshold, here not identical) the objective it aligns to, is no
   * duplicate.
   */
  @Test
  void aCascadedObjectiveThatReadsLikeItsParentIsNoDuplicate() {
    assertThat(jaccard(BACKLOG, BACKLOG_BY_JUNE)).isBetween(0.6, 0.99);
    OkrSet set = Fixtures.set(objective("c", COMPANY, "co").title(BACKLOG),
        objective("d", DEPARTMENT, "sales", "c").title(BACKLOG_BY_JUNE));
    assertThat(check(AlignmentRules.DUPLICATE_OBJECTIVES, set)).isEmpty();
    // Not aligned: two owners' alike titles are a duplicate.
    OkrSet apart = Fixtures.set(objective("c", COMPANY, "co").title(BACKLOG),
        objective("d", DEPARTMENT, "sales").title(BACKLOG_BY_JUNE));
    assertThat(subjects(check(AlignmentRules.DUPLICATE_OBJECTIVES, apart)))
        .containsExactly(List.of("c", "d"));
  }

  /**
   * "Reads like" means a similarity of at least the threshold: a copy exactly at the threshold
   * is a cascaded copy, for objectives and for key results alike.
   */
  @Test
  void aCopyExactlyAtTheThresholdIsACascade() {
    double exactly = jaccard(BACKLOG, BACKLOG_BY_JUNE);
    OkrSet objectives = Fixtures.set(objective("c", COMPANY, "co").title(BACKLOG),
        objective("d", DEPARTMENT, "sales", "c").title(BACKLOG_BY_JUNE));
    assertThat(checkAt(AlignmentRules.DUPLICATE_OBJECTIVES, objectives, exactly)).isEmpty();
    OkrSet keyResults = Fixtures.set(withKeyResult(objective("c", COMPANY, "co"), "kr-c", BACKLOG),
        withKeyResult(objective("d", DEPARTMENT, "sales", "c"), "kr-d", BACKLOG_BY_JUNE));
    assertThat(checkAt(AlignmentRules.DUPLICATE_KEY_RESULTS, keyResults, exactly)).isEmpty();
    // The same pair, not aligned, is a duplicate at that threshold.
    OkrSet apart = Fixtures.set(withKeyResult(objective("c", COMPANY, "co"), "kr-c", BACKLOG),
        withKeyResult(objective("d", DEPARTMENT, "sales"), "kr-d", BACKLOG_BY_JUNE));
    assertThat(subjects(checkAt(AlignmentRules.DUPLICATE_KEY_RESULTS, apart, exactly)))
        .containsExactly(List.of("kr-c", "kr-d"));
  }

  /**
   * {@value AlignmentRules#DUPLICATE_KEY_RESULTS}: a key result that reads like a key result of
   * its objective's parent is a cascaded copy, also when that parent's is the set's first title;
   * another unit's alike key result is still a duplicate of the parent's.
   */
  @Test
  void aCopyOfTheSetsFirstKeyResultIsACascade() {
    OkrSet set = Fixtures.set(withKeyResult(objective("p", COMPANY, "co"), "kr-p", BACKLOG),
        withKeyResult(objective("c", DEPARTMENT, "sales", "p"), "kr-c", BACKLOG),
        withKeyResult(objective("t", TEAM, "emea"), "kr-t", BACKLOG));
    assertThat(subjects(check(AlignmentRules.DUPLICATE_KEY_RESULTS, set)))
        .containsExactly(List.of("kr-p", "kr-t"));
  }

  /**
   * A cascaded copy of a key result of any of its objective's parents, however many parents it
   * has (four and five here); a parent's key result is still a duplicate of an unrelated unit's.
   */
  @Test
  void aCopyFromTheFourthOrFifthParentIsACascade() {
    String[] titles = {"Reach 40 million in revenue", "Net promoter score among dealers",
        "Orders dispatched on the day they arrive", "Engineers certified in ski mechanics",
        BACKLOG};
    List<Objective.Builder> objectives = new ArrayList<>();
    for (int i = 0; i < titles.length; i++) {
      objectives.add(withKeyResult(objective("p" + (i + 1), COMPANY, "co"), "kr-p" + (i + 1),
          titles[i]));
    }
    objectives.add(withKeyResult(objective("q4", DEPARTMENT, "sales", "p1", "p2", "p3", "p4"),
        "kr-q4", titles[3]));
    objectives.add(withKeyResult(objective("q5", DEPARTMENT, "product", "p1", "p2", "p3", "p4",
        "p5"), "kr-q5", titles[4]));
    objectives.add(withKeyResult(objective("t", TEAM, "emea"), "kr-t", titles[1]));
    OkrSet set = Fixtures.set(objectives.toArray(Objective.Builder[]::new));
    assertThat(subjects(check(AlignmentRules.DUPLICATE_KEY_RESULTS, set)))
        .containsExactly(List.of("kr-p2", "kr-t"));
  }

  /**
   * A parent without key results has none to copy: the child's key result is judged like any
   * other, here a duplicate of another unit's.
   */
  @Test
  void aParentWithoutKeyResultsLeavesItsChildsKeyResultsToTheSearch() {
    OkrSet set = Fixtures.set(objective("p", COMPANY, "co").keyResults(List.of()),
        withKeyResult(objective("c", DEPARTMENT, "sales", "p"), "kr-c", BACKLOG),
        withKeyResult(objective("t", TEAM, "emea"), "kr-t", BACKLOG));
    assertThat(subjects(check(AlignmentRules.DUPLICATE_KEY_RESULTS, set)))
        .containsExactly(List.of("kr-c", "kr-t"));
  }

  /**
   * Past the first 512 key results (the rule's look-ahead block), titles are still read: two
   * units' copies at the end of a long set are found.
   */
  @Test
  void keyResultsBeyondTheFirstBlockAreRead() {
    List<KeyResult> filler = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      filler.add(KeyResult.of("kr-f" + i, "Ship the roadmap item", LinearMeasure.of(0, 1)));
    }
    OkrSet set = Fixtures.set(objective("a", TEAM, "web").keyResults(filler),
        withKeyResult(objective("y", TEAM, "web"), "kr-y", BACKLOG),
        withKeyResult(objective("z", TEAM, "emea"), "kr-z", BACKLOG));
    assertThat(subjects(check(AlignmentRules.DUPLICATE_KEY_RESULTS, set)))
        .containsExactly(List.of("kr-y", "kr-z"));
  }

  /**
   * A shared template's peers (people's objectives aligned to one parent) with a unit's alike
   * objective: the group holds a title of another family and is reported whole, also when the
   * unit's objective comes right after the parent in id order.
   */
  @Test
  void aUnitsTitleAmongATemplatesPeersIsReportedWithThem() {
    String quota = "Sign ten new dealers in the Alps";
    OkrSet set = Fixtures.set(objective("c", COMPANY, "co").title("Grow a profitable business"),
        objective("d", TEAM, "web").title(quota),
        objective("i1", Fixtures.INDIVIDUAL, "emea", "c").owner(PersonId.of("ana")).title(quota),
        objective("i2", Fixtures.INDIVIDUAL, "emea", "c").owner(PersonId.of("bo")).title(quota));
    assertThat(subjects(check(AlignmentRules.DUPLICATE_OBJECTIVES, set)))
        .containsExactly(List.of("d", "i1", "i2"));
    // The peers alone are one effort split between people: nothing to report.
    OkrSet peers = Fixtures.set(objective("c", COMPANY, "co").title("Grow a profitable business"),
        objective("i1", Fixtures.INDIVIDUAL, "emea", "c").owner(PersonId.of("ana")).title(quota),
        objective("i2", Fixtures.INDIVIDUAL, "emea", "c").owner(PersonId.of("bo")).title(quota));
    assertThat(check(AlignmentRules.DUPLICATE_OBJECTIVES, peers)).isEmpty();
  }

  /**
   * Titles without letters or digits have no shingles, and two empty shingle sets have a
   * similarity of 0: two units' such titles are no duplicates, and they leave the others' alone.
   */
  @Test
  void titlesWithoutShinglesAreInNoGroup() {
    OkrSet set = Fixtures.set(objective("a", TEAM, "web").title("???"),
        withKeyResult(objective("b", TEAM, "emea").title("???"), "kr-b", "+++"),
        withKeyResult(objective("c", TEAM, "idle").title("Grow a profitable business"), "kr-c",
            "+++"),
        withKeyResult(objective("d", TEAM, "web").title("Ship every order within a day"), "kr-d",
            BACKLOG),
        withKeyResult(objective("e", TEAM, "emea").title("Teach every engineer our craft"),
            "kr-e", BACKLOG));
    assertThat(check(AlignmentRules.DUPLICATE_OBJECTIVES, set)).isEmpty();
    assertThat(subjects(check(AlignmentRules.DUPLICATE_KEY_RESULTS, set)))
        .containsExactly(List.of("kr-d", "kr-e"));
  }

  /**
   * {@value AlignmentRules#OPPOSITE_DIRECTIONS}: the metric includes the unit of measure, so one
   * unit raising churn in euros and another cutting it in percent pull on different metrics.
   */
  @Test
  void oppositeDirectionsInDifferentUnitsOfMeasureAreNoConflict() {
    OkrSet set = Fixtures.set(
        objective("a", TEAM, "web").keyResults(List.of(KeyResult.of("kr-eur", "Raise churn",
            LinearMeasure.of(1, 2).withUnit(Unit.currency("EUR"))))),
        objective("b", TEAM, "emea").keyResults(List.of(KeyResult.of("kr-pct", "Cut churn",
            LinearMeasure.of(2, 1).withUnit(Unit.percent())))));
    assertThat(Fixtures.check(AlignmentRules.OPPOSITE_DIRECTIONS, set)).isEmpty();
  }
}
