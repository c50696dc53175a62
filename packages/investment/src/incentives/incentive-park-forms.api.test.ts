import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import {
  createTestPlatform,
  type TestPlatform,
  testConnectionOf,
} from '../../../../apps/server/src/testing/test-platform.ts';
import { incentives, parks } from '../tables.ts';

let platform: TestPlatform;
let secretariat: SignedIn;

const suffix = randomUUID().slice(0, 8);
const kzParkId = `form-park-kz-${suffix}`;
const cnParkId = `form-park-cn-${suffix}`;

const inject = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers = secretariat.headers) =>
  platform.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

const source = { sourceUrl: 'https://example.org/law', sourceTitle: 'A law', retrievedOn: '2026-11-27' };

const incentiveFields = (changes: Record<string, unknown> = {}) => ({
  countryCode: 'KZ',
  kind: 'subsidy',
  title: { en: 'Form test subsidy' },
  benefit: { en: 'A grant.' },
  eligibility: {},
  legalBasis: { ru: 'Закон', official: 'ru' },
  ...source,
  ...changes,
});

const parkFields = (changes: Record<string, unknown> = {}) => ({
  name: { en: 'Form test park' },
  kind: 'technology_park',
  countryCode: 'KZ',
  description: { en: 'A park.' },
  ...source,
  ...changes,
});

/** Posts a body expected to be refused, and checks that the answer names `path` and nothing was stored. */
async function expectRefused(url: string, body: Record<string, unknown>, path: string, status = 400) {
  const response = await inject('POST', url, body);
  expect(response.statusCode, `${path}: ${response.body}`).toBe(status);
  expect(response.json().detail, path).toContain(path);
}

beforeAll(async () => {
  platform = await createTestPlatform();
  secretariat = await signIn(platform.app, { role: 'secretariat' });
  for (const [id, countryCode] of [
    [kzParkId, 'KZ'],
    [cnParkId, 'CN'],
  ] as const) {
    const created = await inject('POST', '/investment/parks', { id, ...parkFields({ countryCode }) });
    if (created.statusCode !== 201) throw new Error(`park not created: ${created.body}`);
  }
});
afterAll(() => platform?.close());

describe('incentive form validations', () => {
  it('refuses each invalid field with 400 naming it, and stores nothing', async () => {
    const id = `form-bad-${suffix}`;
    const cases: [Record<string, unknown>, string][] = [
      [{ title: {} }, 'title'],
      [{ title: { en: 'Title', official: 'zh' } }, 'title'],
      [{ benefit: { zh: '', ru: '  ' } }, 'benefit'],
      [{ legalBasis: { en: 'x'.repeat(1001) } }, 'legalBasis'],
      [{ eligibility: { excludedSectors: ['04'] } }, 'eligibility.excludedSectors'],
      [{ eligibility: { regions: ['Almaty'] } }, 'eligibility.regions'],
      [{ eligibility: { regions: ['CN-HI'] } }, 'eligibility.regions'],
      [{ eligibility: { minJobs: 0 } }, 'eligibility.minJobs'],
      [{ eligibility: { minJobs: 2.5 } }, 'eligibility.minJobs'],
      [{ eligibility: { stages: ['someday'] } }, 'eligibility.stages'],
      [{ eligibility: { otherConditions: {} } }, 'eligibility.otherConditions'],
      [{ validFrom: '2026-02-30' }, 'validFrom'],
      [{ validTo: '31.12.2030' }, 'validTo'],
      [{ sourceUrl: 'ftp://example.org/law' }, 'sourceUrl'],
      [{ sourceTitle: null }, 'sourceUrl'],
      [{ retrievedOn: null }, 'sourceUrl'],
      [{ demo: 'yes' }, 'demo'],
      [{ title: { en: 'Null \u0000 character' } }, 'title'],
    ];
    for (const [changes, path] of cases) {
      await expectRefused('/investment/incentives', { id, ...incentiveFields(changes) }, path);
    }
    await expectRefused('/investment/incentives', { id: 'A b', ...incentiveFields() }, 'id');
    const { db } = testConnectionOf(platform.app);
    expect(await db.select().from(incentives).where(eq(incentives.id, id))).toEqual([]);
  });

  it('refuses parks of another country in the eligibility', async () => {
    const response = await inject('POST', '/investment/incentives', {
      id: `form-foreign-park-${suffix}`,
      ...incentiveFields({ eligibility: { parkIds: [cnParkId] } }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain(cnParkId);
    const accepted = await inject('POST', '/investment/incentives', {
      id: `form-own-park-${suffix}`,
      ...incentiveFields({ eligibility: { parkIds: [kzParkId], regions: ['kz-ala'] } }),
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json().eligibility).toMatchObject({ parkIds: [kzParkId], regions: ['KZ-ALA'] });
  });

  it('keeps the per-language provenance the form sends, and a full edit replaces it', async () => {
    const id = `form-provenance-${suffix}`;
    const created = await inject('POST', '/investment/incentives', {
      id,
      ...incentiveFields({ title: { zh: '补贴', ru: 'Субсидия', en: 'Subsidy', official: 'zh' } }),
    });
    expect(created.json().title).toEqual({
      zh: { text: '补贴', provenance: 'official' },
      ru: { text: 'Субсидия', provenance: 'unofficial_translation' },
      en: { text: 'Subsidy', provenance: 'unofficial_translation' },
    });
    const edited = await inject('PUT', `/investment/incentives/${id}`, incentiveFields({ title: { en: 'Subsidy' } }));
    expect(edited.statusCode).toBe(200);
    expect(edited.json().title).toEqual({
      zh: { text: null, provenance: 'missing' },
      ru: { text: null, provenance: 'missing' },
      en: { text: 'Subsidy', provenance: 'unofficial_translation' },
    });
    expect((await inject('PUT', '/investment/incentives/no-such-incentive', incentiveFields())).statusCode).toBe(404);
  });

  it('retires only by ending the validity earlier, never by extending it', async () => {
    const id = `form-retire-${suffix}`;
    await inject('POST', '/investment/incentives', {
      id,
      ...incentiveFields({ validFrom: '2020-01-01', validTo: '2030-12-31' }),
    });
    const tooEarly = await inject('POST', `/investment/incentives/${id}/retire`, { validTo: '2019-12-31' });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().detail).toContain('validFrom');
    const later = await inject('POST', `/investment/incentives/${id}/retire`, { validTo: '2031-06-30' });
    expect(later.statusCode).toBe(409);
    expect(later.json().detail).toContain('2030-12-31');
    const retired = await inject('POST', `/investment/incentives/${id}/retire`, { validTo: '2025-06-30' });
    expect(retired.json()).toMatchObject({ validTo: '2025-06-30' });
    const badDate = await inject('POST', `/investment/incentives/${id}/retire`, { validTo: 'tomorrow' });
    expect(badDate.statusCode).toBe(400);
    expect((await inject('POST', '/investment/incentives/no-such-incentive/retire', {})).statusCode).toBe(404);
  });
});

describe('park form validations', () => {
  it('refuses each invalid field with 400 naming it, and stores nothing', async () => {
    const id = `form-bad-park-${suffix}`;
    const cases: [Record<string, unknown>, string][] = [
      [{ name: {} }, 'name'],
      [{ description: { ru: 'Парк', official: 'en' } }, 'description'],
      [{ kind: 'casino' }, 'kind'],
      [{ countryCode: 'ZZ' }, 'countryCode'],
      [{ regionCode: 'Almaty' }, 'regionCode'],
      [{ regionCode: 'CN-HI' }, 'regionCode'],
      [{ latitude: 95, longitude: 10 }, 'latitude'],
      [{ latitude: 43, longitude: 200 }, 'longitude'],
      [{ latitude: 43 }, 'longitude'],
      [{ specialisations: ['C'] }, 'specialisations'],
      [{ establishedYear: 1850 }, 'establishedYear'],
      [{ areaHectares: -1 }, 'areaHectares'],
      [{ areaHectares: 1e12 }, 'areaHectares'],
      [{ residentCount: -1 }, 'residentCount'],
      [{ residentCount: 3_000_000_000 }, 'residentCount'],
      [{ residents: [{ name: '', sector: '62' }] }, 'residents'],
      [{ residents: [{ name: 'Resident', sector: 'ZZ' }] }, 'residents'],
      [{ website: 'javascript:alert(1)' }, 'website'],
      [{ contact: { name: 'Office', email: 'not-an-address' } }, 'contact.email'],
      [{ contact: { name: '', email: 'office@example.org' } }, 'contact.name'],
      [{ sourceUrl: null }, 'sourceUrl'],
      [{ residents: [{ name: 'Null \u0000 resident', sector: null }] }, 'residents'],
    ];
    for (const [changes, path] of cases) {
      await expectRefused('/investment/parks', { id, ...parkFields(changes) }, path);
    }
    const duplicate = await inject('POST', '/investment/parks', { id: kzParkId, ...parkFields() });
    expect(duplicate.statusCode).toBe(409);
    const { db } = testConnectionOf(platform.app);
    expect(await db.select().from(parks).where(eq(parks.id, id))).toEqual([]);
  });

  it('stores every field the form sends and gives it back on the detail page', async () => {
    const id = `form-full-park-${suffix}`;
    const residents = [
      { name: 'Resident A', sector: '62' },
      { name: 'Resident B', sector: null },
    ];
    const body = {
      id,
      ...parkFields({
        name: { zh: '测试园区', ru: 'Тестовый парк', en: 'Test park', official: 'ru' },
        regionCode: 'kz-ala',
        latitude: 43.2,
        longitude: 76.9,
        specialisations: ['62', '26'],
        establishedYear: 2012,
        areaHectares: 163.5,
        residentCount: 2,
        residents,
        website: 'https://park.example.org',
        contact: { name: 'Office', email: 'office@example.org', phone: '+7 727 000 00 00', organisation: 'Park' },
        demo: true,
      }),
    };
    const created = await inject('POST', '/investment/parks', body);
    expect(created.statusCode, created.body).toBe(201);
    const detail = await platform.app.inject({ method: 'GET', url: `/api/v1/investment/parks/${id}` });
    expect(detail.json()).toMatchObject({
      name: { ru: { provenance: 'official' }, zh: { provenance: 'unofficial_translation' } },
      regionCode: 'KZ-ALA',
      specialisations: ['62', '26'],
      areaHectares: 163.5,
      residents,
      contact: { phone: '+7 727 000 00 00' },
      demo: true,
    });
    expect((await inject('PUT', '/investment/parks/no-such-park', parkFields())).statusCode).toBe(404);
  });
});
