import { z } from 'zod';
import { cargoKinds, cargoUnits, documentKinds, legalRegimes, nodeKinds, transportModes } from '../vocabulary.ts';
import { planRequestRules, planRequestShape } from './plan-request.ts';

const yesNo = z.enum(['true', 'false']).transform((value) => value === 'true');

/** GET /freight/plans: the plan request as a query string, so a plan is a link that can be shared. */
export const planQuerySchema = z
  .object({
    ...planRequestShape,
    quantity: z.coerce.number({ message: 'must be a number' }).positive({ message: 'must be more than 0' }),
    includeScenarios: yesNo.default(false),
  })
  .superRefine(planRequestRules);

export const plannedBorderCrossingSchema = z.object({
  nodeId: z.string(),
  pairNodeId: z.string().nullable(),
  countries: z.tuple([z.string(), z.string()]),
  gaugeChange: z.boolean(),
  dwellHours: z.number(),
  dwellBasis: z.enum(['observed', 'dataset', 'default']),
  dwellSource: z.string().nullable(),
});

export const plannedLegSchema = z.object({
  sequence: z.number().int(),
  mode: z.enum(transportModes),
  fromNodeId: z.string(),
  toNodeId: z.string(),
  viaNodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
  distanceKm: z.number(),
  estimatedDistanceShare: z.number(),
  gauge: z.string().nullable(),
  regimes: z.array(z.enum(legalRegimes)),
  documentKinds: z.array(z.enum(documentKinds)),
  startOffsetHours: z.number(),
  endOffsetHours: z.number(),
  runningHours: z.number(),
  dwellHours: z.number(),
  costUsd: z.number(),
  co2eWtwKg: z.number(),
  co2eTtwKg: z.number(),
  borderCrossings: z.array(plannedBorderCrossingSchema),
  scenario: z.boolean(),
});

export const plannedRouteSchema = z.object({
  id: z.string(),
  legs: z.array(plannedLegSchema),
  totals: z.object({
    hours: z.number(),
    costUsd: z.number(),
    co2eWtwKg: z.number(),
    co2eTtwKg: z.number(),
    distanceKm: z.number(),
  }),
  gaugeChanges: z.number().int(),
  regimes: z.array(z.enum(legalRegimes)),
  countries: z.array(z.string()),
  borderCrossings: z.array(plannedBorderCrossingSchema),
  modes: z.array(z.enum(transportModes)),
  scenario: z.boolean(),
  estimatedDistanceShare: z.number(),
  paretoOptimal: z
    .boolean()
    .describe(
      'True for routes no other beats on time, cost and CO2e together; false for alternatives through other border crossings.',
    ),
  fastest: z.boolean(),
  cheapest: z.boolean(),
  lowestEmissions: z.boolean(),
});

const sourcedFigureSchema = z.object({ name: z.string(), value: z.number(), unit: z.string(), source: z.string() });

/** A node on one of the routes: names for the table, position for the map. */
export const planNodeSchema = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), ru: z.string(), en: z.string() }),
  countryCode: z.string(),
  kind: z.enum(nodeKinds),
  latitude: z.number(),
  longitude: z.number(),
  coordinatesApproximate: z.boolean(),
});

export const planResponseSchema = z.object({
  request: z.object({
    from: z.string(),
    to: z.string(),
    unit: z.enum(cargoUnits),
    quantity: z.number(),
    kind: z.enum(cargoKinds),
    includeScenarios: z.boolean(),
  }),
  routes: z.array(plannedRouteSchema),
  /** Why `routes` is empty: no usable links join the nodes, or only links not yet open do. Null with routes. */
  noRouteReason: z.enum(['no_route', 'scenario_only']).nullable(),
  /** Every node the routes pass, plus the origin and destination. */
  nodes: z.array(planNodeSchema),
  method: z.object({
    emissions: z.object({
      standard: z.string(),
      framework: z.string(),
      scope: z.string(),
      /** The factor of each mode the routes use. */
      factors: z.array(
        z.object({
          mode: z.enum(transportModes),
          category: z.string(),
          ttwKgPerTonneKm: z.number(),
          wtwKgPerTonneKm: z.number(),
          framework: z.string(),
          source: z.string(),
          note: z.string().nullable(),
        }),
      ),
      tonnesPerTeu: z.object({ value: z.number(), source: z.string() }),
    }),
    cost: z.object({ caveat: z.string(), parameters: z.array(sourcedFigureSchema) }),
    time: z.object({ parameters: z.array(sourcedFigureSchema) }),
    dwell: z.object({
      /** Observed crossings needed before a border's observed dwell replaces the dataset's. */
      samplesForPlanning: z.number().int(),
      /** Border stations whose observed dwell the plan used. */
      observedNodeIds: z.array(z.string()),
      explanation: z.string(),
    }),
    linkRules: z.string(),
  }),
});
export type PlanResponse = z.infer<typeof planResponseSchema>;
export type PresentedPlannedRoute = z.infer<typeof plannedRouteSchema>;
export type PlanNode = z.infer<typeof planNodeSchema>;
