import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { auditLog } from '../../../core/src/tables.ts';
import { scoInvestmentForumId, scoInvestmentForumInitiativeId } from '../seed/seed-forums.ts';
import { forums, interestEvents, profiles, projects } from '../tables.ts';

let platform: TestPlatform;
let sponsor: SignedIn;
let investor: SignedIn;
let third: SignedIn;
let fourth: SignedIn;
let interestId: string;

/** A forum of our own: two tables, a cap of two meetings, Almaty time (UTC+5): 09:00 local is 04:00 UTC. */
const forumId = 'test-forum-almaty';
const at = (time: string) => `2026-09-15T${time}:00.000Z`;

const api = async (as: SignedIn | null, method: 'GET' | 'POST', url: string, payload?: unknown) => {
  const response = await platform.app.inject({
    method,
    url: `/api/v1${url}`,
    ...(as ? { headers: as.headers } : {}),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  const isJson = (response.headers['content-type'] ?? '').toString().includes('json');
  return {
    status: response.statusCode,
    headers: response.headers,
    text: response.body,
    body: isJson ? response.json() : null,
  };
};

const book = (as: SignedIn, payload: Record<string, unknown>) =>
  api(as, 'POST', `/investment/forums/${forumId}/meetings`, payload);

const contact = { name: 'A', email: 'a@example.org', phone: null, organisation: null };

async function insertProject(owner: SignedIn): Promise<string> {
  const [project] = await platform.connection.db
    .insert(projects)
    .values({
      ownerUserId: owner.user.id,
      title: { en: 'Plant' },
      summary: { en: 'A plant.' },
      sponsorName: 'Plant LLP',
      countryCode: 'KZ',
      isicDivision: '35',
      isicSection: 'D',
      stage: 'idea',
      capitalCost: '10',
      currency: 'USD',
      financingInstruments: [],
      sdgs: [],
      contact,
      languages: [],
      keywords: [],
      keywordTokens: [],
      initiativeIds: [],
      documentIds: [],
      status: 'published',
    })
    .returning({ id: projects.id });
  return project!.id;
}

beforeAll(async () => {
  platform = await createTestPlatform();
  [sponsor, investor, third, fourth] = await Promise.all([
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'business' }),
  ]);
  const { db } = platform.connection;
  await db.insert(forums).values({
    id: forumId,
    name: { en: { text: 'Test forum; Almaty', provenance: 'official' } },
    place: { en: { text: 'Almaty, Hall B', provenance: 'official' } },
    startsOn: '2026-09-15',
    endsOn: '2026-09-16',
    timeZone: 'Asia/Almaty',
    dayStart: '09:00',
    dayEnd: '12:00',
    slotMinutes: 30,
    tableCount: 2,
    maxMeetingsPerParticipant: 2,
  });
  const projectId = await insertProject(sponsor);
  await db.insert(profiles).values({
    ownerUserId: investor.user.id,
    kind: 'investor',
    organisationName: 'Fund',
    title: { en: 'Fund' },
    description: { en: 'Fund' },
    countryCode: 'CN',
    sectors: [],
    targetCountries: [],
    targetRegions: [],
    stages: [],
    instruments: [],
    partnershipTypes: [],
    languages: [],
    keywords: [],
    keywordTokens: [],
    contact,
    initiativeIds: [],
    documentIds: [],
    status: 'published',
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  const interest = await api(investor, 'POST', '/investment/interests', {
    target: { kind: 'project', id: projectId },
    message: 'Let us meet at the forum.',
  });
  interestId = interest.body.id;
});
afterAll(() => platform?.close());

describe('the seeded "SCO Investment" forum', () => {
  it('is marked demo and carries out the communiqué’s initiative, as the agenda names it', async () => {
    const found = await api(null, 'GET', `/initiatives?q=${encodeURIComponent('上合组织投资')}&limit=50`);
    const ids = found.body.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(scoInvestmentForumInitiativeId);
    const forum = await api(null, 'GET', `/investment/forums/${scoInvestmentForumId}`);
    expect(forum.status).toBe(200);
    expect(forum.body).toMatchObject({ demo: true, initiativeId: scoInvestmentForumInitiativeId });
    expect(forum.body.name.zh).toEqual({ text: '“上合组织投资”论坛', provenance: 'official' });
    expect(forum.body.place.en.text).toContain('demo');
  });
});

describe('forum facts', () => {
  it('lists forums and gives one with its slot grid in local time', async () => {
    const list = await api(null, 'GET', '/investment/forums');
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(forumId);
    const forum = await api(null, 'GET', `/investment/forums/${forumId}`);
    expect(forum.body.days).toHaveLength(2);
    expect(forum.body.days[0].slots[0]).toEqual({ start: at('04:00'), end: at('04:30'), localTime: '09:00' });
    expect(forum.body.days[0].slots).toHaveLength(6);
    expect((await api(null, 'GET', '/investment/forums/no-such-forum')).status).toBe(404);
  });
});

describe('booking one-to-one meetings', () => {
  let meetingId: string;

  it('books a meeting from an agreed interest only', async () => {
    const early = await book(investor, { slotStart: at('04:00'), interestId });
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('both sides agreed');
    await api(sponsor, 'POST', `/investment/interests/${interestId}/accept`);
    expect((await book(third, { slotStart: at('04:00'), interestId })).status).toBe(404);
    const booked = await book(investor, { slotStart: at('04:00'), interestId, note: 'About financing' });
    expect(booked.status).toBe(201);
    meetingId = booked.body.id;
    expect(booked.body).toMatchObject({
      tableNumber: 1,
      status: 'requested',
      myRole: 'requester',
      localDate: '2026-09-15',
      localTime: '09:00',
      slotEnd: at('04:30'),
      counterpart: { userId: sponsor.user.id },
      interestId,
    });
  });

  it('refuses slots outside the forum or off the grid, with clear messages', async () => {
    const outside = await book(third, { slotStart: '2026-09-17T04:00:00Z', inviteeUserId: fourth.user.id });
    expect(outside.status).toBe(409);
    expect(outside.body.detail).toContain('outside the forum');
    const late = await book(third, { slotStart: at('07:00'), inviteeUserId: fourth.user.id });
    expect(late.status).toBe(409);
    expect(late.body.detail).toContain("outside the forum's hours");
    const misaligned = await book(third, { slotStart: at('04:10'), inviteeUserId: fourth.user.id });
    expect(misaligned.status).toBe(409);
    expect(misaligned.body.detail).toContain('not the start of a slot');
    const both = await book(third, { slotStart: at('04:00'), inviteeUserId: fourth.user.id, interestId });
    expect(both.status).toBe(400);
  });

  it('refuses meeting oneself and a busy participant', async () => {
    const self = await book(third, { slotStart: at('04:30'), inviteeUserId: third.user.id });
    expect(self.status).toBe(409);
    expect(self.body.detail).toBe('You cannot book a meeting with yourself.');
    const busy = await book(third, { slotStart: at('04:00'), inviteeUserId: sponsor.user.id });
    expect(busy.status).toBe(409);
    expect(busy.body.detail).toBe('The other participant already has a meeting at that slot.');
    const meBusy = await book(sponsor, { slotStart: at('04:00'), inviteeUserId: third.user.id });
    expect(meBusy.body.detail).toBe('You already have a meeting at that slot.');
  });

  it('gives two bookings at once different tables, and refuses the one beyond the tables', async () => {
    const [first, second] = await Promise.all([
      book(third, { slotStart: at('05:00'), inviteeUserId: fourth.user.id }),
      book(sponsor, { slotStart: at('05:00'), inviteeUserId: investor.user.id }),
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect([first.body.tableNumber, second.body.tableNumber].sort()).toEqual([1, 2]);
    const full = await book(third, { slotStart: at('05:00'), inviteeUserId: investor.user.id });
    expect(full.status).toBe(409);
  });

  it('lets only one of two simultaneous bookings take the last table', async () => {
    const [filler, fillerGuest, a, aGuest, b, bGuest] = await Promise.all(
      Array.from({ length: 6 }, () => signIn(platform.app, { role: 'business' })),
    );
    expect((await book(filler!, { slotStart: at('05:30'), inviteeUserId: fillerGuest!.user.id })).status).toBe(201);
    const results = await Promise.all([
      book(a!, { slotStart: at('05:30'), inviteeUserId: aGuest!.user.id }),
      book(b!, { slotStart: at('05:30'), inviteeUserId: bGuest!.user.id }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
    const refused = results.find((result) => result.status === 409)!;
    expect(refused.body.detail).toBe('All 2 tables are taken at that slot; choose another.');
    expect(results.find((result) => result.status === 201)!.body.tableNumber).toBe(2);
  });

  it('enforces the per-participant cap', async () => {
    expect((await book(third, { slotStart: at('06:00'), inviteeUserId: fourth.user.id })).status).toBe(201);
    // third now has two meetings (05:00 and 06:00): the forum's cap is two.
    const capped = await book(third, { slotStart: at('06:30'), inviteeUserId: sponsor.user.id });
    expect(capped.status).toBe(409);
    expect(capped.body.detail).toBe("You have reached this forum's limit of 2 meetings per participant.");
    const newcomer = await signIn(platform.app, { role: 'business' });
    const inviteeCapped = await book(newcomer, { slotStart: at('06:30'), inviteeUserId: fourth.user.id });
    expect(inviteeCapped.body.detail).toBe(
      "The other participant has reached this forum's limit of 2 meetings per participant.",
    );
  });

  it('lets the invitee confirm; refuses the requester confirming and a replay', async () => {
    const url = `/investment/forums/${forumId}/meetings/${meetingId}`;
    expect((await api(investor, 'POST', `${url}/confirm`)).status).toBe(403);
    expect((await api(third, 'POST', `${url}/confirm`)).status).toBe(404);
    const confirmed = await api(sponsor, 'POST', `${url}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      status: 'confirmed',
      myRole: 'invitee',
      counterpart: { userId: investor.user.id },
    });
    expect((await api(sponsor, 'POST', `${url}/confirm`)).status).toBe(409);
    expect((await api(sponsor, 'POST', `${url}/decline`)).status).toBe(409);
  });

  it('exports one meeting and my schedule as RFC 5545 calendars', async () => {
    const one = await api(investor, 'GET', `/investment/forums/${forumId}/meetings/${meetingId}.ics`);
    expect(one.status).toBe(200);
    expect(one.headers['content-type']).toContain('text/calendar');
    expect(one.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const lines = one.text.replaceAll('\r\n ', '').split('\r\n');
    expect(lines).toContain(`UID:${meetingId}@investment-forum-meetings`);
    expect(lines).toContain('DTSTART:20260915T040000Z');
    expect(lines).toContain('DTEND:20260915T043000Z');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines.find((line) => line.startsWith('LOCATION:'))).toBe('LOCATION:Almaty\\, Hall B\\, table 1');
    expect(lines.find((line) => line.startsWith('SUMMARY:'))).toContain('table 1');
    expect(lines.some((line) => line.startsWith('DTSTAMP:'))).toBe(true);
    for (const line of one.text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect((await api(third, 'GET', `/investment/forums/${forumId}/meetings/${meetingId}.ics`)).status).toBe(404);
    const schedule = await api(sponsor, 'GET', `/investment/forums/${forumId}/my-schedule.ics?lang=zh`);
    expect(schedule.status).toBe(200);
    expect(schedule.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(schedule.text.replaceAll('\r\n ', '')).toContain('桌号 1');
    expect((await api(null, 'GET', `/investment/forums/${forumId}/my-schedule.ics`)).status).toBe(401);
  });

  it('lets either side cancel, which frees the slot', async () => {
    const url = `/investment/forums/${forumId}/meetings/${meetingId}`;
    const cancelled = await api(investor, 'POST', `${url}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await api(sponsor, 'POST', `${url}/cancel`)).status).toBe(409);
    const mine = await api(investor, 'GET', `/investment/forums/${forumId}/meetings`);
    expect(mine.body.items.find((item: { id: string }) => item.id === meetingId).status).toBe('cancelled');
    const rebooked = await book(investor, { slotStart: at('04:00'), interestId });
    expect(rebooked.status).toBe(201);
    expect(rebooked.body.tableNumber).toBe(1);
  });
});

describe('a confirmed meeting moves the interest’s pipeline', () => {
  const pipelineForumId = 'test-forum-pipeline';
  let seller: SignedIn;
  let buyer: SignedIn;
  let lateBuyer: SignedIn;
  let projectId: string;

  const agreedInterest = async (as: SignedIn) => {
    const created = await api(as, 'POST', '/investment/interests', {
      target: { kind: 'project', id: projectId },
      message: 'Let us meet.',
    });
    await api(seller, 'POST', `/investment/interests/${created.body.id}/accept`);
    return created.body.id as string;
  };
  const bookAndConfirm = async (as: SignedIn, interest: string, slotStart: string) => {
    const booked = await api(as, 'POST', `/investment/forums/${pipelineForumId}/meetings`, {
      slotStart,
      interestId: interest,
    });
    expect(booked.status).toBe(201);
    const url = `/investment/forums/${pipelineForumId}/meetings/${booked.body.id}/confirm`;
    expect((await api(seller, 'POST', url)).status).toBe(200);
    return booked.body.id as string;
  };

  beforeAll(async () => {
    [seller, buyer, lateBuyer] = await Promise.all([
      signIn(platform.app, { role: 'business' }),
      signIn(platform.app, { role: 'business' }),
      signIn(platform.app, { role: 'business' }),
    ]);
    await platform.connection.db.insert(forums).values({
      id: pipelineForumId,
      name: { en: { text: 'Pipeline forum', provenance: 'official' } },
      place: { en: { text: 'Almaty', provenance: 'official' } },
      startsOn: '2026-09-15',
      endsOn: '2026-09-15',
      timeZone: 'Asia/Almaty',
      dayStart: '09:00',
      dayEnd: '12:00',
      slotMinutes: 30,
      tableCount: 2,
      maxMeetingsPerParticipant: 4,
    });
    projectId = await insertProject(seller);
  });

  it('moves an interest at `interest` to `meeting`, with its event and audit entry', async () => {
    const interest = await agreedInterest(buyer);
    const meetingId = await bookAndConfirm(buyer, interest, at('04:00'));
    const detail = await api(buyer, 'GET', `/investment/interests/${interest}`);
    expect(detail.body.pipelineStage).toBe('meeting');
    const moves = detail.body.events.filter((event: { kind: string }) => event.kind === 'stage_changed');
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ fromStage: 'interest', toStage: 'meeting' });
    expect(moves[0].note).toContain(`Forum meeting ${meetingId}`);
    expect(moves[0].note).toContain(pipelineForumId);
    const audits = await platform.connection.db
      .select({ actorId: auditLog.actorId, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'investment_interest'),
          eq(auditLog.entityId, interest),
          eq(auditLog.action, 'interest.move_stage'),
        ),
      );
    expect(audits).toEqual([
      {
        actorId: seller.user.id,
        before: { pipelineStage: 'interest' },
        after: { pipelineStage: 'meeting', forumMeetingId: meetingId },
      },
    ]);
  });

  it('leaves an interest already at `nda` where it is', async () => {
    const interest = await agreedInterest(lateBuyer);
    for (const to of ['meeting', 'nda']) {
      expect((await api(lateBuyer, 'POST', `/investment/interests/${interest}/stage`, { to })).status).toBe(200);
    }
    await bookAndConfirm(lateBuyer, interest, at('04:30'));
    const detail = await api(lateBuyer, 'GET', `/investment/interests/${interest}`);
    expect(detail.body.pipelineStage).toBe('nda');
    const moves = await platform.connection.db
      .select({ toStage: interestEvents.toStage })
      .from(interestEvents)
      .where(and(eq(interestEvents.interestId, interest), eq(interestEvents.kind, 'stage_changed')));
    expect(moves.map((move) => move.toStage).sort()).toEqual(['meeting', 'nda']);
  });
});

describe('the edge', () => {
  it('refuses every write without a session, with valid bodies', async () => {
    const someId = '00000000-0000-4000-8000-000000000000';
    const base = `/investment/forums/${forumId}/meetings`;
    expect((await api(null, 'POST', base, { slotStart: at('04:00'), inviteeUserId: someId })).status).toBe(401);
    for (const answer of ['confirm', 'decline', 'cancel']) {
      expect((await api(null, 'POST', `${base}/${someId}/${answer}`)).status, answer).toBe(401);
    }
    expect((await api(null, 'GET', base)).status).toBe(401);
  });
});
