import type { TransportMode } from '../vocabulary.ts';

/**
 * The planner's time model and search settings. Running times come from a link's published transit time when it
 * has one; otherwise from its distance at a commercial speed per mode (door-to-door averages over whole days,
 * stops included, not top speeds). The rail speed is calibrated against the published corridor services of the
 * dataset (see seed/PLANNER-CALIBRATION.md and plan-calibration.test.ts). Every figure says where it comes from.
 */
export interface PlanningParameter {
  value: number;
  unit: string;
  source: string;
}

/** Customs unions whose internal borders trains and trucks cross without customs formalities. */
export interface CustomsUnion {
  name: string;
  countries: readonly string[];
  source: string;
}

export const customsUnions: readonly CustomsUnion[] = [
  {
    name: 'Eurasian Economic Union',
    countries: ['AM', 'BY', 'KG', 'KZ', 'RU'],
    source: 'Treaty on the Eurasian Economic Union (2014), https://www.eaeunion.org/',
  },
  {
    name: 'European Union Customs Union',
    countries: ['AT', 'BG', 'CZ', 'DE', 'HU', 'LT', 'LV', 'NL', 'PL', 'RO', 'SK'],
    source: 'https://taxation-customs.ec.europa.eu/customs-4/eu-customs-union-facts-and-figures_en',
  },
];

export const planningParameters: {
  commercialSpeedKmh: Record<TransportMode, PlanningParameter>;
  transshipmentHours: PlanningParameter;
  gaugeChangeHours: PlanningParameter;
  ferryWaitHours: PlanningParameter;
  airportHandlingHours: PlanningParameter;
  defaultBorderDwellHours: Record<TransportMode, PlanningParameter>;
  customsUnionDwellHours: PlanningParameter;
} = {
  commercialSpeedKmh: {
    rail: {
      value: 40,
      unit: 'km/h averaged over the whole run',
      source:
        'calibrated: modelled transit of the published China–Europe and Central Asian container services in the dataset (seed/PLANNER-CALIBRATION.md)',
    },
    road: {
      value: 30,
      unit: 'km/h averaged over the whole run',
      source: 'model assumption: one driver, about 700 km a day within EU/AETR driving-time limits',
    },
    sea: {
      value: 25,
      unit: 'km/h (about 13.5 knots)',
      source: 'model assumption: feeder container ships and ferries; Caspian ferry links carry their published times',
    },
    air: {
      value: 700,
      unit: 'km/h block speed',
      source: 'model assumption: freighter cruise speed less climb, descent and taxi',
    },
  },
  transshipmentHours: {
    value: 24,
    unit: 'hours per change of mode',
    source: 'model assumption: one day to unload, stack and load a container at a terminal',
  },
  gaugeChangeHours: {
    value: 12,
    unit: 'hours per change of gauge',
    source:
      'model assumption: bogie exchange or crane transfer of a block train; used only where a crossing has no dwell figure of its own, which already includes the transfer',
  },
  ferryWaitHours: {
    value: 48,
    unit: 'hours before a ferry sails',
    source:
      'model assumption: Caspian and Black Sea ferries sail when full rather than to a timetable; waits of one to several days are commonly reported',
  },
  airportHandlingHours: {
    value: 24,
    unit: 'hours per air leg (both airports)',
    source: 'model assumption: acceptance, security screening and build-up before departure, breakdown after arrival',
  },
  defaultBorderDwellHours: {
    rail: {
      value: 12,
      unit: 'hours per border crossing',
      source: 'model assumption where neither the dataset nor observed events give a dwell time',
    },
    road: {
      value: 8,
      unit: 'hours per border crossing',
      source: 'model assumption where neither the dataset nor observed events give a dwell time',
    },
    sea: {
      value: 12,
      unit: 'hours per border crossing (customs at the port)',
      source: 'model assumption where neither the dataset nor observed events give a dwell time',
    },
    air: {
      value: 6,
      unit: 'hours per border crossing (customs at the airport)',
      source: 'model assumption where neither the dataset nor observed events give a dwell time',
    },
  },
  customsUnionDwellHours: {
    value: 1,
    unit: 'hours per internal border of a customs union',
    source: 'model assumption: a technical stop (crew or locomotive change) without customs formalities',
  },
};

/**
 * How hard the Pareto search works. On networks up to `exactUpToNodes` nodes (the shipped one has about 100) the
 * search is exact: every route no other beats on all three criteria is found, however close. On larger networks,
 * labels within `epsilon` of an existing one on every criterion count as the same option and each state keeps at
 * most `maxLabelsPerState`: the answer stays small and fast on 50,000 nodes, at the price of possibly missing a
 * route better by less than that margin on all three criteria.
 */
export const searchSettings = {
  exactUpToNodes: 5_000,
  epsilon: 0.05,
  maxLabelsPerState: 4,
  /** Safety stop for pathological graphs: labels taken from the queue before the search ends with what it has. */
  maxSettledLabels: 400_000,
  /** Searches for routes through other border crossings after the Pareto set (exact networks only). */
  alternativeRounds: 4,
  /** Alternatives kept from each of those searches, spread over the trade-off. */
  alternativesPerRound: 2,
} as const;

/** The margin and per-state cap for a network of `nodeCount` nodes (see `searchSettings`). */
export function searchTuning(nodeCount: number): { epsilon: number; maxLabelsPerState: number } {
  return nodeCount <= searchSettings.exactUpToNodes
    ? { epsilon: 0, maxLabelsPerState: Number.POSITIVE_INFINITY }
    : { epsilon: searchSettings.epsilon, maxLabelsPerState: searchSettings.maxLabelsPerState };
}
