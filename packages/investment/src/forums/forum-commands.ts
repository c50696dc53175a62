import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { validateAgendaLinks } from '../agenda-links.ts';
import { forumMeetings, forums } from '../tables.ts';
import type { ForumInput, ForumUpdate, PresentedForum } from './contracts.ts';
import { getForum, loadForum } from './forum-reads.ts';
import { changedScheduleFields, forumSettingsProblems } from './forum-settings-rules.ts';

const auditEntity = 'investment_forum';

/** The forum's columns from a complete, checked input. */
const rowValues = (input: ForumInput) => ({
  name: input.name,
  place: input.place,
  startsOn: input.startsOn,
  endsOn: input.endsOn,
  timeZone: input.timeZone,
  dayStart: input.dayStart,
  dayEnd: input.dayEnd,
  slotMinutes: input.slotMinutes,
  tableCount: input.tableCount,
  maxMeetingsPerParticipant: input.maxMeetingsPerParticipant,
  initiativeId: input.initiativeId,
  isDemo: input.demo,
});

/** Adds a forum with one-to-one meetings (Secretariat, admin). */
export async function createForum(options: { db: Db; actor: Actor; input: ForumInput }): Promise<PresentedForum> {
  const { db, actor, input } = options;
  await validateAgendaLinks({ db, initiativeIds: input.initiativeId ? [input.initiativeId] : [], documentIds: [] });
  const id = randomUUID();
  return db.transaction(async (tx) => {
    await tx.insert(forums).values({ id, ...rowValues(input) });
    const presented = await getForum({ db: tx, id });
    const { days: _days, ...after } = presented;
    await appendAuditEntry(tx, { actor, action: 'forum.create', entityType: auditEntity, entityId: id, after });
    return presented;
  });
}

/**
 * Changes a forum (Secretariat, admin). The dates, hours, time zone, slot length and tables of a forum that has
 * requested or confirmed meetings are refused with `conflict`: moving them would put booked meetings off the grid
 * or at tables that no longer exist. Its name, venue, cap, initiative and demo flag can always change; a lower
 * cap applies to new requests only.
 */
export async function updateForum(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: ForumUpdate;
}): Promise<PresentedForum> {
  const { db, actor, id, input } = options;
  if (input.initiativeId) await validateAgendaLinks({ db, initiativeIds: [input.initiativeId], documentIds: [] });
  return db.transaction(async (tx) => {
    // Locked like meeting requests lock it, so no meeting is booked against the settings being replaced.
    const row = await loadForum({ db: tx, id, forUpdate: true });
    const before: ForumInput = {
      name: row.name,
      place: row.place,
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
    };
    const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    const after: ForumInput = { ...before, ...given };
    const [problem, ...more] = forumSettingsProblems(after);
    if (problem) {
      throw new DomainError('validation_failed', [problem, ...more].map((found) => found.message).join(' '), {
        fields: [problem, ...more].map((found) => found.field),
      });
    }
    const changed = changedScheduleFields({ before, after });
    if (changed.length > 0) {
      const [active] = await tx
        .select({ value: count() })
        .from(forumMeetings)
        .where(and(eq(forumMeetings.forumId, id), inArray(forumMeetings.status, ['requested', 'confirmed'])));
      const meetings = active?.value ?? 0;
      if (meetings > 0) {
        throw new DomainError(
          'conflict',
          `This forum has ${meetings} requested or confirmed meeting(s), so its ${changed.join(', ')} cannot change: ` +
            'the meetings would fall off the slot grid or lose their tables. Change only the name, venue, cap, ' +
            'initiative or demo flag, or have the meetings cancelled first.',
          { reason: 'forum_has_meetings', fields: changed, meetings },
        );
      }
    }
    await tx.update(forums).set(rowValues(after)).where(eq(forums.id, id));
    const presented = await getForum({ db: tx, id });
    const { days: _days, ...presentedAfter } = presented;
    await appendAuditEntry(tx, {
      actor,
      action: 'forum.update',
      entityType: auditEntity,
      entityId: id,
      before,
      after: presentedAfter,
    });
    return presented;
  });
}
