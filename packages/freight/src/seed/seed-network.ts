import { readFile } from 'node:fs/promises';
import { eq, sql } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import { canonicalJson } from '../../../core/src/audit/canonical-json.ts';
import { systemActor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import type { ModuleContext } from '../../../core/src/module/platform-module.ts';
import { diffSnapshots, linkSnapshot, nodeSnapshot } from '../network/network-edits.ts';
import { corridorServices, edges, networkRevisions, nodes } from '../tables.ts';
import { datasetToRows, type NetworkDataset, networkDatasetSchema } from './network-dataset.ts';

export const networkDatasetUrl = new URL('../../seed/freight-network.json', import.meta.url);

/** Arbitrary constant: the transaction-level advisory lock that keeps two servers starting together from seeding twice. */
const seedLockKey = 7_242_040;

export interface NetworkSeedCounts {
  nodesAdded: number;
  nodesUpdated: number;
  linksAdded: number;
  linksUpdated: number;
  servicesAdded: number;
  servicesUpdated: number;
  /** Records staff have edited, which the dataset no longer overwrites. */
  keptStaffEdits: number;
}

export async function readNetworkDataset(): Promise<NetworkDataset> {
  return networkDatasetSchema.parse(JSON.parse(await readFile(networkDatasetUrl, 'utf8')));
}

/**
 * Loads the starter network (nodes, links, corridor services) with its provenance. Idempotent: a second run changes
 * nothing. A record staff have edited (`updated_by` set) is left as they made it; a record only the dataset has
 * written is brought up to date with the dataset, its version raised and the change kept as a revision.
 */
export async function seedNetwork({ db }: ModuleContext): Promise<void> {
  await loadNetworkDataset({ db, dataset: await readNetworkDataset() });
}

/** The seed's work on a given dataset, in one transaction with one audit entry when anything changed. */
export async function loadNetworkDataset(options: { db: Db; dataset: NetworkDataset }): Promise<NetworkSeedCounts> {
  const rows = datasetToRows(options.dataset);
  const label = `${options.dataset.meta.title} v${options.dataset.meta.version}`;
  const reasonAdded = `Loaded from the starter dataset (${label}).`;
  const reasonUpdated = `Updated from the starter dataset (${label}).`;
  const counts: NetworkSeedCounts = {
    nodesAdded: 0,
    nodesUpdated: 0,
    linksAdded: 0,
    linksUpdated: 0,
    servicesAdded: 0,
    servicesUpdated: 0,
    keptStaffEdits: 0,
  };

  await options.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${seedLockKey})`);
    // One after another: a transaction is one connection, which runs one query at a time.
    const nodeRows = await tx.select().from(nodes);
    const edgeRows = await tx.select().from(edges);
    const serviceRows = await tx.select().from(corridorServices);

    const storedNodes = new Map(nodeRows.map((row) => [row.id, row]));
    for (const node of rows.nodes) {
      const stored = storedNodes.get(node.id);
      if (!stored) {
        await tx.insert(nodes).values(node);
        await tx.insert(networkRevisions).values({
          entityKind: 'node',
          entityId: node.id,
          version: 1,
          before: null,
          after: { ...nodeSnapshot(node) },
          reason: reasonAdded,
        });
        counts.nodesAdded += 1;
        continue;
      }
      const before = nodeSnapshot(stored);
      if (diffSnapshots({ ...before }, { ...nodeSnapshot(node) }).length === 0) continue;
      if (stored.updatedBy !== null) {
        counts.keptStaffEdits += 1;
        continue;
      }
      const version = stored.version + 1;
      await tx
        .update(nodes)
        .set({ ...node, version, updatedAt: new Date() })
        .where(eq(nodes.id, node.id));
      await tx.insert(networkRevisions).values({
        entityKind: 'node',
        entityId: node.id,
        version,
        before: { ...before },
        after: { ...nodeSnapshot(node) },
        reason: reasonUpdated,
      });
      counts.nodesUpdated += 1;
    }

    // Links are travelled both ways, so a link stored in the opposite direction is the same link.
    const storedEdges = new Map<string, (typeof edgeRows)[number]>();
    for (const row of edgeRows) {
      storedEdges.set(`${row.fromNodeId}|${row.toNodeId}|${row.mode}`, row);
      storedEdges.set(`${row.toNodeId}|${row.fromNodeId}|${row.mode}`, row);
    }
    for (const edge of rows.edges) {
      const stored = storedEdges.get(`${edge.fromNodeId}|${edge.toNodeId}|${edge.mode}`);
      if (!stored) {
        const [inserted] = await tx.insert(edges).values(edge).returning({ id: edges.id });
        if (!inserted) throw new Error('inserting a link returned no row');
        await tx.insert(networkRevisions).values({
          entityKind: 'edge',
          entityId: inserted.id,
          version: 1,
          before: null,
          after: { ...linkSnapshot(edge) },
          reason: reasonAdded,
        });
        counts.linksAdded += 1;
        continue;
      }
      const before = linkSnapshot(stored);
      // A link staff stored in the other direction keeps its own ends.
      const wanted = linkSnapshot({ ...edge, fromNodeId: stored.fromNodeId, toNodeId: stored.toNodeId });
      if (diffSnapshots({ ...before }, { ...wanted }).length === 0) continue;
      if (stored.updatedBy !== null) {
        counts.keptStaffEdits += 1;
        continue;
      }
      const version = stored.version + 1;
      await tx
        .update(edges)
        .set({ ...wanted, version, updatedAt: new Date() })
        .where(eq(edges.id, stored.id));
      await tx.insert(networkRevisions).values({
        entityKind: 'edge',
        entityId: stored.id,
        version,
        before: { ...before },
        after: { ...wanted },
        reason: reasonUpdated,
      });
      counts.linksUpdated += 1;
    }

    const storedServices = new Map(serviceRows.map((row) => [row.id, row]));
    for (const service of rows.services) {
      const stored = storedServices.get(service.id);
      if (!stored) {
        await tx.insert(corridorServices).values(service);
        counts.servicesAdded += 1;
        continue;
      }
      const { id: _id, ...storedFields } = stored;
      const { id: _sameId, ...wantedFields } = service;
      if (canonicalJson(storedFields) === canonicalJson(wantedFields)) continue;
      await tx.update(corridorServices).set(wantedFields).where(eq(corridorServices.id, service.id));
      counts.servicesUpdated += 1;
    }

    const changed =
      counts.nodesAdded +
      counts.nodesUpdated +
      counts.linksAdded +
      counts.linksUpdated +
      counts.servicesAdded +
      counts.servicesUpdated;
    if (changed === 0) return;
    await appendAuditEntry(tx, {
      actor: systemActor('seed'),
      action: 'network.seed',
      entityType: 'freight_network',
      entityId: label,
      after: counts,
    });
  });
  return counts;
}
