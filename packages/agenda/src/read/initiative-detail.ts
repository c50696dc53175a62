import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import { listReports } from '../reports/report-reads.ts';
import { initiativeStageChanges, initiatives, meetings, statementInitiatives, statements } from '../tables.ts';
import type { InitiativeStage } from '../vocabulary.ts';
import { initiativeColumns, presentInitiative, statementsNamingInitiative } from './entity-reads.ts';

/** A recorded stage change as the contract shows it (its row id and recording time stay internal). */
export const presentStageChange = (change: typeof initiativeStageChanges.$inferSelect) => ({
  fromStage: change.fromStage as InitiativeStage | null,
  toStage: change.toStage as InitiativeStage,
  changedOn: change.changedOn,
  statementId: change.statementId,
  reportId: change.reportId,
  note: change.note,
});

/** An initiative with its dated lifecycle, the statements that name it and the reports the actor may read. */
export async function getInitiative(options: { db: Db; actor: Actor | null; id: string }) {
  const { db, actor, id } = options;
  const [row] = await db.select(initiativeColumns).from(initiatives).where(eq(initiatives.id, id));
  if (!row) throw new DomainError('not_found', `No initiative with id "${id}".`);
  const [history, linkedStatements, reportPage, mentions] = await Promise.all([
    db
      .select()
      .from(initiativeStageChanges)
      .where(eq(initiativeStageChanges.initiativeId, id))
      .orderBy(asc(initiativeStageChanges.changedOn), asc(initiativeStageChanges.recordedAt)),
    statementsNamingInitiative({ db, id }),
    listReports({ db, actor, query: { initiative: id, limit: 200, offset: 0 } }),
    db
      .select({
        statementId: statementInitiatives.statementId,
        meetingId: meetings.id,
        meetingTitle: meetings.title,
        meetingDate: meetings.startDate,
        stage: statementInitiatives.stage,
      })
      .from(statementInitiatives)
      .innerJoin(statements, eq(statements.id, statementInitiatives.statementId))
      .innerJoin(meetings, eq(meetings.id, statements.meetingId))
      .where(eq(statementInitiatives.initiativeId, id))
      .orderBy(asc(meetings.startDate), asc(statements.ordinal)),
  ]);
  return {
    ...presentInitiative(row),
    history: history.map(presentStageChange),
    mentions: mentions.map((mention) => ({
      ...mention,
      meetingTitle: presentLocalizedText(mention.meetingTitle),
      stage: mention.stage as InitiativeStage,
    })),
    statements: linkedStatements,
    reports: reportPage.items,
  };
}
