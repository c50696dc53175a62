import { eq } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { assertActsForCountry } from '../../../core/src/auth/country-scope.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import type { NotificationTitle } from '../../../core/src/notifications/notification-email.ts';
import { notifyUsers } from '../../../core/src/notifications/notify-users.ts';
import { validateAgendaLinks } from '../agenda-links.ts';
import { rateOnOrBefore } from '../exchange-rates/exchange-rate-store.ts';
import { fxBasisDateOf, usdAmountOf } from '../exchange-rates/usd-conversion.ts';
import { keywordTokensOf } from '../keywords/keyword-tokens.ts';
import { isicSectionOf } from '../reference/isic.ts';
import { projectStatusChanges, projects, type UserText } from '../tables.ts';
import type { ProjectStatus } from '../vocabulary.ts';
import type { ProjectDetail, ProjectInput } from './contracts.ts';
import { canModerateProject, canReadProject, isProjectOwner, type ProjectAccessFacts } from './project-access.ts';
import type { ProjectRow } from './project-presenter.ts';
import { getProject } from './project-reads.ts';
import { listingExpiryFrom, nextProjectStatus, type ProjectAction } from './project-state-machine.ts';

const textsOf = (value: UserText) => Object.values(value).filter((text): text is string => Boolean(text));

/** The columns the owner's input decides, derived fields included. */
function storedFieldsOf(input: ProjectInput) {
  return {
    title: input.title,
    summary: input.summary,
    sponsorName: input.sponsorName,
    countryCode: input.countryCode,
    regionCode: input.regionCode,
    regionName: input.regionName,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    isicDivision: input.isicDivision,
    // The schema admits divisions only, so the section is always found.
    isicSection: isicSectionOf(input.isicDivision) ?? '',
    stage: input.stage,
    capitalCost: String(input.capitalCost),
    currency: input.currency,
    financingInstruments: input.financingInstruments,
    financingAmount: input.financingAmount == null ? null : String(input.financingAmount),
    jobs: input.jobs ?? null,
    environmentalCategory: input.environmentalCategory ?? null,
    sdgs: [...input.sdgs].sort((a, b) => a - b),
    contact: input.contact,
    languages: input.languages,
    keywords: input.keywords,
    keywordTokens: keywordTokensOf({ texts: [...textsOf(input.title), ...textsOf(input.summary), ...input.keywords] }),
    initiativeIds: input.initiativeIds,
    documentIds: input.documentIds,
  };
}

/** The USD columns for amounts dated `basisDate`, at the latest rate recorded on or before that day. */
async function usdColumnsFor(options: {
  tx: Db;
  currency: string;
  capitalCost: string;
  financingAmount: string | null;
  basisDate: string;
}) {
  const { tx, currency, capitalCost, financingAmount, basisDate } = options;
  const unitsPerUsd =
    currency === 'USD'
      ? { rateDate: basisDate, units: 1 }
      : await rateOnOrBefore({ db: tx, currency, date: basisDate }).then(
          (rate) => rate && { rateDate: rate.rateDate, units: Number(rate.unitsPerUsd) },
        );
  if (!unitsPerUsd) return { capitalCostUsd: null, financingAmountUsd: null, fxRateDate: null };
  const convert = (amount: string) => String(usdAmountOf({ amount: Number(amount), unitsPerUsd: unitsPerUsd.units }));
  return {
    capitalCostUsd: convert(capitalCost),
    financingAmountUsd: financingAmount === null ? null : convert(financingAmount),
    fxRateDate: unitsPerUsd.rateDate,
  };
}

const accessOf = (row: ProjectRow): ProjectAccessFacts => ({
  ownerUserId: row.ownerUserId,
  countryCode: row.countryCode,
  status: row.status as ProjectStatus,
  expiresAt: row.expiresAt,
});

async function loadForUpdate(tx: Db, id: string): Promise<ProjectRow> {
  const [row] = await tx.select().from(projects).where(eq(projects.id, id)).for('update');
  if (!row) throw new DomainError('not_found', `No project with id "${id}".`);
  return row;
}

/** The owner's own project; another user's project they can read is forbidden, one they cannot read not found. */
function assertOwner(actor: Actor, row: ProjectRow) {
  if (isProjectOwner(actor, row)) return;
  if (!canReadProject({ actor, project: accessOf(row), now: new Date() })) {
    throw new DomainError('not_found', `No project with id "${row.id}".`);
  }
  throw new DomainError('forbidden', 'Only the owner of this project can change it.');
}

/** A moderator acts for the project's country: the Secretariat for any, a focal point for their own only. */
function assertModerator(actor: Actor, row: ProjectRow) {
  assertActsForCountry(actor, row.countryCode);
  if (!canModerateProject(actor, row)) {
    throw new DomainError('forbidden', "Only the project country's focal point or the Secretariat moderate projects.");
  }
}

/** One row of the moderation history and the audit entry, in the transaction that changes the status. */
async function recordStatusChange(options: {
  tx: Db;
  actor: Actor;
  projectId: string;
  action: ProjectAction | 'create';
  from: ProjectStatus | null;
  to: ProjectStatus;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}) {
  const { tx, actor, projectId, action, from, to } = options;
  if (from !== to) {
    await tx.insert(projectStatusChanges).values({
      projectId,
      fromStatus: from,
      toStatus: to,
      reason: options.reason ?? null,
      actorUserId: actor.userId,
    });
  }
  await appendAuditEntry(tx, {
    actor,
    action: `project.${action}`,
    entityType: 'investment_project',
    entityId: projectId,
    before: options.before ?? { status: from },
    after: options.after ?? { status: to, ...(options.reason ? { reason: options.reason } : {}) },
  });
}

const creatorRoles = new Set(['business', 'focal_point', 'secretariat', 'admin']);

/**
 * A business (or a focal point for their country, or the Secretariat) creates a project as a draft, or with
 * `submit` sends it to moderation in the same step.
 */
export async function createProject(options: {
  db: Db;
  actor: Actor;
  input: ProjectInput;
  submit: boolean;
  demo?: boolean;
}): Promise<ProjectDetail> {
  const { db, actor, input, submit } = options;
  if (!actor.userId || !creatorRoles.has(actor.role)) {
    throw new DomainError('forbidden', 'Only a signed-in business, focal point or the Secretariat lists projects.');
  }
  assertActsForCountry(actor, input.countryCode);
  const id = await db.transaction(async (tx) => {
    await validateAgendaLinks({ db: tx, initiativeIds: input.initiativeIds, documentIds: input.documentIds });
    const now = new Date();
    const status: ProjectStatus = submit ? nextProjectStatus({ from: 'draft', action: 'submit' }) : 'draft';
    const fields = storedFieldsOf(input);
    const usd = await usdColumnsFor({
      tx,
      currency: fields.currency,
      capitalCost: fields.capitalCost,
      financingAmount: fields.financingAmount,
      basisDate: fxBasisDateOf({ submittedAt: submit ? now : null, updatedAt: now }),
    });
    const [created] = await tx
      .insert(projects)
      .values({
        ...fields,
        ...usd,
        ownerUserId: actor.userId!,
        status,
        submittedAt: submit ? now : null,
        isDemo: options.demo ?? false,
        lastActivityAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: projects.id });
    await recordStatusChange({
      tx,
      actor,
      projectId: created!.id,
      action: 'create',
      from: null,
      to: status,
      before: null,
      after: { ...fields, status },
    });
    return created!.id;
  });
  return getProject({ db, actor, id });
}

/**
 * The owner edits a draft, returned or submitted project; an edited published project goes back to moderation.
 * With `submit`, a draft or returned project is also submitted.
 */
export async function updateProject(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: ProjectInput;
  submit: boolean;
}): Promise<ProjectDetail> {
  const { db, actor, id, input, submit } = options;
  await db.transaction(async (tx) => {
    const current = await loadForUpdate(tx, id);
    assertOwner(actor, current);
    assertActsForCountry(actor, input.countryCode);
    const from = current.status as ProjectStatus;
    const edited = nextProjectStatus({ from, action: 'edit' });
    const to = submit && edited !== 'submitted' ? nextProjectStatus({ from: edited, action: 'submit' }) : edited;
    await validateAgendaLinks({ db: tx, initiativeIds: input.initiativeIds, documentIds: input.documentIds });
    const now = new Date();
    const submittedAt = to === 'submitted' && from !== 'submitted' ? now : current.submittedAt;
    const fields = storedFieldsOf(input);
    const usd = await usdColumnsFor({
      tx,
      currency: fields.currency,
      capitalCost: fields.capitalCost,
      financingAmount: fields.financingAmount,
      basisDate: fxBasisDateOf({ submittedAt, updatedAt: now }),
    });
    await tx
      .update(projects)
      .set({
        ...fields,
        ...usd,
        status: to,
        submittedAt,
        // Back in moderation, a project is no longer listed until published again.
        ...(from === 'published' ? { publishedAt: null, expiresAt: null } : {}),
        lastActivityAt: now,
        updatedAt: now,
      })
      .where(eq(projects.id, id));
    const { contact: _contact, ...before } = current;
    await recordStatusChange({
      tx,
      actor,
      projectId: id,
      action: 'edit',
      from,
      to,
      before,
      after: { ...fields, status: to },
    });
  });
  return getProject({ db, actor, id });
}

/** Applies one moderation step to a project, with its history row, audit entry and, when given, notice to the owner. */
async function changeStatus(options: {
  db: Db;
  actor: Actor;
  id: string;
  action: Exclude<ProjectAction, 'edit' | 'expire'>;
  reason?: string;
}): Promise<ProjectDetail> {
  const { db, actor, id, action, reason } = options;
  await db.transaction(async (tx) => {
    const current = await loadForUpdate(tx, id);
    if (action === 'publish' || action === 'return') assertModerator(actor, current);
    else assertOwner(actor, current);
    const from = current.status as ProjectStatus;
    const to = nextProjectStatus({ from, action });
    const now = new Date();
    const changes: Partial<typeof projects.$inferInsert> = { status: to, updatedAt: now };
    if (action === 'submit') {
      changes.submittedAt = now;
      Object.assign(
        changes,
        await usdColumnsFor({
          tx,
          currency: current.currency,
          capitalCost: current.capitalCost,
          financingAmount: current.financingAmount,
          basisDate: fxBasisDateOf({ submittedAt: now, updatedAt: now }),
        }),
      );
    }
    if (action === 'publish') {
      Object.assign(changes, {
        publishedAt: now,
        expiresAt: listingExpiryFrom(now),
        returnReason: null,
        lastActivityAt: now,
      });
    }
    if (action === 'return') changes.returnReason = reason ?? null;
    if (action === 'renew') Object.assign(changes, { expiresAt: listingExpiryFrom(now), lastActivityAt: now });
    await tx.update(projects).set(changes).where(eq(projects.id, id));
    await recordStatusChange({
      tx,
      actor,
      projectId: id,
      action,
      from,
      to,
      reason: reason ?? null,
      after: {
        status: to,
        ...(changes.expiresAt ? { expiresAt: changes.expiresAt } : {}),
        ...(reason ? { reason } : {}),
      },
    });
    if ((action === 'publish' || action === 'return') && current.ownerUserId !== actor.userId) {
      await notifyUsers(tx, {
        userIds: [current.ownerUserId],
        kind: action === 'publish' ? 'investment.project_published' : 'investment.project_returned',
        title: moderationNoticeTitle({ action, title: current.title }),
        link: `/investment/projects/${id}`,
      });
    }
  });
  return getProject({ db, actor, id });
}

const originalTitle = (title: UserText) => title.zh ?? title.ru ?? title.en ?? '';

function moderationNoticeTitle(options: { action: 'publish' | 'return'; title: UserText }): NotificationTitle {
  const name = originalTitle(options.title);
  return options.action === 'publish'
    ? {
        zh: `您的项目已发布：${name}`,
        ru: `Ваш проект опубликован: ${name}`,
        en: `Your project was published: ${name}`,
      }
    : {
        zh: `您的项目被退回修改：${name}`,
        ru: `Ваш проект возвращён на доработку: ${name}`,
        en: `Your project was returned for changes: ${name}`,
      };
}

/** The owner sends a draft or returned project to moderation; its USD figures take the rate of that day. */
export const submitProject = (options: { db: Db; actor: Actor; id: string }) =>
  changeStatus({ ...options, action: 'submit' });

/** The country's focal point or the Secretariat publishes a submitted project for twelve months. */
export const publishProject = (options: { db: Db; actor: Actor; id: string }) =>
  changeStatus({ ...options, action: 'publish' });

/** The country's focal point or the Secretariat returns a submitted project to its owner, saying why. */
export function returnProject(options: { db: Db; actor: Actor; id: string; reason: string }) {
  if (!options.reason.trim()) throw new DomainError('validation_failed', 'reason: say what the owner should change.');
  return changeStatus({ ...options, action: 'return' });
}

/** The owner keeps a published or expired project listed for another twelve months. */
export const renewProject = (options: { db: Db; actor: Actor; id: string }) =>
  changeStatus({ ...options, action: 'renew' });

/** The owner takes a project off the platform. */
export const withdrawProject = (options: { db: Db; actor: Actor; id: string }) =>
  changeStatus({ ...options, action: 'withdraw' });
