import { inArray } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { edges, nodes, type TrilingualName } from '../tables.ts';
import type { LinkStatus, NodeKind, TransportMode } from '../vocabulary.ts';
import { buildNetworkGraph, type NetworkEdge, type NetworkGraph, type NetworkNode } from './network-graph.ts';

type NodeRow = typeof nodes.$inferSelect;
type EdgeRow = typeof edges.$inferSelect;

/** A node as other features show it: its names, country, kind and position. */
export interface NodeSummary {
  id: string;
  name: TrilingualName;
  countryCode: string;
  kind: NodeKind;
  latitude: number;
  longitude: number;
}

/** Splits a stored gauge (`1435`, `1435/1520`) into the gauges a node has. */
export function gaugesOf(gauge: string | null): string[] {
  return gauge ? gauge.split('/').filter((part) => part.length > 0) : [];
}

export function toNetworkNode(row: NodeRow): NetworkNode {
  return {
    id: row.id,
    name: row.name,
    countryCode: row.countryCode,
    latitude: row.latitude,
    longitude: row.longitude,
    kind: row.kind as NodeKind,
    gauges: gaugesOf(row.gauge),
    borderOf: row.borderOf,
  };
}

export function toNetworkEdge(row: EdgeRow): NetworkEdge {
  return {
    id: row.id,
    fromNodeId: row.fromNodeId,
    toNodeId: row.toNodeId,
    mode: row.mode as TransportMode,
    distanceKm: row.distanceKm,
    distanceEstimated: row.distanceEstimated,
    transitHours: row.transitHours,
    gauge: row.gauge,
    gaugeChange: row.gaugeChange,
    status: row.status as LinkStatus,
    dwellHours:
      row.dwellHoursMin === null && row.dwellHoursMax === null
        ? null
        : {
            min: row.dwellHoursMin ?? row.dwellHoursMax ?? 0,
            max: row.dwellHoursMax ?? row.dwellHoursMin ?? 0,
          },
    dwellSource: row.dwellSource,
  };
}

/**
 * The whole network as the planner searches it. Every link is included unless `includeStatuses` narrows them (the
 * planner leaves out links not yet open unless a scenario asks for them).
 */
export async function loadNetworkGraph(options: {
  db: Db;
  includeStatuses?: readonly LinkStatus[];
}): Promise<NetworkGraph> {
  const { db, includeStatuses } = options;
  const [nodeRows, edgeRows] = await Promise.all([
    db.select().from(nodes),
    includeStatuses
      ? includeStatuses.length === 0
        ? Promise.resolve([])
        : db
            .select()
            .from(edges)
            .where(inArray(edges.status, [...includeStatuses]))
      : db.select().from(edges),
  ]);
  return buildNetworkGraph({ nodes: nodeRows.map(toNetworkNode), edges: edgeRows.map(toNetworkEdge) });
}

/** The nodes with the given ids that exist, in the planner's shape; unknown ids are simply absent. */
export async function findNodes(options: { db: Db; ids: readonly string[] }): Promise<NetworkNode[]> {
  // An empty id list would produce invalid SQL.
  if (options.ids.length === 0) return [];
  const rows = await options.db
    .select()
    .from(nodes)
    .where(inArray(nodes.id, [...new Set(options.ids)]));
  return rows.map(toNetworkNode);
}

/** Names and positions of the given nodes, keyed by id, for features that show nodes (legs, events, borders). */
export async function nodeSummaries(options: { db: Db; ids: readonly string[] }): Promise<Map<string, NodeSummary>> {
  const found = await findNodes(options);
  return new Map(
    found.map((node) => [
      node.id,
      {
        id: node.id,
        name: node.name,
        countryCode: node.countryCode,
        kind: node.kind,
        latitude: node.latitude,
        longitude: node.longitude,
      },
    ]),
  );
}
