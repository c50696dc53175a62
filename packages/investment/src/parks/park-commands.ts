import { eq } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { parks } from '../tables.ts';
import type { ParkDetail, ParkInput, ParkUpdate } from './contracts.ts';
import { getPark } from './park-reads.ts';

const auditEntity = 'investment_park';

function rowValues(input: ParkUpdate) {
  return {
    name: input.name,
    kind: input.kind,
    countryCode: input.countryCode,
    regionCode: input.regionCode,
    latitude: input.latitude,
    longitude: input.longitude,
    description: input.description,
    specialisations: input.specialisations,
    establishedYear: input.establishedYear,
    areaHectares: input.areaHectares === null ? null : String(input.areaHectares),
    residentCount: input.residentCount,
    residents: input.residents,
    website: input.website,
    contact: input.contact,
    sourceUrl: input.sourceUrl,
    sourceTitle: input.sourceTitle,
    retrievedOn: input.retrievedOn,
    isDemo: input.demo,
  };
}

/** Adds a park or zone to the registry (Secretariat, admin). */
export async function createPark(options: { db: Db; actor: Actor; input: ParkInput }): Promise<ParkDetail> {
  const { db, actor, input } = options;
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: parks.id }).from(parks).where(eq(parks.id, input.id));
    if (existing) throw new DomainError('conflict', `A park with id "${input.id}" already exists.`);
    await tx.insert(parks).values({ id: input.id, ...rowValues(input) });
    const presented = await getPark({ db: tx, id: input.id });
    await appendAuditEntry(tx, {
      actor,
      action: 'park.create',
      entityType: auditEntity,
      entityId: input.id,
      after: presented,
    });
    return presented;
  });
}

/** Replaces a park's fields (Secretariat, admin). */
export async function updatePark(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: ParkUpdate;
}): Promise<ParkDetail> {
  const { db, actor, id, input } = options;
  return db.transaction(async (tx) => {
    const before = await getPark({ db: tx, id });
    await tx
      .update(parks)
      .set({ ...rowValues(input), updatedAt: new Date() })
      .where(eq(parks.id, id));
    const presented = await getPark({ db: tx, id });
    await appendAuditEntry(tx, {
      actor,
      action: 'park.update',
      entityType: auditEntity,
      entityId: id,
      before,
      after: presented,
    });
    return presented;
  });
}
