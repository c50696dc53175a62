import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { verifyAuditLog } from '../../../core/src/audit/audit-log.ts';
import { auditLog } from '../../../core/src/tables.ts';

/** The implementation-report journey and its refusals: roles, countries, states, bad input. */
let platform: TestPlatform;
let focalKz: SignedIn;
let focalUz: SignedIn;
let secretariat: SignedIn;
let initiativeId: string;

const inject = (options: {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH';
  url: string;
  as?: SignedIn;
  payload?: unknown;
}) =>
  platform.app.inject({
    method: options.method ?? 'GET',
    url: options.url,
    headers: options.as?.headers,
    payload: options.payload as object,
  });

const validReport = () => ({
  initiativeId,
  countryCode: 'KZ',
  periodStart: '2025-11-18',
  periodEnd: '2026-03-31',
  status: 'in_progress',
  progressPercent: 40,
  narrative: { language: 'ru', text: 'Разработан проект концепции портала; проведены консультации с деловым советом.' },
  evidenceLinks: [{ url: 'https://example.gov.kz/portal-concept', label: 'Концепция портала' }],
});

const auditCount = async () => (await platform.connection.db.select().from(auditLog)).length;

beforeAll(async () => {
  platform = await createTestPlatform();
  [focalKz, focalUz, secretariat] = await Promise.all([
    signIn(platform.app, { role: 'focal_point', countryCode: 'KZ' }),
    signIn(platform.app, { role: 'focal_point', countryCode: 'UZ' }),
    signIn(platform.app, { role: 'secretariat' }),
  ]);
  const initiatives = (await inject({ url: '/api/v1/initiatives?q=电子门户网站' })).json();
  initiativeId = initiatives.items[0].id;
});
afterAll(() => platform?.close());

describe('filing a report', () => {
  it('refuses the public and the wrong role', async () => {
    expect((await inject({ method: 'POST', url: '/api/v1/reports', payload: validReport() })).statusCode).toBe(401);
    const bySecretariat = await inject({
      method: 'POST',
      url: '/api/v1/reports',
      as: secretariat,
      payload: validReport(),
    });
    expect(bySecretariat.statusCode).toBe(403);
    expect(bySecretariat.json().code).toBe('forbidden');
  });

  it('refuses a focal point acting for another country, and writes nothing', async () => {
    const before = await auditCount();
    const response = await inject({ method: 'POST', url: '/api/v1/reports', as: focalUz, payload: validReport() });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'outside_country' });
    expect(await auditCount()).toBe(before);
    expect((await inject({ url: '/api/v1/reports', as: secretariat })).json().total).toBe(0);
  });

  it('answers bad input with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ progressPercent: 140 }, /progressPercent/],
      [{ periodEnd: '2025-01-01' }, /periodEnd/],
      [{ status: 'almost_done' }, /status/],
      [{ evidenceLinks: [{ url: 'javascript:alert(1)', label: 'x' }] }, /evidenceLinks/],
      [{ narrative: { language: 'fr', text: 'Bonjour tout le monde' } }, /narrative/],
      [{ initiativeId: 'ini-does-not-exist' }, /initiativeId/],
      [{ periodStart: '2099-01-01', periodEnd: '2099-12-31' }, /periodStart/],
    ];
    for (const [change, field] of cases) {
      const response = await inject({
        method: 'POST',
        url: '/api/v1/reports',
        as: focalKz,
        payload: { ...validReport(), ...change },
      });
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(response.json().detail, JSON.stringify(change)).toMatch(field);
    }
    const malformed = await platform.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: { ...focalKz.headers, 'content-type': 'application/json' },
      payload: '{"initiativeId":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
  });

  it('needs the CSRF token with the session cookie', async () => {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: { cookie: focalKz.cookie },
      payload: validReport(),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_failed');
  });
});

describe('the review journey', () => {
  let reportId: string;

  it('a focal point files a report, which only their country and the Secretariat can see until accepted', async () => {
    const filed = await inject({ method: 'POST', url: '/api/v1/reports', as: focalKz, payload: validReport() });
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({
      countryCode: 'KZ',
      reviewState: 'submitted',
      narrative: { ru: { provenance: 'official' } },
    });
    reportId = filed.json().id;
    expect((await inject({ url: `/api/v1/reports/${reportId}` })).statusCode).toBe(404);
    expect((await inject({ url: `/api/v1/reports/${reportId}`, as: focalUz })).statusCode).toBe(404);
    expect((await inject({ url: `/api/v1/reports/${reportId}`, as: focalKz })).statusCode).toBe(200);
    const queue = (await inject({ url: '/api/v1/reports?reviewState=submitted', as: secretariat })).json();
    expect(queue.items.map((r: { id: string }) => r.id)).toContain(reportId);
  });

  it('only the Secretariat reviews, and returning needs a note', async () => {
    expect(
      (await inject({ method: 'POST', url: `/api/v1/reports/${reportId}/accept`, as: focalKz, payload: {} }))
        .statusCode,
    ).toBe(403);
    const noNote = await inject({
      method: 'POST',
      url: `/api/v1/reports/${reportId}/return`,
      as: secretariat,
      payload: { note: ' ' },
    });
    expect(noNote.statusCode).toBe(400);
  });

  it('a returned report is corrected by its focal point and goes back to review', async () => {
    const returned = await inject({
      method: 'POST',
      url: `/api/v1/reports/${reportId}/return`,
      as: secretariat,
      payload: { note: 'Please add the date of the consultations.' },
    });
    expect(returned.json()).toMatchObject({
      reviewState: 'returned',
      reviewNote: 'Please add the date of the consultations.',
    });
    const byOtherCountry = await inject({
      method: 'PUT',
      url: `/api/v1/reports/${reportId}`,
      as: focalUz,
      payload: { ...validReport(), countryCode: 'UZ' },
    });
    expect(byOtherCountry.statusCode).toBe(404);
    const revised = await inject({
      method: 'PUT',
      url: `/api/v1/reports/${reportId}`,
      as: focalKz,
      payload: {
        ...validReport(),
        narrative: { language: 'ru', text: 'Консультации с деловым советом проведены 12 января 2026 года.' },
      },
    });
    expect(revised.statusCode).toBe(200);
    expect(revised.json()).toMatchObject({ reviewState: 'submitted', reviewNote: null });
  });

  it('accepting moves the initiative to in_progress, traced to the report, and the public sees both', async () => {
    const accepted = await inject({
      method: 'POST',
      url: `/api/v1/reports/${reportId}/accept`,
      as: secretariat,
      payload: { note: 'Thank you.' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().reviewState).toBe('accepted');
    const again = await inject({
      method: 'POST',
      url: `/api/v1/reports/${reportId}/accept`,
      as: secretariat,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invalid_transition');

    const publicReport = await inject({ url: `/api/v1/reports/${reportId}` });
    expect(publicReport.statusCode).toBe(200);
    expect(publicReport.json()).not.toHaveProperty('submittedBy');
    const initiative = (await inject({ url: `/api/v1/initiatives/${initiativeId}` })).json();
    expect(initiative.stage).toBe('in_progress');
    expect(initiative.acceptedReportCount).toBe(1);
    expect(initiative.history.at(-1)).toMatchObject({ fromStage: 'noted', toStage: 'in_progress', reportId });
    expect(initiative.reports.map((r: { id: string }) => r.id)).toEqual([reportId]);
    const country = (await inject({ url: '/api/v1/countries/KZ' })).json();
    expect(country.reports.map((r: { id: string }) => r.id)).toContain(reportId);

    const cannotEdit = await inject({
      method: 'PUT',
      url: `/api/v1/reports/${reportId}`,
      as: focalKz,
      payload: validReport(),
    });
    expect(cannotEdit.statusCode).toBe(409);
  });

  it('recorded every step in the audit log, whose chain verifies', async () => {
    const entries = await platform.connection.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    const actions = entries.filter((e) => e.entityId === reportId).map((e) => e.action);
    expect(actions).toEqual(['report.submit', 'report.return', 'report.revise', 'report.accept']);
    expect(entries.some((e) => e.action === 'initiative.stage_change' && e.entityId === initiativeId)).toBe(true);
    expect(await verifyAuditLog(platform.connection.db)).toMatchObject({ ok: true });
  });
});

describe('Secretariat curation', () => {
  it('moves an initiative by hand with a note, refusing backward moves', async () => {
    const list = (await inject({ url: '/api/v1/initiatives?q=航空安全署' })).json();
    const id = list.items[0].id;
    const stalled = await inject({
      method: 'POST',
      url: `/api/v1/initiatives/${id}/stage`,
      as: secretariat,
      payload: { stage: 'stalled', changedOn: '2026-01-15', note: 'No proposal text circulated.' },
    });
    expect(stalled.statusCode).toBe(200);
    expect(stalled.json().history.at(-1)).toMatchObject({ toStage: 'stalled', note: 'No proposal text circulated.' });
    const byFocal = await inject({
      method: 'POST',
      url: `/api/v1/initiatives/${id}/stage`,
      as: focalKz,
      payload: { stage: 'supported', changedOn: '2026-01-15', note: 'x' },
    });
    expect(byFocal.statusCode).toBe(403);
    const revived = await inject({
      method: 'POST',
      url: `/api/v1/initiatives/${id}/stage`,
      as: secretariat,
      payload: { stage: 'supported', changedOn: '2026-02-01', note: 'Supported at the transport ministers meeting.' },
    });
    expect(revived.statusCode).toBe(200);
    const backward = await inject({
      method: 'POST',
      url: `/api/v1/initiatives/${id}/stage`,
      as: secretariat,
      payload: { stage: 'noted', changedOn: '2026-02-02', note: 'undo' },
    });
    expect(backward.statusCode).toBe(409);
    expect(backward.json().code).toBe('invalid_transition');
  });

  it('corrects a statement translation, which stays labelled unofficial and becomes searchable', async () => {
    const patched = await inject({
      method: 'PATCH',
      url: '/api/v1/statements/heads-of-government-24-s2',
      as: secretariat,
      payload: {
        topics: ['institutional'],
        translations: { en: 'The Heads of Delegation expressed support for Kyrgyzstan as SCO chair (zephyrword).' },
      },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().text.en).toEqual({
      text: expect.stringContaining('zephyrword'),
      provenance: 'unofficial_translation',
    });
    expect((await inject({ url: '/api/v1/statements?q=zephyrword' })).json().total).toBe(1);
    const empty = await inject({
      method: 'PATCH',
      url: '/api/v1/statements/heads-of-government-24-s2',
      as: secretariat,
      payload: {},
    });
    expect(empty.statusCode).toBe(400);
    const byFocal = await inject({
      method: 'PATCH',
      url: '/api/v1/statements/heads-of-government-24-s2',
      as: focalKz,
      payload: { topics: ['trade'] },
    });
    expect(byFocal.statusCode).toBe(403);
  });
});
