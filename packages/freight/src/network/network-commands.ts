import { eq, sql } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { edges, networkRevisions, nodes } from '../tables.ts';
import type { LinkCreateInput, LinkDetail, LinkUpdateInput, NodeDetail, NodeUpdateInput } from './contracts.ts';
import { applyLinkUpdate, applyNodeUpdate, linkSnapshot, nodeSnapshot, planNewLink } from './network-edits.ts';
import { getLinkDetail, getNodeDetail } from './network-queries.ts';

/** Arbitrary constant: serialises link additions, so the same link cannot be added twice at once in opposite directions. */
const linkCreationLockKey = 7_242_041;

/** Refuses an edit made on a version that is no longer the current one: someone else changed the record meanwhile. */
function assertCurrentVersion(options: { what: string; expected: number; current: number }): void {
  if (options.expected !== options.current) {
    throw new DomainError(
      'conflict',
      `${options.what} has changed since you opened it (you edited version ${options.expected}, it is now version ${options.current}). Reload it and apply your change again.`,
      { expectedVersion: options.expected, currentVersion: options.current },
    );
  }
}

/** Keeps a change as a revision (values before and after, the reason) and in the audit log, in the change's transaction. */
async function recordNetworkChange(
  tx: Parameters<Parameters<Db['transaction']>[0]>[0],
  change: {
    actor: Actor;
    entityKind: 'node' | 'edge';
    entityId: string;
    action: string;
    version: number;
    before: Record<string, unknown> | null;
    after: Record<string, unknown>;
    reason: string;
  },
): Promise<void> {
  const { actor, entityKind, entityId, version, before, after, reason } = change;
  await tx.insert(networkRevisions).values({
    entityKind,
    entityId,
    version,
    before,
    after,
    reason,
    changedBy: actor.userId,
  });
  await appendAuditEntry(tx, {
    actor,
    action: change.action,
    entityType: entityKind === 'node' ? 'freight_node' : 'freight_edge',
    entityId,
    ...(before ? { before: { version: version - 1, ...before } } : {}),
    after: { version, reason, ...after },
  });
}

/** Edits a node; the change, its reason and the values before and after are kept as a revision. */
export async function updateNode(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: NodeUpdateInput;
}): Promise<NodeDetail> {
  const { db, actor, id, input } = options;
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(nodes).where(eq(nodes.id, id)).for('update');
    if (!row) throw new DomainError('not_found', `No node "${id}".`);
    assertCurrentVersion({ what: `Node "${id}"`, expected: input.version, current: row.version });
    const before = nodeSnapshot(row);
    const after = applyNodeUpdate({ current: before, input });
    const version = row.version + 1;
    await tx
      .update(nodes)
      .set({ ...after, version, updatedAt: new Date(), updatedBy: actor.userId })
      .where(eq(nodes.id, id));
    await recordNetworkChange(tx, {
      actor,
      entityKind: 'node',
      entityId: id,
      action: 'network.node.update',
      version,
      before: { ...before },
      after: { ...after },
      reason: input.reason,
    });
  });
  return getNodeDetail({ db, id });
}

/** Edits a link; a source address given for its distance marks the distance as sourced rather than estimated. */
export async function updateLink(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: LinkUpdateInput;
}): Promise<LinkDetail> {
  const { db, actor, id, input } = options;
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(edges).where(eq(edges.id, id)).for('update');
    if (!row) throw new DomainError('not_found', `No link "${id}".`);
    assertCurrentVersion({ what: 'The link', expected: input.version, current: row.version });
    const before = linkSnapshot(row);
    const after = applyLinkUpdate({ current: before, input });
    const version = row.version + 1;
    await tx
      .update(edges)
      .set({ ...after, version, updatedAt: new Date(), updatedBy: actor.userId })
      .where(eq(edges.id, id));
    await recordNetworkChange(tx, {
      actor,
      entityKind: 'edge',
      entityId: id,
      action: 'network.link.update',
      version,
      before: { ...before },
      after: { ...after },
      reason: input.reason,
    });
  });
  return getLinkDetail({ db, id });
}

/** Adds a link between two known nodes; refused when a link of the same mode already joins them. */
export async function createLink(options: { db: Db; actor: Actor; input: LinkCreateInput }): Promise<LinkDetail> {
  const { db, actor, input } = options;
  const id = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${linkCreationLockKey})`);
    // One after another: a transaction is one connection, which runs one query at a time.
    const nodeRows = await tx
      .select({ id: nodes.id, latitude: nodes.latitude, longitude: nodes.longitude })
      .from(nodes);
    const linkRows = await tx
      .select({ fromNodeId: edges.fromNodeId, toNodeId: edges.toNodeId, mode: edges.mode })
      .from(edges);
    const link = planNewLink({
      input,
      nodes: new Map(nodeRows.map((node) => [node.id, node])),
      existingLinks: linkRows,
    });
    const [inserted] = await tx
      .insert(edges)
      .values({ ...link, updatedBy: actor.userId })
      .onConflictDoNothing()
      .returning({ id: edges.id });
    if (!inserted) {
      throw new DomainError(
        'conflict',
        `A ${input.mode} link between "${input.fromNodeId}" and "${input.toNodeId}" already exists.`,
      );
    }
    await recordNetworkChange(tx, {
      actor,
      entityKind: 'edge',
      entityId: inserted.id,
      action: 'network.link.create',
      version: 1,
      before: null,
      after: { ...link },
      reason: input.reason,
    });
    return inserted.id;
  });
  return getLinkDetail({ db, id });
}
