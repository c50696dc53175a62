import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { notifications } from '../../../core/src/tables.ts';
import { interestEvents, listingViews, profiles, projects } from '../tables.ts';

let platform: TestPlatform;
let sponsor: SignedIn;
let investor: SignedIn;
let outsider: SignedIn;
let focalKz: SignedIn;
let focalUz: SignedIn;
let secretariat: SignedIn;
let projectId: string;
let secondProjectId: string;
let profileId: string;
let outsiderProfileId: string;
let draftProjectId: string;

const initiativeId = 'ini-7630e47e00ad';
const sponsorContact = {
  name: 'Aigerim S.',
  email: 'aigerim@solar.example.kz',
  phone: '+7 700 000 0000',
  organisation: 'Steppe Solar LLP',
};
const investorContact = { name: 'Li Wei', email: 'li.wei@fund.example.cn', phone: null, organisation: 'Silk Capital' };

async function insertProject(options: { owner: SignedIn; countryCode: string; status?: string; title: string }) {
  const [row] = await platform.connection.db
    .insert(projects)
    .values({
      ownerUserId: options.owner.user.id,
      title: { en: options.title },
      summary: { en: 'A test project.' },
      sponsorName: 'Steppe Solar LLP',
      countryCode: options.countryCode,
      isicDivision: '35',
      isicSection: 'D',
      stage: 'feasibility',
      capitalCost: '1000000',
      currency: 'USD',
      financingInstruments: ['equity'],
      sdgs: [7],
      contact: sponsorContact,
      languages: ['en', 'ru'],
      keywords: [],
      keywordTokens: [],
      initiativeIds: [initiativeId],
      documentIds: [],
      status: options.status ?? 'published',
      lastActivityAt: new Date('2025-01-01T00:00:00Z'),
    })
    .returning({ id: projects.id });
  return row!.id;
}

async function insertProfile(options: { owner: SignedIn; countryCode: string; organisationName: string }) {
  const [row] = await platform.connection.db
    .insert(profiles)
    .values({
      ownerUserId: options.owner.user.id,
      kind: 'investor',
      investorType: 'private_equity',
      organisationName: options.organisationName,
      title: { zh: '清洁能源投资' },
      description: { en: 'We invest in renewables.' },
      countryCode: options.countryCode,
      sectors: ['D'],
      targetCountries: [],
      targetRegions: [],
      stages: [],
      instruments: ['equity'],
      partnershipTypes: [],
      languages: ['zh', 'en'],
      keywords: [],
      keywordTokens: [],
      contact: investorContact,
      initiativeIds: [],
      documentIds: [],
      status: 'published',
      expiresAt: new Date(Date.now() + 300 * 86_400_000),
    })
    .returning({ id: profiles.id });
  return row!.id;
}

const api = async (as: SignedIn | null, method: 'GET' | 'POST', url: string, payload?: unknown) => {
  const response = await platform.app.inject({
    method,
    url: `/api/v1${url}`,
    ...(as ? { headers: as.headers } : {}),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: response.statusCode, body: response.body ? response.json() : null };
};

beforeAll(async () => {
  platform = await createTestPlatform();
  [sponsor, investor, outsider, focalKz, focalUz, secretariat] = await Promise.all([
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'focal_point', countryCode: 'KZ' }),
    signIn(platform.app, { role: 'focal_point', countryCode: 'UZ' }),
    signIn(platform.app, { role: 'secretariat' }),
  ]);
  projectId = await insertProject({ owner: sponsor, countryCode: 'KZ', title: 'Steppe solar plant' });
  secondProjectId = await insertProject({ owner: sponsor, countryCode: 'KZ', title: 'Wind farm' });
  draftProjectId = await insertProject({ owner: sponsor, countryCode: 'KZ', title: 'Draft', status: 'draft' });
  profileId = await insertProfile({ owner: investor, countryCode: 'CN', organisationName: 'Silk Capital' });
  outsiderProfileId = await insertProfile({ owner: outsider, countryCode: 'IN', organisationName: 'Ganges Ventures' });
});
afterAll(() => platform?.close());

describe('listing views', () => {
  it('counts one view per reader and day, never the owner, and anonymous readers by hash', async () => {
    const url = `/investment/listings/project/${projectId}/views`;
    expect((await api(investor, 'POST', url)).body).toEqual({ counted: true });
    expect((await api(investor, 'POST', url)).body).toEqual({ counted: false });
    expect((await api(sponsor, 'POST', url)).body).toEqual({ counted: false });
    expect((await api(null, 'POST', url)).body).toEqual({ counted: true });
    expect((await api(null, 'POST', url)).body).toEqual({ counted: false });
    const pipeline = await api(sponsor, 'GET', `/investment/listings/project/${projectId}/pipeline`);
    expect(pipeline.status).toBe(200);
    expect(pipeline.body.viewed).toBe(2);
    const keys = await platform.connection.db
      .select({ viewerKey: listingViews.viewerKey })
      .from(listingViews)
      .where(eq(listingViews.listingId, projectId));
    const stored = JSON.stringify(keys);
    expect(stored).not.toContain('127.0.0.1');
    expect(stored).toMatch(/anon:[0-9a-f]{64}/);
  });

  it('does not count views of a listing that is not published', async () => {
    const response = await api(investor, 'POST', `/investment/listings/project/${draftProjectId}/views`);
    expect(response.status).toBe(404);
  });
});

describe('an expression of interest from first message to deal', () => {
  let interestId: string;

  it('refuses interest in one’s own listing and in an unpublished one', async () => {
    const own = await api(sponsor, 'POST', '/investment/interests', {
      target: { kind: 'project', id: projectId },
      message: 'Me again',
    });
    expect(own.status).toBe(409);
    expect(own.body.detail).toBe('You cannot express interest in your own listing.');
    const draft = await api(investor, 'POST', '/investment/interests', {
      target: { kind: 'project', id: draftProjectId },
      message: 'Hello',
    });
    expect(draft.status).toBe(404);
  });

  it('refuses presenting someone else’s listing as one’s own', async () => {
    const response = await api(investor, 'POST', '/investment/interests', {
      target: { kind: 'project', id: projectId },
      source: { kind: 'profile', id: outsiderProfileId },
      message: 'Hello',
    });
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('source');
  });

  it('needs a signed-in business', async () => {
    const payload = { target: { kind: 'project', id: projectId }, message: 'Hello' };
    expect((await api(null, 'POST', '/investment/interests', payload)).status).toBe(401);
    expect((await api(focalKz, 'POST', '/investment/interests', payload)).status).toBe(403);
  });

  it('lets an investor express interest, presenting its profile; nothing is revealed yet', async () => {
    const response = await api(investor, 'POST', '/investment/interests', {
      target: { kind: 'project', id: projectId },
      source: { kind: 'profile', id: profileId },
      message: 'We would like to finance the plant.',
    });
    expect(response.status).toBe(201);
    interestId = response.body.id;
    expect(response.body).toMatchObject({
      status: 'pending',
      pipelineStage: 'interest',
      initiatedBy: 'party',
      myRole: 'source',
      awaitingMyAnswer: false,
      contacts: null,
      source: { kind: 'profile', id: profileId, organisation: 'Silk Capital' },
      target: { kind: 'project', id: projectId, organisation: 'Steppe Solar LLP' },
    });
    expect(response.body.consents.source).not.toBeNull();
    expect(response.body.consents.target).toBeNull();
    const seenByTarget = await api(sponsor, 'GET', `/investment/interests/${interestId}`);
    expect(seenByTarget.body).toMatchObject({ myRole: 'target', awaitingMyAnswer: true, contacts: null });
    expect(JSON.stringify(seenByTarget.body)).not.toContain(investorContact.email);
    expect(JSON.stringify(response.body)).not.toContain(sponsorContact.email);
    const notices = await platform.connection.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.userId, sponsor.user.id));
    expect(notices.map((notice) => notice.kind)).toContain('investment.interest_received');
  });

  it("finds the caller's own open interest in one listing, for the listing page", async () => {
    const mine = `/investment/interests?box=sent&openOnly=true&targetKind=project&targetId=${projectId}`;
    const found = await api(investor, 'GET', mine);
    expect(found.status).toBe(200);
    expect(found.body.items.map((item: { id: string; status: string }) => [item.id, item.status])).toEqual([
      [interestId, 'pending'],
    ]);
    const otherListing = `/investment/interests?box=sent&openOnly=true&targetKind=project&targetId=${secondProjectId}`;
    expect((await api(investor, 'GET', otherListing)).body.items).toEqual([]);
    expect((await api(outsider, 'GET', mine)).body.items).toEqual([]);
    const malformed = await api(investor, 'GET', '/investment/interests?targetId=nope');
    expect(malformed.status).toBe(400);
    expect(malformed.body.detail).toContain('targetId');
  });

  it('refuses a second open interest in the same listing', async () => {
    const response = await api(investor, 'POST', '/investment/interests', {
      target: { kind: 'project', id: projectId },
      message: 'Again',
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('conflict');
  });

  it('hides the interest from a third business and a focal point of another country', async () => {
    expect((await api(outsider, 'GET', `/investment/interests/${interestId}`)).status).toBe(404);
    expect((await api(focalUz, 'GET', `/investment/interests/${interestId}`)).status).toBe(404);
    expect((await api(outsider, 'POST', `/investment/interests/${interestId}/accept`)).status).toBe(404);
    const list = await api(outsider, 'GET', '/investment/interests');
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(interestId);
  });

  it('does not move the pipeline before both agreed', async () => {
    const response = await api(investor, 'POST', `/investment/interests/${interestId}/stage`, { to: 'meeting' });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('invalid_transition');
  });

  it('reveals both contacts once the target accepts, and refuses a replayed acceptance', async () => {
    const accepted = await api(sponsor, 'POST', `/investment/interests/${interestId}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.contacts).toEqual({ source: investorContact, target: sponsorContact });
    expect(accepted.body.canMovePipeline).toBe(true);
    const seenBySource = await api(investor, 'GET', `/investment/interests/${interestId}`);
    expect(seenBySource.body.contacts.target.email).toBe(sponsorContact.email);
    const replay = await api(sponsor, 'POST', `/investment/interests/${interestId}/accept`);
    expect(replay.status).toBe(409);
    const decline = await api(sponsor, 'POST', `/investment/interests/${interestId}/decline`, {});
    expect(decline.status).toBe(409);
  });

  it('moves forward one stage at a time and refuses skipping', async () => {
    const skip = await api(investor, 'POST', `/investment/interests/${interestId}/stage`, { to: 'deal' });
    expect(skip.status).toBe(409);
    expect(skip.body).toMatchObject({ code: 'invalid_transition' });
    expect(skip.body.detail).toContain('interest');
    expect(skip.body.detail).toContain('deal');
    expect((await api(outsider, 'POST', `/investment/interests/${interestId}/stage`, { to: 'meeting' })).status).toBe(
      404,
    );
    expect((await api(investor, 'POST', `/investment/interests/${interestId}/stage`, { to: 'meeting' })).status).toBe(
      200,
    );
    expect((await api(sponsor, 'POST', `/investment/interests/${interestId}/stage`, { to: 'nda' })).status).toBe(200);
    const deal = await api(investor, 'POST', `/investment/interests/${interestId}/stage`, { to: 'deal' });
    expect(deal.status).toBe(200);
    expect(deal.body.pipelineStage).toBe('deal');
    expect(
      deal.body.events.map((event: { kind: string; toStage: string | null }) => `${event.kind}:${event.toStage}`),
    ).toEqual([
      'expressed:interest',
      'accepted:null',
      'stage_changed:meeting',
      'stage_changed:nda',
      'stage_changed:deal',
    ]);
    const after = await api(sponsor, 'POST', `/investment/interests/${interestId}/stage`, {
      to: 'closed',
      reason: 'x',
    });
    expect(after.status).toBe(409);
    const history = await platform.connection.db
      .select()
      .from(interestEvents)
      .where(eq(interestEvents.interestId, interestId));
    expect(history).toHaveLength(5);
  });

  it('bumps the listing’s activity, so it is no longer stale', async () => {
    const pipeline = await api(sponsor, 'GET', `/investment/listings/project/${projectId}/pipeline`);
    expect(pipeline.body).toMatchObject({ interest: 0, meeting: 0, nda: 0, deal: 1, closed: 0, stale: false });
    const wind = await api(sponsor, 'GET', `/investment/listings/project/${secondProjectId}/pipeline`);
    expect(wind.body).toMatchObject({ viewed: 0, deal: 0, stale: true });
  });

  it('shows the pipeline to the owner, the country focal point and the Secretariat only', async () => {
    const url = `/investment/listings/project/${projectId}/pipeline`;
    expect((await api(focalKz, 'GET', url)).status).toBe(200);
    expect((await api(secretariat, 'GET', url)).status).toBe(200);
    expect((await api(focalUz, 'GET', url)).status).toBe(403);
    expect((await api(outsider, 'GET', url)).status).toBe(403);
    expect((await api(null, 'GET', url)).status).toBe(401);
  });

  it('counts the deal for the initiative the project cites, without naming the investor', async () => {
    const response = await api(null, 'GET', `/investment/deals?initiativeId=${initiativeId}`);
    expect(response.status).toBe(200);
    expect(response.body.dealCount).toBeGreaterThanOrEqual(1);
    const listing = response.body.listings.find((item: { id: string }) => item.id === projectId);
    expect(listing).toMatchObject({ kind: 'project', organisation: 'Steppe Solar LLP', deals: 1 });
    expect(JSON.stringify(response.body)).not.toContain('Silk Capital');
    expect(JSON.stringify(response.body)).not.toContain(sponsorContact.email);
  });
});

describe('a declined interest', () => {
  it('reveals nothing and frees the pair for a new interest', async () => {
    const created = await api(outsider, 'POST', '/investment/interests', {
      target: { kind: 'project', id: secondProjectId },
      source: { kind: 'profile', id: outsiderProfileId },
      message: 'Interested in the wind farm.',
    });
    expect(created.status).toBe(201);
    const declined = await api(sponsor, 'POST', `/investment/interests/${created.body.id}/decline`, {
      reason: 'No fit',
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', contacts: null });
    const seenByOutsider = await api(outsider, 'GET', `/investment/interests/${created.body.id}`);
    expect(seenByOutsider.body.contacts).toBeNull();
    expect(JSON.stringify(seenByOutsider.body)).not.toContain(sponsorContact.email);
    expect((await api(outsider, 'POST', `/investment/interests/${created.body.id}/accept`)).status).toBe(409);
    const again = await api(outsider, 'POST', '/investment/interests', {
      target: { kind: 'project', id: secondProjectId },
      message: 'Second try.',
    });
    expect(again.status).toBe(201);
    const withdrawn = await api(outsider, 'POST', `/investment/interests/${again.body.id}/decline`, {});
    expect(withdrawn.body.status).toBe('withdrawn');
    const openOnes = `/investment/interests?box=sent&openOnly=true&targetKind=project&targetId=${secondProjectId}`;
    expect((await api(outsider, 'GET', openOnes)).body.items).toEqual([]);
    const everyOne = `/investment/interests?box=sent&targetKind=project&targetId=${secondProjectId}`;
    expect((await api(outsider, 'GET', everyOne)).body.items).toHaveLength(2);
  });
});

describe('brokering by a focal point', () => {
  let introductionId: string;

  it('refuses a focal point whose country neither listing is in', async () => {
    const response = await api(focalUz, 'POST', '/investment/interests/introductions', {
      target: { kind: 'project', id: secondProjectId },
      source: { kind: 'profile', id: profileId },
      message: 'You should meet.',
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('outside_country');
  });

  it('introduces two listings; both owners must accept before contacts are shown', async () => {
    const response = await api(focalKz, 'POST', '/investment/interests/introductions', {
      target: { kind: 'project', id: secondProjectId },
      source: { kind: 'profile', id: profileId },
      message: 'The wind farm fits your fund.',
    });
    expect(response.status).toBe(201);
    introductionId = response.body.id;
    expect(response.body).toMatchObject({
      initiatedBy: 'broker',
      brokered: true,
      myRole: 'broker',
      contacts: null,
      canMovePipeline: false,
    });
    expect(response.body.consents).toEqual({ source: null, target: null });
    const first = await api(investor, 'POST', `/investment/interests/${introductionId}/accept`);
    expect(first.body).toMatchObject({ status: 'pending', contacts: null });
    expect((await api(investor, 'POST', `/investment/interests/${introductionId}/accept`)).status).toBe(409);
    const second = await api(sponsor, 'POST', `/investment/interests/${introductionId}/accept`);
    expect(second.body.status).toBe('accepted');
    expect(second.body.contacts.source.email).toBe(investorContact.email);
  });

  it('lets the country’s focal point add notes and the introducer move the pipeline; not another country', async () => {
    const note = await api(focalKz, 'POST', `/investment/interests/${introductionId}/notes`, { note: 'Called both.' });
    expect(note.status).toBe(200);
    expect(note.body.events.at(-1)).toMatchObject({ kind: 'note', note: 'Called both.', actor: 'broker' });
    // Officials who introduce and write notes are named; the two sides are not.
    const authors = note.body.events.map((event: { kind: string; authorName: string | null }) => [
      event.kind,
      event.authorName,
    ]);
    expect(authors).toEqual([
      ['introduced', expect.stringMatching(/\S/)],
      ['accepted', null],
      ['accepted', null],
      ['note', expect.stringMatching(/\S/)],
    ]);
    expect((await api(focalUz, 'POST', `/investment/interests/${introductionId}/notes`, { note: 'x' })).status).toBe(
      404,
    );
    expect((await api(investor, 'POST', `/investment/interests/${introductionId}/notes`, { note: 'x' })).status).toBe(
      403,
    );
    const secretariatView = await api(secretariat, 'GET', `/investment/interests/${introductionId}`);
    expect(secretariatView.body).toMatchObject({ myRole: 'secretariat', canMovePipeline: false });
    expect(
      (await api(secretariat, 'POST', `/investment/interests/${introductionId}/stage`, { to: 'meeting' })).status,
    ).toBe(403);
    const moved = await api(focalKz, 'POST', `/investment/interests/${introductionId}/stage`, { to: 'meeting' });
    expect(moved.status).toBe(200);
    const closed = await api(sponsor, 'POST', `/investment/interests/${introductionId}/stage`, { to: 'closed' });
    expect(closed.status).toBe(400);
  });

  it('lists what each sees: sent, received, brokered, all for the Secretariat', async () => {
    const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
    expect(ids((await api(focalKz, 'GET', '/investment/interests?box=brokered')).body)).toContain(introductionId);
    expect(ids((await api(focalUz, 'GET', '/investment/interests?box=brokered')).body)).not.toContain(introductionId);
    expect(ids((await api(sponsor, 'GET', '/investment/interests?box=received')).body)).toContain(introductionId);
    expect(ids((await api(investor, 'GET', '/investment/interests?box=sent')).body)).toContain(introductionId);
    expect(ids((await api(secretariat, 'GET', '/investment/interests')).body)).toContain(introductionId);
    expect((await api(null, 'GET', '/investment/interests')).status).toBe(401);
  });
});

describe('the edge', () => {
  it('refuses every write without a session, with valid bodies', async () => {
    const someId = '00000000-0000-4000-8000-000000000000';
    const listing = { kind: 'project', id: projectId };
    const writes: [string, unknown][] = [
      ['/investment/interests', { target: listing, message: 'Hello' }],
      [
        '/investment/interests/introductions',
        { target: listing, source: { kind: 'profile', id: profileId }, message: 'Hi' },
      ],
      [`/investment/interests/${someId}/accept`, undefined],
      [`/investment/interests/${someId}/decline`, {}],
      [`/investment/interests/${someId}/stage`, { to: 'meeting' }],
      [`/investment/interests/${someId}/notes`, { note: 'x' }],
    ];
    for (const [url, payload] of writes) {
      const response = await api(null, 'POST', url, payload);
      expect(response.status, url).toBe(401);
    }
  });

  it('names the bad field of a malformed request', async () => {
    const response = await api(investor, 'POST', '/investment/interests', {
      target: { kind: 'park', id: projectId },
      message: '',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    const paths = response.body.errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['body.target.kind', 'body.message']));
    expect((await api(investor, 'GET', '/investment/interests/not-a-uuid')).status).toBe(400);
  });
});
