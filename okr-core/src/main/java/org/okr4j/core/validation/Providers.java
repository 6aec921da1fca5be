package org.okr4j.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The installed {@link ValidationRuleProvider}s, found once through {@link ServiceLoader}. */
final class Providers {

  private static volatile List<ValidationRuleProvider> installed;

  private Providers() {}

  /** The providers on the module or class path, in the order ServiceLoader lists them. */
  static List<ValidationRuleProvider> installed() {
    List<ValidationRuleProvider> providers = installed;
    if (providers == null) {
      List<ValidationRuleProvider> found = new ArrayList<>();
      ServiceLoader.load(ValidationRuleProvider.class, Providers.class.getClassLoader())
          .forEach(found::add);
      providers = List.copyOf(found);
      installed = providers;
    }
    return providers;
  }
}
