import { createHash } from 'node:crypto';
import { asc, desc, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { auditLog } from '../tables.ts';
import { canonicalJson } from './canonical-json.ts';

/** The hash that precedes the first entry. */
export const genesisHash = '0'.repeat(64);

/** Arbitrary constant: the transaction-level advisory lock that serialises appends so the chain never forks. */
const auditChainLockKey = 7_242_026;

export interface AuditEntryInput {
  actor: Actor;
  /** Verb-noun, e.g. `report.accept`, `user.create`, `communique.ingest`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

interface HashedFields {
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export function hashAuditEntry(fields: HashedFields, prevHash: string): string {
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalJson(fields)}`)
    .digest('hex');
}

/**
 * Appends one entry. Must be called inside the transaction that makes the change it records, so the change and
 * its entry commit or roll back together.
 */
export async function appendAuditEntry(tx: Db, input: AuditEntryInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${auditChainLockKey})`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const fields: HashedFields = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actorId: input.actor.userId,
    actorLabel: input.actor.label,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: toJsonValue(input.before),
    after: toJsonValue(input.after),
  };
  const prevHash = last?.hash ?? genesisHash;
  await tx.insert(auditLog).values({ ...fields, prevHash, hash: hashAuditEntry(fields, prevHash) });
}

/** Drops undefined and turns dates into strings, exactly as jsonb will give them back. */
const toJsonValue = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** The first entry whose hash or link does not hold, when the chain is broken. */
  brokenAt: { seq: number; reason: string } | null;
}

/** Recomputes the chain from the first entry; any edited, removed or reordered entry breaks it. */
export async function verifyAuditLog(db: Db): Promise<AuditVerification> {
  const rows = await db.select().from(auditLog).orderBy(asc(auditLog.seq));
  let prevHash = genesisHash;
  let expectedSeq = 1;
  for (const row of rows) {
    if (row.seq !== expectedSeq) {
      return { ok: false, entries: rows.length, brokenAt: { seq: row.seq, reason: `entry ${expectedSeq} is missing` } };
    }
    if (row.prevHash !== prevHash) {
      return {
        ok: false,
        entries: rows.length,
        brokenAt: { seq: row.seq, reason: 'link to the previous entry is broken' },
      };
    }
    const { prevHash: _stored, hash, ...fields } = row;
    if (hashAuditEntry(fields, prevHash) !== hash) {
      return { ok: false, entries: rows.length, brokenAt: { seq: row.seq, reason: 'content does not match its hash' } };
    }
    prevHash = hash;
    expectedSeq++;
  }
  return { ok: true, entries: rows.length, brokenAt: null };
}

/** The sequence number of the latest audit entry: every write moves it, so it versions the data for caches. */
export async function latestAuditSeq(db: Db): Promise<number> {
  const [row] = await db.select({ seq: sql<number>`coalesce(max(${auditLog.seq}), 0)::int` }).from(auditLog);
  return row?.seq ?? 0;
}
