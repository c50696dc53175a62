import { eq, inArray } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import type { IncentiveEligibility } from '../tables.ts';
import { incentives, parks } from '../tables.ts';
import type { IncentiveInput, IncentiveUpdate, PresentedIncentive } from './contracts.ts';
import { presentIncentive, todayOf } from './incentive-reads.ts';

const auditEntity = 'investment_incentive';

/** Refuses eligibility naming parks the registry does not hold, or parks of another country. */
async function assertKnownParks(db: Db, countryCode: string, eligibility: IncentiveEligibility): Promise<void> {
  const parkIds = eligibility.parkIds ?? [];
  if (parkIds.length === 0) return;
  const found = await db
    .select({ id: parks.id, countryCode: parks.countryCode })
    .from(parks)
    .where(inArray(parks.id, parkIds));
  const countryById = new Map(found.map((row) => [row.id, row.countryCode]));
  const unknown = parkIds.filter((id) => !countryById.has(id));
  if (unknown.length > 0) {
    throw new DomainError('validation_failed', `eligibility.parkIds: no park with id ${unknown.join(', ')}.`, {
      errors: [{ path: 'eligibility.parkIds', message: `unknown park: ${unknown.join(', ')}` }],
    });
  }
  const foreign = parkIds.filter((id) => countryById.get(id) !== countryCode);
  if (foreign.length > 0) {
    throw new DomainError(
      'validation_failed',
      `eligibility.parkIds: ${foreign.join(', ')} not in ${countryCode}; an incentive applies in its own country.`,
      { errors: [{ path: 'eligibility.parkIds', message: `not in ${countryCode}: ${foreign.join(', ')}` }] },
    );
  }
}

function rowValues(input: IncentiveUpdate) {
  return {
    countryCode: input.countryCode,
    kind: input.kind,
    title: input.title,
    benefit: input.benefit,
    eligibility: input.eligibility,
    validFrom: input.validFrom,
    validTo: input.validTo,
    legalBasis: input.legalBasis,
    sourceUrl: input.sourceUrl,
    sourceTitle: input.sourceTitle,
    retrievedOn: input.retrievedOn,
    isDemo: input.demo,
  };
}

/** Adds a preferential policy to the library (Secretariat, admin). */
export async function createIncentive(options: {
  db: Db;
  actor: Actor;
  input: IncentiveInput;
}): Promise<PresentedIncentive> {
  const { db, actor, input } = options;
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: incentives.id }).from(incentives).where(eq(incentives.id, input.id));
    if (existing) throw new DomainError('conflict', `An incentive with id "${input.id}" already exists.`);
    await assertKnownParks(tx, input.countryCode, input.eligibility);
    const [row] = await tx
      .insert(incentives)
      .values({ id: input.id, ...rowValues(input) })
      .returning();
    if (!row) throw new DomainError('conflict', `The incentive "${input.id}" was not stored.`);
    const presented = presentIncentive(row);
    await appendAuditEntry(tx, {
      actor,
      action: 'incentive.create',
      entityType: auditEntity,
      entityId: row.id,
      after: presented,
    });
    return presented;
  });
}

/** Replaces an incentive's fields (Secretariat, admin). */
export async function updateIncentive(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: IncentiveUpdate;
}): Promise<PresentedIncentive> {
  const { db, actor, id, input } = options;
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(incentives).where(eq(incentives.id, id));
    if (!before) throw new DomainError('not_found', `No incentive with id "${id}".`);
    await assertKnownParks(tx, input.countryCode, input.eligibility);
    const [row] = await tx
      .update(incentives)
      .set({ ...rowValues(input), updatedAt: new Date() })
      .where(eq(incentives.id, id))
      .returning();
    if (!row) throw new DomainError('not_found', `No incentive with id "${id}".`);
    const presented = presentIncentive(row);
    await appendAuditEntry(tx, {
      actor,
      action: 'incentive.update',
      entityType: auditEntity,
      entityId: id,
      before: presentIncentive(before),
      after: presented,
    });
    return presented;
  });
}

/**
 * Ends an incentive's validity (Secretariat, admin): it stays in the library as history and is no longer offered
 * to projects after its last day.
 */
export async function retireIncentive(options: {
  db: Db;
  actor: Actor;
  id: string;
  validTo?: string;
  now: Date;
}): Promise<PresentedIncentive> {
  const { db, actor, id, now } = options;
  const validTo = options.validTo ?? todayOf(now);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(incentives).where(eq(incentives.id, id));
    if (!before) throw new DomainError('not_found', `No incentive with id "${id}".`);
    if (before.validTo && validTo > before.validTo) {
      throw new DomainError(
        'conflict',
        `The incentive already ends on ${before.validTo}; retiring cannot extend it (edit the incentive instead).`,
      );
    }
    if (before.validFrom && validTo < before.validFrom) {
      throw new DomainError('validation_failed', `validTo ${validTo} is before validFrom ${before.validFrom}.`, {
        errors: [{ path: 'validTo', message: 'must not be before validFrom' }],
      });
    }
    const [row] = await tx
      .update(incentives)
      .set({ validTo, updatedAt: new Date() })
      .where(eq(incentives.id, id))
      .returning();
    if (!row) throw new DomainError('not_found', `No incentive with id "${id}".`);
    const presented = presentIncentive(row);
    await appendAuditEntry(tx, {
      actor,
      action: 'incentive.retire',
      entityType: auditEntity,
      entityId: id,
      before: { validTo: before.validTo },
      after: { validTo },
    });
    return presented;
  });
}
