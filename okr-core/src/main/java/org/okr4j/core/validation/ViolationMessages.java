package org.okr4j.core.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a {@link Violation}'s message and remedy in one locale.
 *
 * <p>Immutable and thread-safe. A text is looked up by the keys {@code <code>.message},
 * {@code <code>.remedy} and (optionally) {@code <code>.why}, from the most specific locale to the
 * least, and at each step a vendor's file wins over okr4j's (okr-core's bundles, then those of
 * installed {@link ValidationRuleProvider}s such as okr-alignment's):
 * <ol>
 *   <li>overrides given to {@link #withOverrides(Map)};
 *   <li>for {@code zh_CN}, then {@code zh}, then the root: a vendor's
 *       {@code META-INF/okr4j/messages_zh_CN.properties} (any jar or directory on the class path,
 *       UTF-8), then okr4j's own bundle for that locale.
 * </ol>
 * okr4j ships English (the root) and Simplified Chinese ({@code zh}, serving {@code zh_CN},
 * {@code zh_SG} and {@code zh-Hans}). Traditional Chinese ({@code zh-Hant}, or {@code zh_TW},
 * {@code zh_HK}, {@code zh_MO} without a script) skips the {@code zh} step, so that readers of
 * Traditional characters get English rather than Simplified text unless a vendor file for their
 * country ({@code messages_zh_TW.properties}) is installed. A vendor adds a locale or
 * re-words a message without code by putting such a file on the class path. Texts name values as
 * <code>{name}</code> (see {@link Violation#values()}) and the subject's id as
 * <code>{subject}</code> (all of a violation's subjects, joined by commas, as
 * <code>{subjects}</code>); a value that has a text under {@code value.<value>} (states such as
 * {@code value.ACTIVE}, changes such as {@code value.edited}) is shown translated. A code with no text at all (a vendor rule without messages) renders as
 * its code, subject and values, and an empty remedy.
 * <pre>{@code
 * ViolationMessages zh = ViolationMessages.of(Locale.SIMPLIFIED_CHINESE);
 * String text = zh.message(violation);
 * ViolationMessages acme = ViolationMessages.of(Locale.ENGLISH)
 *     .withOverrides(Map.of("focus.key-results.too-many.message", "Too many KRs on {subject}."));
 * }</pre>
 */
public final class ViolationMessages {

  static final String VENDOR_PREFIX = "META-INF/okr4j/messages";
  private static final String BUILT_IN_PREFIX = "messages";
  private static final Map<Locale, ViolationMessages> CACHE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final Map<String, String> texts;

  private ViolationMessages(Locale locale, Map<String, String> texts) {
    this.locale = locale;
    this.texts = texts;
  }

  /**
   * The messages for {@code locale}, read once per locale from okr4j's bundles and the vendor
   * files on the thread's context class loader.
   */
  public static ViolationMessages of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return CACHE.computeIfAbsent(locale, ViolationMessages::load);
  }

  /** The messages in English. */
  public static ViolationMessages english() {
    return of(Locale.ROOT);
  }

  /** A copy in which {@code texts} (keys such as {@code <code>.message}) win over every file. */
  public ViolationMessages withOverrides(Map<String, String> texts) {
    Objects.requireNonNull(texts, "texts");
    Map<String, String> merged = new HashMap<>(this.texts);
    texts.forEach((key, text) -> merged.put(Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(text, "text")));
    return new ViolationMessages(locale, Collections.unmodifiableMap(merged));
  }

  /** The locale these messages are for. */
  public Locale locale() {
    return locale;
  }

  /** True if there is a message for {@code code} (built in, from a vendor file or overridden). */
  public boolean hasMessage(String code) {
    return texts.containsKey(Objects.requireNonNull(code, "code") + ".message");
  }

  /** The violation's message, its placeholders filled in. */
  public String message(Violation violation) {
    Objects.requireNonNull(violation, "violation");
    String text = texts.get(violation.code() + ".message");
    if (text == null) {
      return violation.code() + ": " + subjectsText(violation)
          + (violation.values().isEmpty() ? "" : " " + violation.values());
    }
    return fill(text, violation);
  }

  /** How to fix it, its placeholders filled in; empty if no remedy is written for the code. */
  public String remedy(Violation violation) {
    Objects.requireNonNull(violation, "violation");
    String text = texts.get(violation.code() + ".remedy");
    return text == null ? "" : fill(text, violation);
  }

  /**
   * Why it matters (key {@code <code>.why}), its placeholders filled in; empty if no reason is
   * written for the code.
   */
  public String why(Violation violation) {
    Objects.requireNonNull(violation, "violation");
    String text = texts.get(violation.code() + ".why");
    return text == null ? "" : fill(text, violation);
  }

  @Override
  public String toString() {
    return "ViolationMessages[" + (locale.toLanguageTag()) + ", " + texts.size() + " texts]";
  }

  private String fill(String text, Violation violation) {
    StringBuilder out = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = c == '{' ? text.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String name = text.substring(i + 1, close);
      String value = name.equals("subject") ? violation.subject().toString()
          : name.equals("subjects") ? subjectsText(violation)
          : violation.value(name);
      if (value == null) {
        out.append(text, i, close + 1);
      } else {
        out.append(texts.getOrDefault("value." + value, value));
      }
      i = close + 1;
    }
    return out.toString();
  }

  private static String subjectsText(Violation violation) {
    StringBuilder text = new StringBuilder();
    for (Object subject : violation.subjects()) {
      text.append(text.length() == 0 ? "" : ", ").append(subject);
    }
    return text.toString();
  }

  /** Reads the texts for {@code locale} afresh; {@link #of(Locale)} caches what this returns. */
  static ViolationMessages load(Locale locale) {
    // Least specific first, so that more specific texts overwrite them.
    List<String> suffixes = new ArrayList<>();
    suffixes.add("");
    if (!locale.getLanguage().isEmpty()) {
      if (!isTraditionalChinese(locale)) {
        suffixes.add("_" + locale.getLanguage());
      }
      if (!locale.getCountry().isEmpty()) {
        suffixes.add("_" + locale.getLanguage() + "_" + locale.getCountry());
      }
    }
    Map<String, String> texts = new LinkedHashMap<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (String suffix : suffixes) {
      readBuiltIn(BUILT_IN_PREFIX + suffix + ".properties", texts);
      for (ValidationRuleProvider provider : Providers.installed()) {
        readProvider(provider, suffix, texts);
      }
      if (loader != null) {
        readVendor(loader, VENDOR_PREFIX + suffix + ".properties", texts);
      }
    }
    return new ViolationMessages(locale, Collections.unmodifiableMap(texts));
  }

  /**
   * True for Chinese in Traditional characters: the script {@code Hant}, or, without a script,
   * Taiwan, Hong Kong or Macao. The {@code zh} texts are Simplified, so these skip them.
   */
  static boolean isTraditionalChinese(Locale locale) {
    if (!locale.getLanguage().equals("zh")) {
      return false;
    }
    String script = locale.getScript();
    if (!script.isEmpty()) {
      return script.equals("Hant");
    }
    String country = locale.getCountry();
    return country.equals("TW") || country.equals("HK") || country.equals("MO");
  }

  private static void readBuiltIn(String name, Map<String, String> into) {
    try (InputStream in = ViolationMessages.class.getResourceAsStream(name)) {
      if (in != null) {
        read(in, into);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read okr4j's message bundle " + name, e);
    }
  }

  private static void readProvider(ValidationRuleProvider provider, String suffix,
      Map<String, String> into) {
    try (InputStream in = provider.messages(suffix)) {
      if (in != null) {
        read(in, into);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the messages of " + provider.getClass(), e);
    }
  }

  private static void readVendor(ClassLoader loader, String name, Map<String, String> into) {
    try {
      Enumeration<URL> urls = loader.getResources(name);
      while (urls.hasMoreElements()) {
        try (InputStream in = urls.nextElement().openStream()) {
          read(in, into);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the message file " + name, e);
    }
  }

  private static void read(InputStream in, Map<String, String> into) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    for (String key : properties.stringPropertyNames()) {
      into.put(key, properties.getProperty(key));
    }
  }
}
