import type { DocumentReference, PartialDate } from '../types.ts';
import { maskQuotations } from './mask-quotes.ts';
import { documentNounOf, nominativeDocumentTitle } from './nominative.ts';
import { parseRussianDateRange, russianDayRangePatternSource } from './parse-dates.ts';
import { readRussianPlace } from './read-place.ts';
import { startsWithRussianVerb } from './starts-with-verb.ts';

// Kinds whose capitalised word at the start of a sentence is an ordinary word as often as a title.
const weakAtSentenceStart = new Set([
  'решение',
  'положение',
  'заявление',
  'обращение',
  'редакция',
  'правила',
  'перечень',
]);
// Where an unquoted title ends: punctuation, a dash, "от <date>", a relative pronoun or a clause-opening phrase.
const titleEnd =
  /[,;:.()«»!?]|\s[–—]\s|\s+от\s+\d|\s+(?:котор[а-яё]+|что|как|чтобы|в\s+целях|с\s+целью|для\s+того|в\s+том\s+числе|включая|а\s+также)(?![\p{L}])/u;
// "и" ends a title before another document ("…Концепции … и плана мероприятий", "Устава ШОС и Договора…").
const conjunctionBeforeDocument = /\s+и\s+([А-ЯЁа-яё]+)/gu;
// A comma inside a title joins one or two words to an "и" pair: "о долгосрочном добрососедстве, дружбе и
// сотрудничестве", "наркотических средств, психотропных веществ и их прекурсоров".
const enumerationComma = /^,\s+((?:[а-яё]+\s+)?[а-яё]+)\s+и\s+/u;
// Kinds of documents whose lower-case word is cited as a title when a title's complement follows it; "решение",
// "положение" and the like are too common in running text to be read so.
const lowercaseTitleKinds = new Set([
  'меморандум',
  'соглашение',
  'протокол',
  'план',
  'программа',
  'концепция',
  'стратегия',
  'договор',
  'конвенция',
  'хартия',
  'декларация',
]);
// The complement a lower-case title starts with: "о взаимопонимании между…", "мероприятий по реализации…",
// "развития сотрудничества государств-членов ШОС…".
const titleComplement =
  /^\s+(?:(?:мероприятий|действий|развития|сотрудничества|взаимодействия)\s+){0,2}(?:о|об|по|между|государств|ШОС)(?![\p{L}])/u;
// A pronoun after a preposition points back to a title named before: "плана мероприятий по ее реализации".
const backReference = /(?<![\p{L}])(?:по|для|в|на|о|об|к)\s+(?:ее|её|его|их)(?![\p{L}])/u;
const adoptionParenthesis = /^\s*\(([^()]+)\)/u;
const adoptionFrom = new RegExp(`^\\s+от\\s+(${russianDayRangePatternSource})`, 'iu');

/**
 * Every document a paragraph cites, in order of first mention, each title once:
 * - a title in quotation marks whose first word names a kind of document («Стратегия развития ШОС до 2035 года»),
 *   or that follows such a word (Декларации «О…» gives "Декларация «О…»"); nested quotation marks are kept, and a
 *   quoted name that is no document (инициатива «Один пояс, один путь») is not cited;
 * - a capitalised title without quotation marks (Стратегии развития ШОС до 2035 года, Бишкекской декларации Совета
 *   глав государств-членов ШОС), running to the first punctuation, dash, verb or clause-opening word;
 * - a lower-case title when a title's complement follows the kind of document and the title names someone or
 *   something without pointing back to another title: меморандума о взаимопонимании между Секретариатом ШОС и …,
 *   плана мероприятий по реализации Программы …, but not "плана мероприятий по ее реализации" nor "меморандума о
 *   взаимной интеграции национальных транзитных систем".
 * The title's first word (and an adjective before it) is reduced to the nominative when it is a known kind of
 * document; the rest stays as written. A parenthesis straight after the title, or "от <date>", gives its adoption
 * date and place: (Тяньцзинь, 1 сентября 2025 года), (12 сентября 2014 года, Душанбе), от 15 июня 2001 года. Spans
 * cover the title with its quotation marks and, when present, the adoption note.
 */
export function extractRussianDocuments(options: { text: string; offset: number }): DocumentReference[] {
  const { text, offset } = options;
  const capitalised = [...quotedTitles(text), ...unquotedTitles(text)];
  const found = [...capitalised, ...lowercaseTitles({ text, taken: capitalised })].sort((a, b) => a.start - b.start);
  const documents: DocumentReference[] = [];
  for (const title of found) {
    if (documents.some((document) => document.title === title.title)) continue;
    const note = adoptionNote(text.slice(title.end));
    documents.push({
      title: title.title,
      adopted: note?.date ?? null,
      place: note?.place ?? null,
      span: { start: offset + title.start, end: offset + title.end + (note?.length ?? 0) },
    });
  }
  return documents;
}

/** Where in a paragraph a title was read: its text (as reported) and the characters it covers. */
interface FoundTitle {
  title: string;
  start: number;
  end: number;
}

function quotedTitles(text: string): FoundTitle[] {
  const titles: FoundTitle[] = [];
  for (const quote of topLevelQuotations(text)) {
    const inside = text.slice(quote.start + 1, quote.end - 1);
    const firstWord = /^[\p{L}-]+/u.exec(inside)?.[0] ?? '';
    if (documentNounOf(firstWord)) {
      titles.push({ title: inside, start: quote.start, end: quote.end });
      continue;
    }
    const before = /((?:[А-ЯЁ][а-яё]+\s+)?([А-ЯЁа-яё]+))\s+$/u.exec(text.slice(0, quote.start));
    if (before && documentNounOf(before[2]!) && /^[А-ЯЁ]/u.test(before[1]!)) {
      const start = quote.start - before[0].length;
      titles.push({
        title: `${nominativeDocumentTitle(before[1]!)} ${text.slice(quote.start, quote.end)}`,
        start,
        end: quote.end,
      });
    }
  }
  return titles;
}

function unquotedTitles(text: string): FoundTitle[] {
  const masked = maskQuotations(text);
  const titles: FoundTitle[] = [];
  const capitalised = /(?<![\p{L}\d-])([А-ЯЁ][а-яё-]+)(?:\s+([а-яё]+))?/gu;
  for (const match of masked.matchAll(capitalised)) {
    if (titles.some((title) => match.index < title.end)) continue;
    const [, first, second] = match;
    const head = documentNounOf(first!) ?? (second && isAdjective(first!) ? documentNounOf(second) : null);
    if (!head) continue;
    if (weakAtSentenceStart.has(head.nominative) && startsSentence({ masked, index: match.index })) continue;
    const end = titleEndAt({ masked, start: match.index });
    const written = text.slice(match.index, end).trim();
    if (written.split(/\s+/u).length < 2) continue;
    titles.push({ title: nominativeDocumentTitle(written), start: match.index, end: match.index + written.length });
  }
  return titles;
}

function lowercaseTitles(options: { text: string; taken: readonly FoundTitle[] }): FoundTitle[] {
  const { text } = options;
  const masked = maskQuotations(text);
  const titles: FoundTitle[] = [];
  for (const match of masked.matchAll(/(?<![\p{L}\d-])[а-яё]+/gu)) {
    const head = documentNounOf(match[0]);
    if (!head || !lowercaseTitleKinds.has(head.nominative)) continue;
    if ([...options.taken, ...titles].some((title) => match.index >= title.start && match.index < title.end)) continue;
    if (!titleComplement.test(masked.slice(match.index + match[0].length))) continue;
    const written = text.slice(match.index, titleEndAt({ masked, start: match.index })).trim();
    // Clearly a title: it names someone or something (ШОС, a state, a body) and does not point back to another one.
    if (!/[А-ЯЁ]/u.test(written) || backReference.test(written)) continue;
    titles.push({ title: nominativeDocumentTitle(written), start: match.index, end: match.index + written.length });
  }
  return titles;
}

function titleEndAt(options: { masked: string; start: number }): number {
  const { masked, start } = options;
  let end = start;
  for (;;) {
    const rest = masked.slice(end);
    const stop = titleEnd.exec(rest);
    let length = stop ? stop.index : rest.length;
    for (const conjunction of rest.slice(0, length).matchAll(conjunctionBeforeDocument)) {
      const word = conjunction[1]!;
      const wordStart = conjunction.index + conjunction[0].length - word.length;
      if (conjunction.index > 0 && (documentNounOf(word) || startsWithRussianVerb(rest.slice(wordStart)))) {
        length = conjunction.index;
        break;
      }
    }
    // A verb ends the title too: "Стратегии развития ШОС до 2035 года будут способствовать…".
    const verb = firstVerb(rest.slice(0, length));
    if (verb !== null) length = verb;
    end += length;
    const comma = masked.slice(end, end + 1) === ',' ? enumerationComma.exec(masked.slice(end)) : null;
    const lastBefore = /([а-яё])\s*$/u.exec(masked.slice(start, end))?.[1];
    if (!comma || stop?.[0] !== ',' || comma[1]!.at(-1) !== lastBefore) break;
    end += comma[0].length;
  }
  return end;
}

function firstVerb(text: string): number | null {
  for (const word of text.matchAll(/(?<=\s)[а-яё]+/gu)) {
    if (startsWithRussianVerb(text.slice(word.index))) return word.index - 1;
  }
  return null;
}

function isAdjective(word: string): boolean {
  return /(?:ой|ую|ая|ей|яя|ого|ому|ым|ом|ое|ее|ых|ые|ий|ый)$/u.test(word);
}

function startsSentence(options: { masked: string; index: number }): boolean {
  const before = options.masked.slice(0, options.index).trimEnd();
  return before === '' || /[.!?]$|^\d{1,3}[.)]$/u.test(before);
}

/** Outer quotation pairs «…» (with „…“ or «…» nested inside); `end` is just after the closing mark. */
function topLevelQuotations(text: string): { start: number; end: number }[] {
  const quotes: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '«' || char === '„') {
      if (depth === 0) start = index;
      depth += 1;
    } else if ((char === '»' || char === '“') && depth > 0) {
      depth -= 1;
      if (depth === 0) quotes.push({ start, end: index + 1 });
    }
  }
  return quotes;
}

function adoptionNote(after: string): { date: PartialDate | null; place: string | null; length: number } | null {
  const from = adoptionFrom.exec(after);
  if (from) return { date: parseRussianDateRange(from[1]!)?.start ?? null, place: null, length: from[0].length };
  const parenthesis = adoptionParenthesis.exec(after);
  if (!parenthesis) return null;
  const parts = parenthesis[1]!.split(',').map((part) => part.trim());
  const dateIndex = parts.findIndex((part) => parseRussianDateRange(part) !== null);
  if (dateIndex < 0 || parts.length > 2) return null;
  const placePart = parts[1 - dateIndex];
  return {
    date: parseRussianDateRange(parts[dateIndex]!)!.start,
    place: placePart ? (readRussianPlace(placePart)?.place ?? placePart) : null,
    length: parenthesis[0].length,
  };
}
