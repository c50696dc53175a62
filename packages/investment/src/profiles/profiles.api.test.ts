import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { systemActor } from '../../../core/src/auth/actor.ts';
import { auditLog } from '../../../core/src/tables.ts';
import { profiles } from '../tables.ts';
import { expireProfiles } from './profile-commands.ts';

let platform: TestPlatform;
let business: SignedIn;
let otherBusiness: SignedIn;

const inOneMonth = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);

const investorInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'investor',
  investorType: 'private_equity',
  organisationName: 'Steppe Capital Partners',
  title: { en: 'Growth equity for renewable energy in Central Asia' },
  description: { en: 'We invest in solar and wind projects.', ru: 'Инвестируем в солнечную и ветровую энергетику.' },
  countryCode: 'KZ',
  ticketMinUsd: 5_000_000,
  ticketMaxUsd: 50_000_000,
  sectors: ['D', '27'],
  targetCountries: ['KZ', 'UZ'],
  stages: ['ready_for_financing', 'under_construction'],
  instruments: ['equity'],
  partnershipTypes: ['financial_agreement'],
  languages: ['en', 'ru'],
  keywords: ['solar', 'wind'],
  contact: { name: 'Aigerim Sadykova', email: 'deals@example.org', phone: '+7 700 000 0000', organisation: null },
  ...overrides,
});

const post = (url: string, who: SignedIn | null, payload: unknown) =>
  platform.app.inject({ method: 'POST', url, headers: who?.headers, payload: payload as object });
const put = (url: string, who: SignedIn | null, payload: unknown) =>
  platform.app.inject({ method: 'PUT', url, headers: who?.headers, payload: payload as object });
const get = (url: string, who: SignedIn | null = null) => platform.app.inject({ url, headers: who?.headers });

const profileCount = async () => {
  const [row] = await platform.connection.db.select({ n: count() }).from(profiles);
  return row?.n ?? 0;
};
const auditCount = async () => {
  const [row] = await platform.connection.db.select({ n: count() }).from(auditLog);
  return row?.n ?? 0;
};

beforeAll(async () => {
  platform = await createTestPlatform();
  business = await signIn(platform.app, { role: 'business' });
  otherBusiness = await signIn(platform.app, { role: 'business' });
});
afterAll(() => platform?.close());

describe('creating a profile', () => {
  it('publishes an investor profile of a business, with its audit entry, for 12 months by default', async () => {
    const auditBefore = await auditCount();
    const response = await post('/api/v1/investment/profiles', business, investorInput());
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      kind: 'investor',
      investorType: 'private_equity',
      status: 'published',
      ticketMinUsd: 5_000_000,
      ticketMaxUsd: 50_000_000,
      sectors: ['D', '27'],
      title: { en: 'Growth equity for renewable energy in Central Asia', zh: null, original: 'en' },
      contact: { email: 'deals@example.org' },
      ownerUserId: business.user.id,
      canEdit: true,
      stale: false,
      demo: false,
    });
    const months = (Date.parse(body.expiresAt) - Date.now()) / (30.4 * 24 * 3600 * 1000);
    expect(months).toBeGreaterThan(11.9);
    expect(months).toBeLessThan(12.1);
    expect(await auditCount()).toBe(auditBefore + 1);
    const [stored] = await platform.connection.db.select().from(profiles).where(eq(profiles.id, body.id));
    expect(stored?.keywordTokens).toEqual(expect.arrayContaining(['concept:solar', 'concept:wind']));
  });

  it('publishes a partnering profile', async () => {
    const response = await post(
      '/api/v1/investment/profiles',
      business,
      investorInput({
        kind: 'partnering',
        investorType: null,
        partneringType: 'technology_offer',
        ticketMinUsd: null,
        ticketMaxUsd: null,
        expiresOn: inOneMonth(),
      }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      kind: 'partnering',
      partneringType: 'technology_offer',
      investorType: null,
    });
  });

  it.each([
    ['focal point', 'focal_point'],
    ['Secretariat', 'secretariat'],
  ] as const)('refuses a %s (403)', async (_label, role) => {
    const who = await signIn(platform.app, { role });
    const before = await profileCount();
    const response = await post('/api/v1/investment/profiles', who, investorInput());
    expect(response.statusCode).toBe(403);
    expect(await profileCount()).toBe(before);
  });

  it('refuses the public (401)', async () => {
    const response = await post('/api/v1/investment/profiles', null, investorInput());
    expect(response.statusCode).toBe(401);
  });

  it.each([
    ['a ticket minimum above the maximum', { ticketMinUsd: 60_000_000 }, 'ticketMaxUsd'],
    ['an unknown sector', { sectors: ['Z9'] }, 'sectors'],
    ['an unknown instrument', { instruments: ['crypto'] }, 'instruments'],
    ['an expiry in the past', { expiresOn: '2020-01-01' }, 'expiresOn'],
    ['an expiry more than 12 months ahead', { expiresOn: '2099-01-01' }, 'expiresOn'],
    ['a country that is not an SCO member', { countryCode: 'US' }, 'countryCode'],
    ['an unknown language', { languages: ['xx'] }, 'languages'],
    ['an investor profile without ticket range', { ticketMinUsd: null }, 'ticketMinUsd'],
    ['no title in any language', { title: { en: '  ' } }, 'title'],
    ['an unknown agenda initiative', { initiativeIds: ['no-such-initiative'] }, 'no-such-initiative'],
  ])('refuses %s (400) and writes nothing', async (_label, change, named) => {
    const [profilesBefore, auditBefore] = [await profileCount(), await auditCount()];
    const response = await post('/api/v1/investment/profiles', business, investorInput(change));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed' });
    expect(response.json().detail).toContain(named);
    expect(await profileCount()).toBe(profilesBefore);
    expect(await auditCount()).toBe(auditBefore);
  });
});

describe('managing a profile', () => {
  let id: string;
  beforeAll(async () => {
    id = (await post('/api/v1/investment/profiles', business, investorInput())).json().id;
  });

  it('lets its owner edit it', async () => {
    const response = await put(
      `/api/v1/investment/profiles/${id}`,
      business,
      investorInput({ ticketMaxUsd: 80_000_000 }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().ticketMaxUsd).toBe(80_000_000);
  });

  it('refuses another business (403) and changes nothing', async () => {
    const response = await put(
      `/api/v1/investment/profiles/${id}`,
      otherBusiness,
      investorInput({ organisationName: 'Taken over' }),
    );
    expect(response.statusCode).toBe(403);
    expect((await get(`/api/v1/investment/profiles/${id}`)).json().organisationName).toBe('Steppe Capital Partners');
    expect((await post(`/api/v1/investment/profiles/${id}/withdraw`, otherBusiness, {})).statusCode).toBe(403);
  });

  it('hides the contact from the public and other businesses, shows it to the focal point of its country', async () => {
    expect((await get(`/api/v1/investment/profiles/${id}`)).json().contact).toBeNull();
    expect((await get(`/api/v1/investment/profiles/${id}`, otherBusiness)).json()).toMatchObject({
      contact: null,
      canEdit: false,
    });
    const focalPoint = await signIn(platform.app, { role: 'focal_point', countryCode: 'KZ' });
    expect((await get(`/api/v1/investment/profiles/${id}`, focalPoint)).json().contact).toMatchObject({
      email: 'deals@example.org',
    });
  });

  it('renews it until a chosen day', async () => {
    const day = inOneMonth();
    const response = await post(`/api/v1/investment/profiles/${id}/renew`, business, { expiresOn: day });
    expect(response.statusCode).toBe(200);
    expect(response.json().expiresAt.slice(0, 10) > day).toBe(true);
  });

  it('lists it with filters', async () => {
    const list = async (query: string) =>
      (await get(`/api/v1/investment/profiles?${query}`)).json().items.map((p: { id: string }) => p.id);
    expect(await list('kind=investor&limit=100')).toContain(id);
    expect(await list('sector=35&limit=100')).toContain(id);
    expect(await list('sector=D&limit=100')).toContain(id);
    expect(await list('sector=C&limit=100')).toContain(id);
    expect(await list('sector=A&limit=100')).not.toContain(id);
    expect(await list('kind=partnering&limit=100')).not.toContain(id);
    expect(await list('country=KZ&investorType=private_equity&limit=100')).toContain(id);
    expect(await list('q=steppe&limit=100')).toContain(id);
    expect(await list('q=солнечная&limit=100')).toContain(id);
    expect(await list('demo=true&limit=100')).not.toContain(id);
  });

  it('withdraws it: gone for the public, still there for its owner, no more changes', async () => {
    const response = await post(`/api/v1/investment/profiles/${id}/withdraw`, business, {});
    expect(response.statusCode).toBe(200);
    expect(response.json().status).toBe('withdrawn');
    expect((await get(`/api/v1/investment/profiles/${id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/investment/profiles/${id}`, business)).statusCode).toBe(200);
    const mine = (await get('/api/v1/investment/profiles?mine=true&limit=100', business)).json();
    expect(mine.items.map((p: { id: string }) => p.id)).toContain(id);
    expect((await post(`/api/v1/investment/profiles/${id}/renew`, business, {})).statusCode).toBe(409);
    // Another business cannot even see that the withdrawn profile exists.
    expect((await put(`/api/v1/investment/profiles/${id}`, otherBusiness, investorInput())).statusCode).toBe(404);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await get('/api/v1/investment/profiles/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/api/v1/investment/profiles/nope')).statusCode).toBe(400);
  });
});

describe('expiry', () => {
  it('marks profiles past their expiry as expired, with an audit entry each', async () => {
    const id = (await post('/api/v1/investment/profiles', business, investorInput())).json().id;
    await platform.connection.db
      .update(profiles)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(profiles.id, id));
    expect((await get(`/api/v1/investment/profiles/${id}`)).statusCode).toBe(404);
    const expired = await expireProfiles({ db: platform.connection.db, actor: systemActor('test'), now: new Date() });
    expect(expired).toBeGreaterThanOrEqual(1);
    expect((await get(`/api/v1/investment/profiles/${id}`, business)).json().status).toBe('expired');
    const renewed = await post(`/api/v1/investment/profiles/${id}/renew`, business, {});
    expect(renewed.json().status).toBe('published');
  });
});
