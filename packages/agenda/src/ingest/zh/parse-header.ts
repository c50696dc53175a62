import { DomainError } from '../../../../core/src/errors.ts';
import type { Paragraph } from '../split-paragraphs.ts';
import type { ParsedMeeting } from '../types.ts';
import { parseChineseNumeral } from './chinese-numeral.ts';
import { matchCountryPrefix } from './country-aliases.ts';
import {
  chineseDatePatternSource,
  chineseDateRangePatternSource,
  parseChineseDate,
  parseChineseDateRange,
} from './parse-dates.ts';
import { parseParticipant, parseParticipantList } from './parse-participants.ts';

export interface ParsedHeader {
  meeting: ParsedMeeting;
  /** How many leading paragraphs the header takes; the statements start after them. */
  headerParagraphCount: number;
}

// The opening sentence dates the meeting and says where (or that it was held by video): 2025年11月17日至18日，…在
// 莫斯科举行 / …于2025年8月31日至9月1日在天津举行 / …以视频方式举行.
const openingDate = new RegExp(`(?:^|于)(${chineseDateRangePatternSource})`);
const openingPlace = /在([^，。]+?)(?:以[^，。]*?方式)?举行/;
const openingVideo = /以视频(?:会议)?(?:方式|形式)(?:在[^，。]+?)?举行/;
const numeral = '[零一二两三四五六七八九十百千\\d]+';
const titleParts = new RegExp(`^(.*?(?:理事会|会议))(?:第(${numeral})次会议)?(.*(?:公报|宣言|声明))$`);
const numberInOpening = new RegExp(`第(${numeral})次会议`);
const chairLine = /^会议由(.+)主持。?$/;
const attendanceLine = /出席会议。?$/;
const guestLine = /列席会议。?$/;
const nextMeetingClause = new RegExp(`下次会议将(?:于(${chineseDatePatternSource}))?(?:在([^，。]+?))?举行`);

/**
 * Reads the header of a communiqué, declaration or statement: the title lines (body, meeting number when given, and
 * 公报/宣言/声明), the opening line with the dates and place (2025年11月17日至18日，…在莫斯科举行; …于…在天津举行;
 * …以视频方式举行, which has no place), then, in any order, the attendance paragraph (…出席会议), the chair
 * (会议由…主持) and the guest paragraphs (…列席会议). The header ends at the first paragraph that is none of these.
 * The meeting number comes from the title or, failing that, the opening line (declarations rarely number their
 * title); some ministerial meetings have none. The next meeting is taken from the last statement that announces it.
 * Throws `ingest_rejected` when the text lacks the title or the opening line, or is a communiqué without an
 * attendance paragraph, since then it is not a text of an SCO meeting.
 */
export function parseHeader(options: { paragraphs: Paragraph[] }): ParsedHeader {
  const { paragraphs } = options;
  const openingIndex = paragraphs.findIndex(
    (paragraph, index) => index > 0 && isOpeningLine(firstSentence(paragraph.text)),
  );
  if (openingIndex < 1) {
    throw new DomainError(
      'ingest_rejected',
      'This is not an SCO text: it has no title followed by an opening line giving the meeting date and place (e.g. "2025年11月17日至18日，…在莫斯科举行").',
    );
  }
  const title = paragraphs
    .slice(0, openingIndex)
    .map((paragraph) => paragraph.text)
    .join('');
  const titleMatch = titleParts.exec(title);
  if (!/上海合作组织|上合组织/.test(title) || !titleMatch) {
    throw new DomainError(
      'ingest_rejected',
      `This is not an SCO text: the title "${abbreviate(title)}" does not name a communiqué, declaration or statement of an SCO meeting (e.g. "上海合作组织…理事会第二十四次会议联合公报").`,
    );
  }
  const [, bodyName, titleOrdinal, kindWords] = titleMatch;
  const opening = paragraphs[openingIndex]!;
  const sentence = firstSentence(opening.text);
  const dateText = openingDate.exec(sentence)![1]!;
  const ordinal = titleOrdinal ?? numberInOpening.exec(sentence)?.[1];
  const number = ordinal ? parseChineseNumeral(ordinal) : null;
  const dates = parseChineseDateRange(dateText);
  if ((ordinal && number === null) || !dates) {
    throw new DomainError(
      'ingest_rejected',
      `The meeting number "${ordinal}" or the dates "${dateText}" cannot be read.`,
    );
  }
  const video = openingVideo.test(sentence);
  const place = openingPlace.exec(sentence)?.[1] ?? '';

  const attendance = readAttendance({ paragraphs: paragraphs.slice(openingIndex + 1) });
  const isCommunique = kindWords!.endsWith('公报');
  if (isCommunique && !attendance.participants.some((participant) => participant.role === 'head_of_delegation')) {
    throw new DomainError(
      'ingest_rejected',
      'The header has no attendance paragraph ("…出席会议") naming the heads of delegation.',
    );
  }
  const headerParagraphCount = openingIndex + 1 + attendance.paragraphCount;
  const lastHeaderParagraph = paragraphs[headerParagraphCount - 1]!;
  return {
    headerParagraphCount,
    meeting: {
      bodyName: bodyName!,
      body: bodyCode(bodyName!),
      number,
      title,
      start: dates.start,
      end: dates.end,
      place,
      format: video || /视频/.test(sentence) ? 'video' : 'in_person',
      chair: attendance.chair,
      participants: attendance.participants,
      nextMeeting: findNextMeeting(paragraphs.slice(headerParagraphCount)),
      span: { start: paragraphs[0]!.span.start, end: lastHeaderParagraph.span.end },
    },
  };
}

const firstSentence = (text: string) => text.split('。')[0]!;

function isOpeningLine(sentence: string): boolean {
  return openingDate.test(sentence) && (openingPlace.test(sentence) || openingVideo.test(sentence));
}

/**
 * Reads the attendance, chair and guest paragraphs that follow the opening line, in any order, up to the first
 * paragraph that is none of them. Heads of delegation come before guests, each in the order written.
 */
function readAttendance(options: { paragraphs: Paragraph[] }): {
  participants: ParsedMeeting['participants'];
  chair: ParsedMeeting['chair'];
  paragraphCount: number;
} {
  const heads: ParsedMeeting['participants'] = [];
  const guests: ParsedMeeting['participants'] = [];
  let chair: ParsedMeeting['chair'] = null;
  let paragraphCount = 0;
  for (const { text, span } of options.paragraphs) {
    const chairMatch = chairLine.exec(text);
    if (chairMatch) {
      const { organization: _organization, ...person } = parseParticipant({
        text: chairMatch[1]!,
        offset: span.start + '会议由'.length,
      });
      chair = person;
    } else if (attendanceLine.test(text)) {
      heads.push(...parseParticipantList({ text, offset: span.start, role: 'head_of_delegation' }));
    } else if (guestLine.test(text)) {
      guests.push(...parseParticipantList({ text, offset: span.start, role: 'guest' }));
    } else break;
    paragraphCount += 1;
  }
  return { participants: [...heads, ...guests], chair, paragraphCount };
}

function bodyCode(bodyName: string): ParsedMeeting['body'] {
  if (bodyName.includes('政府首脑')) return 'heads_of_government';
  if (bodyName.includes('元首')) return 'heads_of_state';
  if (bodyName.includes('部长')) return 'ministers';
  return 'other';
}

function findNextMeeting(statements: Paragraph[]): ParsedMeeting['nextMeeting'] {
  for (const paragraph of [...statements].reverse()) {
    const match = nextMeetingClause.exec(paragraph.text);
    if (!match) continue;
    const [, dateText, place] = match;
    const country = place ? matchCountryPrefix(place) : null;
    return {
      date: dateText ? parseChineseDate(dateText) : null,
      place: place ?? null,
      countryCode: country?.code ?? null,
      span: paragraph.span,
    };
  }
  return null;
}

// Keeps error messages short when a long non-communiqué text is mistaken for a title.
function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
