import { z } from 'zod';
import type { Db } from '../../../core/src/db/database.ts';
import { loadNetworkGraph } from '../network/network-reads.ts';
import { loadObservedDwell } from '../tracking/observed-dwell.ts';
import { cargoKinds, cargoUnits, freightLimits } from '../vocabulary.ts';
import { planRoutes } from './plan-routes.ts';
import type { PlannedRoute } from './route-types.ts';

const nodeReference = z
  .string()
  .trim()
  .min(1, { message: 'name a node' })
  .max(80)
  .regex(/^[a-z0-9_]+$/, { message: 'must be a node id (lowercase letters, digits and _)' });

/** The fields of a route question, shared by the JSON body (booking) and the query string (GET /freight/plans). */
export const planRequestShape = {
  from: nodeReference,
  to: nodeReference,
  unit: z.enum(cargoUnits),
  quantity: z.number().positive({ message: 'must be more than 0' }),
  kind: z.enum(cargoKinds),
  includeScenarios: z.boolean().default(false),
};

/** Rules across fields: the quantity limit depends on the unit; a route needs two different nodes. */
export function planRequestRules(
  request: { unit: (typeof cargoUnits)[number]; quantity: number; from: string; to: string },
  context: z.RefinementCtx,
) {
  const limit = request.unit === 'teu' ? freightLimits.maxTeu : freightLimits.maxTonnes;
  if (request.quantity > limit) {
    context.addIssue({
      code: 'custom',
      path: ['quantity'],
      message: `must be at most ${limit} ${request.unit === 'teu' ? 'TEU' : 'tonnes'}`,
    });
  }
  if (request.from === request.to) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'must differ from the origin' });
  }
}

/** A route question: from where to where, for how much of what, and whether links not yet open may be used. */
export const planRequestSchema = z.object(planRequestShape).superRefine(planRequestRules);
export type PlanRequest = z.infer<typeof planRequestSchema>;

/**
 * Why a plan has no routes: the nodes are not connected by any usable link (`no_route`), or only through links not
 * yet open, which the request did not include (`scenario_only`).
 */
export type NoRouteReason = 'no_route' | 'scenario_only';

export interface PlanResult {
  routes: PlannedRoute[];
  noRouteReason: NoRouteReason | null;
}

/**
 * Plans routes for a request on the network as it is now, with the dwell times observed so far. Both the plan
 * endpoint and booking (which re-plans and picks the route by id) go through here.
 */
export async function planForRequest(options: { db: Db; request: PlanRequest }): Promise<PlanResult> {
  const { db, request } = options;
  const [graph, observedDwell] = await Promise.all([loadNetworkGraph({ db }), loadObservedDwell({ db })]);
  const plan = (includeScenarios: boolean) =>
    planRoutes({
      graph,
      from: request.from,
      to: request.to,
      cargo: { unit: request.unit, quantity: request.quantity, kind: request.kind },
      includeScenarios,
      observedDwell,
    });
  const routes = plan(request.includeScenarios);
  if (routes.length > 0) return { routes, noRouteReason: null };
  const onlyThroughScenarios = !request.includeScenarios && plan(true).length > 0;
  return { routes, noRouteReason: onlyThroughScenarios ? 'scenario_only' : 'no_route' };
}
