import { and, eq, isNull, ne, or } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import { systemActor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { initiatives } from '../tables.ts';
import type { InitiativeStage } from '../vocabulary.ts';
import { notifyAgendaChange } from './notify-agenda-change.ts';
import { initiativeOverdueCondition, isInitiativeOverdue } from './overdue.ts';

const actor = systemActor('overdue-sweep');

/**
 * Tells the followers of every initiative that became overdue, once per due date: `overdueNotifiedFor` remembers
 * the date they were told about, so a new due date that passes is told again. Each initiative is handled in its
 * own transaction with its row locked, so servers sweeping at the same time never tell twice. Returns the ids of
 * the initiatives announced.
 */
export async function sweepOverdueInitiatives(options: { db: Db; today: string }): Promise<string[]> {
  const { db, today } = options;
  const candidates = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(
      and(
        initiativeOverdueCondition(today),
        or(isNull(initiatives.overdueNotifiedFor), ne(initiatives.overdueNotifiedFor, initiatives.dueOn)),
      ),
    )
    .orderBy(initiatives.id);
  const announced: string[] = [];
  for (const { id } of candidates) {
    const told = await db.transaction(async (tx) => {
      const [row] = await tx
        .select({ stage: initiatives.stage, dueOn: initiatives.dueOn, notifiedFor: initiatives.overdueNotifiedFor })
        .from(initiatives)
        .where(eq(initiatives.id, id))
        .for('update');
      if (!row?.dueOn || row.notifiedFor === row.dueOn) return false;
      if (!isInitiativeOverdue({ dueOn: row.dueOn, stage: row.stage as InitiativeStage, today })) return false;
      const notified = await notifyAgendaChange(tx, { kind: 'initiative_overdue', initiativeId: id, dueOn: row.dueOn });
      await tx.update(initiatives).set({ overdueNotifiedFor: row.dueOn }).where(eq(initiatives.id, id));
      await appendAuditEntry(tx, {
        actor,
        action: 'initiative.overdue_notice',
        entityType: 'initiative',
        entityId: id,
        before: { overdueNotifiedFor: row.notifiedFor },
        after: { overdueNotifiedFor: row.dueOn, notified },
      });
      return true;
    });
    if (told) announced.push(id);
  }
  return announced;
}
