import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { auditLog } from '../../../core/src/tables.ts';
import { scoInvestmentForumInitiativeId } from '../seed/seed-forums.ts';
import { forumMeetings, forums } from '../tables.ts';

let platform: TestPlatform;
let secretariat: SignedIn;
let business: SignedIn;
let other: SignedIn;
let focalPoint: SignedIn;

const api = async (as: SignedIn | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => {
  const response = await platform.app.inject({
    method,
    url: `/api/v1${url}`,
    ...(as ? { headers: as.headers } : {}),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: response.statusCode, body: response.json() };
};

/** A valid new forum: Tashkent time (UTC+5), two mornings of 20-minute slots. */
const validForum = () => ({
  name: { en: 'Tashkent partnering day', ru: 'День партнёрства в Ташкенте', official: 'ru' },
  place: { en: 'Tashkent, Congress Hall' },
  startsOn: '2027-04-20',
  endsOn: '2027-04-21',
  timeZone: 'Asia/Tashkent',
  dayStart: '10:00',
  dayEnd: '12:00',
  slotMinutes: 20,
  tableCount: 12,
  maxMeetingsPerParticipant: 8,
});

const forumCount = async () => (await platform.connection.db.select({ id: forums.id }).from(forums)).length;
const auditOf = (id: string) =>
  platform.connection.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'investment_forum'), eq(auditLog.entityId, id)));

beforeAll(async () => {
  platform = await createTestPlatform();
  [secretariat, business, other, focalPoint] = await Promise.all([
    signIn(platform.app, { role: 'secretariat' }),
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'focal_point', countryCode: 'UZ' }),
  ]);
});
afterAll(() => platform?.close());

describe('POST /investment/forums', () => {
  it('lets the Secretariat add a forum with its slot grid, audited', async () => {
    const created = await api(secretariat, 'POST', '/investment/forums', {
      ...validForum(),
      initiativeId: scoInvestmentForumInitiativeId,
      demo: true,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      startsOn: '2027-04-20',
      endsOn: '2027-04-21',
      timeZone: 'Asia/Tashkent',
      slotMinutes: 20,
      tableCount: 12,
      maxMeetingsPerParticipant: 8,
      initiativeId: scoInvestmentForumInitiativeId,
      demo: true,
    });
    expect(created.body.name.ru).toEqual({ text: 'День партнёрства в Ташкенте', provenance: 'official' });
    expect(created.body.name.en).toEqual({ text: 'Tashkent partnering day', provenance: 'unofficial_translation' });
    expect(created.body.name.zh).toEqual({ text: null, provenance: 'missing' });
    expect(created.body.days).toHaveLength(2);
    expect(created.body.days[0].slots).toHaveLength(6);
    expect(created.body.days[0].slots[0]).toEqual({
      start: '2027-04-20T05:00:00.000Z',
      end: '2027-04-20T05:20:00.000Z',
      localTime: '10:00',
    });
    const listed = await api(null, 'GET', '/investment/forums');
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(created.body.id);
    expect(await auditOf(created.body.id)).toEqual([{ action: 'forum.create' }]);
  });

  it('refuses businesses and focal points (403) and anonymous callers (401), writing nothing', async () => {
    const before = await forumCount();
    for (const caller of [business, focalPoint]) {
      const response = await api(caller, 'POST', '/investment/forums', validForum());
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('forbidden');
    }
    expect((await api(null, 'POST', '/investment/forums', validForum())).status).toBe(401);
    expect(await forumCount()).toBe(before);
  });

  const badInputs: [string, Record<string, unknown>, string][] = [
    ['a name in no language', { name: { en: '  ' } }, 'name needs a text in at least one of zh, ru, en'],
    ['no place', { place: undefined }, 'place'],
    ['a malformed date', { startsOn: '2027-02-30x' }, 'startsOn'],
    ['a last day before the first', { endsOn: '2027-04-19' }, 'endsOn (2027-04-19) is before startsOn (2027-04-20)'],
    ['an unknown time zone', { timeZone: 'Asia/Atlantis' }, 'must be an IANA time zone'],
    ['a malformed local time', { dayStart: '9:00' }, 'must be a local time HH:MM'],
    ['a day that ends before it starts', { dayEnd: '09:00' }, 'dayEnd (09:00) must be later than dayStart (10:00)'],
    ['slots shorter than 10 minutes', { slotMinutes: 5 }, 'slotMinutes'],
    ['slots longer than 120 minutes', { slotMinutes: 180 }, 'slotMinutes'],
    ['slots that do not divide the day', { slotMinutes: 25 }, '25-minute slots do not divide the day'],
    ['no tables', { tableCount: 0 }, 'tableCount'],
    ['more than 500 tables', { tableCount: 501 }, 'tableCount'],
    ['a cap above 50', { maxMeetingsPerParticipant: 51 }, 'maxMeetingsPerParticipant'],
    ['an unknown agenda initiative', { initiativeId: 'no-such-initiative' }, 'Unknown agenda initiative'],
  ];
  for (const [what, change, message] of badInputs) {
    it(`refuses ${what} with 400 naming the problem, writing nothing`, async () => {
      const before = await forumCount();
      const response = await api(secretariat, 'POST', '/investment/forums', { ...validForum(), ...change });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(JSON.stringify(response.body)).toContain(message);
      expect(await forumCount()).toBe(before);
    });
  }
});

describe('PATCH /investment/forums/:id', () => {
  let forumId: string;

  beforeAll(async () => {
    forumId = (await api(secretariat, 'POST', '/investment/forums', validForum())).body.id;
  });

  it('changes only the fields given, audited', async () => {
    const changed = await api(secretariat, 'PATCH', `/investment/forums/${forumId}`, {
      slotMinutes: 30,
      dayEnd: '13:00',
      place: { zh: '塔什干会议厅' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ slotMinutes: 30, dayStart: '10:00', dayEnd: '13:00', tableCount: 12 });
    expect(changed.body.place.zh.text).toBe('塔什干会议厅');
    expect(changed.body.place.en.provenance).toBe('missing');
    expect(changed.body.name.ru.text).toBe('День партнёрства в Ташкенте');
    expect(changed.body.days[0].slots).toHaveLength(6);
    expect(await auditOf(forumId)).toEqual([{ action: 'forum.create' }, { action: 'forum.update' }]);
  });

  it('checks the edited forum as a whole: 400 and nothing changed', async () => {
    for (const [change, message] of [
      [{ slotMinutes: 40 }, '40-minute slots do not divide the day from 10:00 to 13:00'],
      [{ endsOn: '2027-04-01' }, 'endsOn (2027-04-01) is before startsOn (2027-04-20)'],
      [{ timeZone: 'Mars/Olympus' }, 'must be an IANA time zone'],
      [{}, 'Give at least one field to change.'],
    ] as const) {
      const response = await api(secretariat, 'PATCH', `/investment/forums/${forumId}`, change);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain(message);
    }
    const forum = await api(null, 'GET', `/investment/forums/${forumId}`);
    expect(forum.body).toMatchObject({ slotMinutes: 30, endsOn: '2027-04-21', timeZone: 'Asia/Tashkent' });
  });

  it('refuses businesses and focal points (403); an unknown forum is 404', async () => {
    for (const caller of [business, focalPoint]) {
      expect((await api(caller, 'PATCH', `/investment/forums/${forumId}`, { tableCount: 3 })).status).toBe(403);
    }
    expect((await api(secretariat, 'PATCH', '/investment/forums/no-such-forum', { tableCount: 3 })).status).toBe(404);
    expect((await api(null, 'GET', `/investment/forums/${forumId}`)).body.tableCount).toBe(12);
  });

  it('keeps the schedule of a forum with booked meetings (409) but lets its name and cap change', async () => {
    await platform.connection.db.insert(forumMeetings).values({
      forumId,
      slotStart: new Date('2027-04-20T05:00:00.000Z'),
      slotEnd: new Date('2027-04-20T05:30:00.000Z'),
      tableNumber: 12,
      requesterUserId: business.user.id,
      inviteeUserId: other.user.id,
      status: 'requested',
    });
    for (const change of [{ tableCount: 6 }, { slotMinutes: 20 }, { dayStart: '09:00' }, { startsOn: '2027-04-19' }]) {
      const response = await api(secretariat, 'PATCH', `/investment/forums/${forumId}`, change);
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('conflict');
      expect(response.body.detail).toContain('1 requested or confirmed meeting(s)');
      expect(response.body.detail).toContain(Object.keys(change)[0]);
    }
    const allowed = await api(secretariat, 'PATCH', `/investment/forums/${forumId}`, {
      name: { zh: '塔什干对接日' },
      maxMeetingsPerParticipant: 4,
      tableCount: 12,
    });
    expect(allowed.status).toBe(200);
    expect(allowed.body).toMatchObject({ maxMeetingsPerParticipant: 4, tableCount: 12, slotMinutes: 30 });
    expect(allowed.body.name.zh.text).toBe('塔什干对接日');
  });
});
