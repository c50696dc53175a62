import { countries } from '../../../../core/src/countries.ts';

/**
 * English names of the states SCO texts mention: every Latin-script alias from `@sco/core` countries plus the long
 * official forms, other short forms and adjectives that English texts use. Adjectives ("Russian Prime Minister")
 * name a state only inside a participant's title; actors and places are read from names.
 */
const furtherNames: Readonly<Record<string, { names?: readonly string[]; adjectives?: readonly string[] }>> = {
  BY: { adjectives: ['Belarusian'] },
  IN: { adjectives: ['Indian'] },
  IR: { adjectives: ['Iranian'] },
  KZ: { adjectives: ['Kazakhstani', 'Kazakh'] },
  CN: { names: ['People’s Republic of China', 'PRC'], adjectives: ['Chinese'] },
  KG: { names: ['Kyrgyzstan'], adjectives: ['Kyrgyz'] },
  PK: { adjectives: ['Pakistani'] },
  RU: { adjectives: ['Russian'] },
  TJ: { adjectives: ['Tajikistani', 'Tajik'] },
  UZ: { adjectives: ['Uzbekistani', 'Uzbek'] },
  AF: { names: ['Islamic Republic of Afghanistan'], adjectives: ['Afghan'] },
  MN: { adjectives: ['Mongolian'] },
  AZ: { names: ['Republic of Azerbaijan'], adjectives: ['Azerbaijani'] },
  AM: { names: ['Republic of Armenia'], adjectives: ['Armenian'] },
  BH: { names: ['Kingdom of Bahrain'], adjectives: ['Bahraini'] },
  EG: { names: ['Arab Republic of Egypt'], adjectives: ['Egyptian'] },
  KH: { names: ['Kingdom of Cambodia'], adjectives: ['Cambodian'] },
  QA: { names: ['State of Qatar'], adjectives: ['Qatari'] },
  KW: { names: ['State of Kuwait'], adjectives: ['Kuwaiti'] },
  LA: {
    names: ['Lao People’s Democratic Republic', "Lao People's Democratic Republic", 'Lao PDR'],
    adjectives: ['Laotian', 'Lao'],
  },
  MV: { names: ['Republic of Maldives'], adjectives: ['Maldivian'] },
  MM: { names: ['Republic of the Union of Myanmar'] },
  NP: { names: ['Federal Democratic Republic of Nepal'], adjectives: ['Nepalese', 'Nepali'] },
  AE: { names: ['UAE'], adjectives: ['Emirati'] },
  SA: { names: ['Kingdom of Saudi Arabia'], adjectives: ['Saudi'] },
  TR: { names: ['Republic of Türkiye', 'Republic of Turkey'], adjectives: ['Turkish'] },
  LK: { names: ['Democratic Socialist Republic of Sri Lanka'], adjectives: ['Sri Lankan'] },
  TM: { adjectives: ['Turkmen'] },
};

export interface StateName {
  code: string;
  /** The name as the table holds it, e.g. "Republic of India", "Kyrgyz". */
  name: string;
  adjective: boolean;
}

export interface StateMention extends StateName {
  /** Offsets of the name in the text searched, without a leading "the". */
  start: number;
  end: number;
}

// Longest first, so that "Kyrgyz Republic" wins over "Kyrgyz" and "Republic of India" over "India".
const stateNames: readonly StateName[] = countries
  .flatMap((country) => {
    const latin = country.aliases.filter((alias) => /\p{Script=Latin}/u.test(alias));
    const further = furtherNames[country.code] ?? {};
    const names = [...latin, ...(further.names ?? [])].flatMap((name) =>
      name.includes("'") ? [name, name.replaceAll("'", '’')] : [name],
    );
    return [
      ...names.map((name) => ({ code: country.code, name, adjective: false })),
      ...(further.adjectives ?? []).map((name) => ({ code: country.code, name, adjective: true })),
    ];
  })
  .sort((a, b) => b.name.length - a.name.length);

const wordCharacter = /[\p{L}\p{N}]/u;

function nameAt(options: { text: string; index: number; adjectives: boolean }): StateName | null {
  const { text, index, adjectives } = options;
  if (index > 0 && wordCharacter.test(text[index - 1]!)) return null;
  return (
    stateNames.find(
      (entry) =>
        (adjectives || !entry.adjective) &&
        text.startsWith(entry.name, index) &&
        !wordCharacter.test(text[index + entry.name.length] ?? ''),
    ) ?? null
  );
}

/**
 * The state named at the start of the text ("the Republic of Belarus, …", "Kyrgyz Republic"), skipping a leading
 * "the"; `length` includes the article. Adjectives count only when `adjectives` is set.
 */
export function matchStatePrefix(
  text: string,
  options: { adjectives?: boolean } = {},
): (StateName & { length: number }) | null {
  const article = /^the\s+/i.exec(text)?.[0].length ?? 0;
  const found = nameAt({ text, index: article, adjectives: options.adjectives ?? false });
  return found ? { ...found, length: article + found.name.length } : null;
}

/** Every state named in the text, in order, the longest name at each position, never overlapping. */
export function findStateMentions(text: string, options: { adjectives?: boolean } = {}): StateMention[] {
  const mentions: StateMention[] = [];
  let index = 0;
  while (index < text.length) {
    const found = nameAt({ text, index, adjectives: options.adjectives ?? false });
    if (found) {
      mentions.push({ ...found, start: index, end: index + found.name.length });
      index += found.name.length;
    } else index += 1;
  }
  return mentions;
}

/** Whether the text ends with a state's name (…the Republic of Uzbekistan), as when a state is a verb's actor. */
export function endsWithStateName(text: string): boolean {
  return stateNames.some(
    (entry) =>
      !entry.adjective &&
      text.endsWith(entry.name) &&
      !wordCharacter.test(text[text.length - entry.name.length - 1] ?? ''),
  );
}

/** The ISO code of a place written as a state's name ("the Kyrgyz Republic", "Pakistan"); null for anything else. */
export function stateCodeOfName(name: string): string | null {
  const found = matchStatePrefix(name.trim());
  return found && found.length === name.trim().length ? found.code : null;
}
