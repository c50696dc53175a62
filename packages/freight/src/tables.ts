import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../core/src/tables.ts';

/** A sourced fact about a node or service, e.g. throughput through a border station. */
export interface SourcedFact {
  text: string;
  source: string;
}

/** Names in the three platform languages, all three present (ours where no official form exists). */
export type TrilingualName = Record<'zh' | 'ru' | 'en', string>;

/** Freight network nodes: cities, seaports, dry ports and border stations. Ids are stable slugs (`alashankou`). */
export const nodes = pgTable('freight_nodes', {
  id: text('id').primaryKey(),
  name: jsonb('name').$type<TrilingualName>().notNull(),
  countryCode: text('country_code').notNull(),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
  /** True while the position is approximate (about ±0.1°) rather than checked against a gazetteer. */
  coordinatesApproximate: boolean('coordinates_approximate').notNull().default(true),
  coordinatesNote: text('coordinates_note'),
  kind: text('kind').notNull(),
  /** `1435`, `1520`, `1676`, both gauges of a break-of-gauge station (`1435/1520`), or null without rail. */
  gauge: text('gauge'),
  /** For border stations: the two countries the crossing joins. */
  borderOf: text('border_of').array(),
  note: text('note'),
  facts: jsonb('facts').$type<SourcedFact[]>().notNull().default([]),
  /** Where the node's data comes from. */
  source: text('source').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/** Links between nodes by mode. Travelled in both directions. */
export const edges = pgTable(
  'freight_edges',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    fromNodeId: text('from_node_id')
      .notNull()
      .references(() => nodes.id),
    toNodeId: text('to_node_id')
      .notNull()
      .references(() => nodes.id),
    mode: text('mode').notNull(),
    distanceKm: doublePrecision('distance_km').notNull(),
    /** True when the distance is our estimate (great-circle × detour factor), false when a source gives it. */
    distanceEstimated: boolean('distance_estimated').notNull(),
    greatCircleKm: doublePrecision('great_circle_km'),
    /** A URL, or how the estimate was made. */
    distanceSource: text('distance_source').notNull(),
    /** Published running time, when a source gives one. */
    transitHours: doublePrecision('transit_hours'),
    gauge: text('gauge'),
    /** Traversing the link needs a bogie exchange or transshipment between gauges. */
    gaugeChange: boolean('gauge_change').notNull().default(false),
    status: text('status').notNull(),
    /** Dwell at the border or transshipment point the link crosses, as a published range in hours. */
    dwellHoursMin: doublePrecision('dwell_hours_min'),
    dwellHoursMax: doublePrecision('dwell_hours_max'),
    dwellSource: text('dwell_source'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (table) => [
    index('freight_edges_from_idx').on(table.fromNodeId),
    index('freight_edges_to_idx').on(table.toNodeId),
    uniqueIndex('freight_edges_link_uq').on(table.fromNodeId, table.toNodeId, table.mode),
  ],
);

/** Every change to a node or link, with the values before and after: the network's history. */
export const networkRevisions = pgTable(
  'freight_network_revisions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    entityKind: text('entity_kind').notNull(),
    entityId: text('entity_id').notNull(),
    version: integer('version').notNull(),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown>>().notNull(),
    reason: text('reason').notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('freight_network_revisions_uq').on(table.entityKind, table.entityId, table.version)],
);

/** Published corridor services (e.g. Chongqing–Duisburg in 16 days), with their sources. */
export const corridorServices = pgTable('freight_services', {
  id: text('id').primaryKey(),
  name: jsonb('name').$type<TrilingualName>().notNull(),
  viaNodeIds: text('via_node_ids').array().notNull(),
  distanceKm: text('distance_km'),
  transitDays: text('transit_days'),
  source: text('source').notNull(),
  note: text('note'),
  /** A service not running yet (e.g. the China–Kyrgyzstan–Uzbekistan railway). */
  planned: boolean('planned').notNull().default(false),
});

/** A party to a shipment as written on its documents. */
export interface ShipmentParty {
  name: string;
  address: string;
  countryCode: string;
  contact: string | null;
}

export interface ShipmentParties {
  shipper: ShipmentParty;
  consignee: ShipmentParty;
  forwarder: ShipmentParty | null;
  notifyParty: ShipmentParty | null;
}

export interface ShipmentCargo {
  kind: 'general' | 'reefer' | 'dangerous';
  unit: 'teu' | 'tonnes';
  quantity: number;
  /** Gross mass of the whole consignment in tonnes (for TEU cargo, declared or the planning default per TEU). */
  grossTonnes: number;
  /** For dangerous goods: UN number (four digits) and ADR/RID/IMDG class. */
  unNumber: string | null;
  hazardClass: string | null;
  /** For reefers: the set temperature in °C. */
  temperatureC: number | null;
}

export interface GoodsLine {
  hsCode: string;
  description: string;
  grossKg: number;
  packages: number;
  packageKind: string;
}

/** Shipments: a planned route booked with its parties and goods. */
export const shipments = pgTable(
  'freight_shipments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** Human-readable reference, e.g. `SCO-2026-000042`. */
    reference: text('reference').notNull().unique(),
    status: text('status').notNull().default('booked'),
    /** The account that booked it (a forwarder or a shipper). */
    bookedBy: uuid('booked_by')
      .notNull()
      .references(() => users.id),
    /** The shipper's account, when the shipper follows the shipment on the platform. */
    shipperUserId: uuid('shipper_user_id').references(() => users.id),
    parties: jsonb('parties').$type<ShipmentParties>().notNull(),
    cargo: jsonb('cargo').$type<ShipmentCargo>().notNull(),
    goods: jsonb('goods').$type<GoodsLine[]>().notNull(),
    /** ISO 6346 container numbers, validated with their check digit. */
    containers: text('containers').array().notNull().default([]),
    originNodeId: text('origin_node_id')
      .notNull()
      .references(() => nodes.id),
    destinationNodeId: text('destination_node_id')
      .notNull()
      .references(() => nodes.id),
    /** The route as planned when booked (the planner's output), kept as it was so later network edits do not change it. */
    plannedRoute: jsonb('planned_route').$type<Record<string, unknown>>().notNull(),
    plannedDeparture: timestamp('planned_departure', { withTimezone: true }).notNull(),
    plannedArrival: timestamp('planned_arrival', { withTimezone: true }).notNull(),
    /** The arrival estimate, re-computed from each event. */
    estimatedArrival: timestamp('estimated_arrival', { withTimezone: true }).notNull(),
    estimateUpdatedAt: timestamp('estimate_updated_at', { withTimezone: true }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('freight_shipments_booked_by_idx').on(table.bookedBy),
    index('freight_shipments_shipper_idx').on(table.shipperUserId),
  ],
);

/** One leg of a shipment: a stretch carried by one carrier in one mode (rail legs split where the gauge changes). */
export const shipmentLegs = pgTable(
  'freight_shipment_legs',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    sequence: integer('sequence').notNull(),
    mode: text('mode').notNull(),
    fromNodeId: text('from_node_id')
      .notNull()
      .references(() => nodes.id),
    toNodeId: text('to_node_id')
      .notNull()
      .references(() => nodes.id),
    /** Every node the leg passes, in order, from `fromNodeId` to `toNodeId`. */
    viaNodeIds: text('via_node_ids').array().notNull(),
    distanceKm: doublePrecision('distance_km').notNull(),
    gauge: text('gauge'),
    regimes: text('regimes').array().notNull(),
    carrierUserId: uuid('carrier_user_id')
      .notNull()
      .references(() => users.id),
    status: text('status').notNull().default('planned'),
    plannedDeparture: timestamp('planned_departure', { withTimezone: true }).notNull(),
    plannedArrival: timestamp('planned_arrival', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('freight_shipment_legs_seq_uq').on(table.shipmentId, table.sequence),
    index('freight_shipment_legs_carrier_idx').on(table.carrierUserId),
  ],
);

/**
 * Digital consignment notes and waybills, one or more per leg. A signed document is never edited: a correction is a
 * new version that supersedes it.
 */
export const documents = pgTable(
  'freight_documents',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    legId: uuid('leg_id')
      .notNull()
      .references(() => shipmentLegs.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** Document number, e.g. `SCO-2026-000042-L2-SMGS-1`. */
    number: text('number').notNull().unique(),
    version: integer('version').notNull().default(1),
    status: text('status').notNull().default('draft'),
    /** The fields the document carries, by regime (see documents/document-fields.ts). */
    fields: jsonb('fields').$type<Record<string, unknown>>().notNull(),
    supersedesId: uuid('supersedes_id'),
    supersededById: uuid('superseded_by_id'),
    /** The exact bytes signed: the canonical JSON of number, kind, version, shipment, leg and fields. */
    signedPayload: text('signed_payload'),
    /** SHA-256 of the signed payload, hex. */
    payloadDigest: text('payload_digest'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('freight_documents_shipment_idx').on(table.shipmentId),
    index('freight_documents_leg_idx').on(table.legId),
  ],
);

/** Ed25519 keys the platform holds for signing parties. The public key is published; old keys stay to verify. */
export const signingKeys = pgTable('freight_signing_keys', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  /** SPKI, PEM. */
  publicKey: text('public_key').notNull(),
  /** PKCS#8, PEM. Held by the platform on the party's behalf. */
  privateKey: text('private_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
});

export const documentSignatures = pgTable(
  'freight_document_signatures',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    signerUserId: uuid('signer_user_id')
      .notNull()
      .references(() => users.id),
    /** The signer's name and organisation as shown on the document at signing time. */
    signerName: text('signer_name').notNull(),
    capacity: text('capacity').notNull(),
    keyId: uuid('key_id')
      .notNull()
      .references(() => signingKeys.id),
    algorithm: text('algorithm').notNull().default('Ed25519'),
    /** Base64 signature over the document's signed payload. */
    signature: text('signature').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('freight_document_signatures_uq').on(table.documentId, table.capacity)],
);

/** Status events carriers post for their legs. The idempotency key is unique per poster. */
export const trackingEvents = pgTable(
  'freight_tracking_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    legId: uuid('leg_id')
      .notNull()
      .references(() => shipmentLegs.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    nodeId: text('node_id').references(() => nodes.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    idempotencyKey: text('idempotency_key').notNull(),
    /** SHA-256 of the event as posted, so a key reused for a different event is told apart from a replay. */
    requestDigest: text('request_digest').notNull(),
    note: text('note'),
  },
  (table) => [
    uniqueIndex('freight_tracking_events_idem_uq').on(table.recordedBy, table.idempotencyKey),
    index('freight_tracking_events_shipment_idx').on(table.shipmentId, table.occurredAt),
    index('freight_tracking_events_node_idx').on(table.nodeId, table.kind),
  ],
);

/** Read-only links to a shipment's documents for authorities (customs, border police). Only a hash is stored. */
export const authorityLinks = pgTable('freight_authority_links', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  shipmentId: uuid('shipment_id')
    .notNull()
    .references(() => shipments.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  /** Who the link is for, e.g. "Customs, Dostyk". */
  label: text('label').notNull(),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/** Every opening of an authority link: what was opened, when, from where. */
export const authorityAccesses = pgTable(
  'freight_authority_accesses',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    linkId: uuid('link_id')
      .notNull()
      .references(() => authorityLinks.id, { onDelete: 'cascade' }),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    documentId: uuid('document_id'),
    accessedAt: timestamp('accessed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Keyed hash of the client address: enough to tell accesses apart without keeping the address. */
    clientHash: text('client_hash').notNull(),
    userAgent: text('user_agent'),
  },
  (table) => [index('freight_authority_accesses_link_idx').on(table.linkId, table.accessedAt)],
);
