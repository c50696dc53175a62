/** ISO 3166-2: the country's alpha-2 code, a hyphen, and one to three letters or digits. */
export const regionCodePattern = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/** Whether a subdivision code belongs to the country (its prefix is the country's code). */
export const isRegionCodeOf = (options: { regionCode: string; countryCode: string }): boolean =>
  regionCodePattern.test(options.regionCode) && options.regionCode.startsWith(`${options.countryCode}-`);

const languageNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** A two-letter ISO 639-1 code that the runtime's language data knows. */
export const isLanguageCode = (code: string): boolean =>
  /^[a-z]{2}$/.test(code) && languageNames.of(code) !== undefined;
