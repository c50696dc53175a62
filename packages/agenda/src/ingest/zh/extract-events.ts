import type { EventFormat } from '../../vocabulary.ts';
import type { EventReference, Span } from '../types.ts';
import { maskTitlesAndQuotations } from './mask-text.ts';
import { chineseDateRangePatternSource, type DateRange, daysCovered, parseChineseDateRange } from './parse-dates.ts';

// Words an event's name ends with.
const eventNounSource = '运动会|艺术节|电影节|公开赛|博览会|展览会|会议|论坛|大会|大赛|峰会|赛事|比赛';
const eventNoun = new RegExp(`(?:${eventNounSource})`, 'g');
const endsInEventNoun = new RegExp(`(?:${eventNounSource})$`);
// 和/以及 right after an event noun separates two events: …元首理事会会议以及“上合组织+”会议.
const conjunctionAfterEventNoun = new RegExp(`(?<=${eventNounSource})(?:以及|和)`, 'g');

const dateParenthesis = /（([^（）]*)）/g;
const session = new RegExp(`^(${chineseDateRangePatternSource})(?:，(.+))?$`);
// A date before the event: 举办2026年…会议 / 2027年在哈萨克斯坦举办…会议 / 2025年8月31日至9月1日在天津举行的…会议.
const dateLedEvent = new RegExp(
  `(举办|举行)?(${chineseDateRangePatternSource})(?:(?:在([^，。；、]{1,30}?))?(举办|举行)(的)?)?`,
  'g',
);
// The event named before the date: …理事会下次会议将于2026年在塔吉克斯坦共和国举行.
const subjectLedEvent = new RegExp(
  `将于(${chineseDateRangePatternSource})(?:在([^，。；、]{1,30}?))?(?:举办|举行)`,
  'g',
);

// Characters that end a name when reading backwards from its date parenthesis.
const nameBoundary = new Set(['，', '。', '、', '；', '：', '（', '）', '》']);
// Verbs and prepositions that introduce a name; the name starts after the last of them.
const nameLeadIn = /注意到|支持|举行|举办|包括|欢迎在|关于/g;
// 和/以及 before a word that starts a name separates it from what precedes (…国际冰川保护年”和首届国际冰川保护高级别会议).
const conjunctionBeforeName = /(?:和|以及)(?=首届|第.{1,4}届|上合组织|“)/g;
// What may stand between a name and its date parenthesis: the results noted (…会议成果。（…）) or the proposal noun.
const betweenNameAndDate = /(?:(?:成果)?。|的(?:倡议|建议|提议))$/;
const plannedCue = /将(?:于|在)?(?:举行|举办)|支持(?:举行|举办)|倡议|建议|提议/;
// Words that start a new predicate after an event's name: …元首理事会会议欢迎…关于成立…论坛的倡议 names one event, not two.
const predicateAfterName = /^(?:欢迎|通过|批准|决定|同意|支持|注意到|关于|提出|期间|框架)/;
// A year the text declares a named SCO year: 宣布2025年为上合组织可持续发展年, 将2025年确定为…, 2025年为….
const declaredYear = /(?:宣布|将|确定)?(\d{4}年)(?:确定|定)?为(上合组织[^，。；、“”（）]{1,20}?年)(?=[，。；]|$)/g;
// An undated event the text says was held: …安全会议秘书第十九次会议在阿斯塔纳成功举行.
const heldUndated = new RegExp(`((?:${eventNounSource}))(?:在([^，。；、（）]{1,20}?))?成功(?:举行|举办)`, 'g');
// An undated event the text says is planned: 支持继续举办…论坛, 将举办…, 筹备…, 关于举办…的倡议. Not 每年举办 (a series).
const plannedUndated = new RegExp(
  `(?<!每年)(?:支持|继续|将|筹备|关于)(?:继续)?(?:举办|举行)([^，。；、（）\\d]{2,40}?(?:${eventNounSource}))(?=[，。；]|的(?:倡议|建议|提议)|$)`,
  'g',
);
// Phrases after 在 that say in which framework, not where.
const notAPlace = /框架|平台|机制/;

interface FoundEvent extends EventReference {
  /** Where the reference starts in the paragraph, to order events as written. */
  localStart: number;
}

/**
 * The dated events a paragraph names, in order of mention. Three shapes are read:
 * - a name followed by a parenthesis of date and place, one session per `；`: 上合组织可持续发展论坛（2025年4月17日，鄂木斯克；
 *   2025年11月17日，莫斯科） gives two events with the same name; `视频方式` in place of a place means a video event;
 *   the parenthesis may also follow the proposal (…会议的倡议（2026年3月17日至22日，杜尚别）) or a misplaced full stop
 *   (…会议成果。（2025年10月22日，视频方式））; a parenthesis right after 》 is a document's adoption data, not an event;
 * - a date before the name: 2027年在哈萨克斯坦举办…会议, 2025年8月31日至9月1日在天津举行的…会议以及…会议;
 * - a name before the date: …下次会议将于2026年在塔吉克斯坦共和国举行;
 * - a year declared a named SCO year: 宣布2025年为上合组织可持续发展年 (the year is the event's date).
 * An event named without a date is reported, with a null start and end, only when its name ends in an event noun and
 * the wording right around it says it was held (…会议在阿斯塔纳成功举行) or is planned (支持继续举办…论坛, 将举办…,
 * 筹备…, 关于举办…的倡议); an annual series (每年举办…) and an event whose date the paragraph gives are not.
 * An event is `held` when it ended before `referenceDate` (the meeting's first day) and `planned` when it starts after
 * it; for an event overlapping that day the wording decides (将举行, 支持举行, a proposal → planned). Other undated
 * mentions (…文化部长会议成果, 在…举行的…会议成果) are not reported: nothing says when they took place.
 */
export function extractEvents(options: { text: string; offset: number; referenceDate: string }): EventReference[] {
  const masked = maskTitlesAndQuotations(options.text);
  const found = [
    ...eventsWithDateParenthesis({ ...options, masked }),
    ...eventsAfterDate({ ...options, masked }),
    ...eventsBeforeDate({ ...options, masked }),
    ...declaredYears({ ...options, masked }),
  ];
  const undated = undatedEvents({ ...options, masked }).filter(
    (event) => !found.some((dated) => dated.name === event.name),
  );
  return [...found, ...undated]
    .sort((a, b) => a.localStart - b.localStart)
    .map(({ localStart: _localStart, ...event }) => event);
}

interface ExtractionInput {
  text: string;
  masked: string;
  offset: number;
  referenceDate: string;
}

function eventsWithDateParenthesis(input: ExtractionInput): FoundEvent[] {
  const events: FoundEvent[] = [];
  for (const parenthesis of input.masked.matchAll(dateParenthesis)) {
    const sessions = parseSessions(parenthesis[1]!);
    if (!sessions || input.masked[parenthesis.index - 1] === '》') continue;
    const nameEnd =
      parenthesis.index - (betweenNameAndDate.exec(input.masked.slice(0, parenthesis.index))?.[0].length ?? 0);
    const nameStart = findNameStart({ masked: input.masked, end: nameEnd });
    if (nameStart === nameEnd) continue;
    const referenceEnd = parenthesis.index + parenthesis[0].length;
    for (const { dates, place, format } of sessions) {
      events.push(
        toEvent({
          ...input,
          name: { start: nameStart, end: nameEnd },
          reference: { start: nameStart, end: referenceEnd },
          dates,
          place,
          format,
        }),
      );
    }
  }
  return events;
}

function eventsAfterDate(input: ExtractionInput): FoundEvent[] {
  const events: FoundEvent[] = [];
  for (const match of input.masked.matchAll(dateLedEvent)) {
    const [whole, verbBefore, dateText, place, verbAfter] = match;
    const dates = parseChineseDateRange(dateText!);
    if (!dates || (!verbBefore && !verbAfter)) continue;
    const names = namesFollowing({ masked: input.masked, from: match.index + whole.length });
    for (const name of names) {
      events.push(
        toEvent({ ...input, name, reference: { start: match.index, end: name.end }, dates, ...placeAndFormat(place) }),
      );
    }
  }
  return events;
}

function eventsBeforeDate(input: ExtractionInput): FoundEvent[] {
  const events: FoundEvent[] = [];
  for (const match of input.masked.matchAll(subjectLedEvent)) {
    const [whole, dateText, place] = match;
    const dates = parseChineseDateRange(dateText!);
    const clauseStart = Math.max(
      ...['，', '。', '；'].map((mark) => input.masked.lastIndexOf(mark, match.index - 1) + 1),
    );
    const leadIn = lastMatchEnd({ text: input.masked.slice(clauseStart, match.index), pattern: nameLeadIn });
    const name = { start: clauseStart + leadIn, end: match.index };
    if (!dates || !endsInEventNoun.test(input.masked.slice(name.start, name.end))) continue;
    events.push(
      toEvent({
        ...input,
        name,
        reference: { start: name.start, end: match.index + whole.length },
        dates,
        ...placeAndFormat(place),
      }),
    );
  }
  return events;
}

function declaredYears(input: ExtractionInput): FoundEvent[] {
  return [...input.masked.matchAll(declaredYear)].flatMap((match) => {
    const dates = parseChineseDateRange(match[1]!);
    const nameStart = match.index + match[0].length - match[2]!.length;
    if (!dates) return [];
    const name = { start: nameStart, end: nameStart + match[2]!.length };
    return [
      toEvent({
        ...input,
        name,
        reference: { start: match.index, end: name.end },
        dates,
        place: null,
        format: 'in_person',
      }),
    ];
  });
}

function undatedEvents(input: ExtractionInput): FoundEvent[] {
  const { masked, text, offset } = input;
  const held = [...masked.matchAll(heldUndated)].flatMap((match) => {
    const end = match.index + match[1]!.length;
    const start = findNameStart({ masked, end });
    // A bare noun (会议成功举行) names no particular event.
    if (start === match.index) return [];
    return [
      { name: { start, end }, referenceEnd: match.index + match[0].length, place: match[2], status: 'held' as const },
    ];
  });
  const planned = [...masked.matchAll(plannedUndated)].flatMap((match) => {
    const end = match.index + match[0].length;
    const start = end - match[1]!.length;
    const names: Span[] = [];
    let nameStart = start;
    for (const conjunction of masked.slice(start, end).matchAll(conjunctionAfterEventNoun)) {
      names.push({ start: nameStart, end: start + conjunction.index });
      nameStart = start + conjunction.index + conjunction[0].length;
    }
    names.push({ start: nameStart, end });
    return names.map((name) => ({ name, referenceEnd: name.end, place: undefined, status: 'planned' as const }));
  });
  return [...held, ...planned].map(({ name, referenceEnd, place, status }) => ({
    name: text.slice(name.start, name.end),
    start: null,
    end: null,
    ...placeAndFormat(place),
    status,
    span: { start: offset + name.start, end: offset + referenceEnd },
    localStart: name.start,
  }));
}

/** Where an event was read: its name, the whole reference (name with date and place), and what the text says. */
interface LocatedEvent {
  name: Span;
  reference: Span;
  dates: DateRange;
  place: string | null;
  format: EventFormat;
}

function toEvent(options: ExtractionInput & LocatedEvent): FoundEvent {
  const { masked, name, reference, dates } = options;
  // The wording that decides a status stands before the name or right after it (…会议的倡议).
  const context = masked.slice(sentenceStart({ masked, index: name.start }), reference.end + '的倡议'.length);
  return {
    name: options.text.slice(name.start, name.end),
    start: dates.start,
    end: dates.end,
    place: options.place,
    format: options.format,
    status: eventStatus({ dates, referenceDate: options.referenceDate, context }),
    span: { start: options.offset + reference.start, end: options.offset + reference.end },
    localStart: reference.start,
  };
}

function parseSessions(content: string): { dates: DateRange; place: string | null; format: EventFormat }[] | null {
  const sessions = content.split('；').map((part) => {
    const match = session.exec(part);
    const dates = match ? parseChineseDateRange(match[1]!) : null;
    return dates ? { dates, ...placeAndFormat(match![2]) } : null;
  });
  return sessions.every((parsed) => parsed !== null) ? sessions : null;
}

function placeAndFormat(place: string | undefined): { place: string | null; format: EventFormat } {
  if (place && /视频/.test(place)) return { place: null, format: 'video' };
  return { place: place && !notAPlace.test(place) ? place : null, format: 'in_person' };
}

/** Reads back from `end` to where the event's name starts. */
function findNameStart(options: { masked: string; end: number }): number {
  const { masked, end } = options;
  let start = end;
  while (start > 0) {
    const char = masked[start - 1]!;
    if (nameBoundary.has(char)) break;
    if (char === '的') {
      // 以“…”为主题的 (on the theme of …) belongs to the name; any other 的 ends the modifier before it.
      const themeQuote = masked.slice(0, start - 1).endsWith('”为主题') ? masked.lastIndexOf('“', start - 1) : -1;
      if (themeQuote < 1 || masked[themeQuote - 1] !== '以') break;
      start = themeQuote - 1;
      continue;
    }
    start -= 1;
  }
  const candidate = masked.slice(start, end);
  const afterLeadIn = lastMatchEnd({ text: candidate, pattern: nameLeadIn });
  const afterConjunction = lastMatchEnd({ text: candidate, pattern: conjunctionBeforeName });
  const trimmed = Math.max(afterLeadIn, afterConjunction);
  const leadingConjunction = /^(?:以及|和|及)/.exec(candidate.slice(trimmed))?.[0].length ?? 0;
  return start + trimmed + leadingConjunction;
}

/** The event names right after `from`, up to the clause end: one, or several joined by 和/以及. */
function namesFollowing(options: { masked: string; from: number }): Span[] {
  const { masked, from } = options;
  const rest = masked.slice(from);
  const phraseLength = /[，。；、：（]|的(?:倡议|建议|提议|决议)/.exec(rest)?.index ?? rest.length;
  const phrase = rest.slice(0, phraseLength);
  let nameLength = 0;
  for (const noun of phrase.matchAll(eventNoun)) {
    if (nameLength > 0 && predicateAfterName.test(phrase.slice(nameLength))) break;
    nameLength = noun.index + noun[0].length;
  }
  if (nameLength === 0) return [];
  const names: Span[] = [];
  let start = 0;
  for (const conjunction of phrase.slice(0, nameLength).matchAll(conjunctionAfterEventNoun)) {
    names.push({ start: from + start, end: from + conjunction.index });
    start = conjunction.index + conjunction[0].length;
  }
  names.push({ start: from + start, end: from + nameLength });
  return names;
}

function eventStatus(options: { dates: DateRange; referenceDate: string; context: string }): EventReference['status'] {
  if (daysCovered(options.dates.end).last < options.referenceDate) return 'held';
  if (daysCovered(options.dates.start).first > options.referenceDate) return 'planned';
  return plannedCue.test(options.context) ? 'planned' : 'held';
}

function sentenceStart(options: { masked: string; index: number }): number {
  return options.masked.lastIndexOf('。', options.index - 1) + 1;
}

function lastMatchEnd(options: { text: string; pattern: RegExp }): number {
  let end = 0;
  for (const match of options.text.matchAll(options.pattern)) end = match.index + match[0].length;
  return end;
}
