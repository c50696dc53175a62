import { eq } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { entityAliases } from '../tables.ts';
import type { EntityKind } from './known-entities.ts';

/** Alias key → record id, per kind, as recorded in the database. */
export type EntityDictionary = Record<EntityKind, Map<string, string>>;

/** The whole dictionary: a few thousand names at most, read once per ingestion. */
export async function loadDictionary(tx: Db): Promise<EntityDictionary> {
  const dictionary: EntityDictionary = { document: new Map(), initiative: new Map() };
  const rows = await tx
    .select({ kind: entityAliases.kind, aliasKey: entityAliases.aliasKey, entityId: entityAliases.entityId })
    .from(entityAliases);
  for (const row of rows) dictionary[row.kind as EntityKind]?.set(row.aliasKey, row.entityId);
  return dictionary;
}

export async function aliasesOf(tx: Db, options: { kind: EntityKind; entityId: string }) {
  const rows = await tx.select().from(entityAliases).where(eq(entityAliases.entityId, options.entityId));
  return rows.filter((row) => row.kind === options.kind);
}
