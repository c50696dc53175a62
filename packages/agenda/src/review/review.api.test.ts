import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { verifyAuditLog } from '../../../core/src/audit/audit-log.ts';
import { initiativeIdFor } from '../ids.ts';
import { ingestDrafts } from '../tables.ts';

/** Review before publishing, the entity dictionary and comparing texts, over HTTP, with their refusals. */
let platform: TestPlatform;
let secretariat: SignedIn;
let focalKz: SignedIn;
const text = readFileSync(new URL('./fixtures/test-communique-zh.txt', import.meta.url), 'utf8');
const meetingId = 'heads-of-government-90';
const bankId = initiativeIdFor('成立上合组织开发银行');

const inject = (options: { method?: 'GET' | 'POST' | 'DELETE'; url: string; as?: SignedIn; payload?: unknown }) =>
  platform.app.inject({
    method: options.method ?? 'GET',
    url: options.url,
    headers: options.as?.headers,
    payload: options.payload as object,
  });

beforeAll(async () => {
  platform = await createTestPlatform();
  secretariat = await signIn(platform.app, { role: 'secretariat' });
  focalKz = await signIn(platform.app, { role: 'focal_point', countryCode: 'KZ' });
});
afterAll(async () => platform?.close());

describe('texts under review', () => {
  let draftId: string;

  it('refuses anyone but the Secretariat, and texts that are not SCO texts, writing nothing', async () => {
    expect((await inject({ method: 'POST', url: '/api/v1/drafts', payload: { text } })).statusCode).toBe(401);
    const focal = await inject({ method: 'POST', url: '/api/v1/drafts', as: focalKz, payload: { text } });
    expect(focal.statusCode).toBe(403);
    const prose = await inject({
      method: 'POST',
      url: '/api/v1/drafts',
      as: secretariat,
      payload: { text: '今天天气很好，我们去公园散步，然后在湖边喝茶，聊了很久关于旅行和读书的事情。' },
    });
    expect(prose.statusCode).toBe(422);
    expect(prose.headers['content-type']).toContain('application/problem+json');
    expect(prose.json().code).toBe('ingest_rejected');
    expect(await platform.connection.db.select().from(ingestDrafts)).toHaveLength(0);
  });

  it('keeps a new text as a draft that the public cannot see', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/drafts',
      as: secretariat,
      payload: { text, fileName: 'dushanbe.txt' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ outcome: 'created', meetingId, mode: 'new' });
    draftId = response.json().id;
    expect((await inject({ url: `/api/v1/meetings/${meetingId}` })).statusCode).toBe(404);
    const again = await inject({ method: 'POST', url: '/api/v1/drafts', as: secretariat, payload: { text } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: draftId, outcome: 'unchanged' });
  });

  it('shows every extracted fact and how its names resolve', async () => {
    const response = await inject({ url: `/api/v1/drafts/${draftId}`, as: secretariat });
    expect(response.statusCode).toBe(200);
    const draft = response.json();
    expect(draft.header).toMatchObject({ number: 90, place: '杜尚别', start: { date: '2090-11-10' } });
    expect(draft.statements).toHaveLength(4);
    const [start, end] = [draft.statements[0].documents[0].span.start, draft.statements[0].documents[0].span.end];
    expect(draft.text.slice(start, end)).toContain('上合组织宪章');
    const charter = draft.resolutions.find((entry: { name: string }) => entry.name === '上合组织宪章');
    expect(charter.via).toBe('dictionary');
    expect(charter.existingTitle.zh.text).toBe('上合组织宪章');
    const bank = draft.resolutions.find((entry: { name: string }) => entry.name === '成立上合组织开发银行');
    expect(bank).toMatchObject({ entityId: bankId });
    expect((await inject({ url: `/api/v1/drafts/${draftId}`, as: focalKz })).statusCode).toBe(403);
  });

  it('applies all corrections or none', async () => {
    const bad = await inject({
      method: 'POST',
      url: `/api/v1/drafts/${draftId}/corrections`,
      as: secretariat,
      payload: {
        corrections: [
          { type: 'set_stance', ordinal: 1, stance: 'reaffirmed' },
          { type: 'remove_fact', fact: 'initiative', ordinal: 1, index: 0 },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('index');
    expect((await inject({ url: `/api/v1/drafts/${draftId}`, as: secretariat })).json().statements[0].stance).toBe(
      'emphasized',
    );

    const unknownEntity = await inject({
      method: 'POST',
      url: `/api/v1/drafts/${draftId}/corrections`,
      as: secretariat,
      payload: { corrections: [{ type: 'resolve_entity', fact: 'initiative', name: 'x', entityId: 'ini-nope' }] },
    });
    expect(unknownEntity.statusCode).toBe(400);

    const good = await inject({
      method: 'POST',
      url: `/api/v1/drafts/${draftId}/corrections`,
      as: secretariat,
      payload: {
        corrections: [
          { type: 'set_stance', ordinal: 1, stance: 'reaffirmed' },
          { type: 'remove_fact', fact: 'event', ordinal: 4, index: 0 },
          {
            type: 'resolve_entity',
            fact: 'initiative',
            name: '建立上合组织绿色港口联盟',
            entityId: bankId,
          },
        ],
      },
    });
    expect(good.statusCode).toBe(200);
    const corrected = good.json();
    expect(corrected.statements[0].stance).toBe('reaffirmed');
    expect(corrected.statements[3].events).toHaveLength(0);
    expect(corrected.corrections).toHaveLength(3);
    expect(corrected.resolutions.find((entry: { name: string }) => entry.name.includes('绿色港口')).entityId).toBe(
      bankId,
    );
  });

  it('publishes the corrected text, teaches the dictionary and closes the draft', async () => {
    const published = await inject({
      method: 'POST',
      url: `/api/v1/drafts/${draftId}/publish`,
      as: secretariat,
      payload: { note: 'Checked against the official text.' },
    });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toEqual({ meetingId, outcome: 'created' });

    const meeting = (await inject({ url: `/api/v1/meetings/${meetingId}` })).json();
    expect(meeting.statements[0].stance).toBe('reaffirmed');
    expect(meeting.facts.filter((fact: { kind: string }) => fact.kind === 'event')).toHaveLength(0);

    const bank = (await inject({ url: `/api/v1/initiatives/${bankId}` })).json();
    const timeline = bank.mentions.map((mention: { meetingId: string }) => mention.meetingId);
    // Oldest first: the restated 2019 and 2023 texts and the 2025 declaration come before the seed and this text.
    expect(timeline.slice(-3)).toEqual(['heads-of-government-24', meetingId, meetingId]);
    expect(timeline).toContain('heads-of-government-18');

    const aliases = (
      await inject({ url: `/api/v1/entities/aliases?kind=initiative&entityId=${bankId}`, as: secretariat })
    ).json();
    expect(aliases.items.some((alias: { origin: string }) => alias.origin === 'review')).toBe(true);

    const twice = await inject({
      method: 'POST',
      url: `/api/v1/drafts/${draftId}/publish`,
      as: secretariat,
      payload: {},
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('invalid_transition');
    const list = (await inject({ url: '/api/v1/drafts?status=published', as: secretariat })).json();
    expect(list.items.map((item: { id: string }) => item.id)).toContain(draftId);
  });

  it('rejects a draft with a note', async () => {
    const altered = text.replace('杜尚别', '苦盏').replace('第九十次', '第九十一次').replaceAll('2090', '2092');
    const created = (
      await inject({ method: 'POST', url: '/api/v1/drafts', as: secretariat, payload: { text: altered } })
    ).json();
    const rejected = await inject({
      method: 'POST',
      url: `/api/v1/drafts/${created.id}/reject`,
      as: secretariat,
      payload: { note: 'Not an authentic text.' },
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', reviewNote: 'Not an authentic text.' });
    expect((await inject({ url: '/api/v1/meetings/heads-of-government-91' })).statusCode).toBe(404);
  });
});

describe('comparing texts', () => {
  it('shows what the later text adds, drops and upgrades, by topic', async () => {
    const response = await inject({ url: `/api/v1/compare?from=heads-of-government-24&to=${meetingId}` });
    expect(response.statusCode).toBe(200);
    const comparison = response.json();
    expect(comparison.from.id).toBe('heads-of-government-24');
    expect(comparison.totals.dropped).toBeGreaterThan(20);
    const finance = comparison.topics.find((entry: { topic: string }) => entry.topic === 'finance');
    const bank = finance.items.find((item: { id: string }) => item.id === bankId);
    expect(bank).toMatchObject({ change: 'downgraded', fromStage: 'approved', toStage: 'supported' });
  });

  it('names the unknown meeting', async () => {
    const response = await inject({ url: `/api/v1/compare?from=heads-of-government-24&to=nope` });
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toContain('to');
  });
});

describe('the entity dictionary', () => {
  it('adds and removes a name, for the Secretariat only', async () => {
    const payload = { kind: 'initiative', alias: 'Банк развития ШОС', language: 'ru', entityId: bankId };
    expect((await inject({ method: 'POST', url: '/api/v1/entities/aliases', as: focalKz, payload })).statusCode).toBe(
      403,
    );
    const added = await inject({ method: 'POST', url: '/api/v1/entities/aliases', as: secretariat, payload });
    expect(added.statusCode).toBe(201);
    const key = added.json().aliasKey;
    expect(key).toBe('банк развития шос');
    const url = `/api/v1/entities/aliases/initiative/${encodeURIComponent(key)}`;
    expect((await inject({ method: 'DELETE', url, as: secretariat })).statusCode).toBe(204);
    expect((await inject({ method: 'DELETE', url, as: secretariat })).statusCode).toBe(404);
    const unknown = await inject({
      method: 'POST',
      url: '/api/v1/entities/aliases',
      as: secretariat,
      payload: { ...payload, entityId: 'ini-none' },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('merges two records into one, moving every link', async () => {
    const documents = (await inject({ url: '/api/v1/documents?limit=100' })).json().items;
    const [from, into] = documents as { id: string; mentionCount: number }[];
    const merged = await inject({
      method: 'POST',
      url: '/api/v1/entities/merge',
      as: secretariat,
      payload: { kind: 'document', fromId: from!.id, intoId: into!.id },
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().movedLinks).toBe(from!.mentionCount);
    expect((await inject({ url: `/api/v1/documents/${from!.id}` })).statusCode).toBe(404);
    const after = (await inject({ url: `/api/v1/documents/${into!.id}` })).json();
    expect(after.mentionCount).toBeGreaterThanOrEqual(into!.mentionCount);
    const self = await inject({
      method: 'POST',
      url: '/api/v1/entities/merge',
      as: secretariat,
      payload: { kind: 'document', fromId: into!.id, intoId: into!.id },
    });
    expect(self.statusCode).toBe(400);
  });

  it('kept every change in an intact audit log', async () => {
    expect((await verifyAuditLog(platform.connection.db)).ok).toBe(true);
  });
});
