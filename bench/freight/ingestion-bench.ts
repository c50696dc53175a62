import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { systemActor, userActor } from '../../packages/core/src/auth/actor.ts';
import { createUser } from '../../packages/core/src/auth/create-user.ts';
import { type Db, openDatabase } from '../../packages/core/src/db/database.ts';
import { DomainError } from '../../packages/core/src/errors.ts';
import { shipmentLegs, shipments, trackingEvents } from '../../packages/freight/src/tables.ts';
import { insertTrackedShipment, type TrackedShipment } from '../../packages/freight/src/testing/tracked-shipment.ts';
import { trackingEventDigest } from '../../packages/freight/src/tracking/event-digest.ts';
import { postTrackingEvent } from '../../packages/freight/src/tracking/post-tracking-event.ts';
import type { TrackingEventKind } from '../../packages/freight/src/vocabulary.ts';
import { type Distribution, distribution, elapsedMs, round } from '../support/stats.ts';

export interface IngestionBenchConfig {
  /** Carriers posting at the same time, each its own shipments' events in order. */
  carriers: number;
  /** Shipments per carrier and per path (each path gets its own). */
  shipmentsPerCarrier: number;
  /** Connections of the pool the command runs on. */
  poolSize: number;
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1, not "${raw}"`);
  return value;
}

export function readIngestionBenchConfig(): IngestionBenchConfig {
  return {
    carriers: positiveInteger('BENCH_TRACKING_CARRIERS', 8),
    shipmentsPerCarrier: positiveInteger('BENCH_TRACKING_SHIPMENTS', 25),
    poolSize: positiveInteger('BENCH_TRACKING_POOL', 10),
  };
}

/** One event of a shipment's journey: leg index, kind, node key, hours after the planned departure. */
type Step = [leg: 0 | 1 | 2, kind: TrackingEventKind, node: keyof TrackedShipment['nodeIds'] | null, hours: number];

/** The whole journey across the gauge change and the road border, as carriers would report it (11 events). */
const journey: Step[] = [
  [0, 'departed', 'origin', 0.5],
  [0, 'arrived_at_border', 'gaugeA', 31],
  [0, 'handed_over', 'gaugeA', 33],
  [1, 'gauge_transfer', 'gaugeB', 41],
  [1, 'departed', 'gaugeB', 43],
  [1, 'exception', null, 50],
  [1, 'handed_over', 'hub', 71],
  [2, 'departed', 'hub', 77],
  [2, 'arrived_at_border', 'roadBorder', 85],
  [2, 'customs_cleared', 'roadBorder', 92],
  [2, 'delivered', 'destination', 101],
];

interface PreparedEvent {
  shipmentId: string;
  legId: string;
  carrierUserId: string;
  key: string;
  input: { kind: TrackingEventKind; occurredAt: string; nodeId: string | null; note: string | null };
}

export interface IngestionRun {
  events: number;
  seconds: number;
  eventsPerSecond: number;
  latencyMs: Distribution;
}

export interface IngestionMeasurement {
  config: IngestionBenchConfig;
  /** Plain INSERT of the same event rows, no checks, no statuses, no estimate, no audit entry. */
  baseline: IngestionRun;
  /** postTrackingEvent: authorisation, idempotency, rules, statuses, estimate, audit entry, notices. */
  command: IngestionRun;
  /** The same events posted again under their keys: refused as replays (409), nothing written. */
  replay: IngestionRun;
  loadAverage: { before: number; after: number };
}

const resultsFile = fileURLToPath(new URL('../results/freight-ingestion.json', import.meta.url));

/** Shipments of one path: one per carrier and slot, the first making the fixture nodes, the others copying it. */
async function prepareShipments(options: {
  db: Db;
  bookedBy: string;
  carrierIds: string[];
  perCarrier: number;
  departure: Date;
}): Promise<{ carrierId: string; shipment: TrackedShipment }[]> {
  const prepared: { carrierId: string; shipment: TrackedShipment }[] = [];
  for (const carrierId of options.carrierIds) {
    for (let index = 0; index < options.perCarrier; index++) {
      const shipment = await insertTrackedShipment({
        db: options.db,
        bookedBy: options.bookedBy,
        carrierUserIds: [carrierId, carrierId, carrierId],
        departure: options.departure,
      });
      prepared.push({ carrierId, shipment });
    }
  }
  return prepared;
}

function eventsOf(prepared: { carrierId: string; shipment: TrackedShipment }[]): PreparedEvent[][] {
  return prepared.map(({ carrierId, shipment }) =>
    journey.map(([leg, kind, node, hours]) => ({
      shipmentId: shipment.id,
      legId: shipment.legIds[leg],
      carrierUserId: carrierId,
      key: randomUUID(),
      input: {
        kind,
        occurredAt: new Date(shipment.departure.getTime() + hours * 3_600_000).toISOString(),
        nodeId: node ? shipment.nodeIds[node] : null,
        note: kind === 'exception' ? 'Wagon inspection' : null,
      },
    })),
  );
}

/**
 * Runs one worker per carrier; each posts its shipments' events in journey order, one at a time, as a carrier's
 * system would. Returns every call's latency and the wall time.
 */
async function runConcurrently(
  perCarrier: PreparedEvent[][][],
  post: (event: PreparedEvent) => Promise<void>,
): Promise<IngestionRun> {
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    perCarrier.map(async (shipmentsOfCarrier) => {
      for (const events of shipmentsOfCarrier) {
        for (const event of events) {
          const callStart = performance.now();
          await post(event);
          latencies.push(elapsedMs(callStart));
        }
      }
    }),
  );
  const seconds = elapsedMs(start) / 1000;
  return {
    events: latencies.length,
    seconds,
    eventsPerSecond: latencies.length / seconds,
    latencyMs: distribution(latencies),
  };
}

const byCarrier = (carrierIds: string[], events: PreparedEvent[][]) =>
  carrierIds.map((carrierId) => events.filter((shipmentEvents) => shipmentEvents[0]?.carrierUserId === carrierId));

function printIngestion(result: IngestionMeasurement) {
  const { config } = result;
  const row = (label: string, run: IngestionRun) =>
    `  ${label.padEnd(44)} ${run.events.toString().padStart(7)} ${[
      run.latencyMs.p50,
      run.latencyMs.p95,
      run.latencyMs.p99,
      run.latencyMs.max,
    ]
      .map((value) => round(value).toString().padStart(8))
      .join('')} ${round(run.eventsPerSecond).toString().padStart(9)}`;
  console.log(
    `\nFreight event ingestion on PostgreSQL: ${config.carriers} carriers at once, ${config.shipmentsPerCarrier} shipments each, ` +
      `${journey.length} events per shipment, pool of ${config.poolSize}; 1-min load average ${round(result.loadAverage.before)} → ${round(result.loadAverage.after)}`,
  );
  console.log(
    `  ${''.padEnd(44)} ${'events'.padStart(7)} ${['p50 ms', 'p95 ms', 'p99 ms', 'max ms'].map((h) => h.padStart(8)).join('')} ${'events/s'.padStart(9)}`,
  );
  console.log(row('baseline: plain INSERT of the event row', result.baseline));
  console.log(row('command: postTrackingEvent', result.command));
  console.log(row('replay: same key and event again (409)', result.replay));
  console.log(
    `  p50 ×base ${round(result.command.latencyMs.p50 / result.baseline.latencyMs.p50)}, ` +
      `events/s ×base ${round(result.command.eventsPerSecond / result.baseline.eventsPerSecond)}`,
  );
}

/**
 * Event ingestion throughput: carriers posting their legs' events at the same time through the domain command
 * (`postTrackingEvent`, in-process, the use case behind POST /freight/shipments/:id/legs/:legId/events), against a
 * baseline measured in the same run — the same rows written with a plain INSERT — and the replay path. Every path
 * gets its own shipments on the same fixture route. Writes bench/results/freight-ingestion.json.
 */
export async function benchFreightIngestion(options: {
  databaseUrl: string;
  config: IngestionBenchConfig;
  log: (line: string) => void;
}): Promise<IngestionMeasurement> {
  const { databaseUrl, config, log } = options;
  const connection = await openDatabase({ databaseUrl, poolSize: config.poolSize });
  try {
    const db = connection.db;
    const account = async (role: 'carrier' | 'forwarder', index: number) =>
      createUser({
        db,
        actor: systemActor('bench'),
        input: {
          email: `bench-${role}-${index}-${process.pid}@bench.invalid`,
          password: randomBytes(24).toString('base64url'),
          role,
          displayName: `Bench ${role} ${index}`,
        },
      });
    const forwarder = await account('forwarder', 0);
    const carriers = [];
    for (let index = 0; index < config.carriers; index++) carriers.push(await account('carrier', index));
    const carrierIds = carriers.map((carrier) => carrier.id);
    const actorOf = new Map(carriers.map((carrier) => [carrier.id, userActor(carrier)]));
    const departure = new Date(Date.now() - 200 * 3_600_000);
    log(`tracking: creating ${2 * config.carriers * config.shipmentsPerCarrier} shipments`);
    const baselineShipments = await prepareShipments({
      db,
      bookedBy: forwarder.id,
      carrierIds,
      perCarrier: config.shipmentsPerCarrier,
      departure,
    });
    const commandShipments = await prepareShipments({
      db,
      bookedBy: forwarder.id,
      carrierIds,
      perCarrier: config.shipmentsPerCarrier,
      departure,
    });
    await db.execute(sql`analyze`);
    const loadBefore = loadavg()[0] as number;

    log('tracking: baseline (plain INSERT)');
    const baselineEvents = eventsOf(baselineShipments);
    const baseline = await runConcurrently(byCarrier(carrierIds, baselineEvents), async (event) => {
      const occurredAt = new Date(event.input.occurredAt);
      await db.insert(trackingEvents).values({
        shipmentId: event.shipmentId,
        legId: event.legId,
        kind: event.input.kind,
        nodeId: event.input.nodeId,
        occurredAt,
        recordedBy: event.carrierUserId,
        idempotencyKey: event.key,
        requestDigest: trackingEventDigest({
          ...event.input,
          shipmentId: event.shipmentId,
          legId: event.legId,
          occurredAt,
        }),
        note: event.input.note,
      });
    });

    log('tracking: postTrackingEvent');
    const commandEvents = eventsOf(commandShipments);
    const post = (event: PreparedEvent) =>
      postTrackingEvent({
        db,
        actor: actorOf.get(event.carrierUserId) as ReturnType<typeof userActor>,
        shipmentId: event.shipmentId,
        legId: event.legId,
        idempotencyKey: event.key,
        input: event.input,
      });
    const command = await runConcurrently(byCarrier(carrierIds, commandEvents), async (event) => {
      await post(event);
    });

    log('tracking: replays');
    const replay = await runConcurrently(byCarrier(carrierIds, commandEvents), async (event) => {
      try {
        await post(event);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'conflict') return;
        throw error;
      }
      throw new Error('a replay was recorded again');
    });

    const [delivered] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(shipments)
      .where(eq(shipments.status, 'delivered'));
    const [completedLegs] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(shipmentLegs)
      .where(eq(shipmentLegs.status, 'completed'));
    const expectedShipments = config.carriers * config.shipmentsPerCarrier;
    if (delivered?.count !== expectedShipments || completedLegs?.count !== expectedShipments * 3) {
      throw new Error(
        `tracking: expected ${expectedShipments} delivered shipments and ${expectedShipments * 3} completed legs, found ${delivered?.count} and ${completedLegs?.count}`,
      );
    }
    const result: IngestionMeasurement = {
      config,
      baseline,
      command,
      replay,
      loadAverage: { before: loadBefore, after: loadavg()[0] as number },
    };
    await mkdir(fileURLToPath(new URL('../results', import.meta.url)), { recursive: true });
    await writeFile(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
    printIngestion(result);
    return result;
  } finally {
    await connection.close();
  }
}
