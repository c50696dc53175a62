/** Code lists of the Freight module. UI labels live in the web locales under `freight.vocab.*`. */

export const transportModes = ['rail', 'road', 'sea', 'air'] as const;
export type TransportMode = (typeof transportModes)[number];

export const nodeKinds = ['city', 'port', 'dry_port', 'border'] as const;
export type NodeKind = (typeof nodeKinds)[number];

/** Track gauges in millimetres; a break-of-gauge station carries both, e.g. `1435/1520`. */
export const gauges = ['1435', '1520', '1676'] as const;
export type Gauge = (typeof gauges)[number];

export const linkStatuses = ['operational', 'under_construction', 'planned', 'indicative'] as const;
export type LinkStatus = (typeof linkStatuses)[number];

export const cargoKinds = ['general', 'reefer', 'dangerous'] as const;
export type CargoKind = (typeof cargoKinds)[number];

export const cargoUnits = ['teu', 'tonnes'] as const;
export type CargoUnit = (typeof cargoUnits)[number];

/** What a route search may weigh: door-to-door time, cost, or greenhouse-gas emissions (well-to-wheel). */
export const routeCriteria = ['time', 'cost', 'co2e'] as const;
export type RouteCriterion = (typeof routeCriteria)[number];

/**
 * Legal regimes of carriage a leg travels under. Rail: CIM (COTIF), SMGS (OSJD) or the common CIM/SMGS note where a
 * rail journey crosses from one law area to the other. Road: CMR (electronic eCMR); TIR for customs transit across
 * borders under a TIR carnet (eTIR). Sea: a sea waybill. Air: an air waybill (Montreal Convention).
 */
export const legalRegimes = ['cim', 'smgs', 'cim_smgs', 'cmr', 'tir', 'sea', 'air'] as const;
export type LegalRegime = (typeof legalRegimes)[number];

/** The documents the platform issues per leg. */
export const documentKinds = [
  'cim_note',
  'smgs_note',
  'cim_smgs_note',
  'ecmr',
  'etir',
  'sea_waybill',
  'air_waybill',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentStatuses = ['draft', 'signed', 'superseded'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** The capacity in which a party signs a document. */
export const signerCapacities = ['consignor', 'carrier'] as const;
export type SignerCapacity = (typeof signerCapacities)[number];

export const shipmentStatuses = ['booked', 'in_transit', 'delivered', 'cancelled'] as const;
export type ShipmentStatus = (typeof shipmentStatuses)[number];

export const legStatuses = ['planned', 'in_progress', 'completed'] as const;
export type LegStatus = (typeof legStatuses)[number];

/** Status events carriers post for their legs. */
export const trackingEventKinds = [
  'departed',
  'arrived_at_border',
  'customs_cleared',
  'gauge_transfer',
  'loaded_on_ferry',
  'handed_over',
  'delivered',
  'exception',
] as const;
export type TrackingEventKind = (typeof trackingEventKinds)[number];

/** What an access through an authority link opened. */
export const authorityAccessKinds = ['shipment', 'document', 'verification'] as const;
export type AuthorityAccessKind = (typeof authorityAccessKinds)[number];

export const networkEntityKinds = ['node', 'edge'] as const;
export type NetworkEntityKind = (typeof networkEntityKinds)[number];

export const freightLimits = {
  /** A block train carries about 41–50 forty-foot containers (82–100 TEU); a booking may take several trains' worth. */
  maxTeu: 500,
  /** Tonnes per booking. */
  maxTonnes: 20_000,
  /** Routes a plan returns at most (the Pareto set is thinned beyond this). */
  maxRoutes: 12,
  maxGoodsLines: 50,
  maxContainers: 500,
  /** Border crossings need this many observed dwell times before the planner uses them instead of the dataset. */
  dwellSamplesForPlanning: 5,
  /** Days an authority link stays valid unless the booking party sets another expiry. */
  authorityLinkDays: 30,
} as const;
