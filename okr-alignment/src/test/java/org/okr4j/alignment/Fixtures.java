package org.okr4j.alignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.AlignmentTarget;
import org.okr4j.core.CheckIn;
import org.okr4j.core.Cycle;
import org.okr4j.core.CycleId;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.Level;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.LinearMeasure;
import org.okr4j.core.Objective;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;
import org.okr4j.core.PersonId;
import org.okr4j.core.Perspective;
import org.okr4j.core.validation.ValidationPolicy;
import org.okr4j.core.validation.ValidationResult;
import org.okr4j.core.validation.Violation;

/** Small hand-built sets for alignment tests. */
final class Fixtures {

  static final LevelScheme LEVELS = LevelScheme.standard();
  static final Level COMPANY = LEVELS.level("company");
  static final Level DEPARTMENT = LEVELS.level("department");
  static final Level TEAM = LEVELS.level("team");
  static final Level INDIVIDUAL = LEVELS.level("individual");
  static final Cycle Q3 = Cycle.parse("2026-Q3");
  static final LocalDate AS_OF = Q3.start().plusDays(20);

  private Fixtures() {}

  static Organization org() {
    return Organization.builder()
        .addUnits(OrgUnit.of("co", "Co", COMPANY))
        .addUnits(OrgUnit.of("sales", "Sales", DEPARTMENT, OrgUnitId.of("co")))
        .addUnits(OrgUnit.of("product", "Product", DEPARTMENT, OrgUnitId.of("co")))
        .addUnits(OrgUnit.of("emea", "EMEA", TEAM, OrgUnitId.of("sales")))
        .addUnits(OrgUnit.of("web", "Web", TEAM, OrgUnitId.of("product")))
        .addUnits(OrgUnit.of("idle", "Idle", TEAM, OrgUnitId.of("product")))
        .build();
  }

  static Objective.Builder objective(String id, Level level, String owner, String... parents) {
    Objective.Builder builder = Objective.builder().id(ObjectiveId.of(id)).title("Objective " + id)
        .level(level).owner(OrgUnitId.of(owner)).cycle(Q3.id())
        .addKeyResults(KeyResult.of("kr-" + id, "Move " + id, LinearMeasure.of(0, 10))
            .withCheckIn(CheckIn.of(Q3.start().plusDays(10), 5)));
    for (String parent : parents) {
      builder.addAlignments(Alignment.contributesTo(ObjectiveId.of(parent)));
    }
    return builder;
  }

  static Alignment link(AlignmentTarget target, AlignmentKind kind) {
    return Alignment.of(target, kind, 1);
  }

  static OkrSet set(Objective.Builder... objectives) {
    List<Objective> built = new ArrayList<>();
    for (Objective.Builder builder : objectives) {
      built.add(builder.build());
    }
    return OkrSet.builder().organization(org()).addCycles(Cycle.parse("2026"), Q3)
        .objectives(built).build();
  }

  static KeyResultId kr(String objective) {
    return KeyResultId.of("kr-" + objective);
  }

  static CycleId cycle(String label) {
    return CycleId.of(label);
  }

  /**
   * A policy that runs only these rules, with tight limits so that small sets reach them: depth
   * 3, two key results per owner, the theme "growth" required.
   */
  static ValidationPolicy only(String... rules) {
    ValidationPolicy.Builder policy = ValidationPolicy.builder().name("test")
        .set(AlignmentRules.MAX_DEPTH, 3).set(AlignmentRules.MAX_KEY_RESULTS_PER_OWNER, 2)
        .set(AlignmentRules.REQUIRED_THEMES, List.of("growth"));
    for (String rule : rules) {
      policy.rule(rule);
    }
    return policy.build();
  }

  /** The violations of {@code set} under {@link #only(String...)} this rule. */
  static List<Violation> check(String rule, OkrSet set) {
    ValidationResult result = only(rule).check(set, AS_OF);
    return result.violations();
  }

  /** Each violation's subjects, as the host's id strings. */
  static List<List<String>> subjects(List<Violation> violations) {
    List<List<String>> subjects = new ArrayList<>();
    for (Violation violation : violations) {
      subjects.add(violation.subjects().stream().map(Object::toString).toList());
    }
    return subjects;
  }

  /**
   * A well-aligned set on which every alignment rule stays quiet: four company objectives, one per
   * perspective, each cascaded; every unit with objectives; the departments working together.
   */
  static OkrSet healthy() {
    return set(
        objective("c1", COMPANY, "co").perspective(Perspective.FINANCIAL).addThemes("growth")
            .title("Grow a profitable business").keyResults(List.of(
                keyResult("kr-c1", "Reach 40 million in revenue", "ceo", 25, 40))),
        objective("c2", COMPANY, "co").perspective(Perspective.CUSTOMER)
            .title("Become the brand alpine shops recommend").keyResults(List.of(
                keyResult("kr-c2", "Net promoter score among dealers", "cmo", 31, 45))),
        objective("c3", COMPANY, "co").perspective(Perspective.INTERNAL_PROCESS)
            .title("Ship every order within a day").keyResults(List.of(
                keyResult("kr-c3", "Orders dispatched on the day they arrive", "coo", 70, 98))),
        objective("c4", COMPANY, "co").perspective(Perspective.LEARNING_AND_GROWTH)
            .title("Teach every engineer our craft").keyResults(List.of(
                keyResult("kr-c4", "Engineers certified in ski mechanics", "cto", 3, 30))),
        objective("d-sales", DEPARTMENT, "sales", "c1", "c2")
            .title("Win the European market"),
        objective("d-product", DEPARTMENT, "product", "c3", "c4")
            .title("Build boots that fit out of the box"),
        objective("t-emea", TEAM, "emea", "d-sales")
            .title("Become the first choice of Swiss retailers"),
        objective("t-web", TEAM, "web", "d-product")
            .addAlignments(link(ObjectiveId.of("d-sales"), AlignmentKind.DEPENDS_ON))
            .title("Let customers try boots on virtually"),
        objective("t-idle", TEAM, "idle", "d-product")
            .title("Cut the warranty backlog to zero"));
  }

  static KeyResult keyResult(String id, String title, String owner, double from, double to) {
    return KeyResult.builder().id(KeyResultId.of(id)).title(title).owner(PersonId.of(owner))
        .measure(LinearMeasure.of(from, to)).build();
  }
}
