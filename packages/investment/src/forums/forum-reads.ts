import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { type Language, presentLocalizedText, textIn } from '../../../core/src/localized-text.ts';
import { users } from '../../../core/src/tables.ts';
import { forumMeetings, forums } from '../tables.ts';
import type { ForumMeetingStatus } from '../vocabulary.ts';
import type { PresentedForum, PresentedForumMeeting, PresentedForumSummary } from './contracts.ts';
import { forumSlots, localPartsOf } from './forum-slots.ts';
import { type CalendarEvent, writeIcs } from './ics-writer.ts';

export type ForumRow = typeof forums.$inferSelect;
type MeetingRow = typeof forumMeetings.$inferSelect;

const presentForumSummary = (row: ForumRow): PresentedForumSummary => ({
  id: row.id,
  name: presentLocalizedText(row.name),
  place: presentLocalizedText(row.place),
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  timeZone: row.timeZone,
  dayStart: row.dayStart,
  dayEnd: row.dayEnd,
  slotMinutes: row.slotMinutes,
  tableCount: row.tableCount,
  maxMeetingsPerParticipant: row.maxMeetingsPerParticipant,
  initiativeId: row.initiativeId,
  demo: row.isDemo,
});

/** Forums with one-to-one meetings, soonest first (public). */
export async function listForums(options: { db: Db }): Promise<PresentedForumSummary[]> {
  const rows = await options.db.select().from(forums).orderBy(asc(forums.startsOn), asc(forums.id));
  return rows.map(presentForumSummary);
}

export async function loadForum(options: { db: Db; id: string; forUpdate?: boolean }): Promise<ForumRow> {
  const { db, id, forUpdate } = options;
  const query = db.select().from(forums).where(eq(forums.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw new DomainError('not_found', `No forum with id "${id}".`);
  return row;
}

/** One forum with its slot grid, day by day (public). */
export async function getForum(options: { db: Db; id: string }): Promise<PresentedForum> {
  const row = await loadForum(options);
  const days = new Map<string, PresentedForum['days'][number]>();
  for (const slot of forumSlots(row)) {
    const day = days.get(slot.localDate) ?? { date: slot.localDate, slots: [] };
    day.slots.push({ start: slot.start.toISOString(), end: slot.end.toISOString(), localTime: slot.localTime });
    days.set(slot.localDate, day);
  }
  return { ...presentForumSummary(row), days: [...days.values()] };
}

const holdsTable: ForumMeetingStatus[] = ['requested', 'confirmed'];

async function presentMeetings(options: {
  db: Db;
  actor: Actor;
  forum: ForumRow;
  rows: MeetingRow[];
}): Promise<PresentedForumMeeting[]> {
  const { db, actor, forum, rows } = options;
  const counterpartIds = [
    ...new Set(rows.map((row) => (row.requesterUserId === actor.userId ? row.inviteeUserId : row.requesterUserId))),
  ];
  // An empty id list would produce invalid SQL.
  const names =
    counterpartIds.length === 0
      ? []
      : await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, counterpartIds));
  const nameOf = new Map(names.map((user) => [user.id, user.name]));
  return rows.map((row) => {
    const mine = row.requesterUserId === actor.userId ? 'requester' : 'invitee';
    const counterpartId = mine === 'requester' ? row.inviteeUserId : row.requesterUserId;
    const local = localPartsOf(row.slotStart, forum.timeZone);
    return {
      id: row.id,
      forumId: row.forumId,
      slotStart: row.slotStart.toISOString(),
      slotEnd: row.slotEnd.toISOString(),
      localDate: local.date,
      localTime: `${String(Math.floor(local.minutes / 60)).padStart(2, '0')}:${String(local.minutes % 60).padStart(2, '0')}`,
      tableNumber: row.tableNumber,
      status: row.status as ForumMeetingStatus,
      myRole: mine,
      counterpart: { userId: counterpartId, name: nameOf.get(counterpartId) ?? '' },
      interestId: row.interestId,
      note: row.note,
      createdAt: row.createdAt.toISOString(),
      respondedAt: row.respondedAt?.toISOString() ?? null,
    };
  });
}

const mineCondition = (actor: Actor) =>
  or(eq(forumMeetings.requesterUserId, actor.userId ?? ''), eq(forumMeetings.inviteeUserId, actor.userId ?? ''));

/** The caller's meetings at a forum, in slot order; declined and cancelled ones included, for the record. */
export async function listMyMeetings(options: {
  db: Db;
  actor: Actor;
  forumId: string;
}): Promise<PresentedForumMeeting[]> {
  const { db, actor, forumId } = options;
  const forum = await loadForum({ db, id: forumId });
  const rows = await db
    .select()
    .from(forumMeetings)
    .where(and(eq(forumMeetings.forumId, forumId), mineCondition(actor)))
    .orderBy(asc(forumMeetings.slotStart), asc(forumMeetings.createdAt));
  return presentMeetings({ db, actor, forum, rows });
}

/** One meeting for one of its two participants; anyone else is told it does not exist. */
export async function getMyMeeting(options: {
  db: Db;
  actor: Actor;
  forumId: string;
  meetingId: string;
}): Promise<PresentedForumMeeting> {
  const { db, actor, forumId, meetingId } = options;
  const forum = await loadForum({ db, id: forumId });
  const rows = await db
    .select()
    .from(forumMeetings)
    .where(and(eq(forumMeetings.forumId, forumId), eq(forumMeetings.id, meetingId), mineCondition(actor)));
  if (rows.length === 0) throw new DomainError('not_found', `No meeting with id "${meetingId}" at this forum.`);
  const [presented] = await presentMeetings({ db, actor, forum, rows });
  return presented!;
}

const calendarWords: Record<Language, { meetingWith: string; table: string; schedule: string }> = {
  zh: { meetingWith: '会谈：', table: '桌号', schedule: '我的会谈日程' },
  ru: { meetingWith: 'Встреча: ', table: 'стол', schedule: 'Мои встречи' },
  en: { meetingWith: 'Meeting with ', table: 'table', schedule: 'My meetings' },
};

/** The forum's name or place in the wanted language, else in any language it has. */
const anyText = (value: ForumRow['name'], language: Language) =>
  textIn(value, language) ?? textIn(value, 'en') ?? textIn(value, 'zh') ?? textIn(value, 'ru') ?? '';

/** An iCalendar file of meetings: the table is named in SUMMARY and LOCATION. */
export function meetingsCalendar(options: {
  forum: ForumRow;
  meetings: readonly PresentedForumMeeting[];
  language: Language;
  now: Date;
}): string {
  const { forum, meetings, language, now } = options;
  const words = calendarWords[language];
  const forumName = anyText(forum.name, language);
  const place = anyText(forum.place, language);
  const events: CalendarEvent[] = meetings.map((meeting) => ({
    uid: `${meeting.id}@investment-forum-meetings`,
    start: new Date(meeting.slotStart),
    end: new Date(meeting.slotEnd),
    summary: `${words.meetingWith}${meeting.counterpart.name} (${words.table} ${meeting.tableNumber})`,
    location: `${place}, ${words.table} ${meeting.tableNumber}`,
    description: forumName,
    status: meeting.status === 'confirmed' ? 'CONFIRMED' : meeting.status === 'requested' ? 'TENTATIVE' : 'CANCELLED',
  }));
  return writeIcs({
    productId: '-//SCO Cooperation Platform//Investment forum meetings//EN',
    calendarName: `${forumName}: ${words.schedule}`,
    events,
    now,
  });
}

/** The caller's schedule at a forum: the meetings that hold a table. */
export async function myScheduleCalendar(options: {
  db: Db;
  actor: Actor;
  forumId: string;
  language: Language;
}): Promise<string> {
  const forum = await loadForum({ db: options.db, id: options.forumId });
  const meetings = (await listMyMeetings(options)).filter((meeting) => holdsTable.includes(meeting.status));
  return meetingsCalendar({ forum, meetings, language: options.language, now: new Date() });
}

/** One meeting as an iCalendar file, for one of its participants. */
export async function meetingCalendar(options: {
  db: Db;
  actor: Actor;
  forumId: string;
  meetingId: string;
  language: Language;
}): Promise<string> {
  const forum = await loadForum({ db: options.db, id: options.forumId });
  const meeting = await getMyMeeting(options);
  return meetingsCalendar({ forum, meetings: [meeting], language: options.language, now: new Date() });
}
