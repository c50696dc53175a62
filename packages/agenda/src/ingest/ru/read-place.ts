import { countryOfPlace, nominativeRussianPlace } from '../../places.ts';
import { russianCountryNamed } from './country-names.ts';

export interface ReadPlace {
  /** Dictionary form: "Ташкент", "Республика Индия", "Бишкек и Чолпон-Ата"; as written when unknown. */
  place: string;
  countryCode: string | null;
}

// "в (городе|г.) X": a capitalised name, possibly of several words (Исламской Республике Пакистан, Бишкеке и
// Чолпон-Ате). Word characters include the hyphen of Чолпон-Ата and Нью-Дели.
const placeWord = '[А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]*)*';
export const russianPlacePatternSource = String.raw`(?<![\p{L}])[вВ]о?\s+(?:городе\s+|г\.\s*)?(${placeWord}(?:\s+(?:и\s+)?${placeWord})*)`;
const leadingPlaceWords = /^(?:[вВ]о?\s+)?(?:городе\s+|г\.\s*)?/u;
// Capitalised words after "в" that begin something other than a place.
const notAPlace = /^(?:Шанхайск|ШОС|Совет|Организаци|Устав|Программ|Стратеги|Концепци|Декларац|Соглашени|Год|Повестк)/u;

/**
 * Reads a place phrase into its dictionary form: a city of the gazetteer in any case ("в городе Ташкенте" →
 * Ташкент), a state in any case ("в Республике Индия" → Республика Индия), two places joined by "и" (в Бишкеке и
 * Чолпон-Ате → Бишкек и Чолпон-Ата). A trailing parenthesis naming the state is dropped. Returns null for phrases
 * that cannot be a place (в Шанхайской организации сотрудничества). Unknown names are kept as written, without
 * the preposition, since their nominative cannot be told reliably.
 */
export function readRussianPlace(phrase: string): ReadPlace | null {
  const bare = phrase
    .replace(/\s*\([^()]*\)\s*$/u, '')
    .replace(leadingPlaceWords, '')
    .trim();
  if (!bare || notAPlace.test(bare)) return null;
  return nominativeOf(bare) ?? readPair(bare) ?? { place: bare, countryCode: countryOfPlace(bare) };
}

/**
 * The first place a sentence names after "в/во": the longest run of capitalised words that reads as a known city
 * or state, else the first capitalised word as written. Null when the sentence names none.
 */
export function findRussianPlace(text: string): (ReadPlace & { index: number; length: number }) | null {
  for (const match of text.matchAll(new RegExp(russianPlacePatternSource, 'gu'))) {
    const read = resolvePlaceWords(match[1]!);
    if (!read) continue;
    const length = match[0].length - (match[1]!.length - read.written.length);
    return { ...read.place, index: match.index, length };
  }
  return null;
}

/**
 * The place named at the very start of the text ("в Казахстане Регионального климатического саммита" → Казахстан,
 * covering "в Казахстане"), with how many characters it takes; null when the text does not start with one.
 */
export function readRussianPlaceAt(text: string): (ReadPlace & { length: number }) | null {
  const match = new RegExp(`^\\s*${russianPlacePatternSource}`, 'u').exec(text);
  const read = match ? resolvePlaceWords(match[1]!) : null;
  if (!match || !read) return null;
  return { ...read.place, length: match[0].length - (match[1]!.length - read.written.length) };
}

/** The longest leading run of the words that is a known place, else the first word when it may be one. */
function resolvePlaceWords(run: string): { place: ReadPlace; written: string } | null {
  const words = run.split(/\s+/u);
  for (let count = words.length; count >= 1; count -= 1) {
    const candidate = words.slice(0, count).join(' ');
    if (candidate.endsWith(' и')) continue;
    const known = nominativeOf(candidate) ?? readPair(candidate);
    if (known) return { place: known, written: candidate };
  }
  const first = words[0]!;
  return notAPlace.test(first) ? null : { place: { place: first, countryCode: countryOfPlace(first) }, written: first };
}

function readPair(candidate: string): ReadPlace | null {
  const parts = candidate.split(/\s+и\s+/u);
  if (parts.length !== 2) return null;
  const read = parts.map((part) => nominativeOf(part));
  return read.every((part) => part !== null)
    ? { place: read.map((part) => part!.place).join(' и '), countryCode: read[0]!.countryCode }
    : null;
}

function nominativeOf(name: string): ReadPlace | null {
  const city = nominativeRussianPlace(name);
  if (city) return { place: city, countryCode: countryOfPlace(city) };
  const country = russianCountryNamed(name);
  return country ? { place: country.nominative, countryCode: country.code } : null;
}
