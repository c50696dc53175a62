import type { EventFormat } from '../../vocabulary.ts';
import type { EventReference, Span } from '../types.ts';
import { daysCovered } from '../zh/parse-dates.ts';
import { maskCharacter, maskQuotations } from './mask-quotes.ts';
import { eventNounOf, nominativeEventName } from './nominative.ts';
import {
  type DateRange,
  parseRussianDateRange,
  parseRussianYearlessDayRange,
  russianDatePatternSource,
  russianYearlessDayRangePatternSource,
} from './parse-dates.ts';
import { readRussianPlace, readRussianPlaceAt, russianPlacePatternSource } from './read-place.ts';
import { startsWithRussianVerb } from './starts-with-verb.ts';

// A dated expression, or (group 1) a day range without its year, read only where the wording tells past from future.
const datePattern = new RegExp(`${russianDatePatternSource}|(${russianYearlessDayRangePatternSource})`, 'giu');
const video = /видеоконференц|видеосвяз|онлайн|в\s+режиме\s+видео|в\s+формате\s+видео/iu;
// Where a name ends when read backwards or forwards: punctuation (not the full stop of "г." before a city), a
// parenthesis, a dash between spaces.
const boundary = /[,;:!?()]|(?<!(?<![\p{L}])гг?)\.|\s[–—]\s/u;
// A comma that does not end a name: "Совещание министров государств-членов ШОС, отвечающих за транспорт".
const nameContinuation = /^,\s*отвечающ[а-яё]+\s+за\s/u;
// The verbs of holding that may stand between an event's name and its date: "…заседание … состоится в 2020 году".
const holdingVerb =
  /(?:\s+(?:также\s+)?(?:состоится|пройд[её]т|будет\s+проведен[оаы]?|планируется\s+провести|запланирован[оаы]?(?:\s+провести)?|намечено\s+провести|состоял(?:ось|ся|ась|ись)|прош(?:ло|[её]л|ла|ли)|был[оаи]?\s+проведен[оаы]?|проведен[оаы]?))+\s*$/iu;
const trailingPlace = new RegExp(`\\s+${russianPlacePatternSource}\\s*$`, 'u');
// How an event was held, between its date and its name or after its name: "в формате видеоконференции".
const formatPhraseSource = String.raw`в\s+(?:формате|режиме)\s+(?:видеоконференц|видеосвяз|онлайн)[а-яё]*`;
const leadingFormat = new RegExp(`^\\s*${formatPhraseSource}`, 'iu');
const trailingFormat = new RegExp(`\\s+${formatPhraseSource}\\s*$`, 'iu');
// A verb of holding right after the date (and place): "в 2025 году в Тяньцзине прошел Форум…".
const holdingAfterDate =
  /^\s*(?:состоял(?:ось|ся|ась|ись)|прош(?:ло|[её]л|ла|ли)|был[оаи]?\s+проведен[оаы]?|пройд[её]т|состоится|будет\s+проведен[оаы]?)(?![\p{L}])/iu;
// Words before a date that introduce the event named after it: "состоявшееся 5 июня 2025 года в Астане совещание…".
const triggerBeforeDate =
  /(?<![\p{L}])(?:состоявш[а-яё]+|прошедш[а-яё]+|проведенн[а-яё]+|проходивш[а-яё]+|организованн[а-яё]+|состоял(?:ось|ся|ась|ись)|прош(?:ло|[её]л|ла|ли)|проведени[еяюи]|провести|проводить|организаци[юяи]|организовать|созыв|созвать)\s*$/iu;
// A participle after the name's comma that dates it: "…Форума ШОС по цифровой экономике, прошедшего в Циндао 12–14 мая".
const participleAfterName = /,\s*(?:состоявш|прошедш|проведенн|проходивш|запланированн|намеченн)[а-яё]+\s*$/u;
// A year declared to be a named year: "объявить 2025 год Годом устойчивого развития ШОС".
const declaredYear = /(?<![\p{L}])объяв[а-яё]+\s+(\d{4})\s+год\s+(?=Год)/gu;
const plannedCue =
  /состоится|пройд[её]т|будет\s+провед|планиру|запланирован|намечен|провести|проведени|проводить|предлож|инициатив|подготовк|организовать|созвать|объявить/iu;
const heldCue =
  /состоявш|прошедш|проведенн|проходивш|организованн|состоял(?:ось|ся|ась|ись)|прош(?:ло|[её]л|ла|ли)(?![\p{L}])|был[оаи]?\s+проведен/iu;
// Participles are not part of a name even though they decline like adjectives: состоявшееся, запланированного.
const participle = /(?:вш[а-яё]+|нн(?:ое|ого|ой|ый|ая|ую|ые|ых|ом|ому|ым|ыми))$/u;
const adjectiveLike =
  /^(?:[IVXLC]+|\d+(?:-[а-яё]+)?|[\p{L}-]+(?:ой|ую|ая|ей|яя|ого|ому|ым|ом|ое|ее|ых|ые|ий|ый|ые|ими|ыми))$/u;
// A preposition between "и" and a second name: "к заседанию Совета министров … и к заседанию Совета глав …".
const prepositionAfterConjunction = /^(?:к|в|во|на|о|об|по|для)$/u;

// An undated event is reported only when the words right before its name say whether it was held or is planned.
const heldBeforeName =
  /(?<![\p{L}])(?:итог(?:и|ам|ах|ов)|результат(?:ы|ам|ах|ов)|состоявш[а-яё]+|прошедш[а-яё]+|проведенн[а-яё]+|проходивш[а-яё]+|успешн[а-яё]+\s+проведени[а-яё]+|оценил[аи]?\s+проведени[а-яё]+)\s+$/iu;
const plannedBeforeName =
  /(?<![\p{L}])(?:проведени[а-яё]+|провести|проводить|подготовк[а-яё]*\s+к|созыв[а-яё]*|созвать|организовать|предстоящ[а-яё]+|запланированн[а-яё]+|намеченн[а-яё]+)\s+$/iu;
const heldAfterName =
  /^\s*(?:состоял(?:ось|ся|ась|ись)|прош(?:ло|[её]л|ла|ли)|был[оаи]?\s+проведен[оаы]?)(?![\p{L}])/iu;
const plannedAfterName =
  /^\s*(?:состоится|пройд[её]т|будет\s+проведен[оаы]?|планируется\s+провести|запланирован[оаы]?)(?![\p{L}])/iu;
// The meeting that adopts the text ("на нынешнем заседании") is no event it reports.
const currentMeeting = /^(?:нынешн|настоящ|данн|текущ|сегодняшн|этого|этом|этой)/iu;
// Where an undated name ends before a phrase that is not part of it: "Форум … в рамках председательства".
const undatedNameStop =
  /\s(?:в\s+(?:рамках|ходе|целях|том\s+числе|период|качестве|формате|режиме)|с\s+участием|при\s+участии|на\s+полях|с\s+целью|для)(?![\p{L}])/iu;

interface FoundEvent extends EventReference {
  /** Where the reference starts and ends in the paragraph, to order events and to skip names already read. */
  localStart: number;
  localEnd: number;
}

/**
 * The events a Russian paragraph names, in order of mention. Dated events come in four shapes:
 * - a name followed by a parenthesis of place and date, one session per ";": заседания Совета глав государств-членов
 *   ШОС (Бишкек, 14 июня 2019 года); "видеоконференция" in place of a place means a video event; a parenthesis
 *   inside a document reference (`documentSpans`, local to the paragraph) is adoption data, not an event;
 * - a name before its date, with a verb of holding between them when the text has one: Очередное заседание … состоится
 *   в 2020 году в Республике Индия; заседанию Совета…, которое планируется провести в 2020 году в Санкт-Петербурге;
 *   or with a participle after its comma: итоги Форума …, прошедшего в Циндао 12–14 мая;
 * - a date after a word of holding and before the name, a place or "в формате видеоконференции" between them:
 *   состоявшееся 5 июня 2025 года в Астане совещание министров энергетики; проведение в 2026 году в Казахстане
 *   Регионального климатического саммита; or a date and place followed by the verb: в 2025 году в Тяньцзине прошел Форум…;
 * - a year declared a named year: объявить 2025 год Годом устойчивого развития ШОС.
 * A day range without its year ("12–14 мая") is placed in the year of `referenceDate` (the meeting's first day), or
 * the year before or after when the wording says the event was held or is planned and that year would contradict it.
 * An event named without a date is reported, with a null start and end, only when its name is more than the bare
 * noun (заседание Совета министров иностранных дел, not "заседания в Ташкенте") and the words around it say whether
 * it was held (итоги, состоявшегося, прошел) or is planned (проведение, подготовку к, состоится); the meeting that
 * adopts the text (нынешнее заседание) is never reported. Names keep their words as written except the head noun
 * and its adjectives, put in the nominative (заседанию → заседание); places are in the nominative. A dated event is
 * `held` when it ended before `referenceDate` and `planned` when it starts after it; for an event overlapping that
 * day the wording decides (состоится, проведение, a proposal → planned).
 */
export function extractRussianEvents(options: {
  text: string;
  offset: number;
  referenceDate: string;
  documentSpans?: readonly Span[];
}): EventReference[] {
  const masked = maskNonDateParentheses(maskQuotations(options.text));
  const input = { ...options, masked, documentSpans: options.documentSpans ?? [] };
  const dated = [...eventsWithDateParenthesis(input), ...eventsAroundDates(input), ...declaredYears(input)];
  const found = [...dated, ...eventsWithoutDate({ ...input, dated })];
  return found
    .sort((a, b) => a.localStart - b.localStart)
    .map(({ localStart: _localStart, localEnd: _localEnd, ...event }) => event);
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

/** Where a dated event's name and the whole reference were read, with the place and the words that date it. */
interface LocatedName {
  name: Span;
  reference: Span;
  place: string | null;
  /** The words between name and date (or before the date) that say whether the event was held or is planned. */
  wording: string;
}

function eventsAroundDates(input: ExtractionInput): FoundEvent[] {
  const events: FoundEvent[] = [];
  const { masked } = input;
  for (const date of masked.matchAll(datePattern)) {
    const yearless = date[1] !== undefined;
    const fullDates = yearless ? null : parseRussianDateRange(date[0]);
    if ((!yearless && !fullDates) || insideParenthesis({ masked, index: date.index })) continue;
    const dateSpan = { start: date.index, end: date.index + date[0].length };
    const located =
      nameBeforeDate({ masked, date: dateSpan }) ??
      nameBeforeParticiple({ masked, date: dateSpan }) ??
      nameAfterDate({ masked, date: dateSpan });
    if (!located) continue;
    const dates =
      fullDates ?? yearlessDates({ text: date[0], wording: located.wording, referenceDate: input.referenceDate });
    if (!dates) continue;
    events.push(
      toEvent({
        ...input,
        name: located.name,
        reference: located.reference,
        dates,
        ...placeAndFormat(located.place, masked.slice(located.reference.start, located.reference.end)),
      }),
    );
  }
  return events;
}

function yearlessDates(options: { text: string; wording: string; referenceDate: string }): DateRange | null {
  const direction = heldCue.test(options.wording) ? 'held' : plannedCue.test(options.wording) ? 'planned' : null;
  return direction
    ? parseRussianYearlessDayRange({ text: options.text, referenceDate: options.referenceDate, direction })
    : null;
}

function declaredYears(input: ExtractionInput): FoundEvent[] {
  return [...input.masked.matchAll(declaredYear)].flatMap((match) => {
    const name = nameAfter({ masked: input.masked, start: match.index + match[0].length });
    const dates = parseRussianDateRange(`${match[1]} год`);
    if (!name || !dates) return [];
    const reference = { start: match.index, end: name.end };
    return [toEvent({ ...input, name, reference, dates, place: null, format: 'in_person' })];
  });
}

/** The event named right before a date, through a verb of holding and a place if the text puts them between. */
function nameBeforeDate(options: { masked: string; date: Span }): LocatedName | null {
  const { masked, date } = options;
  const clauseEnd = date.start;
  const clauseStart = clauseStartBefore({ masked, end: clauseEnd });
  let clause = masked.slice(clauseStart, clauseEnd);
  const placeAfter = readRussianPlaceAt(masked.slice(date.end));
  const afterDate = (place: string | null) =>
    placeAfter && !place
      ? { end: date.end + placeAfter.length, place: placeAfter.place }
      : { end: date.end, place: place };
  // "…заседанию Совета…, которое планируется провести в 2020 году": the name is in the clause before the comma.
  const relative = /^\s*(?:котор[а-яё]+)(?![\p{L}])/u.exec(clause);
  if (relative) {
    const comma = clauseStart - 1;
    if (masked[comma] !== ',') return null;
    const holding = clause.slice(relative[0].length);
    if (!holdingVerb.test(holding.replace(trailingPlace, ''))) return null;
    const placeMatch = trailingPlace.exec(holding);
    const start = nameStartBefore({ masked, end: comma });
    if (start === null) return null;
    const { end, place } = afterDate(placeMatch ? (readRussianPlaceAt(placeMatch[0])?.place ?? null) : null);
    return { name: { start, end: comma }, reference: { start, end }, place, wording: holding };
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
  const nameEnd = clauseStart + clause.trimEnd().length;
  const start = nameStartBefore({ masked, end: nameEnd });
  if (start === null || !endsAtName({ masked, start, end: nameEnd })) return null;
  const after = afterDate(place);
  return {
    name: { start, end: nameEnd },
    reference: { start, end: after.end },
    place: after.place,
    wording: masked.slice(nameEnd, date.start),
  };
}

/** The event named before a comma and dated by the participle after it: "Форума …, прошедшего в Циндао 12–14 мая". */
function nameBeforeParticiple(options: { masked: string; date: Span }): LocatedName | null {
  const { masked, date } = options;
  let before = masked.slice(0, date.start);
  let place: string | null = null;
  for (let pass = 0; pass < 2; pass += 1) {
    const placeMatch = trailingPlace.exec(before);
    if (placeMatch) {
      place ??= readRussianPlaceAt(placeMatch[0])?.place ?? null;
      before = before.slice(0, placeMatch.index);
    }
    before = before.replace(trailingFormat, '');
  }
  const participleMatch = participleAfterName.exec(before);
  if (!participleMatch) return null;
  const comma = participleMatch.index;
  const start = nameStartBefore({ masked, end: comma });
  if (start === null) return null;
  const placeAfter = place ? null : readRussianPlaceAt(masked.slice(date.end));
  return {
    name: { start, end: comma },
    reference: { start, end: date.end + (placeAfter?.length ?? 0) },
    place: place ?? placeAfter?.place ?? null,
    wording: participleMatch[0],
  };
}

/** The event named right after a date that follows a word of holding: "состоявшееся <date> в <place> <name>". */
function nameAfterDate(options: { masked: string; date: Span }): LocatedName | null {
  const { masked, date } = options;
  let triggerEnd = date.start;
  let place: string | null = null;
  const placeBefore = trailingPlace.exec(masked.slice(0, date.start));
  if (placeBefore) {
    place = readRussianPlaceAt(placeBefore[0])?.place ?? null;
    triggerEnd = placeBefore.index;
  }
  let nameStart = date.end;
  for (let pass = 0; pass < 2; pass += 1) {
    const placeAfter = readRussianPlaceAt(masked.slice(nameStart));
    if (placeAfter) {
      place ??= placeAfter.place;
      nameStart += placeAfter.length;
    }
    nameStart += leadingFormat.exec(masked.slice(nameStart))?.[0].length ?? 0;
  }
  const trigger = triggerBeforeDate.exec(masked.slice(0, triggerEnd));
  const verbAfter = trigger ? null : holdingAfterDate.exec(masked.slice(nameStart));
  if (!trigger && !verbAfter) return null;
  if (verbAfter) nameStart += verbAfter[0].length;
  const name = nameAfter({ masked, start: nameStart });
  if (!name) return null;
  const triggerStart = trigger ? trigger.index : date.start;
  return {
    name,
    reference: { start: triggerStart, end: name.end },
    place,
    wording: trigger ? trigger[0] : verbAfter![0],
  };
}

/**
 * The events named without a date: a head noun with more than itself in its name, not inside a dated reference or
 * a document title, and with words around it that tell whether it was held or is planned.
 */
function eventsWithoutDate(input: ExtractionInput & { dated: readonly FoundEvent[] }): FoundEvent[] {
  const { masked, dated } = input;
  const taken: Span[] = [
    ...dated.map((event) => ({ start: event.localStart, end: event.localEnd })),
    ...input.documentSpans,
  ];
  const events: FoundEvent[] = [];
  for (const word of masked.matchAll(/[^\s]+/gu)) {
    if (!eventNounOf(stripPunctuation(word[0])) || taken.some((span) => within(span, word.index))) continue;
    const start = adjectivesBefore({ masked, head: word.index });
    const headEnd = word.index + word[0].replace(/[^\p{L}-]+$/u, '').length;
    const found = undatedName({ masked, start, headEnd });
    if (!found || currentMeeting.test(masked.slice(start))) continue;
    const status = undatedStatus({ masked, name: found.name, after: found.after });
    if (!status) continue;
    const name = nominativeEventName(input.text.slice(found.name.start, found.name.end));
    if (dated.some((event) => event.name === name) || events.some((event) => event.name === name)) continue;
    const reference = { start: status.referenceStart, end: status.referenceEnd };
    taken.push(reference);
    events.push({
      name,
      start: null,
      end: null,
      place: status.place ?? found.place,
      format: found.video ? 'video' : 'in_person',
      status: status.status,
      span: { start: input.offset + reference.start, end: input.offset + reference.end },
      localStart: reference.start,
      localEnd: reference.end,
    });
  }
  return events;
}

/** Where the adjectives and ordinals before the head noun at `head` start (not participles, which name no event). */
function adjectivesBefore(options: { masked: string; head: number }): number {
  const { masked } = options;
  const clauseStart = clauseStartBefore({ masked, end: options.head });
  const words = [...masked.slice(clauseStart, options.head).matchAll(/[^\s]+/gu)];
  let first = words.length;
  while (first > 0 && adjectiveLike.test(words[first - 1]![0]) && !participle.test(words[first - 1]![0])) first -= 1;
  return first < words.length ? clauseStart + words[first]!.index : options.head;
}

/**
 * An undated name read forward from `start`, without a place, a video format or a framing phrase after it; null
 * when it is the bare noun. `after` is where the reference ends, the place or format included.
 */
function undatedName(options: {
  masked: string;
  start: number;
  headEnd: number;
}): { name: Span; after: number; place: string | null; video: boolean } | null {
  const { masked, start, headEnd } = options;
  const full = nameAfter({ masked, start });
  if (!full || full.end <= headEnd) return null;
  let end = full.end;
  let place: string | null = null;
  let video = false;
  let after = full.end;
  for (const candidate of masked.slice(headEnd, full.end).matchAll(/\s(?:в|во)\s/gu)) {
    const at = headEnd + candidate.index;
    const read = readRussianPlaceAt(masked.slice(at));
    const format = leadingFormat.exec(masked.slice(at));
    if (!read && !format) continue;
    end = at;
    place = read?.place ?? null;
    video = format !== null;
    after = at + (read?.length ?? format![0].length);
    break;
  }
  const stop = undatedNameStop.exec(masked.slice(headEnd, end));
  if (stop) {
    end = headEnd + stop.index;
    after = Math.min(after, end);
  }
  end = start + masked.slice(start, end).trimEnd().length;
  if (!/\s/u.test(masked.slice(start, end))) return null;
  return { name: { start, end }, after: Math.max(after, end), place, video };
}

/**
 * Held or planned, as the words before an undated name (or the verb after it) say, with a place read before the name
 * or after that verb; null when the words do not say.
 */
function undatedStatus(options: {
  masked: string;
  name: Span;
  after: number;
}): { status: EventReference['status']; referenceStart: number; referenceEnd: number; place: string | null } | null {
  const { masked, name, after } = options;
  const clauseStart = clauseStartBefore({ masked, end: name.start });
  let before = masked.slice(clauseStart, name.start);
  let place: string | null = null;
  const placeMatch = trailingPlace.exec(before);
  if (placeMatch) {
    place = readRussianPlaceAt(placeMatch[0])?.place ?? null;
    before = before.slice(0, placeMatch.index + 1);
  }
  const cue = heldBeforeName.exec(before) ?? plannedBeforeName.exec(before);
  if (cue) {
    const status = heldBeforeName.test(before) ? 'held' : 'planned';
    return { status, referenceStart: clauseStart + cue.index, referenceEnd: after, place };
  }
  const verb = heldAfterName.exec(masked.slice(after)) ?? plannedAfterName.exec(masked.slice(after));
  if (!verb) return null;
  const placeAfter = readRussianPlaceAt(masked.slice(after + verb[0].length));
  return {
    status: heldAfterName.test(verb[0]) ? 'held' : 'planned',
    referenceStart: name.start,
    referenceEnd: after + verb[0].length + (placeAfter?.length ?? 0),
    place: place ?? placeAfter?.place ?? null,
  };
}

/**
 * Reads forward from `start`: up to three adjectives, then an event noun, then its modifiers up to a boundary, a
 * verb, or "и" before a second event ("Форума … и выставки …").
 */
function nameAfter(options: { masked: string; start: number }): Span | null {
  const { masked } = options;
  const rest = masked.slice(options.start);
  const leading = rest.length - rest.trimStart().length;
  const start = options.start + leading;
  const words = [...masked.slice(start).matchAll(/[^\s]+/gu)].slice(0, 4);
  const headIndex = words.findIndex((word) => eventNounOf(stripPunctuation(word[0])));
  if (headIndex < 0 || !words.slice(0, headIndex).every((word) => adjectiveLike.test(word[0]))) return null;
  let end = nameBoundaryAfter({ masked, start: start + words[headIndex]!.index });
  const following = [...masked.slice(start, end).matchAll(/(?<=\s)[^\s]+/gu)];
  for (const [position, word] of following.entries()) {
    const at = start + word.index;
    const secondEvent = word[0] === 'и' && startsEventName(following.slice(position + 1).map((w) => w[0]));
    if (secondEvent || startsWithRussianVerb(masked.slice(at)) || holdingAfterDate.test(masked.slice(at))) {
      end = at - 1;
      break;
    }
  }
  return { start, end: start + masked.slice(start, end).trimEnd().length };
}

/** Whether words begin an event's name: an optional preposition, adjectives, then an event noun. */
function startsEventName(words: readonly string[]): boolean {
  const rest = prepositionAfterConjunction.test(words[0] ?? '') ? words.slice(1) : words;
  const headIndex = rest.slice(0, 4).findIndex((word) => eventNounOf(stripPunctuation(word)));
  return headIndex >= 0 && rest.slice(0, headIndex).every((word) => adjectiveLike.test(word));
}

/** Where the first boundary after `start` is, passing over the comma of "…, отвечающих за …". */
function nameBoundaryAfter(options: { masked: string; start: number }): number {
  const { masked } = options;
  const pattern = new RegExp(boundary.source, 'gu');
  pattern.lastIndex = options.start;
  for (let stop = pattern.exec(masked); stop; stop = pattern.exec(masked)) {
    if (!(stop[0] === ',' && nameContinuation.test(masked.slice(stop.index)))) return stop.index;
  }
  return masked.length;
}

/**
 * Where the event's name that ends at `end` starts: at the first event noun of the clause, or at a later one after
 * "и" (к заседанию Совета министров … и к заседанию Совета глав …), extended back over the adjectives and ordinals
 * before it (Очередное заседание, XIV Форума, Регионального климатического саммита). Null when the clause names no
 * event.
 */
function nameStartBefore(options: { masked: string; end: number }): number | null {
  const { masked, end } = options;
  const clauseStart = clauseStartBefore({ masked, end });
  const words = [...masked.slice(clauseStart, end).matchAll(/[^\s]+/gu)].map((word) => ({
    text: word[0],
    index: word.index,
  }));
  const isHead = (word: { text: string }) => eventNounOf(stripPunctuation(word.text)) !== null;
  const headIndex = words.findIndex(isHead);
  if (headIndex < 0) return null;
  const firstOf = (head: number) => {
    let first = head;
    while (first > 0 && adjectiveLike.test(words[first - 1]!.text) && !participle.test(words[first - 1]!.text)) {
      first -= 1;
    }
    return first;
  };
  let first = firstOf(headIndex);
  for (let index = headIndex + 1; index < words.length; index += 1) {
    if (!isHead(words[index]!)) continue;
    const candidate = firstOf(index);
    const before = words[candidate - 1]?.text ?? '';
    const joined = before === 'и' || (prepositionAfterConjunction.test(before) && words[candidate - 2]?.text === 'и');
    if (candidate > headIndex && joined) first = candidate;
  }
  return clauseStart + words[first]!.index;
}

function endsAtName(options: { masked: string; start: number; end: number }): boolean {
  return (
    options.end > options.start && !/\s(?:и|в|во|на|с|по|к)$/u.test(options.masked.slice(options.start, options.end))
  );
}

/** Where the clause ending at `end` starts: after the last boundary, passing over the comma of "…, отвечающих за …". */
function clauseStartBefore(options: { masked: string; end: number }): number {
  const before = options.masked.slice(0, options.end);
  let start = 0;
  for (const match of before.matchAll(new RegExp(boundary.source, 'gu'))) {
    if (match[0] === ',' && nameContinuation.test(before.slice(match.index))) continue;
    start = match.index + match[0].length;
  }
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
  const context = masked.slice(sentenceStartBefore({ masked, index: name.start }), reference.end);
  return {
    name: nominativeEventName(options.text.slice(name.start, name.end)),
    start: dates.start,
    end: dates.end,
    place: options.place,
    format: options.format,
    status: eventStatus({ dates, referenceDate: options.referenceDate, context }),
    span: { start: options.offset + reference.start, end: options.offset + reference.end },
    localStart: reference.start,
    localEnd: reference.end,
  };
}

function sentenceStartBefore(options: { masked: string; index: number }): number {
  let start = 0;
  for (const stop of options.masked.slice(0, options.index).matchAll(/(?<!(?<![\p{L}])гг?)\./gu)) {
    start = stop.index + 1;
  }
  return start;
}

function eventStatus(options: { dates: DateRange; referenceDate: string; context: string }): EventReference['status'] {
  if (daysCovered(options.dates.end).last < options.referenceDate) return 'held';
  if (daysCovered(options.dates.start).first > options.referenceDate) return 'planned';
  return plannedCue.test(options.context) ? 'planned' : 'held';
}

function within(span: Span, index: number): boolean {
  return index >= span.start && index < span.end;
}

function stripPunctuation(word: string): string {
  return word.replace(/[^\p{L}-]+$/u, '').replace(/^[^\p{L}]+/u, '');
}
