import { and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { users } from '../../../core/src/tables.ts';
import { unofficialServiceNameLanguages } from '../seed/network-dataset.ts';
import { corridorServices, edges, networkRevisions, nodes } from '../tables.ts';
import type { LinkStatus, NetworkEntityKind, NodeKind, TransportMode } from '../vocabulary.ts';
import type {
  LinkDetail,
  LinkListQuery,
  NetworkMap,
  NodeDetail,
  NodeListQuery,
  PresentedLink,
  PresentedNode,
  PresentedNodeSummary,
  PresentedRevision,
  PresentedService,
} from './contracts.ts';
import { diffSnapshots, firstUrl } from './network-edits.ts';

type NodeRow = typeof nodes.$inferSelect;
type EdgeRow = typeof edges.$inferSelect;
type ServiceRow = typeof corridorServices.$inferSelect;
type Editors = ReadonlyMap<string, string>;

function presentSummary(row: NodeRow): PresentedNodeSummary {
  return {
    id: row.id,
    name: row.name,
    countryCode: row.countryCode,
    kind: row.kind as NodeKind,
    latitude: row.latitude,
    longitude: row.longitude,
    coordinatesApproximate: row.coordinatesApproximate,
  };
}

/** A node the table no longer has cannot be a link's end (foreign keys), but the presenter must not crash on it. */
function summaryOf(nodesById: ReadonlyMap<string, NodeRow>, id: string): PresentedNodeSummary {
  const row = nodesById.get(id);
  if (!row) throw new DomainError('not_found', `Node "${id}" is missing from the network.`);
  return presentSummary(row);
}

const editor = (editors: Editors, id: string | null) => (id ? { id, label: editors.get(id) ?? id } : null);

export function presentNode(row: NodeRow, editors: Editors): PresentedNode {
  return {
    ...presentSummary(row),
    coordinatesNote: row.coordinatesNote,
    gauge: row.gauge,
    borderOf: row.borderOf,
    note: row.note,
    facts: row.facts.map((fact) => ({ text: fact.text, source: fact.source, sourceUrl: firstUrl(fact.source) })),
    source: row.source,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    editedByStaff: row.updatedBy !== null,
    updatedBy: editor(editors, row.updatedBy),
  };
}

export function presentLink(row: EdgeRow, nodesById: ReadonlyMap<string, NodeRow>, editors: Editors): PresentedLink {
  return {
    id: row.id,
    from: summaryOf(nodesById, row.fromNodeId),
    to: summaryOf(nodesById, row.toNodeId),
    mode: row.mode as TransportMode,
    distanceKm: row.distanceKm,
    distanceEstimated: row.distanceEstimated,
    greatCircleKm: row.greatCircleKm,
    distanceSource: row.distanceSource,
    distanceSourceUrl: firstUrl(row.distanceSource),
    transitHours: row.transitHours,
    gauge: row.gauge,
    gaugeChange: row.gaugeChange,
    status: row.status as LinkStatus,
    dwellHoursMin: row.dwellHoursMin,
    dwellHoursMax: row.dwellHoursMax,
    dwellSource: row.dwellSource,
    dwellSourceUrl: firstUrl(row.dwellSource),
    note: row.note,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    editedByStaff: row.updatedBy !== null,
    updatedBy: editor(editors, row.updatedBy),
  };
}

export function presentService(row: ServiceRow, nodesById: ReadonlyMap<string, NodeRow>): PresentedService {
  return {
    id: row.id,
    name: row.name,
    unofficialNameLanguages: [...unofficialServiceNameLanguages],
    // A service may name a place the network does not have as a node; it is left out of `via` rather than invented.
    via: row.viaNodeIds.flatMap((id) => {
      const node = nodesById.get(id);
      return node ? [presentSummary(node)] : [];
    }),
    distanceKm: row.distanceKm,
    transitDays: row.transitDays,
    source: row.source,
    sourceUrls: [...new Set([row.source, row.note ?? ''].flatMap((text) => text.match(/https?:\/\/[^\s;,)]+/g) ?? []))],
    note: row.note,
    planned: row.planned,
  };
}

/** Display names of the users who edited the given records, keyed by user id. */
async function loadEditors(db: Db, ids: readonly (string | null)[]): Promise<Editors> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  // An empty id list would produce invalid SQL.
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

async function loadNodesById(db: Db): Promise<Map<string, NodeRow>> {
  const rows = await db.select().from(nodes);
  return new Map(rows.map((row) => [row.id, row]));
}

async function loadRevisions(db: Db, entityKind: NetworkEntityKind, entityId: string): Promise<PresentedRevision[]> {
  const rows = await db
    .select()
    .from(networkRevisions)
    .where(and(eq(networkRevisions.entityKind, entityKind), eq(networkRevisions.entityId, entityId)))
    .orderBy(asc(networkRevisions.version));
  const editors = await loadEditors(
    db,
    rows.map((row) => row.changedBy),
  );
  return rows
    .map((row) => ({
      id: row.id,
      version: row.version,
      changes: diffSnapshots(row.before, row.after),
      created: row.before === null,
      reason: row.reason,
      changedBy: editor(editors, row.changedBy),
      changedAt: row.changedAt.toISOString(),
    }))
    .reverse();
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Nodes filtered by kind, country and a word in the id or any language of the name, sorted by country then id. */
export async function listNodes(options: {
  db: Db;
  query: NodeListQuery;
}): Promise<{ items: PresentedNode[]; total: number }> {
  const { db, query } = options;
  const conditions: SQL[] = [];
  if (query.kind) conditions.push(eq(nodes.kind, query.kind));
  if (query.country) conditions.push(eq(nodes.countryCode, query.country));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    const match = or(
      ilike(nodes.id, pattern),
      ilike(sql`${nodes.name}->>'zh'`, pattern),
      ilike(sql`${nodes.name}->>'ru'`, pattern),
      ilike(sql`${nodes.name}->>'en'`, pattern),
    );
    if (match) conditions.push(match);
  }
  const rows = await db
    .select()
    .from(nodes)
    .where(and(...conditions))
    .orderBy(asc(nodes.countryCode), asc(nodes.id));
  const editors = await loadEditors(
    db,
    rows.map((row) => row.updatedBy),
  );
  return { items: rows.map((row) => presentNode(row, editors)), total: rows.length };
}

/** A node with its links, the station(s) across its border, the services through it and its history. */
export async function getNodeDetail(options: { db: Db; id: string }): Promise<NodeDetail> {
  const { db, id } = options;
  const nodesById = await loadNodesById(db);
  const row = nodesById.get(id);
  if (!row) throw new DomainError('not_found', `No node "${id}".`);
  const [linkRows, serviceRows, revisions] = await Promise.all([
    db
      .select()
      .from(edges)
      .where(or(eq(edges.fromNodeId, id), eq(edges.toNodeId, id)))
      .orderBy(asc(edges.mode), asc(edges.fromNodeId), asc(edges.toNodeId)),
    db
      .select()
      .from(corridorServices)
      .where(sql`${id} = any(${corridorServices.viaNodeIds})`)
      .orderBy(asc(corridorServices.id)),
    loadRevisions(db, 'node', id),
  ]);
  const editors = await loadEditors(db, [row.updatedBy, ...linkRows.map((link) => link.updatedBy)]);
  const neighbours = linkRows.map((link) => (link.fromNodeId === id ? link.toNodeId : link.fromNodeId));
  const borderPair = [...new Set(neighbours)].flatMap((neighbourId) => {
    const neighbour = nodesById.get(neighbourId);
    const across = neighbour && neighbour.countryCode !== row.countryCode && neighbour.borderOf !== null;
    return row.borderOf !== null && neighbour && across ? [presentSummary(neighbour)] : [];
  });
  return {
    node: presentNode(row, editors),
    links: linkRows.map((link) => presentLink(link, nodesById, editors)),
    borderPair,
    services: serviceRows.map((service) => presentService(service, nodesById)),
    revisions,
  };
}

/** Links filtered by mode, status, estimated or sourced distance, and a node at either end. */
export async function listLinks(options: {
  db: Db;
  query: LinkListQuery;
}): Promise<{ items: PresentedLink[]; total: number }> {
  const { db, query } = options;
  const conditions: SQL[] = [];
  if (query.mode) conditions.push(eq(edges.mode, query.mode));
  if (query.status) conditions.push(eq(edges.status, query.status));
  if (query.estimated !== undefined) conditions.push(eq(edges.distanceEstimated, query.estimated));
  if (query.node) {
    const atEitherEnd = or(eq(edges.fromNodeId, query.node), eq(edges.toNodeId, query.node));
    if (atEitherEnd) conditions.push(atEitherEnd);
  }
  const [rows, nodesById] = await Promise.all([
    db
      .select()
      .from(edges)
      .where(and(...conditions))
      .orderBy(asc(edges.mode), asc(edges.fromNodeId), asc(edges.toNodeId)),
    loadNodesById(db),
  ]);
  const editors = await loadEditors(
    db,
    rows.map((row) => row.updatedBy),
  );
  return { items: rows.map((row) => presentLink(row, nodesById, editors)), total: rows.length };
}

/** A link with its revision history, newest first. */
export async function getLinkDetail(options: { db: Db; id: string }): Promise<LinkDetail> {
  const { db, id } = options;
  const [row] = await db.select().from(edges).where(eq(edges.id, id));
  if (!row) throw new DomainError('not_found', `No link "${id}".`);
  const [nodesById, revisions, editors] = await Promise.all([
    loadNodesById(db),
    loadRevisions(db, 'edge', id),
    loadEditors(db, [row.updatedBy]),
  ]);
  return { link: presentLink(row, nodesById, editors), revisions };
}

/** Published corridor services, the running ones first. */
export async function listServices(options: { db: Db }): Promise<{ items: PresentedService[]; total: number }> {
  const [rows, nodesById] = await Promise.all([
    options.db.select().from(corridorServices).orderBy(asc(corridorServices.planned), asc(corridorServices.id)),
    loadNodesById(options.db),
  ]);
  return { items: rows.map((row) => presentService(row, nodesById)), total: rows.length };
}

/** The whole network, compact, for maps, with the counts that say how much of it is estimated. */
export async function getNetworkMap(options: { db: Db }): Promise<NetworkMap> {
  const { db } = options;
  const [nodeRows, edgeRows, [serviceCount]] = await Promise.all([
    db.select().from(nodes).orderBy(asc(nodes.id)),
    db.select().from(edges).orderBy(asc(edges.mode), asc(edges.fromNodeId), asc(edges.toNodeId)),
    db.select({ count: sql<number>`count(*)::int` }).from(corridorServices),
  ]);
  const estimated = edgeRows.filter((row) => row.distanceEstimated).length;
  return {
    nodes: nodeRows.map((row) => ({ ...presentSummary(row), gauge: row.gauge })),
    links: edgeRows.map((row) => ({
      id: row.id,
      fromNodeId: row.fromNodeId,
      toNodeId: row.toNodeId,
      mode: row.mode as TransportMode,
      status: row.status as LinkStatus,
      distanceKm: row.distanceKm,
      distanceEstimated: row.distanceEstimated,
      gaugeChange: row.gaugeChange,
    })),
    counts: {
      nodes: nodeRows.length,
      links: edgeRows.length,
      estimatedDistances: estimated,
      sourcedDistances: edgeRows.length - estimated,
      approximateCoordinates: nodeRows.filter((row) => row.coordinatesApproximate).length,
      services: Number(serviceCount?.count ?? 0),
    },
  };
}
