import type { CargoKind, CargoUnit, DocumentKind, LegalRegime, TransportMode } from '../vocabulary.ts';

/** What is to be moved. */
export interface CargoSpec {
  unit: CargoUnit;
  quantity: number;
  kind: CargoKind;
}

/** Where a dwell time used by the planner comes from. */
export type DwellBasis = 'observed' | 'dataset' | 'default';

/** Dwell observed on the platform per border node (from carriers' events), used once there are enough samples. */
export type ObservedDwell = ReadonlyMap<string, { samples: number; p50Hours: number; p90Hours: number }>;

export interface PlannedBorderCrossing {
  /** The border station the dwell happens at (the first of a pair, e.g. Alashankou for Alashankou–Dostyk). */
  nodeId: string;
  /** The station on the other side, when the crossing is a pair. */
  pairNodeId: string | null;
  countries: [string, string];
  gaugeChange: boolean;
  dwellHours: number;
  dwellBasis: DwellBasis;
  dwellSource: string | null;
}

/** A stretch of a route in one mode carried by one carrier; rail legs split where the gauge changes. */
export interface PlannedLeg {
  sequence: number;
  mode: TransportMode;
  fromNodeId: string;
  toNodeId: string;
  /** All nodes passed, from `fromNodeId` to `toNodeId` inclusive. */
  viaNodeIds: string[];
  edgeIds: string[];
  distanceKm: number;
  /** Share of this leg's distance that is our estimate rather than a sourced figure (0–1). */
  estimatedDistanceShare: number;
  gauge: string | null;
  regimes: LegalRegime[];
  documentKinds: DocumentKind[];
  /** Hours from the route's departure at which the leg starts and ends (including dwell inside it). */
  startOffsetHours: number;
  endOffsetHours: number;
  runningHours: number;
  dwellHours: number;
  costUsd: number;
  co2eWtwKg: number;
  co2eTtwKg: number;
  borderCrossings: PlannedBorderCrossing[];
  /** The leg uses a link that is not operational (under construction or planned): a scenario, not a bookable route. */
  scenario: boolean;
}

export interface RouteTotals {
  hours: number;
  costUsd: number;
  co2eWtwKg: number;
  co2eTtwKg: number;
  distanceKm: number;
}

export interface PlannedRoute {
  /** Stable for the same sequence of edges: the booking form sends it back to pick this route. */
  id: string;
  legs: PlannedLeg[];
  totals: RouteTotals;
  gaugeChanges: number;
  regimes: LegalRegime[];
  /** Countries crossed, in order. */
  countries: string[];
  borderCrossings: PlannedBorderCrossing[];
  modes: TransportMode[];
  scenario: boolean;
  estimatedDistanceShare: number;
  /** No other route beats it on time, cost and CO2e together; false for alternatives through other crossings. */
  paretoOptimal: boolean;
  /** The best route on each criterion, for labels in the comparison table. */
  fastest: boolean;
  cheapest: boolean;
  lowestEmissions: boolean;
}
