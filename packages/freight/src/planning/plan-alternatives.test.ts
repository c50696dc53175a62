import { describe, expect, it } from 'vitest';
import { datasetNetworkGraph } from './dataset-graph.ts';
import { planRoutes } from './plan-routes.ts';
import type { PlannedRoute } from './route-types.ts';

const graph = datasetNetworkGraph();
const plan = (from: string, to: string) =>
  planRoutes({
    graph,
    from,
    to,
    cargo: { unit: 'teu', quantity: 2, kind: 'general' },
    includeScenarios: false,
    observedDwell: new Map(),
  });

const firstCrossing = (route: PlannedRoute) => route.borderCrossings[0]?.nodeId ?? null;
const dominatedBy = (route: PlannedRoute, other: PlannedRoute) =>
  other.totals.hours <= route.totals.hours &&
  other.totals.costUsd <= route.totals.costUsd &&
  other.totals.co2eWtwKg <= route.totals.co2eWtwKg;

describe('corridor alternatives', () => {
  for (const [from, to] of [
    ['lianyungang', 'duisburg'],
    ['chongqing', 'tehran'],
  ] as const) {
    it(`${from} → ${to}: optimal routes first, then alternatives through other crossings, each beaten by an optimal one`, () => {
      const routes = plan(from, to);
      const optimal = routes.filter((route) => route.paretoOptimal);
      const alternatives = routes.filter((route) => !route.paretoOptimal);
      expect(optimal.length).toBeGreaterThan(0);
      expect(alternatives.length).toBeGreaterThan(0);
      expect(routes.slice(0, optimal.length).every((route) => route.paretoOptimal)).toBe(true);
      // The Pareto set is exact on the shipped network, so every other route is dominated by one of it.
      for (const alternative of alternatives) {
        expect(optimal.some((route) => dominatedBy(alternative, route))).toBe(true);
        expect(alternative.scenario).toBe(false);
      }
      const optimalCrossings = new Set(optimal.map(firstCrossing));
      expect(alternatives.some((route) => !optimalCrossings.has(firstCrossing(route)))).toBe(true);
      expect(new Set(routes.map((route) => route.id)).size).toBe(routes.length);
    });
  }

  it('labels the best routes among all that are shown', () => {
    const routes = plan('lianyungang', 'duisburg');
    const fastest = routes.filter((route) => route.fastest);
    expect(fastest).toHaveLength(1);
    expect(fastest[0]?.totals.hours).toBe(Math.min(...routes.map((route) => route.totals.hours)));
  });
});
