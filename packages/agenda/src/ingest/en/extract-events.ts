import type { EventFormat } from '../../vocabulary.ts';
import type { EventReference, Span } from '../types.ts';
import { daysCovered } from '../zh/parse-dates.ts';
import { maskQuotations } from './mask-quotations.ts';
import { type DateRange, findEnglishDates, parseEnglishDateRange } from './parse-dates.ts';
import { readDateAndPlace } from './read-date-and-place.ts';
import { cleanPlaceName, placeNamePatternSource } from './read-place.ts';

// Words an event's name holds: "meeting of energy ministers", "SCO Marathon", "SCO Year of Ecology".
const eventNounSource =
  'meetings?|summits?|forums?|conferences?|festivals?|games|exhibitions?|expos?|fairs?|competitions?|contests?|marathons?|sessions?|championships?|tournaments?|congress(?:es)?|round ?tables?|exercises?';
const eventNoun = new RegExp(`\\b(?:${eventNounSource})\\b`, 'i');
const eventNounEverywhere = new RegExp(`\\b(?:${eventNounSource})\\b`, 'gi');
const namedPeriod = /\b(?:Year|Week|Days)\b/;
// A named period with what it is devoted to: "the SCO Year of Ecology", "the Year of Culture and Tourism".
const namedPeriodEverywhere = /\b(?:Year|Week|Days)(?=\s+of\s+\p{Lu})/gu;
// A parenthesis after a document's title (the Joint Communiqué of the 22nd meeting (…)) dates the document.
const documentTitle =
  /\b(?:Communiqu[eé]|Declaration|Statement|Agreement|Charter|Programme|Strategy|Concept|Plan|Roadmap|Decision|Resolution)(?!\p{L})/u;
const dateParenthesis = /\(([^()]*)\)/g;
const heldVerb =
  /\b(?:(?:(?:was|were|will be|would be|to be|is to be|are to be|shall be)\s+)?(?:held|convened|organi[sz]ed)|(?:(?:is|are|was|were)\s+)?(?:scheduled|planned|expected|due|slated)\s+(?:to\s+(?:be\s+held|take\s+place|be\s+convened)|for)|(?:is\s+to\s+|are\s+to\s+|will\s+|would\s+|to\s+)?(?:took|take|takes)\s+place)\b/gi;
const holdVerb =
  /\b(?:to hold|holding(?:\s+of)?|hold|to host|hosting(?:\s+of)?|to organi[sz]e|organi[sz]ing|to convene|convening)\s+(?:the\s+|a\s+|an\s+)?/gi;
// "holding, on 4 July 2024 in Astana, the first meeting …": the date and place stand between the verb and the name.
const holdVerbBeforeDate =
  /\b(?:to hold|holding|hold|to host|hosting|to organi[sz]e|organi[sz]ing|to convene|convening)\s*,?\s*(?=(?:on|in|from)\s)/gi;
// Words after which an event's name starts, reading back from its date: "noted the results of the meeting …".
const nameLeadIn =
  /\b(?:that|pointed out|stressed|emphasi[sz]ed|underlined|reaffirmed|believed?|considered|stated|results? of|outcomes? of|success of|holding of|implementation of|preparations? for|noted|notes?|noting|welcomed|welcomes?|welcoming|supported|supports?|supporting|including|includes?|appreciated|appreciates?|commended|commends?|attended|hailed)\b/gi;
const plannedCue =
  /\bwill\b|\bwould\b|\bto (?:hold|host|organi[sz]e|convene)\b|\bholding\b|\bto be held\b|\bplann|\bscheduled\b|\bslated\b|\bpropos|\bnext\b|\bupcoming\b|\bforthcoming\b|\binitiative\b|\bpreparations? for\b/i;
// Wording that says an undated event took place: "the results of the meeting …", "the meeting … held in Astana".
const heldBefore =
  /\b(?:results?|outcomes?|success|successful (?:holding|organi[sz]ation)|decisions (?:taken|adopted) at|documents adopted at)\s+of\s+(?:the\s+)?$|\b(?:took part|participated) in\s+(?:the\s+)?$/i;
const heldAfter =
  /^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|had been|has been)\s+)?(?:held|took place|convened)\b/i;
// Wording that says an undated event is to come: "preparations for the meeting …", "… will be held".
const plannedBefore =
  /\b(?:preparations?\s+for|(?:to|will|shall|would|intend(?:s|ed)? to|plan(?:s|ned)? to)\s+(?:hold|host|organi[sz]e|convene)|(?:proposals?|initiatives?|ideas?|intentions?|plans?|decisions?|readiness)\b[^.;]{0,80}?\bto\s+(?:hold|host|organi[sz]e|convene)|(?:support\w*|back\w*|advocat\w*|favou?r\w*|propos\w*)\s+(?:the\s+)?holding(?:\s+of)?|upcoming|forthcoming)\s+(?:the\s+|a\s+|an\s+)?$/i;
const plannedAfter =
  /^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|are|was|were)\s+)?(?:(?:will|would|shall)\s+(?:be\s+held|take\s+place|be\s+convened)|to\s+be\s+held|to\s+take\s+place|(?:is|are)\s+to\s+(?:be\s+held|take\s+place)|(?:scheduled|planned|expected|due|slated)\b)/i;
const placeAtStart = new RegExp(`^(?:the\\s+)?(?:city\\s+of\\s+)?(${placeNamePatternSource})`, 'u');
// "Beijing hosted the …", at the start of a sentence or after its opening date.
const hostedBy = new RegExp(
  `(?:^|,\\s*)(?:the city of\\s+)?(${placeNamePatternSource})\\s+hosted\\s+(?:the\\s+|a\\s+|an\\s+)?$`,
  'u',
);
// "held"/"will be held" right after a name, before its date or place.
const heldVerbAfterName =
  /^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|will be|would be|to be|is to be|are to be|shall be|has been|had been)\s+)?(?:held|convened)\b/i;
const notAPlace = /^(?:SCO|UN|Shanghai Cooperation)\b|framework|format|platform|mechanism/i;
// Determiners before a name that point at this meeting or at no event in particular.
const deictic = /\b(?:this|these|its|their|our|present|current|today[’']s|same)\s+$/i;
const indefinite = /\b(?:a|an)\s+$/i;
// Founding a body named like an event ("to establish a Forum of Heads of Regions") is an initiative, not an event.
const foundingBefore =
  /\b(?:establish\w*|creat\w*|set(?:ting)?\s+up|found(?:ing|ed)?|formation\s+of|launch\w*)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+)?$/i;
// A meeting named inside a document's title (the Joint Communiqué following the 22nd meeting) is the document's.
const insideDocumentTitle =
  /\b(?:Communiqu[eé]|Declaration|Statement|Decision|Resolution|Protocol|Report)\s+(?:of|following|on the results of|adopted at)\s+(?:the\s+)?$/iu;
// Organisations whose names hold an event noun.
const organisationName = /Confidence[ -]Building/i;
// Lower-case words that may stand in an event's name before its noun: "next meeting", "first SCO Media Forum".
const nameModifiers = new Set([
  'next',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'regular',
  'annual',
  'joint',
  'informal',
  'extraordinary',
  'special',
  'ministerial',
  'international',
  'high-level',
  'expert',
  'youth',
  'business',
  'inaugural',
]);
// Words that end the "of …" part of a name read forwards: "meeting of energy ministers | held on …".
const complementStop =
  /^(?:in|at|from|to|on|held|which|that|who|will|would|shall|was|were|is|are|has|have|had|with|within|under|during|by|as|scheduled|planned|slated|took|takes|take|format|where|when|since|after|before|between)$/i;

interface FoundEvent extends EventReference {
  /** Where the reference starts in the paragraph, to order events as written. */
  localStart: number;
  /** The name's own span in the paragraph, to tell whether two rules read the same name. */
  localName: Span;
}

interface WhenWhere {
  dates: DateRange | null;
  /** The date was written without its year, which was taken from the meeting's. */
  yearless: boolean;
  place: string | null;
  format: EventFormat;
  /** Offset just after the last date or place read. */
  end: number;
}

/**
 * The events a paragraph names, in order of mention. Dated events are read in four shapes:
 * - a name followed by a parenthesis of date and place, one session per `;`: "the meeting of the Council of Heads of
 *   State (4 July 2023, video conference format)", "the SCO Forum (Astana, 5 June 2025; Tashkent, 1 July 2025)";
 * - a name followed by "held"/"took place"/"will be held"/"is scheduled to take place" and its date and place, in
 *   either order: "the meeting of energy ministers held on 5 June 2025 in Astana", "The next meeting of the Council …
 *   will be held in 2026 in the Kyrgyz Republic";
 * - "to hold"/"holding"/"to host" a name with its date and place, before or after it: "to hold the SCO Year of
 *   Ecology in 2024", "holding, on 4 July 2024 in Astana, the first SCO Plus meeting";
 * - a name followed directly by its place and date: "the first SCO Film Festival in Qingdao from 13 to 17 June 2018".
 * Dates take every English form (on 5 and 6 June 2025, in June 2025, in 2026); a day written without its year (on 5
 * and 6 June) takes the year of `referenceDate`, or the next or previous one when the wording says the event is to
 * come or is past. An event is `held` when it ended before `referenceDate` (the meeting's first day) and `planned`
 * when it starts after it; for an event overlapping that day the wording decides (will, to hold, next, a proposal →
 * planned). A video conference in place of a place makes a video event.
 *
 * An event the text names clearly but does not date is reported with `start` null when the wording says whether it
 * took place ("the results of the meeting of the Council of National Coordinators", "… held in Astana") or is to
 * come ("preparations for …", "… will be held", "a proposal to hold …"); without such wording it is left out. A
 * clear name is a meeting, forum, festival… with what it is of ("meeting of the Council of Heads of State"), or one
 * carrying a capitalised name ("SCO Film Festival", "SCO Year of Ecology"); this meeting ("the meeting", "this
 * meeting"), plurals, bodies being founded ("to establish a Forum of Heads of Regions"), meetings named inside a
 * document's title and, when undated, any event introduced by "a" that is not to come are not events.
 */
export function extractEvents(options: { text: string; offset: number; referenceDate: string }): EventReference[] {
  const masked = maskQuotations(options.text);
  const input = { ...options, masked };
  const found: FoundEvent[] = [];
  for (const rule of [eventsWithParenthesis, eventsBeforeHeld, eventsAfterHold, eventsAfterHoldAndDate, namedEvents]) {
    // A name read by an earlier rule is not read again; one rule may read several sessions of one name.
    const earlier = [...found];
    for (const event of rule(input)) {
      if (!earlier.some((known) => overlaps(known.localName, event.localName))) found.push(event);
    }
  }
  const events: EventReference[] = [];
  for (const { localStart: _localStart, localName: _localName, ...event } of found.sort(
    (a, b) => a.localStart - b.localStart,
  )) {
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

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
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
          yearless: false,
        }),
      );
    }
  }
  return events;
}

function eventsBeforeHeld(input: ExtractionInput): FoundEvent[] {
  const events: FoundEvent[] = [];
  for (const verb of input.masked.matchAll(heldVerb)) {
    const whenWhere = readWhenWhere({ ...input, from: verb.index + verb[0].length });
    if (!whenWhere.dates) continue;
    // "the meeting …, which is planned to be held in …": the name ends before the relative pronoun.
    const relative = /,?\s*\b(?:which|that)\s*$/i.exec(input.masked.slice(0, verb.index));
    const name = nameBefore({ masked: input.masked, end: relative ? relative.index : verb.index });
    if (!name) continue;
    events.push(
      toEvent({
        ...input,
        name,
        reference: { start: name.start, end: whenWhere.end },
        ...whenWhere,
        dates: whenWhere.dates,
      }),
    );
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
      const whenWhere = readWhenWhere({ ...input, from: nameEnd });
      const name = { start: nameStart, end: nameEnd };
      if (!whenWhere.dates || !namesEvent(input.masked.slice(name.start, name.end))) continue;
      events.push(
        toEvent({
          ...input,
          name,
          reference: { start: verb.index, end: whenWhere.end },
          ...whenWhere,
          dates: whenWhere.dates,
        }),
      );
      break;
    }
  }
  return events;
}

function eventsAfterHoldAndDate(input: ExtractionInput): FoundEvent[] {
  const events: FoundEvent[] = [];
  for (const verb of input.masked.matchAll(holdVerbBeforeDate)) {
    const whenWhere = readWhenWhere({ ...input, from: verb.index + verb[0].length });
    if (!whenWhere.dates) continue;
    const article = /^\s*,?\s*(?:the\s+|a\s+|an\s+)?/i.exec(input.masked.slice(whenWhere.end))![0].length;
    const name = nameAfter({ masked: input.masked, text: input.text, from: whenWhere.end + article });
    if (!name || !isClearName({ ...input, name })) continue;
    events.push(
      toEvent({
        ...input,
        name,
        reference: { start: verb.index, end: name.end },
        ...whenWhere,
        dates: whenWhere.dates,
      }),
    );
  }
  return events;
}

/** Every clearly named event not read by the rules above, dated by what follows its name or undated. */
function namedEvents(input: ExtractionInput): FoundEvent[] {
  const { masked, text } = input;
  const events: FoundEvent[] = [];
  const nouns = [...masked.matchAll(eventNounEverywhere), ...masked.matchAll(namedPeriodEverywhere)];
  for (const noun of nouns.sort((a, b) => a.index - b.index)) {
    const name = nameAround({ masked, text, nounStart: noun.index, nounEnd: noun.index + noun[0].length });
    if (!name || !isClearName({ ...input, name })) continue;
    const before = masked.slice(sentenceStartBefore({ masked, index: name.start }), name.start);
    const afterName = masked.slice(name.end);
    const hosted = hostedBefore({ ...input, before, nameStart: name.start });
    const verbAfter = heldVerbAfterName.exec(afterName);
    const whenWhere = readWhenWhere({ ...input, from: name.end + (verbAfter?.[0].length ?? 0) });
    const dates = whenWhere.dates ?? hosted?.dates ?? null;
    const place = whenWhere.place ?? hosted?.place ?? null;
    const referenceEnd = whenWhere.dates || whenWhere.place ? whenWhere.end : name.end;
    const reference = { start: hosted?.start ?? name.start, end: referenceEnd };
    const located = { ...whenWhere, place, yearless: whenWhere.dates ? whenWhere.yearless : false };
    if (dates) {
      // "a meeting … in Astana on 5 June" names no event in particular unless it is one to come.
      if (!indefinite.test(before) || plannedCue.test(before)) {
        events.push(toEvent({ ...input, name, reference, ...located, dates }));
      }
      continue;
    }
    const held = heldBefore.test(before) || heldAfter.test(afterName) || hosted !== null;
    const planned =
      plannedBefore.test(before) || plannedAfter.test(afterName) || /^next\b/i.test(masked.slice(name.start));
    if (held === planned || (held && indefinite.test(before))) continue;
    events.push({
      name: text.slice(name.start, name.end),
      start: null,
      end: null,
      place: whenWhere.format === 'video' ? null : place,
      format: whenWhere.format,
      status: held ? 'held' : 'planned',
      span: { start: input.offset + reference.start, end: input.offset + reference.end },
      localStart: reference.start,
      localName: name,
    });
  }
  return events;
}

/** "On 1 June 2018, Beijing hosted the …" / "Beijing hosted the …": the host city, and the date before it. */
function hostedBefore(
  input: ExtractionInput & { before: string; nameStart: number },
): { place: string; dates: DateRange | null; start: number } | null {
  const match = hostedBy.exec(input.before);
  if (!match) return null;
  const place = cleanPlaceName(match[1]!);
  if (!place || notAPlace.test(place)) return null;
  const opening = input.before.slice(0, match.index);
  const [date] = findEnglishDates(opening);
  const start = input.nameStart - input.before.length + match.index + match[0].indexOf(match[1]!);
  return { place, dates: date ? date.range : null, start };
}

/**
 * Reads up to three segments right after `from`: "on 5 June 2025", "from 17 to 18 November", "in 2026", "in
 * November 2025", "in Astana", "in the Kyrgyz Republic", "via videoconference". `end` is `from` when none is read.
 */
function readWhenWhere(options: ExtractionInput & { from: number }): WhenWhere {
  const { masked } = options;
  const yearOfText = Number(options.referenceDate.slice(0, 4));
  let position = options.from;
  let dates: DateRange | null = null;
  let yearless = false;
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
    const date: DateAtStart | null = dates
      ? null
      : (dateAtStart(afterPreposition) ?? yearlessDateAtStart({ text: afterPreposition, yearOfText }));
    if (date) {
      dates = date.range;
      yearless = date.yearless;
      position += preposition[0].length + date.length;
      continue;
    }
    const placeMatch = /^(?:in|at)$/i.test(preposition[1]!) ? placeAtStart.exec(afterPreposition) : null;
    const placeName = placeMatch ? cleanPlaceName(placeMatch[1]!) : '';
    if (!placeName || place || notAPlace.test(placeName) || dateAtStart(placeName)) break;
    place = placeName;
    position += preposition[0].length + placeMatch![0].indexOf(placeMatch![1]!) + placeName.length;
  }
  return { dates, yearless, place, format, end: position };
}

/** A date read at the start of a text: its range, how many characters it takes, whether its year was left out. */
interface DateAtStart {
  range: DateRange;
  length: number;
  yearless: boolean;
}

function dateAtStart(text: string): DateAtStart | null {
  const [first] = findEnglishDates(text);
  if (first && first.start === 0) return { range: first.range, length: first.end, yearless: false };
  const year = /^(\d{4})(?![\d–-])/.exec(text);
  return year ? { range: parseEnglishDateRange(year[1]!)!, length: 4, yearless: false } : null;
}

function yearlessDateAtStart(options: { text: string; yearOfText: number }): DateAtStart | null {
  const [first] = findEnglishDates(options.text, { yearOfText: options.yearOfText });
  return first && first.start === 0 ? { range: first.range, length: first.end, yearless: true } : null;
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

/** The name that starts at `from` and runs through its first event noun and what the event is of. */
function nameAfter(options: { masked: string; text: string; from: number }): Span | null {
  const clauseEnd = clauseEndAfter({ masked: options.masked, from: options.from });
  eventNounEverywhere.lastIndex = options.from;
  const noun = eventNounEverywhere.exec(options.masked);
  eventNounEverywhere.lastIndex = 0;
  if (!noun || noun.index >= clauseEnd) return null;
  const name = nameAround({ ...options, nounStart: noun.index, nounEnd: noun.index + noun[0].length });
  return name && name.start === options.from ? name : null;
}

/**
 * The name around an event noun: the capitalised words, numbers and modifiers (next, first, regular…) before it,
 * and what follows it with "of" or "on" ("meeting of the Council of Heads of Government (Prime Ministers) of the SCO
 * Member States", "Year of Ecology", "Forum on …") up to a preposition, a verb, a comma or another event.
 */
function nameAround(options: { masked: string; text: string; nounStart: number; nounEnd: number }): Span | null {
  const { masked, text } = options;
  const wordsBefore = [...masked.slice(0, options.nounStart).matchAll(/\S+/g)];
  let start = options.nounStart;
  for (const word of wordsBefore.reverse()) {
    if (word.index + word[0].length < start && !/^\s+$/.test(masked.slice(word.index + word[0].length, start))) break;
    const original = text.slice(word.index, word.index + word[0].length);
    if (!isNameWordBefore({ word: word[0], original })) break;
    start = word.index;
  }
  // Connectors taken while reading back ("Council of Heads of State meeting") may not open the name.
  for (;;) {
    const connector = /^(?:of|and|for|on)\s+/i.exec(masked.slice(start, options.nounStart));
    if (!connector) break;
    start += connector[0].length;
  }
  let end = options.nounEnd;
  if (/^\s+(?:of|on)\s/i.test(masked.slice(end))) end = complementEnd({ masked, from: end });
  return { start, end };
}

function isNameWordBefore(options: { word: string; original: string }): boolean {
  const { word, original } = options;
  if (/^(?:the|a|an|this|these|that|those|its|their|our|his|her|each|every|any|all|such)$/i.test(word)) return false;
  if (/[,;:.!?()]$/.test(word)) return false;
  if (/^[“"«]/.test(original) || /^\p{Lu}/u.test(original)) return true;
  if (/^\d+(?:st|nd|rd|th)?$/.test(word) || /^(?:of|and|for|on)$/.test(word)) return true;
  return nameModifiers.has(word.toLowerCase());
}

/** Where "of …"/"on …" after an event noun ends. */
function complementEnd(options: { masked: string; from: number }): number {
  const { masked } = options;
  let end = options.from;
  const words = /\s+(\([^()\d]*\)|[^\s,;.:()]+)/y;
  let first = true;
  for (;;) {
    words.lastIndex = end;
    const match = words.exec(masked);
    if (!match) break;
    const word = match[1]!;
    if (!first && complementStop.test(word)) break;
    if (
      /^and$/i.test(word) &&
      /^\s+and\s+(?:the|a|an|of|its|their|to|\p{Ll}+ed|took|held)\b/iu.test(masked.slice(end))
    ) {
      break;
    }
    if (eventNoun.test(word) && !first) break;
    first = false;
    end = match.index + match[0].length;
  }
  // Connectors cannot end a name: "meeting of the Council of" → "meeting of the Council".
  for (;;) {
    const trailing = /\s+(?:of|and|for|on|the)$/i.exec(masked.slice(options.from, end));
    if (!trailing) break;
    end -= trailing[0].length;
  }
  return end;
}

/** Whether a name read around an event noun names one event clearly enough to report it. */
function isClearName(input: ExtractionInput & { name: Span }): boolean {
  const { masked, text, name } = input;
  const nameText = masked.slice(name.start, name.end);
  const noun = eventNoun.exec(nameText) ?? namedPeriod.exec(nameText);
  if (!noun || nameText.split(/\s+/).length < 2) return false;
  if (/s$/i.test(noun[0]) && !/^(?:games|days|congress)$/i.test(noun[0])) return false;
  const before = masked.slice(0, name.start);
  if (deictic.test(before) || foundingBefore.test(before) || insideDocumentTitle.test(before)) return false;
  if (organisationName.test(nameText)) return false;
  if (/^\s*(?:format|mechanism|framework|platform)\b/i.test(masked.slice(name.end))) return false;
  const hasComplement = /\s(?:of|on)\s/i.test(nameText);
  const capitalised = /(?:^|\s)[“"«]?\p{Lu}/u.test(text.slice(name.start, name.start + noun.index));
  return hasComplement || capitalised;
}

function namesEvent(name: string): boolean {
  return eventNoun.test(name) || namedPeriod.test(name);
}

function clauseEndAfter(options: { masked: string; from: number }): number {
  const next = /[,;.!?]/.exec(options.masked.slice(options.from));
  return next ? options.from + next.index : options.masked.length;
}

function sentenceStartBefore(options: { masked: string; index: number }): number {
  const boundary = Math.max(
    options.masked.lastIndexOf('. ', options.index - 1),
    options.masked.lastIndexOf('; ', options.index - 1),
  );
  return boundary < 0 ? 0 : boundary + 2;
}

interface LocatedEvent {
  name: Span;
  reference: Span;
  dates: DateRange;
  yearless: boolean;
  place: string | null;
  format: EventFormat;
}

function toEvent(options: ExtractionInput & LocatedEvent): FoundEvent {
  const { masked, name, reference } = options;
  const sentenceStart = Math.max(masked.lastIndexOf('. ', name.start) + 1, 0);
  const context = masked.slice(sentenceStart, reference.end);
  const dates = options.yearless ? yearFittingWording({ ...options, context }) : options.dates;
  return {
    name: options.text.slice(name.start, name.end),
    start: dates.start,
    end: dates.end,
    place: options.format === 'video' ? null : options.place,
    format: options.format,
    status: eventStatus({ dates, referenceDate: options.referenceDate, context }),
    span: { start: options.offset + reference.start, end: options.offset + reference.end },
    localStart: reference.start,
    localName: name,
  };
}

/**
 * A date written without its year was given the meeting's year; an event the wording puts in the future ("will be
 * held on 5 June") that would then lie before the meeting is in the next year, and one it puts in the past ("was
 * held on 20 December") that would lie after it is in the year before.
 */
function yearFittingWording(options: { dates: DateRange; referenceDate: string; context: string }): DateRange {
  const { dates, referenceDate, context } = options;
  const shift = (years: number): DateRange => ({
    start: shiftYear(dates.start, years),
    end: shiftYear(dates.end, years),
  });
  if (daysCovered(dates.end).last < referenceDate && /\bwill\b|\bto be held\b|\bnext\b|\bupcoming\b/i.test(context)) {
    return shift(1);
  }
  if (
    daysCovered(dates.start).first > referenceDate &&
    /\b(?:was|were)\s+held\b|\btook place\b|\bresults? of\b/i.test(context)
  ) {
    return shift(-1);
  }
  return dates;
}

function shiftYear(date: DateRange['start'], years: number): DateRange['start'] {
  const year = Number(date.date.slice(0, 4)) + years;
  return { ...date, date: `${String(year).padStart(4, '0')}${date.date.slice(4)}` };
}

function eventStatus(options: { dates: DateRange; referenceDate: string; context: string }): EventReference['status'] {
  if (daysCovered(options.dates.end).last < options.referenceDate) return 'held';
  if (daysCovered(options.dates.start).first > options.referenceDate) return 'planned';
  return plannedCue.test(options.context) ? 'planned' : 'held';
}
