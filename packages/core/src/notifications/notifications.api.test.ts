import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { auditLog, emailOutbox, users } from '../tables.ts';
import { notifyUsers } from './notify-users.ts';

/** A user's notifications, the e-mails queued with them, and the language those e-mails are written in. */
let platform: TestPlatform;
let ana: SignedIn;
let bek: SignedIn;
let admin: SignedIn;

const inject = (options: { method?: 'GET' | 'POST' | 'PATCH'; url: string; as?: SignedIn; payload?: unknown }) =>
  platform.app.inject({
    method: options.method ?? 'GET',
    url: options.url,
    headers: options.as?.headers,
    payload: options.payload as object,
  });

const title = (n: number) => ({ zh: `通知 ${n}`, ru: `Уведомление ${n}`, en: `Notice ${n}` });

const notify = (userIds: string[], n: number) =>
  platform.connection.db.transaction((tx) =>
    notifyUsers(tx, { userIds, kind: 'test.notice', title: title(n), link: `/initiatives/ini-${n}` }),
  );

beforeAll(async () => {
  platform = await createTestPlatform();
  [ana, bek, admin] = await Promise.all([
    signIn(platform.app, { role: 'focal_point', countryCode: 'KZ' }),
    signIn(platform.app, { role: 'secretariat' }),
    signIn(platform.app, { role: 'admin' }),
  ]);
});
afterAll(() => platform?.close());

describe('without a session', () => {
  it('answers 401 on every route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url, payload] of [
      ['GET', '/api/v1/notifications', undefined],
      ['POST', `/api/v1/notifications/${id}/read`, undefined],
      ['POST', '/api/v1/notifications/read-all', undefined],
      ['GET', '/api/v1/me/preferences', undefined],
      ['PATCH', '/api/v1/me/preferences', { preferredLanguage: 'ru' }],
      ['GET', '/api/v1/email-outbox', undefined],
    ] as const) {
      const response = await inject({ method, url, payload });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.json().code).toBe('unauthenticated');
    }
  });
});

describe('notifications', () => {
  it('lists only my own, newest first, with the number unread', async () => {
    await notify([ana.user.id, bek.user.id], 1);
    await notify([ana.user.id], 2);
    const mine = await inject({ url: '/api/v1/notifications', as: ana });
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['cache-control']).toBe('no-store');
    const body = mine.json();
    expect(body.unreadCount).toBe(2);
    expect(body.total).toBe(2);
    expect(body.items.map((n: { title: { en: string } }) => n.title.en)).toEqual(['Notice 2', 'Notice 1']);
    expect(body.items[0]).toMatchObject({ kind: 'test.notice', link: '/initiatives/ini-2', readAt: null });
    const theirs = (await inject({ url: '/api/v1/notifications', as: bek })).json();
    expect(theirs.items.map((n: { title: { en: string } }) => n.title.en)).toEqual(['Notice 1']);
  });

  it('lets nobody read or mark another user’s notification', async () => {
    const [anasNewest] = (await inject({ url: '/api/v1/notifications', as: ana })).json().items;
    const byBek = await inject({ method: 'POST', url: `/api/v1/notifications/${anasNewest.id}/read`, as: bek });
    expect(byBek.statusCode).toBe(404);
    expect(byBek.json().code).toBe('not_found');
    expect((await inject({ url: '/api/v1/notifications', as: ana })).json().unreadCount).toBe(2);
  });

  it('marks one read, keeping the first time it was read, then all', async () => {
    const [newest] = (await inject({ url: '/api/v1/notifications?unread=true', as: ana })).json().items;
    const marked = await inject({ method: 'POST', url: `/api/v1/notifications/${newest.id}/read`, as: ana });
    expect(marked.statusCode).toBe(200);
    expect(marked.json().readAt).not.toBeNull();
    const again = await inject({ method: 'POST', url: `/api/v1/notifications/${newest.id}/read`, as: ana });
    expect(again.json().readAt).toBe(marked.json().readAt);
    const unread = (await inject({ url: '/api/v1/notifications?unread=true', as: ana })).json();
    expect(unread).toMatchObject({ total: 1, unreadCount: 1 });

    const all = await inject({ method: 'POST', url: '/api/v1/notifications/read-all', as: ana });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toEqual({ marked: 1, unreadCount: 0 });
    // Bek's copy of the shared notice is still unread.
    expect((await inject({ url: '/api/v1/notifications', as: bek })).json().unreadCount).toBe(1);
  });

  it('answers a malformed id or query with 400 naming it', async () => {
    const badId = await inject({ method: 'POST', url: '/api/v1/notifications/not-a-uuid/read', as: ana });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().detail).toMatch(/id/);
    const badLimit = await inject({ url: '/api/v1/notifications?limit=5000', as: ana });
    expect(badLimit.statusCode).toBe(400);
    expect(badLimit.json().detail).toMatch(/limit/);
  });

  it('skips disabled accounts', async () => {
    const gone = await signIn(platform.app, { role: 'secretariat' });
    await platform.connection.db.update(users).set({ disabled: true }).where(eq(users.id, gone.user.id));
    expect(await notify([gone.user.id, ana.user.id, ana.user.id], 3)).toBe(1);
  });
});

describe('e-mail language', () => {
  it('starts in English and can be set by the user, with an audit entry', async () => {
    expect((await inject({ url: '/api/v1/me/preferences', as: ana })).json()).toEqual({
      email: ana.user.email,
      preferredLanguage: 'en',
    });
    const set = await inject({
      method: 'PATCH',
      url: '/api/v1/me/preferences',
      as: ana,
      payload: { preferredLanguage: 'ru' },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().preferredLanguage).toBe('ru');
    const [entry] = await platform.connection.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    expect(entry).toMatchObject({
      action: 'user.set_preferred_language',
      entityId: ana.user.id,
      after: { preferredLanguage: 'ru' },
    });
  });

  it('refuses a language that is not a working language, naming the field', async () => {
    const response = await inject({
      method: 'PATCH',
      url: '/api/v1/me/preferences',
      as: ana,
      payload: { preferredLanguage: 'fr' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(/preferredLanguage/);
  });

  it('writes each queued e-mail in its recipient’s language', async () => {
    await notify([ana.user.id, bek.user.id], 4);
    const rows = await platform.connection.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.subject, '[ШОС] Уведомление 4'));
    expect(rows.map((row) => row.toAddress)).toEqual([ana.user.email]);
    expect(rows[0]).toMatchObject({ status: 'pending', attempts: 0 });
    const english = await platform.connection.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, bek.user.email));
    expect(english.map((row) => row.subject)).toContain('[SCO] Notice 4');
  });
});

describe('the outbox counts', () => {
  it('are for administrators only', async () => {
    expect((await inject({ url: '/api/v1/email-outbox', as: bek })).statusCode).toBe(403);
    const counts = await inject({ url: '/api/v1/email-outbox', as: admin });
    expect(counts.statusCode).toBe(200);
    expect(counts.json().pending).toBeGreaterThanOrEqual(5);
    expect(counts.json()).toMatchObject({ sent: 0, failed: 0 });
  });
});
