import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { notifications } from '../../../core/src/tables.ts';
import { projectStatusChanges, projects } from '../tables.ts';
import { maxDocumentBytes } from '../vocabulary.ts';
import { expireListings } from './expire-listings-job.ts';

let platform: TestPlatform;
let owner: SignedIn;
let otherBusiness: SignedIn;
let kzFocalPoint: SignedIn;
let uzFocalPoint: SignedIn;
let secretariat: SignedIn;

const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  platform = await createTestPlatform();
  [owner, otherBusiness, kzFocalPoint, uzFocalPoint, secretariat] = await Promise.all([
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'focal_point', countryCode: 'KZ' }),
    signIn(platform.app, { role: 'focal_point', countryCode: 'UZ' }),
    signIn(platform.app, { role: 'secretariat' }),
  ]);
  // A currency no seed uses, so that the USD figures below depend on this rate only.
  const rate = await platform.app.inject({
    method: 'POST',
    url: '/api/v1/investment/exchange-rates',
    headers: secretariat.headers,
    payload: { currency: 'AZN', rateDate: today(), unitsPerUsd: 1.7, source: 'Central bank of the test' },
  });
  expect(rate.statusCode).toBe(201);
});
afterAll(() => platform?.close());

const projectInput = (overrides: Record<string, unknown> = {}) => ({
  title: { en: 'Copper wire plant', ru: 'Завод медной проволоки' },
  summary: { en: 'A plant drawing copper wire for the regional cable industry.' },
  sponsorName: 'Steppe Metals LLP',
  countryCode: 'KZ',
  regionCode: 'KZ-KAR',
  regionName: 'Karaganda Region',
  latitude: 49.8,
  longitude: 73.1,
  isicDivision: '24',
  stage: 'feasibility',
  capitalCost: 17_000_000,
  currency: 'AZN',
  financingInstruments: ['equity', 'debt'],
  financingAmount: 8_500_000,
  jobs: 320,
  environmentalCategory: 'B',
  sdgs: [9, 8],
  contact: { name: 'Aigerim Sadykova', email: 'invest@steppe-metals.example', phone: '+7 700 000 0000' },
  languages: ['ru', 'kk', 'en'],
  keywords: ['copper', 'cable'],
  ...overrides,
});

const write = (
  method: 'POST' | 'PUT' | 'DELETE',
  url: string,
  as: SignedIn | null,
  payload?: unknown,
  extraHeaders: Record<string, string> = {},
) =>
  platform.app.inject({
    method,
    url: `/api/v1/investment${url}`,
    headers: { ...(as?.headers ?? {}), ...extraHeaders },
    ...(payload === undefined ? {} : { payload: payload as never }),
  });
const read = (url: string, as: SignedIn | null = null) =>
  platform.app.inject({ method: 'GET', url: `/api/v1/investment${url}`, headers: as?.headers ?? {} });

async function createProject(options: { submit?: boolean; as?: SignedIn; input?: Record<string, unknown> } = {}) {
  const response = await write(
    'POST',
    `/projects${options.submit ? '?submit=true' : ''}`,
    options.as ?? owner,
    projectInput(options.input),
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; status: string };
}

async function storedProject(id: string) {
  const [row] = await platform.connection.db.select().from(projects).where(eq(projects.id, id));
  return row!;
}

async function publishedProject() {
  const { id } = await createProject({ submit: true });
  const published = await write('POST', `/projects/${id}/publish`, kzFocalPoint);
  expect(published.statusCode, published.body).toBe(200);
  return id;
}

const ownerProjectCount = async (userId: string) => {
  const [row] = await platform.connection.db
    .select({ total: count() })
    .from(projects)
    .where(eq(projects.ownerUserId, userId));
  return row!.total;
};

describe('creating and publishing a project', () => {
  it('keeps a draft to its owner until a focal point of its country publishes it', async () => {
    const draft = await createProject();
    expect(draft).toMatchObject({ status: 'draft', isicSection: 'C', regionCode: 'KZ-KAR', demo: false });
    expect((await read(`/projects/${draft.id}`)).statusCode).toBe(404);
    expect((await read(`/projects/${draft.id}`, kzFocalPoint)).statusCode).toBe(404);
    expect((await read('/projects?limit=200')).json().items.map((p: { id: string }) => p.id)).not.toContain(draft.id);

    const submitted = await write('POST', `/projects/${draft.id}/submit`, owner);
    expect(submitted.json()).toMatchObject({ status: 'submitted' });
    const queue = await read('/moderation/projects', kzFocalPoint);
    expect(queue.json().items.map((p: { id: string }) => p.id)).toContain(draft.id);
    expect(
      (await read('/moderation/projects', uzFocalPoint)).json().items.map((p: { id: string }) => p.id),
    ).not.toContain(draft.id);

    const published = await write('POST', `/projects/${draft.id}/publish`, kzFocalPoint);
    expect(published.statusCode).toBe(200);
    const body = published.json();
    expect(body.status).toBe('published');
    const expiresIn = new Date(body.expiresAt).getTime() - new Date(body.publishedAt).getTime();
    expect(expiresIn / (24 * 60 * 60 * 1000)).toBeGreaterThanOrEqual(365);
    expect(expiresIn / (24 * 60 * 60 * 1000)).toBeLessThanOrEqual(366);
    expect(body.statusHistory.map((change: { toStatus: string }) => change.toStatus)).toEqual([
      'draft',
      'submitted',
      'published',
    ]);

    const [notice] = await platform.connection.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, owner.user.id), eq(notifications.link, `/investment/projects/${draft.id}`)));
    expect(notice?.kind).toBe('investment.project_published');

    const publicView = await read(`/projects/${draft.id}`);
    expect(publicView.statusCode).toBe(200);
    expect(publicView.json()).toMatchObject({ contact: null, statusHistory: null, returnReason: null });
    expect((await read(`/projects/${draft.id}`, kzFocalPoint)).json().contact.email).toBe(
      'invest@steppe-metals.example',
    );
    expect((await read(`/projects/${draft.id}`, otherBusiness)).json().contact).toBeNull();
  });

  it("shows the USD figure at the Secretariat's rate of the submission day", async () => {
    const { id } = await createProject({ submit: true });
    const body = (await read(`/projects/${id}`, owner)).json();
    expect(body.usd).toEqual({
      capitalCost: 10_000_000,
      financingAmount: 5_000_000,
      rateDate: today(),
      unitsPerUsd: 1.7,
      source: 'Central bank of the test',
      demoRate: false,
      note: null,
    });
  });

  it('says "no rate recorded" until a rate exists, then takes it up', async () => {
    const { id } = await createProject({
      submit: true,
      input: { currency: 'ISK', capitalCost: 1_400_000, financingAmount: 700_000 },
    });
    expect((await read(`/projects/${id}`, owner)).json().usd).toMatchObject({
      capitalCost: null,
      note: 'no rate recorded',
    });
    await write('POST', '/exchange-rates', secretariat, {
      currency: 'ISK',
      rateDate: today(),
      unitsPerUsd: 140,
      source: 'Test rate',
    });
    expect((await read(`/projects/${id}`, owner)).json().usd).toMatchObject({ capitalCost: 10_000, rateDate: today() });
  });

  it('creates and submits in one step', async () => {
    const project = await createProject({ submit: true });
    expect(project.status).toBe('submitted');
  });
});

describe('moderation rules', () => {
  it('lets a focal point of KZ neither publish nor return a UZ project, changing nothing', async () => {
    const { id } = await createProject({
      submit: true,
      input: { countryCode: 'UZ', regionCode: 'UZ-TK', regionName: 'Tashkent' },
    });
    const refused = await write('POST', `/projects/${id}/publish`, kzFocalPoint);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('outside_country');
    const returned = await write('POST', `/projects/${id}/return`, kzFocalPoint, { reason: 'Not ours' });
    expect(returned.json().code).toBe('outside_country');
    expect((await storedProject(id)).status).toBe('submitted');
    expect((await write('POST', `/projects/${id}/publish`, uzFocalPoint)).json().status).toBe('published');
  });

  it('refuses to publish a draft that was never submitted, naming from and to', async () => {
    const { id } = await createProject();
    const refused = await write('POST', `/projects/${id}/publish`, secretariat);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'invalid_transition', details: { from: 'draft', to: 'published' } });
    expect((await storedProject(id)).status).toBe('draft');
    const history = await platform.connection.db
      .select()
      .from(projectStatusChanges)
      .where(eq(projectStatusChanges.projectId, id));
    expect(history).toHaveLength(1);
  });

  it('returns a project with a mandatory reason; the owner edits and resubmits it', async () => {
    const { id } = await createProject({ submit: true });
    const noReason = await write('POST', `/projects/${id}/return`, kzFocalPoint, { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect((await storedProject(id)).status).toBe('submitted');

    const returned = await write('POST', `/projects/${id}/return`, kzFocalPoint, {
      reason: 'Add the feasibility study.',
    });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: 'Add the feasibility study.' });
    expect((await read(`/projects/${id}`, owner)).json().returnReason).toBe('Add the feasibility study.');

    const edited = await write(
      'PUT',
      `/projects/${id}?submit=true`,
      owner,
      projectInput({ stage: 'ready_for_financing' }),
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'submitted', stage: 'ready_for_financing' });
  });

  it('sends an edited published project back to moderation', async () => {
    const id = await publishedProject();
    const edited = await write('PUT', `/projects/${id}`, owner, projectInput({ jobs: 400 }));
    expect(edited.json()).toMatchObject({ status: 'submitted', jobs: 400, expiresAt: null });
    expect((await read(`/projects/${id}`)).statusCode).toBe(404);
  });

  it('lets a business change only its own projects', async () => {
    const id = await publishedProject();
    const before = await storedProject(id);
    const edit = await write('PUT', `/projects/${id}`, otherBusiness, projectInput({ sponsorName: 'Someone else' }));
    expect(edit.statusCode).toBe(403);
    expect((await write('POST', `/projects/${id}/withdraw`, otherBusiness)).statusCode).toBe(403);
    expect((await write('POST', `/projects/${id}/publish`, otherBusiness)).statusCode).toBe(403);
    expect(await storedProject(id)).toEqual(before);

    const { id: draftId } = await createProject();
    expect((await write('PUT', `/projects/${draftId}`, otherBusiness, projectInput())).statusCode).toBe(404);
    expect((await write('POST', '/projects', null, projectInput())).statusCode).toBe(401);
  });

  it('renews published and expired projects, and withdraws them', async () => {
    const id = await publishedProject();
    const soon = new Date(Date.now() + 5 * 24 * 60 * 60 * 1000);
    await platform.connection.db.update(projects).set({ expiresAt: soon }).where(eq(projects.id, id));
    const renewed = (await write('POST', `/projects/${id}/renew`, owner)).json();
    expect(new Date(renewed.expiresAt).getTime()).toBeGreaterThan(Date.now() + 360 * 24 * 60 * 60 * 1000);

    await platform.connection.db
      .update(projects)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(projects.id, id));
    await expireListings({ db: platform.connection.db, now: new Date() });
    expect((await storedProject(id)).status).toBe('expired');
    expect((await read(`/projects/${id}`)).statusCode).toBe(404);
    expect((await write('POST', `/projects/${id}/renew`, owner)).json().status).toBe('published');
    expect((await read(`/projects/${id}`)).statusCode).toBe(200);

    expect((await write('POST', `/projects/${id}/withdraw`, owner)).json().status).toBe('withdrawn');
    const again = await write('POST', `/projects/${id}/withdraw`, owner);
    expect(again.statusCode).toBe(409);
    expect(again.json().details).toMatchObject({ from: 'withdrawn', to: 'withdrawn' });
    expect((await write('POST', `/projects/${id}/renew`, owner)).statusCode).toBe(409);
  });
});

describe('listing expiry', () => {
  it('expires listings past their date and reminds owners once, 30 days ahead', async () => {
    const expiring = await publishedProject();
    const inTwentyDays = new Date(Date.now() + 20 * 24 * 60 * 60 * 1000);
    await platform.connection.db.update(projects).set({ expiresAt: inTwentyDays }).where(eq(projects.id, expiring));
    const reminders = async () =>
      platform.connection.db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.kind, 'investment.project_expiring'),
            eq(notifications.link, `/investment/projects/${expiring}`),
          ),
        );
    await expireListings({ db: platform.connection.db, now: new Date() });
    await expireListings({ db: platform.connection.db, now: new Date() });
    expect(await reminders()).toHaveLength(1);
    expect((await storedProject(expiring)).status).toBe('published');

    await expireListings({ db: platform.connection.db, now: new Date(inTwentyDays.getTime() + 1000) });
    expect((await storedProject(expiring)).status).toBe('expired');
  });
});

describe('bad input changes nothing', () => {
  const refusals: [string, Record<string, unknown>, string][] = [
    ['an unknown currency', { currency: 'XYZ' }, 'body.currency'],
    ['a negative financing amount', { financingAmount: -5 }, 'body.financingAmount'],
    ['a zero capital cost', { capitalCost: 0 }, 'body.capitalCost'],
    ['financing above the cost', { financingAmount: 20_000_000 }, 'body.financingAmount'],
    ['a stage not in the list', { stage: 'shovel_ready' }, 'body.stage'],
    ['a non-member country', { countryCode: 'TR', regionCode: null }, 'body.countryCode'],
    ['a region of another country', { regionCode: 'UZ-TK' }, 'body.regionCode'],
    ['a malformed region code', { regionCode: 'KAR' }, 'body.regionCode'],
    ['a latitude out of range', { latitude: 91 }, 'body.latitude'],
    ['no financing instrument', { financingInstruments: [] }, 'body.financingInstruments'],
    ['an SDG that does not exist', { sdgs: [18] }, 'body.sdgs.0'],
    ['a bad contact e-mail', { contact: { name: 'A', email: 'not-an-address' } }, 'body.contact.email'],
    ['a made-up language', { languages: ['xx'] }, 'body.languages.0'],
    ['a division that is not ISIC', { isicDivision: '34' }, 'body.isicDivision'],
    ['no title in any language', { title: { en: '' } }, 'body.title'],
  ];
  for (const [what, overrides, path] of refusals) {
    it(`refuses ${what} with 400 naming ${path}`, async () => {
      const before = await ownerProjectCount(owner.user.id);
      const response = await write('POST', '/projects?submit=true', owner, projectInput(overrides));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((error: { path: string }) => error.path)).toContain(path);
      expect(await ownerProjectCount(owner.user.id)).toBe(before);
    });
  }

  it('refuses an edit with bad input, leaving the project as it was', async () => {
    const { id } = await createProject();
    const before = await storedProject(id);
    const response = await write('PUT', `/projects/${id}`, owner, projectInput({ financingAmount: 99_000_000 }));
    expect(response.statusCode).toBe(400);
    expect(await storedProject(id)).toEqual(before);
  });

  it('refuses agenda links to records that do not exist', async () => {
    const before = await ownerProjectCount(owner.user.id);
    const response = await write('POST', '/projects', owner, projectInput({ initiativeIds: ['no-such-initiative'] }));
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain('no-such-initiative');
    expect(await ownerProjectCount(owner.user.id)).toBe(before);
  });
});

describe('listing and filtering', () => {
  it('filters by words in any language, sector, stage, instrument, SDG, USD cost and demo', async () => {
    const id = await publishedProject();
    const ids = async (query: string) =>
      (await read(`/projects?limit=200&${query}`)).json().items.map((project: { id: string }) => project.id);
    expect(await ids('text=copper')).toContain(id);
    expect(await ids('text=проволоки')).toContain(id);
    expect(await ids('text=aluminium')).not.toContain(id);
    expect(await ids('section=C&division=24&stage=feasibility&instrument=debt&sdg=9')).toContain(id);
    expect(await ids('instrument=grant')).not.toContain(id);
    expect(await ids('minUsd=9000000&maxUsd=11000000')).toContain(id);
    expect(await ids('minUsd=11000000')).not.toContain(id);
    expect(await ids('country=KZ&region=KZ-KAR&environmentalCategory=B&demo=no')).toContain(id);
    expect(await ids('demo=yes')).not.toContain(id);
    expect((await read('/projects?stage=shovel_ready')).statusCode).toBe(400);
  });

  it('gives an owner their own projects in every status with mine=yes', async () => {
    const { id } = await createProject();
    const mine = (await read('/projects?mine=yes&limit=200', owner)).json();
    expect(mine.items.map((project: { id: string }) => project.id)).toContain(id);
    expect(mine.items.every((project: { ownerUserId: string }) => project.ownerUserId === owner.user.id)).toBe(true);
    expect((await read('/projects?mine=yes')).statusCode).toBe(401);
  });
});

describe('documents', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');
  const upload = (id: string, body: Buffer, as: SignedIn | null = owner, type = 'application/pdf') =>
    write(
      'POST',
      `/projects/${id}/documents?filename=${encodeURIComponent('Технико-экономическое обоснование.pdf')}`,
      as,
      body,
      {
        'content-type': type,
      },
    );
  const documentCount = async (id: string) => (await read(`/projects/${id}/documents`, owner)).json().items.length;

  it('stores a PDF with its hash, serves it as an attachment, public once published', async () => {
    const id = await publishedProject();
    const uploaded = await upload(id, pdf);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const document = uploaded.json();
    expect(document).toMatchObject({ filename: 'Технико-экономическое обоснование.pdf', sizeBytes: pdf.length });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);

    const download = await read(`/projects/${id}/documents/${document.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('attachment;');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await read(`/projects/${id}`)).json().documents).toHaveLength(1);

    expect((await write('DELETE', `/projects/${id}/documents/${document.id}`, otherBusiness)).statusCode).toBe(403);
    expect((await write('DELETE', `/projects/${id}/documents/${document.id}`, owner)).statusCode).toBe(204);
    expect(await documentCount(id)).toBe(0);
  });

  it('keeps documents of a draft from the public', async () => {
    const { id } = await createProject();
    expect((await upload(id, pdf)).statusCode).toBe(201);
    expect((await read(`/projects/${id}/documents`)).statusCode).toBe(404);
  });

  it('refuses a file that is not a PDF with 415, storing nothing', async () => {
    const { id } = await createProject();
    const notPdf = await upload(id, Buffer.from('PK\u0003\u0004 this is a zip'));
    expect(notPdf.statusCode).toBe(415);
    expect(notPdf.headers['content-type']).toContain('application/problem+json');
    expect(notPdf.json().code).toBe('unsupported_media_type');
    const wrongType = await upload(id, pdf, owner, 'image/png');
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().code).toBe('unsupported_media_type');
    expect(await documentCount(id)).toBe(0);
  });

  it('refuses a file over the limit with 413, however large, storing nothing', async () => {
    const { id } = await createProject();
    const justOver = Buffer.concat([pdf, Buffer.alloc(maxDocumentBytes + 1 - pdf.length)]);
    const refused = await upload(id, justOver);
    expect(refused.statusCode).toBe(413);
    expect(refused.json()).toMatchObject({ code: 'payload_too_large' });
    expect(refused.json().detail).toContain('10 MB');
    const farOver = Buffer.concat([pdf, Buffer.alloc(maxDocumentBytes + 512 * 1024)]);
    const cutOff = await upload(id, farOver);
    expect(cutOff.statusCode).toBe(413);
    expect(cutOff.headers['content-type']).toContain('application/problem+json');
    expect(cutOff.json()).toMatchObject({ code: 'payload_too_large' });
    expect(await documentCount(id)).toBe(0);
  });

  it('refuses uploads by others and to withdrawn projects', async () => {
    const id = await publishedProject();
    expect((await upload(id, pdf, otherBusiness)).statusCode).toBe(403);
    expect((await upload(id, pdf, null)).statusCode).toBe(401);
    await write('POST', `/projects/${id}/withdraw`, owner);
    expect((await upload(id, pdf)).statusCode).toBe(409);
    expect(await documentCount(id)).toBe(0);
  });
});
