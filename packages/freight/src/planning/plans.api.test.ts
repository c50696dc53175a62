import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { nodes } from '../tables.ts';
import type { PlanResponse } from './contracts.ts';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform?.close());

interface Problem {
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
}

const plan = async <T = PlanResponse>(query: Record<string, string | number | boolean>) => {
  const search = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]));
  const response = await platform.app.inject({ method: 'GET', url: `/api/v1/freight/plans?${search}` });
  return { status: response.statusCode, body: response.json() as T };
};

const containers = { unit: 'teu', quantity: 2, kind: 'general' } as const;

describe('planning routes on the seeded network', () => {
  it('plans Lianyungang → Duisburg by rail across two gauge changes under CIM/SMGS', async () => {
    const { status, body } = await plan({ from: 'lianyungang', to: 'duisburg', ...containers });
    expect(status).toBe(200);
    expect(body.noRouteReason).toBeNull();
    expect(body.routes.length).toBeGreaterThan(0);
    expect(body.routes.length).toBeLessThanOrEqual(12);
    const rail = body.routes.find((route) => route.modes.join() === 'rail');
    expect(rail).toBeDefined();
    expect(rail?.gaugeChanges).toBe(2);
    expect(rail?.regimes).toEqual(['cim_smgs']);
    expect(rail?.legs.map((leg) => leg.gauge)).toEqual(['1435', '1520', '1435']);
    expect(rail?.legs[0]?.fromNodeId).toBe('lianyungang');
    expect(rail?.legs.at(-1)?.toNodeId).toBe('duisburg');
    expect(rail?.countries[0]).toBe('CN');
    expect(rail?.countries.at(-1)).toBe('DE');
    expect(rail?.borderCrossings.some((crossing) => crossing.dwellBasis === 'dataset')).toBe(true);
    expect(rail?.scenario).toBe(false);
    expect(body.routes.filter((route) => route.fastest)).toHaveLength(1);
    expect(body.routes.filter((route) => route.cheapest)).toHaveLength(1);
    expect(body.routes.filter((route) => route.lowestEmissions)).toHaveLength(1);
    // Every node a route passes comes with its names and position, for the table and the map.
    const drawn = new Map(body.nodes.map((node) => [node.id, node]));
    for (const route of body.routes) {
      for (const id of route.legs.flatMap((leg) => leg.viaNodeIds)) expect(drawn.has(id), id).toBe(true);
    }
    expect(drawn.get('duisburg')?.name.en).toContain('Duisburg');
    expect(typeof drawn.get('lianyungang')?.latitude).toBe('number');
  });

  it('says how the figures were made: the emission factors used with their sources, the cost caveat, dwell', async () => {
    const { body } = await plan({ from: 'lianyungang', to: 'duisburg', ...containers });
    expect(body.method.emissions.standard).toMatch(/ISO 14083/);
    const railFactor = body.method.emissions.factors.find((factor) => factor.mode === 'rail');
    expect(railFactor?.source).toBeTruthy();
    expect(railFactor?.wtwKgPerTonneKm).toBeGreaterThanOrEqual(railFactor?.ttwKgPerTonneKm ?? 0);
    expect(body.method.cost.caveat).toMatch(/indicative/);
    expect(body.method.cost.parameters.map((parameter) => parameter.name)).toContain('perTeuKm.rail');
    expect(body.method.dwell.samplesForPlanning).toBe(5);
    const route = body.routes[0];
    expect(route?.totals.co2eWtwKg).toBeGreaterThanOrEqual(route?.totals.co2eTtwKg ?? 0);
  });

  it('gives the same route ids for the same question, so booking can pick a route by id', async () => {
    const first = await plan({ from: 'lianyungang', to: 'duisburg', ...containers });
    const second = await plan({ from: 'lianyungang', to: 'duisburg', ...containers, quantity: 40 });
    expect(second.body.routes.map((route) => route.id)).toEqual(first.body.routes.map((route) => route.id));
  });

  it('plans Chongqing → Tehran', async () => {
    const { status, body } = await plan({ from: 'chongqing', to: 'tehran', ...containers });
    expect(status).toBe(200);
    expect(body.routes.length).toBeGreaterThan(0);
    for (const route of body.routes) {
      expect(route.countries[0]).toBe('CN');
      expect(route.countries.at(-1)).toBe('IR');
      expect(route.legs.every((leg) => leg.documentKinds.length > 0)).toBe(true);
    }
  });

  it('uses the CKU railway only as a scenario on request', async () => {
    const today = await plan({ from: 'kashgar', to: 'andijan', ...containers });
    expect(today.body.routes.some((route) => route.scenario)).toBe(false);
    const scenario = await plan({ from: 'kashgar', to: 'andijan', ...containers, includeScenarios: true });
    const cku = scenario.body.routes.find((route) => route.scenario);
    expect(cku?.legs.flatMap((leg) => leg.viaNodeIds)).toContain('makmal');
    expect(cku?.gaugeChanges).toBe(1);
  });

  it('sends cargo in tonnes by air when it is not dangerous, never dangerous goods', async () => {
    const general = await plan({ from: 'beijing', to: 'moscow', unit: 'tonnes', quantity: 5, kind: 'general' });
    expect(general.body.routes.some((route) => route.modes.includes('air'))).toBe(true);
    const dangerous = await plan({ from: 'beijing', to: 'moscow', unit: 'tonnes', quantity: 5, kind: 'dangerous' });
    expect(dangerous.body.routes.length).toBeGreaterThan(0);
    expect(dangerous.body.routes.some((route) => route.modes.includes('air'))).toBe(false);
  });

  it('answers 200 with no routes and the reason when nodes are not joined', async () => {
    const onlyPlanned = await plan({ from: 'kashgar', to: 'makmal', ...containers });
    expect(onlyPlanned.status).toBe(200);
    expect(onlyPlanned.body).toMatchObject({ routes: [], noRouteReason: 'scenario_only' });

    await platform.connection.db.insert(nodes).values({
      id: 'plan_test_island',
      name: { zh: '测试岛', ru: 'Тестовый остров', en: 'Test island' },
      countryCode: 'KZ',
      latitude: 45,
      longitude: 60,
      kind: 'city',
      source: 'plans.api.test',
    });
    const island = await plan({ from: 'almaty', to: 'plan_test_island', ...containers });
    expect(island.status).toBe(200);
    expect(island.body).toMatchObject({ routes: [], noRouteReason: 'no_route' });
  });
});

describe('bad plan requests', () => {
  it('names an unknown node with 404', async () => {
    const { status, body } = await plan<Problem>({ from: 'lianyungang', to: 'atlantis', ...containers });
    expect(status).toBe(404);
    expect(body.code).toBe('not_found');
    expect(body.detail).toContain('atlantis');
  });

  it.each([
    ['the same node twice', { from: 'almaty', to: 'almaty', ...containers }, 'to'],
    ['more TEU than a booking takes', { from: 'almaty', to: 'tashkent', ...containers, quantity: 501 }, 'quantity'],
    [
      'more tonnes than a booking takes',
      { from: 'almaty', to: 'tashkent', unit: 'tonnes', quantity: 20_001, kind: 'general' },
      'quantity',
    ],
    ['no quantity', { from: 'almaty', to: 'tashkent', unit: 'teu', kind: 'general' }, 'quantity'],
    ['a quantity of nothing', { from: 'almaty', to: 'tashkent', ...containers, quantity: 0 }, 'quantity'],
    ['an unknown kind of cargo', { from: 'almaty', to: 'tashkent', ...containers, kind: 'livestock' }, 'kind'],
    ['an unknown unit', { from: 'almaty', to: 'tashkent', ...containers, unit: 'barrels' }, 'unit'],
    ['a malformed node id', { from: 'Almaty; drop', to: 'tashkent', ...containers }, 'from'],
  ])('refuses %s with 400 naming the field', async (_case, query, field) => {
    const { status, body } = await plan<Problem>(query);
    expect(status).toBe(400);
    expect(body.code).toBe('validation_failed');
    expect(body.errors?.map((error) => error.path).join(' ')).toContain(field);
  });
});
