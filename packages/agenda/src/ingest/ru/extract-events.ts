import type { EventFormat } from '../../vocabulary.ts';
import type { EventReference, Span } from '../types.ts';
import { daysCovered } from '../zh/parse-dates.ts';
import { startsWithRussianStanceWord } from './classify-stance.ts';
import { maskCharacter, maskQuotations } from './mask-quotes.ts';
import { eventNounOf, nominativeEventName } from './nominative.ts';
import { type DateRange, parseRussianDateRange, russianDatePatternSource } from './parse-dates.ts';
import { readRussianPlace, readRussianPlaceAt, russianPlacePatternSource } from './read-place.ts';

const datePattern = new RegExp(russianDatePatternSource, 'giu');
const video = /видеоконференц|видеосвяз|онлайн|в\s+режиме\s+видео|в\s+формате\s+видео/iu;
// Where a name ends when read backwards or forwards: punctuation, a date parenthesis, a dash between spaces.
const boundary = /[,;:.!?()]|\s[–—]\s/u;
// The verbs of holding that may stand between an event's name and its date: "…заседание … состоится в 2020 году".
const holdingVerb =
  /(?:\s+(?:также\s+)?(?:состоится|пройд[её]т|будет\s+проведен[оаы]?|планируется\s+провести|запланирован[оаы]?(?:\s+провести)?|намечено\s+провести|состоял(?:ось|ся|ась|ись)|прош(?:ло|[её]л|ла|ли)|был[оаи]?\s+проведен[оаы]?|проведен[оаы]?))+\s*$/iu;
const trailingPlace = new RegExp(`\\s+${russianPlacePatternSource}\\s*$`, 'u');
// A verb of holding right after the date (and place): "в 2025 году в Тяньцзине прошел Форум…".
const holdingAfterDate =
  /^\s*(?:состоял(?:ось|ся|ась|ись)|прош(?:ло|[её]л|ла|ли)|был[оаи]?\s+проведен[оаы]?|пройд[её]т|состоится|будет\s+проведен[оаы]?)(?![\p{L}])/iu;
// Words before a date that introduce the event named after it: "состоявшееся 5 июня 2025 года в Астане совещание…".
const triggerBeforeDate =
  /(?<![\p{L}])(?:состоявш[а-яё]+|прошедш[а-яё]+|проведенн[а-яё]+|проходивш[а-яё]+|организованн[а-яё]+|состоял(?:ось|ся|ась|ись)|прош(?:ло|[её]л|ла|ли)|проведени[еяюи]|провести|проводить|организаци[юяи]|организовать|созыв|созвать)\s*$/iu;
const plannedCue =
  /состоится|пройд[её]т|будет\s+провед|планиру|запланирован|намечен|провести|проведени|проводить|предлож|инициатив|подготовк|организовать|созвать/iu;
// Participles are not part of a name even though they decline like adjectives: состоявшееся, запланированного.
const participle = /(?:вш[а-яё]+|нн(?:ое|ого|ой|ый|ая|ую|ые|ых|ом|ому|ым|ыми))$/u;
const adjectiveLike =
  /^(?:[IVXLC]+|\d+(?:-[а-яё]+)?|[\p{L}-]+(?:ой|ую|ая|ей|яя|ого|ому|ым|ом|ое|ее|ых|ые|ий|ый|ые|ими|ыми))$/u;

interface FoundEvent extends EventReference {
  /** Where the reference starts in the paragraph, to order events as written. */
  localStart: number;
}

/**
 * The dated events a Russian paragraph names, in order of mention. Three shapes are read:
 * - a name followed by a parenthesis of place and date, one session per ";": заседания Совета глав государств-членов
 *   ШОС (Бишкек, 14 июня 2019 года); "видеоконференция" in place of a place means a video event; a parenthesis
 *   inside a document reference (`documentSpans`, local to the paragraph) is adoption data, not an event;
 * - a name before its date, with a verb of holding between them when the text has one: Очередное заседание … состоится
 *   в 2020 году в Республике Индия; заседанию Совета…, которое планируется провести в 2020 году в Санкт-Петербурге;
 * - a date after a word of holding and before the name: состоявшееся 5 июня 2025 года в Астане совещание министров
 *   энергетики; проведение в 2026 году в Казахстане Регионального климатического саммита; or a date and place
 *   followed by the verb: в 2025 году в Тяньцзине прошел Форум…
 * Names keep their words as written except the head noun and its adjectives, put in the nominative (заседанию →
 * заседание); places are in the nominative. An event is `held` when it ended before `referenceDate` (the meeting's
 * first day) and `planned` when it starts after it; for an event overlapping that day the wording decides (состоится,
 * проведение, a proposal → planned). Events without a date are not reported.
 */
export function extractRussianEvents(options: {
  text: string;
  offset: number;
  referenceDate: string;
  documentSpans?: readonly Span[];
}): EventReference[] {
  const masked = maskNonDateParentheses(maskQuotations(options.text));
  const input = { ...options, masked, documentSpans: options.documentSpans ?? [] };
  const withParenthesis = eventsWithDateParenthesis(input);
  const found = [...withParenthesis, ...eventsAroundDates(input)];
  return found.sort((a, b) => a.localStart - b.localStart).map(({ localStart: _localStart, ...event }) => event);
}

interface ExtractionInput {
  text: string;
  masked: string;
  offset: number;
  referenceDate: string;
  documentSpans: readonly Span[];
}

function eventsWithDateParenthesis(input: ExtractionInput): FoundEvent[] {
  const events: FoundEvent[] = [];
  for (const parenthesis of input.masked.matchAll(/\(([^()]*)\)/gu)) {
    const sessions = parseSessions(parenthesis[1]!);
    const nameEnd = input.masked.slice(0, parenthesis.index).trimEnd().length;
    const isAdoptionNote = input.documentSpans.some(
      (span) => parenthesis.index >= span.start && parenthesis.index < span.end,
    );
    if (!sessions || isAdoptionNote) continue;
    const nameStart = nameStartBefore({ masked: input.masked, end: nameEnd });
    if (nameStart === null) continue;
    for (const session of sessions) {
      events.push(
        toEvent({
          ...input,
          name: { start: nameStart, end: nameEnd },
          reference: { start: nameStart, end: parenthesis.index + parenthesis[0].length },
          ...session,
        }),
      );
    }
  }
  return events;
}

function eventsAroundDates(input: ExtractionInput): FoundEvent[] {
  const events: FoundEvent[] = [];
  const { masked } = input;
  for (const date of masked.matchAll(datePattern)) {
    const dates = parseRussianDateRange(date[0]);
    if (!dates || insideParenthesis({ masked, index: date.index })) continue;
    const dateEnd = date.index + date[0].length;
    const placeAfter = readRussianPlaceAt(masked.slice(dateEnd));
    const before = nameBeforeDate({ masked, dateIndex: date.index });
    if (before) {
      const place = before.place ?? placeAfter?.place ?? null;
      const end = placeAfter && !before.place ? dateEnd + placeAfter.length : dateEnd;
      events.push(
        toEvent({
          ...input,
          name: before.name,
          reference: { start: before.name.start, end },
          dates,
          ...placeAndFormat(place, masked.slice(before.name.start, end)),
        }),
      );
      continue;
    }
    const after = nameAfterDate({ masked, dateIndex: date.index, dateEnd });
    if (after) {
      events.push(
        toEvent({
          ...input,
          name: after.name,
          reference: { start: after.triggerStart, end: after.name.end },
          dates,
          ...placeAndFormat(after.place, masked.slice(after.triggerStart, after.name.end)),
        }),
      );
    }
  }
  return events;
}

/** The event named right before a date, through a verb of holding and a place if the text puts them between. */
function nameBeforeDate(options: { masked: string; dateIndex: number }): { name: Span; place: string | null } | null {
  const { masked } = options;
  const clauseEnd = options.dateIndex;
  let clause = masked.slice(clauseStartBefore({ masked, end: clauseEnd }), clauseEnd);
  // "…заседанию Совета…, которое планируется провести в 2020 году": the name is in the clause before the comma.
  const relative = /^\s*(?:котор[а-яё]+)(?![\p{L}])/u.exec(clause);
  if (relative) {
    const comma = clauseEnd - clause.length - 1;
    if (masked[comma] !== ',') return null;
    const holding = clause.slice(relative[0].length);
    if (!holdingVerb.test(holding.replace(trailingPlace, ''))) return null;
    const place = trailingPlace.exec(holding);
    const start = nameStartBefore({ masked, end: comma });
    return start === null
      ? null
      : { name: { start, end: comma }, place: place ? (readRussianPlaceAt(place[0])?.place ?? null) : null };
  }
  let place: string | null = null;
  for (let pass = 0; pass < 2; pass += 1) {
    const placeMatch = trailingPlace.exec(clause);
    if (placeMatch) {
      place ??= readRussianPlaceAt(placeMatch[0])?.place ?? null;
      clause = clause.slice(0, placeMatch.index);
    }
    clause = clause.replace(holdingVerb, '');
  }
  const end = clauseStartBefore({ masked, end: clauseEnd }) + clause.trimEnd().length;
  const start = nameStartBefore({ masked, end });
  if (start === null || !endsAtName({ masked, start, end })) return null;
  return { name: { start, end }, place };
}

/** The event named right after a date that follows a word of holding: "состоявшееся <date> в <place> <name>". */
function nameAfterDate(options: {
  masked: string;
  dateIndex: number;
  dateEnd: number;
}): { name: Span; place: string | null; triggerStart: number } | null {
  const { masked, dateIndex, dateEnd } = options;
  let triggerEnd = dateIndex;
  let place: string | null = null;
  const placeBefore = trailingPlace.exec(masked.slice(0, dateIndex));
  if (placeBefore) {
    place = readRussianPlaceAt(placeBefore[0])?.place ?? null;
    triggerEnd = placeBefore.index;
  }
  let nameStart = dateEnd;
  const placeAfter = readRussianPlaceAt(masked.slice(dateEnd));
  if (placeAfter) {
    place ??= placeAfter.place;
    nameStart += placeAfter.length;
  }
  const trigger = triggerBeforeDate.exec(masked.slice(0, triggerEnd));
  const verbAfter = trigger ? null : holdingAfterDate.exec(masked.slice(nameStart));
  if (!trigger && !verbAfter) return null;
  if (verbAfter) nameStart += verbAfter[0].length;
  const name = nameAfter({ masked, start: nameStart });
  return name ? { name, place, triggerStart: trigger ? trigger.index : dateIndex } : null;
}

/** Reads forward from `start`: up to three adjectives, then an event noun, then its modifiers up to a boundary or verb. */
function nameAfter(options: { masked: string; start: number }): Span | null {
  const { masked } = options;
  const rest = masked.slice(options.start);
  const leading = rest.length - rest.trimStart().length;
  const start = options.start + leading;
  const words = [...masked.slice(start).matchAll(/[^\s]+/gu)].slice(0, 4);
  const headIndex = words.findIndex((word) => eventNounOf(stripPunctuation(word[0])));
  if (headIndex < 0 || !words.slice(0, headIndex).every((word) => adjectiveLike.test(word[0]))) return null;
  const stop = boundary.exec(masked.slice(start));
  let end = stop ? start + stop.index : masked.length;
  for (const word of masked.slice(start, end).matchAll(/(?<=\s)[а-яё]+/gu)) {
    if (startsWithRussianStanceWord(masked.slice(start + word.index))) {
      end = start + word.index - 1;
      break;
    }
  }
  return { start, end: start + masked.slice(start, end).trimEnd().length };
}

/**
 * Where the event's name that ends at `end` starts: at the first event noun of the clause, extended back over the
 * adjectives and ordinals before it (Очередное заседание, XIV Форума, Регионального климатического саммита). Null
 * when the clause names no event.
 */
function nameStartBefore(options: { masked: string; end: number }): number | null {
  const { masked, end } = options;
  const clauseStart = clauseStartBefore({ masked, end });
  const clause = masked.slice(clauseStart, end);
  const words = [...clause.matchAll(/[^\s]+/gu)];
  const headIndex = words.findIndex((word) => eventNounOf(stripPunctuation(word[0])));
  if (headIndex < 0) return null;
  let first = headIndex;
  while (first > 0 && adjectiveLike.test(words[first - 1]![0]) && !participle.test(words[first - 1]![0])) first -= 1;
  return clauseStart + words[first]!.index;
}

function endsAtName(options: { masked: string; start: number; end: number }): boolean {
  return (
    options.end > options.start && !/\s(?:и|в|во|на|с|по|к)$/u.test(options.masked.slice(options.start, options.end))
  );
}

function clauseStartBefore(options: { masked: string; end: number }): number {
  const before = options.masked.slice(0, options.end);
  let start = 0;
  for (const match of before.matchAll(new RegExp(boundary.source, 'gu'))) start = match.index + match[0].length;
  return start;
}

function insideParenthesis(options: { masked: string; index: number }): boolean {
  const before = options.masked.slice(0, options.index);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Parentheses without a date ("(премьер-министров)", "(Специального счета)") are part of a name, not its end. */
function maskNonDateParentheses(masked: string): string {
  return masked.replace(/\([^()]*\)/gu, (parenthesis) =>
    /\d/u.test(parenthesis) ? parenthesis : maskCharacter.repeat(parenthesis.length),
  );
}

function parseSessions(content: string): { dates: DateRange; place: string | null; format: EventFormat }[] | null {
  const sessions = content.split(';').map((part) => {
    const items = part.split(',').map((item) => item.trim());
    const dateIndex = items.findIndex((item) => parseRussianDateRange(item) !== null);
    if (dateIndex < 0 || items.length > 2) return null;
    const other = items[1 - dateIndex] ?? null;
    return { dates: parseRussianDateRange(items[dateIndex]!)!, ...placeAndFormat(other, other ?? '') };
  });
  return sessions.every((session) => session !== null) ? sessions : null;
}

function placeAndFormat(place: string | null, context: string): { place: string | null; format: EventFormat } {
  if (video.test(context) || (place !== null && video.test(place))) return { place: null, format: 'video' };
  return { place: place === null ? null : (readRussianPlace(place)?.place ?? place), format: 'in_person' };
}

interface LocatedEvent {
  name: Span;
  reference: Span;
  dates: DateRange;
  place: string | null;
  format: EventFormat;
}

function toEvent(options: ExtractionInput & LocatedEvent): FoundEvent {
  const { masked, name, reference, dates } = options;
  const sentenceStart = masked.lastIndexOf('.', name.start - 1) + 1;
  const context = masked.slice(sentenceStart, reference.end);
  return {
    name: nominativeEventName(options.text.slice(name.start, name.end)),
    start: dates.start,
    end: dates.end,
    place: options.place,
    format: options.format,
    status: eventStatus({ dates, referenceDate: options.referenceDate, context }),
    span: { start: options.offset + reference.start, end: options.offset + reference.end },
    localStart: reference.start,
  };
}

function eventStatus(options: { dates: DateRange; referenceDate: string; context: string }): EventReference['status'] {
  if (daysCovered(options.dates.end).last < options.referenceDate) return 'held';
  if (daysCovered(options.dates.start).first > options.referenceDate) return 'planned';
  return plannedCue.test(options.context) ? 'planned' : 'held';
}

function stripPunctuation(word: string): string {
  return word.replace(/[^\p{L}-]+$/u, '').replace(/^[^\p{L}]+/u, '');
}
