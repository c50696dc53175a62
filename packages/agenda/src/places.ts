import { countries } from '../../core/src/countries.ts';

/**
 * Which state a place named in a communiqué lies in, so events can be attributed to their host country.
 * Cities first; a place that is itself a state name resolves through the country aliases.
 */
const cityCountry: Record<string, string> = {
  莫斯科: 'RU',
  符拉迪沃斯托克: 'RU',
  叶卡捷琳堡: 'RU',
  鄂木斯克: 'RU',
  斯科尔科沃: 'RU',
  喀山: 'RU',
  圣彼得堡: 'RU',
  天津: 'CN',
  克拉玛依: 'CN',
  成都: 'CN',
  青岛: 'CN',
  上海: 'CN',
  北京: 'CN',
  哈尔滨: 'CN',
  重庆: 'CN',
  昆明: 'CN',
  阿克套: 'KZ',
  阿斯塔纳: 'KZ',
  阿拉木图: 'KZ',
  杜尚别: 'TJ',
  撒马尔罕: 'UZ',
  塔什干: 'UZ',
  比什凯克: 'KG',
  乔蓬阿塔: 'KG',
  伊塞克湖州: 'KG',
  明斯克: 'BY',
  新德里: 'IN',
  德黑兰: 'IR',
  伊斯兰堡: 'PK',
};

const aliasCountry = new Map(
  countries.flatMap((country) => country.aliases.map((alias) => [alias, country.code] as const)),
);

/** The ISO code of the state a place lies in, or null when unknown. "比什凯克和乔蓬阿塔" resolves through its first city. */
export function countryOfPlace(place: string | null): string | null {
  if (!place) return null;
  const direct = cityCountry[place] ?? aliasCountry.get(place);
  if (direct) return direct;
  for (const [city, code] of Object.entries(cityCountry)) if (place.startsWith(city)) return code;
  for (const [alias, code] of aliasCountry) if (place.includes(alias)) return code;
  return null;
}
