import type { ParsedParticipant, Span } from '../types.ts';
import { matchRussianCountryPrefix } from './country-names.ts';
import { maskQuotations } from './mask-quotes.ts';

/** One person or body as a Russian text names it: `<title> <state or organisation> <person>`, each part optional. */
export interface NamedParticipant {
  countryCode: string | null;
  title: string | null;
  personName: string | null;
  organization: string | null;
  span: Span;
}

// Titles that open the naming of someone who represents an organisation, longest first at one position. A title
// followed by a state's name needs no entry: everything before the state is its title (Министр обороны Республики
// Индия, Премьер Государственного совета Китайской Народной Республики).
const organizationTitles = [
  'Председатель Исполнительного комитета – Исполнительный секретарь',
  'Заместитель Председателя Исполнительного комитета',
  'Заместитель Генерального секретаря',
  'Заместитель Исполнительного секретаря',
  'Заместитель Генерального директора',
  'Помощник Генерального директора',
  'Исполнительный секретарь',
  'Исполнительный директор',
  'Генеральный секретарь',
  'Генеральный директор',
  'Председатель Правления',
  'Председатель Коллегии',
  'Председатель Совета',
  'Постоянный представитель',
  'Специальный представитель',
  'Председатель',
  'Руководитель',
  'Представитель',
  'Директор',
].sort((a, b) => b.length - a.length);

// The same words open an item when it is a person's title; lists write them in lower case mid-sentence.
const titleStart = new RegExp(
  `^(?:${[
    ...organizationTitles,
    'Заместитель',
    'Первый',
    'Министр',
    'Премьер',
    'Глава',
    'Вице',
    'Президент',
    'Посол',
    'Чрезвычайный',
    'Представители',
    'Руководители',
  ]
    .map((title) => `[${title[0]}${title[0]!.toLowerCase()}]${title.slice(1)}`)
    .join('|')})`,
  'u',
);

// A title written once in the plural before a list of bodies: представители Исполнительного комитета СНГ, …
const sharedTitles: Readonly<Record<string, string>> = {
  представители: 'представитель',
  руководители: 'руководитель',
  Представители: 'представитель',
  Руководители: 'руководитель',
};

// Initials and surname as Russian texts write them: А.Н.Арипов, Р.Сингх, Т.С.Саркисян, М. Д. Шаршекеев.
const initialsName = /(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*$/u;
// Abbreviations that end an organisation's name, after which a name without initials may follow (ШОС Чжан Мин).
const organizationAbbreviation =
  /(?:ШОС|СНГ|ЕАЭС|ЕЭК|ОДКБ|СВМДА|ООН|ЭСКАТО|АСЕАН|ОЭС|ФАО|ЮНЕСКО|РАТС|МБО)\s+((?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*\s?){1,3})$/u;
// Words that qualify an office before its title: действующий Председатель, исполняющий обязанности Директора.
const officeQualifier = /^(?:действующ[а-яё]+|(?:временно\s+)?исполняющ[а-яё]+\s+обязанности)\s+/iu;
// "в 2018–2019 годах": the term of an office, written between the body and the person.
const termOfOffice = /\s+в\s+\d{4}\s*[-–—]\s*\d{4}\s+годах$/u;

/**
 * Reads one phrase such as "Премьер-министр Республики Казахстан А.У.Мамин", "Премьер Государственного совета
 * Китайской Народной Республики Ли Кэцян" or "Директор Исполнительного комитета Региональной антитеррористической
 * структуры ШОС Д.Ф.Гиёсов". When a state is named (in any case), what precedes it is the title and what follows is
 * the person. Otherwise the person is the name at the end (initials and surname, or a name after an abbreviation
 * such as ШОС), the title is a known title at the start and the organisation is what lies between, as written.
 */
export function parseRussianParticipant(options: { text: string; offset: number }): NamedParticipant {
  const { text, offset } = options;
  const span = { start: offset, end: offset + text.length };
  const country = findCountry(text);
  if (country) {
    const title = tidy(text.slice(0, country.index));
    const person = tidy(text.slice(country.index + country.form.length));
    return {
      countryCode: country.code,
      title: title ? (sharedTitles[title] ?? title) : null,
      personName: person || null,
      organization: null,
      span,
    };
  }
  const person = personAtEnd(text);
  const withoutPerson = tidy(person ? text.slice(0, text.length - person.length) : text);
  const qualifier = officeQualifier.exec(withoutPerson)?.[0] ?? '';
  const afterQualifier = withoutPerson.slice(qualifier.length);
  const title = organizationTitles.find((candidate) => startsWithTitle(afterQualifier, candidate));
  const sharedTitle = Object.keys(sharedTitles).find((candidate) => withoutPerson.startsWith(`${candidate} `));
  const titleText = title ? withoutPerson.slice(0, qualifier.length + title.length) : sharedTitle;
  const organization = tidy(withoutPerson.slice(titleText?.length ?? 0)).replace(termOfOffice, '');
  return {
    countryCode: null,
    title: sharedTitle ? sharedTitles[sharedTitle]! : (titleText ?? null),
    personName: person,
    organization: organization || null,
    span,
  };
}

/**
 * Splits a list of participants (the body of an attendance paragraph, without its lead phrase) into items and reads
 * each. Items are separated by commas, semicolons, "а также" and "и" before a capitalised word or a title; a title
 * with a comma inside ("заместитель Председателя Кабинета Министров, Министр иностранных дел Туркменистана
 * Р.О.Мередов") stays one item. Bodies listed after a plural title ("представители Исполнительного комитета СНГ,
 * Секретариата СВМДА") each take that title.
 */
export function parseRussianParticipantList(options: {
  text: string;
  offset: number;
  role: ParsedParticipant['role'];
}): ParsedParticipant[] {
  const named = splitItems(options).map((item) => parseRussianParticipant(item));
  let sharedTitle: string | null = null;
  return named.map((participant) => {
    const isBareBody =
      participant.title === null && participant.personName === null && participant.countryCode === null;
    if (participant.title && Object.values(sharedTitles).includes(participant.title)) sharedTitle = participant.title;
    else if (!isBareBody) sharedTitle = null;
    return { ...participant, title: isBareBody ? sharedTitle : participant.title, role: options.role };
  });
}

// Organisation names that contain "и" before a capital letter, which must not split the list.
const protectedConjunctions = ['Азии и Тихого океана', 'Азии и Тихом океане'];
const itemSeparator = new RegExp(
  `,?\\s+а\\s+также\\s+|[;,]\\s*|\\s+и\\s+(?=[А-ЯЁ]|(?:${[
    'заместител',
    'перв',
    'исполнительн',
    'председател',
    'представител',
    'руководител',
    'генеральн',
    'министр',
    'директор',
    'посол',
    'глав',
    'действующ',
    'исполняющ',
    'временно',
    'специальн',
    'постоянн',
    'чрезвычайн',
    'высок',
  ].join('|')}))`,
  'gu',
);

function splitItems(options: { text: string; offset: number }): { text: string; offset: number }[] {
  const masked = maskForSplitting(options.text);
  const pieces: { text: string; offset: number }[] = [];
  let start = 0;
  for (const separator of [...masked.matchAll(itemSeparator), null]) {
    const end = separator ? separator.index : masked.length;
    const raw = options.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const content = raw.trim().replace(/[.:]$/u, '');
    if (content) pieces.push({ text: content, offset: options.offset + start + lead });
    if (separator) start = separator.index + separator[0].length;
  }
  return mergeSplitTitles({ pieces, source: options.text, offset: options.offset });
}

/** A title cut by a comma (…Кабинета Министров, Министр иностранных дел Туркменистана Р.О.Мередов) is rejoined. */
function mergeSplitTitles(options: {
  pieces: { text: string; offset: number }[];
  source: string;
  offset: number;
}): { text: string; offset: number }[] {
  const merged: { text: string; offset: number }[] = [];
  for (const piece of options.pieces) {
    const previous = merged.at(-1);
    if (previous && isTitleOnly(previous.text) && titleStart.test(piece.text) && !isTitleOnly(piece.text)) {
      const end = piece.offset + piece.text.length - options.offset;
      merged[merged.length - 1] = {
        text: options.source.slice(previous.offset - options.offset, end),
        offset: previous.offset,
      };
    } else merged.push(piece);
  }
  return merged;
}

/** Whether an item is only a title: it opens with a title word but names neither a state nor a person. */
function isTitleOnly(text: string): boolean {
  const sharedTitle = Object.keys(sharedTitles).some((title) => text.startsWith(`${title} `));
  return titleStart.test(text) && !sharedTitle && !findCountry(text) && personAtEnd(text) === null;
}

function maskForSplitting(text: string): string {
  let masked = maskQuotations(text);
  // Parentheses may hold commas ("(Специального счета)"); they never separate items.
  masked = masked.replace(/\([^()]*\)/gu, (inside) => '\u2591'.repeat(inside.length));
  for (const phrase of protectedConjunctions) {
    masked = masked.replaceAll(phrase, phrase.replace(' и ', ' \u2591 '));
  }
  return masked;
}

function findCountry(text: string): { code: string; form: string; index: number } | null {
  for (let index = 0; index < text.length; index += 1) {
    if (index > 0 && /[\p{L}\d]/u.test(text[index - 1]!)) continue;
    const match = matchRussianCountryPrefix(text.slice(index));
    if (match) return { code: match.code, form: match.form, index };
  }
  return null;
}

function personAtEnd(text: string): string | null {
  const trimmed = text.trimEnd();
  const initials = initialsName.exec(trimmed);
  if (initials) return initials[0];
  const afterAbbreviation = organizationAbbreviation.exec(trimmed);
  return afterAbbreviation ? afterAbbreviation[1]!.trim() : null;
}

function startsWithTitle(text: string, title: string): boolean {
  const head = text.slice(0, title.length);
  return head.toLowerCase() === title.toLowerCase() && !/^\p{L}/u.test(text.slice(title.length));
}

// Trims the spaces, dashes and commas that join the parts of a phrase.
function tidy(text: string): string {
  return text.replace(/^[\s,–—-]+|[\s,–—-]+$/gu, '');
}
