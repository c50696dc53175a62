import { createHash } from 'node:crypto';
import type { Span } from '../../packages/agenda/src/ingest/types.ts';
import { segmentChinese } from '../../packages/agenda/src/search/segment-chinese.ts';
import { type LocalizedText, localized } from '../../packages/core/src/localized-text.ts';
import type { Random } from '../support/prng.ts';
import type { Clauses, SeedParagraph } from './seed-corpus.ts';

/** Generated rows are recognisable: every meeting id starts with this prefix. */
export const benchIdPrefix = 'bench-';

export interface MeetingRow {
  id: string;
  body: string;
  body_name: LocalizedText;
  number: number;
  title: LocalizedText;
  start_date: string;
  end_date: string;
  place: LocalizedText;
  format: 'in_person' | 'video';
  source_language: 'zh';
  source_text: string;
  content_hash: string;
  header_span: Span;
}

export interface StatementRow {
  id: string;
  meeting_id: string;
  ordinal: number;
  text: LocalizedText;
  stance: string;
  other_stances: string[];
  actor_kind: string;
  topics: string[];
  /** ISO codes of the states the statement speaks for, distinct and sorted as ingest-communique.ts stores them. */
  countries: string[];
  meeting_date: string;
  span: Span;
  /** segmentChinese(text.zh): the database turns it into search_zh with to_tsvector('simple', …). */
  zh_words: string;
}

export interface LinkRow {
  statement_id: string;
  target_id: string;
  spans: Span[];
  stage?: string;
}

export interface GeneratedMeeting {
  meeting: MeetingRow;
  statements: StatementRow[];
  documents: LinkRow[];
  events: LinkRow[];
  initiatives: LinkRow[];
}

const bodies = [
  {
    body: 'heads_of_government',
    slug: 'heads-of-government',
    weight: 0.3,
    name: [
      '上海合作组织成员国政府首脑（总理）理事会',
      'Совет глав правительств (премьер-министров) государств — членов ШОС',
      'Council of Heads of Government (Prime Ministers) of the SCO Member States',
    ],
  },
  {
    body: 'heads_of_state',
    slug: 'heads-of-state',
    weight: 0.3,
    name: [
      '上海合作组织成员国元首理事会',
      'Совет глав государств — членов ШОС',
      'Council of Heads of State of the SCO Member States',
    ],
  },
  {
    body: 'ministers',
    slug: 'ministers',
    weight: 0.4,
    name: [
      '上海合作组织成员国外交部长理事会',
      'Совет министров иностранных дел государств — членов ШОС',
      'Council of Ministers of Foreign Affairs of the SCO Member States',
    ],
  },
] as const;

const places = [
  ['莫斯科', 'Москва', 'Moscow'],
  ['北京', 'Пекин', 'Beijing'],
  ['阿斯塔纳', 'Астана', 'Astana'],
  ['比什凯克', 'Бишкек', 'Bishkek'],
  ['杜尚别', 'Душанбе', 'Dushanbe'],
  ['塔什干', 'Ташкент', 'Tashkent'],
  ['新德里', 'Нью-Дели', 'New Delhi'],
  ['伊斯兰堡', 'Исламабад', 'Islamabad'],
  ['德黑兰', 'Тегеран', 'Tehran'],
  ['明斯克', 'Минск', 'Minsk'],
] as const;

const trilingual = ([zh, ru, en]: readonly [string, string, string]) =>
  localized({ language: 'zh', text: zh }, { ru, en });

/** Generated meetings fall between the SCO's founding and the seed meeting, which stays the newest. */
const firstDay = Date.UTC(2001, 5, 15);
const lastDay = Date.UTC(2025, 9, 31);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface GenerateOptions {
  random: Random;
  corpus: readonly SeedParagraph[];
  statementCount: number;
  /** Average statements per meeting; the seed communiqué has 97. */
  statementsPerMeeting: number;
}

/** Yields meetings one by one (so memory stays flat) until `statementCount` statements exist. */
export function* generateMeetings(options: GenerateOptions): Generator<GeneratedMeeting> {
  const { random, statementCount, statementsPerMeeting } = options;
  const meetingCount = Math.max(1, Math.round(statementCount / statementsPerMeeting));
  const numbers = new Map<string, number>();
  let remaining = statementCount;
  for (let index = 0; index < meetingCount && remaining > 0; index++) {
    const last = index === meetingCount - 1;
    const size = last
      ? remaining
      : Math.min(remaining, random.int(Math.round(statementsPerMeeting * 0.6), Math.round(statementsPerMeeting * 1.4)));
    remaining -= size;
    const body = pickBody(random);
    const number = (numbers.get(body.body) ?? 0) + 1;
    numbers.set(body.body, number);
    const day = firstDay + Math.floor(((lastDay - firstDay) * index) / meetingCount) + random.int(0, 3) * 86_400_000;
    yield generateMeeting({ ...options, body, number, startDate: isoDay(day), size });
  }
}

function pickBody(random: Random) {
  let roll = random.next();
  for (const body of bodies) {
    roll -= body.weight;
    if (roll < 0) return body;
  }
  return bodies[0];
}

function generateMeeting(
  options: GenerateOptions & { body: (typeof bodies)[number]; number: number; startDate: string; size: number },
): GeneratedMeeting {
  const { random, corpus, body, number, startDate, size } = options;
  const meetingId = `${benchIdPrefix}${body.slug}-${number}`;
  const header = `${body.name[0]}\n\n第${number}次会议联合公报\n`;
  const generated: Omit<GeneratedMeeting, 'meeting'> = {
    statements: [],
    documents: [],
    events: [],
    initiatives: [],
  };
  let sourceText = header;
  for (let ordinal = 1; ordinal <= size; ordinal++) {
    const template = random.pick(corpus);
    const text = assembleText(random, template, random.chance(0.35) ? random.pick(corpus) : null);
    sourceText += '\n';
    const span = { start: sourceText.length, end: sourceText.length + text.zh.length };
    sourceText += `${text.zh}\n`;
    const id = `${meetingId}-s${ordinal}`;
    generated.statements.push({
      id,
      meeting_id: meetingId,
      ordinal,
      text: localized({ language: 'zh', text: text.zh }, { ru: text.ru ?? undefined, en: text.en ?? undefined }),
      stance: template.statement.stance,
      other_stances: template.statement.otherStances,
      actor_kind: template.statement.actorKind,
      topics: template.statement.topics,
      countries: [...new Set(template.statement.actorCountryCodes)].sort(),
      meeting_date: startDate,
      span,
      zh_words: segmentChinese(text.zh),
    });
    addLinks(generated, id, span, template);
  }
  const meeting: MeetingRow = {
    id: meetingId,
    body: body.body,
    body_name: trilingual(body.name),
    number,
    title: trilingual([
      `第${number}次会议联合公报`,
      `Совместное коммюнике по итогам ${number}-го заседания`,
      `Joint Communiqué of Meeting No. ${number}`,
    ]),
    start_date: startDate,
    end_date: startDate,
    place: trilingual(random.pick(places)),
    format: random.chance(0.1) ? 'video' : 'in_person',
    source_language: 'zh',
    source_text: sourceText,
    content_hash: createHash('sha256').update(sourceText, 'utf8').digest('hex'),
    header_span: { start: 0, end: header.length - 1 },
  };
  return { meeting, ...generated };
}

/** Links follow the template paragraph; link spans cover the whole generated paragraph. */
function addLinks(
  generated: Omit<GeneratedMeeting, 'meeting'>,
  statementId: string,
  span: Span,
  template: SeedParagraph,
) {
  for (const id of template.documentIds)
    generated.documents.push({ statement_id: statementId, target_id: id, spans: [span] });
  for (const id of template.eventIds)
    generated.events.push({ statement_id: statementId, target_id: id, spans: [span] });
  for (const { id, stage } of template.initiatives)
    generated.initiatives.push({ statement_id: statementId, target_id: id, stage, spans: [span] });
}

/**
 * A new paragraph from real ones: the template's subject and verb first, then most of its clauses in a shuffled
 * order, sometimes with one clause of another paragraph; the same recipe in every language.
 */
function assembleText(random: Random, template: SeedParagraph, donor: SeedParagraph | null) {
  const order = random.shuffle(template.body.zh.map((_, index) => index));
  const keep = random.int(Math.ceil(order.length * 0.6), order.length);
  const donorRoll = random.next();
  const compose = (language: keyof Clauses, finish: (text: string) => string, separator: string) => {
    const head = template.head[language];
    const body = template.body[language];
    if (!head || !body) return null;
    // Translations have their own clause count, so the Chinese shuffle is mapped onto them proportionally.
    const picked = order
      .slice(0, keep)
      .map((index) => body[Math.floor((index * body.length) / Math.max(1, order.length))]);
    const donorBody = donor?.body[language];
    if (donorBody && donorBody.length > 0) picked.push(donorBody[Math.floor(donorRoll * donorBody.length)]);
    return finish([...head, ...new Set(picked.filter((clause): clause is string => Boolean(clause)))].join(separator));
  };
  const zh = compose('zh', finishChinese, '') ?? '';
  return { zh, ru: compose('ru', finishAlphabetic, ' '), en: compose('en', finishAlphabetic, ' ') };
}

const finishChinese = (text: string) => text.replace(/[，；：、]$/u, '').replace(/([^。])$/u, '$1。');
const finishAlphabetic = (text: string) => text.replace(/[,;:]$/u, '').replace(/([^.])$/u, '$1.');
