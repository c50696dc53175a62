import { DomainError } from '../../../../core/src/errors.ts';
import type { Paragraph } from '../split-paragraphs.ts';
import type { ParsedMeeting, ParsedParticipant, TextKind } from '../types.ts';
import { parseRussianOrdinal, russianOrdinalPatternSource } from './ordinal-number.ts';
import { parseRussianDateRange, russianDatePatternSource, russianDayRangePatternSource } from './parse-dates.ts';
import { parseRussianParticipant, parseRussianParticipantList } from './parse-participants.ts';
import { findRussianPlace, readRussianPlace } from './read-place.ts';

export interface ParsedRussianHeader {
  meeting: ParsedMeeting;
  kind: TextKind;
  /** How many leading paragraphs the header takes; the statements start after them. */
  headerParagraphCount: number;
  /** Paragraphs after the header that are not statements: a closing place-and-date line. */
  trailingParagraphCount: number;
}

const scoName = /ШОС|Шанхайск[а-яё]+\s+организаци[а-яё]+\s+сотрудничеств/iu;
const meetingNoun = /(?<![\p{L}])(?:заседани|совещани|встреч|саммит)/iu;
const dayRange = new RegExp(russianDayRangePatternSource, 'iu');
// A communiqué's title may quote a declaration it follows up; its own kind word comes first in this order.
const kindWords: readonly [RegExp, TextKind][] = [
  [/коммюнике/iu, 'communique'],
  [/декларац/iu, 'declaration'],
  [/заявлени/iu, 'statement'],
  [/сообщени/iu, 'communique'],
];
// The official opening formula: "(далее – ШОС или Организация)".
const definedAbbreviation = /\(далее\s*[-–—]\s*(?:«|")?ШОС/u;
// A closing line with place and date: "г. Ташкент, 2 ноября 2019 года" / "Тяньцзинь, 1 сентября 2025 года".
const placeDateLine = new RegExp(
  String.raw`^(?:г\.\s*)?([А-ЯЁ][\p{L}-]*(?:\s+[А-ЯЁ][\p{L}-]*)?),\s*(${russianDayRangePatternSource})\.?$`,
  'u',
);
const ordinalBeforeMeeting = new RegExp(
  String.raw`(?<![\p{L}\d])(${russianOrdinalPatternSource})\s+(?:заседани|совещани|встреч|саммит)`,
  'iu',
);
const bodyWithMembers =
  /(?:Совет|Совещани)[а-яё]*\s[^.;:«»]*?государств(?:\s*[-–—]\s*|\s+)член(?:ов|ы)(?:\s+(?:Шанхайской организации сотрудничества|ШОС))?/u;
const bodyWithSco = /(?:Совет|Совещани)[а-яё]*\s[^.;:«»]*?(?:Шанхайской организации сотрудничества|ШОС)/u;
const ministersMeeting =
  /(?:заседани|совещани)[а-яё]*\s+министров\s[^.;:«»]*?(?:ШОС|Шанхайской организации сотрудничества)/iu;
// The first word of a body's name in an oblique case, and its nominative.
const bodyHeadNominative: Readonly<Record<string, string>> = {
  Совета: 'Совет',
  Совету: 'Совет',
  Советом: 'Совет',
  Совете: 'Совет',
  Совещания: 'Совещание',
  Совещанию: 'Совещание',
  Совещанием: 'Совещание',
  Совещании: 'Совещание',
  заседания: 'заседание',
  заседанию: 'заседание',
  заседанием: 'заседание',
  заседании: 'заседание',
  совещания: 'совещание',
  совещанию: 'совещание',
  совещанием: 'совещание',
  совещании: 'совещание',
};
const videoFormat = /видеоконференц|видеосвяз|в\s+режиме\s+видео|в\s+формате\s+видео|онлайн/iu;

const attendanceLead =
  /^(?:(?:В|На)\s+(?:работе\s+)?(?:заседани[ия]|совещани[ия]|встреч[еи])\s+(?:также\s+)?(?:приняли\s+участие|участвовали|присутствовали)|Участие\s+в\s+(?:заседании|совещании|встрече)\s+(?:также\s+)?приняли)\s*:?\s*/u;
const attendanceTail =
  /\s*(?:также\s+)?(?:приняли\s+участие|участвовали|присутствовали)\s+в\s+(?:заседании|совещании|встрече)\.?$/u;
const chairLines = [
  /^(?:На\s+(?:заседании|совещании|встрече)\s+)?[Пп]редседательствовал[аи]?\s+(?:на\s+(?:заседании|совещании|встрече)\s+)?(.+?)\.?$/u,
  /^(?:Заседание|Совещание|Встреча)\s+(?:прошл[оа]|проходил[оа]|состоял[оа]сь|проведен[оа])\s+под\s+председательством\s+(.+?)\.?$/u,
];
const observerCueSource = String.raw`(?:(?:высокие\s+)?представител(?:и|ей)\s+)?государств(?:а)?\s*[-–—]?\s*наблюдател(?:ей|и)(?:\s+при\s+(?:ШОС|Шанхайской организации сотрудничества))?\s*[:–—-]?\s*`;
const observerCue = new RegExp(observerCueSource, 'iu');
const guestCueSource = String.raw`(?:в\s+качестве\s+)?гост(?:ь|я|и|ей)\s+(?:председательствующей|принимающей)\s+стороны\s*[:–—-]?\s*`;
const alsoCue = /,?\s+а\s+также\s+/gu;

const nextMeetingClause =
  /(?:Очередное|Следующее)\s+(?:[а-яё]+\s+)?(?:заседание|совещание)[^.]*?(?:состоится|пройд[её]т|будет\s+проведено|проведут|решено\s+провести)([^.]*)/iu;

/**
 * Reads the header of a Russian SCO text: the title (what precedes the opening line, naming the kind: Совместное
 * коммюнике, Декларация, Заявление), the opening line with the date and place ("1–2 ноября 2019 года в городе
 * Ташкенте прошло восемнадцатое заседание Совета…"), then, in any order, the attendance paragraphs (В заседании
 * приняли участие… / участвовали… / представители государств-наблюдателей…) and the chair (председательствовал…).
 * The header ends at the first paragraph that is none of these. A text whose opening names no date may give date
 * and place on a line under its title or, as statements do, on a closing line ("Тяньцзинь, 1 сентября 2025 года"). The next meeting comes from the last
 * paragraph announcing it ("Очередное заседание Совета … состоится в 2020 году в Республике Индия"). Throws
 * `ingest_rejected` when the text never names the SCO, names no meeting with a date, or has no title naming an SCO
 * text and no attendance paragraph to show it is one.
 */
export function parseRussianHeader(options: { paragraphs: Paragraph[] }): ParsedRussianHeader {
  const { paragraphs } = options;
  if (!paragraphs.some((paragraph) => scoName.test(paragraph.text))) {
    throw new DomainError(
      'ingest_rejected',
      'This is not an SCO text: it never names the Shanghai Cooperation Organisation ("ШОС" or "Шанхайская организация сотрудничества").',
    );
  }
  const dated = findDatedMeeting(paragraphs);
  if (!dated) {
    throw new DomainError(
      'ingest_rejected',
      'This is not an SCO text: no opening line names a meeting with its date (e.g. "1–2 ноября 2019 года в городе Ташкенте прошло заседание Совета…"), and no closing line gives place and date.',
    );
  }
  const titleParagraphs = paragraphs.slice(0, dated.titleParagraphCount);
  const title = titleParagraphs.map((paragraph) => paragraph.text).join(' ');
  const attendance = readAttendance({ paragraphs: paragraphs.slice(dated.openingIndex + 1) });
  const kind = kindWords.find(([pattern]) => pattern.test(title))?.[1] ?? null;
  const opening = dated.openingIndex >= 0 ? paragraphs[dated.openingIndex]!.text : '';
  if (!kind && !(definedAbbreviation.test(opening) && attendance.participants.length > 0)) {
    throw new DomainError(
      'ingest_rejected',
      `This is not an SCO text: it has no title naming a communiqué, declaration or statement (e.g. "Совместное коммюнике по итогам…")${title ? `, only "${abbreviate(title)}"` : ''}, and no attendance paragraph after its opening line.`,
    );
  }
  // The fuller of the two names wins: a declaration's opening may shorten it ("Совета глав государств-членов").
  const bodyName =
    [title, opening].map((text) => findBodyName(text) ?? '').sort((a, b) => b.length - a.length)[0] ?? '';
  const headerParagraphCount = Math.max(dated.titleParagraphCount, dated.openingIndex + 1 + attendance.paragraphCount);
  const lastHeaderParagraph = paragraphs[headerParagraphCount - 1] ?? paragraphs[0]!;
  const statements = paragraphs.slice(headerParagraphCount, paragraphs.length - dated.trailingParagraphCount);
  return {
    kind: kind ?? 'communique',
    headerParagraphCount,
    trailingParagraphCount: dated.trailingParagraphCount,
    meeting: {
      bodyName,
      body: bodyCode(bodyName),
      number: meetingNumber(title) ?? meetingNumber(opening),
      title: title || opening,
      start: dated.dates.start,
      end: dated.dates.end,
      place: dated.place,
      format: videoFormat.test(opening) ? 'video' : 'in_person',
      chair: attendance.chair,
      participants: attendance.participants,
      nextMeeting: findNextMeeting(statements),
      span: { start: paragraphs[0]!.span.start, end: lastHeaderParagraph.span.end },
    },
  };
}

interface DatedMeeting {
  /** -1 when the date comes from a closing line instead. A place-and-date line may itself be the opening. */
  openingIndex: number;
  titleParagraphCount: number;
  trailingParagraphCount: number;
  dates: NonNullable<ReturnType<typeof parseRussianDateRange>>;
  place: string;
}

// The opening line stands near the top; a date further down belongs to the substance, not the header.
const openingSearchDepth = 5;

function findDatedMeeting(paragraphs: Paragraph[]): DatedMeeting | null {
  for (const [index, paragraph] of paragraphs.slice(0, openingSearchDepth).entries()) {
    const date = dayRange.exec(paragraph.text);
    const dates = date ? parseRussianDateRange(date[0]) : null;
    if (!dates || !meetingNoun.test(paragraph.text)) continue;
    const place = findRussianPlace(paragraph.text.replace(date![0], ' '));
    return {
      openingIndex: index,
      titleParagraphCount: index,
      trailingParagraphCount: 0,
      dates,
      place:
        place && !videoFormat.test(paragraph.text.slice(place.index, place.index + place.length)) ? place.place : '',
    };
  }
  // A place-and-date line under the title ("г. Москва, 18 ноября 2025 года"), the opening then naming no date.
  for (const [index, paragraph] of paragraphs.slice(0, openingSearchDepth).entries()) {
    const line = placeDateLine.exec(paragraph.text);
    const dates = line ? parseRussianDateRange(line[2]!) : null;
    // Below the first sentence the title block has ended: a place-and-date line there closes the text instead.
    if (!line && /[.!?]$/u.test(paragraph.text)) break;
    if (!line || !dates) continue;
    const next = paragraphs[index + 1];
    const opensMeeting = next !== undefined && meetingNoun.test(next.text) && scoName.test(next.text);
    return {
      openingIndex: opensMeeting ? index + 1 : index,
      titleParagraphCount: index,
      trailingParagraphCount: 0,
      dates,
      place: readRussianPlace(line[1]!)?.place ?? line[1]!,
    };
  }
  const closing = paragraphs.at(-1);
  const closingLine = closing ? placeDateLine.exec(closing.text) : null;
  const closingDates = closingLine ? parseRussianDateRange(closingLine[2]!) : null;
  if (!closingLine || !closingDates) return null;
  const titleParagraphCount = paragraphs.slice(0, 3).findIndex((paragraph) => /[.!?]$/u.test(paragraph.text));
  return {
    openingIndex: -1,
    titleParagraphCount: titleParagraphCount < 0 ? Math.min(3, paragraphs.length - 1) : titleParagraphCount,
    trailingParagraphCount: 1,
    dates: closingDates,
    place: readRussianPlace(closingLine[1]!)?.place ?? closingLine[1]!,
  };
}

/**
 * Reads the attendance and chair paragraphs after the opening line, in any order, up to the first paragraph that is
 * neither. The first attendance paragraph lists the heads of delegation unless it speaks of observer states; the
 * later ones list guests, with observer states after "представители государств-наблюдателей" and guests again after
 * "гость председательствующей стороны" or "а также".
 */
function readAttendance(options: { paragraphs: Paragraph[] }): {
  participants: ParsedParticipant[];
  chair: ParsedMeeting['chair'];
  paragraphCount: number;
} {
  const heads: ParsedParticipant[] = [];
  const others: ParsedParticipant[] = [];
  let chair: ParsedMeeting['chair'] = null;
  let paragraphCount = 0;
  for (const { text, span } of options.paragraphs) {
    const chairMatch = chairLines.map((line) => line.exec(text)).find((match) => match !== null);
    if (chairMatch) {
      const start = text.indexOf(chairMatch[1]!);
      const { organization: _organization, ...person } = parseRussianParticipant({
        text: chairMatch[1]!,
        offset: span.start + start,
      });
      chair = person;
    } else if (attendanceLead.test(text) || attendanceTail.test(text)) {
      const lead = attendanceLead.exec(text)?.[0].length ?? 0;
      const body = text.slice(lead).replace(attendanceTail, '').replace(/\.$/u, '');
      const listsHeads = heads.length === 0 && !observerCue.test(body);
      const participants = readRoleSegments({ text: body, offset: span.start + lead, listsHeads });
      (listsHeads ? heads : others).push(...participants);
    } else break;
    paragraphCount += 1;
  }
  return { participants: [...heads, ...others], chair: chairAsListed({ chair, heads }), paragraphCount };
}

/**
 * The chair as the attendance list names them: "под председательством Председателя Правительства Российской
 * Федерации М.В.Мишустина" is in the genitive, while the same person heads a delegation in the nominative.
 */
function chairAsListed(options: { chair: ParsedMeeting['chair']; heads: ParsedParticipant[] }): ParsedMeeting['chair'] {
  const { chair, heads } = options;
  const head = chair?.countryCode ? heads.find((participant) => participant.countryCode === chair.countryCode) : null;
  return chair && head ? { ...chair, title: head.title, personName: head.personName } : chair;
}

/** Splits an attendance list where its role changes (observers, the chair's guest, "а также") and reads each part. */
function readRoleSegments(options: { text: string; offset: number; listsHeads: boolean }): ParsedParticipant[] {
  const { text, offset, listsHeads } = options;
  if (listsHeads) {
    return parseRussianParticipantList({ text, offset, role: 'head_of_delegation' }).map((participant) =>
      participant.countryCode ? participant : { ...participant, role: 'guest' },
    );
  }
  const cues = [
    ...[...text.matchAll(new RegExp(observerCueSource, 'giu'))].map((match) => ({ match, role: 'observer' as const })),
    ...[...text.matchAll(new RegExp(guestCueSource, 'giu'))].map((match) => ({ match, role: 'guest' as const })),
  ].sort((a, b) => a.match.index - b.match.index);
  const segments: { start: number; end: number; role: ParsedParticipant['role'] }[] = [];
  let start = 0;
  let role: ParsedParticipant['role'] = 'guest';
  for (const cue of cues) {
    segments.push({ start, end: cue.match.index, role });
    start = cue.match.index + cue.match[0].length;
    role = cue.role;
  }
  segments.push({ start, end: text.length, role });
  return segments
    .flatMap((segment) => splitObserverTail({ ...segment, text }))
    .flatMap((segment) =>
      parseRussianParticipantList({
        text: text.slice(segment.start, segment.end),
        offset: offset + segment.start,
        role: segment.role,
      }).map((participant) =>
        participant.role === 'observer' && !participant.countryCode ? { ...participant, role: 'guest' } : participant,
      ),
    );
}

// Within the observers, "а также" turns to the guests that follow (international organisations).
function splitObserverTail(options: {
  text: string;
  start: number;
  end: number;
  role: ParsedParticipant['role'];
}): { start: number; end: number; role: ParsedParticipant['role'] }[] {
  const { text, start, end, role } = options;
  if (role !== 'observer') return [{ start, end, role }];
  const also = [...text.slice(start, end).matchAll(alsoCue)][0];
  if (!also) return [{ start, end, role }];
  return [
    { start, end: start + also.index, role },
    { start: start + also.index + also[0].length, end, role: 'guest' },
  ];
}

function findBodyName(text: string): string | null {
  const match = bodyWithMembers.exec(text) ?? bodyWithSco.exec(text) ?? ministersMeeting.exec(text);
  if (!match) return null;
  const [head, ...rest] = match[0].split(' ');
  return [bodyHeadNominative[head!] ?? head, ...rest].join(' ');
}

function bodyCode(bodyName: string): ParsedMeeting['body'] {
  if (/глав\s+правительств/iu.test(bodyName)) return 'heads_of_government';
  if (/глав\s+государств/iu.test(bodyName)) return 'heads_of_state';
  if (/министр/iu.test(bodyName)) return 'ministers';
  return 'other';
}

function meetingNumber(text: string): number | null {
  const match = ordinalBeforeMeeting.exec(text);
  return match ? parseRussianOrdinal(match[1]!) : null;
}

function findNextMeeting(statements: Paragraph[]): ParsedMeeting['nextMeeting'] {
  for (const paragraph of [...statements].reverse()) {
    const match = nextMeetingClause.exec(paragraph.text);
    if (!match) continue;
    const clause = match[1]!;
    const date = new RegExp(russianDatePatternSource, 'iu').exec(clause);
    const place = findRussianPlace(date ? clause.replace(date[0], ' ') : clause);
    return {
      date: date ? (parseRussianDateRange(date[0])?.start ?? null) : null,
      place: place?.place ?? null,
      countryCode: place?.countryCode ?? null,
      span: paragraph.span,
    };
  }
  return null;
}

// Keeps error messages short when a long paragraph is mistaken for a title.
function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
