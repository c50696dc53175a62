import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import type { ObservedDwell } from '../planning/route-types.ts';
import { edges, nodes, shipmentLegs, shipments, trackingEvents } from '../tables.ts';
import type { TrackingEventKind } from '../vocabulary.ts';
import { type BorderCrossing, crossingByNode, findBorderCrossings } from './border-crossings.ts';
import { type DwellSample, extractDwellSamples } from './dwell-samples.ts';
import { quantile } from './percentiles.ts';

const dwellEventKinds: TrackingEventKind[] = ['arrived_at_border', 'customs_cleared', 'gauge_transfer', 'departed'];

/** The network's border crossings and every dwell sample the platform's events give, demo ones flagged. */
export async function loadDwellSamples(options: {
  db: Db;
}): Promise<{ crossings: BorderCrossing[]; samples: DwellSample[] }> {
  const { db } = options;
  const [nodeRows, linkRows, eventRows] = await Promise.all([
    db.select({ id: nodes.id, kind: nodes.kind, countryCode: nodes.countryCode }).from(nodes),
    db
      .select({
        fromNodeId: edges.fromNodeId,
        toNodeId: edges.toNodeId,
        mode: edges.mode,
        gaugeChange: edges.gaugeChange,
        dwellHoursMin: edges.dwellHoursMin,
        dwellHoursMax: edges.dwellHoursMax,
        dwellSource: edges.dwellSource,
      })
      .from(edges),
    db
      .select({
        shipmentId: trackingEvents.shipmentId,
        legSequence: shipmentLegs.sequence,
        kind: trackingEvents.kind,
        nodeId: trackingEvents.nodeId,
        occurredAt: trackingEvents.occurredAt,
        isDemo: shipments.isDemo,
      })
      .from(trackingEvents)
      .innerJoin(shipmentLegs, eq(shipmentLegs.id, trackingEvents.legId))
      .innerJoin(shipments, eq(shipments.id, trackingEvents.shipmentId))
      .where(and(inArray(trackingEvents.kind, dwellEventKinds), isNotNull(trackingEvents.nodeId))),
  ]);
  const crossings = findBorderCrossings({ nodes: nodeRows, links: linkRows });
  const samples = extractDwellSamples({
    events: eventRows.map((row) => ({ ...row, kind: row.kind as TrackingEventKind })),
    crossingOfNode: crossingByNode(crossings),
  });
  return { crossings, samples };
}

/**
 * Dwell observed per border station for the planner: samples, median and 90th percentile in hours from real
 * shipments only. Demo shipments never count — their events are made up, and a planner fed with them would present
 * invented waits as observed ones. A crossing's figure is listed under each of its stations, so the planner finds it
 * whichever side of a pair it names. Crossings without samples are absent; the planner decides whether the number of
 * samples is enough (`freightLimits.dwellSamplesForPlanning`).
 */
export async function loadObservedDwell(options: { db: Db }): Promise<ObservedDwell> {
  const { crossings, samples } = await loadDwellSamples(options);
  const hoursByCrossing = new Map<string, number[]>();
  for (const sample of samples) {
    if (sample.isDemo) continue;
    const list = hoursByCrossing.get(sample.crossingKey) ?? [];
    list.push(sample.hours);
    hoursByCrossing.set(sample.crossingKey, list);
  }
  const observed = new Map<string, { samples: number; p50Hours: number; p90Hours: number }>();
  for (const crossing of crossings) {
    const hours = hoursByCrossing.get(crossing.key);
    if (!hours) continue;
    const entry = {
      samples: hours.length,
      p50Hours: quantile({ values: hours, q: 0.5 }) as number,
      p90Hours: quantile({ values: hours, q: 0.9 }) as number,
    };
    for (const nodeId of crossing.nodeIds) observed.set(nodeId, entry);
  }
  return observed;
}

const cachedDwell = new WeakMap<Db, { at: number; value: Promise<ObservedDwell> }>();

/**
 * The observed dwell, computed at most once per `maxAgeMs` per database: every tracking event re-estimates an
 * arrival, and reading every border event of the platform for each one would make ingestion slower the more data it
 * holds. Dwell distributions move slowly, so an estimate using figures a minute old is as good.
 */
export function recentObservedDwell(options: { db: Db; maxAgeMs?: number; now?: number }): Promise<ObservedDwell> {
  const now = options.now ?? Date.now();
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const cached = cachedDwell.get(options.db);
  if (cached && now - cached.at < maxAgeMs) return cached.value;
  const value = loadObservedDwell({ db: options.db });
  cachedDwell.set(options.db, { at: now, value });
  value.catch(() => cachedDwell.delete(options.db));
  return value;
}
