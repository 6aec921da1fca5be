package org.okr4j.core.internal;

import java.util.Currency;
import java.util.HashSet;
import java.util.Set;

/**
 * The ISO 4217 currency codes the JDK knows ({@link Currency#getAvailableCurrencies()}, which
 * keeps some withdrawn codes): validation and import ask the same question.
 *
 * <p>The list is ISO 4217's whole list, so it holds codes that are no money one pays with: the
 * precious metals ({@code XAU}, {@code XAG}, {@code XPT}, {@code XPD}), the IMF's special drawing
 * right ({@code XDR}), fund codes ({@code CHE}, {@code CLF}, {@code USN} and others), the code
 * reserved for testing ({@code XTS}) and the one for no currency ({@code XXX}). They are kept:
 * each is an ISO 4217 code, which is all {@code measure.currency.unknown} and the Viva Goals
 * unit column promise, and a key result counted in {@code XAU} is counted in gold. None of them
 * is a label a team counts in ({@code NPS}, {@code OKR}, {@code FTE} are not on the list), so a
 * Viva Goals unit is not mistaken for one; a host that wants legal tender only can add a rule.
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
