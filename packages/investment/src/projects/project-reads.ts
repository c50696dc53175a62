import { and, arrayContains, asc, count, desc, eq, gt, gte, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { contactsRevealed } from '../interests/interest-consent.ts';
import { keywordTokensOf } from '../keywords/keyword-tokens.ts';
import { exchangeRates, interests, projectDocuments, projectStatusChanges, projects } from '../tables.ts';
import type { InterestStatus, ProjectStatus } from '../vocabulary.ts';
import type { ProjectDetail, ProjectListQuery, ProjectSummary } from './contracts.ts';
import { canModerateProject, canReadProject, isProjectOwner, seesModeration } from './project-access.ts';
import { type ProjectWithRate, presentProjectSummary } from './project-presenter.ts';

const withRateColumns = {
  project: projects,
  rateSource: exchangeRates.source,
  rateUnits: exchangeRates.unitsPerUsd,
  rateDemo: exchangeRates.isDemo,
};

interface JoinedRow {
  project: typeof projects.$inferSelect;
  rateSource: string | null;
  rateUnits: string | null;
  rateDemo: boolean | null;
}

const withRate = (row: JoinedRow): ProjectWithRate => ({
  project: row.project,
  rate:
    row.rateSource === null || row.rateUnits === null
      ? null
      : { source: row.rateSource, unitsPerUsd: row.rateUnits, isDemo: row.rateDemo ?? false },
});

const rateJoin = and(eq(exchangeRates.currency, projects.currency), eq(exchangeRates.rateDate, projects.fxRateDate));

const publiclyListed = and(eq(projects.status, 'published'), gt(projects.expiresAt, sql`now()`));

/** The SQL form of `canReadProject`, for lists. */
function readableProjects(actor: Actor | null): SQL | undefined {
  if (!actor?.userId) return actor?.role === 'system' ? undefined : publiclyListed;
  if (actor.role === 'secretariat' || actor.role === 'admin') return undefined;
  const own = eq(projects.ownerUserId, actor.userId);
  if (actor.role === 'focal_point' && actor.countryCode) {
    return or(publiclyListed, own, and(eq(projects.countryCode, actor.countryCode), ne(projects.status, 'draft')));
  }
  return or(publiclyListed, own);
}

function filterConditions(query: ProjectListQuery, actor: Actor | null): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [readableProjects(actor)];
  const tokens = query.text ? keywordTokensOf({ texts: [query.text] }) : [];
  if (tokens.length > 0) conditions.push(arrayContains(projects.keywordTokens, tokens));
  if (query.country) conditions.push(eq(projects.countryCode, query.country));
  if (query.region) conditions.push(eq(projects.regionCode, query.region));
  if (query.section) conditions.push(eq(projects.isicSection, query.section));
  if (query.division) conditions.push(eq(projects.isicDivision, query.division));
  if (query.stage) conditions.push(eq(projects.stage, query.stage));
  if (query.instrument) conditions.push(arrayContains(projects.financingInstruments, [query.instrument]));
  if (query.minUsd !== undefined) conditions.push(gte(projects.capitalCostUsd, String(query.minUsd)));
  if (query.maxUsd !== undefined) conditions.push(lte(projects.capitalCostUsd, String(query.maxUsd)));
  if (query.sdg !== undefined) conditions.push(arrayContains(projects.sdgs, [query.sdg]));
  if (query.environmentalCategory) conditions.push(eq(projects.environmentalCategory, query.environmentalCategory));
  if (query.initiative) conditions.push(arrayContains(projects.initiativeIds, [query.initiative]));
  if (query.status) conditions.push(eq(projects.status, query.status));
  if (query.demo) conditions.push(eq(projects.isDemo, query.demo === 'yes'));
  if (query.mine === 'yes') {
    if (!actor?.userId) throw new DomainError('unauthenticated', 'Sign in to see your own projects.');
    conditions.push(eq(projects.ownerUserId, actor.userId));
  }
  return conditions;
}

/**
 * Projects the actor may read, filtered and paged. The public sees listed projects; an owner also their own in any
 * status; a focal point also their country's once submitted; the Secretariat everything.
 */
export async function listProjects(options: {
  db: Db;
  actor: Actor | null;
  query: ProjectListQuery;
}): Promise<{ items: ProjectSummary[]; total: number }> {
  const { db, actor, query } = options;
  const where = and(...filterConditions(query, actor));
  const order =
    query.sort === 'cost'
      ? [sql`${projects.capitalCostUsd} desc nulls last`, desc(projects.createdAt)]
      : [sql`coalesce(${projects.publishedAt}, ${projects.createdAt}) desc`, desc(projects.id)];
  const [rows, [counted]] = await Promise.all([
    db
      .select(withRateColumns)
      .from(projects)
      .leftJoin(exchangeRates, rateJoin)
      .where(where)
      .orderBy(...order)
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(projects).where(where),
  ]);
  const now = new Date();
  return {
    items: rows.map((row) => presentProjectSummary({ row: withRate(row), actor, now })),
    total: counted?.total ?? 0,
  };
}

/** Submitted projects waiting for the actor's decision: their country's for a focal point, all for the Secretariat. */
export async function listModerationQueue(options: {
  db: Db;
  actor: Actor;
  limit: number;
  offset: number;
}): Promise<{ items: ProjectSummary[]; total: number }> {
  const { db, actor, limit, offset } = options;
  const where = and(
    eq(projects.status, 'submitted'),
    actor.role === 'focal_point' ? eq(projects.countryCode, actor.countryCode ?? '') : undefined,
  );
  const [rows, [counted]] = await Promise.all([
    db
      .select(withRateColumns)
      .from(projects)
      .leftJoin(exchangeRates, rateJoin)
      .where(where)
      .orderBy(asc(projects.submittedAt))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(projects).where(where),
  ]);
  const now = new Date();
  return {
    items: rows.map((row) => presentProjectSummary({ row: withRate(row), actor, now })),
    total: counted?.total ?? 0,
  };
}

/** Whether the actor is the other side of an interest in this project to which both sides agreed. */
async function isAgreedCounterpart(options: { db: Db; actor: Actor; projectId: string }): Promise<boolean> {
  const { db, actor, projectId } = options;
  if (!actor.userId) return false;
  const rows = await db
    .select({
      status: interests.status,
      sourceConsentAt: interests.sourceConsentAt,
      targetConsentAt: interests.targetConsentAt,
    })
    .from(interests)
    .where(
      or(
        and(
          eq(interests.targetKind, 'project'),
          eq(interests.targetId, projectId),
          eq(interests.sourceOwnerUserId, actor.userId),
        ),
        and(
          eq(interests.sourceKind, 'project'),
          eq(interests.sourceId, projectId),
          eq(interests.targetOwnerUserId, actor.userId),
        ),
      ),
    );
  return rows.some((row) => contactsRevealed({ ...row, status: row.status as InterestStatus }));
}

/**
 * One project as its page shows it, if the actor may read it (otherwise `not_found`): its USD figures with the
 * rate's date and source, documents, the moderation history for its owner and moderators, and the contact for
 * those allowed to see it.
 */
export async function getProject(options: { db: Db; actor: Actor | null; id: string }): Promise<ProjectDetail> {
  const { db, actor, id } = options;
  const [row] = await db
    .select(withRateColumns)
    .from(projects)
    .leftJoin(exchangeRates, rateJoin)
    .where(eq(projects.id, id));
  const now = new Date();
  const access = row && {
    ownerUserId: row.project.ownerUserId,
    countryCode: row.project.countryCode,
    status: row.project.status as ProjectStatus,
    expiresAt: row.project.expiresAt,
  };
  if (!row || !access || !canReadProject({ actor, project: access, now })) {
    throw new DomainError('not_found', `No project with id "${id}".`);
  }
  const showModeration = seesModeration(actor, access);
  const [history, documents, counterpart] = await Promise.all([
    showModeration
      ? db
          .select()
          .from(projectStatusChanges)
          .where(eq(projectStatusChanges.projectId, id))
          .orderBy(asc(projectStatusChanges.at))
      : null,
    listDocumentsOf({ db, projectId: id }),
    actor && !isProjectOwner(actor, access) && !canModerateProject(actor, access)
      ? isAgreedCounterpart({ db, actor, projectId: id })
      : false,
  ]);
  const showContact = isProjectOwner(actor, access) || canModerateProject(actor, access) || counterpart;
  const { contact } = row.project;
  return {
    ...presentProjectSummary({ row: withRate(row), actor, now }),
    contact: showContact
      ? { name: contact.name, email: contact.email, phone: contact.phone, organisation: contact.organisation }
      : null,
    statusHistory:
      history?.map((change) => ({
        fromStatus: change.fromStatus as ProjectStatus | null,
        toStatus: change.toStatus as ProjectStatus,
        reason: change.reason,
        at: change.at.toISOString(),
      })) ?? null,
    documents,
  };
}

/** The documents of a project, oldest first, without their content. */
export async function listDocumentsOf(options: { db: Db; projectId: string }) {
  const rows = await options.db
    .select({
      id: projectDocuments.id,
      filename: projectDocuments.filename,
      sizeBytes: projectDocuments.sizeBytes,
      sha256: projectDocuments.sha256,
      uploadedAt: projectDocuments.uploadedAt,
    })
    .from(projectDocuments)
    .where(eq(projectDocuments.projectId, options.projectId))
    .orderBy(asc(projectDocuments.uploadedAt));
  return rows.map((row) => ({ ...row, uploadedAt: row.uploadedAt.toISOString() }));
}
