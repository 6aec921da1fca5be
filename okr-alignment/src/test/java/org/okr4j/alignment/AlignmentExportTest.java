package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.okr4j.alignment.Fixtures.COMPANY;
import static org.okr4j.alignment.Fixtures.DEPARTMENT;
import static org.okr4j.alignment.Fixtures.TEAM;
import static org.okr4j.alignment.Fixtures.objective;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okr4j.core.Alignment;
import org.okr4j.core.AlignmentKind;
import org.okr4j.core.Commitment;
import org.okr4j.core.ObjectiveId;
import org.okr4j.core.OkrSet;

class AlignmentExportTest {

  static ObjectiveId id(String value) {
    return ObjectiveId.of(value);
  }

  static final OkrSet SET = Fixtures.set(
      objective("c", COMPANY, "co"),
      objective("d", DEPARTMENT, "sales", "c").commitment(Commitment.COMMITTED),
      objective("s", DEPARTMENT, "product")
          .addAlignments(Alignment.of(id("c"), AlignmentKind.SUPPORTS, 1)),
      objective("t", TEAM, "emea").addAlignments(Alignment.contributesTo(Fixtures.kr("d"))),
      objective("x", TEAM, "web", "y").title("Loop \"x\"\\"),
      objective("y", TEAM, "web", "x"));

  static final NodeStyle DONE = NodeStyle.of("done", "#c8e6c9");
  static final NodeStyle FLAGGED = NodeStyle.of("flagged", "#ffcdd2").withBorder("#b00020");

  static AlignmentExport styled() {
    return AlignmentExport.of(AlignmentGraph.of(SET))
        .withLabel(o -> o.title() + " (" + o.keyResults().size() + ")")
        .withStyle(o -> o.isCommitted() ? FLAGGED : o.id().value().equals("c") ? DONE
            : NodeStyle.PLAIN);
  }

  @Nested
  class Dot {
    @Test
    void byDefaultShowsIdAndTitleInPlainGrey() {
      String dot = AlignmentExport.of(AlignmentGraph.of(SET)).toDot();
      assertThat(dot).isEqualTo("digraph okr {\n  rankdir=BT;\n"
          + "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n"
          + "  \"c\" [label=\"c\\nObjective c\", fillcolor=\"#eeeeee\"];\n"
          + "  \"d\" [label=\"d\\nObjective d\", fillcolor=\"#eeeeee\"];\n"
          + "  \"s\" [label=\"s\\nObjective s\", fillcolor=\"#eeeeee\"];\n"
          + "  \"t\" [label=\"t\\nObjective t\", fillcolor=\"#eeeeee\"];\n"
          + "  \"x\" [label=\"x\\nLoop \\\"x\\\"\\\\\", fillcolor=\"#eeeeee\"];\n"
          + "  \"y\" [label=\"y\\nObjective y\", fillcolor=\"#eeeeee\"];\n"
          + "  \"d\" -> \"c\";\n"
          + "  \"s\" -> \"c\" [style=dashed];\n"
          + "  \"t\" -> \"d\";\n"
          + "  \"x\" -> \"y\";\n"
          + "  \"y\" -> \"x\";\n"
          + "}\n");
    }

    @Test
    void takesLabelsAndStylesFromTheCaller() {
      String dot = styled().toDot();
      assertThat(dot).contains(
          "  \"c\" [label=\"Objective c (1)\", fillcolor=\"#c8e6c9\"];\n",
          "  \"d\" [label=\"Objective d (1)\", fillcolor=\"#ffcdd2\", color=\"#b00020\","
              + " penwidth=2];\n",
          "  \"s\" [label=\"Objective s (1)\", fillcolor=\"#eeeeee\"];\n");
      assertThat(dot).isEqualTo(styled().toDot());
    }

    @Test
    void subtreeKeepsTheRootAndEverythingBelow() {
      String dot = styled().subtree(id("d")).toDot();
      assertThat(dot).contains("\"d\" [", "\"t\" [", "\"t\" -> \"d\";")
          .doesNotContain("\"c\" [", "\"x\" [", "\"d\" -> \"c\"");
      assertThat(styled().subtree(id("x")).toDot()).contains("\"x\" -> \"y\";", "\"y\" -> \"x\";");
      assertThatIllegalArgumentException().isThrownBy(() -> styled().subtree(id("nope")))
          .withMessage("objective must be in the graph's set, but was nope");
    }
  }

  @Nested
  class Mermaid {
    @Test
    void definesOneClassPerStyleInFirstUse() {
      assertThat(styled().toMermaid()).isEqualTo("flowchart BT\n"
          + "  n0[\"Objective c (1)\"]:::done\n"
          + "  n1[\"Objective d (1)\"]:::flagged\n"
          + "  n2[\"Objective s (1)\"]:::none\n"
          + "  n3[\"Objective t (1)\"]:::none\n"
          + "  n4[\"Loop #quot;x#quot;\\ (1)\"]:::none\n"
          + "  n5[\"Objective y (1)\"]:::none\n"
          + "  n1 --> n0\n"
          + "  n2 -.-> n0\n"
          + "  n3 --> n1\n"
          + "  n4 --> n5\n"
          + "  n5 --> n4\n"
          + "  classDef done fill:#c8e6c9\n"
          + "  classDef flagged fill:#ffcdd2,stroke:#b00020,stroke-width:2px\n"
          + "  classDef none fill:#eeeeee\n");
    }

    @Test
    void breaksLinesAndLimitsToTheSubtree() {
      AlignmentExport export = AlignmentExport.of(AlignmentGraph.of(SET));
      assertThat(export.toMermaid()).contains("  n0[\"c<br/>Objective c\"]:::none\n");
      assertThat(export.subtree(id("d")).toMermaid()).contains("n3 --> n1")
          .doesNotContain("n0[", "n1 --> n0");
    }

    @Test
    void rejectsTwoStylesUnderOneName() {
      AlignmentExport export = AlignmentExport.of(AlignmentGraph.of(SET))
          .withStyle(o -> o.isCommitted() ? NodeStyle.of("none", "red") : NodeStyle.PLAIN);
      assertThatIllegalArgumentException().isThrownBy(export::toMermaid).withMessage(
          "node styles named none must be equal, one Mermaid class each, but was"
              + " 'NodeStyle[none, fill #eeeeee] and NodeStyle[none, fill red]'");
    }
  }

  @Test
  void nullsAreRejected() {
    AlignmentExport export = AlignmentExport.of(AlignmentGraph.of(SET));
    assertThatNullPointerException().isThrownBy(() -> export.withLabel(null));
    assertThatNullPointerException().isThrownBy(() -> export.withStyle(null));
    assertThatNullPointerException().isThrownBy(() -> AlignmentExport.of(null));
    assertThatNullPointerException().isThrownBy(() -> export.withLabel(o -> null).toDot())
        .withMessage("label of c");
    assertThatNullPointerException().isThrownBy(() -> export.withStyle(o -> null).toMermaid())
        .withMessage("style of c");
  }

  @Nested
  class NodeStyles {
    @Test
    void valueSemantics() {
      new EqualsTester()
          .addEqualityGroup(NodeStyle.of("a", "#fff"), NodeStyle.of("a", "#fff"))
          .addEqualityGroup(NodeStyle.of("b", "#fff"))
          .addEqualityGroup(NodeStyle.of("a", "#000"))
          .addEqualityGroup(NodeStyle.of("a", "#fff").withBorder("red"))
          .addEqualityGroup(NodeStyle.of("a", "#fff").withBorder("blue"))
          .testEquals();
      new NullPointerTester().testAllPublicStaticMethods(NodeStyle.class);
      new NullPointerTester().testAllPublicInstanceMethods(NodeStyle.PLAIN);
      assertThat(FLAGGED).hasToString("NodeStyle[flagged, fill #ffcdd2, border #b00020]");
      assertThat(FLAGGED.border()).hasValue("#b00020");
      assertThat(DONE.border()).isEmpty();
      assertThat(DONE.name()).isEqualTo("done");
      assertThat(DONE.fill()).isEqualTo("#c8e6c9");
    }

    @Test
    void acceptsHexColoursAndColourNames() {
      for (String colour : new String[] {"#abc", "#abcd", "#A0B1C2", "#a0b1c2ff", "orange",
          "azAZ", "a".repeat(32)}) {
        assertThat(NodeStyle.of("n1", colour).fill()).isEqualTo(colour);
      }
    }

    @Test
    void rejectsWhatWouldNeedEscaping() {
      for (String colour : new String[] {"", "#", "#ab", "#abcde", "#abcdefg", "#ggg", "red;x",
          "light blue", "a".repeat(33), "a`", "a{", "A@", "A[", "#12345"}) {
        assertThatIllegalArgumentException().isThrownBy(() -> NodeStyle.of("n", colour))
            .withMessageStartingWith("node style fill must be #rgb, #rrggbb (optionally with"
                + " alpha) or a colour name, but was");
      }
      assertThatIllegalArgumentException().isThrownBy(() -> DONE.withBorder("\"red\""))
          .withMessageStartingWith("node style border must be");
      for (String name : new String[] {"", "1a", "a-b", "a b", "é", "`a", "{a", "@a", "[a", "a/",
          "a:"}) {
        assertThatIllegalArgumentException().isThrownBy(() -> NodeStyle.of(name, "red"))
            .withMessage("node style name must be a letter followed by letters and digits, but"
                + " was '" + name + "'");
      }
      assertThat(NodeStyle.of("aZ09", "#fff").name()).isEqualTo("aZ09");
      assertThat(NodeStyle.of("Az", "#fff").name()).isEqualTo("Az");
    }
  }

  @Nested
  class Escaping {
    @Test
    void mermaidLabelsEscapeWhatMermaidAndHtmlRead() {
      assertThat(AlignmentExport.mermaidEscape("<b>R&D</b> #1 \"top\"\r\nnext\rlast\u0007"))
          .isEqualTo("#lt;b#gt;R#amp;D#lt;/b#gt; #35;1 #quot;top#quot;<br/>next<br/>last#7;");
      assertThat(AlignmentExport.mermaidEscape("增长 plain")).isEqualTo("增长 plain");
    }

    @Test
    void dotLabelsEscapeQuotesBackslashesAndControlCharacters() {
      assertThat(AlignmentExport.dotEscape("a\"b\\c\r\nd\u0007e\rf"))
          .isEqualTo("a\\\"b\\\\c\\nd\\\\u0007e\\nf");
      assertThat(AlignmentExport.dotEscape("<b>#&")).isEqualTo("<b>#&");
    }

    @Test
    void aCarriageReturnAtTheEndIsALineBreakInBoth() {
      // Only a return followed by a newline is dropped; the text's last character has none.
      assertThat(AlignmentExport.mermaidEscape("last\r")).isEqualTo("last<br/>");
      assertThat(AlignmentExport.dotEscape("last\r")).isEqualTo("last\\n");
      assertThat(AlignmentExport.mermaidEscape("\r\n")).isEqualTo("<br/>");
      assertThat(AlignmentExport.dotEscape("\r\n")).isEqualTo("\\n");
    }

    @Test
    void aHostileTitleStaysInsideItsLabel() {
      OkrSet set = Fixtures.set(objective("c", COMPANY, "co")
          .title("x\"]:::evil\n  click n0 call alert(1)\n%% <script>"));
      String mermaid = AlignmentExport.of(AlignmentGraph.of(set)).toMermaid();
      assertThat(mermaid).isEqualTo("flowchart BT\n"
          + "  n0[\"c<br/>x#quot;]:::evil<br/>  click n0 call alert(1)<br/>%% #lt;script#gt;\"]"
          + ":::none\n"
          + "  classDef none fill:#eeeeee\n");
      assertThat(mermaid.lines()).hasSize(3);
      assertThat(AlignmentExport.of(AlignmentGraph.of(set)).toDot().lines()).hasSize(5);
    }
  }

  @Nested
  class Fonts {
    @Test
    void dotNamesTheChosenFontFamily() {
      AlignmentExport export = AlignmentExport.of(AlignmentGraph.of(SET));
      assertThat(export.font()).isEqualTo("Helvetica");
      assertThat(export.withFont("Noto Sans CJK SC").toDot()).contains(
          "node [shape=box, style=\"rounded,filled\", fontname=\"Noto Sans CJK SC\"];");
      assertThat(export.withFont("Noto Sans CJK SC").subtree(id("d")).font())
          .isEqualTo("Noto Sans CJK SC");
    }

    @Test
    void rejectsAFamilyThatWouldBreakTheFile() {
      AlignmentExport export = AlignmentExport.of(AlignmentGraph.of(SET));
      assertThatIllegalArgumentException().isThrownBy(() -> export.withFont("a\" b"))
          .withMessageStartingWith("font family must be a plain name").withMessageEndingWith(
              "but was 'a\" b'");
      assertThatIllegalArgumentException().isThrownBy(() -> export.withFont(" "));
      assertThatIllegalArgumentException().isThrownBy(() -> export.withFont("a\\b"));
      assertThatIllegalArgumentException().isThrownBy(() -> export.withFont("a\nb"));
      assertThatNullPointerException().isThrownBy(() -> export.withFont(null));
    }
  }
}
