import { countries } from '../../../../core/src/countries.ts';

interface AliasEntry {
  code: string;
  alias: string;
}

// Longest first, so that 白俄罗斯共和国 wins over 白俄罗斯 and 蒙古国 over 蒙古.
const chineseAliases: readonly AliasEntry[] = countries
  .flatMap((country) =>
    country.aliases.filter((alias) => /\p{Script=Han}/u.test(alias)).map((alias) => ({ code: country.code, alias })),
  )
  .sort((a, b) => b.alias.length - a.alias.length);

/**
 * The state whose Chinese name (official long form, short form or alias from `@sco/core` countries) the text starts
 * with, taking the longest name that fits; null when it starts with none.
 */
export function matchCountryPrefix(text: string): AliasEntry | null {
  return chineseAliases.find((entry) => text.startsWith(entry.alias)) ?? null;
}

/** Whether the text ends with a state's Chinese name (…乌兹别克斯坦共和国), as when a state is the actor of a verb. */
export function endsWithCountryName(text: string): boolean {
  return chineseAliases.some((entry) => text.endsWith(entry.alias));
}
