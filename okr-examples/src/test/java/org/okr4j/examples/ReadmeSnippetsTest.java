package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Every {@code java} block of the README, in order, pasted into JShell with okr.jsh's imports (as
 * the README's JShell command starts it, in okr-examples): no snippet is rejected or throws.
 */
class ReadmeSnippetsTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJavaBlockOfTheReadmeRunsInJShell() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    List<String> failures = new ArrayList<>();
    int snippets = 0;
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      List<String> startup = new ArrayList<>(List.of("import java.util.*;",
          "import java.util.function.*;", "import java.util.stream.*;", "import java.io.*;"));
      startup.addAll(Files.readAllLines(Path.of("src", "main", "jshell", "okr.jsh")));
      for (String line : startup) {
        if (line.startsWith("import")) {
          run(shell, line, failures);
        }
      }
      Matcher block = JAVA_BLOCK.matcher(readme);
      while (block.find()) {
        // As JShell's console reads: line by line, running what is complete so far.
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String pending = "";
        for (String line : block.group(1).split("\n")) {
          pending += line + "\n";
          SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
          while (info.completeness().isComplete()) {
            run(shell, info.source(), failures);
            snippets++;
            pending = info.remaining();
            info = analysis.analyzeCompletion(pending);
          }
          if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
            pending = "";
          }
        }
        if (!pending.isBlank()) {
          failures.add("incomplete at the block's end: " + pending.strip());
        }
      }
    }
    assertThat(snippets).isGreaterThan(40);
    assertThat(failures).isEmpty();
  }

  private static void run(JShell shell, String source, List<String> failures) {
    for (SnippetEvent event : shell.eval(source)) {
      if (event.status() == Snippet.Status.REJECTED) {
        failures.add("rejected: " + source.strip() + " " + shell.diagnostics(event.snippet())
            .map(d -> d.getMessage(java.util.Locale.ENGLISH)).toList());
      } else if (event.exception() != null) {
        failures.add("threw " + event.exception() + ": " + source.strip());
      }
    }
  }
}
