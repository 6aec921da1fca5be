package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okr4j.core.CycleId;
import org.okr4j.core.KeyResult;
import org.okr4j.core.KeyResultId;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;
import org.okr4j.core.Organization;
import org.okr4j.core.io.ImportResult;
import org.okr4j.core.io.Row;
import org.okr4j.core.io.RowProblem;

/**
 * One damaged byte of a CSV file never crashes reading and never loses an id without a word: every
 * id of the intact sample file is read, or named by a problem (its id, its row's line, or the
 * header's), or was itself the damaged cell and is read as what the file now says.
 *
 * <p>The sample has about 25 000 bytes; all of them times every damage would take minutes (a read
 * takes some milliseconds), so the test damages a fixed sample: every line's first byte becomes a
 * quote (which opens a cell that would swallow rows), and {@value #SAMPLED} seeded random positions
 * take every damage: a quote, a separator, line breaks, a Latin-1 byte, a byte that is never UTF-8
 * and NUL.
 */
class CsvDamageTest {

  static final int SAMPLED = 60;

  static final byte[] DAMAGES = {'"', ',', '\n', '\r', (byte) 0xE9, (byte) 0xFF, 0};

  @Test
  void everyIdIsReadOrNamedAfterAnySingleByteDamage() throws Exception {
    byte[] intact = Files.readAllBytes(Path.of("samples", "lumen.csv"));
    Organization organization = SampleOrganization.okrSet().organization();
    ImportResult read = CsvFiles.read(intact, organization, Optional.empty());
    assertThat(read.problems()).isEmpty();
    List<Integer> lineStarts = lineStarts(intact);
    List<Entry> entries = entries(intact, read.okrSet());
    // A quote at a line's start opens a cell that swallows rows: damage every line so.
    List<int[]> damages = new ArrayList<>();
    for (int start : lineStarts) {
      damages.add(new int[] {start, '"'});
    }
    Random random = new Random(15);
    for (int i = 0; i < SAMPLED; i++) {
      int position = random.nextInt(intact.length);
      for (byte damage : DAMAGES) {
        damages.add(new int[] {position, damage});
      }
    }
    int checked = 0;
    for (int[] damage : damages) {
      int position = damage[0];
      if (intact[position] == (byte) damage[1]) {
        continue;
      }
      byte[] damaged = intact.clone();
      damaged[position] = (byte) damage[1];
      ImportResult result = CsvFiles.read(damaged, organization, Optional.empty());
      checkNothingLost(entries, line(lineStarts, position), read.okrSet(), result,
          "byte " + position + " as " + (damage[1] & 0xFF));
      checked++;
    }
    assertThat(checked).isGreaterThan(lineStarts.size() + SAMPLED * (DAMAGES.length - 1));
  }

  /** An id of the intact file, its kind and its row's line. */
  private record Entry(String kind, String id, int line) {}

  private static List<Entry> entries(byte[] intact, OkrSet set) {
    CsvFiles.Table table = CsvFiles.table(new String(intact,
        java.nio.charset.StandardCharsets.UTF_8), new ArrayList<>());
    List<Entry> entries = new ArrayList<>();
    for (Row row : table.rows()) {
      String kind = row.cell("type");
      if (!kind.equals("check-in")) {
        entries.add(new Entry(kind, row.cell("id"), row.line()));
      }
    }
    assertThat(entries).hasSize(set.objectives().size() + set.keyResultCount()
        + set.cycles().size() + set.kpis().size());
    return entries;
  }

  private static void checkNothingLost(List<Entry> entries, int damagedLine, OkrSet intact,
      ImportResult result, String damage) {
    OkrSet set = result.okrSet();
    Set<String> newIds = new HashSet<>();
    set.objectives().forEach(o -> {
      if (intact.objective(o.id()).isEmpty()) {
        newIds.add(o.id().value());
      }
      for (KeyResult k : o.keyResults()) {
        if (intact.keyResult(k.id()).isEmpty()) {
          newIds.add(k.id().value());
        }
      }
    });
    set.cycles().forEach(c -> {
      if (intact.cycle(c.id()).isEmpty()) {
        newIds.add(c.id().value());
      }
    });
    set.kpis().forEach(k -> {
      if (intact.kpi(k.id()).isEmpty()) {
        newIds.add(k.id().value());
      }
    });
    boolean headerProblem = result.problems().stream()
        .anyMatch(p -> p.id().isEmpty() && p.row() <= 2);
    for (Entry entry : entries) {
      boolean read = switch (entry.kind()) {
        case "objective" -> set.objective(ObjectiveId.of(entry.id())).isPresent();
        case "key-result" -> set.keyResult(KeyResultId.of(entry.id())).isPresent();
        case "kpi" -> set.kpi(org.okr4j.core.KpiId.of(entry.id())).isPresent();
        default -> set.cycle(CycleId.of(entry.id())).isPresent();
      };
      if (read || headerProblem) {
        continue;
      }
      boolean named = false;
      for (RowProblem problem : result.problems()) {
        named |= problem.id().equals(entry.id()) || problem.reason().contains(entry.id())
            || Math.abs(problem.row() - entry.line()) <= 1;
      }
      boolean renamed = entry.line() == damagedLine && !newIds.isEmpty();
      assertThat(named || renamed).as("%s (%s, line %d) after damage to %s: problems %s",
          entry.id(), entry.kind(), entry.line(), damage, result.problems()).isTrue();
    }
  }

  private static List<Integer> lineStarts(byte[] bytes) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] == '\n') {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  private static int line(List<Integer> lineStarts, int position) {
    int index = java.util.Collections.binarySearch(lineStarts, position);
    return (index >= 0 ? index : -index - 2) + 1;
  }

}
