import { monthPatternSource } from './parse-dates.ts';

/** Source of a RegExp (use with the `u` flag) for a capitalised place name: Bishkek, New Delhi, Cholpon-Ata, St. Petersburg. */
export const placeNamePatternSource = String.raw`\p{Lu}[\p{L}’'.-]*(?:(?:\s+|-)(?:\p{Lu}[\p{L}’'.-]*|of|the))*`;

const placeAfterIn = new RegExp(String.raw`\bin\s+(?:the\s+)?(?:city\s+of\s+)?(${placeNamePatternSource})`, 'gu');
const startsWithMonth = new RegExp(`^${monthPatternSource}`, 'u');
// Capitalised phrases after "in" that name a framework or the organisation itself, not a place.
const notAPlace = /^(?:SCO|UN|Shanghai Cooperation|Member States)\b|\b(?:Framework|Format|Space|Region)$/;

export interface FoundPlace {
  name: string;
  /** Offsets of the name in the text searched. */
  start: number;
  end: number;
}

/**
 * The first place the text names after "in" (in Moscow, in the city of Tashkent, in the Kyrgyz Republic → Kyrgyz
 * Republic), in dictionary form: English names do not inflect, so the form is the name as written without "the" or
 * "the city of". Months (in November 2025) and frameworks (in the SCO space) are not places.
 */
export function findPlaceAfterIn(text: string): FoundPlace | null {
  for (const match of text.matchAll(placeAfterIn)) {
    const name = cleanPlaceName(match[1]!);
    if (!name || startsWithMonth.test(name) || notAPlace.test(name)) continue;
    const start = match.index + match[0].length - match[1]!.length;
    return { name, start, end: start + name.length };
  }
  return null;
}

/** A place name without trailing connectors or full stop: "Kyrgyz Republic of" → "Kyrgyz Republic". */
export function cleanPlaceName(name: string): string {
  return name
    .replace(/(?:\s+(?:of|the))+$/, '')
    .replace(/\.$/, '')
    .trim();
}
