import type { EventFormat } from '../../vocabulary.ts';
import type { EventReference, Span } from '../types.ts';
import { daysCovered } from '../zh/parse-dates.ts';
import { maskQuotations } from './mask-quotations.ts';
import { type DateRange, findEnglishDates, parseEnglishDateRange } from './parse-dates.ts';
import { readDateAndPlace } from './read-date-and-place.ts';
import { cleanPlaceName, placeNamePatternSource } from './read-place.ts';

// Words an event's name holds: "meeting of energy ministers", "SCO Marathon", "SCO Year of Ecology".
const eventNoun =
  /\b(?:meetings?|summits?|forums?|conferences?|festivals?|games|exhibitions?|expos?|fairs?|competitions?|contests?|marathons?|sessions?|championships?|tournaments?|congress(?:es)?|round ?tables?|exercises?)\b/i;
const namedPeriod = /\b(?:Year|Week|Days)\b/;
// A parenthesis after a document's title (the Joint Communiqué of the 22nd meeting (…)) dates the document.
const documentTitle =
  /\b(?:Communiqu[eé]|Declaration|Statement|Agreement|Charter|Programme|Strategy|Concept|Plan|Roadmap|Decision|Resolution)(?!\p{L})/u;
const dateParenthesis = /\(([^()]*)\)/g;
const heldVerb =
  /\b(?:(?:was|were|will be|to be|is to be|shall be)\s+)?(?:held|took place|take place|convened|organi[sz]ed)\b/gi;
const holdVerb =
  /\b(?:to hold|holding(?:\s+of)?|hold|to host|hosting(?:\s+of)?|to organi[sz]e|organi[sz]ing|to convene|convening)\s+(?:the\s+|a\s+|an\s+)?/gi;
// Words after which an event's name starts, reading back from its date: "noted the results of the meeting …".
const nameLeadIn =
  /\b(?:that|pointed out|stressed|emphasi[sz]ed|underlined|reaffirmed|believed?|considered|stated|results? of|outcomes? of|success of|holding of|implementation of|preparations? for|noted|notes?|noting|welcomed|welcomes?|welcoming|supported|supports?|supporting|including|includes?|appreciated|appreciates?|commended|commends?|attended|hailed)\b/gi;
const plannedCue =
  /\bwill\b|\bto (?:hold|host|organi[sz]e|convene)\b|\bholding\b|\bto be held\b|\bplann|\bpropos|\bnext\b|\bupcoming\b|\bforthcoming\b|\binitiative\b/i;
const placeAtStart = new RegExp(`^(?:the\\s+)?(?:city\\s+of\\s+)?(${placeNamePatternSource})`, 'u');
const notAPlace = /^(?:SCO|UN|Shanghai Cooperation)\b|framework|format|platform|mechanism/i;

interface FoundEvent extends EventReference {
  /** Where the reference starts in the paragraph, to order events as written. */
  localStart: number;
}

interface WhenWhere {
  dates: DateRange;
  place: string | null;
  format: EventFormat;
  /** Offset just after the last date or place read. */
  end: number;
}

/**
 * The dated events a paragraph names, in order of mention. Three shapes are read:
 * - a name followed by a parenthesis of date and place, one session per `;`: "the meeting of the Council of Heads of
 *   State (4 July 2023, video conference format)", "the SCO Forum (Astana, 5 June 2025; Tashkent, 1 July 2025)";
 * - a name followed by "held"/"took place"/"will be held" and its date and place, in either order: "the meeting of
 *   energy ministers held on 5 June 2025 in Astana", "The next meeting of the Council … will be held in 2026 in
 *   the Kyrgyz Republic";
 * - "to hold"/"holding"/"to host" a name with its date and place: "to hold the SCO Year of Ecology in 2024".
 * A video conference in place of a place makes a video event. An event is `held` when it ended before
 * `referenceDate` (the meeting's first day) and `planned` when it starts after it; for an event overlapping that day
 * the wording decides (will, to hold, next, a proposal → planned). Events without a date are not reported.
 */
export function extractEvents(options: { text: string; offset: number; referenceDate: string }): EventReference[] {
  const masked = maskQuotations(options.text);
  const input = { ...options, masked };
  const found = [...eventsWithParenthesis(input), ...eventsBeforeHeld(input), ...eventsAfterHold(input)].sort(
    (a, b) => a.localStart - b.localStart,
  );
  const events: EventReference[] = [];
  for (const { localStart: _localStart, ...event } of found) {
    const duplicate = events.some((known) => known.name === event.name && known.start?.date === event.start?.date);
    if (!duplicate) events.push(event);
  }
  return events;
}

interface ExtractionInput {
  text: string;
  masked: string;
  offset: number;
  referenceDate: string;
}

function eventsWithParenthesis(input: ExtractionInput): FoundEvent[] {
  const events: FoundEvent[] = [];
  for (const parenthesis of input.masked.matchAll(dateParenthesis)) {
    const sessions = parseSessions(parenthesis[1]!);
    if (!sessions) continue;
    const name = nameBefore({ masked: input.masked, end: parenthesis.index });
    if (!name || documentTitle.test(input.masked.slice(name.start, name.end))) continue;
    for (const session of sessions) {
      events.push(
        toEvent({
          ...input,
          name,
          reference: { start: name.start, end: parenthesis.index + parenthesis[0].length },
          ...session,
        }),
      );
    }
  }
  return events;
}

function eventsBeforeHeld(input: ExtractionInput): FoundEvent[] {
  const events: FoundEvent[] = [];
  for (const verb of input.masked.matchAll(heldVerb)) {
    const whenWhere = readWhenWhere({ masked: input.masked, from: verb.index + verb[0].length });
    if (!whenWhere) continue;
    const name = nameBefore({ masked: input.masked, end: verb.index });
    if (!name) continue;
    events.push(toEvent({ ...input, name, reference: { start: name.start, end: whenWhere.end }, ...whenWhere }));
  }
  return events;
}

function eventsAfterHold(input: ExtractionInput): FoundEvent[] {
  const events: FoundEvent[] = [];
  for (const verb of input.masked.matchAll(holdVerb)) {
    const nameStart = verb.index + verb[0].length;
    const clauseEnd = clauseEndAfter({ masked: input.masked, from: nameStart });
    for (const preposition of input.masked.slice(nameStart, clauseEnd).matchAll(/\s+(?=(?:in|on|from)\s)/g)) {
      const nameEnd = nameStart + preposition.index;
      const whenWhere = readWhenWhere({ masked: input.masked, from: nameEnd });
      const name = { start: nameStart, end: nameEnd };
      if (!whenWhere || !namesEvent(input.masked.slice(name.start, name.end))) continue;
      events.push(toEvent({ ...input, name, reference: { start: verb.index, end: whenWhere.end }, ...whenWhere }));
      break;
    }
  }
  return events;
}

/**
 * Reads up to three segments right after `from`: "on 5 June 2025", "from 17 to 18 November", "in 2026", "in
 * November 2025", "in Astana", "in the Kyrgyz Republic", "via videoconference". Null when no date is among them.
 */
function readWhenWhere(options: { masked: string; from: number }): WhenWhere | null {
  const { masked } = options;
  let position = options.from;
  let dates: DateRange | null = null;
  let place: string | null = null;
  let format: EventFormat = 'in_person';
  for (let segment = 0; segment < 3; segment += 1) {
    const rest = masked.slice(position);
    const video =
      /^\s*,?\s*(?:via|by|in)\s+(?:a\s+|the\s+)?(?:video\s*-?\s*conference|videoconference|video|online|virtual)(?:\s+(?:format|mode|link))?/i.exec(
        rest,
      );
    if (video) {
      format = 'video';
      position += video[0].length;
      continue;
    }
    const preposition = /^\s*,?\s*(on|from|in|at)\s+/i.exec(rest);
    if (!preposition) break;
    const afterPreposition = rest.slice(preposition[0].length);
    const date = dateAtStart(afterPreposition);
    if (date && !dates) {
      dates = date.range;
      position += preposition[0].length + date.length;
      continue;
    }
    const placeMatch = /^(?:in|at)$/i.test(preposition[1]!) ? placeAtStart.exec(afterPreposition) : null;
    const placeName = placeMatch ? cleanPlaceName(placeMatch[1]!) : '';
    if (!placeName || place || notAPlace.test(placeName) || dateAtStart(placeName)) break;
    place = placeName;
    position += preposition[0].length + placeMatch![0].indexOf(placeMatch![1]!) + placeName.length;
  }
  return dates ? { dates, place, format, end: position } : null;
}

function dateAtStart(text: string): { range: DateRange; length: number } | null {
  const [first] = findEnglishDates(text);
  if (first && first.start === 0) return { range: first.range, length: first.end };
  const year = /^(\d{4})(?![\d–-])/.exec(text);
  return year ? { range: parseEnglishDateRange(year[1]!)!, length: 4 } : null;
}

/**
 * Sessions in a parenthesis: "4 July 2023, video conference format", "Astana, 5 June 2025", "2026, Dushanbe";
 * several separated by ";". Null unless every session has a date.
 */
function parseSessions(content: string): { dates: DateRange; place: string | null; format: EventFormat }[] | null {
  const sessions = content.split(';').map((session) => {
    const note = readDateAndPlace(session);
    if (!note) return null;
    const place = note.place && !notAPlace.test(note.place) ? cleanPlaceName(note.place) : null;
    return { dates: note.dates, place, format: note.video ? ('video' as const) : ('in_person' as const) };
  });
  return sessions.every((session) => session !== null) ? sessions : null;
}

/** Reads back from `end` to where an event's name starts; null unless the name holds an event noun. */
function nameBefore(options: { masked: string; end: number }): Span | null {
  const { masked } = options;
  let end = options.end;
  while (end > 0 && /[\s,]/.test(masked[end - 1]!)) end -= 1;
  let start = end;
  while (start > 0 && !/[,;:.(!?—]/.test(masked[start - 1]!)) {
    // A parenthesis inside the name, "(Prime Ministers)", is part of it.
    const open = masked[start - 1] === ')' ? masked.lastIndexOf('(', start - 1) : start - 1;
    if (open < 0) break;
    start = open;
  }
  const candidate = masked.slice(start, end);
  let leadInEnd = 0;
  for (const leadIn of candidate.matchAll(nameLeadIn)) leadInEnd = leadIn.index + leadIn[0].length;
  let nameStart = start + leadInEnd;
  const article = /^\s*(?:and\s+)?(?:(?:the|a|an)\s+)?/i.exec(masked.slice(nameStart, end))![0].length;
  nameStart += article;
  const trailing = /\s+(?:that|which)$/i.exec(masked.slice(nameStart, end))?.[0].length ?? 0;
  const name = { start: nameStart, end: end - trailing };
  return name.end > name.start && namesEvent(masked.slice(name.start, name.end)) ? name : null;
}

function namesEvent(name: string): boolean {
  return eventNoun.test(name) || namedPeriod.test(name);
}

function clauseEndAfter(options: { masked: string; from: number }): number {
  const next = /[,;.!?]/.exec(options.masked.slice(options.from));
  return next ? options.from + next.index : options.masked.length;
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
  const sentenceStart = Math.max(masked.lastIndexOf('. ', name.start) + 1, 0);
  const context = masked.slice(sentenceStart, reference.end);
  return {
    name: options.text.slice(name.start, name.end),
    start: dates.start,
    end: dates.end,
    place: options.format === 'video' ? null : options.place,
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
