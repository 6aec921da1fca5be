package org.okr4j.alignment;

import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.internal.Guards;

/**
 * How {@link AlignmentExport} draws one objective: a fill colour, and optionally a bold border,
 * under a name that Mermaid uses as the node's class.
 *
 * <p>Immutable and thread-safe. Colours are {@code #rgb}, {@code #rrggbb} (with an optional alpha
 * pair) or a plain colour name ({@code orange}), which both Graphviz and Mermaid understand; names
 * are a letter followed by letters and digits. Styles with the same name are expected to be equal:
 * Mermaid defines a class once.
 * <pre>{@code
 * NodeStyle onTrack = NodeStyle.of("onTrack", "#c8e6c9");
 * NodeStyle flagged = onTrack.withBorder("#b00020");
 * AlignmentExport.of(graph).withStyle(o -> o.isCommitted() ? flagged : onTrack).toDot();
 * }</pre>
 */
public final class NodeStyle {

  /** The default: light grey, no border, class {@code none}. */
  public static final NodeStyle PLAIN = of("none", "#eeeeee");

  private final String name;
  private final String fill;
  private final String border;

  private NodeStyle(String name, String fill, String border) {
    this.name = name;
    this.fill = fill;
    this.border = border;
  }

  /**
   * A style filled with {@code fill}, without a border.
   *
   * @throws IllegalArgumentException if the name is not a letter followed by letters and digits,
   *     or the colour is neither a hex colour nor a plain colour name
   */
  public static NodeStyle of(String name, String fill) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fill, "fill");
    Guards.check(isName(name), "node style name", "be a letter followed by letters and digits",
        name);
    return new NodeStyle(name, colour("node style fill", fill), null);
  }

  /**
   * A copy drawn with a bold border of {@code colour}.
   *
   * @throws IllegalArgumentException if the colour is neither a hex colour nor a colour name
   */
  public NodeStyle withBorder(String colour) {
    return new NodeStyle(name, fill, colour("node style border", colour));
  }

  /** Its name: the node's class in Mermaid. */
  public String name() {
    return name;
  }

  /** The fill colour. */
  public String fill() {
    return fill;
  }

  /** The colour of the bold border, if it has one. */
  public Optional<String> border() {
    return Optional.ofNullable(border);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NodeStyle that && name.equals(that.name) && fill.equals(that.fill)
        && Objects.equals(border, that.border);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, fill, border);
  }

  /** For example {@code NodeStyle[onTrack, fill #c8e6c9, border #b00020]}. */
  @Override
  public String toString() {
    return "NodeStyle[" + name + ", fill " + fill + (border == null ? "" : ", border " + border)
        + "]";
  }

  private static boolean isName(String text) {
    if (text.isEmpty() || !isAsciiLetter(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** {@code #} and 3, 4, 6 or 8 hex digits, or a name of ASCII letters: nothing to escape. */
  private static String colour(String attribute, String colour) {
    Objects.requireNonNull(colour, attribute);
    boolean ok;
    if (colour.startsWith("#")) {
      int digits = colour.length() - 1;
      ok = digits == 3 || digits == 4 || digits == 6 || digits == 8;
      for (int i = 1; i < colour.length() && ok; i++) {
        ok = Character.digit(colour.charAt(i), 16) >= 0;
      }
    } else {
      ok = !colour.isEmpty() && colour.length() <= 32;
      for (int i = 0; i < colour.length() && ok; i++) {
        ok = isAsciiLetter(colour.charAt(i));
      }
    }
    Guards.check(ok, attribute, "be #rgb, #rrggbb (optionally with alpha) or a colour name",
        colour);
    return colour;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
