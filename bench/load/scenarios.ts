import { baselinePath } from '../server/baseline-module.ts';

/**
 * `warm`: a handful of fixed paths rotate, so after the first request of each path every request is a hit of the
 * server's versioned result cache. `cold`: every request is a path never asked before (see ColdVariant), so every
 * request misses the cache and runs the queries. `null`: the baseline, which has no cache.
 */
export type CacheState = 'warm' | 'cold';

export const cacheLabels: Record<CacheState, string> = {
  warm: 'warm (cache hits)',
  cold: 'cold (cache misses)',
};

/** Which statement in pg_stat_statements marks one computation of the route's result, i.e. one cache miss. */
export type LoadQuery = 'statement list' | 'overview';

export interface ScenarioLoad {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** Length of the extra one-connection run; 0 skips it. */
  serialSeconds: number;
}

export interface Scenario {
  /** Unique: route, cache state and, when it differs from the default, the connection count. */
  name: string;
  /** What is asked, e.g. `search zh`. */
  route: string;
  cache: CacheState | null;
  /** Warm: each connection cycles through these. Cold: the templates the distinct paths are made from. */
  paths: string[];
  /** Cold only: the next path, never returned before (warm-up, measured run, one-client run and samples share it). */
  nextPath?: () => string;
  loadQuery?: LoadQuery;
  /** Overrides of the default load settings (the cold facet listing is too slow for 50 connections). */
  load?: Partial<ScenarioLoad>;
}

/** Real words of the seed communiqué and of its translations. */
export const chineseWords = ['人工智能', '交通走廊', '数字经济', '气候变化', '投资'];
export const russianWords = ['коридор', 'инвестиций'];
export const englishWords = ['transport', 'investment'];

const statements = '/api/v1/statements';
const search = (words: string[]) => words.map((word) => `${statements}?q=${encodeURIComponent(word)}&limit=20`);

/**
 * How a cold scenario makes every path new. `to`: the template with `&to=` the next day from 2100-01-01. Every
 * meeting is older, so each request matches exactly what the warm path matches, and for filtered lists and searches
 * PostgreSQL runs the same plans (the bench compares them). `offset`: the next page (`&offset=20`, 40, …; never 0,
 * which is the warm path's cache key), for the unfiltered facet listing, whose stance facet would lose its
 * index-only scan to a date condition; its total and facets are then exactly the warm request's.
 */
export type ColdVariant = 'to' | 'offset';

export const coldFirstDay = '2100-01-01';

/** An offset of the cold facet listing for EXPLAIN: page 50, more than a 6-second run at 10 connections reaches. */
export const coldFacetsOffset = 1000;

/** Distinct paths: the templates in rotation, each request with the next `to=` day or the next page. */
export function distinctPaths(templates: string[], variant: ColdVariant): () => string {
  const first = Date.parse(`${coldFirstDay}T00:00:00Z`);
  let n = 0;
  return () => {
    const template = templates[n % templates.length]!;
    const path =
      variant === 'to'
        ? `${template}&to=${new Date(first + n * 86_400_000).toISOString().slice(0, 10)}`
        : `${template}&offset=${20 * (n + 1)}`;
    n++;
    return path;
  };
}

const routes: { route: string; paths: string[]; loadQuery: LoadQuery }[] = [
  { route: 'list', paths: [`${statements}?limit=20`], loadQuery: 'statement list' },
  {
    route: 'list filtered',
    paths: [`${statements}?topic=transport&stance=noted&limit=20`],
    loadQuery: 'statement list',
  },
  { route: 'search zh', paths: search(chineseWords), loadQuery: 'statement list' },
  { route: 'search ru', paths: search(russianWords), loadQuery: 'statement list' },
  { route: 'search en', paths: search(englishWords), loadQuery: 'statement list' },
  { route: 'list facets', paths: [`${statements}?facets=true&limit=20`], loadQuery: 'statement list' },
];

const warm = (route: string, paths: string[], loadQuery: LoadQuery): Scenario => ({
  name: `${route}, warm`,
  route,
  cache: 'warm',
  paths,
  loadQuery,
});

const cold = (
  route: string,
  paths: string[],
  loadQuery: LoadQuery,
  variant: ColdVariant,
  load?: Partial<ScenarioLoad>,
): Scenario => ({
  name: `${route}, cold${load?.connections ? `, ${load.connections} conn` : ''}`,
  route,
  cache: 'cold',
  paths: paths.map((path) => `${path}${variant === 'to' ? '&to=2100-01-01+n' : '&offset=20·n'}`),
  nextPath: distinctPaths(paths, variant),
  loadQuery,
  load,
});

/**
 * In run order: the baseline, every route warm (plus the overview, whose cache key only changes with the day, so it
 * has no cold variant over HTTP), every statement route cold at the default load, then the cold facet listing at the
 * reduced load with a baseline at the same load to compare it with.
 */
export function buildScenarios(reduced: ScenarioLoad): Scenario[] {
  const coldAtDefault = routes.filter((r) => r.route !== 'list facets');
  const facets = routes.find((r) => r.route === 'list facets')!;
  return [
    { name: 'baseline', route: 'baseline', cache: null, paths: [baselinePath] },
    ...routes.map((r) => warm(r.route, r.paths, r.loadQuery)),
    warm('overview', ['/api/v1/overview'], 'overview'),
    ...coldAtDefault.map((r) => cold(r.route, r.paths, r.loadQuery, 'to')),
    {
      name: `baseline, ${reduced.connections} conn`,
      route: 'baseline',
      cache: null,
      paths: [baselinePath],
      load: reduced,
    },
    cold(facets.route, facets.paths, facets.loadQuery, 'offset', reduced),
  ];
}

/** Scenarios the product owner's target applies to: p95 under this many milliseconds at the default load. */
export const searchTarget = {
  scenarios: ['search zh', 'search ru', 'search en'].flatMap((route) => [`${route}, warm`, `${route}, cold`]),
  p95Ms: 50,
};
