import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';

/** What the seeded 24th Heads of Government communiqué looks like through the API, on both engines. */
let platform: TestPlatform;
const get = async (url: string) => {
  const response = await platform.app.inject(url);
  return { status: response.statusCode, type: response.headers['content-type'], body: response.json() };
};

beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform?.close());

describe('the seeded meeting', () => {
  it('has the header facts of the Moscow meeting', async () => {
    const { status, body } = await get('/api/v1/meetings/heads-of-government-24');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      number: 24,
      startDate: '2025-11-17',
      endDate: '2025-11-18',
      format: 'in_person',
      statementCount: 97,
    });
    expect(body.place.zh).toEqual({ text: '莫斯科', provenance: 'official' });
    expect(body.place.en).toEqual({ text: 'Moscow', provenance: 'unofficial_translation' });
    expect(body.chair).toMatchObject({ countryCode: 'RU', personName: { zh: { text: '米舒斯京' } } });
    const heads = body.participants.filter((p: { role: string }) => p.role === 'head_of_delegation');
    expect(heads.map((p: { countryCode: string }) => p.countryCode).sort()).toEqual([
      'BY',
      'CN',
      'IN',
      'IR',
      'KG',
      'KZ',
      'PK',
      'RU',
      'TJ',
      'UZ',
    ]);
    expect(body.nextMeeting).toMatchObject({ countryCode: 'TJ', date: { date: '2026-01-01', precision: 'year' } });
  });

  it('gives every fact a span that points at its words in the official text', async () => {
    const { body } = await get('/api/v1/meetings/heads-of-government-24');
    const documents = (await get('/api/v1/documents?limit=200')).body.items as {
      id: string;
      title: { zh: { text: string } };
    }[];
    const titleOf = new Map(documents.map((d) => [d.id, d.title.zh.text]));
    const documentFacts = body.facts.filter((fact: { kind: string }) => fact.kind === 'document');
    expect(documentFacts.length).toBeGreaterThanOrEqual(38);
    for (const fact of documentFacts) {
      expect(body.sourceText.slice(fact.span.start, fact.span.end)).toContain(titleOf.get(fact.refId));
    }
    for (const statement of body.statements) {
      expect(body.sourceText.slice(statement.span.start, statement.span.end)).toBe(statement.text.zh.text);
    }
  });
});

describe('documents', () => {
  it('lists the 39 distinct titles of the Chinese communiqué, with adoption dates and places where the text gives them', async () => {
    const { body: all } = await get('/api/v1/documents?limit=200');
    // Titles with an official Chinese text are exactly those of the official Chinese communiqué; the other seed
    // texts are unofficial restatements and add titles of their own.
    const body = {
      items: all.items.filter((d: { title: { zh: { provenance: string } } }) => d.title.zh.provenance === 'official'),
    };
    expect(body.items).toHaveLength(39);
    expect(all.total).toBeGreaterThan(39);
    const byTitle = new Map(body.items.map((d: { title: { zh: { text: string } } }) => [d.title.zh.text, d]));
    expect(byTitle.get('上合组织成员国人工智能领域合作发展规划实施路线图')).toMatchObject({
      adopted: { date: '2025-06-12', precision: 'day' },
      place: { zh: { text: '成都' } },
    });
    expect(byTitle.get('〈上合组织成员国发展创意经济合作框架〉实施计划')).toMatchObject({
      adopted: { date: '2025-09-06', precision: 'day' },
      place: { zh: { text: '符拉迪沃斯托克' } },
    });
    expect(byTitle.get('上合组织成员国政府间文化遗产保护合作协定')).toMatchObject({
      adopted: { date: '2021-01-01', precision: 'year' },
    });
    expect(byTitle.get('上合组织宪章')).toMatchObject({ adopted: null });
    for (const document of body.items) {
      expect(document.title.en.provenance).toBe('unofficial_translation');
      expect(document.title.ru.provenance).toBe('unofficial_translation');
    }
  });

  it('filters by adoption date and finds titles in any language', async () => {
    const adopted2025 = await get('/api/v1/documents?from=2025-01-01&to=2025-12-31&limit=100');
    expect(adopted2025.body.total).toBeGreaterThan(5);
    for (const d of adopted2025.body.items) expect(d.adopted.date.startsWith('2025')).toBe(true);
    const english = await get('/api/v1/documents?q=Tianjin%20Declaration');
    expect(english.body.items.map((d: { title: { zh: { text: string } } }) => d.title.zh.text)).toContain(
      '上合组织成员国元首理事会天津宣言',
    );
  });

  it('shows a document with the statements that cite it, and 404 for an unknown one', async () => {
    const list = await get('/api/v1/documents?q=上合组织宪章');
    const charter = list.body.items.find(
      (d: { title: { zh: { text: string } } }) => d.title.zh.text === '上合组织宪章',
    );
    const detail = await get(`/api/v1/documents/${charter.id}`);
    expect(
      detail.body.statements
        .filter((s: { meetingId: string }) => s.meetingId === 'heads-of-government-24')
        .map((s: { ordinal: number }) => s.ordinal)
        .sort((a: number, b: number) => a - b),
    ).toEqual([3, 8]);
    // The English restatement of the Tianjin Declaration names the same Charter: one record across languages.
    expect(detail.body.statements.some((s: { meetingId: string }) => s.meetingId === 'heads-of-state-25')).toBe(true);
    const missing = await get('/api/v1/documents/doc-nope');
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('application/problem+json');
    expect(missing.body.code).toBe('not_found');
  });
});

describe('events', () => {
  it('keeps dates, places and formats, including a forum held in two cities and a video meeting', async () => {
    const { body } = await get('/api/v1/events?limit=100');
    const named = (zh: string) => body.items.filter((e: { name: { zh: { text: string } } }) => e.name.zh.text === zh);
    expect(named('上合组织成员国港口和物流中心负责人会议')).toEqual([
      expect.objectContaining({
        start: { date: '2025-12-18', precision: 'day' },
        end: { date: '2025-12-19', precision: 'day' },
        place: expect.objectContaining({ zh: { text: '阿克套', provenance: 'official' } }),
        hostCountryCode: 'KZ',
        status: 'planned',
      }),
    ]);
    const forum = named('上合组织可持续发展论坛');
    expect(
      forum.map((e: { start: { date: string }; hostCountryCode: string }) => [e.start.date, e.hostCountryCode]),
    ).toEqual([
      ['2025-04-17', 'RU'],
      ['2025-11-17', 'RU'],
    ]);
    // The two editions of the forum are one series: each event page lists the other.
    const first = await get(`/api/v1/events/${forum[0].id}`);
    expect(first.body.series.map((e: { id: string }) => e.id)).toContain(forum[1].id);
    const video = body.items.filter(
      (e: { format: string; name: { zh: { provenance: string } } }) =>
        e.name.zh.provenance === 'official' && e.format === 'video',
    );
    expect(video).toHaveLength(1);
    expect(video[0].start.date).toBe('2025-10-22');
    expect(named('第四届国际高级别会议')[0].start).toEqual({ date: '2026-05-01', precision: 'month' });
    expect(named('上合组织成员国元首理事会会议')[0]).toMatchObject({
      start: { date: '2025-08-31' },
      end: { date: '2025-09-01' },
      hostCountryCode: 'CN',
      status: 'held',
    });
  });

  it('filters by status, host country and dates, sorted by date', async () => {
    const planned = await get('/api/v1/events?status=planned&limit=100');
    expect(planned.body.total).toBeGreaterThan(5);
    for (const e of planned.body.items) expect(e.status).toBe('planned');
    const tajikistan = await get('/api/v1/events?country=tj&limit=100');
    for (const e of tajikistan.body.items) expect(e.hostCountryCode).toBe('TJ');
    const in2025 = await get('/api/v1/events?from=2025-09-01&to=2025-09-30&limit=100');
    const starts = in2025.body.items.map((e: { start: { date: string } }) => e.start.date);
    expect(starts).toEqual([...starts].sort());
    expect(starts.length).toBeGreaterThan(3);
  });
});

describe('statements', () => {
  it('lists all 97 of a meeting with pagination and the list envelope', async () => {
    const first = await get('/api/v1/statements?meeting=heads-of-government-24&limit=10');
    const second = await get('/api/v1/statements?meeting=heads-of-government-24&limit=10&offset=10');
    expect(first.body.total).toBe(97);
    expect(first.body.items).toHaveLength(10);
    expect(first.body.items.map((s: { ordinal: number }) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(second.body.items[0].ordinal).toBe(11);
    expect(first.body.facets).toBeUndefined();
  });

  it('records that the Belt and Road paragraph speaks for eight named members, not China or India', async () => {
    const { body } = await get('/api/v1/statements?q=一带一路&actorKind=named_states');
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      stance: 'reaffirmed',
      actorKind: 'named_states',
      countries: ['BY', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ'],
    });
    const chinaNamed = await get('/api/v1/countries/CN');
    expect(chinaNamed.body.namedIn).toHaveLength(0);
    const kazakhstan = await get('/api/v1/countries/KZ');
    expect(kazakhstan.body.namedIn.map((s: { ordinal: number }) => s.ordinal)).toContain(body.items[0].ordinal);
  });

  it('searches Chinese, Russian and English text', async () => {
    const chinese = await get('/api/v1/statements?q=人工智能');
    expect(chinese.body.total).toBeGreaterThanOrEqual(3);
    for (const s of chinese.body.items) expect(s.text.zh.text).toContain('人工智能');
    const russian = await get(`/api/v1/statements?q=${encodeURIComponent('транспортный коридор')}`);
    expect(russian.body.total).toBeGreaterThan(0);
    expect(russian.body.items.some((s: { text: { ru: { text: string } } }) => /коридор/i.test(s.text.ru.text))).toBe(
      true,
    );
    const english = await get('/api/v1/statements?q=glaciers');
    expect(english.body.total).toBeGreaterThan(0);
    for (const s of english.body.items) expect(s.text.en.text.toLowerCase()).toContain('glacier');
    const nothing = await get('/api/v1/statements?q=%E3%80%82%E3%80%82');
    expect(nothing.body.total).toBe(0);
  });

  it('filters by topic, stance, country, document, event, initiative and date, and counts facets', async () => {
    const transport = await get('/api/v1/statements?topic=transport&stance=noted&facets=true&limit=100');
    expect(transport.body.total).toBeGreaterThan(2);
    for (const s of transport.body.items) {
      expect(s.topics).toContain('transport');
      expect(s.stance).toBe('noted');
    }
    expect(transport.body.facets.stance).toEqual([{ value: 'noted', count: transport.body.total }]);
    const documentId = transport.body.items.flatMap((s: { documents: { id: string }[] }) => s.documents)[0]?.id;
    if (documentId) {
      const byDocument = await get(`/api/v1/statements?document=${documentId}`);
      for (const s of byDocument.body.items) expect(s.documents.map((d: { id: string }) => d.id)).toContain(documentId);
    }
    const india = await get('/api/v1/statements?meeting=heads-of-government-24&country=IN&limit=100');
    expect(india.body.total).toBeLessThan(97);
    expect(india.body.total).toBeGreaterThan(50);
    const future = await get('/api/v1/statements?from=2026-01-01');
    expect(future.body.total).toBe(0);
  });

  it('answers bad filters with 400 problems that name the parameter', async () => {
    for (const url of [
      '/api/v1/statements?topic=astrology',
      '/api/v1/statements?limit=0',
      '/api/v1/statements?from=yesterday',
      '/api/v1/statements?country=Kazakhstan',
    ]) {
      const { status, type, body } = await get(url);
      expect(status, url).toBe(400);
      expect(type).toContain('application/problem+json');
      expect(body.code).toBe('validation_failed');
      expect(body.detail).toMatch(/querystring\.(topic|limit|from|country)/);
    }
  });
});

describe('initiatives', () => {
  it('follows each initiative from the statement that names it, with a dated lifecycle', async () => {
    const { body } = await get('/api/v1/initiatives?limit=100');
    expect(body.total).toBeGreaterThanOrEqual(30);
    const portal = body.items.find((i: { title: { zh: { text: string } } }) =>
      i.title.zh.text.includes('电子门户网站'),
    );
    expect(portal).toMatchObject({ stage: 'noted', stageChangedOn: '2025-11-17' });
    const detail = await get(`/api/v1/initiatives/${portal.id}`);
    expect(detail.body.history).toEqual([
      expect.objectContaining({
        fromStage: null,
        toStage: 'noted',
        changedOn: '2025-11-17',
        statementId: 'heads-of-government-24-s32',
      }),
    ]);
    expect(detail.body.statements.map((s: { id: string }) => s.id)).toEqual(['heads-of-government-24-s32']);
    const bank = body.items.find(
      (i: { title: { zh: { text: string } } }) => i.title.zh.text === '成立上合组织开发银行',
    );
    expect(bank.stage).toBe('approved');
  });

  it('filters by stage', async () => {
    const { body } = await get('/api/v1/initiatives?stage=supported,approved&limit=100');
    expect(body.total).toBeGreaterThan(2);
    for (const i of body.items) expect(['supported', 'approved']).toContain(i.stage);
  });
});

describe('overview and countries', () => {
  it('counts the agenda for the dashboard', async () => {
    const { body } = await get('/api/v1/overview');
    const meetings = (await get('/api/v1/meetings?limit=100')).body;
    const statementCount = meetings.items.reduce(
      (sum: number, m: { statementCount: number }) => sum + m.statementCount,
      0,
    );
    expect(body.counts).toMatchObject({ meetings: meetings.total, statements: statementCount });
    expect(meetings.total).toBe(4);
    expect(body.statementsByStance.reduce((sum: number, f: { count: number }) => sum + f.count, 0)).toBe(
      statementCount,
    );
    expect(body.latestMeeting.id).toBe('heads-of-government-24');
  });

  it('lists members and partners and refuses an unknown code', async () => {
    const { body } = await get('/api/v1/countries');
    expect(body.items.filter((c: { status: string }) => c.status === 'member')).toHaveLength(10);
    expect((await get('/api/v1/countries/XX')).status).toBe(404);
    expect((await get('/api/v1/countries/Kazakhstan')).status).toBe(400);
  });
});
