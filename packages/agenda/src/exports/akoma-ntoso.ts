import type { Language } from '../../../core/src/localized-text.ts';
import { genitiveMonths } from '../ingest/ru/parse-dates.ts';
import type { PartialDate, Span, TextKind } from '../ingest/types.ts';
import { emptyElement, escapeXmlText, xmlAttributes } from './xml.ts';

/** The OASIS LegalDocML (Akoma Ntoso 3.0) namespace. */
export const akomaNtosoNamespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Everything the Akoma Ntoso rendering of one ingested text needs, in the text's own language. */
export interface AkomaNtosoInput {
  meeting: {
    id: string;
    kind: TextKind;
    /** Stable code of the body, e.g. `heads_of_government`. */
    body: string;
    bodyName: string;
    number: number | null;
    title: string;
    startDate: string;
    endDate: string;
    place: string | null;
    sourceLanguage: Language;
    /** A text that is itself a translation is marked non-authoritative. */
    sourceProvenance: 'official' | 'unofficial_translation';
  };
  /** The text the spans index into (UTF-16 offsets). */
  sourceText: string;
  statements: { ordinal: number; span: Span }[];
  documents: { id: string; adopted: PartialDate | null; spans: Span[] }[];
  events: { id: string; name: string; start: PartialDate | null; spans: Span[] }[];
  initiatives: { id: string; title: string; spans: Span[] }[];
  /** The chair and the participants the header names: people by name, organisations by theirs. */
  participants: { kind: 'person' | 'organization'; name: string; role: ParticipantRole; span: Span }[];
  /** The day this rendering is made (the manifestation's date). */
  generatedOn: string;
}

export type ParticipantRole = 'chair' | 'head_of_delegation' | 'guest' | 'observer';

const roleNames: Record<ParticipantRole, string> = {
  chair: 'Chair',
  head_of_delegation: 'Head of delegation',
  guest: 'Guest',
  observer: 'Observer',
};

/** ISO 639-2 codes, as FRBRlanguage and the AKN naming convention use them. */
const iso639Part2: Record<Language, string> = { zh: 'zho', ru: 'rus', en: 'eng' };

const platformEid = 'sco-platform';
const placeEid = 'place';
const bodyEid = (body: string) => `sco-${body.replaceAll('_', '-')}`;
const roleEid = (role: ParticipantRole) => `role-${role.replaceAll('_', '-')}`;
const ontology = (...segments: string[]) => `/ontology/${segments.map(encodeURIComponent).join('/')}`;

/** `/akn/int/doc/sco-communique/2025-11-18/heads-of-government-24`: international, dated by the text's adoption. */
const akomaNtosoWorkUri = (meeting: Pick<AkomaNtosoInput['meeting'], 'id' | 'kind' | 'endDate'>) =>
  `/akn/int/doc/sco-${meeting.kind}/${meeting.endDate}/${meeting.id}`;

interface Mark {
  start: number;
  end: number;
  /** The element's name. */
  name: string;
  attributes: Record<string, string>;
  /** Among marks with the same span, the lower rank encloses the higher. */
  rank: number;
  children: Mark[];
}

const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The ways a text in `language` writes a date of the given precision, most specific first. */
export function dateWordings(date: PartialDate, language: Language): string[] {
  const [year, month, day] = date.date.split('-').map(Number) as [number, number, number];
  if (language === 'zh') {
    if (date.precision === 'day') return [`${year}年${month}月${day}日`];
    if (date.precision === 'month') return [`${year}年${month}月`];
    return [`${year}年`];
  }
  if (language === 'ru') {
    if (date.precision === 'day') return [`${day} ${genitiveMonths[month - 1]} ${year}`];
    return [];
  }
  if (date.precision === 'day') {
    return [`${day} ${monthsEn[month - 1]} ${year}`, `${monthsEn[month - 1]} ${day}, ${year}`];
  }
  return [];
}

/** A `<date>` mark around the words of `date` inside [start, end) of the text, when the words are there. */
function dateMark(text: string, span: Span, date: PartialDate | null, language: Language): Mark | null {
  if (!date) return null;
  const words = text.slice(span.start, span.end);
  for (const wording of dateWordings(date, language)) {
    const at = words.indexOf(wording);
    if (at >= 0) {
      const start = span.start + at;
      return {
        start,
        end: start + wording.length,
        name: 'date',
        attributes: { date: date.date },
        rank: 9,
        children: [],
      };
    }
  }
  return null;
}

/**
 * Nests marks inside [start, end): a mark inside another becomes its child. XML elements cannot overlap, so a mark
 * crossing the boundary of one already placed is left out rather than cut.
 */
function nestMarks(marks: readonly Mark[], start: number, end: number): Mark[] {
  const inside = marks
    .filter((mark) => mark.start >= start && mark.end <= end && mark.end > mark.start)
    .map((mark) => ({ ...mark, children: [] as Mark[] }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const roots: Mark[] = [];
  const open: Mark[] = [];
  for (const mark of inside) {
    while (open.length > 0 && mark.start >= open[open.length - 1]!.end) open.pop();
    const parent = open[open.length - 1];
    if (parent && mark.end > parent.end) continue;
    // Two facts with the same words and the same element (a date inside a document and an event) make one mark.
    if (parent && parent.name === mark.name && parent.start === mark.start && parent.end === mark.end) continue;
    (parent ? parent.children : roots).push(mark);
    open.push(mark);
  }
  return roots;
}

/** Mixed content of [start, end): escaped text with the marks as elements. */
function inlineContent(text: string, marks: readonly Mark[], start: number, end: number): string {
  let out = '';
  let cursor = start;
  for (const mark of marks) {
    out += escapeXmlText(text.slice(cursor, mark.start));
    out += `<${mark.name}${xmlAttributes(mark.attributes)}>`;
    out += inlineContent(text, mark.children, mark.start, mark.end);
    out += `</${mark.name}>`;
    cursor = mark.end;
  }
  return out + escapeXmlText(text.slice(cursor, end));
}

interface Line {
  start: number;
  end: number;
}

/** The non-empty lines of [start, end), trimmed, with their offsets. */
function linesOf(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\n]+/g;
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match !== null && match.index < end; match = pattern.exec(text)) {
    let lineStart = match.index;
    let lineEnd = Math.min(end, lineStart + match[0].length);
    while (lineStart < lineEnd && /\s/.test(text[lineStart]!)) lineStart++;
    while (lineEnd > lineStart && /\s/.test(text[lineEnd - 1]!)) lineEnd--;
    if (lineEnd > lineStart) lines.push({ start: lineStart, end: lineEnd });
  }
  return lines;
}

const compact = (value: string) => value.replace(/\s+/g, '');

/** Header lines that only spell out the title (the title is given in the preface), dropped from the preamble. */
function withoutTitleLines(text: string, lines: Line[], title: string): Line[] {
  const wanted = compact(title);
  let seen = '';
  let skip = 0;
  for (const line of lines) {
    const next = seen + compact(text.slice(line.start, line.end));
    if (!next || !wanted.startsWith(next)) break;
    seen = next;
    skip++;
  }
  return lines.slice(skip);
}

const indent = (depth: number) => '  '.repeat(depth);

/**
 * The text as an Akoma Ntoso 3.0 `doc`: FRBR identification, references to the body, the place, the people, the
 * events and the initiatives, the title in the preface, the header in the preamble, and one numbered paragraph per
 * statement with the documents, events, initiatives and dates the platform found marked where they stand.
 */
export function buildAkomaNtoso(input: AkomaNtosoInput): string {
  const { meeting, sourceText: text } = input;
  const language = iso639Part2[meeting.sourceLanguage];
  const work = akomaNtosoWorkUri(meeting);
  const expression = `${work}/${language}@`;

  // The same person may appear twice (head of delegation and chair): one reference per name and kind.
  const participantEids = new Map<string, { kind: 'person' | 'organization'; name: string; eId: string }>();
  for (const { kind, name } of input.participants) {
    const key = `${kind}:${name}`;
    if (!participantEids.has(key)) participantEids.set(key, { kind, name, eId: `${kind}-${participantEids.size + 1}` });
  }
  const eIdOf = (participant: { kind: string; name: string }) =>
    participantEids.get(`${participant.kind}:${participant.name}`)!.eId;
  const roles = [...new Set(input.participants.map((participant) => participant.role))];

  const marks: Mark[] = [
    ...input.documents.flatMap((document) =>
      document.spans.flatMap((span) => [
        {
          ...span,
          name: 'ref',
          attributes: { href: `/documents/${encodeURIComponent(document.id)}` },
          rank: 1,
          children: [],
        },
        ...[dateMark(text, span, document.adopted, meeting.sourceLanguage)].filter((mark) => mark !== null),
      ]),
    ),
    ...input.events.flatMap((event) =>
      event.spans.flatMap((span) => [
        { ...span, name: 'event', attributes: { refersTo: `#${event.id}` }, rank: 2, children: [] },
        ...[dateMark(text, span, event.start, meeting.sourceLanguage)].filter((mark) => mark !== null),
      ]),
    ),
    ...input.initiatives.flatMap((initiative) =>
      initiative.spans.map((span) => ({
        ...span,
        name: 'concept',
        attributes: { refersTo: `#${initiative.id}` },
        rank: 3,
        children: [],
      })),
    ),
    ...input.participants.map((participant) => ({
      ...participant.span,
      name: participant.kind,
      attributes:
        participant.kind === 'person'
          ? { refersTo: `#${eIdOf(participant)}`, as: `#${roleEid(participant.role)}` }
          : { refersTo: `#${eIdOf(participant)}` },
      rank: 4,
      children: [],
    })),
  ];

  const tlc = (name: string, eId: string, href: string, showAs: string) =>
    `${indent(4)}${emptyElement(name, { eId, href, showAs })}`;
  const references = [
    tlc(
      'TLCOrganization',
      platformEid,
      ontology('organization', 'sco-cooperation-platform'),
      'SCO Cooperation Platform',
    ),
    tlc('TLCOrganization', bodyEid(meeting.body), ontology('organization', 'sco', meeting.body), meeting.bodyName),
    ...(meeting.place ? [tlc('TLCLocation', placeEid, ontology('location', meeting.place), meeting.place)] : []),
    ...[...participantEids.values()].map(({ kind, name, eId }) =>
      kind === 'person'
        ? tlc('TLCPerson', eId, ontology('person', name), name)
        : tlc('TLCOrganization', eId, ontology('organization', name), name),
    ),
    ...roles.map((role) => tlc('TLCRole', roleEid(role), ontology('role', role), roleNames[role])),
    ...input.events.map((event) => tlc('TLCEvent', event.id, `/events/${encodeURIComponent(event.id)}`, event.name)),
    ...input.initiatives.map((initiative) =>
      tlc('TLCConcept', initiative.id, `/initiatives/${encodeURIComponent(initiative.id)}`, initiative.title),
    ),
  ];

  const frbr = (name: string, attributes: Record<string, string | number | null>) =>
    `${indent(5)}${emptyElement(name, attributes)}`;
  const identification = [
    `${indent(3)}<identification${xmlAttributes({ source: `#${platformEid}` })}>`,
    `${indent(4)}<FRBRWork>`,
    frbr('FRBRthis', { value: `${work}/!main` }),
    frbr('FRBRuri', { value: work }),
    frbr('FRBRdate', { date: meeting.endDate, name: 'adoption' }),
    frbr('FRBRauthor', { href: `#${bodyEid(meeting.body)}` }),
    frbr('FRBRcountry', { value: 'int' }),
    frbr('FRBRsubtype', { value: `sco-${meeting.kind}` }),
    ...(meeting.number === null ? [] : [frbr('FRBRnumber', { value: meeting.number })]),
    frbr('FRBRname', { value: meeting.title }),
    `${indent(4)}</FRBRWork>`,
    `${indent(4)}<FRBRExpression>`,
    frbr('FRBRthis', { value: `${expression}/!main` }),
    frbr('FRBRuri', { value: expression }),
    frbr('FRBRdate', { date: meeting.endDate, name: 'adoption' }),
    frbr('FRBRauthor', { href: `#${bodyEid(meeting.body)}` }),
    frbr('FRBRauthoritative', { value: String(meeting.sourceProvenance === 'official') }),
    frbr('FRBRlanguage', { language }),
    `${indent(4)}</FRBRExpression>`,
    `${indent(4)}<FRBRManifestation>`,
    frbr('FRBRthis', { value: `${expression}/!main.xml` }),
    frbr('FRBRuri', { value: `${expression}.akn` }),
    frbr('FRBRdate', { date: input.generatedOn, name: 'generation' }),
    frbr('FRBRauthor', { href: `#${platformEid}` }),
    `${indent(4)}</FRBRManifestation>`,
    `${indent(3)}</identification>`,
  ];

  const statements = [...input.statements].sort((a, b) => a.ordinal - b.ordinal);
  const bodyStart = statements[0]?.span.start ?? text.length;
  const bodyEnd = statements.at(-1)?.span.end ?? text.length;
  const paragraphOf = (line: Line, depth: number) =>
    `${indent(depth)}<p>${inlineContent(text, nestMarks(marks, line.start, line.end), line.start, line.end)}</p>`;
  const preambleLines = withoutTitleLines(text, linesOf(text, 0, bodyStart), meeting.title);
  const conclusionLines = linesOf(text, bodyEnd, text.length);

  const placeLine = meeting.place
    ? ` <location${xmlAttributes({ refersTo: `#${placeEid}` })}>${escapeXmlText(meeting.place)}</location>`
    : '';
  const docDate = (date: string) => `<docDate${xmlAttributes({ date })}>${escapeXmlText(date)}</docDate>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<akomaNtoso xmlns="${akomaNtosoNamespace}">`,
    `${indent(1)}<doc${xmlAttributes({ name: meeting.kind })}>`,
    `${indent(2)}<meta>`,
    ...identification,
    `${indent(3)}<references${xmlAttributes({ source: `#${platformEid}` })}>`,
    ...references,
    `${indent(3)}</references>`,
    `${indent(2)}</meta>`,
    `${indent(2)}<preface>`,
    `${indent(3)}<longTitle>`,
    `${indent(4)}<p><docTitle>${escapeXmlText(meeting.title)}</docTitle></p>`,
    `${indent(3)}</longTitle>`,
    `${indent(3)}<p><docProponent${xmlAttributes({ refersTo: `#${bodyEid(meeting.body)}` })}>${escapeXmlText(meeting.bodyName)}</docProponent></p>`,
    `${indent(3)}<p>${docDate(meeting.startDate)}${meeting.endDate === meeting.startDate ? '' : ` – ${docDate(meeting.endDate)}`}${placeLine}</p>`,
    `${indent(2)}</preface>`,
    ...(preambleLines.length > 0
      ? [`${indent(2)}<preamble>`, ...preambleLines.map((line) => paragraphOf(line, 3)), `${indent(2)}</preamble>`]
      : []),
    `${indent(2)}<mainBody>`,
    ...statements.flatMap((statement) => [
      `${indent(3)}<paragraph${xmlAttributes({ eId: `para_${statement.ordinal}` })}>`,
      `${indent(4)}<num>${statement.ordinal}</num>`,
      `${indent(4)}<content>`,
      paragraphOf(statement.span, 5),
      `${indent(4)}</content>`,
      `${indent(3)}</paragraph>`,
    ]),
    `${indent(2)}</mainBody>`,
    ...(conclusionLines.length > 0
      ? [
          `${indent(2)}<conclusions>`,
          ...conclusionLines.map((line) => paragraphOf(line, 3)),
          `${indent(2)}</conclusions>`,
        ]
      : []),
    `${indent(1)}</doc>`,
    '</akomaNtoso>',
    '',
  ].join('\n');
}
