package org.okr4j.core.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The keys of okr4j's own message bundle for one locale (the root or Chinese), for tests. */
final class BundleKeys {

  private BundleKeys() {}

  static Set<String> of(Locale locale) {
    String name = locale.getLanguage().isEmpty() ? "messages.properties"
        : "messages_" + locale.getLanguage() + ".properties";
    Properties properties = new Properties();
    try (InputStream in = ViolationMessages.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> keys = new TreeSet<>(properties.stringPropertyNames());
    keys.removeIf(key -> key.startsWith("value."));
    return keys;
  }
}
