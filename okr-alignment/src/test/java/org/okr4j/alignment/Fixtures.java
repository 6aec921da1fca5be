package org.okr4j.alignment;

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

/** Small hand-built sets for alignment tests. */
final class Fixtures {

  static final LevelScheme LEVELS = LevelScheme.standard();
  static final Level COMPANY = LEVELS.level("company");
  static final Level DEPARTMENT = LEVELS.level("department");
  static final Level TEAM = LEVELS.level("team");
  static final Level INDIVIDUAL = LEVELS.level("individual");
  static final Cycle Q3 = Cycle.parse("2026-Q3");

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
}
