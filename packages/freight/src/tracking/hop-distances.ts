import { and, inArray } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { edges, nodes } from '../tables.ts';
import { hopKey } from './route-progress.ts';

const earthRadiusKm = 6371;

/** Great-circle distance in km (haversine). */
export function greatCircleKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.sqrt(h));
}

/**
 * Kilometres of each hop between consecutive via nodes of the given legs, keyed by `hopKey`: the network's link
 * (the shortest where two nodes are joined more than once), or the great-circle distance between the two nodes
 * where no link joins them directly (a route booked before the network changed). Only the proportions along a leg
 * are used, to place its stations in time.
 */
export async function loadHopDistances(options: {
  db: Db;
  legs: readonly { viaNodeIds: readonly string[] }[];
}): Promise<Map<string, number>> {
  const nodeIds = [...new Set(options.legs.flatMap((leg) => leg.viaNodeIds))];
  // An empty id list would produce invalid SQL.
  if (nodeIds.length < 2) return new Map();
  const [links, positions] = await Promise.all([
    options.db
      .select({ fromNodeId: edges.fromNodeId, toNodeId: edges.toNodeId, distanceKm: edges.distanceKm })
      .from(edges)
      .where(and(inArray(edges.fromNodeId, nodeIds), inArray(edges.toNodeId, nodeIds))),
    options.db
      .select({ id: nodes.id, latitude: nodes.latitude, longitude: nodes.longitude })
      .from(nodes)
      .where(inArray(nodes.id, nodeIds)),
  ]);
  const distances = new Map<string, number>();
  for (const link of links) {
    const key = hopKey(link.fromNodeId, link.toNodeId);
    distances.set(key, Math.min(distances.get(key) ?? Number.POSITIVE_INFINITY, link.distanceKm));
  }
  const positionOf = new Map(positions.map((row) => [row.id, row]));
  for (const leg of options.legs) {
    leg.viaNodeIds.slice(1).forEach((nodeId, hop) => {
      const previous = leg.viaNodeIds[hop] as string;
      const key = hopKey(previous, nodeId);
      const a = positionOf.get(previous);
      const b = positionOf.get(nodeId);
      if (!distances.has(key) && a && b) distances.set(key, greatCircleKm(a, b));
    });
  }
  return distances;
}
