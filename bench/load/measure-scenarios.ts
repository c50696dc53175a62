import type { CallCounts, QueryStat, QueryStats } from '../measure/query-stats.ts';
import { type CpuUse, cpuSnapshot, cpuUse } from '../support/cpu.ts';
import {
  type LoadRun,
  type PathSample,
  type PathSource,
  runLoad,
  runSerial,
  type SerialRun,
  samplePath,
} from './run-scenario.ts';
import type { CacheState, LoadQuery, Scenario, ScenarioLoad } from './scenarios.ts';

export type LoadSettings = ScenarioLoad;

/** What PostgreSQL ran during one part of a scenario. */
export interface RunCalls {
  /** Requests sent (the measured run: including those cut off at its end, which the server still serves). */
  sent: number;
  responses: number;
  /** Computations of the route's result (its load query, see LoadQuery): one per cache miss. */
  loads: number;
  calls: CallCounts;
}

/**
 * Whether the requests of a scenario hit or missed the result cache, from pg_stat_statements: a miss computes the
 * result, a hit runs only the cache's version lookup.
 */
export interface CacheCheck {
  expected: 'hits' | 'misses' | null;
  /**
   * The first request of each path (the samples): cold, each one a miss; warm, a miss unless the path was asked
   * before. Shows that the load query is recognised at all.
   */
  samples: RunCalls;
  /** The measured run, its drain included. */
  concurrent: RunCalls;
  /** The one-client run. */
  serial: RunCalls | null;
  /** Whether every part met the expectation; null for the baseline and without pg_stat_statements. */
  ok: boolean | null;
}

export interface ScenarioMeasurement {
  name: string;
  route: string;
  cache: CacheState | null;
  paths: string[];
  load: LoadSettings;
  samples: PathSample[];
  /** The main run: `load.connections` clients after the warm-up. */
  concurrent: LoadRun & {
    cpu: CpuUse;
    /** PostgreSQL execution time per HTTP request sent (all statements), from pg_stat_statements. */
    dbMsPerRequest: number | null;
    topQueries: QueryStat[];
  };
  /** One client: the latency of a request that never waits behind others. */
  serial: SerialRun | null;
  cacheCheck: CacheCheck;
}

export interface MeasureContext {
  baseUrl: string;
  pids: { server: number | null; postmaster: number | null };
  queryStats: QueryStats;
  /** Route handlers of the server still running (requests cut off by the load generator are still served). */
  serverInFlight: () => Promise<number>;
  settings: LoadSettings;
  log: (line: string) => void;
}

const noCalls: CallCounts = { versionChecks: 0, statementListLoads: 0, overviewLoads: 0, otherStatements: 0 };

const loadsOf = (calls: CallCounts, query: LoadQuery | undefined) =>
  query === 'overview' ? calls.overviewLoads : query === 'statement list' ? calls.statementListLoads : 0;

/**
 * Hits: no computation in the measured and one-client runs (a sample may compute a path not asked before).
 * Misses: every sample and every answered request computed its own result, and no request more than once
 * (answered ≤ loads ≤ sent).
 */
function cacheVerdict(expected: CacheCheck['expected'], parts: Omit<CacheCheck, 'ok' | 'expected'>): boolean | null {
  const { samples, concurrent, serial } = parts;
  if (expected === 'hits')
    return samples.loads <= samples.sent && concurrent.loads === 0 && (serial === null || serial.loads === 0);
  if (expected === 'misses')
    return [samples, concurrent, ...(serial ? [serial] : [])].every(
      (part) => part.loads >= part.responses && part.loads <= part.sent,
    );
  return null;
}

/**
 * Until the server has no route handler running and PostgreSQL no statement: requests cut off at the end of a run
 * are still served, and their cost belongs to that run, not the next.
 */
async function drain(context: MeasureContext): Promise<void> {
  const deadline = Date.now() + 120_000;
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    quiet = (await context.serverInFlight()) === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await context.queryStats.waitUntilIdle();
}

export async function measureScenario(scenario: Scenario, context: MeasureContext): Promise<ScenarioMeasurement> {
  const { baseUrl, pids, queryStats } = context;
  const settings: LoadSettings = { ...context.settings, ...scenario.load };
  const source: PathSource = { paths: scenario.paths, nextPath: scenario.nextPath };
  const load = { baseUrl, ...source };
  const callsSinceReset = async (sent: number, responses: number): Promise<RunCalls> => {
    const calls = (await queryStats.callCounts()) ?? noCalls;
    return { sent, responses, loads: loadsOf(calls, scenario.loadQuery), calls };
  };

  await drain(context);
  await queryStats.reset();
  const samples: PathSample[] = [];
  // Cold: one distinct path per template, so the matches can be compared with the warm paths'.
  for (const path of scenario.paths)
    samples.push(await samplePath(baseUrl, scenario.nextPath ? scenario.nextPath() : path));
  await drain(context);
  const sampleCalls = await callsSinceReset(samples.length, samples.length);

  if (settings.warmupSeconds > 0) {
    await runLoad({ ...load, connections: settings.connections, seconds: settings.warmupSeconds });
    await drain(context);
  }

  await queryStats.reset();
  const before = cpuSnapshot(pids);
  const run = await runLoad({ ...load, connections: settings.connections, seconds: settings.seconds });
  await drain(context);
  const after = cpuSnapshot(pids);
  const queries = await queryStats.top(50);
  const concurrentCalls = await callsSinceReset(run.sent, run.responses);
  const dbMs = queries.reduce((sum, query) => sum + query.totalMs, 0);

  let serial: SerialRun | null = null;
  let serialCalls: RunCalls | null = null;
  if (settings.serialSeconds > 0) {
    await queryStats.reset();
    serial = await runSerial({ ...load, seconds: settings.serialSeconds, minResponses: 5 });
    await drain(context);
    serialCalls = await callsSinceReset(serial.responses, serial.responses);
  }

  const expected = scenario.cache === 'warm' ? 'hits' : scenario.cache === 'cold' ? 'misses' : null;
  const parts = { samples: sampleCalls, concurrent: concurrentCalls, serial: serialCalls };
  return {
    name: scenario.name,
    route: scenario.route,
    cache: scenario.cache,
    paths: scenario.paths,
    load: settings,
    samples,
    concurrent: {
      ...run,
      cpu: cpuUse(before, after, run.sent),
      dbMsPerRequest: queryStats.available ? dbMs / Math.max(1, run.sent) : null,
      topQueries: queries.slice(0, 5),
    },
    serial,
    cacheCheck: { expected, ...parts, ok: queryStats.available ? cacheVerdict(expected, parts) : null },
  };
}
