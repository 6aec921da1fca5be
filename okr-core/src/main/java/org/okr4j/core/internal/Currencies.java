package org.okr4j.core.internal;

import java.util.Currency;
import java.util.HashSet;
import java.util.Set;

/**
 * The ISO 4217 currency codes the JDK knows ({@link Currency#getAvailableCurrencies()}, which
 * keeps some withdrawn codes): validation and import ask the same question.
 */
public final class Currencies {

  private static final Set<String> CODES = codes();

  private Currencies() {}

  /** True if {@code code} is a currency code of ISO 4217 that the JDK knows ("USD", not "NPS"). */
  public static boolean isKnown(String code) {
    return CODES.contains(code);
  }

  private static Set<String> codes() {
    Set<String> codes = new HashSet<>();
    for (Currency currency : Currency.getAvailableCurrencies()) {
      codes.add(currency.getCurrencyCode());
    }
    return Set.copyOf(codes);
  }
}
