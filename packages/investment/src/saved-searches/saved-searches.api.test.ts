import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { emailOutbox, notifications } from '../../../core/src/tables.ts';
import { savedSearches, savedSearchNotices } from '../tables.ts';
import { insertTestProfile, insertTestProject } from './listing-fixtures.ts';
import { sendSavedSearchAlerts } from './saved-search-alerts.ts';

let platform: TestPlatform;
let searcher: SignedIn;
let otherUser: SignedIn;
let sponsor: SignedIn;

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, as: SignedIn | null, payload?: unknown) =>
  platform.app.inject({
    method,
    url: `/api/v1/investment/saved-searches${url}`,
    headers: as?.headers ?? {},
    ...(payload === undefined ? {} : { payload: payload as never }),
  });

async function save(as: SignedIn, body: Record<string, unknown>) {
  const response = await call('POST', '', as, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; name: string; createdAt: string };
}

const alertsFor = (userId: string) =>
  platform.connection.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'investment.saved_search_match')));

beforeAll(async () => {
  platform = await createTestPlatform();
  [searcher, otherUser, sponsor] = await Promise.all([
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'focal_point', countryCode: 'UZ' }),
    signIn(platform.app, { role: 'business' }),
  ]);
});
afterAll(() => platform?.close());

describe('saved searches', () => {
  it('needs a signed-in user', async () => {
    expect((await call('GET', '', null)).statusCode).toBe(401);
    expect((await call('POST', '', null, { name: 'x', target: 'projects', filters: {} })).statusCode).toBe(401);
  });

  it('saves, lists, renames, toggles alerts and deletes a search of its owner', async () => {
    const saved = await save(searcher, {
      name: 'Wind in Kazakhstan',
      target: 'projects',
      filters: { country: 'KZ', section: 'D', limit: '20', offset: '40' },
    });
    expect(saved).toMatchObject({
      name: 'Wind in Kazakhstan',
      target: 'projects',
      filters: { country: 'KZ', section: 'D' },
      alertsEnabled: true,
    });

    const listed = (await call('GET', '', searcher)).json();
    expect(listed.items.map((item: { id: string }) => item.id)).toContain(saved.id);

    const renamed = await call('PATCH', `/${saved.id}`, searcher, { name: 'Steppe wind' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Steppe wind', alertsEnabled: true });
    const muted = await call('PATCH', `/${saved.id}`, searcher, { alertsEnabled: false });
    expect(muted.json()).toMatchObject({ name: 'Steppe wind', alertsEnabled: false });

    expect((await call('DELETE', `/${saved.id}`, searcher)).statusCode).toBe(204);
    expect((await call('GET', '', searcher)).json().items.map((item: { id: string }) => item.id)).not.toContain(
      saved.id,
    );
    expect((await call('DELETE', `/${saved.id}`, searcher)).statusCode).toBe(404);
  });

  it("treats another user's search as not found", async () => {
    const saved = await save(searcher, { name: 'Mine', target: 'profiles', filters: { kind: 'investor' } });
    expect((await call('GET', '', otherUser)).json().items).toEqual([]);
    const rename = await call('PATCH', `/${saved.id}`, otherUser, { name: 'Taken' });
    expect(rename.statusCode).toBe(404);
    expect((await call('DELETE', `/${saved.id}`, otherUser)).statusCode).toBe(404);
    const [row] = await platform.connection.db.select().from(savedSearches).where(eq(savedSearches.id, saved.id));
    expect(row?.name).toBe('Mine');
  });

  it('checks filters as the list does and names the bad ones', async () => {
    const unknown = await call('POST', '', searcher, {
      name: 'Bad',
      target: 'projects',
      filters: { colour: 'blue', stage: 'finished' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toContain('filters.colour: not a filter of the projects list');
    expect(unknown.json().detail).toContain('filters.stage');
    const mine = await call('POST', '', searcher, { name: 'Bad', target: 'profiles', filters: { mine: 'true' } });
    expect(mine.statusCode).toBe(400);
    expect(mine.json().detail).toContain('filters.mine');
    const noName = await call('POST', '', searcher, { name: ' ', target: 'projects', filters: {} });
    expect(noName.statusCode).toBe(400);
    const emptyPatch = await call('PATCH', '/00000000-0000-4000-8000-000000000000', searcher, {});
    expect(emptyPatch.statusCode).toBe(400);
    const notAnId = await call('PATCH', '/abc', searcher, { name: 'x' });
    expect(notAnId.statusCode).toBe(400);
  });
});

describe('saved search alerts', () => {
  it('tells the owner once about each new matching listing, in-app and by e-mail', async () => {
    const { db } = platform.connection;
    const alerter = await signIn(platform.app, { role: 'business' });
    const before = await insertTestProject(db, {
      ownerUserId: sponsor.user.id,
      countryCode: 'KG',
      publishedAt: new Date(Date.now() - 60_000),
    });
    const search = await save(alerter, {
      name: 'Kyrgyz energy',
      target: 'projects',
      filters: { country: 'KG', section: 'D' },
    });
    const muted = await save(alerter, { name: 'Muted', target: 'projects', filters: { country: 'KG' } });
    await call('PATCH', `/${muted.id}`, alerter, { alertsEnabled: false });
    const profileSearch = await save(alerter, {
      name: 'Investors',
      target: 'profiles',
      filters: { kind: 'investor', sector: '35' },
    });

    const matching = await insertTestProject(db, {
      ownerUserId: sponsor.user.id,
      countryCode: 'KG',
      title: { ru: 'Малая ГЭС', en: 'Small hydropower plant' },
    });
    const otherCountry = await insertTestProject(db, { ownerUserId: sponsor.user.id, countryCode: 'TJ' });
    const draft = await insertTestProject(db, { ownerUserId: sponsor.user.id, countryCode: 'KG', status: 'draft' });
    const ownListing = await insertTestProject(db, { ownerUserId: alerter.user.id, countryCode: 'KG' });
    const matchingProfile = await insertTestProfile(db, { ownerUserId: sponsor.user.id, sectors: ['D'] });
    const partnering = await insertTestProfile(db, {
      ownerUserId: sponsor.user.id,
      kind: 'partnering',
      investorType: null,
      partneringType: 'business_offer',
    });

    await sendSavedSearchAlerts({ db, now: new Date() });
    const notices = await db
      .select({ savedSearchId: savedSearchNotices.savedSearchId, listingId: savedSearchNotices.listingId })
      .from(savedSearchNotices)
      .where(eq(savedSearchNotices.savedSearchId, search.id));
    expect(notices.map((notice) => notice.listingId)).toEqual([matching]);
    const profileNotices = await db
      .select({ listingId: savedSearchNotices.listingId })
      .from(savedSearchNotices)
      .where(eq(savedSearchNotices.savedSearchId, profileSearch.id));
    expect(profileNotices.map((notice) => notice.listingId)).toEqual([matchingProfile]);
    for (const id of [before, otherCountry, draft, ownListing, partnering]) {
      expect(JSON.stringify(notices)).not.toContain(id);
    }
    const mutedNotices = await db
      .select()
      .from(savedSearchNotices)
      .where(eq(savedSearchNotices.savedSearchId, muted.id));
    expect(mutedNotices).toEqual([]);

    const alerts = await alertsFor(alerter.user.id);
    expect(alerts.map((alert) => alert.link).sort()).toEqual(
      [`/investment/projects/${matching}`, `/investment/profiles/${matchingProfile}`].sort(),
    );
    const projectAlert = alerts.find((alert) => alert.link === `/investment/projects/${matching}`);
    expect(projectAlert?.title).toMatchObject({
      en: 'New project matches your saved search “Kyrgyz energy”: Small hydropower plant',
      ru: 'Новый проект по вашему сохранённому поиску «Kyrgyz energy»: Малая ГЭС',
    });
    const mail = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, alerter.user.email));
    expect(mail).toHaveLength(2);

    await sendSavedSearchAlerts({ db, now: new Date() });
    expect(await alertsFor(alerter.user.id)).toHaveLength(2);
  });

  it('tells once when two servers run the job at the same time', async () => {
    const { db } = platform.connection;
    const alerter = await signIn(platform.app, { role: 'business' });
    await save(alerter, { name: 'Belarus', target: 'projects', filters: { country: 'BY' } });
    const listing = await insertTestProject(db, { ownerUserId: sponsor.user.id, countryCode: 'BY' });
    const runs = await Promise.all([
      sendSavedSearchAlerts({ db, now: new Date() }),
      sendSavedSearchAlerts({ db, now: new Date() }),
      sendSavedSearchAlerts({ db, now: new Date() }),
    ]);
    const sentForListing = runs.flat().filter((alert) => alert.listingId === listing);
    expect(sentForListing).toHaveLength(1);
    const alerts = await alertsFor(alerter.user.id);
    expect(alerts.map((alert) => alert.link)).toEqual([`/investment/projects/${listing}`]);
  });
});
