import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/src/errors.ts';
import { buildNetworkGraph, type NetworkEdge, type NetworkNode } from '../network/network-graph.ts';
import { freightLimits } from '../vocabulary.ts';
import { costParameters } from './cost-parameters.ts';
import { emissionFactors, tonnesPerTeu } from './emission-factors.ts';
import { planRoutes, railRegimeOf, routeIdOf, thinBySpread } from './plan-routes.ts';
import { planningParameters } from './planning-parameters.ts';
import type { CargoSpec, ObservedDwell, PlannedRoute } from './route-types.ts';

function node(id: string, countryCode: string, longitude: number, gauge: string | null, kind = 'city'): NetworkNode {
  return {
    id,
    name: { zh: id, ru: id, en: id },
    countryCode,
    latitude: 45,
    longitude,
    kind: kind as NetworkNode['kind'],
    gauges: gauge ? gauge.split('/') : [],
    borderOf: null,
  };
}

function link(fromNodeId: string, toNodeId: string, fields: Partial<NetworkEdge> = {}): NetworkEdge {
  return {
    id: `${fromNodeId}-${toNodeId}-${fields.mode ?? 'rail'}`,
    fromNodeId,
    toNodeId,
    mode: 'rail',
    distanceKm: 380,
    distanceEstimated: true,
    transitHours: null,
    gauge: '1435',
    gaugeChange: false,
    status: 'operational',
    dwellHours: null,
    dwellSource: null,
    ...fields,
  };
}

const twoTeu: CargoSpec = { unit: 'teu', quantity: 2, kind: 'general' };
const none: ObservedDwell = new Map();

const plan = (options: {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  from: string;
  to: string;
  cargo?: CargoSpec;
  includeScenarios?: boolean;
  observedDwell?: ObservedDwell;
}) =>
  planRoutes({
    graph: buildNetworkGraph({ nodes: options.nodes, edges: options.edges }),
    from: options.from,
    to: options.to,
    cargo: options.cargo ?? twoTeu,
    includeScenarios: options.includeScenarios ?? false,
    observedDwell: options.observedDwell ?? none,
    // Destructuring a missing route fails the test with a TypeError, which is the intended failure.
  }) as [PlannedRoute, PlannedRoute, ...PlannedRoute[]];

const railSpeed = planningParameters.commercialSpeedKmh.rail.value;
const roadSpeed = planningParameters.commercialSpeedKmh.road.value;

describe('planRoutes: the Pareto set', () => {
  // A–B by rail is slow, cheap and clean; by road fast, dear and dirty; the detour by rail via C is worse than the
  // direct rail link on every criterion and must not be offered.
  const nodes = [node('a', 'CN', 100, '1435'), node('b', 'CN', 105, '1435'), node('c', 'CN', 103, '1435')];
  const edges = [
    link('a', 'b', { distanceKm: 760 }),
    link('a', 'b', { mode: 'road', gauge: null, distanceKm: 450 }),
    link('a', 'c', { distanceKm: 500 }),
    link('c', 'b', { distanceKm: 500 }),
  ];

  it('returns the non-dominated routes only, each labelled by the criterion it wins', () => {
    const routes = plan({ nodes, edges, from: 'a', to: 'b' });
    expect(routes.map((route) => route.modes)).toEqual([['road'], ['rail']]);
    const [road, rail] = routes;
    expect(road.totals.hours).toBeCloseTo(450 / roadSpeed, 1);
    expect(rail.totals.hours).toBeCloseTo(760 / railSpeed, 1);
    expect(road).toMatchObject({ fastest: true, cheapest: false, lowestEmissions: false });
    expect(rail).toMatchObject({ fastest: false, cheapest: true, lowestEmissions: true });
    expect(rail.legs[0]!.edgeIds).toEqual(['a-b-rail']);
  });

  it('prices and weighs each leg from the cost and emission parameters, WTW and TTW apart', () => {
    const [, rail] = plan({ nodes, edges, from: 'a', to: 'b' });
    const tonnes = 2 * tonnesPerTeu.value;
    expect(rail.totals.costUsd).toBe(Math.round(costParameters.perTeuKm.rail.value * 760 * 2));
    expect(rail.totals.co2eWtwKg).toBeCloseTo(emissionFactors.rail.wtwKgPerTonneKm * 760 * tonnes, 1);
    expect(rail.totals.co2eTtwKg).toBeCloseTo(emissionFactors.rail.ttwKgPerTonneKm * 760 * tonnes, 1);
    expect(rail.totals.distanceKm).toBe(760);
    expect(rail.estimatedDistanceShare).toBe(1);
  });

  it('adds the reefer surcharge to the cost only', () => {
    const [, general] = plan({ nodes, edges, from: 'a', to: 'b' });
    const [, reefer] = plan({ nodes, edges, from: 'a', to: 'b', cargo: { ...twoTeu, kind: 'reefer' } });
    expect(reefer.totals.costUsd).toBe(
      Math.round(general.totals.costUsd * (1 + costParameters.reeferSurchargeShare.value)),
    );
    expect(reefer.totals.hours).toBe(general.totals.hours);
    expect(reefer.totals.co2eWtwKg).toBe(general.totals.co2eWtwKg);
  });

  it('gives the same id to the same sequence of links and another to another', () => {
    const first = plan({ nodes, edges, from: 'a', to: 'b' });
    const again = plan({ nodes, edges, from: 'a', to: 'b' });
    expect(first.map((route) => route.id)).toEqual(again.map((route) => route.id));
    expect(new Set(first.map((route) => route.id)).size).toBe(first.length);
    expect(first[1]!.id).toBe(routeIdOf('a', ['a-b-rail']));
  });

  it('uses a transit time a source gives instead of the modelled speed', () => {
    const routes = plan({
      nodes,
      edges: [link('a', 'b', { distanceKm: 760, transitHours: 10, distanceEstimated: false })],
      from: 'a',
      to: 'b',
    });
    expect(routes[0].totals.hours).toBe(10);
    expect(routes[0].estimatedDistanceShare).toBe(0);
  });
});

describe('planRoutes: legs, gauges and transshipment', () => {
  it('splits the rail journey where the gauge changes and counts the change', () => {
    const nodes = [
      node('xian', 'CN', 100, '1435'),
      node('alashankou', 'CN', 104, '1435', 'border'),
      node('dostyk', 'KZ', 104.2, '1520', 'border'),
      node('almaty', 'KZ', 108, '1520'),
    ];
    const edges = [
      link('xian', 'alashankou'),
      link('alashankou', 'dostyk', { distanceKm: 14, gauge: '1435/1520', gaugeChange: true }),
      link('dostyk', 'almaty', { gauge: '1520' }),
    ];
    const [route] = plan({ nodes, edges, from: 'xian', to: 'almaty' });
    expect(route.gaugeChanges).toBe(1);
    expect(route.legs.map((leg) => [leg.fromNodeId, leg.toNodeId, leg.gauge])).toEqual([
      ['xian', 'dostyk', '1435'],
      ['dostyk', 'almaty', '1520'],
    ]);
    expect(route.legs[0]!.dwellHours).toBe(
      planningParameters.gaugeChangeHours.value + planningParameters.defaultBorderDwellHours.rail.value,
    );
    expect(route.borderCrossings).toEqual([
      expect.objectContaining({
        nodeId: 'alashankou',
        pairNodeId: 'dostyk',
        countries: ['CN', 'KZ'],
        gaugeChange: true,
        dwellBasis: 'default',
      }),
    ]);
    expect(route.legs[1]!.startOffsetHours).toBe(route.legs[0]!.endOffsetHours);
    expect(route.countries).toEqual(['CN', 'KZ']);
  });

  it('counts a change of gauge at a station that has both gauges', () => {
    const nodes = [node('a', 'KZ', 100, '1520'), node('gateway', 'KZ', 104, '1435/1520'), node('b', 'KZ', 108, '1435')];
    const edges = [link('a', 'gateway', { gauge: '1520' }), link('gateway', 'b', { gauge: '1435' })];
    const [route] = plan({ nodes, edges, from: 'a', to: 'b' });
    expect(route.gaugeChanges).toBe(1);
    expect(route.legs.map((leg) => leg.gauge)).toEqual(['1520', '1435']);
    // The rail rate is all-in: the change of gauge costs time, not a second charge.
    expect(route.totals.costUsd).toBe(Math.round(costParameters.perTeuKm.rail.value * 760 * 2));
  });

  it('puts the transshipment time between legs when the mode changes', () => {
    const nodes = [node('a', 'RU', 100, '1520'), node('port', 'RU', 104, '1520', 'port'), node('b', 'RU', 108, null)];
    const edges = [link('a', 'port', { gauge: '1520' }), link('port', 'b', { mode: 'road', gauge: null })];
    const [route] = plan({ nodes, edges, from: 'a', to: 'b' });
    const rail = route.legs[0]!;
    const road = route.legs[1]!;
    expect(route.modes).toEqual(['rail', 'road']);
    expect(road.startOffsetHours).toBeCloseTo(rail.endOffsetHours + planningParameters.transshipmentHours.value, 1);
    expect(road.regimes).toEqual(['cmr']);
    expect(road.documentKinds).toEqual(['ecmr']);
  });

  it('adds the ferry wait to a sea leg', () => {
    const nodes = [node('aktau', 'KZ', 100, null, 'port'), node('baku', 'AZ', 104, null, 'port')];
    const edges = [link('aktau', 'baku', { mode: 'sea', gauge: null, distanceKm: 470, transitHours: 24 })];
    const [route] = plan({ nodes, edges, from: 'aktau', to: 'baku' });
    expect(route.legs[0]!.runningHours).toBe(24);
    expect(route.legs[0]!.dwellHours).toBe(
      planningParameters.ferryWaitHours.value + planningParameters.defaultBorderDwellHours.sea.value,
    );
    expect(route.regimes).toEqual(['sea']);
    expect(route.legs[0]!.documentKinds).toEqual(['sea_waybill']);
  });
});

describe('planRoutes: charges the rates already include', () => {
  it('adds no gauge-change or border charge on rail legs, whose rate is all-in', () => {
    const nodes = [node('alashankou', 'CN', 100, '1435', 'border'), node('dostyk', 'KZ', 100.2, '1520', 'border')];
    const edges = [link('alashankou', 'dostyk', { distanceKm: 14, gauge: '1435/1520', gaugeChange: true })];
    const [route] = plan({ nodes, edges, from: 'alashankou', to: 'dostyk' });
    expect(route.gaugeChanges).toBe(1);
    expect(route.borderCrossings).toHaveLength(1);
    expect(route.totals.costUsd).toBe(Math.round(costParameters.perTeuKm.rail.value * 14 * 2));
    expect(route.legs[0]!.dwellHours).toBeGreaterThan(0);
  });

  it('adds the border charge on a road leg that crosses a border, not on one that stays inside', () => {
    const nodes = [node('kashgar', 'CN', 100, null), node('osh', 'KG', 104, null), node('bishkek', 'KG', 108, null)];
    const edges = [
      link('kashgar', 'osh', { mode: 'road', gauge: null, distanceKm: 400 }),
      link('osh', 'bishkek', { mode: 'road', gauge: null, distanceKm: 600 }),
    ];
    const [across] = plan({ nodes, edges, from: 'kashgar', to: 'osh' });
    expect(across.totals.costUsd).toBe(
      Math.round((costParameters.perTeuKm.road.value * 400 + costParameters.borderCrossingPerTeu.value) * 2),
    );
    const [inside] = plan({ nodes, edges, from: 'osh', to: 'bishkek' });
    expect(inside.totals.costUsd).toBe(Math.round(costParameters.perTeuKm.road.value * 600 * 2));
  });
});

describe('planRoutes: which links are used', () => {
  const nodes = [node('kashgar', 'CN', 100, '1435'), node('andijan', 'UZ', 104, '1520')];
  const planned = link('kashgar', 'andijan', { status: 'under_construction', gauge: '1435/1520', gaugeChange: true });

  it('leaves links not yet open out unless scenarios are asked for', () => {
    expect(plan({ nodes, edges: [planned], from: 'kashgar', to: 'andijan' })).toEqual([]);
    const [route] = plan({ nodes, edges: [planned], from: 'kashgar', to: 'andijan', includeScenarios: true });
    expect(route.scenario).toBe(true);
    expect(route.legs[0]!.scenario).toBe(true);
  });

  it('treats an indicative rail link as a scenario but an indicative air link as an option', () => {
    const indicativeRail = link('kashgar', 'andijan', { status: 'indicative', gauge: '1435' });
    expect(plan({ nodes, edges: [indicativeRail], from: 'kashgar', to: 'andijan' })).toEqual([]);
    const air = link('kashgar', 'andijan', { mode: 'air', gauge: null, status: 'indicative' });
    const [route] = plan({
      nodes,
      edges: [air],
      from: 'kashgar',
      to: 'andijan',
      cargo: { unit: 'tonnes', quantity: 5, kind: 'general' },
    });
    expect(route.scenario).toBe(false);
    expect(route.legs[0]!.documentKinds).toEqual(['air_waybill']);
  });

  it('never sends dangerous goods or containers by air', () => {
    const edges = [
      link('kashgar', 'andijan', { mode: 'air', gauge: null, status: 'indicative' }),
      link('kashgar', 'andijan', { mode: 'road', gauge: null, distanceKm: 1500 }),
    ];
    const modesFor = (cargo: CargoSpec) =>
      plan({ nodes, edges, from: 'kashgar', to: 'andijan', cargo }).map((route) => route.modes.join('+'));
    expect(modesFor({ unit: 'tonnes', quantity: 5, kind: 'general' })).toEqual(['air', 'road']);
    expect(modesFor({ unit: 'tonnes', quantity: 5, kind: 'dangerous' })).toEqual(['road']);
    expect(modesFor({ unit: 'teu', quantity: 1, kind: 'general' })).toEqual(['road']);
  });
});

describe('planRoutes: legal regimes', () => {
  it('puts every leg of a rail chain spanning both law areas under CIM/SMGS', () => {
    const nodes = [
      node('moscow', 'RU', 100, '1520'),
      node('brest', 'BY', 102, '1520', 'border'),
      node('malaszewicze', 'PL', 102.1, '1435/1520', 'dry_port'),
      node('duisburg', 'DE', 106, '1435'),
    ];
    const edges = [
      link('moscow', 'brest', { gauge: '1520' }),
      link('brest', 'malaszewicze', { distanceKm: 16, gauge: '1520/1435', gaugeChange: true }),
      link('malaszewicze', 'duisburg', { gauge: '1435' }),
    ];
    const [route] = plan({ nodes, edges, from: 'moscow', to: 'duisburg' });
    expect(route.legs.map((leg) => leg.regimes)).toEqual([['cim_smgs'], ['cim_smgs']]);
    expect(route.legs.map((leg) => leg.documentKinds)).toEqual([['cim_smgs_note'], ['cim_smgs_note']]);
    expect(route.countries).toEqual(['RU', 'BY', 'PL', 'DE']);
  });

  it('takes SMGS inside the SMGS area and CIM inside the CIM area', () => {
    expect(railRegimeOf(['CN', 'KZ', 'RU'])).toBe('smgs');
    expect(railRegimeOf(['DE', 'PL'])).toBe('cim');
    expect(railRegimeOf(['CN', 'KZ', 'RU', 'BY', 'PL', 'DE'])).toBe('cim_smgs');
  });

  it('adds TIR to a road leg that crosses a border', () => {
    const nodes = [node('kashgar', 'CN', 100, null), node('osh', 'KG', 104, null)];
    const edges = [link('kashgar', 'osh', { mode: 'road', gauge: null })];
    const [route] = plan({ nodes, edges, from: 'kashgar', to: 'osh' });
    expect(route.legs[0]!.regimes).toEqual(['cmr', 'tir']);
    expect(route.legs[0]!.documentKinds).toEqual(['ecmr', 'etir']);
  });
});

describe('planRoutes: border dwell', () => {
  const nodes = [
    node('brest', 'BY', 100, '1520', 'border'),
    node('malaszewicze', 'PL', 100.2, '1435/1520', 'dry_port'),
  ];
  const crossing = link('brest', 'malaszewicze', {
    distanceKm: 16,
    gauge: '1520/1435',
    gaugeChange: true,
    dwellHours: { min: 48, max: 72 },
    dwellSource: 'https://example.org/brest-dwell',
  });
  const crossingOf = (observedDwell: ObservedDwell) =>
    plan({ nodes, edges: [crossing], from: 'brest', to: 'malaszewicze', observedDwell })[0]!.borderCrossings[0]!;

  it('uses the midpoint of the published dwell range with its source', () => {
    expect(crossingOf(none)).toMatchObject({
      dwellHours: 60,
      dwellBasis: 'dataset',
      dwellSource: 'https://example.org/brest-dwell',
    });
  });

  it('uses observed dwell once there are enough samples', () => {
    const enough = freightLimits.dwellSamplesForPlanning;
    expect(crossingOf(new Map([['brest', { samples: enough, p50Hours: 30, p90Hours: 50 }]]))).toMatchObject({
      dwellHours: 30,
      dwellBasis: 'observed',
    });
    expect(crossingOf(new Map([['malaszewicze', { samples: enough - 1, p50Hours: 30, p90Hours: 50 }]]))).toMatchObject({
      dwellHours: 60,
      dwellBasis: 'dataset',
    });
  });

  it('falls back to the documented default, short inside a customs union', () => {
    const plain = { ...crossing, dwellHours: null, dwellSource: null };
    const [byPl] = plan({ nodes, edges: [plain], from: 'brest', to: 'malaszewicze' });
    expect(byPl.borderCrossings[0]!).toMatchObject({
      dwellHours: planningParameters.defaultBorderDwellHours.rail.value,
      dwellBasis: 'default',
      dwellSource: planningParameters.defaultBorderDwellHours.rail.source,
    });
    const eaeu = [node('petropavl', 'KZ', 100, '1520'), node('kurgan', 'RU', 102, '1520')];
    const [kzRu] = plan({
      nodes: eaeu,
      edges: [link('petropavl', 'kurgan', { gauge: '1520' })],
      from: 'petropavl',
      to: 'kurgan',
    });
    expect(kzRu.borderCrossings[0]!.dwellHours).toBe(planningParameters.customsUnionDwellHours.value);
  });
});

describe('planRoutes: bad input', () => {
  const nodes = [node('a', 'CN', 100, '1435'), node('b', 'CN', 104, '1435')];
  const edges = [link('a', 'b')];
  const failure = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      return error instanceof DomainError ? { code: error.code, message: error.message } : error;
    }
    return null;
  };

  it('names an unknown node', () => {
    expect(failure(() => plan({ nodes, edges, from: 'a', to: 'atlantis' }))).toEqual({
      code: 'not_found',
      message: 'Unknown node: atlantis',
    });
  });

  it('refuses the same origin and destination, quantities over the limits and unknown kinds', () => {
    expect(failure(() => plan({ nodes, edges, from: 'a', to: 'a' }))).toMatchObject({ code: 'validation_failed' });
    expect(
      failure(() =>
        plan({
          nodes,
          edges,
          from: 'a',
          to: 'b',
          cargo: { unit: 'teu', quantity: freightLimits.maxTeu + 1, kind: 'general' },
        }),
      ),
    ).toMatchObject({ code: 'validation_failed' });
    expect(
      failure(() => plan({ nodes, edges, from: 'a', to: 'b', cargo: { unit: 'teu', quantity: 0, kind: 'general' } })),
    ).toMatchObject({ code: 'validation_failed' });
    expect(
      failure(() =>
        plan({ nodes, edges, from: 'a', to: 'b', cargo: { unit: 'teu', quantity: 1, kind: 'livestock' as 'general' } }),
      ),
    ).toMatchObject({ code: 'validation_failed', message: 'Unknown cargo kind: livestock' });
  });
});

describe('thinBySpread', () => {
  const route = (id: string, hours: number, costUsd: number, co2eWtwKg: number) =>
    ({ id, totals: { hours, costUsd, co2eWtwKg, co2eTtwKg: 0, distanceKm: 0 } }) as PlannedRoute;

  it('keeps the best on each criterion and spreads the rest', () => {
    const routes = [
      route('fast', 1, 100, 100),
      route('cheap', 100, 1, 50),
      route('green', 100, 50, 1),
      route('middle', 50, 50, 50),
      route('near-fast', 2, 99, 99),
    ];
    expect(
      thinBySpread(routes, 4)
        .map((kept) => kept.id)
        .sort(),
    ).toEqual(['cheap', 'fast', 'green', 'middle']);
  });
});
