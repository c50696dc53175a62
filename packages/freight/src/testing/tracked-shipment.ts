import { randomUUID } from 'node:crypto';
import type { Db } from '../../../core/src/db/database.ts';
import type { PlannedBorderCrossing, PlannedLeg, PlannedRoute } from '../planning/route-types.ts';
import { edges, nodes, shipmentLegs, shipments } from '../tables.ts';

/**
 * A shipment for tracking tests, written straight into the tables with its own nodes and links, so that a test
 * depends neither on the seeded network nor on demo shipments. Its route crosses a break of gauge at a pair of border
 * stations and then a road border:
 *
 *   leg 1, rail 1435:  origin ─ gaugeA                      (0 h → 30 h)
 *   leg 2, rail 1520:  gaugeA ─ gaugeB ─ hub                (30 h → 70 h, 12 h planned dwell at gaugeA–gaugeB)
 *   leg 3, road:       hub ─ roadBorder ─ destination       (76 h → 100 h, 6 h planned dwell at roadBorder)
 *
 * Times are offsets from `departure`, which defaults to 60 hours ago, so that the plan has a past and a future.
 */
export interface TrackedShipment {
  id: string;
  reference: string;
  departure: Date;
  bookedAt: Date;
  plannedArrival: Date;
  /** Leg ids by sequence: `legIds[0]` is leg 1. */
  legIds: [string, string, string];
  nodeIds: { origin: string; gaugeA: string; gaugeB: string; hub: string; roadBorder: string; destination: string };
}

const hour = 3_600_000;

export async function insertTrackedShipment(options: {
  db: Db;
  bookedBy: string;
  shipperUserId?: string | null;
  /** Carriers of legs 1, 2 and 3. */
  carrierUserIds: [string, string, string];
  departure?: Date;
  isDemo?: boolean;
  /** Route over these existing nodes instead of making new ones (and their links). */
  existingNodes?: TrackedShipment['nodeIds'];
}): Promise<TrackedShipment> {
  const { db, bookedBy, carrierUserIds } = options;
  const suffix = randomUUID().replaceAll('-', '').slice(0, 10);
  const id = (name: string) => `trk_${name}_${suffix}`;
  const nodeIds = options.existingNodes ?? {
    origin: id('origin'),
    gaugeA: id('gauge_a'),
    gaugeB: id('gauge_b'),
    hub: id('hub'),
    roadBorder: id('road_border'),
    destination: id('destination'),
  };
  if (!options.existingNodes) await insertFixtureNetwork(db, nodeIds);

  const departure = options.departure ?? new Date(Date.now() - 60 * hour);
  const at = (hours: number) => new Date(departure.getTime() + hours * hour);
  const bookedAt = at(-24);
  const gaugeCrossing: PlannedBorderCrossing = {
    nodeId: nodeIds.gaugeA,
    pairNodeId: nodeIds.gaugeB,
    countries: ['CN', 'KZ'],
    gaugeChange: true,
    dwellHours: 12,
    dwellBasis: 'dataset',
    dwellSource: 'https://example.org/published-dwell',
  };
  const roadCrossing: PlannedBorderCrossing = {
    nodeId: nodeIds.roadBorder,
    pairNodeId: null,
    countries: ['KZ', 'RU'],
    gaugeChange: false,
    dwellHours: 6,
    dwellBasis: 'default',
    dwellSource: null,
  };
  const legs = [
    plannedLeg(1, 'rail', [nodeIds.origin, nodeIds.gaugeA], 0, 30, 0, [], '1435'),
    plannedLeg(2, 'rail', [nodeIds.gaugeA, nodeIds.gaugeB, nodeIds.hub], 30, 70, 12, [gaugeCrossing], '1520'),
    plannedLeg(3, 'road', [nodeIds.hub, nodeIds.roadBorder, nodeIds.destination], 76, 100, 6, [roadCrossing], null),
  ];
  const route: PlannedRoute = {
    id: `route-${suffix}`,
    legs,
    totals: { hours: 100, costUsd: 9000, co2eWtwKg: 3000, co2eTtwKg: 2500, distanceKm: 2400 },
    gaugeChanges: 1,
    regimes: ['smgs', 'cmr'],
    countries: ['CN', 'KZ', 'RU'],
    borderCrossings: [gaugeCrossing, roadCrossing],
    modes: ['rail', 'road'],
    scenario: false,
    estimatedDistanceShare: 1,
    paretoOptimal: true,
    fastest: true,
    cheapest: true,
    lowestEmissions: true,
  };
  const reference = `TRK-${suffix.toUpperCase()}`;
  const [shipment] = await db
    .insert(shipments)
    .values({
      reference,
      bookedBy,
      shipperUserId: options.shipperUserId ?? null,
      parties: {
        shipper: { name: 'Fixture Shipper Co.', address: '1 Fixture Road', countryCode: 'CN', contact: null },
        consignee: { name: 'Fixture Consignee LLC', address: '2 Fixture Street', countryCode: 'RU', contact: null },
        forwarder: null,
        notifyParty: null,
      },
      cargo: {
        kind: 'general',
        unit: 'teu',
        quantity: 2,
        grossTonnes: 24,
        unNumber: null,
        hazardClass: null,
        temperatureC: null,
      },
      goods: [{ hsCode: '847130', description: 'Laptops', grossKg: 24000, packages: 800, packageKind: 'cartons' }],
      originNodeId: nodeIds.origin,
      destinationNodeId: nodeIds.destination,
      plannedRoute: route as unknown as Record<string, unknown>,
      plannedDeparture: departure,
      plannedArrival: at(100),
      estimatedArrival: at(100),
      estimateUpdatedAt: bookedAt,
      isDemo: options.isDemo ?? false,
      createdAt: bookedAt,
      updatedAt: bookedAt,
    })
    .returning({ id: shipments.id });
  if (!shipment) throw new Error('insertTrackedShipment: no shipment row');
  const legRows = await db
    .insert(shipmentLegs)
    .values(
      legs.map((leg, index) => ({
        shipmentId: shipment.id,
        sequence: leg.sequence,
        mode: leg.mode,
        fromNodeId: leg.fromNodeId,
        toNodeId: leg.toNodeId,
        viaNodeIds: leg.viaNodeIds,
        distanceKm: leg.distanceKm,
        gauge: leg.gauge,
        regimes: leg.regimes,
        carrierUserId: carrierUserIds[index] as string,
        plannedDeparture: at(leg.startOffsetHours),
        plannedArrival: at(leg.endOffsetHours),
      })),
    )
    .returning({ id: shipmentLegs.id, sequence: shipmentLegs.sequence });
  const legIds = legRows.sort((a, b) => a.sequence - b.sequence).map((leg) => leg.id) as [string, string, string];
  return { id: shipment.id, reference, departure, bookedAt, plannedArrival: at(100), legIds, nodeIds };
}

function plannedLeg(
  sequence: number,
  mode: 'rail' | 'road',
  viaNodeIds: string[],
  start: number,
  end: number,
  dwell: number,
  borderCrossings: PlannedBorderCrossing[],
  gauge: string | null,
): PlannedLeg {
  return {
    sequence,
    mode,
    fromNodeId: viaNodeIds[0] as string,
    toNodeId: viaNodeIds.at(-1) as string,
    viaNodeIds,
    edgeIds: [],
    distanceKm: 800,
    estimatedDistanceShare: 0,
    gauge,
    regimes: mode === 'rail' ? ['smgs'] : ['cmr'],
    documentKinds: mode === 'rail' ? ['smgs_note'] : ['ecmr'],
    startOffsetHours: start,
    endOffsetHours: end,
    runningHours: end - start - dwell,
    dwellHours: dwell,
    costUsd: 3000,
    co2eWtwKg: 1000,
    co2eTtwKg: 800,
    borderCrossings,
    scenario: false,
  };
}

function fixtureNode(id: string, name: string, countryCode: string, kind: string, gauge: string | null) {
  return {
    id,
    name: { zh: `${name}（测试）`, ru: `${name} (тест)`, en: `${name} (fixture)` },
    countryCode,
    latitude: 45,
    longitude: 80,
    kind,
    gauge,
    source: 'test fixture',
  };
}

function fixtureLink(fromNodeId: string, toNodeId: string, mode: 'rail' | 'road') {
  return {
    fromNodeId,
    toNodeId,
    mode,
    distanceKm: 400,
    distanceEstimated: false,
    distanceSource: 'test fixture',
    status: 'operational',
  };
}

/** The fixture route's nodes and links, with a published dwell on the break-of-gauge link. */
async function insertFixtureNetwork(db: Db, nodeIds: TrackedShipment['nodeIds']) {
  await db
    .insert(nodes)
    .values([
      fixtureNode(nodeIds.origin, 'Origin', 'CN', 'city', '1435'),
      { ...fixtureNode(nodeIds.gaugeA, 'Gauge A', 'CN', 'border', '1435'), borderOf: ['CN', 'KZ'] },
      { ...fixtureNode(nodeIds.gaugeB, 'Gauge B', 'KZ', 'border', '1520'), borderOf: ['KZ', 'CN'] },
      fixtureNode(nodeIds.hub, 'Hub', 'KZ', 'city', '1520'),
      { ...fixtureNode(nodeIds.roadBorder, 'Road Border', 'KZ', 'border', null), borderOf: ['KZ', 'RU'] },
      fixtureNode(nodeIds.destination, 'Destination', 'RU', 'city', null),
    ]);
  await db.insert(edges).values([
    fixtureLink(nodeIds.origin, nodeIds.gaugeA, 'rail'),
    {
      ...fixtureLink(nodeIds.gaugeA, nodeIds.gaugeB, 'rail'),
      distanceKm: 14,
      gaugeChange: true,
      dwellHoursMin: 4,
      dwellHoursMax: 9,
      dwellSource: 'https://example.org/published-dwell',
    },
    fixtureLink(nodeIds.gaugeB, nodeIds.hub, 'rail'),
    fixtureLink(nodeIds.hub, nodeIds.roadBorder, 'road'),
    fixtureLink(nodeIds.roadBorder, nodeIds.destination, 'road'),
  ]);
}
