/** ISO 4217 codes the runtime knows (its ICU data), the list every amount's currency is checked against. */
export const currencyCodes: readonly string[] = Intl.supportedValuesOf('currency');

const knownCurrencies = new Set(currencyCodes);

export const isCurrencyCode = (code: string): boolean => knownCurrencies.has(code);

const namers = {
  zh: new Intl.DisplayNames('zh', { type: 'currency' }),
  ru: new Intl.DisplayNames('ru', { type: 'currency' }),
  en: new Intl.DisplayNames('en', { type: 'currency' }),
};

/** A currency's name in the three languages, as CLDR (the Unicode locale data) gives it. */
export const currencyNameOf = (code: string) => ({
  zh: namers.zh.of(code) ?? code,
  ru: namers.ru.of(code) ?? code,
  en: namers.en.of(code) ?? code,
});

export const currencySource =
  'ISO 4217 currency codes as listed by the server runtime (Intl.supportedValuesOf, ICU data); names from the Unicode CLDR.';
