import type { Language } from './localized-text.ts';

/**
 * The SCO's member states and the other states its texts name. Status as of the Tianjin summit (September 2025).
 * Source: SCO Secretariat, "About SCO" (eng.sectsco.org), and the 24th Heads of Government communiqué.
 * `aliases` holds the forms the communiqués use (long official names, short names) so ingestion can resolve them.
 */
export const countryStatuses = ['member', 'observer', 'dialogue_partner', 'guest'] as const;
export type CountryStatus = (typeof countryStatuses)[number];

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  status: CountryStatus;
  name: Record<Language, string>;
  /** Every form a text may use for this state, in any language (longest forms first is not required). */
  aliases: string[];
}

const country = (
  code: string,
  status: CountryStatus,
  zh: string,
  ru: string,
  en: string,
  aliases: string[],
): Country => ({
  code,
  status,
  name: { zh, ru, en },
  aliases: [zh, ru, en, ...aliases],
});

export const countries: readonly Country[] = [
  country('BY', 'member', '白俄罗斯', 'Беларусь', 'Belarus', [
    '白俄罗斯共和国',
    'Республика Беларусь',
    'Republic of Belarus',
  ]),
  country('IN', 'member', '印度', 'Индия', 'India', ['印度共和国', 'Республика Индия', 'Republic of India']),
  country('IR', 'member', '伊朗', 'Иран', 'Iran', [
    '伊朗伊斯兰共和国',
    'Исламская Республика Иран',
    'Islamic Republic of Iran',
  ]),
  country('KZ', 'member', '哈萨克斯坦', 'Казахстан', 'Kazakhstan', [
    '哈萨克斯坦共和国',
    'Республика Казахстан',
    'Republic of Kazakhstan',
  ]),
  country('CN', 'member', '中国', 'Китай', 'China', [
    '中华人民共和国',
    'Китайская Народная Республика',
    "People's Republic of China",
    '中方',
  ]),
  country('KG', 'member', '吉尔吉斯斯坦', 'Кыргызстан', 'Kyrgyzstan', [
    '吉尔吉斯共和国',
    'Кыргызская Республика',
    'Kyrgyz Republic',
  ]),
  country('PK', 'member', '巴基斯坦', 'Пакистан', 'Pakistan', [
    '巴基斯坦伊斯兰共和国',
    'Исламская Республика Пакистан',
    'Islamic Republic of Pakistan',
  ]),
  country('RU', 'member', '俄罗斯', 'Россия', 'Russia', ['俄罗斯联邦', 'Российская Федерация', 'Russian Federation']),
  country('TJ', 'member', '塔吉克斯坦', 'Таджикистан', 'Tajikistan', [
    '塔吉克斯坦共和国',
    'Республика Таджикистан',
    'Republic of Tajikistan',
  ]),
  country('UZ', 'member', '乌兹别克斯坦', 'Узбекистан', 'Uzbekistan', [
    '乌兹别克斯坦共和国',
    'Республика Узбекистан',
    'Republic of Uzbekistan',
  ]),
  country('AF', 'observer', '阿富汗', 'Афганистан', 'Afghanistan', []),
  country('MN', 'observer', '蒙古国', 'Монголия', 'Mongolia', ['蒙古']),
  country('AZ', 'dialogue_partner', '阿塞拜疆', 'Азербайджан', 'Azerbaijan', []),
  country('AM', 'dialogue_partner', '亚美尼亚', 'Армения', 'Armenia', []),
  country('BH', 'dialogue_partner', '巴林', 'Бахрейн', 'Bahrain', []),
  country('EG', 'dialogue_partner', '埃及', 'Египет', 'Egypt', []),
  country('KH', 'dialogue_partner', '柬埔寨', 'Камбоджа', 'Cambodia', []),
  country('QA', 'dialogue_partner', '卡塔尔', 'Катар', 'Qatar', []),
  country('KW', 'dialogue_partner', '科威特', 'Кувейт', 'Kuwait', []),
  country('LA', 'dialogue_partner', '老挝', 'Лаос', 'Laos', []),
  country('MV', 'dialogue_partner', '马尔代夫', 'Мальдивы', 'Maldives', []),
  country('MM', 'dialogue_partner', '缅甸', 'Мьянма', 'Myanmar', []),
  country('NP', 'dialogue_partner', '尼泊尔', 'Непал', 'Nepal', []),
  country('AE', 'dialogue_partner', '阿联酋', 'ОАЭ', 'United Arab Emirates', ['阿拉伯联合酋长国']),
  country('SA', 'dialogue_partner', '沙特阿拉伯', 'Саудовская Аравия', 'Saudi Arabia', []),
  country('TR', 'dialogue_partner', '土耳其', 'Турция', 'Türkiye', ['Turkey']),
  country('LK', 'dialogue_partner', '斯里兰卡', 'Шри-Ланка', 'Sri Lanka', []),
  country('TM', 'guest', '土库曼斯坦', 'Туркменистан', 'Turkmenistan', []),
];

export const memberCountryCodes: readonly string[] = countries.filter((c) => c.status === 'member').map((c) => c.code);

const byCode = new Map(countries.map((c) => [c.code, c]));

export function findCountry(code: string): Country | undefined {
  return byCode.get(code.toUpperCase());
}

export function isCountryCode(code: string): boolean {
  return byCode.has(code.toUpperCase());
}
