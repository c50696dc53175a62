import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { keywordTokensOf } from '../keywords/keyword-tokens.ts';
import { projects } from '../tables.ts';

let platform: TestPlatform;
let sponsor: SignedIn;
let investor: SignedIn;
let investorProfileId: string;
let publishedProjectId: string;
let submittedProjectId: string;

/** Projects come from another part of the module; the test stores the rows it needs directly. */
async function storeProject(options: {
  ownerUserId: string;
  status: string;
  title: string;
  summary: string;
  division: string;
  country: string;
}) {
  const [row] = await platform.connection.db
    .insert(projects)
    .values({
      ownerUserId: options.ownerUserId,
      title: { zh: options.title },
      summary: { zh: options.summary },
      sponsorName: '中亚光伏能源有限公司',
      countryCode: options.country,
      regionCode: `${options.country}-MAN`,
      isicDivision: options.division,
      isicSection: 'D',
      stage: 'ready_for_financing',
      capitalCost: '120000000',
      currency: 'USD',
      capitalCostUsd: '120000000',
      financingInstruments: ['equity', 'debt'],
      financingAmount: '12000000',
      financingAmountUsd: '12000000',
      sdgs: [7],
      contact: { name: '王明', email: 'wang@example.org', phone: null, organisation: null },
      languages: ['zh', 'ru'],
      keywords: [],
      keywordTokens: keywordTokensOf({ texts: [options.title, options.summary] }),
      initiativeIds: [],
      documentIds: [],
      status: options.status,
      publishedAt: options.status === 'published' ? new Date() : null,
      expiresAt: new Date(Date.now() + 300 * 24 * 3600 * 1000),
    })
    .returning({ id: projects.id });
  if (!row) throw new Error('no project stored');
  return row.id;
}

const matches = async (query: string, who: SignedIn | null = null) =>
  platform.app.inject({ url: `/api/v1/investment/matches?${query}`, headers: who?.headers });

beforeAll(async () => {
  platform = await createTestPlatform();
  sponsor = await signIn(platform.app, { role: 'business' });
  investor = await signIn(platform.app, { role: 'business' });
  const created = await platform.app.inject({
    method: 'POST',
    url: '/api/v1/investment/profiles',
    headers: investor.headers,
    payload: {
      kind: 'investor',
      investorType: 'private_equity',
      organisationName: 'Орда Инвест',
      title: { ru: 'Инвестиции в солнечную энергетику Казахстана' },
      description: { ru: 'Акционерный капитал для солнечных электростанций.' },
      countryCode: 'RU',
      ticketMinUsd: 5_000_000,
      ticketMaxUsd: 50_000_000,
      sectors: ['D'],
      targetCountries: ['KZ'],
      stages: ['ready_for_financing'],
      instruments: ['equity'],
      languages: ['ru'],
      keywords: ['солнечная энергетика'],
      contact: { name: 'Иван Петров', email: 'ivan@example.org' },
    },
  });
  expect(created.statusCode).toBe(201);
  investorProfileId = created.json().id;
  publishedProjectId = await storeProject({
    ownerUserId: sponsor.user.id,
    status: 'published',
    title: '曼格斯套州100兆瓦光伏电站',
    summary: '建设光伏电站并接入电网。',
    division: '35',
    country: 'KZ',
  });
  submittedProjectId = await storeProject({
    ownerUserId: sponsor.user.id,
    status: 'submitted',
    title: '阿克套太阳能电站二期',
    summary: '光伏发电。',
    division: '35',
    country: 'KZ',
  });
});
afterAll(() => platform?.close());

describe('GET /investment/matches', () => {
  it('an investor profile finds a published project, with the reasons of its score', async () => {
    const response = await matches(`kind=profile&id=${investorProfileId}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const match = body.items.find((item: { id: string }) => item.id === publishedProjectId);
    expect(match).toMatchObject({ kind: 'project', countryCode: 'KZ', stage: 'ready_for_financing', demo: false });
    expect(match.score).toBeGreaterThan(80);
    const byFactor = Object.fromEntries(match.reasons.map((r: { factor: string }) => [r.factor, r]));
    expect(byFactor.sector).toMatchObject({
      points: 25,
      maxPoints: 25,
      detail: { level: 'division_in_section', seekerSector: 'D', candidateSector: '35', division: '35', section: 'D' },
    });
    expect(byFactor.place).toMatchObject({ points: 12, detail: { level: 'country', countryCode: 'KZ' } });
    expect(byFactor.ticket).toMatchObject({
      points: 20,
      detail: { position: 'inside', amountUsd: 12_000_000, minUsd: 5_000_000, maxUsd: 50_000_000 },
    });
    expect(byFactor.instrument).toMatchObject({ points: 10, detail: { shared: ['equity'] } });
    // A Russian keyword meets a Chinese summary through the concept they share.
    expect(byFactor.keywords.detail.concepts).toContainEqual({
      id: 'solar',
      label: { zh: '太阳能', ru: 'солнечная энергетика', en: 'solar power' },
    });
  });

  it('never offers an unpublished project', async () => {
    const body = (await matches(`kind=profile&id=${investorProfileId}&limit=100`)).json();
    expect(body.items.map((item: { id: string }) => item.id)).not.toContain(submittedProjectId);
  });

  it('a published project finds the investor profile, but never a listing of its own owner', async () => {
    const body = (await matches(`kind=project&id=${publishedProjectId}&limit=100`)).json();
    expect(body.items.map((item: { id: string }) => item.id)).toContain(investorProfileId);
    const ownProfile = await platform.app.inject({
      method: 'POST',
      url: '/api/v1/investment/profiles',
      headers: sponsor.headers,
      payload: {
        kind: 'investor',
        investorType: 'corporate',
        organisationName: 'Self',
        title: { en: 'Our own fund' },
        description: { en: 'Solar.' },
        countryCode: 'KZ',
        ticketMinUsd: 1,
        ticketMaxUsd: 100_000_000,
        sectors: ['35'],
        languages: ['en'],
        contact: { name: 'Self', email: 'self@example.org' },
      },
    });
    expect(ownProfile.statusCode).toBe(201);
    const again = (await matches(`kind=project&id=${publishedProjectId}&limit=100`)).json();
    expect(again.items.map((item: { id: string }) => item.id)).not.toContain(ownProfile.json().id);
  });

  it('keeps an investor out of projects outside its target countries', async () => {
    const uzbek = await storeProject({
      ownerUserId: sponsor.user.id,
      status: 'published',
      title: '撒马尔罕光伏电站',
      summary: '光伏。',
      division: '35',
      country: 'UZ',
    });
    const body = (await matches(`kind=profile&id=${investorProfileId}&limit=100`)).json();
    expect(body.items.map((item: { id: string }) => item.id)).not.toContain(uzbek);
  });

  it('shows matches of an unpublished project to its owner only', async () => {
    expect((await matches(`kind=project&id=${submittedProjectId}`)).statusCode).toBe(404);
    expect((await matches(`kind=project&id=${submittedProjectId}`, investor)).statusCode).toBe(404);
    const own = await matches(`kind=project&id=${submittedProjectId}`, sponsor);
    expect(own.statusCode).toBe(200);
    expect(own.json().items.map((item: { id: string }) => item.id)).toContain(investorProfileId);
  });

  it('answers 400 for a bad query and 404 for an unknown listing', async () => {
    expect((await matches('kind=park&id=x')).statusCode).toBe(400);
    expect((await matches('kind=profile&id=00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
