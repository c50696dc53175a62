import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { documentIdFor, eventIdFor, initiativeIdFor, meetingIdFor } from '../ids.ts';
import { parseChineseText } from '../ingest/zh/parse-chinese-text.ts';
import { type AkomaNtosoInput, akomaNtosoNamespace, buildAkomaNtoso, dateWordings } from './akoma-ntoso.ts';
import { escapeXmlAttribute, escapeXmlText, xmlCharactersOnly } from './xml.ts';

const wellFormed = (xml: string) => XMLValidator.validate(xml);
const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false }).parse(xml);

const text =
  '会议在莫斯科举行。\n各方欢迎2025年6月12日在成都通过的《路线图》。\n各方支持举办“上合组织+”会议 & <论坛>。';
const minimal = (overrides: Partial<AkomaNtosoInput> = {}): AkomaNtosoInput => ({
  meeting: {
    id: 'heads-of-government-24',
    kind: 'communique',
    body: 'heads_of_government',
    bodyName: '上海合作组织成员国政府首脑（总理）理事会',
    number: 24,
    title: '会议联合公报',
    startDate: '2025-11-17',
    endDate: '2025-11-18',
    place: '莫斯科',
    sourceLanguage: 'zh',
    sourceProvenance: 'official',
  },
  sourceText: text,
  statements: [
    { ordinal: 1, span: { start: 10, end: 36 } },
    { ordinal: 2, span: { start: 37, end: text.length } },
  ],
  documents: [
    {
      id: 'doc-1',
      adopted: { date: '2025-06-12', precision: 'day' },
      spans: [{ start: 14, end: 35 }],
    },
  ],
  events: [{ id: 'evt-1', name: '“上合组织+”会议', start: null, spans: [{ start: 43, end: 52 }] }],
  initiatives: [],
  participants: [],
  generatedOn: '2026-01-15',
  ...overrides,
});

describe('xml escaping', () => {
  it('escapes markup characters in text and quotes in attributes', () => {
    expect(escapeXmlText('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    expect(escapeXmlAttribute(`"x" 'y'\nz`)).toBe('&quot;x&quot; &apos;y&apos;&#10;z');
  });

  it('drops characters XML cannot hold and keeps paired surrogates', () => {
    expect(xmlCharactersOnly('a\u0000b\u0007c\u000Bd\tok\n')).toBe('abcd\tok\n');
    expect(xmlCharactersOnly('emoji 😀 lone \uD800 and \uDC00 end')).toBe('emoji 😀 lone  and  end');
  });
});

describe('dateWordings', () => {
  it('writes a date as a text in each language would', () => {
    expect(dateWordings({ date: '2025-06-12', precision: 'day' }, 'zh')).toEqual(['2025年6月12日']);
    expect(dateWordings({ date: '2026-01-01', precision: 'year' }, 'zh')).toEqual(['2026年']);
    expect(dateWordings({ date: '2025-06-12', precision: 'day' }, 'ru')).toEqual(['12 июня 2025']);
    expect(dateWordings({ date: '2025-06-12', precision: 'day' }, 'en')).toEqual(['12 June 2025', 'June 12, 2025']);
  });
});

describe('buildAkomaNtoso', () => {
  it('produces a well-formed AKN 3.0 doc with FRBR identification', () => {
    const xml = buildAkomaNtoso(minimal());
    expect(wellFormed(xml)).toBe(true);
    const root = parse(xml).akomaNtoso;
    expect(root['@xmlns']).toBe(akomaNtosoNamespace);
    expect(root.doc['@name']).toBe('communique');
    const identification = root.doc.meta.identification;
    expect(identification['@source']).toBe('#sco-platform');
    expect(identification.FRBRWork.FRBRuri['@value']).toBe(
      '/akn/int/doc/sco-communique/2025-11-18/heads-of-government-24',
    );
    expect(identification.FRBRExpression.FRBRlanguage['@language']).toBe('zho');
    expect(identification.FRBRExpression.FRBRauthoritative['@value']).toBe('true');
    expect(identification.FRBRManifestation.FRBRdate['@date']).toBe('2026-01-15');
    expect(root.doc.preface.longTitle.p.docTitle).toBe('会议联合公报');
  });

  it('numbers one paragraph per statement and marks documents, dates and events inside them', () => {
    const xml = buildAkomaNtoso(minimal());
    expect(xml).toContain('<paragraph eId="para_1">');
    expect(xml).toContain(
      '<p>各方欢迎<ref href="/documents/doc-1"><date date="2025-06-12">2025年6月12日</date>在成都通过的《路线图》</ref>。</p>',
    );
    expect(xml).toContain('<event refersTo="#evt-1">“上合组织+”会议</event> &amp; &lt;论坛&gt;。</p>');
    expect(xml).toContain('<TLCEvent eId="evt-1" href="/events/evt-1" showAs="“上合组织+”会议"/>');
    const paragraphs = parse(xml).akomaNtoso.doc.mainBody.paragraph;
    expect(paragraphs.map((p: { num: number }) => p.num)).toEqual([1, 2]);
  });

  it('puts the header lines that are not the title in the preamble', () => {
    const xml = buildAkomaNtoso(minimal());
    expect(xml).toContain('<preamble>\n      <p>会议在莫斯科举行。</p>\n    </preamble>');
  });

  it('leaves out a mark that crosses another instead of breaking the nesting', () => {
    const xml = buildAkomaNtoso(
      minimal({ initiatives: [{ id: 'ini-1', title: '成都', spans: [{ start: 30, end: 40 }] }] }),
    );
    expect(wellFormed(xml)).toBe(true);
    expect(xml).not.toContain('<concept');
    expect(xml).toContain('<TLCConcept eId="ini-1" href="/initiatives/ini-1" showAs="成都"/>');
  });

  it('escapes titles and names in attributes and text, and marks a translated text non-authoritative', () => {
    const input = minimal();
    input.meeting.title = 'Communiqué <draft> & "notes"';
    input.meeting.sourceProvenance = 'unofficial_translation';
    const xml = buildAkomaNtoso(input);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<FRBRname value="Communiqué &lt;draft&gt; &amp; &quot;notes&quot;"/>');
    expect(xml).toContain('<FRBRauthoritative value="false"/>');
  });

  it('renders the whole seeded communiqué as well-formed XML with every paragraph and fact', () => {
    const seed = fileURLToPath(new URL('../../seed/communique-24-zh.txt', import.meta.url));
    const parsed = parseChineseText({ text: readFileSync(seed, 'utf8') });
    const collect = <T extends { span: { start: number; end: number } }>(
      pick: (s: (typeof parsed.statements)[number]) => T[],
    ) => parsed.statements.flatMap(pick);
    const documents = collect((s) => s.documents);
    const events = collect((s) => s.events);
    const initiatives = collect((s) => s.initiatives);
    const xml = buildAkomaNtoso({
      meeting: {
        id: meetingIdFor({ ...parsed.meeting, startDate: parsed.meeting.start.date, kind: parsed.kind }),
        kind: parsed.kind,
        body: parsed.meeting.body,
        bodyName: parsed.meeting.bodyName,
        number: parsed.meeting.number,
        title: parsed.meeting.title,
        startDate: parsed.meeting.start.date,
        endDate: parsed.meeting.end.date,
        place: parsed.meeting.place,
        sourceLanguage: parsed.language,
        sourceProvenance: 'official',
      },
      sourceText: parsed.text,
      statements: parsed.statements,
      documents: documents.map((d) => ({
        id: documentIdFor(d.title),
        adopted: d.adopted,
        spans: [d.span],
      })),
      events: events.map((e) => ({
        id: eventIdFor(e.name, e.start?.date ?? null),
        name: e.name,
        start: e.start,
        spans: [e.span],
      })),
      initiatives: initiatives.map((i) => ({ id: initiativeIdFor(i.title), title: i.title, spans: [i.span] })),
      participants: [
        ...(parsed.meeting.chair?.personName
          ? [
              {
                kind: 'person' as const,
                name: parsed.meeting.chair.personName,
                role: 'chair' as const,
                span: parsed.meeting.chair.span,
              },
            ]
          : []),
        ...parsed.meeting.participants.flatMap((p): AkomaNtosoInput['participants'] =>
          p.personName
            ? [{ kind: 'person' as const, name: p.personName, role: p.role, span: p.span }]
            : p.organization
              ? [{ kind: 'organization' as const, name: p.organization, role: p.role, span: p.span }]
              : [],
        ),
      ],
      generatedOn: '2026-01-15',
    });
    expect(wellFormed(xml)).toBe(true);
    const doc = parse(xml).akomaNtoso.doc;
    expect(doc.mainBody.paragraph).toHaveLength(97);
    expect(doc.meta.identification.FRBRWork.FRBRuri['@value']).toBe(
      '/akn/int/doc/sco-communique/2025-11-18/heads-of-government-24',
    );
    expect(xml).toContain('<person refersTo="#person-1" as="#role-chair">俄罗斯联邦政府总理米舒斯京</person>');
    expect(xml).toContain(
      '<person refersTo="#person-1" as="#role-head-of-delegation">俄罗斯联邦政府总理米舒斯京</person>',
    );
    expect(xml).toMatch(/<organization refersTo="#organization-\d+">独立国家联合体<\/organization>/);
    expect(xml).toContain(
      '<TLCLocation eId="place" href="/ontology/location/%E8%8E%AB%E6%96%AF%E7%A7%91" showAs="莫斯科"/>',
    );
    expect((xml.match(/<ref href="\/documents\//g) ?? []).length).toBeGreaterThanOrEqual(35);
    expect((xml.match(/<event refersTo=/g) ?? []).length).toBeGreaterThanOrEqual(30);
    expect(xml).toContain('<date date="2025-06-12">2025年6月12日</date>');
  });
});
