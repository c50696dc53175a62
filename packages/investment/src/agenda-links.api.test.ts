import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../apps/server/src/testing/test-platform.ts';
import { insertTestProfile, insertTestProject } from './saved-searches/listing-fixtures.ts';
import { interests, projects } from './tables.ts';

let platform: TestPlatform;
let sponsor: SignedIn;
let investor: SignedIn;
let thirdParty: SignedIn;
let initiative: { id: string; title: { en: { text: string | null } } };
let otherInitiativeId: string;
let document: { id: string; title: { zh: { text: string | null } } };

const get = (url: string) => platform.app.inject({ method: 'GET', url: `/api/v1${url}` });

beforeAll(async () => {
  platform = await createTestPlatform();
  [sponsor, investor, thirdParty] = await Promise.all([
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'business' }),
  ]);
  const initiatives = (await get('/initiatives?limit=2')).json().items;
  [initiative] = initiatives;
  otherInitiativeId = initiatives[1].id;
  [document] = (await get('/documents?limit=1')).json().items;
});
afterAll(() => platform?.close());

describe('GET /investment/agenda-links', () => {
  it('gives the titles and stage of cited records and names the ids the agenda does not hold', async () => {
    const response = await get(
      `/investment/agenda-links?initiativeIds=${initiative.id},ini-000000000000&documentIds=${document.id}`,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.initiatives).toHaveLength(1);
    expect(body.initiatives[0]).toMatchObject({ id: initiative.id, title: initiative.title });
    expect(typeof body.initiatives[0].stage).toBe('string');
    expect(body.documents).toEqual([{ id: document.id, title: document.title }]);
    expect(body.unknownInitiativeIds).toEqual(['ini-000000000000']);
    expect(body.unknownDocumentIds).toEqual([]);
  });

  it('answers empty lists when nothing is cited', async () => {
    const response = await get('/investment/agenda-links');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      initiatives: [],
      documents: [],
      unknownInitiativeIds: [],
      unknownDocumentIds: [],
    });
  });
});

describe('citing the agenda from a listing', () => {
  it('refuses an unknown initiative with a 400 that names it, and saves nothing', async () => {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/v1/investment/projects',
      headers: sponsor.headers,
      payload: {
        title: { en: 'Cable plant' },
        summary: { en: 'A cable plant.' },
        sponsorName: 'Example Works LLP',
        countryCode: 'KZ',
        isicDivision: '27',
        stage: 'idea',
        capitalCost: 1_000_000,
        currency: 'USD',
        financingInstruments: ['equity'],
        contact: { name: 'Test Contact', email: 'contact@example.org' },
        initiativeIds: [initiative.id, 'ini-doesnotexist'],
        documentIds: ['doc-doesnotexist'],
      },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('validation_failed');
    expect(problem.detail).toContain('Unknown agenda initiative: ini-doesnotexist');
    expect(problem.detail).toContain('Unknown agenda document: doc-doesnotexist');
    expect(problem.detail).not.toContain(initiative.id);
    const [held] = await platform.connection.db
      .select({ n: count() })
      .from(projects)
      .where(eq(projects.ownerUserId, sponsor.user.id));
    expect(held?.n).toBe(0);
  });
});

describe('GET /investment/initiatives/:id/implementations', () => {
  it('lists the published listings citing the initiative and counts their deals once each', async () => {
    const { db } = platform.connection;
    const cited = { initiativeIds: [initiative.id] };
    const published = await insertTestProject(db, {
      ownerUserId: sponsor.user.id,
      ...cited,
      title: { ru: 'Ветропарк', en: 'Wind farm' },
      countryCode: 'UZ',
      stage: 'ready_for_financing',
    });
    const draft = await insertTestProject(db, { ownerUserId: sponsor.user.id, ...cited, status: 'draft' });
    const expired = await insertTestProject(db, {
      ownerUserId: sponsor.user.id,
      ...cited,
      expiresAt: new Date(Date.now() - 1000),
    });
    const elsewhere = await insertTestProject(db, { ownerUserId: sponsor.user.id, initiativeIds: [otherInitiativeId] });
    const profile = await insertTestProfile(db, { ownerUserId: investor.user.id, ...cited, isDemo: true });
    const interest = (values: {
      stage: string;
      targetId: string;
      sourceKind: string | null;
      sourceId: string | null;
      sourceOwner?: string;
    }) => ({
      targetKind: 'project',
      targetId: values.targetId,
      targetOwnerUserId: sponsor.user.id,
      sourceKind: values.sourceKind,
      sourceId: values.sourceId,
      sourceOwnerUserId: values.sourceOwner ?? investor.user.id,
      initiatedBy: 'party',
      message: 'Interested.',
      status: 'accepted',
      pipelineStage: values.stage,
    });
    await db.insert(interests).values([
      // A deal between two listings that both cite the initiative: one deal, on both.
      interest({ stage: 'deal', targetId: published, sourceKind: 'profile', sourceId: profile }),
      interest({
        stage: 'meeting',
        targetId: published,
        sourceKind: null,
        sourceId: null,
        sourceOwner: thirdParty.user.id,
      }),
      interest({ stage: 'deal', targetId: elsewhere, sourceKind: null, sourceId: null }),
    ]);

    const response = await get(`/investment/initiatives/${initiative.id}/implementations`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const projectIds = body.projects.map((project: { id: string }) => project.id);
    expect(projectIds).toContain(published);
    expect(projectIds).not.toContain(draft);
    expect(projectIds).not.toContain(expired);
    expect(projectIds).not.toContain(elsewhere);
    expect(body.projects.find((project: { id: string }) => project.id === published)).toEqual({
      id: published,
      title: { zh: null, ru: 'Ветропарк', en: 'Wind farm', original: 'ru' },
      countryCode: 'UZ',
      stage: 'ready_for_financing',
      demo: false,
      dealCount: 1,
    });
    expect(body.profiles.find((listing: { id: string }) => listing.id === profile)).toMatchObject({
      kind: 'investor',
      demo: true,
      dealCount: 1,
    });
    const listedDeals = (await get(`/investment/initiatives/${initiative.id}/implementations`)).json().dealCount;
    expect(listedDeals).toBe(body.dealCount);
    expect(body.dealCount).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(body)).not.toContain('contact.person@listing.example.org');
  });

  it('is 404 for an initiative the agenda does not hold', async () => {
    const response = await get('/investment/initiatives/ini-000000000000/implementations');
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toContain('ini-000000000000');
  });
});
