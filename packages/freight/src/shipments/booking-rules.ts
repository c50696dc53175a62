import type { PlannedLeg, PlannedRoute } from '../planning/route-types.ts';
import type { ShipmentCargo } from '../tables.ts';
import { type CargoKind, type CargoUnit, freightLimits } from '../vocabulary.ts';
import type { BookingInput } from './contracts.ts';

/** A problem with one field of a booking, in the shape problem responses list them. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** The route with the given id among those planned now; why it cannot be booked otherwise. */
export function pickBookableRoute(options: {
  routes: readonly PlannedRoute[];
  routeId: string;
  from: string;
  to: string;
}): { route: PlannedRoute } | { problem: string } {
  const route = options.routes.find((candidate) => candidate.id === options.routeId);
  if (!route) {
    return {
      problem: `Route ${options.routeId} is not among the routes planned now from ${options.from} to ${options.to}: the network may have changed since it was planned. Plan again and pick a route.`,
    };
  }
  if (route.scenario) {
    return {
      problem: `Route ${options.routeId} uses links that are not open yet: it is a scenario and cannot be booked.`,
    };
  }
  return { route };
}

/**
 * The consignment's cargo as stored: the planner's request plus what the booking party declared. Checks what the
 * schema cannot see alone: the kind-specific declarations (UN number and class for dangerous goods, set temperature
 * for reefers) and the gross mass against the limits.
 */
export function buildShipmentCargo(options: {
  plan: { unit: CargoUnit; quantity: number; kind: CargoKind };
  details: BookingInput['cargo'];
  goods: BookingInput['goods'];
  tonnesPerTeu: number;
}): { cargo: ShipmentCargo; problems: FieldProblem[] } {
  const { plan, details } = options;
  const problems: FieldProblem[] = [];
  const unNumber = details.unNumber ?? null;
  const hazardClass = details.hazardClass ?? null;
  const temperatureC = details.temperatureC ?? null;
  if (plan.kind === 'dangerous') {
    if (!unNumber) problems.push({ path: 'cargo.unNumber', message: 'dangerous goods need a UN number (e.g. UN1203)' });
    if (!hazardClass)
      problems.push({ path: 'cargo.hazardClass', message: 'dangerous goods need a hazard class (1–9)' });
  } else {
    if (unNumber)
      problems.push({ path: 'cargo.unNumber', message: 'a UN number is declared for dangerous goods only' });
    if (hazardClass) {
      problems.push({ path: 'cargo.hazardClass', message: 'a hazard class is declared for dangerous goods only' });
    }
  }
  if (plan.kind === 'reefer' && temperatureC === null) {
    problems.push({ path: 'cargo.temperatureC', message: 'a reefer needs its set temperature in °C' });
  }
  if (plan.kind !== 'reefer' && temperatureC !== null) {
    problems.push({ path: 'cargo.temperatureC', message: 'a set temperature is declared for reefer cargo only' });
  }
  const goodsTonnes = options.goods.reduce((sum, line) => sum + line.grossKg, 0) / 1000;
  const grossTonnes =
    details.grossTonnes ??
    (plan.unit === 'tonnes' ? plan.quantity : Math.max(goodsTonnes, plan.quantity * options.tonnesPerTeu));
  if (grossTonnes > freightLimits.maxTonnes) {
    problems.push({
      path: 'cargo.grossTonnes',
      message: `${grossTonnes} t is over the ${freightLimits.maxTonnes} t a booking may carry`,
    });
  }
  if (goodsTonnes > freightLimits.maxTonnes) {
    problems.push({
      path: 'goods',
      message: `the goods lines weigh ${goodsTonnes} t, over the ${freightLimits.maxTonnes} t a booking may carry`,
    });
  }
  return {
    cargo: {
      kind: plan.kind,
      unit: plan.unit,
      quantity: plan.quantity,
      grossTonnes,
      unNumber,
      hazardClass,
      temperatureC,
    },
    problems,
  };
}

/** Every leg of the route has exactly one carrier, and the carriers named are carrier accounts. */
export function checkLegCarriers(options: {
  legs: readonly Pick<PlannedLeg, 'sequence'>[];
  legCarriers: BookingInput['legCarriers'];
  carrierAccountIds: ReadonlySet<string>;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const sequences = new Set(options.legs.map((leg) => leg.sequence));
  for (const leg of options.legs) {
    if (!options.legCarriers.some((entry) => entry.sequence === leg.sequence)) {
      problems.push({ path: 'legCarriers', message: `leg ${leg.sequence} has no carrier` });
    }
  }
  options.legCarriers.forEach((entry, index) => {
    if (!sequences.has(entry.sequence)) {
      problems.push({ path: `legCarriers.${index}.sequence`, message: `the route has no leg ${entry.sequence}` });
    } else if (!options.carrierAccountIds.has(entry.carrierUserId)) {
      problems.push({
        path: `legCarriers.${index}.carrierUserId`,
        message: `${entry.carrierUserId} is not an active carrier account`,
      });
    }
  });
  return problems;
}

/** Parties' countries must be ones the platform knows: its own country list or a country the network reaches. */
export function checkPartyCountries(options: {
  parties: BookingInput['parties'];
  knownCountries: ReadonlySet<string>;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const role of ['shipper', 'consignee', 'forwarder', 'notifyParty'] as const) {
    const party = options.parties[role];
    if (party && !options.knownCountries.has(party.countryCode)) {
      problems.push({
        path: `parties.${role}.countryCode`,
        message: `${party.countryCode} is not a country this platform or its network knows`,
      });
    }
  }
  return problems;
}

/** A leg's planned departure and arrival: the booking's departure plus the leg's offsets in the plan. */
export function legSchedule(options: {
  departure: Date;
  leg: Pick<PlannedLeg, 'startOffsetHours' | 'endOffsetHours'>;
}) {
  const hour = 3_600_000;
  return {
    plannedDeparture: new Date(options.departure.getTime() + options.leg.startOffsetHours * hour),
    plannedArrival: new Date(options.departure.getTime() + options.leg.endOffsetHours * hour),
  };
}

/** `SCO-2026-000042`: year of booking and a number counted per year. */
export function shipmentReference(options: { year: number; sequence: number }): string {
  return `SCO-${options.year}-${String(options.sequence).padStart(6, '0')}`;
}

/** The sequence after the highest reference of the year, or 1. */
export function nextReferenceSequence(lastReference: string | null): number {
  const match = lastReference ? /^SCO-\d{4}-(\d{6,})$/.exec(lastReference) : null;
  return match ? Number(match[1]) + 1 : 1;
}
