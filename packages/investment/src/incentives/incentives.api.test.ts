import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import {
  createTestPlatform,
  type TestPlatform,
  testConnectionOf,
} from '../../../../apps/server/src/testing/test-platform.ts';
import { auditLog } from '../../../core/src/tables.ts';
import { exchangeRates, incentives, projects } from '../tables.ts';

let platform: TestPlatform;
let secretariat: SignedIn;
let business: SignedIn;
let focalPoint: SignedIn;

const suffix = randomUUID().slice(0, 8);
const parkId = `test-park-${suffix}`;
const today = new Date().toISOString().slice(0, 10);

const inject = (method: 'GET' | 'POST' | 'PUT', url: string, headers?: Record<string, string>, payload?: object) =>
  platform.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

const incentiveInput = (id: string, changes: Record<string, unknown> = {}) => ({
  id,
  countryCode: 'KZ',
  kind: 'tax_holiday',
  title: { en: `Test holiday ${id}`, ru: `Тестовые каникулы ${id}`, official: 'ru' },
  benefit: { en: 'No corporate income tax for five years.' },
  eligibility: {
    sectors: ['C'],
    parkIds: [parkId],
    minInvestment: { amount: 1_000_000, currency: 'USD' },
    minJobs: 100,
    otherConditions: { en: 'Investment contract with the authorised body.' },
  },
  validFrom: '2020-01-01',
  legalBasis: { en: 'Test law' },
  sourceUrl: 'https://example.org/test-law',
  sourceTitle: 'Test law text',
  retrievedOn: '2026-11-27',
  ...changes,
});

const parkInput = {
  id: parkId,
  name: { en: 'Test industrial park', official: 'en' },
  kind: 'industrial_park',
  countryCode: 'KZ',
  regionCode: 'KZ-ALA',
  latitude: 43.2,
  longitude: 76.9,
  description: { en: 'A park for tests.' },
  specialisations: ['24', '25'],
  residents: [{ name: 'Test Steel LLP', sector: '24' }],
  contact: { name: 'Park administration', email: 'park@example.org' },
  sourceUrl: 'https://example.org/park',
  sourceTitle: 'Test park page',
  retrievedOn: '2026-11-27',
};

async function insertProject(options: { status: string; ownerUserId: string; jobs: number; capitalCost: string }) {
  const { db } = testConnectionOf(platform.app);
  const [row] = await db
    .insert(projects)
    .values({
      ownerUserId: options.ownerUserId,
      title: { en: 'Steel pipes plant' },
      summary: { en: 'A plant near Almaty.' },
      sponsorName: 'Test Sponsor LLP',
      countryCode: 'KZ',
      regionCode: 'KZ-ALA',
      latitude: 43.25,
      longitude: 76.95,
      isicDivision: '24',
      isicSection: 'C',
      stage: 'feasibility',
      capitalCost: options.capitalCost,
      currency: 'MNT',
      financingInstruments: ['equity'],
      jobs: options.jobs,
      sdgs: [9],
      contact: { name: 'A. Sponsor', email: 'sponsor@example.org', phone: null, organisation: null },
      languages: ['en'],
      keywords: [],
      keywordTokens: [],
      initiativeIds: [],
      documentIds: [],
      status: options.status,
      publishedAt: options.status === 'published' ? new Date() : null,
      expiresAt: options.status === 'published' ? new Date(Date.now() + 86_400_000 * 300) : null,
    })
    .returning({ id: projects.id });
  if (!row) throw new Error('project not inserted');
  return row.id;
}

beforeAll(async () => {
  platform = await createTestPlatform();
  [secretariat, business, focalPoint] = await Promise.all([
    signIn(platform.app, { role: 'secretariat' }),
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'focal_point', countryCode: 'KZ' }),
  ]);
  const park = await inject('POST', '/investment/parks', secretariat.headers, parkInput);
  if (park.statusCode !== 201) throw new Error(`park not created: ${park.body}`);
});
afterAll(() => platform?.close());

describe('incentive library writes', () => {
  it('lets the Secretariat add, edit and retire an incentive, each with an audit entry', async () => {
    const id = `test-create-${suffix}`;
    const created = await inject('POST', '/investment/incentives', secretariat.headers, incentiveInput(id));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      id,
      countryCode: 'KZ',
      demo: false,
      title: { ru: { provenance: 'official' }, en: { provenance: 'unofficial_translation' }, zh: { text: null } },
      eligibility: { sectors: ['C'], regions: [], minJobs: 100, minInvestment: { amount: 1_000_000, currency: 'USD' } },
    });

    const updated = await inject(
      'PUT',
      `/investment/incentives/${id}`,
      secretariat.headers,
      (({ id: _id, ...rest }) => ({ ...rest, kind: 'reduced_tax_rate' }))(incentiveInput(id)),
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json().kind).toBe('reduced_tax_rate');

    const retired = await inject('POST', `/investment/incentives/${id}/retire`, secretariat.headers, {
      validTo: '2025-12-31',
    });
    expect(retired.json()).toMatchObject({ validTo: '2025-12-31' });

    const { db } = testConnectionOf(platform.app);
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entries.map((entry) => entry.action).sort()).toEqual([
      'incentive.create',
      'incentive.retire',
      'incentive.update',
    ]);
  });

  it('refuses writes from a business, a focal point and the public', async () => {
    const id = `test-refused-${suffix}`;
    expect((await inject('POST', '/investment/incentives', business.headers, incentiveInput(id))).statusCode).toBe(403);
    expect((await inject('POST', '/investment/incentives', focalPoint.headers, incentiveInput(id))).statusCode).toBe(
      403,
    );
    expect((await inject('POST', '/investment/incentives', undefined, incentiveInput(id))).statusCode).toBe(401);
    expect((await inject('POST', '/investment/parks', focalPoint.headers, { ...parkInput, id })).statusCode).toBe(403);
    expect((await inject('GET', `/investment/incentives/${id}`)).statusCode).toBe(404);
  });

  it('answers bad input with 400 naming the problem and writes nothing', async () => {
    const id = `test-bad-${suffix}`;
    const cases: [Record<string, unknown>, string][] = [
      [{ countryCode: 'XX' }, 'countryCode'],
      [{ kind: 'bribe' }, 'kind'],
      [{ eligibility: { sectors: ['ZZ'] } }, 'eligibility.sectors'],
      [{ eligibility: { minInvestment: { amount: 5, currency: 'ABC' } } }, 'eligibility.minInvestment.currency'],
      [{ eligibility: { minInvestment: { amount: -5, currency: 'USD' } } }, 'eligibility.minInvestment.amount'],
      [{ validFrom: '2026-01-01', validTo: '2025-01-01' }, 'validTo'],
      [{ sourceUrl: null }, 'sourceUrl'],
    ];
    for (const [changes, path] of cases) {
      const response = await inject('POST', '/investment/incentives', secretariat.headers, incentiveInput(id, changes));
      expect(response.statusCode, path).toBe(400);
      expect(response.json().code).toBe('validation_failed');
      expect(response.json().detail).toContain(path);
    }
    const unknownPark = await inject(
      'POST',
      '/investment/incentives',
      secretariat.headers,
      incentiveInput(id, { eligibility: { parkIds: ['no-such-park'] } }),
    );
    expect(unknownPark.statusCode).toBe(400);
    expect(unknownPark.json().detail).toContain('no-such-park');

    const { db } = testConnectionOf(platform.app);
    expect(await db.select().from(incentives).where(eq(incentives.id, id))).toEqual([]);
    expect(await db.select().from(auditLog).where(eq(auditLog.entityId, id))).toEqual([]);
  });

  it('accepts a demo record without a source', async () => {
    const id = `test-demo-${suffix}`;
    const response = await inject(
      'POST',
      '/investment/incentives',
      secretariat.headers,
      incentiveInput(id, { demo: true, sourceUrl: null, sourceTitle: null, retrievedOn: null }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ demo: true, sourceUrl: null });
  });
});

describe('incentive library reads', () => {
  beforeAll(async () => {
    await inject('POST', '/investment/incentives', secretariat.headers, incentiveInput(`test-list-a-${suffix}`));
    await inject(
      'POST',
      '/investment/incentives',
      secretariat.headers,
      incentiveInput(`test-list-b-${suffix}`, {
        countryCode: 'UZ',
        kind: 'customs_exemption',
        eligibility: { sectors: ['62'] },
        benefit: { en: `Duty-free import zebracorn-${suffix}` },
        validTo: '2024-12-31',
      }),
    );
  });

  const idsOf = async (query: string) => {
    const response = await inject('GET', `/investment/incentives?limit=200&${query}`);
    expect(response.statusCode).toBe(200);
    return (response.json().items as { id: string }[]).map((item) => item.id);
  };

  it('filters by country, kind, sector, park, text, validity and demo', async () => {
    const a = `test-list-a-${suffix}`;
    const b = `test-list-b-${suffix}`;
    expect(await idsOf('country=KZ')).toContain(a);
    expect(await idsOf('country=KZ')).not.toContain(b);
    expect(await idsOf('kind=customs_exemption&country=UZ')).toContain(b);
    expect(await idsOf('sector=24&country=KZ')).toContain(a);
    expect(await idsOf('sector=C&country=KZ')).toContain(a);
    expect(await idsOf('sector=J&country=UZ')).not.toContain(b);
    expect(await idsOf('sector=62&country=UZ')).toContain(b);
    expect(await idsOf(`park=${parkId}`)).toContain(a);
    expect(await idsOf(`park=${parkId}`)).not.toContain(b);
    expect(await idsOf(`q=zebracorn-${suffix}`)).toEqual([b]);
    expect(await idsOf('validOn=2024-06-01&country=UZ')).toContain(b);
    expect(await idsOf('validOn=2025-06-01&country=UZ')).not.toContain(b);
    expect(await idsOf('demo=false&country=KZ')).toContain(a);
    expect(await idsOf('demo=true&country=KZ')).not.toContain(a);
  });

  it('gives one incentive in detail and refuses a malformed filter', async () => {
    const detail = await inject('GET', `/investment/incentives/test-list-a-${suffix}`);
    expect(detail.json()).toMatchObject({
      legalBasis: { en: { text: 'Test law' } },
      sourceUrl: 'https://example.org/test-law',
      eligibility: { otherConditions: { en: { text: 'Investment contract with the authorised body.' } } },
    });
    expect((await inject('GET', '/investment/incentives?validOn=yesterday')).statusCode).toBe(400);
    expect((await inject('GET', '/investment/incentives?sector=99X')).statusCode).toBe(400);
  });
});

describe('parks', () => {
  it('lists by country, kind and specialisation, and shows residents and linked incentives', async () => {
    const list = await inject('GET', '/investment/parks?country=KZ&kind=industrial_park&specialisation=C');
    expect((list.json().items as { id: string }[]).map((park) => park.id)).toContain(parkId);
    const none = await inject('GET', '/investment/parks?country=KZ&specialisation=62');
    expect((none.json().items as { id: string }[]).map((park) => park.id)).not.toContain(parkId);

    await inject('POST', '/investment/incentives', secretariat.headers, incentiveInput(`test-linked-${suffix}`));
    await inject(
      'POST',
      '/investment/incentives',
      secretariat.headers,
      incentiveInput(`test-nationwide-${suffix}`, { eligibility: {} }),
    );
    await inject(
      'POST',
      '/investment/incentives',
      secretariat.headers,
      incentiveInput(`test-ended-${suffix}`, { validTo: '2021-12-31' }),
    );
    await inject(
      'POST',
      '/investment/incentives',
      secretariat.headers,
      incentiveInput(`test-elsewhere-${suffix}`, { eligibility: { regions: ['KZ-AST'] } }),
    );
    const detail = await inject('GET', `/investment/parks/${parkId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      residents: [{ name: 'Test Steel LLP', sector: '24' }],
      contact: { email: 'park@example.org' },
      demo: false,
    });
    const linked = (detail.json().incentives as { id: string }[]).map((i) => i.id);
    expect(linked).toContain(`test-linked-${suffix}`);
    expect(linked).toContain(`test-nationwide-${suffix}`);
    expect(linked).not.toContain(`test-ended-${suffix}`);
    expect(linked).not.toContain(`test-elsewhere-${suffix}`);
  });

  it('lets the Secretariat edit a park and refuses half coordinates', async () => {
    const { id: _id, ...fields } = parkInput;
    const updated = await inject('PUT', `/investment/parks/${parkId}`, secretariat.headers, {
      ...fields,
      residentCount: 12,
    });
    expect(updated.json().residentCount).toBe(12);
    const bad = await inject('PUT', `/investment/parks/${parkId}`, secretariat.headers, { ...fields, longitude: null });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('longitude');
  });
});

describe('a project’s incentives', () => {
  const qualifyingId = `test-qualifies-${suffix}`;
  const jobsId = `test-jobs-${suffix}`;
  const noRateId = `test-norate-${suffix}`;
  let draftId: string;
  let submittedId: string;
  let publishedId: string;

  beforeAll(async () => {
    const { db } = testConnectionOf(platform.app);
    // 30,000,000,000 MNT at 3,000 per USD = 10,000,000 USD.
    await db
      .insert(exchangeRates)
      .values({ currency: 'MNT', rateDate: today, unitsPerUsd: '3000', source: 'test' })
      .onConflictDoNothing();
    await inject(
      'POST',
      '/investment/incentives',
      secretariat.headers,
      incentiveInput(qualifyingId, {
        eligibility: {
          sectors: ['C'],
          parkIds: [parkId],
          minInvestment: { amount: 1_000_000, currency: 'USD' },
          otherConditions: { en: 'Investment contract with the authorised body.' },
        },
      }),
    );
    await inject(
      'POST',
      '/investment/incentives',
      secretariat.headers,
      incentiveInput(jobsId, { eligibility: { minJobs: 200 } }),
    );
    await inject(
      'POST',
      '/investment/incentives',
      secretariat.headers,
      incentiveInput(noRateId, { eligibility: { minInvestment: { amount: 5, currency: 'XAF' } } }),
    );
    await inject(
      'POST',
      '/investment/incentives',
      secretariat.headers,
      incentiveInput(`test-expired-${suffix}`, { validTo: '2021-01-01' }),
    );
    draftId = await insertProject({
      status: 'draft',
      ownerUserId: business.user.id,
      jobs: 80,
      capitalCost: '30000000000',
    });
    submittedId = await insertProject({
      status: 'submitted',
      ownerUserId: business.user.id,
      jobs: 80,
      capitalCost: '1',
    });
    publishedId = await insertProject({
      status: 'published',
      ownerUserId: business.user.id,
      jobs: 80,
      capitalCost: '30000000000',
    });
  });

  it('says which incentives a published project qualifies for, misses, or cannot be checked against', async () => {
    const response = await inject('GET', `/investment/projects/${publishedId}/incentives`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ projectId: publishedId, countryCode: 'KZ', evaluatedOn: today, parkRadiusKm: 25 });
    const byId = new Map((body.items as { incentive: { id: string } }[]).map((item) => [item.incentive.id, item]));

    expect(byId.get(qualifyingId)).toMatchObject({
      verdict: 'qualifies',
      checks: [
        { condition: 'sector', outcome: 'met' },
        { condition: 'park', outcome: 'met', facts: { parkId, parkRule: 'radius' } },
        { condition: 'min_investment', outcome: 'met', facts: { compared: 10_000_000, currency: 'USD' } },
      ],
      toConfirm: { en: { text: 'Investment contract with the authorised body.' } },
    });
    expect(byId.get(jobsId)).toMatchObject({
      verdict: 'misses',
      checks: [{ condition: 'min_jobs', outcome: 'missed', message: 'Misses by 120 jobs: 80 of at least 200.' }],
    });
    expect(byId.get(noRateId)).toMatchObject({
      verdict: 'undetermined',
      checks: [{ condition: 'min_investment', outcome: 'cannot_check', facts: { missingRateFor: 'XAF' } }],
    });
    expect(byId.has(`test-expired-${suffix}`)).toBe(false);
    for (const item of body.items as { incentive: { countryCode: string } }[])
      expect(item.incentive.countryCode).toBe('KZ');
  });

  it('shows a project’s incentives only to whoever may see the project', async () => {
    const draft = `/investment/projects/${draftId}/incentives`;
    const stranger = await signIn(platform.app, { role: 'business' });
    const otherFocalPoint = await signIn(platform.app, { role: 'focal_point', countryCode: 'UZ' });
    expect((await inject('GET', draft)).statusCode).toBe(404);
    expect((await inject('GET', draft, stranger.headers)).statusCode).toBe(404);
    expect((await inject('GET', draft, focalPoint.headers)).statusCode).toBe(404);
    expect((await inject('GET', draft, business.headers)).statusCode).toBe(200);
    expect((await inject('GET', draft, secretariat.headers)).statusCode).toBe(200);

    const submitted = `/investment/projects/${submittedId}/incentives`;
    expect((await inject('GET', submitted)).statusCode).toBe(404);
    expect((await inject('GET', submitted, otherFocalPoint.headers)).statusCode).toBe(404);
    expect((await inject('GET', submitted, focalPoint.headers)).statusCode).toBe(200);
    expect((await inject('GET', `/investment/projects/${randomUUID()}/incentives`)).statusCode).toBe(404);
    expect((await inject('GET', '/investment/projects/not-a-uuid/incentives')).statusCode).toBe(400);
  });
});
