import { DomainError } from '../../../../core/src/errors.ts';
import { countryOfPlace } from '../../places.ts';
import type { Paragraph } from '../split-paragraphs.ts';
import type { ParsedMeeting, ParsedParticipant } from '../types.ts';
import { stateCodeOfName } from './country-names.ts';
import { englishOrdinalPatternSource, parseEnglishOrdinal } from './english-ordinal.ts';
import { type DateRange, findEnglishDates, parseEnglishDateRange } from './parse-dates.ts';
import { parseParticipant, parseParticipantList } from './parse-participants.ts';
import { readDateAndPlace } from './read-date-and-place.ts';
import { cleanPlaceName, findPlaceAfterIn, placeNamePatternSource } from './read-place.ts';
import { type Sentence, splitSentences } from './split-sentences.ts';
import { type StatementParagraph, splitStatements } from './split-statements.ts';

export interface ParsedHeader {
  meeting: ParsedMeeting;
  /** How many leading paragraphs the header takes; the statements start after them. */
  headerParagraphCount: number;
  /** The title lines before the opening line, joined by a space ("" when the text opens with the meeting). */
  title: string;
  /** Whether the header says "…declare the following", as a declaration's opening does. */
  declares: boolean;
}

/** At most this many title lines stand before the opening line; a meeting named deeper in is not a header. */
const maxTitleLines = 3;
const sco = /Shanghai Cooperation Organi[sz]ation|\bSCO\b/;
const meetingNoun = /\b(?:meeting|session|summit)\b/i;
const holdingVerb =
  /\bhosted\b|\bheld\b|\btook place\b|\bconvened\b|\bmet\b|\bgathered\b|\b(?:following|at|during) the (?:meeting|session|summit)\b|\bon the occasion of\b|\bdeclares?\b|\bstates? the following\b/i;
const numberedMeeting = new RegExp(
  String.raw`\b(${englishOrdinalPatternSource})\s+(?:SCO\s+)?(?:meeting|session|summit)\b`,
  'i',
);
const bodyAfterMeeting =
  /\b(?:meeting|session|summit)\s+of\s+(?:the\s+)?(.+?)(?=\s+of\s+(?:the\s+)?(?:Shanghai|SCO\b|member\s+states)|\s+\((?:hereinafter|SCO\b|the\b|“|")|\s*,|\s+(?:was|were|is|held|took|hosted|in|on|from|via|by)\s|\.?$)/i;
const bodyBeforeMeeting =
  /\b((?:Council of [^,.;]+?|Heads of (?:State|Government)[^,.;]*?Council))\s+(?:meeting|session|summit)\b/i;
const councilInTitle = /\b(Council of .+?)(?=\s+of\s+(?:the\s+)?(?:Shanghai|SCO\b|member\s+states)|\s*[,(.]|$)/i;
const hostedBy = new RegExp(String.raw`(?:^|,\s*)(?:the city of\s+)?(${placeNamePatternSource})\s+hosted\b`, 'u');
const videoFormat =
  /video\s*-?\s*conferenc|videoconferenc|video format|video link|online format|virtual format|\bvirtually\b/i;

type HeaderSentenceKind = 'chair' | 'observer' | 'guest' | 'head' | 'declaration';

/**
 * Reads the header of an English SCO text: up to three title lines, the opening line with the meeting, its dates and
 * place ("On 26 October 2023, Bishkek hosted the 22nd meeting of the Council of Heads of Government (Prime
 * Ministers) …", "The 21st meeting … was held via videoconference on 1 November 2022", "The leaders …, following the
 * meeting of the Council of Heads of State in Tianjin on 1 September 2025, declare the following"), then, sentence by
 * sentence in any order, the heads of delegation ("Taking part in it were …", "… participated in it"), the chair
 * ("The meeting was chaired by …", "… chaired the meeting"), the guests ("The meeting was attended by …") and the
 * observer states' representatives. The header ends at the first paragraph with a sentence of another kind. The
 * next meeting is taken from the last statement that announces it. Throws `ingest_rejected` when the text never
 * names the SCO, has no opening line naming a meeting with its date, or has neither a title naming a communiqué,
 * declaration or statement nor a list of the heads of delegation.
 */
export function parseHeader(options: { paragraphs: Paragraph[] }): ParsedHeader {
  const { paragraphs } = options;
  if (!paragraphs.some((paragraph) => sco.test(paragraph.text))) {
    throw new DomainError(
      'ingest_rejected',
      'This is not an SCO text: it never names the Shanghai Cooperation Organisation (or the SCO).',
    );
  }
  const opening = findOpeningLine(paragraphs) ?? findDatedTitle(paragraphs);
  if (!opening) {
    throw new DomainError(
      'ingest_rejected',
      'This is not an SCO text: no opening line names a meeting with its date (e.g. "On 26 October 2023, Bishkek hosted the 22nd meeting of the Council of Heads of Government …").',
    );
  }
  const title = paragraphs
    .slice(0, opening.titleLineCount)
    .map((paragraph) => paragraph.text)
    .join(' ');
  if (!sco.test(`${title} ${opening.sentence}`)) {
    throw new DomainError(
      'ingest_rejected',
      'This is not an SCO text: its title and opening line do not name the Shanghai Cooperation Organisation (or the SCO).',
    );
  }
  const declares = headerSentenceKind(opening.sentence) === 'declaration';
  const attendance = readAttendance({
    openingRest: opening.rest,
    following: paragraphs.slice(opening.paragraphCount),
  });
  const heads = attendance.participants.filter((participant) => participant.role === 'head_of_delegation');
  if (heads.length === 0 && !declares && !attendance.declares && !/Communiqu[eé]|Declaration|Statement/i.test(title)) {
    throw new DomainError(
      'ingest_rejected',
      'This is not an SCO text: it has neither a title naming a communiqué, declaration or statement nor a paragraph naming the heads of delegation (e.g. "Taking part in it were …").',
    );
  }
  const headerParagraphCount = opening.paragraphCount + attendance.paragraphCount;
  const body = readBody({ opening: opening.sentence, title });
  return {
    headerParagraphCount,
    title,
    declares: declares || attendance.declares,
    meeting: {
      bodyName: body.bodyName,
      body: body.body,
      number: readNumber(opening.sentence) ?? readNumber(title),
      title: title || meetingPhrase(opening.sentence),
      start: opening.dates.start,
      end: opening.dates.end,
      place: opening.place,
      format: opening.format,
      chair: attendance.chair,
      participants: attendance.participants,
      nextMeeting: findNextMeeting(splitStatements({ paragraphs, headerParagraphCount })),
      span: { start: paragraphs[0]!.span.start, end: paragraphs[headerParagraphCount - 1]!.span.end },
    },
  };
}

/** Where the meeting is first named with its date, and what the header reads from there. */
interface Opening {
  /** Paragraphs before the opening line (or, for a dated title, the title's own lines). */
  titleLineCount: number;
  /** Paragraphs up to and including the opening line or dated title. */
  paragraphCount: number;
  /** The sentence that names the meeting. */
  sentence: string;
  /** The opening paragraph's further sentences, which may name the participants. */
  rest: Sentence[];
  dates: DateRange;
  place: string;
  format: ParsedMeeting['format'];
}

function findOpeningLine(paragraphs: Paragraph[]): Opening | null {
  const index = paragraphs
    .slice(0, maxTitleLines + 1)
    .findIndex((paragraph) => isOpening(splitSentences(paragraph.text)[0]!.text));
  if (index < 0) return null;
  const paragraph = paragraphs[index]!;
  const [first, ...rest] = splitSentences(paragraph.text);
  return {
    titleLineCount: index,
    paragraphCount: index + 1,
    sentence: first!.text,
    rest: rest.map((sentence) => withOffset(sentence, paragraph.span.start)),
    dates: findEnglishDates(first!.text)[0]!.range,
    ...readPlace(first!.text),
  };
}

/**
 * A statement or declaration may name its meeting only in its title, with the place and date in a closing
 * parenthesis: "Statement of the Council of Heads of State of the SCO Member States on … (Tianjin, 1 September 2025)".
 */
function findDatedTitle(paragraphs: Paragraph[]): Opening | null {
  for (const [index, paragraph] of paragraphs.slice(0, maxTitleLines).entries()) {
    const parenthesis = /\(([^()]*)\)\s*$/.exec(paragraph.text);
    if (!parenthesis || !/Communiqu[eé]|Declaration|Statement/i.test(paragraph.text)) continue;
    const note = readDateAndPlace(parenthesis[1]!);
    if (!note || note.dates.start.precision === 'year') continue;
    return {
      titleLineCount: index + 1,
      paragraphCount: index + 1,
      sentence: paragraph.text,
      rest: [],
      dates: note.dates,
      place: note.place ?? '',
      format: note.video ? 'video' : 'in_person',
    };
  }
  return null;
}

function isOpening(sentence: string): boolean {
  return meetingNoun.test(sentence) && holdingVerb.test(sentence) && findEnglishDates(sentence).length > 0;
}

function withOffset(sentence: Sentence, offset: number): Sentence {
  return { text: sentence.text, span: { start: sentence.span.start + offset, end: sentence.span.end + offset } };
}

/**
 * Reads the sentences after the opening one and the paragraphs after the opening line while every sentence of a
 * paragraph is an attendance, chair, guest, observer or "declare the following" sentence. Heads of delegation come
 * first, then guests and observers in the order written. The state officials of an "attended the meeting" sentence
 * read before any heads of delegation are the heads of delegation (Prime Minister Turchin of the Republic of Belarus,
 * … attended the meeting); later ones, and organisations, are guests.
 */
function readAttendance(options: { openingRest: Sentence[]; following: Paragraph[] }): {
  participants: ParsedParticipant[];
  chair: ParsedMeeting['chair'];
  paragraphCount: number;
  declares: boolean;
} {
  const heads: ParsedParticipant[] = [];
  const others: ParsedParticipant[] = [];
  let chair: ParsedMeeting['chair'] = null;
  let declares = false;
  const read = (sentence: Sentence, kind: HeaderSentenceKind): void => {
    if (kind === 'declaration') declares = true;
    else if (kind === 'chair') chair = readChair(sentence) ?? chair;
    else {
      // Texts that say of the heads of delegation, too, that they "attended the meeting" name them first.
      const list = readList({ sentence, kind: kind === 'guest' && heads.length === 0 ? 'head' : kind });
      heads.push(...list.filter((participant) => participant.role === 'head_of_delegation'));
      others.push(...list.filter((participant) => participant.role !== 'head_of_delegation'));
    }
  };
  for (const sentence of options.openingRest) {
    const kind = headerSentenceKind(sentence.text);
    if (kind) read(sentence, kind);
  }
  let paragraphCount = 0;
  for (const paragraph of options.following) {
    const sentences = splitSentences(paragraph.text).map((sentence) => withOffset(sentence, paragraph.span.start));
    const kinds = sentences.map((sentence) => headerSentenceKind(sentence.text));
    if (kinds.some((kind) => kind === null)) break;
    sentences.forEach((sentence, index) => {
      read(sentence, kinds[index]!);
    });
    paragraphCount += 1;
  }
  return { participants: [...heads, ...others], chair, paragraphCount, declares };
}

// A sentence opening with an actor of the statements ("The Heads of Delegation welcomed the participation of …") is
// a statement, whatever words of attendance it holds.
const statementOpening =
  /^(?:The\s+)?(?:Heads of (?:the |each |all )?Delegations?|(?:SCO\s+)?Member States|Parties|Sides)\b/i;

function headerSentenceKind(sentence: string): HeaderSentenceKind | null {
  if (/\b(?:declares?|declared|states?|stated)\s+the\s+following\b/i.test(sentence)) return 'declaration';
  if (statementOpening.test(sentence)) return null;
  if (/\bchaired\b|\bpresided\b|\bunder the chairmanship of\b/i.test(sentence)) return 'chair';
  if (/\bobserver states?\b/i.test(sentence)) return 'observer';
  if (/\battend(?:ed|ing|ees)\b|\bguests?\b|\b(?:were|was)(?: also)? present\b|\bin attendance\b/i.test(sentence)) {
    return 'guest';
  }
  if (/\btak(?:ing|e|es) part\b|\btook part\b|\bparticipat(?:ed|ing)\b|\bparticipants\b/i.test(sentence)) return 'head';
  return null;
}

const chairPatterns = [
  /^(?:The meeting was|It was|The meeting, which was)\s+(?:chaired|presided over)\s+by\s+(.+?)\.?$/i,
  /^(?:Chaired by|Presided over by)\s+(.+?)\.?$/i,
  /^(.+?)\s+(?:chaired|presided over)\s+(?:the meeting|it)\.?$/i,
  /\bunder the chairmanship of\s+(.+?)\.?$/i,
];

function readChair(sentence: Sentence): ParsedMeeting['chair'] {
  for (const pattern of chairPatterns) {
    const match = pattern.exec(sentence.text);
    if (!match) continue;
    const offset = sentence.span.start + match.index + match[0].indexOf(match[1]!);
    const { organization: _organization, ...chair } = parseParticipant({ text: match[1]!, offset });
    return chair;
  }
  return null;
}

const listLeadIn =
  /^(?:(?:also\s+)?taking part in (?:it|the meeting)(?:\s+(?:also|as well))?\s+(?:were|was)(?:\s+(?:also|as well))?|the participants(?:\s+also)?\s+included|attendees at the meeting(?:\s+also)?\s+included|the meeting was(?:\s+also)?\s+attended by|it was(?:\s+also)?\s+attended by|(?:also\s+)?attending(?: the meeting)? were|(?:also\s+)?present (?:at the meeting )?were|in attendance were|participating (?:in the meeting )?were)\s+/i;
const observerLeadIn =
  /^(?:the\s+)?(?:high(?:-level)?\s+)?representatives? of (?:the\s+)?(?:SCO\s+)?observer states?(?:\s+of the SCO)?(?:\s+(?:also\s+)?(?:took part|participated) in (?:it|the meeting)(?:\s+(?:as well|also))?(?=\s*:))?\s*(?::|,\s*namely,?|,|–|—)?\s*/i;
const listTail =
  /\s+(?:also\s+|as well\s+)?(?:participated|took part|attended|were present|was present)(?:\s+in\s+(?:it|the meeting))?(?:\s+the meeting)?(?:\s+as (?:a |the )?(?:special )?guests?\b[^.]*)?(?:\s+(?:as well|also))?\s*\.?$/i;

function readList(options: { sentence: Sentence; kind: 'observer' | 'guest' | 'head' }): ParsedParticipant[] {
  const { sentence, kind } = options;
  let start = listLeadIn.exec(sentence.text)?.[0].length ?? 0;
  if (kind === 'observer') start += observerLeadIn.exec(sentence.text.slice(start))?.[0].length ?? 0;
  const rest = sentence.text.slice(start);
  const text = rest.replace(listTail, '').replace(/\.$/, '');
  const role = kind === 'head' ? 'head_of_delegation' : kind;
  return parseParticipantList({ text, offset: sentence.span.start + start, role });
}

function readNumber(text: string): number | null {
  const match = numberedMeeting.exec(text);
  return match ? parseEnglishOrdinal(match[1]!) : null;
}

function readBody(options: { opening: string; title: string }): Pick<ParsedMeeting, 'bodyName' | 'body'> {
  for (const text of [options.opening, options.title]) {
    const after = bodyAfterMeeting.exec(text);
    if (after) {
      const phrase = after[1]!.replace(/^(?:SCO|Shanghai Cooperation Organi[sz]ation)\s+/, '');
      const bodyName = /^(?:Council|Heads? of)\b/i.test(phrase) ? phrase : capitalise(after[0]);
      return { bodyName, body: bodyCode(phrase) };
    }
    const before = bodyBeforeMeeting.exec(text) ?? councilInTitle.exec(text);
    if (before) {
      const phrase = before[1]!.replace(/^(?:SCO|Shanghai Cooperation Organi[sz]ation)\s+/, '');
      return { bodyName: phrase, body: bodyCode(phrase) };
    }
  }
  return { bodyName: '', body: 'other' };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function bodyCode(bodyName: string): ParsedMeeting['body'] {
  if (/\bHeads? of Governments?\b/i.test(bodyName)) return 'heads_of_government';
  if (/\bHeads? of (?:Member )?States?\b/i.test(bodyName)) return 'heads_of_state';
  if (/\bMinisters?\b/i.test(bodyName)) return 'ministers';
  return 'other';
}

function readPlace(opening: string): Pick<ParsedMeeting, 'place' | 'format'> {
  const format = videoFormat.test(opening) ? 'video' : 'in_person';
  const hosted = hostedBy.exec(opening);
  if (hosted) return { place: cleanPlaceName(hosted[1]!), format };
  return { place: findPlaceAfterIn(withoutParentheses(opening))?.name ?? '', format };
}

// "(hereinafter the SCO or the Organisation)" and the like never hold the meeting's place.
function withoutParentheses(text: string): string {
  return text.replace(/\([^()]*\)/g, (parenthesis) => ' '.repeat(parenthesis.length));
}

/** The meeting as the opening line names it, used as the title of a text that has no title lines. */
function meetingPhrase(opening: string): string {
  const match = new RegExp(
    String.raw`(?:\b(?:${englishOrdinalPatternSource})\s+)?\b(?:meeting|session|summit)\b.*?(?=\s+\((?:hereinafter|SCO\b|the\b|“|")|,|\s+(?:was|were|is|held|took|hosted)\s|\s+(?:in|on)\s+(?=\p{Lu}|\d)|\.?$)`,
    'iu',
  ).exec(opening);
  return match ? match[0] : opening;
}

const nextMeetingClause =
  /\bnext (?:meeting|session|summit)\b[^.;]*?\b(?:will|shall|is to|is scheduled to|would)\s+(?:be\s+held|take\s+place|be\s+convened|convene)\b([^.;]*)|\bto hold (?:the|its) next (?:meeting|session|summit)\b([^.;]*)/i;

function findNextMeeting(statements: StatementParagraph[]): ParsedMeeting['nextMeeting'] {
  for (const paragraph of [...statements].reverse()) {
    const match = nextMeetingClause.exec(paragraph.text);
    if (!match) continue;
    const tail = match[1] ?? match[2] ?? '';
    const date = findEnglishDates(tail)[0]?.range.start ?? yearIn(tail);
    const place = findPlaceAfterIn(tail)?.name ?? null;
    return {
      date,
      place,
      countryCode: place ? (stateCodeOfName(place) ?? countryOfPlace(place)) : null,
      span: paragraph.span,
    };
  }
  return null;
}

function yearIn(text: string): ParsedMeeting['start'] | null {
  const year = /\b(?:in|during)\s+(\d{4})\b(?![–-]\d)/.exec(text)?.[1];
  return year ? parseEnglishDateRange(year)!.start : null;
}
