import { countries } from '../../core/src/countries.ts';

/** A city or region that SCO texts name, with its names in the three working languages. */
export interface Place {
  /** Stable slug, e.g. 'cholpon-ata'. */
  key: string;
  /** Names in dictionary form (Russian nominative). These are our renderings, not official ones. */
  names: { zh: string; ru: string; en: string };
  /** ISO alpha-2 of the state the place lies in. */
  countryCode: string;
}

/**
 * How a Russian place name declines. Only the last word changes (Санкт-Петербург → в Санкт-Петербурге, Чолпон-Ата →
 * в Чолпон-Ате); `fixed` names never change (Душанбе, Нью-Дели, Циндао, Алматы).
 */
type RussianDeclension =
  | 'hard' // Ташкент: Ташкента, Ташкенту, Ташкентом, Ташкенте
  | 'soft' // Тяньцзинь: Тяньцзиня, Тяньцзиню, Тяньцзинем, Тяньцзине
  | 'yot' // Шанхай: Шанхая, Шанхаю, Шанхаем, Шанхае
  | 'a' // Москва: Москвы, Москве, Москву, Москвой
  | 'feminine-soft' // Казань: Казани, Казанью
  | 'region' // Иссык-Кульская область: Иссык-Кульской области, …
  | 'fixed';

interface GazetteerEntry extends Place {
  declension: RussianDeclension;
  /** Other names of the same place: former names (Нур-Султан) and spelling variants, each with its declension. */
  aliases?: readonly { name: string; declension?: RussianDeclension }[];
}

const place = (
  key: string,
  countryCode: string,
  names: [zh: string, ru: string, en: string],
  declension: RussianDeclension,
  aliases?: GazetteerEntry['aliases'],
): GazetteerEntry => ({
  key,
  countryCode,
  names: { zh: names[0], ru: names[1], en: names[2] },
  declension,
  ...(aliases ? { aliases } : {}),
});

/** Capitals of the member and observer states and the cities where SCO bodies have met or plan to meet. */
const gazetteer: readonly GazetteerEntry[] = [
  place('moscow', 'RU', ['莫斯科', 'Москва', 'Moscow'], 'a'),
  place('saint-petersburg', 'RU', ['圣彼得堡', 'Санкт-Петербург', 'Saint Petersburg'], 'hard', [
    { name: 'St Petersburg' },
    { name: 'St. Petersburg' },
  ]),
  place('vladivostok', 'RU', ['符拉迪沃斯托克', 'Владивосток', 'Vladivostok'], 'hard'),
  place('yekaterinburg', 'RU', ['叶卡捷琳堡', 'Екатеринбург', 'Yekaterinburg'], 'hard', [{ name: 'Ekaterinburg' }]),
  place('omsk', 'RU', ['鄂木斯克', 'Омск', 'Omsk'], 'hard'),
  place('skolkovo', 'RU', ['斯科尔科沃', 'Сколково', 'Skolkovo'], 'fixed'),
  place('kazan', 'RU', ['喀山', 'Казань', 'Kazan'], 'feminine-soft'),
  place('ufa', 'RU', ['乌法', 'Уфа', 'Ufa'], 'a'),
  place('sochi', 'RU', ['索契', 'Сочи', 'Sochi'], 'fixed'),
  place('novosibirsk', 'RU', ['新西伯利亚', 'Новосибирск', 'Novosibirsk'], 'hard'),
  place('beijing', 'CN', ['北京', 'Пекин', 'Beijing'], 'hard'),
  place('shanghai', 'CN', ['上海', 'Шанхай', 'Shanghai'], 'yot'),
  place('tianjin', 'CN', ['天津', 'Тяньцзинь', 'Tianjin'], 'soft'),
  place('qingdao', 'CN', ['青岛', 'Циндао', 'Qingdao'], 'fixed'),
  place('karamay', 'CN', ['克拉玛依', 'Карамай', 'Karamay'], 'yot'),
  place('chengdu', 'CN', ['成都', 'Чэнду', 'Chengdu'], 'fixed'),
  place('harbin', 'CN', ['哈尔滨', 'Харбин', 'Harbin'], 'hard'),
  place('chongqing', 'CN', ['重庆', 'Чунцин', 'Chongqing'], 'hard'),
  place('kunming', 'CN', ['昆明', 'Куньмин', 'Kunming'], 'hard'),
  place('xian', 'CN', ['西安', 'Сиань', 'Xi’an'], 'soft', [{ name: "Xi'an" }]),
  place('urumqi', 'CN', ['乌鲁木齐', 'Урумчи', 'Urumqi'], 'fixed'),
  place('astana', 'KZ', ['阿斯塔纳', 'Астана', 'Astana'], 'a', [
    { name: 'Нур-Султан', declension: 'hard' },
    { name: 'Nur-Sultan' },
    { name: '努尔苏丹' },
  ]),
  place('almaty', 'KZ', ['阿拉木图', 'Алматы', 'Almaty'], 'fixed'),
  place('aktau', 'KZ', ['阿克套', 'Актау', 'Aktau'], 'fixed'),
  place('shymkent', 'KZ', ['奇姆肯特', 'Шымкент', 'Shymkent'], 'hard'),
  place('turkistan', 'KZ', ['突厥斯坦', 'Туркестан', 'Turkistan'], 'hard', [{ name: 'Turkestan' }]),
  place('bishkek', 'KG', ['比什凯克', 'Бишкек', 'Bishkek'], 'hard'),
  place('cholpon-ata', 'KG', ['乔蓬阿塔', 'Чолпон-Ата', 'Cholpon-Ata'], 'a'),
  place('osh', 'KG', ['奥什', 'Ош', 'Osh'], 'hard'),
  place('issyk-kul-region', 'KG', ['伊塞克湖州', 'Иссык-Кульская область', 'Issyk-Kul Region'], 'region'),
  place('dushanbe', 'TJ', ['杜尚别', 'Душанбе', 'Dushanbe'], 'fixed'),
  place('khujand', 'TJ', ['苦盏', 'Худжанд', 'Khujand'], 'hard'),
  place('tashkent', 'UZ', ['塔什干', 'Ташкент', 'Tashkent'], 'hard'),
  place('samarkand', 'UZ', ['撒马尔罕', 'Самарканд', 'Samarkand'], 'hard'),
  place('bukhara', 'UZ', ['布哈拉', 'Бухара', 'Bukhara'], 'a'),
  place('khiva', 'UZ', ['希瓦', 'Хива', 'Khiva'], 'a'),
  place('minsk', 'BY', ['明斯克', 'Минск', 'Minsk'], 'hard'),
  place('new-delhi', 'IN', ['新德里', 'Нью-Дели', 'New Delhi'], 'fixed'),
  place('goa', 'IN', ['果阿', 'Гоа', 'Goa'], 'fixed'),
  place('tehran', 'IR', ['德黑兰', 'Тегеран', 'Tehran'], 'hard'),
  place('islamabad', 'PK', ['伊斯兰堡', 'Исламабад', 'Islamabad'], 'hard'),
  place('ulaanbaatar', 'MN', ['乌兰巴托', 'Улан-Батор', 'Ulaanbaatar'], 'hard'),
  place('kabul', 'AF', ['喀布尔', 'Кабул', 'Kabul'], 'hard'),
  place('ashgabat', 'TM', ['阿什哈巴德', 'Ашхабад', 'Ashgabat'], 'hard'),
  place('baku', 'AZ', ['巴库', 'Баку', 'Baku'], 'fixed'),
  place('yerevan', 'AM', ['埃里温', 'Ереван', 'Yerevan'], 'hard'),
];

/** The forms a Russian place name takes after в/из/до/к/над…: genitive, dative, accusative, instrumental, prepositional. */
function russianForms(options: { name: string; declension: RussianDeclension }): string[] {
  const { name, declension } = options;
  const stem = name.slice(0, -1);
  switch (declension) {
    case 'hard':
      return [`${name}а`, `${name}у`, `${name}ом`, `${name}е`];
    case 'soft':
      return [`${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
    case 'yot':
      return [`${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
    case 'a': {
      // After к, г, х, ж, ш, ч, щ Russian spelling writes и, not ы.
      const genitive = /[кгхжшчщ]$/.test(stem) ? `${stem}и` : `${stem}ы`;
      return [genitive, `${stem}е`, `${stem}у`, `${stem}ой`];
    }
    case 'feminine-soft':
      return [`${stem}и`, `${name}ю`];
    case 'region': {
      const [adjective, noun] = name.split(' ') as [string, string];
      const adjectiveStem = adjective.slice(0, -2);
      const nounStem = noun.slice(0, -1);
      return [`${adjectiveStem}ой ${nounStem}и`, `${adjectiveStem}ую ${noun}`, `${adjectiveStem}ой ${nounStem}ью`];
    }
    case 'fixed':
      return [];
  }
}

interface RussianForm {
  entry: GazetteerEntry;
  /** The dictionary form this form belongs to: the entry's name or an alias (Нур-Султане → Нур-Султан). */
  nominative: string;
}

const russianFormIndex = new Map<string, RussianForm>();
for (const entry of gazetteer) {
  const russianNames = [
    { name: entry.names.ru, declension: entry.declension },
    ...(entry.aliases ?? []).flatMap((alias) =>
      alias.declension && /\p{Script=Cyrillic}/u.test(alias.name)
        ? [{ name: alias.name, declension: alias.declension }]
        : [],
    ),
  ];
  for (const { name, declension } of russianNames) {
    for (const form of [name, ...russianForms({ name, declension })]) {
      russianFormIndex.set(form, { entry, nominative: name });
    }
  }
}

const nameIndex = new Map<string, GazetteerEntry>();
for (const entry of gazetteer) {
  for (const name of [entry.names.zh, entry.names.ru, entry.names.en, ...(entry.aliases ?? []).map((a) => a.name)]) {
    nameIndex.set(name.toLowerCase(), entry);
  }
}

/**
 * The place a text names, by any of its names in Chinese, Russian or English (dictionary form, or a former name or
 * spelling such as Нур-Султан or St Petersburg; Latin names in any letter case); null when the gazetteer does not
 * know it. Oblique Russian forms (в Ташкенте) are read by {@link nominativeRussianPlace} first.
 */
export function placeNamed(name: string): Place | null {
  const entry = nameIndex.get(name.trim().toLowerCase());
  return entry ? { key: entry.key, names: { ...entry.names }, countryCode: entry.countryCode } : null;
}

// Words that introduce a place and are not part of its name: в городе Ташкенте, в г. Ташкенте, города Москвы.
const russianPlaceLead = /^(?:(?:в|во|из|до|к|ко|на|под)\s+)?(?:(?:город(?:а|е|у|ом)?|г\.)\s*)?/u;

/**
 * The dictionary form of a Russian place name as texts inflect it: "в городе Ташкенте" → "Ташкент", "Ташкента" →
 * "Ташкент", "в Чолпон-Ате" → "Чолпон-Ата", "в Санкт-Петербурге" → "Санкт-Петербург", "в Нью-Дели" → "Нью-Дели"
 * (indeclinable), "в Нур-Султане" → "Нур-Султан" (the former name is kept, not replaced by Астана). A leading
 * preposition and "город"/"г." are dropped. Null when the gazetteer does not know the place; states are not read
 * here (the Russian parser has its own table of state names in every case).
 */
export function nominativeRussianPlace(form: string): string | null {
  const bare = form.trim().replace(russianPlaceLead, '').trim();
  return russianFormIndex.get(bare)?.nominative ?? null;
}

const aliasCountry = new Map(
  countries.flatMap((country) => country.aliases.map((alias) => [alias, country.code] as const)),
);

/**
 * The ISO code of the state a place lies in, from its name in any working language (Ташкент, 塔什干, Tashkent, or an
 * oblique Russian form), or a state's own name; null when unknown. "比什凯克和乔蓬阿塔" and "Бишкек и Чолпон-Ата"
 * resolve through their first city.
 */
export function countryOfPlace(place: string | null): string | null {
  if (!place) return null;
  const direct =
    placeNamed(place)?.countryCode ?? russianFormIndex.get(place)?.entry.countryCode ?? aliasCountry.get(place);
  if (direct) return direct;
  const lower = place.toLowerCase();
  for (const [name, entry] of nameIndex) {
    // Han script has no spaces, so a Chinese name may run straight into the next word; other scripts need a break.
    const fits = /\p{Script=Han}/u.test(name) || !/^\p{L}/u.test(lower.slice(name.length));
    if (lower.startsWith(name) && fits) return entry.countryCode;
  }
  for (const [alias, code] of aliasCountry) if (place.includes(alias)) return code;
  return null;
}
