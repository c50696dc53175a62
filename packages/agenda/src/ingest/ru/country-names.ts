/**
 * Russian names of the states SCO texts mention, in every case, so that "Республики Казахстан" (genitive, after a
 * title), "Казахстаном" (instrumental) and "Республика Казахстан" (nominative, as an actor) all read as KZ. Codes are
 * those of `packages/core/src/countries.ts`.
 */

/** How a name declines; the generated forms cover genitive, dative, accusative, instrumental and prepositional. */
type Declension =
  | 'hard' // Казахстан: Казахстана, Казахстану, Казахстаном, Казахстане
  | 'yot' // Китай: Китая, Китаю, Китаем, Китае
  | 'ia' // Индия: Индии, Индию, Индией
  | 'a' // Мьянма: Мьянмы, Мьянме, Мьянму, Мьянмой
  | 'feminine-soft' // Беларусь: Беларуси, Беларусью
  | 'neuter' // Королевство Бахрейн: Королевства, Королевству, Королевством, Королевстве
  | 'feminine-phrase' // Исламская Республика Иран: adjectives and the head noun decline, what follows does not
  | 'fixed'; // КНР, ОАЭ

interface NameSpec {
  name: string;
  declension: Declension;
  /** Irregular forms the rules miss (Египет → Египта) or that texts write although they are not standard. */
  extraForms?: readonly string[];
}

const names: Readonly<Record<string, readonly NameSpec[]>> = {
  BY: [
    { name: 'Республика Беларусь', declension: 'feminine-phrase' },
    { name: 'Беларусь', declension: 'feminine-soft' },
    { name: 'Белоруссия', declension: 'ia' },
  ],
  IN: [
    // "Республики Индии" is not the standard form but appears in published Russian texts.
    { name: 'Республика Индия', declension: 'feminine-phrase', extraForms: ['Республики Индии'] },
    { name: 'Индия', declension: 'ia' },
  ],
  IR: [
    { name: 'Исламская Республика Иран', declension: 'feminine-phrase' },
    { name: 'Иран', declension: 'hard' },
  ],
  KZ: [
    { name: 'Республика Казахстан', declension: 'feminine-phrase' },
    { name: 'Казахстан', declension: 'hard' },
  ],
  CN: [
    { name: 'Китайская Народная Республика', declension: 'feminine-phrase' },
    { name: 'Китай', declension: 'yot' },
    { name: 'КНР', declension: 'fixed' },
  ],
  KG: [
    { name: 'Кыргызская Республика', declension: 'feminine-phrase' },
    { name: 'Кыргызстан', declension: 'hard' },
    { name: 'Киргизская Республика', declension: 'feminine-phrase' },
    { name: 'Киргизия', declension: 'ia' },
  ],
  PK: [
    { name: 'Исламская Республика Пакистан', declension: 'feminine-phrase' },
    { name: 'Пакистан', declension: 'hard' },
  ],
  RU: [
    { name: 'Российская Федерация', declension: 'feminine-phrase' },
    { name: 'Россия', declension: 'ia' },
    { name: 'РФ', declension: 'fixed' },
  ],
  TJ: [
    { name: 'Республика Таджикистан', declension: 'feminine-phrase' },
    { name: 'Таджикистан', declension: 'hard' },
  ],
  UZ: [
    { name: 'Республика Узбекистан', declension: 'feminine-phrase' },
    { name: 'Узбекистан', declension: 'hard' },
  ],
  AF: [
    { name: 'Исламская Республика Афганистан', declension: 'feminine-phrase' },
    { name: 'Афганистан', declension: 'hard' },
  ],
  MN: [{ name: 'Монголия', declension: 'ia' }],
  AZ: [
    { name: 'Азербайджанская Республика', declension: 'feminine-phrase' },
    { name: 'Азербайджан', declension: 'hard' },
  ],
  AM: [
    { name: 'Республика Армения', declension: 'feminine-phrase' },
    { name: 'Армения', declension: 'ia' },
  ],
  BH: [
    { name: 'Королевство Бахрейн', declension: 'neuter' },
    { name: 'Бахрейн', declension: 'hard' },
  ],
  EG: [
    { name: 'Арабская Республика Египет', declension: 'feminine-phrase' },
    { name: 'Египет', declension: 'fixed', extraForms: ['Египта', 'Египту', 'Египтом', 'Египте'] },
  ],
  KH: [
    { name: 'Королевство Камбоджа', declension: 'neuter' },
    { name: 'Камбоджа', declension: 'a' },
  ],
  QA: [
    { name: 'Государство Катар', declension: 'neuter' },
    { name: 'Катар', declension: 'hard' },
  ],
  KW: [
    { name: 'Государство Кувейт', declension: 'neuter' },
    { name: 'Кувейт', declension: 'hard' },
  ],
  LA: [
    { name: 'Лаосская Народно-Демократическая Республика', declension: 'feminine-phrase' },
    { name: 'Лаос', declension: 'hard' },
  ],
  MV: [
    { name: 'Мальдивская Республика', declension: 'feminine-phrase' },
    { name: 'Мальдивы', declension: 'fixed', extraForms: ['Мальдив', 'Мальдивам', 'Мальдивами', 'Мальдивах'] },
  ],
  MM: [
    { name: 'Республика Союз Мьянма', declension: 'feminine-phrase' },
    { name: 'Мьянма', declension: 'a' },
  ],
  NP: [
    { name: 'Федеративная Демократическая Республика Непал', declension: 'feminine-phrase' },
    { name: 'Непал', declension: 'hard' },
  ],
  AE: [
    {
      name: 'Объединенные Арабские Эмираты',
      declension: 'fixed',
      extraForms: [
        'Объединенных Арабских Эмиратов',
        'Объединенным Арабским Эмиратам',
        'Объединенными Арабскими Эмиратами',
        'Объединенных Арабских Эмиратах',
      ],
    },
    { name: 'ОАЭ', declension: 'fixed' },
  ],
  SA: [
    { name: 'Королевство Саудовская Аравия', declension: 'neuter' },
    { name: 'Саудовская Аравия', declension: 'feminine-phrase' },
  ],
  TR: [
    { name: 'Турецкая Республика', declension: 'feminine-phrase' },
    { name: 'Турция', declension: 'ia' },
  ],
  LK: [
    { name: 'Демократическая Социалистическая Республика Шри-Ланка', declension: 'feminine-phrase' },
    { name: 'Шри-Ланка', declension: 'a' },
  ],
  TM: [{ name: 'Туркменистан', declension: 'hard' }],
};

/** Oblique forms of one word by the rules of its declension (the nominative excluded). */
function wordForms(options: { word: string; declension: Exclude<Declension, 'feminine-phrase' | 'fixed'> }): string[] {
  const { word, declension } = options;
  const stem = word.slice(0, -1);
  switch (declension) {
    case 'hard':
      return [`${word}а`, `${word}у`, `${word}ом`, `${word}е`];
    case 'yot':
      return [`${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
    case 'ia':
      return [`${stem}и`, `${stem}ю`, `${stem}ей`];
    case 'a': {
      // After к, г, х, ж, ш, ч, щ Russian spelling writes и (not ы) and, after ж, ш, ч, щ, ей (not ой).
      const genitive = /[кгхжшчщ]$/.test(stem) ? `${stem}и` : `${stem}ы`;
      const instrumental = /[жшчщ]$/.test(stem) ? `${stem}ей` : `${stem}ой`;
      return [genitive, `${stem}е`, `${stem}у`, instrumental];
    }
    case 'feminine-soft':
      return [`${stem}и`, `${word}ю`];
    case 'neuter':
      return [`${stem}а`, `${stem}у`, `${stem}ом`, `${stem}е`];
  }
}

/**
 * Forms of a feminine phrase: leading adjectives (-ая) agree with the head noun (Республика, Федерация, Аравия);
 * words after the head (Казахстан, Союз Мьянма) stay as they are. Returns the oblique phrases (genitive, dative,
 * accusative, instrumental, prepositional; some share a form).
 */
function femininePhraseForms(name: string): string[] {
  const words = name.split(' ');
  const headIndex = words.findIndex((word) => !word.endsWith('ая'));
  const head = words[headIndex]!;
  const adjectives = words.slice(0, headIndex);
  const rest = words.slice(headIndex + 1);
  const headStem = head.slice(0, -1);
  // -ия nouns share one form for genitive, dative and prepositional (Федерации); -а nouns do not (Республики,
  // Республике).
  const headForms = head.endsWith('ия')
    ? [`${headStem}и`, `${headStem}ю`, `${headStem}ей`]
    : [`${headStem}и`, `${headStem}е`, `${headStem}у`, `${headStem}ой`];
  return headForms.map((form) => {
    const ending = form.endsWith('у') || form.endsWith('ю') ? 'ую' : 'ой';
    return [...adjectives.map((word) => `${word.slice(0, -2)}${ending}`), form, ...rest].join(' ');
  });
}

function formsOf(spec: NameSpec): string[] {
  const generated =
    spec.declension === 'fixed'
      ? []
      : spec.declension === 'feminine-phrase'
        ? femininePhraseForms(spec.name)
        : spec.declension === 'neuter'
          ? // Only the first word (Королевство, Государство) declines.
            wordForms({ word: spec.name.split(' ')[0]!, declension: 'neuter' }).map((first) =>
              [first, ...spec.name.split(' ').slice(1)].join(' '),
            )
          : wordForms({ word: spec.name, declension: spec.declension });
  return [spec.name, ...generated, ...(spec.extraForms ?? [])];
}

/** One written form of a state's name: the form itself, its state and the nominative of the same name. */
export interface RussianCountryForm {
  code: string;
  form: string;
  nominative: string;
}

// Longest first, so that "Республики Казахстан" wins over a shorter form that starts the same way.
const allForms: readonly RussianCountryForm[] = Object.entries(names)
  .flatMap(([code, specs]) =>
    specs.flatMap((spec) => formsOf(spec).map((form) => ({ code, form, nominative: spec.name }))),
  )
  .flatMap((entry) =>
    // Texts write both е and ё in Объединённые; the table is written with е.
    entry.form.includes('Объединен')
      ? [entry, { ...entry, form: entry.form.replace('Объединен', 'Объединён') }]
      : [entry],
  )
  .sort((a, b) => b.form.length - a.form.length);

/**
 * The state whose Russian name, in any case, the text starts with (the longest that fits, ending at a word break);
 * null when it starts with none. "Республики Узбекистан А.Н.Арипов" → UZ, form "Республики Узбекистан", nominative
 * "Республика Узбекистан".
 */
export function matchRussianCountryPrefix(text: string): RussianCountryForm | null {
  return (
    allForms.find((entry) => text.startsWith(entry.form) && !/^[\p{L}\p{N}]/u.test(text.slice(entry.form.length))) ??
    null
  );
}

/** The state a whole phrase names in any case ("в Республике Индия" without the preposition → IN); null otherwise. */
export function russianCountryNamed(text: string): RussianCountryForm | null {
  const match = matchRussianCountryPrefix(text);
  return match && match.form.length === text.length ? match : null;
}
