package org.okr4j.examples;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A text file's bytes as text, and what was wrong with its encoding: UTF-8 (with or without a
 * byte-order mark) is read as it is; UTF-16 with a byte-order mark is decoded and said so; bytes
 * that are not UTF-8 are never replaced silently.
 *
 * <p>A file with bytes that are not UTF-8 is read as Windows-1252 (Latin-1 as Windows writes it) if
 * it holds no UTF-8 character of more than one byte, as a file saved by an old spreadsheet does;
 * otherwise as UTF-8 with each bad byte replaced by U+FFFD. Either way the problem names the first
 * bad byte's offset (from 0) and line.
 *
 * @param text the decoded text, without a byte-order mark
 * @param problem what was wrong with the encoding, and the line it starts on, if anything was
 */
record FileText(String text, Optional<Problem> problem) {

  /** A problem with the file's bytes, on {@code line}. */
  record Problem(int line, String reason) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static FileText decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return utf8(bytes, 3);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return utf16(bytes, StandardCharsets.UTF_16LE, "UTF-16 little-endian");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return utf16(bytes, StandardCharsets.UTF_16BE, "UTF-16 big-endian");
    }
    Optional<Charset> unmarked = unmarkedUtf16(bytes);
    if (unmarked.isPresent()) {
      FileText text = utf16(bytes, unmarked.get(), unmarked.get() == StandardCharsets.UTF_16LE
          ? "UTF-16 little-endian" : "UTF-16 big-endian");
      return new FileText(text.text(), Optional.of(new Problem(1, "the file has no byte-order "
          + "mark, but every other byte is 0: read as " + unmarked.get()
          + "; save it as UTF-8")));
    }
    return utf8(bytes, 0);
  }

  private static FileText utf8(byte[] bytes, int start) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = strict.decode(in, out, true);
    if (!result.isError()) {
      strict.flush(out);
      return new FileText(out.flip().toString(), Optional.empty());
    }
    int bad = in.position();
    int badBytes = 0;
    boolean multiByte = false;
    for (int i = start; i < bytes.length; ) {
      int length = utf8Length(bytes, i);
      if (length == 0) {
        badBytes++;
        i++;
      } else {
        multiByte |= length > 1;
        i += length;
      }
    }
    String where = "not UTF-8 at byte " + bad + " (line " + line(bytes, bad) + String.format(
        Locale.ROOT, ": 0x%02X", bytes[bad] & 0xFF) + ")";
    if (!multiByte) {
      return new FileText(new String(bytes, start, bytes.length - start, WINDOWS_1252),
          Optional.of(new Problem(line(bytes, bad), "the file is " + where + ", and holds no "
              + "UTF-8 character: read as Windows-1252 (Latin-1); save it as UTF-8")));
    }
    return new FileText(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8),
        Optional.of(new Problem(line(bytes, bad), "the file is " + where + "; " + badBytes
            + (badBytes == 1 ? " byte that is" : " bytes that are") + " not UTF-8 read as "
            + "U+FFFD (\uFFFD); save the file as UTF-8")));
  }

  private static FileText utf16(byte[] bytes, Charset charset, String name) {
    int start = startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) ? 2 : 0;
    CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = strict.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
      return new FileText(text, Optional.empty());
    } catch (CharacterCodingException e) {
      return new FileText(new String(bytes, start, bytes.length - start, charset),
          Optional.of(new Problem(1, "the file is " + name + " (its byte-order mark says so), "
              + "but not all of it: bad characters read as U+FFFD (\uFFFD); save it as UTF-8")));
    }
  }

  /** UTF-16 without a mark: most of the first bytes' even (or odd) positions hold 0. */
  private static Optional<Charset> unmarkedUtf16(byte[] bytes) {
    int sample = Math.min(bytes.length, 1_000) & ~1;
    if (sample < 4) {
      return Optional.empty();
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < sample; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = sample / 2;
    if (oddZeros * 10 >= pairs * 9 && evenZeros * 10 < pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (evenZeros * 10 >= pairs * 9 && oddZeros * 10 < pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  /** The length of the well-formed UTF-8 character at {@code i}, or 0 if there is none. */
  private static int utf8Length(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
        : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    if (length <= 1 || i + length > bytes.length) {
      return length == 1 ? 1 : 0;
    }
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT);
    try {
      strict.decode(ByteBuffer.wrap(bytes, i, length));
      return length;
    } catch (CharacterCodingException e) {
      return 0;
    }
  }

  private static int line(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    return line;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
