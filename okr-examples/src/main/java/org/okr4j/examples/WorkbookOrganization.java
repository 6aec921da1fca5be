package org.okr4j.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okr4j.core.Level;
import org.okr4j.core.LevelScheme;
import org.okr4j.core.OrgUnit;
import org.okr4j.core.OrgUnitId;
import org.okr4j.core.Organization;
import org.okr4j.core.Person;
import org.okr4j.core.io.Row;

/**
 * The organisation a Viva Goals workbook carries in its {@code Teams} sheet (Team, Parent Team,
 * Level) and {@code People} sheet (Owner, Name, Team): each team's name is its id; a team without a
 * level is placed by its depth (the root at the top level).
 */
final class WorkbookOrganization {

  private WorkbookOrganization() {}

  /**
   * The organisation of the two sheets' rows.
   *
   * @throws IllegalArgumentException if the teams make no organisation (a loop, a parent that is no
   *     team, an unknown level, a team named twice) or a row lacks its Team or Owner
   */
  static Organization of(List<Row> teams, List<Row> people, LevelScheme levels) {
    Map<String, String> parents = new LinkedHashMap<>();
    Map<String, String> named = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (Row row : teams) {
      String team = row.cell("Team").strip();
      if (team.isEmpty()) {
        requireBlank(row, "Teams", "Team");
        continue;
      }
      Integer earlier = lines.putIfAbsent(team, row.line());
      if (earlier != null) {
        throw new IllegalArgumentException("the team '" + team + "' is named twice in the Teams"
            + " sheet, on rows " + earlier + " and " + row.line());
      }
      parents.put(team, row.cell("Parent Team").strip());
      named.put(team, row.cell("Level").strip());
    }
    Organization.Builder organization = Organization.builder().levels(levels);
    for (Map.Entry<String, String> team : parents.entrySet()) {
      Level level = named.get(team.getKey()).isEmpty()
          ? byDepth(levels, depth(team.getKey(), parents))
          : levels.level(named.get(team.getKey()));
      OrgUnit unit = team.getValue().isEmpty() ? OrgUnit.of(team.getKey(), team.getKey(), level)
          : OrgUnit.of(team.getKey(), team.getKey(), level, OrgUnitId.of(team.getValue()));
      organization.addUnits(unit);
    }
    for (Row row : people) {
      String id = row.cell("Owner").strip();
      if (id.isEmpty()) {
        requireBlank(row, "People", "Owner");
        continue;
      }
      String name = row.cell("Name").strip();
      String team = row.cell("Team").strip();
      List<OrgUnitId> units = new ArrayList<>();
      if (!team.isEmpty()) {
        units.add(OrgUnitId.of(team));
      }
      organization.addPeople(Person.of(id, name.isEmpty() ? id : name,
          units.toArray(OrgUnitId[]::new)));
    }
    return organization.build();
  }

  /** A row without its key cell may only be blank, a spacer; else it would be lost unsaid. */
  private static void requireBlank(Row row, String sheet, String key) {
    if (row.cells().stream().anyMatch(cell -> !cell.isBlank())) {
      throw new IllegalArgumentException("row " + row.line() + " of the " + sheet + " sheet has no "
          + key + ", but other cells: give its " + key + " or clear the row");
    }
  }

  /** How many parents above {@code team}, stopping at a loop. */
  private static int depth(String team, Map<String, String> parents) {
    int depth = 0;
    Optional<String> parent = Optional.ofNullable(parents.get(team)).filter(p -> !p.isEmpty());
    while (parent.isPresent() && depth <= parents.size()) {
      depth++;
      parent = Optional.ofNullable(parents.get(parent.get())).filter(p -> !p.isEmpty());
    }
    return depth;
  }

  /** The root at the top level, each level below one down, never the individual (last) level. */
  private static Level byDepth(LevelScheme levels, int depth) {
    List<Level> all = levels.levels();
    return all.get(Math.min(depth, Math.max(0, all.size() - 2)));
  }
}
