package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.okr4j.scoring.ScoringPolicy;

/**
 * The report's PNG step with a stand-in for Graphviz's {@code dot}: a shell script that sleeps,
 * fails, writes the picture, or marks that it ran. Each ending is one line of the report's
 * "Pictures" section; the report never waits on, nor leaves behind, a Graphviz that hangs.
 */
@DisabledOnOs(OS.WINDOWS)
class GraphvizTest {

  @TempDir
  Path directory;

  private static FlagshipReport sample() {
    return new FlagshipReport(SampleOrganization.okrSet(), SampleOrganization.CALENDAR
        .quarterContaining(SampleOrganization.AS_OF).id(), SampleOrganization.AS_OF,
        ScoringPolicy.defaults());
  }

  /** An executable script in the test's directory, run as {@code dot -Tpng -o out.png in.dot}. */
  private String script(String name, String body) throws Exception {
    Path script = directory.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script.toString();
  }

  private static List<String> pngLines(String pictures) {
    return pictures.lines().filter(line -> line.contains("PNG") || line.endsWith(".png"))
        .toList();
  }

  @Test
  void aGraphvizThatTakesTooLongIsStoppedAndSaidInOneLine() throws Exception {
    Path pid = directory.resolve("dot.pid");
    // exec: the sleeping process is the one started, so stopping it stops the sleep.
    String dot = script("slow-dot", "echo $$ > " + pid + "\nexec sleep 600");
    String pictures = sample().writePictures(directory.resolve("out"),
        new FlagshipReport.Graphviz(dot, 1, 400));
    assertThat(pngLines(pictures)).containsExactly("  no PNG: Graphviz took more than 1 s and "
        + "was stopped; draw a part with AlignmentExport.of(graph).subtree(ObjectiveId.of("
        + "\"...\")).toDot()");
    assertThat(directory.resolve("out").resolve("alignment.png")).doesNotExist();
    long started = Long.parseLong(Files.readString(pid).strip());
    assertThat(ProcessHandle.of(started).map(ProcessHandle::isAlive)).isNotEqualTo(
        java.util.Optional.of(true));
  }

  @Test
  void aPictureOverTheSizeLimitIsNotDrawnAndGraphvizNotStarted() throws Exception {
    Path ran = directory.resolve("ran");
    String dot = script("marking-dot", "touch " + ran);
    String pictures = sample().writePictures(directory.resolve("out"),
        new FlagshipReport.Graphviz(dot, 30, 20));
    assertThat(pngLines(pictures)).containsExactly("  no PNG: the picture has 21 objectives, and "
        + "Graphviz is asked to draw at most 20; draw a part with AlignmentExport.of(graph)"
        + ".subtree(ObjectiveId.of(\"...\")).toDot()");
    assertThat(ran).doesNotExist();
    assertThat(directory.resolve("out").resolve("alignment.dot")).exists();
  }

  @Test
  void aPictureAtTheSizeLimitIsDrawnAndWhatGraphvizPrintsIsDiscarded() throws Exception {
    // Writes the PNG it is asked for, and a megabyte on standard output that nobody reads.
    String dot = script("drawing-dot", "head -c 1000000 /dev/zero\n"
        + "while [ $# -gt 0 ]; do if [ \"$1\" = -o ]; then printf png > \"$2\"; fi; shift; done");
    Path out = directory.resolve("out");
    String pictures = sample().writePictures(out, new FlagshipReport.Graphviz(dot, 30, 21));
    assertThat(pngLines(pictures)).containsExactly("  " + out.resolve("alignment.png"));
    assertThat(out.resolve("alignment.png")).hasContent("png");
  }

  @Test
  void aGraphvizThatFailsIsSaidWithItsExitStatus() throws Exception {
    String dot = script("failing-dot", "exit 3");
    Path out = directory.resolve("out");
    String pictures = sample().writePictures(out, new FlagshipReport.Graphviz(dot, 30, 400));
    assertThat(pngLines(pictures)).containsExactly("  no PNG: Graphviz failed (exit 3); try dot "
        + "-Tpng " + out.resolve("alignment.dot"));
  }

  @Test
  void noGraphvizIsAHintToInstallIt() {
    Path out = directory.resolve("out");
    String pictures = sample().writePictures(out, new FlagshipReport.Graphviz(
        directory.resolve("no-such-dot").toString(), 30, 400));
    assertThat(pictures).contains("  (install Graphviz for a PNG: dot -Tpng "
        + out.resolve("alignment.dot") + ")");
  }
}
