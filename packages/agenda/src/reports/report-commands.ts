import { eq } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { assertActsForCountry } from '../../../core/src/auth/country-scope.ts';
import { findCountry } from '../../../core/src/countries.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import type { Language } from '../../../core/src/localized-text.ts';
import { notifyAgendaChange } from '../alerts/notify-agenda-change.ts';
import type { Report, ReportInput } from '../contracts.ts';
import { stageAfterAcceptedReport } from '../lifecycle/initiative-lifecycle.ts';
import { changeInitiativeStage } from '../persistence/change-initiative-stage.ts';
import { initiatives, reports } from '../tables.ts';
import type { InitiativeStage, ReportStatus } from '../vocabulary.ts';
import { getReport } from './report-reads.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** Checks what the schema cannot: the country is a member state, the initiative exists, the period is not in the future. */
async function assertReportInputValid(options: { tx: Db; input: ReportInput }) {
  const { tx, input } = options;
  const country = findCountry(input.countryCode);
  if (country?.status !== 'member') {
    throw new DomainError('validation_failed', `countryCode: ${input.countryCode} is not an SCO member state.`, {
      field: 'countryCode',
    });
  }
  if (input.periodStart > today()) {
    throw new DomainError('validation_failed', 'periodStart: a report cannot cover a period that has not started.', {
      field: 'periodStart',
    });
  }
  const [initiative] = await tx
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(eq(initiatives.id, input.initiativeId));
  if (!initiative) {
    throw new DomainError('validation_failed', `initiativeId: no initiative with id "${input.initiativeId}".`, {
      field: 'initiativeId',
    });
  }
}

const storedFields = (input: ReportInput) => ({
  initiativeId: input.initiativeId,
  countryCode: input.countryCode,
  periodStart: input.periodStart,
  periodEnd: input.periodEnd,
  status: input.status,
  progressPercent: input.progressPercent,
  // The focal point's own words are the official text of their report.
  narrative: {
    [input.narrative.language as Language]: { text: input.narrative.text, provenance: 'official' as const },
  },
  evidenceLinks: input.evidenceLinks,
});

/** A focal point files an implementation report for their own country; it waits for Secretariat review. */
export async function submitReport(options: { db: Db; actor: Actor; input: ReportInput }): Promise<Report> {
  const { db, actor, input } = options;
  assertActsForCountry(actor, input.countryCode);
  const id = await db.transaction(async (tx) => {
    await assertReportInputValid({ tx, input });
    const [created] = await tx
      .insert(reports)
      .values({ ...storedFields(input), reviewState: 'submitted', submittedBy: actor.userId! })
      .returning({ id: reports.id });
    await appendAuditEntry(tx, {
      actor,
      action: 'report.submit',
      entityType: 'report',
      entityId: created!.id,
      after: storedFields(input),
    });
    return created!.id;
  });
  return getReport({ db, actor, id });
}

async function loadForUpdate(tx: Db, id: string) {
  const [row] = await tx.select().from(reports).where(eq(reports.id, id)).for('update');
  if (!row) throw new DomainError('not_found', `No report with id "${id}".`);
  return row;
}

/** A focal point corrects a submitted or returned report of their country; it goes back to the review queue. */
export async function reviseReport(options: { db: Db; actor: Actor; id: string; input: ReportInput }): Promise<Report> {
  const { db, actor, id, input } = options;
  await db.transaction(async (tx) => {
    const current = await loadForUpdate(tx, id);
    // A report of another country is invisible to this focal point: say not found, not forbidden.
    if (actor.role === 'focal_point' && current.countryCode !== actor.countryCode)
      throw new DomainError('not_found', `No report with id "${id}".`);
    assertActsForCountry(actor, input.countryCode);
    if (input.countryCode !== current.countryCode) {
      throw new DomainError('validation_failed', 'countryCode: a report cannot move to another country.', {
        field: 'countryCode',
      });
    }
    if (current.reviewState === 'accepted') {
      throw new DomainError(
        'invalid_transition',
        'An accepted report cannot be changed; file a new report for a later period.',
      );
    }
    await assertReportInputValid({ tx, input });
    await tx
      .update(reports)
      .set({
        ...storedFields(input),
        reviewState: 'submitted',
        reviewNote: null,
        reviewedBy: null,
        reviewedAt: null,
        submittedAt: new Date(),
      })
      .where(eq(reports.id, id));
    await appendAuditEntry(tx, {
      actor,
      action: 'report.revise',
      entityType: 'report',
      entityId: id,
      before: { ...current, submittedBy: undefined, reviewedBy: undefined },
      after: storedFields(input),
    });
  });
  return getReport({ db, actor, id });
}

/** Records the Secretariat's decision on a submitted report, with its audit entry, inside the caller's transaction. */
async function decideOnSubmittedReport(options: {
  tx: Db;
  actor: Actor;
  id: string;
  decision: 'accepted' | 'returned';
  note: string | null;
}) {
  const { tx, actor, id, decision, note } = options;
  const current = await loadForUpdate(tx, id);
  if (current.reviewState !== 'submitted') {
    const verb = decision === 'accepted' ? 'accepted' : 'returned';
    throw new DomainError(
      'invalid_transition',
      `Only a submitted report can be ${verb}; this one is ${current.reviewState}.`,
    );
  }
  await tx
    .update(reports)
    .set({ reviewState: decision, reviewNote: note, reviewedBy: actor.userId, reviewedAt: new Date() })
    .where(eq(reports.id, id));
  await appendAuditEntry(tx, {
    actor,
    action: decision === 'accepted' ? 'report.accept' : 'report.return',
    entityType: 'report',
    entityId: id,
    before: { reviewState: current.reviewState },
    after: { reviewState: decision, reviewNote: note },
  });
  return current;
}

/**
 * The Secretariat accepts a submitted report. Accepting work under way or completed moves the initiative along its
 * lifecycle, recorded as a stage change traced to this report. Followers of the initiative and of the report's
 * country are notified.
 */
export async function acceptReport(options: {
  db: Db;
  actor: Actor;
  id: string;
  note?: string | undefined;
}): Promise<Report> {
  const { db, actor, id, note } = options;
  await db.transaction(async (tx) => {
    const report = await decideOnSubmittedReport({ tx, actor, id, decision: 'accepted', note: note ?? null });
    const [initiative] = await tx
      .select({ stage: initiatives.stage })
      .from(initiatives)
      .where(eq(initiatives.id, report.initiativeId))
      .for('update');
    const next = stageAfterAcceptedReport({
      current: initiative!.stage as InitiativeStage,
      reportStatus: report.status as ReportStatus,
    });
    if (next) {
      await changeInitiativeStage({
        tx,
        actor,
        initiativeId: report.initiativeId,
        to: next,
        changedOn: today(),
        reportId: id,
        note: null,
      });
    }
    await notifyAgendaChange(tx, {
      kind: 'report_accepted',
      reportId: id,
      initiativeId: report.initiativeId,
      countryCode: report.countryCode,
      actor,
    });
  });
  return getReport({ db, actor, id });
}

/** The Secretariat returns a submitted report to its focal point with a note saying what to fix. */
export async function returnReport(options: { db: Db; actor: Actor; id: string; note: string }): Promise<Report> {
  const { db, actor, id, note } = options;
  await db.transaction((tx) => decideOnSubmittedReport({ tx, actor, id, decision: 'returned', note }));
  return getReport({ db, actor, id });
}
