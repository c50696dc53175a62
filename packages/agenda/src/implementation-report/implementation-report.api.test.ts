import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { initiatives } from '../tables.ts';
import { reportLabels } from './report-labels.ts';

/** The implementation report in every format, and its refusals, on both engines. */
let platform: TestPlatform;
let secretariat: SignedIn;
let portal: {
  id: string;
  title: { zh: { text: string }; ru: { text: string | null }; en: { text: string | null } };
};

const year2025 = 'from=2025-01-01&to=2025-12-31';
const get = (url: string) => platform.app.inject(url);

beforeAll(async () => {
  platform = await createTestPlatform();
  secretariat = await signIn(platform.app, { role: 'secretariat' });
  [portal] = (await get(`/api/v1/initiatives?q=${encodeURIComponent('电子门户网站')}`)).json().items;
  // The lead and due date are recorded by the Secretariat elsewhere; here they are set as data.
  await platform.connection.db
    .update(initiatives)
    .set({ leadCountryCode: 'KZ', dueOn: '2026-12-31' })
    .where(eq(initiatives.id, portal.id));
});
afterAll(() => platform?.close());

describe('the report as JSON', () => {
  it('assembles the initiatives of 2025 with their stage changes traced to the communiqué, and the events held', async () => {
    const response = await get(`/api/v1/implementation-report?${year2025}&lang=en`);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ period: { from: '2025-01-01', to: '2025-12-31' }, topics: [], language: 'en' });
    const { total } = (await get('/api/v1/initiatives?limit=1')).json();
    expect(report.initiatives.length).toBeGreaterThan(0);
    expect(report.initiatives.length).toBeLessThanOrEqual(total);
    const entry = report.initiatives.find((i: { id: string }) => i.id === portal.id);
    expect(entry).toMatchObject({ stage: 'noted', leadCountryCode: 'KZ', dueOn: '2026-12-31' });
    expect(entry.stageChanges[0]).toMatchObject({
      toStage: 'noted',
      statement: { meetingId: 'heads-of-government-24', meetingTitle: { zh: { provenance: 'official' } } },
    });
    expect(entry.stageChanges[0].changedOn).toBe(entry.stageChanges[0].statement.meetingDate);
    expect(report.events.length).toBeGreaterThan(0);
    for (const event of report.events) {
      expect(event.start.date >= '2025-01-01' && event.start.date <= '2025-12-31').toBe(true);
    }
    expect(report.summary.initiatives).toBe(report.initiatives.length);
    const byStage = report.summary.initiativesByStage.reduce(
      (sum: number, row: { count: number }) => sum + row.count,
      0,
    );
    expect(byStage).toBe(report.initiatives.length);
  });

  it('narrows to the topics asked for', async () => {
    const report = (await get(`/api/v1/implementation-report?${year2025}&topics=trade&lang=zh`)).json();
    expect(report.topics).toEqual(['trade']);
    expect(report.initiatives.length).toBeGreaterThan(0);
    expect(report.initiatives.every((i: { topics: string[] }) => i.topics.includes('trade'))).toBe(true);
    const all = (await get(`/api/v1/implementation-report?${year2025}`)).json();
    expect(report.initiatives.length).toBeLessThan(all.initiatives.length);
    expect(all.language).toBe('zh');
  });

  it('has nothing for a year before the texts', async () => {
    const report = (await get('/api/v1/implementation-report?from=2010-01-01&to=2010-12-31&lang=ru')).json();
    expect(report.summary).toMatchObject({ initiatives: 0, stageChanges: 0, reports: 0, events: 0 });
  });

  it('includes accepted member-state reports covering the period, and only those', async () => {
    const focal = await signIn(platform.app, { role: 'focal_point', countryCode: 'KZ' });
    const filed = await platform.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: focal.headers,
      payload: {
        initiativeId: portal.id,
        countryCode: 'KZ',
        periodStart: '2025-11-18',
        periodEnd: '2026-03-31',
        status: 'in_progress',
        progressPercent: 40,
        narrative: { language: 'ru', text: 'Разработан проект концепции портала.' },
      },
    });
    expect(filed.statusCode).toBe(201);
    expect((await get(`/api/v1/implementation-report?${year2025}`)).json().reports).toEqual([]);
    await platform.app.inject({
      method: 'POST',
      url: `/api/v1/reports/${filed.json().id}/accept`,
      headers: secretariat.headers,
      payload: {},
    });
    const report = (await get(`/api/v1/implementation-report?${year2025}&lang=ru`)).json();
    expect(report.reports).toEqual([
      expect.objectContaining({
        countryCode: 'KZ',
        progressPercent: 40,
        initiative: expect.objectContaining({ id: portal.id }),
        narrative: expect.objectContaining({
          ru: { text: 'Разработан проект концепции портала.', provenance: 'official' },
        }),
      }),
    ]);
    expect(report.summary.reportsByCountry).toEqual([{ value: 'KZ', count: 1 }]);
  });

  it('gives the JSON as a download too', async () => {
    const response = await get(`/api/v1/implementation-report.json?${year2025}&lang=en`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="sco-implementation-report-2025-01-01-2025-12-31-en.json"',
    );
    expect(response.json().initiatives.length).toBeGreaterThan(0);
  });
});

describe('bad requests', () => {
  it.each([
    ['from=2025-02-30&to=2025-12-31', 'querystring.from'],
    ['from=2025-01-01&to=next-year', 'querystring.to'],
    ['to=2025-12-31', 'querystring.from'],
    ['from=2025-12-31&to=2025-01-01', 'querystring.to'],
    [`${year2025}&topics=trade,astrology`, 'querystring.topics'],
    [`${year2025}&lang=fr`, 'querystring.lang'],
  ])('%s → 400 naming %s', async (query, field) => {
    for (const path of ['implementation-report', 'implementation-report.pdf', 'implementation-report.csv']) {
      const response = await get(`/api/v1/${path}?${query}`);
      expect(response.statusCode, path).toBe(400);
      expect(response.headers['content-type'], path).toContain('application/problem+json');
      const problem = response.json();
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors.map((e: { path: string }) => e.path).join(' ')).toMatch(new RegExp(`^${field}\\b`));
    }
  });
});

describe('printable and tabular versions', () => {
  it('renders self-contained HTML in the language asked for, with the initiatives', async () => {
    const response = await get(`/api/v1/implementation-report.html?${year2025}&lang=ru`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(response.body).toContain('<html lang="ru-RU">');
    expect(response.body).toContain(`<h1>${reportLabels.ru.title}</h1>`);
    expect(response.body).toContain(`<h2>${reportLabels.ru.initiatives}</h2>`);
    expect(response.body).toContain(portal.title.ru.text ?? portal.title.zh.text);
    expect(response.body).toContain(reportLabels.ru.unofficial);
  });

  it('gives a CSV with one record per initiative, stage change, report and event', async () => {
    const response = await get(`/api/v1/implementation-report.csv?${year2025}&lang=en`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="sco-implementation-report-2025-01-01-2025-12-31-en.csv"',
    );
    expect(response.body.startsWith('\uFEFFsection,')).toBe(true);
    expect(response.body).toContain(`\r\ninitiative,${portal.id},${portal.id},`);
    expect(response.body).toContain('\r\nstage_change,');
    expect(response.body).toContain('\r\nevent,');
  });

  it('prints a PDF with Chromium', async () => {
    const response = await get(`/api/v1/implementation-report.pdf?${year2025}&topics=trade&lang=zh`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="sco-implementation-report-2025-01-01-2025-12-31-zh.pdf"',
    );
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(response.rawPayload.length).toBeGreaterThan(1024);
  });
});

describe('without Chromium', () => {
  it('answers the PDF with 503 service_unavailable and a clear message, and the HTML still works', async () => {
    const previous = process.env.SCO_CHROMIUM_PATH;
    process.env.SCO_CHROMIUM_PATH = '/nonexistent/chromium';
    const withoutChromium = await createTestPlatform();
    if (previous === undefined) delete process.env.SCO_CHROMIUM_PATH;
    else process.env.SCO_CHROMIUM_PATH = previous;
    try {
      const response = await withoutChromium.app.inject(`/api/v1/implementation-report.pdf?${year2025}`);
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'service_unavailable' });
      expect(response.json().detail).toMatch(/Chromium.*\/nonexistent\/chromium.*SCO_CHROMIUM_PATH/);
      expect((await withoutChromium.app.inject(`/api/v1/implementation-report.html?${year2025}`)).statusCode).toBe(200);
    } finally {
      await withoutChromium.close();
    }
  });
});
