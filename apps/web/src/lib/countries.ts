import { countries } from '../../../../packages/core/src/countries.ts';
import type { Language } from '../api/types.ts';

const byCode = new Map(countries.map((c) => [c.code, c]));

export const knownCountries = countries;

/** The state's short name in the UI language; the code itself if the platform does not know it. */
export function countryName(code: string | null | undefined, language: Language): string {
  if (!code) return '';
  return byCode.get(code.toUpperCase())?.name[language] ?? code.toUpperCase();
}

export const memberCodes = countries.filter((c) => c.status === 'member').map((c) => c.code);
