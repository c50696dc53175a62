/**
 * Reduces the head of a Russian noun phrase to the nominative where that can be done reliably: the head noun is
 * one of a closed list (document kinds, event kinds) whose forms are all known, and the adjectives before it take
 * the head's gender. "Стратегии развития ШОС до 2035 года" → "Стратегия развития ШОС до 2035 года", "Бишкекской
 * декларации…" → "Бишкекская декларация…", "заседанию Совета…" → "заседание Совета…". Everything after the head
 * noun is a modifier in its own case and stays as written; a phrase whose head is not listed stays as written.
 */

type Gender = 'masculine' | 'feminine' | 'neuter' | 'plural';
type NounDeclension = 'a' | 'ka' | 'ia' | 'hard' | 'soft' | 'ie' | 'fixed' | 'plural';

interface HeadNoun {
  nominative: string;
  gender: Gender;
  declension: NounDeclension;
  /** Forms the rules do not produce (перечень → перечня). */
  extraForms?: readonly string[];
}

const noun = (nominative: string, gender: Gender, declension: NounDeclension, extraForms?: string[]): HeadNoun => ({
  nominative,
  gender,
  declension,
  ...(extraForms ? { extraForms } : {}),
});

/** Kinds of documents SCO texts cite by title. */
const documentNouns: readonly HeadNoun[] = [
  noun('программа', 'feminine', 'a'),
  noun('стратегия', 'feminine', 'ia'),
  noun('концепция', 'feminine', 'ia'),
  noun('декларация', 'feminine', 'ia'),
  noun('хартия', 'feminine', 'ia'),
  noun('конвенция', 'feminine', 'ia'),
  noun('резолюция', 'feminine', 'ia'),
  noun('редакция', 'feminine', 'ia'),
  noun('повестка', 'feminine', 'ka'),
  noun('карта', 'feminine', 'a'),
  noun('план', 'masculine', 'hard'),
  noun('устав', 'masculine', 'hard'),
  noun('договор', 'masculine', 'hard'),
  noun('меморандум', 'masculine', 'hard'),
  noun('протокол', 'masculine', 'hard'),
  noun('регламент', 'masculine', 'hard'),
  noun('перечень', 'masculine', 'fixed', ['перечня', 'перечню', 'перечнем', 'перечне']),
  noun('соглашение', 'neuter', 'ie'),
  noun('положение', 'neuter', 'ie'),
  noun('заявление', 'neuter', 'ie'),
  noun('обращение', 'neuter', 'ie'),
  noun('решение', 'neuter', 'ie'),
  noun('коммюнике', 'neuter', 'fixed'),
  noun('правила', 'plural', 'plural', ['правил', 'правилам', 'правилами', 'правилах']),
];

/** Kinds of events SCO texts name. */
const eventNouns: readonly HeadNoun[] = [
  noun('заседание', 'neuter', 'ie'),
  noun('совещание', 'neuter', 'ie'),
  noun('форум', 'masculine', 'hard'),
  noun('саммит', 'masculine', 'hard'),
  noun('встреча', 'feminine', 'a'),
  noun('конференция', 'feminine', 'ia'),
  noun('сессия', 'feminine', 'ia'),
  noun('выставка', 'feminine', 'ka'),
  noun('ярмарка', 'feminine', 'ka'),
  noun('фестиваль', 'masculine', 'soft'),
  noun('марафон', 'masculine', 'hard'),
  noun('турнир', 'masculine', 'hard'),
  noun('чемпионат', 'masculine', 'hard'),
  noun('конкурс', 'masculine', 'hard'),
  noun('семинар', 'masculine', 'hard'),
  noun('симпозиум', 'masculine', 'hard'),
  noun('олимпиада', 'feminine', 'a'),
  noun('игры', 'plural', 'plural', ['игр', 'играм', 'играми', 'играх']),
  noun('соревнования', 'plural', 'plural', ['соревнований', 'соревнованиям', 'соревнованиями', 'соревнованиях']),
];

function formsOf(head: HeadNoun): string[] {
  const { nominative, declension } = head;
  const stem = nominative.slice(0, -1);
  const stem2 = nominative.slice(0, -2);
  const generated = {
    // After a hushing consonant the spelling rules give -и and -ей: встреча → встречи, встречей.
    a: /[жшчщ]$/u.test(stem)
      ? [`${stem}и`, `${stem}е`, `${stem}у`, `${stem}ей`]
      : [`${stem}ы`, `${stem}е`, `${stem}у`, `${stem}ой`],
    ka: [`${stem}и`, `${stem}е`, `${stem}у`, `${stem}ой`],
    ia: [`${stem}и`, `${stem}ю`, `${stem}ей`],
    hard: [`${nominative}а`, `${nominative}у`, `${nominative}ом`, `${nominative}е`],
    soft: [`${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`],
    ie: [`${stem2}ия`, `${stem2}ию`, `${stem2}ием`, `${stem2}ии`],
    fixed: [],
    plural: [],
  }[declension];
  return [nominative, ...generated, ...(head.extraForms ?? [])];
}

function indexOf(heads: readonly HeadNoun[]): Map<string, HeadNoun> {
  return new Map(heads.flatMap((head) => formsOf(head).map((form) => [form, head] as const)));
}
const documentIndex = indexOf(documentNouns);
const eventIndex = indexOf(eventNouns);
// A year named for a theme ("Год экологии ШОС", "Годом устойчивого развития") heads an event only when capitalised:
// the lower-case "году" of every date never does.
const namedYear = noun('год', 'masculine', 'hard');
const namedYearForms = new Set(formsOf(namedYear).map((form) => `${form[0]!.toUpperCase()}${form.slice(1)}`));

/** The head noun a word is a form of, among document kinds; null when it is none. */
export function documentNounOf(word: string): HeadNoun | null {
  return documentIndex.get(word.toLowerCase()) ?? null;
}

/** The head noun a word is a form of, among event kinds (a capitalised "Год" of a named year included); else null. */
export function eventNounOf(word: string): HeadNoun | null {
  return eventIndex.get(word.toLowerCase()) ?? (namedYearForms.has(word) ? namedYear : null);
}

/** A document title with its head (and the adjectives before it) in the nominative. */
export function nominativeDocumentTitle(title: string): string {
  return nominativePhrase({ phrase: title, headOf: documentNounOf });
}

/** An event's name with its head (and the adjectives before it) in the nominative. */
export function nominativeEventName(name: string): string {
  return nominativePhrase({ phrase: name, headOf: eventNounOf });
}

// Adjective endings by gender in the oblique cases, and the nominative ending each maps to.
const adjectiveEndings: Readonly<Record<Gender, readonly [oblique: RegExp, nominative: (stem: string) => string][]>> = {
  feminine: [
    [/^(.+[нщ])ей$/u, (stem) => `${stem}яя`],
    [/^(.+)(?:ой|ую|ая)$/u, (stem) => `${stem}ая`],
  ],
  neuter: [
    [/^(.+[нщ])(?:его|ему|им|ем|ее)$/u, (stem) => `${stem}ее`],
    [/^(.+)(?:ого|ому|ым|ом|ое)$/u, (stem) => `${stem}ое`],
  ],
  masculine: [
    [/^(.+[кгхжшчщ])(?:ого|ому|им|ом|ий)$/u, (stem) => `${stem}ий`],
    [/^(.+)(?:ого|ому|ым|ом|ый)$/u, (stem) => `${stem}ый`],
  ],
  plural: [
    [/^(.+[кгхжшчщн])(?:их|им|ими|ие)$/u, (stem) => `${stem}ие`],
    [/^(.+)(?:ых|ым|ыми|ые)$/u, (stem) => `${stem}ые`],
  ],
};

// Ordinals written as Roman numerals or digits stand before the head and do not decline: XIV Форум, 5-й форум.
const undeclined = /^(?:[IVXLC]+|\d+(?:-[а-яё]+)?)$/u;

function nominativePhrase(options: { phrase: string; headOf: (word: string) => HeadNoun | null }): string {
  const words = options.phrase.split(' ');
  const headIndex = words.slice(0, 4).findIndex((word) => options.headOf(word) !== null);
  if (headIndex < 0) return options.phrase;
  const head = options.headOf(words[headIndex]!)!;
  const adjectives: string[] = [];
  for (const word of words.slice(0, headIndex)) {
    if (undeclined.test(word)) {
      adjectives.push(word);
      continue;
    }
    const adjective = nominativeAdjective({ word, gender: head.gender });
    if (!adjective) return options.phrase;
    adjectives.push(adjective);
  }
  return [
    ...adjectives,
    keepCase({ source: words[headIndex]!, target: head.nominative }),
    ...words.slice(headIndex + 1),
  ].join(' ');
}

// Masculine adjectives stressed on the ending take -ой, which their oblique forms do not show: второго → второй.
const stressedEndingStems = /^(?:втор|делов|миров|молод|больш|основн|передов|городск|морск)$/iu;

function nominativeAdjective(options: { word: string; gender: Gender }): string | null {
  // Compound adjectives decline only their last part: торгово-экономического → торгово-экономическое.
  const hyphen = options.word.lastIndexOf('-');
  const prefix = options.word.slice(0, hyphen + 1);
  const last = options.word.slice(hyphen + 1);
  const masculineStem = /^(.+)(?:ого|ому|ым|им|ом|ой)$/u.exec(last)?.[1];
  if (options.gender === 'masculine' && masculineStem && stressedEndingStems.test(masculineStem)) {
    return `${prefix}${masculineStem}ой`;
  }
  for (const [oblique, nominative] of adjectiveEndings[options.gender]) {
    const match = oblique.exec(last);
    if (match) return `${prefix}${nominative(match[1]!)}`;
  }
  return null;
}

/** The target word written with the source's initial capital (Программы → Программа, заседанию → заседание). */
function keepCase(options: { source: string; target: string }): string {
  const capital = options.source[0] !== options.source[0]!.toLowerCase();
  return capital ? `${options.target[0]!.toUpperCase()}${options.target.slice(1)}` : options.target;
}

// Verbal nouns of founding and holding, which name what a proposal would do: о создании → создание.
const verbalNounEndings: readonly [RegExp, string][] = [
  [/^(.+[нт])(?:ия|ию|ием|ии)$/u, 'ие'],
  [/^(.+ц)(?:ии|ию|ией)$/u, 'ия'],
  [/^((?:раз|под)(?:работ|готов)к)(?:и|е|у|ой)$/u, 'а'],
];

/** A proposal's object with its leading verbal noun in the nominative: "создании Банка развития ШОС" → "создание…". */
export function nominativeVerbalNoun(phrase: string): string {
  const space = phrase.indexOf(' ');
  const first = space < 0 ? phrase : phrase.slice(0, space);
  for (const [oblique, ending] of verbalNounEndings) {
    const match = oblique.exec(first);
    if (match) return `${match[1]}${ending}${space < 0 ? '' : phrase.slice(space)}`;
  }
  return phrase;
}
