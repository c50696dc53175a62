import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import type { Report, reportListQuerySchema } from '../contracts.ts';
import { initiatives, reports } from '../tables.ts';
import type { ReportStatus, ReviewState } from '../vocabulary.ts';
import { visibleReportsCondition } from './report-visibility.ts';

const reportColumns = {
  id: reports.id,
  initiativeId: reports.initiativeId,
  initiativeTitle: initiatives.title,
  countryCode: reports.countryCode,
  periodStart: reports.periodStart,
  periodEnd: reports.periodEnd,
  status: reports.status,
  progressPercent: reports.progressPercent,
  narrative: reports.narrative,
  evidenceLinks: reports.evidenceLinks,
  reviewState: reports.reviewState,
  reviewNote: reports.reviewNote,
  submittedAt: reports.submittedAt,
  reviewedAt: reports.reviewedAt,
};

type ReportRow = Omit<typeof reports.$inferSelect, 'submittedBy' | 'reviewedBy'> & {
  initiativeTitle: typeof initiatives.$inferSelect.title;
};

/** The public allowlist of a report: who submitted and reviewed it stays internal (it is in the audit log). */
export const presentReport = (row: ReportRow): Report => ({
  id: row.id,
  initiative: { id: row.initiativeId, title: presentLocalizedText(row.initiativeTitle) },
  countryCode: row.countryCode,
  periodStart: row.periodStart,
  periodEnd: row.periodEnd,
  status: row.status as ReportStatus,
  progressPercent: row.progressPercent,
  narrative: presentLocalizedText(row.narrative),
  evidenceLinks: row.evidenceLinks,
  reviewState: row.reviewState as ReviewState,
  reviewNote: row.reviewNote,
  submittedAt: row.submittedAt.toISOString(),
  reviewedAt: row.reviewedAt?.toISOString() ?? null,
});

export async function listReports(options: {
  db: Db;
  actor: Actor | null;
  query: z.infer<typeof reportListQuerySchema>;
}) {
  const { db, actor, query } = options;
  const conditions: (SQL | undefined)[] = [visibleReportsCondition(actor)];
  if (query.initiative) conditions.push(eq(reports.initiativeId, query.initiative));
  if (query.country) conditions.push(eq(reports.countryCode, query.country));
  if (query.reviewState) conditions.push(eq(reports.reviewState, query.reviewState));
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    db
      .select(reportColumns)
      .from(reports)
      .innerJoin(initiatives, eq(initiatives.id, reports.initiativeId))
      .where(where)
      .orderBy(desc(reports.submittedAt))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(reports).where(where),
  ]);
  return { items: rows.map(presentReport), total: counted?.total ?? 0 };
}

/** One report, if the actor may read it; a report they may not see is reported as not found. */
export async function getReport(options: { db: Db; actor: Actor | null; id: string }): Promise<Report> {
  const { db, actor, id } = options;
  const [row] = await db
    .select(reportColumns)
    .from(reports)
    .innerJoin(initiatives, eq(initiatives.id, reports.initiativeId))
    .where(and(eq(reports.id, id), visibleReportsCondition(actor)));
  if (!row) throw new DomainError('not_found', `No report with id "${id}".`);
  return presentReport(row);
}
