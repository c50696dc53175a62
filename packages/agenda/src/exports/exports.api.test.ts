import { Validator } from '@seriousme/openapi-schema-validator';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';

/** Open-data exports of every public list and the Akoma Ntoso rendering of a text, on both engines. */
let platform: TestPlatform;

const get = (url: string, as?: SignedIn) => platform.app.inject({ url, headers: as?.headers });

/** RFC 4180 records of a CSV document (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(document: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < document.length; index++) {
    const char = document[index];
    if (quoted) {
      if (char === '"' && document[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && document[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else field += char;
  }
  return records;
}

/** The records of a CSV response as objects keyed by the header, after checking the byte order mark. */
function csvObjects(body: string): Record<string, string>[] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(body.slice(1));
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index] ?? ''])));
}

beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform?.close());

describe('list exports', () => {
  it('exports every statement as CSV: attachment, BOM, a header, one text and provenance column per language', async () => {
    const response = await get('/api/v1/exports/statements.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="sco-statements-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = csvObjects(response.body);
    const { total } = (await get('/api/v1/statements?limit=1')).json();
    expect(rows).toHaveLength(total);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining(['text_zh', 'text_zh_provenance', 'text_ru', 'text_ru_provenance', 'text_en', 'source']),
    );
    const moscow = rows.filter((row) => row.meeting_id === 'heads-of-government-24');
    const first = moscow.find((row) => row.paragraph === '1')!;
    expect(first).toMatchObject({ text_zh_provenance: 'official', meeting_date: '2025-11-17' });
    expect(first.text_ru_provenance).toMatch(/^(unofficial_translation|missing)$/);
    const detail = (await get(`/api/v1/statements/${first.id}`)).json();
    expect(first.text_zh).toBe(detail.text.zh.text);
    expect(first.topics).toBe(detail.topics.join('; '));
    expect(first.source).toMatch(/unofficial translations/);
  });

  it('applies the statement list filters to the CSV and the JSON', async () => {
    const filter = 'topic=ai&from=2025-01-01&to=2025-12-31';
    const list = (await get(`/api/v1/statements?${filter}&limit=200`)).json();
    expect(list.total).toBeGreaterThan(0);
    const rows = csvObjects((await get(`/api/v1/exports/statements.csv?${filter}`)).body);
    expect(rows.map((row) => row.id).sort()).toEqual(list.items.map((s: { id: string }) => s.id).sort());
    expect(rows.every((row) => row.topics?.split('; ').includes('ai'))).toBe(true);

    const json = await get(`/api/v1/exports/statements.json?${filter}`);
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-disposition']).toMatch(/filename="sco-statements-.*\.json"/);
    const body = json.json();
    expect(body).toMatchObject({
      total: list.total,
      filters: { topic: ['ai'], from: '2025-01-01', to: '2025-12-31' },
    });
    expect(body.source).toMatch(/SCO Cooperation Platform/);
    expect(body.provenanceNote).toMatch(/unofficial_translation/);
    expect(body.sources).toContainEqual(
      expect.objectContaining({
        meetingId: 'heads-of-government-24',
        sourceLanguage: 'zh',
        sourceProvenance: 'official',
      }),
    );
    expect(body.items[0].text.zh.provenance).toBe('official');
  });

  it.each([
    ['meetings', '/api/v1/meetings?limit=200'],
    ['documents', '/api/v1/documents?limit=200'],
    ['events', '/api/v1/events?limit=200'],
    ['initiatives', '/api/v1/initiatives?limit=200'],
    ['countries', '/api/v1/countries'],
  ])('exports every %s, as many as the list has', async (name, listUrl) => {
    const { total } = (await get(listUrl)).json();
    const csv = await get(`/api/v1/exports/${name}.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csvObjects(csv.body)).toHaveLength(total);
    const json = (await get(`/api/v1/exports/${name}.json`)).json();
    expect(json.total).toBe(total);
    expect(json.items).toHaveLength(total);
  });

  it('exports the documents with their titles in three languages and the filter of the list', async () => {
    const rows = csvObjects((await get('/api/v1/exports/documents.csv?from=2025-06-01&to=2025-06-30')).body);
    const roadmap = rows.find((row) => row.title_zh === '上合组织成员国人工智能领域合作发展规划实施路线图');
    expect(roadmap).toMatchObject({
      adopted_on: '2025-06-12',
      adopted_precision: 'day',
      title_zh_provenance: 'official',
    });
    expect(rows.every((row) => (row.adopted_on ?? '') >= '2025-06-01' && (row.adopted_on ?? '') <= '2025-06-30')).toBe(
      true,
    );
  });

  it('exports only accepted reports, to everyone alike', async () => {
    const [focal, secretariat] = await Promise.all([
      signIn(platform.app, { role: 'focal_point', countryCode: 'KZ' }),
      signIn(platform.app, { role: 'secretariat' }),
    ]);
    const [initiative] = (await get('/api/v1/initiatives?q=电子门户网站')).json().items;
    const narrative = 'Проведены консультации, "=1+1", с деловым советом ШОС.';
    const filed = await platform.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: focal.headers,
      payload: {
        initiativeId: initiative.id,
        countryCode: 'KZ',
        periodStart: '2025-11-18',
        periodEnd: '2026-03-31',
        status: 'in_progress',
        progressPercent: 40,
        narrative: { language: 'ru', text: narrative },
      },
    });
    expect(filed.statusCode).toBe(201);
    expect((await get('/api/v1/exports/reports.json', secretariat)).json().total).toBe(0);
    const accepted = await platform.app.inject({
      method: 'POST',
      url: `/api/v1/reports/${filed.json().id}/accept`,
      headers: secretariat.headers,
      payload: {},
    });
    expect(accepted.statusCode).toBe(200);
    const rows = csvObjects((await get('/api/v1/exports/reports.csv?country=kz')).body);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ country_code: 'KZ', narrative_ru: narrative, narrative_ru_provenance: 'official' });
    expect((await get('/api/v1/exports/reports.csv')).body).toContain('"Проведены консультации, ""=1+1"", с');
    expect((await get('/api/v1/exports/reports.json?country=UZ')).json().total).toBe(0);
  });

  it('answers bad filters with a problem naming the field', async () => {
    for (const [url, field] of [
      ['/api/v1/exports/statements.csv?topic=astrology', /topic/],
      ['/api/v1/exports/statements.json?from=2025-13-01', /from/],
      ['/api/v1/exports/events.csv?status=cancelled', /status/],
      ['/api/v1/exports/reports.csv?country=Kazakhstan', /country/],
    ] as const) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
      expect(response.json(), url).toMatchObject({ code: 'validation_failed' });
      expect(response.json().detail, url).toMatch(field);
    }
  });
});

describe('Akoma Ntoso', () => {
  it('renders the seeded communiqué as well-formed AKN 3.0 with one paragraph per statement', async () => {
    const response = await get('/api/v1/meetings/heads-of-government-24/akoma-ntoso.xml');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="heads-of-government-24.akn.xml"');
    expect(XMLValidator.validate(response.body)).toBe(true);
    const { akomaNtoso } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(response.body);
    expect(akomaNtoso['@xmlns']).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
    const doc = akomaNtoso.doc;
    expect(doc['@name']).toBe('communique');
    expect(doc.meta.identification['@source']).toBe('#sco-platform');
    expect(doc.meta.identification.FRBRWork.FRBRuri['@value']).toBe(
      '/akn/int/doc/sco-communique/2025-11-18/heads-of-government-24',
    );
    expect(doc.meta.identification.FRBRExpression.FRBRlanguage['@language']).toBe('zho');
    const meeting = (await get('/api/v1/meetings/heads-of-government-24')).json();
    expect(doc.mainBody.paragraph).toHaveLength(meeting.statementCount);
    expect(doc.mainBody.paragraph[0]['@eId']).toBe('para_1');
    expect(doc.preface.longTitle.p.docTitle).toBe(meeting.title.zh.text);
    const references = doc.meta.references;
    expect(references.TLCLocation['@showAs']).toBe('莫斯科');
    expect(references.TLCPerson.map((p: { '@showAs': string }) => p['@showAs'])).toContain('米舒斯京');
    const documentId = meeting.facts.find((fact: { kind: string }) => fact.kind === 'document').refId;
    expect(response.body).toContain(`<ref href="/documents/${documentId}">`);
    expect(response.body).toMatch(/<event refersTo="#evt-[0-9a-f]+">/);
  });

  it('answers an unknown meeting with 404', async () => {
    const response = await get('/api/v1/meetings/no-such-meeting/akoma-ntoso.xml');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'not_found' });
  });
});

describe('the API description', () => {
  it('documents every export in a valid OpenAPI document', async () => {
    const document = (await get('/api/openapi.json')).json();
    const validation = await new Validator().validate(document);
    expect(validation.errors ?? []).toEqual([]);
    for (const list of ['statements', 'meetings', 'documents', 'events', 'initiatives', 'countries', 'reports']) {
      for (const format of ['csv', 'json']) {
        expect(document.paths[`/api/v1/exports/${list}.${format}`]?.get, `${list}.${format}`).toBeDefined();
      }
    }
    expect(document.paths['/api/v1/meetings/{id}/akoma-ntoso.xml']?.get).toBeDefined();
    expect(document.paths['/api/v1/exports/statements.csv'].get.description).toMatch(/Content-Disposition/);
  });
});
