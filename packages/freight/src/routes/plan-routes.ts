import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import { planQuerySchema, planResponseSchema } from '../planning/contracts.ts';
import { presentPlan } from '../planning/plan-presenter.ts';
import { planForRequest } from '../planning/plan-request.ts';

const tags = ['freight-planning'];

/** Route planning: the Pareto-optimal routes between two nodes by time, indicative cost and CO2e. */
export function registerPlanRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/freight/plans',
    {
      schema: {
        tags,
        summary: 'Plan routes between two nodes: the Pareto set by door-to-door time, cost and CO2e',
        description:
          'Public, like the network it searches; a GET so that a plan is a link that can be shared. Returns at ' +
          'most 12 routes that no other route beats on time, indicative cost and CO2e (well-to-wheel) together, ' +
          'each split into legs where the mode or the rail gauge changes, with border crossings and their dwell ' +
          'basis, gauge changes, legal regimes and the documents each leg needs. An unknown node is 404 naming it; ' +
          'the same node twice, a quantity over the limits (500 TEU, 20,000 t) or an unknown unit or kind is 400. ' +
          'Nodes that no usable link joins give 200 with no routes and `noRouteReason` (`scenario_only` when ' +
          'links not yet open would join them). `method` lists the emission factors, cost and time parameters ' +
          'with their sources.',
        querystring: planQuerySchema,
        response: { 200: planResponseSchema, ...problemResponses.read },
      },
    },
    async (request) => {
      const result = await planForRequest({ db, request: request.query });
      return presentPlan({ db, request: request.query, result });
    },
  );
}
