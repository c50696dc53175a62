import { inArray } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { nodes } from '../tables.ts';
import type { NodeKind, TransportMode } from '../vocabulary.ts';
import { freightLimits } from '../vocabulary.ts';
import type { PlanResponse } from './contracts.ts';
import { costParameters } from './cost-parameters.ts';
import { emissionFactors, emissionMethod, tonnesPerTeu } from './emission-factors.ts';
import type { PlanRequest, PlanResult } from './plan-request.ts';
import { planningParameters } from './planning-parameters.ts';

const costCaveat =
  'Costs are indicative model figures in USD built from the published or assumed parameters listed here, never a ' +
  'quote: freight rates are negotiated and not published per link.';

const dwellExplanation =
  `A border's dwell is the median observed on the platform once ${freightLimits.dwellSamplesForPlanning} ` +
  'crossings have been reported; before that the midpoint of the range the dataset publishes, with its source; ' +
  'otherwise a documented default (shorter inside a customs union). Each crossing names its basis.';

const linkRules =
  'Operational links are always used. Air links are indicative (no schedule behind them) and used only for cargo ' +
  'in tonnes that is not dangerous; containers (TEU) do not fly. Links under construction or planned, and ' +
  'indicative links of other modes, are used only when scenarios are included, and mark the route as a scenario.';

/** The plan as the API returns it: the routes, the nodes to draw and name them, and how the figures were made. */
export async function presentPlan(options: {
  db: Db;
  request: PlanRequest;
  result: PlanResult;
}): Promise<PlanResponse> {
  const { db, request, result } = options;
  const nodeIds = new Set([request.from, request.to]);
  for (const route of result.routes) for (const leg of route.legs) for (const id of leg.viaNodeIds) nodeIds.add(id);
  const nodeRows = await db
    .select({
      id: nodes.id,
      name: nodes.name,
      countryCode: nodes.countryCode,
      kind: nodes.kind,
      latitude: nodes.latitude,
      longitude: nodes.longitude,
      coordinatesApproximate: nodes.coordinatesApproximate,
    })
    .from(nodes)
    .where(inArray(nodes.id, [...nodeIds]));
  const modesUsed = new Set<TransportMode>(result.routes.flatMap((route) => route.modes));
  const observedNodeIds = new Set(
    result.routes.flatMap((route) =>
      route.borderCrossings.filter((crossing) => crossing.dwellBasis === 'observed').map((crossing) => crossing.nodeId),
    ),
  );
  return {
    request: {
      from: request.from,
      to: request.to,
      unit: request.unit,
      quantity: request.quantity,
      kind: request.kind,
      includeScenarios: request.includeScenarios,
    },
    routes: result.routes,
    noRouteReason: result.noRouteReason,
    nodes: nodeRows.map((row) => ({ ...row, kind: row.kind as NodeKind })),
    method: {
      emissions: {
        standard: emissionMethod.standard,
        framework: emissionMethod.framework,
        scope: emissionMethod.scope,
        factors: [...modesUsed].map((mode) => ({ ...emissionFactors[mode] })),
        tonnesPerTeu: { value: tonnesPerTeu.value, source: tonnesPerTeu.source },
      },
      cost: {
        caveat: costCaveat,
        parameters: [
          ...[...modesUsed].map((mode) => ({ name: `perTeuKm.${mode}`, ...costParameters.perTeuKm[mode] })),
          { name: 'transshipmentPerTeu', ...costParameters.transshipmentPerTeu },
          { name: 'gaugeChangePerTeu', ...costParameters.gaugeChangePerTeu },
          { name: 'borderCrossingPerTeu', ...costParameters.borderCrossingPerTeu },
          ...(request.kind === 'reefer'
            ? [{ name: 'reeferSurchargeShare', ...costParameters.reeferSurchargeShare }]
            : []),
          ...(request.kind === 'dangerous'
            ? [{ name: 'dangerousGoodsSurchargeShare', ...costParameters.dangerousGoodsSurchargeShare }]
            : []),
        ],
      },
      time: {
        parameters: [
          ...[...modesUsed].map((mode) => ({
            name: `commercialSpeedKmh.${mode}`,
            ...planningParameters.commercialSpeedKmh[mode],
          })),
          { name: 'transshipmentHours', ...planningParameters.transshipmentHours },
          { name: 'gaugeChangeHours', ...planningParameters.gaugeChangeHours },
          ...(modesUsed.has('sea') ? [{ name: 'ferryWaitHours', ...planningParameters.ferryWaitHours }] : []),
          ...(modesUsed.has('air')
            ? [{ name: 'airportHandlingHours', ...planningParameters.airportHandlingHours }]
            : []),
        ],
      },
      dwell: {
        samplesForPlanning: freightLimits.dwellSamplesForPlanning,
        observedNodeIds: [...observedNodeIds],
        explanation: dwellExplanation,
      },
      linkRules,
    },
  };
}
