import { eq } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { notifyAgendaChange } from '../alerts/notify-agenda-change.ts';
import { assertManualTransition } from '../lifecycle/initiative-lifecycle.ts';
import { initiativeStageChanges, initiatives } from '../tables.ts';
import type { InitiativeStage } from '../vocabulary.ts';

/**
 * Records one stage change of an initiative, inside the caller's transaction, with its audit entry, and notifies
 * the initiative's followers. The cause is a report (`reportId`) or, for a change made by hand, the Secretariat's
 * `note`.
 */
export async function changeInitiativeStage(options: {
  tx: Db;
  actor: Actor;
  initiativeId: string;
  to: InitiativeStage;
  changedOn: string;
  reportId: string | null;
  note: string | null;
}): Promise<void> {
  const { tx, actor, initiativeId, to, changedOn, reportId, note } = options;
  const [current] = await tx
    .select({ stage: initiatives.stage })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId));
  if (!current) throw new DomainError('not_found', `No initiative with id "${initiativeId}".`);
  await tx.update(initiatives).set({ stage: to, stageChangedOn: changedOn }).where(eq(initiatives.id, initiativeId));
  await tx
    .insert(initiativeStageChanges)
    .values({ initiativeId, fromStage: current.stage, toStage: to, changedOn, reportId, note });
  await appendAuditEntry(tx, {
    actor,
    action: 'initiative.stage_change',
    entityType: 'initiative',
    entityId: initiativeId,
    before: { stage: current.stage },
    after: { stage: to, changedOn, reportId, note },
  });
  await notifyAgendaChange(tx, {
    kind: 'initiative_stage_changed',
    initiativeId,
    from: current.stage as InitiativeStage,
    to,
    actor,
  });
}

/** The Secretariat moves an initiative by hand (e.g. marks it stalled), saying why. */
export async function setInitiativeStage(options: {
  db: Db;
  actor: Actor;
  initiativeId: string;
  to: InitiativeStage;
  changedOn: string;
  note: string;
}): Promise<void> {
  const { db, actor, initiativeId, to, changedOn, note } = options;
  if (changedOn > new Date().toISOString().slice(0, 10)) {
    throw new DomainError('validation_failed', 'changedOn: a stage change cannot be dated in the future.', {
      field: 'changedOn',
    });
  }
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ stage: initiatives.stage })
      .from(initiatives)
      .where(eq(initiatives.id, initiativeId))
      .for('update');
    if (!current) throw new DomainError('not_found', `No initiative with id "${initiativeId}".`);
    assertManualTransition({ from: current.stage as InitiativeStage, to });
    await changeInitiativeStage({ tx, actor, initiativeId, to, changedOn, reportId: null, note });
  });
}
