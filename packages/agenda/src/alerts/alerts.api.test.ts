import { and, asc, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { systemActor } from '../../../core/src/auth/actor.ts';
import { auditLog, emailOutbox, notifications } from '../../../core/src/tables.ts';
import { initiatives, meetings } from '../tables.ts';
import { notifyAgendaChange } from './notify-agenda-change.ts';
import { sweepOverdueInitiatives } from './sweep-overdue-initiatives.ts';

/** Owners and deadlines of initiatives, subscriptions, and the notices the followers of a change receive. */
let platform: TestPlatform;
let focalKz: SignedIn;
let focalUz: SignedIn;
let secretariat: SignedIn;
let portalId: string;
let otherId: string;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const inject = (options: { method?: Method; url: string; as?: SignedIn; payload?: unknown }) =>
  platform.app.inject({
    method: options.method ?? 'GET',
    url: options.url,
    headers: options.as?.headers,
    payload: options.payload as object,
  });

const noticesOf = async (who: SignedIn) =>
  (await inject({ url: '/api/v1/notifications?limit=100', as: who })).json().items as {
    kind: string;
    link: string;
    title: { zh: string; ru: string; en: string };
  }[];

const follow = (who: SignedIn, targetKind: string, target: string) =>
  inject({ method: 'PUT', url: '/api/v1/subscriptions', as: who, payload: { targetKind, target } });

const setOwnership = (id: string, payload: unknown, as: SignedIn = secretariat) =>
  inject({ method: 'PATCH', url: `/api/v1/initiatives/${id}/ownership`, as, payload });

beforeAll(async () => {
  platform = await createTestPlatform();
  [focalKz, focalUz, secretariat] = await Promise.all([
    signIn(platform.app, { role: 'focal_point', countryCode: 'KZ' }),
    signIn(platform.app, { role: 'focal_point', countryCode: 'UZ' }),
    signIn(platform.app, { role: 'secretariat' }),
  ]);
  portalId = (await inject({ url: '/api/v1/initiatives?q=电子门户网站' })).json().items[0].id;
  const all = (await inject({ url: '/api/v1/initiatives?limit=200' })).json().items as { id: string; stage: string }[];
  otherId = all.find((i) => i.id !== portalId && i.stage !== 'implemented' && i.stage !== 'withdrawn')!.id;
});
afterAll(() => platform?.close());

describe('owners and deadlines', () => {
  it('refuses the public and focal points', async () => {
    const payload = { dueOn: '2026-12-31' };
    expect(
      (await inject({ method: 'PATCH', url: `/api/v1/initiatives/${portalId}/ownership`, payload })).statusCode,
    ).toBe(401);
    const byFocal = await setOwnership(portalId, payload, focalKz);
    expect(byFocal.statusCode).toBe(403);
    expect(byFocal.json().code).toBe('forbidden');
  });

  it('answers bad input with 400 naming the field, and an unknown initiative with 404', async () => {
    const cases: [unknown, RegExp][] = [
      [{ leadCountryCode: 'XX' }, /leadCountryCode/],
      [{ leadCountryCode: 'Kazakhstan' }, /leadCountryCode/],
      [{ dueOn: '2026-13-45' }, /dueOn/],
      [{ dueOn: '31.12.2026' }, /dueOn/],
      [{ leadBody: { language: 'fr', text: 'Conseil' } }, /leadBody/],
      [{ leadBody: { language: 'ru', text: '   ' } }, /leadBody/],
      [{}, /at least one/],
    ];
    for (const [payload, field] of cases) {
      const response = await setOwnership(portalId, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().detail, JSON.stringify(payload)).toMatch(field);
    }
    expect((await setOwnership('ini-does-not-exist', { dueOn: '2026-12-31' })).statusCode).toBe(404);
  });

  it('records the lead state, lead body and due date, with an audit entry', async () => {
    const response = await setOwnership(portalId, {
      leadCountryCode: 'kz',
      leadBody: { language: 'ru', text: 'Деловой совет ШОС' },
      dueOn: '2027-06-30',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      leadCountryCode: 'KZ',
      leadBody: {
        ru: { text: 'Деловой совет ШОС', provenance: 'official' },
        zh: { text: null, provenance: 'missing' },
      },
      dueOn: '2027-06-30',
      overdue: false,
    });
    const [entry] = await platform.connection.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    expect(entry).toMatchObject({
      action: 'initiative.set_ownership',
      entityId: portalId,
      actorLabel: secretariat.user.email,
      before: { dueOn: null, leadCountryCode: null },
      after: { dueOn: '2027-06-30', leadCountryCode: 'KZ' },
    });
    // Fields left out stay; null clears one.
    const cleared = (await setOwnership(portalId, { leadBody: null })).json();
    expect(cleared).toMatchObject({ leadCountryCode: 'KZ', leadBody: null, dueOn: '2027-06-30' });
  });

  it('shows an initiative past its due date as overdue, and filters by it', async () => {
    await setOwnership(otherId, { dueOn: '2020-01-31' });
    const detail = (await inject({ url: `/api/v1/initiatives/${otherId}` })).json();
    expect(detail).toMatchObject({ dueOn: '2020-01-31', overdue: true });
    const overdue = (await inject({ url: '/api/v1/initiatives?overdue=true&limit=200' })).json();
    expect(overdue.items.map((i: { id: string }) => i.id)).toEqual([otherId]);
    expect(overdue.total).toBe(1);
    const notOverdue = (await inject({ url: '/api/v1/initiatives?overdue=false&limit=200' })).json();
    expect(notOverdue.items.some((i: { id: string }) => i.id === otherId)).toBe(false);
    expect(notOverdue.items.some((i: { id: string }) => i.id === portalId)).toBe(true);
    expect((await inject({ url: '/api/v1/initiatives?overdue=maybe' })).statusCode).toBe(400);
  });
});

describe('subscriptions', () => {
  it('need a session', async () => {
    expect((await inject({ url: '/api/v1/subscriptions' })).statusCode).toBe(401);
    for (const method of ['PUT', 'DELETE'] as const) {
      const response = await inject({
        method,
        url: '/api/v1/subscriptions',
        payload: { targetKind: 'topic', target: 'trade' },
      });
      expect(response.statusCode, method).toBe(401);
    }
  });

  it('refuses targets that do not exist, naming the field', async () => {
    const cases: [string, string, RegExp][] = [
      ['initiative', 'ini-does-not-exist', /target/],
      ['topic', 'astrology', /target/],
      ['country', 'XX', /target/],
      ['meeting', 'heads-of-government-24', /targetKind/],
      ['topic', '', /target/],
    ];
    for (const [targetKind, target, field] of cases) {
      const response = await follow(focalKz, targetKind, target);
      expect(response.statusCode, `${targetKind} ${target}`).toBe(400);
      expect(response.json().detail, `${targetKind} ${target}`).toMatch(field);
    }
  });

  it('follows an initiative, a topic and a country once each, lists and stops them', async () => {
    expect((await follow(focalUz, 'initiative', portalId)).statusCode).toBe(200);
    expect((await follow(focalUz, 'topic', 'trade')).statusCode).toBe(200);
    expect((await follow(focalUz, 'country', 'kz')).statusCode).toBe(200);
    const again = await follow(focalUz, 'topic', 'trade');
    expect(again.json().items).toHaveLength(3);
    const listed = (await inject({ url: '/api/v1/subscriptions', as: focalUz })).json().items;
    expect(listed.map((s: { targetKind: string; target: string }) => `${s.targetKind}:${s.target}`)).toEqual([
      'country:KZ',
      `initiative:${portalId}`,
      'topic:trade',
    ]);
    expect(listed.find((s: { targetKind: string }) => s.targetKind === 'initiative').title.zh.text).toContain(
      '电子门户网站',
    );
    const stopped = await inject({
      method: 'DELETE',
      url: '/api/v1/subscriptions',
      as: focalUz,
      payload: { targetKind: 'topic', target: 'trade' },
    });
    expect(stopped.statusCode).toBe(200);
    expect(stopped.json().items).toHaveLength(2);
    // Others see nothing of it.
    expect((await inject({ url: '/api/v1/subscriptions', as: focalKz })).json().items).toEqual([]);
    const actions = (
      await platform.connection.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, focalUz.user.id))
        .orderBy(asc(auditLog.seq))
    )
      .map((entry) => entry.action)
      .filter((action) => action.startsWith('subscription.'));
    expect(actions).toEqual([
      'subscription.follow',
      'subscription.follow',
      'subscription.follow',
      'subscription.unfollow',
    ]);
  });
});

describe('who hears of a change', () => {
  it('tells the followers of an initiative that its stage changed, but not the one who changed it', async () => {
    await follow(secretariat, 'initiative', portalId);
    const changed = await inject({
      method: 'POST',
      url: `/api/v1/initiatives/${portalId}/stage`,
      as: secretariat,
      payload: { stage: 'supported', changedOn: '2026-01-15', note: 'Supported at the ministers meeting.' },
    });
    expect(changed.statusCode).toBe(200);
    const [notice] = await noticesOf(focalUz);
    expect(notice).toMatchObject({ kind: 'initiative.stage_changed', link: `/initiatives/${portalId}` });
    expect(notice!.title.zh).toContain('已获支持');
    expect(notice!.title.ru).toContain('Поддержана');
    expect(notice!.title.en).toContain('Supported');
    expect(await noticesOf(secretariat)).toEqual([]);
    expect(await noticesOf(focalKz)).toEqual([]);
    const mail = await platform.connection.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, focalUz.user.email));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe(`[SCO] ${notice!.title.en}`);
  });

  it('tells the followers of a country that its report was accepted', async () => {
    const filed = await inject({
      method: 'POST',
      url: '/api/v1/reports',
      as: focalKz,
      payload: {
        initiativeId: portalId,
        countryCode: 'KZ',
        periodStart: '2025-11-18',
        periodEnd: '2026-01-31',
        status: 'in_progress',
        progressPercent: 30,
        narrative: { language: 'en', text: 'The portal concept was drafted with the SCO Business Council.' },
      },
    });
    expect(filed.statusCode).toBe(201);
    const before = (await noticesOf(focalUz)).length;
    const reportId = filed.json().id;
    const accepted = await inject({
      method: 'POST',
      url: `/api/v1/reports/${reportId}/accept`,
      as: secretariat,
      payload: {},
    });
    expect(accepted.statusCode).toBe(200);
    const notices = await noticesOf(focalUz);
    // The accepted report moved the initiative to in_progress, too: one notice for each.
    expect(notices.length - before).toBe(2);
    expect(notices.map((n) => n.kind).sort()).toContain('report.accepted');
    const report = notices.find((n) => n.kind === 'report.accepted')!;
    expect(report.link).toBe(`/initiatives/${portalId}#report-${reportId}`);
    expect(report.title.en).toContain('Kazakhstan');
  });

  it('tells the followers of any topic, country or initiative of a published meeting', async () => {
    const reader = await signIn(platform.app, { role: 'secretariat' });
    await follow(reader, 'topic', 'energy');
    const stranger = await signIn(platform.app, { role: 'secretariat' });
    await follow(stranger, 'topic', 'sport');
    const [meeting] = await platform.connection.db.select({ id: meetings.id }).from(meetings).limit(1);
    const notified = await platform.connection.db.transaction((tx) =>
      notifyAgendaChange(tx, {
        kind: 'meeting_published',
        meetingId: meeting!.id,
        initiativeIds: [],
        topics: ['energy', 'trade'],
        countryCodes: ['CN'],
        actor: systemActor('test'),
      }),
    );
    expect(notified).toBe(1);
    const [notice] = await noticesOf(reader);
    expect(notice).toMatchObject({ kind: 'meeting.published', link: `/meetings/${meeting!.id}` });
    expect(await noticesOf(stranger)).toEqual([]);
  });

  it('tells the followers of an overdue initiative once per due date', async () => {
    await follow(focalKz, 'initiative', otherId);
    const sweep = () => sweepOverdueInitiatives({ db: platform.connection.db, today: '2026-03-01' });
    expect(await sweep()).toEqual([otherId]);
    const overdueNotices = async () => (await noticesOf(focalKz)).filter((n) => n.kind === 'initiative.overdue');
    expect(await overdueNotices()).toHaveLength(1);
    expect((await overdueNotices())[0]!.title.en).toContain('2020-01-31');
    expect(await sweep()).toEqual([]);
    expect(await overdueNotices()).toHaveLength(1);

    await setOwnership(otherId, { dueOn: '2025-12-31' });
    expect(await sweep()).toEqual([otherId]);
    expect(await overdueNotices()).toHaveLength(2);
    const [row] = await platform.connection.db
      .select({ notifiedFor: initiatives.overdueNotifiedFor })
      .from(initiatives)
      .where(eq(initiatives.id, otherId));
    expect(row!.notifiedFor).toBe('2025-12-31');
    const entries = await platform.connection.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'initiative.overdue_notice'), eq(auditLog.entityId, otherId)));
    expect(entries).toHaveLength(2);
  });

  it('does not tell anyone that a withdrawn initiative is overdue', async () => {
    const withdrawn = await inject({
      method: 'POST',
      url: `/api/v1/initiatives/${otherId}/stage`,
      as: secretariat,
      payload: { stage: 'withdrawn', changedOn: '2026-01-20', note: 'Merged into another initiative.' },
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().overdue).toBe(false);
    await setOwnership(otherId, { dueOn: '2025-06-30' });
    expect(await sweepOverdueInitiatives({ db: platform.connection.db, today: '2026-03-01' })).toEqual([]);
    const count = await platform.connection.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'initiative.overdue'));
    expect(count).toHaveLength(2);
  });
});
