import type { BenchConfig } from '../config.ts';
import type { PopulateResult } from '../data/populate-database.ts';
import type { ScenarioMeasurement } from '../load/measure-scenarios.ts';
import { cacheLabels } from '../load/scenarios.ts';
import type { ExplainedQuery } from '../measure/explain-queries.ts';
import type { IngestTiming } from '../measure/time-ingest.ts';
import type { ParseTiming } from '../measure/time-parse.ts';
import { round } from '../support/stats.ts';
import type { MachineFacts } from './machine.ts';
import { fixed, formatTable } from './table.ts';

export interface ComparedScenario extends ScenarioMeasurement {
  /** The baseline run this scenario is compared with: same run, same number of connections. */
  baselineName: string;
  /** p95 of this scenario divided by the baseline's p95 in the same run: how many times slower. */
  p95VsBaseline: number;
  /** Requests/s of this scenario divided by the baseline's: the share of the bare server's throughput. */
  requestsPerSecondVsBaseline: number;
  /** non-2xx answers and connection errors of the measured run: any makes the numbers invalid. */
  failures: number;
  /** Requests without an answer within autocannon's 10 s: a result (too slow), not a wrong answer. */
  timeouts: number;
  /** Cold scenario whose sampled `total`s differ from the warm paths': the cold paths would not ask the same. */
  matchesDiffer: boolean;
}

export interface BenchResults {
  startedAt: string;
  totalSeconds: number;
  config: BenchConfig;
  machine: MachineFacts;
  data: PopulateResult & { prngSeed: number };
  load: { baselineBytes: number; serverPid: number; scenarios: ComparedScenario[] };
  target: {
    p95Ms: number;
    verdicts: { scenario: string; cache: string; p95Ms: number; serialP95Ms: number | null; meets: boolean }[];
  };
  explain: ExplainedQuery[];
  ingest: IngestTiming[];
  parse: ParseTiming;
}

/** Each scenario against the baseline of the same run with the same number of connections (else the first). */
export function compareToBaseline(results: ScenarioMeasurement[]): ComparedScenario[] {
  const baselines = results.filter((result) => result.cache === null);
  const warmTotals = new Map(
    results
      .filter((result) => result.cache === 'warm')
      .map((result) => [result.route, result.samples.map((sample) => sample.total).join('/')]),
  );
  return results.map((result) => {
    const baseline =
      baselines.find((candidate) => candidate.load.connections === result.load.connections) ?? baselines[0] ?? result;
    const warmTotal = warmTotals.get(result.route);
    return {
      ...result,
      baselineName: baseline.name,
      p95VsBaseline: result.concurrent.latencyMs.p95 / baseline.concurrent.latencyMs.p95,
      requestsPerSecondVsBaseline: result.concurrent.requestsPerSecond / baseline.concurrent.requestsPerSecond,
      // autocannon counts timeouts among its errors
      failures:
        result.concurrent.non2xx + result.concurrent.errors - result.concurrent.timeouts + (result.serial?.non2xx ?? 0),
      timeouts: result.concurrent.timeouts,
      matchesDiffer:
        result.cache === 'cold' &&
        warmTotal !== undefined &&
        warmTotal !== result.samples.map((sample) => sample.total).join('/'),
    };
  });
}

export const cacheLabel = (cache: ComparedScenario['cache']) => (cache ? cacheLabels[cache] : '– (no cache)');

export function loadTable(scenarios: ComparedScenario[]): string {
  return formatTable(
    [
      'scenario',
      'cache',
      'conn',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'req/s',
      'p95 ×base',
      'req/s ×base',
      'responses',
      'non-2xx',
      'errors',
      'timeouts',
      'matches',
    ],
    scenarios.map(({ concurrent: run, ...s }) => [
      s.route,
      cacheLabel(s.cache),
      s.load.connections,
      fixed(run.latencyMs.p50),
      fixed(run.latencyMs.p95),
      fixed(run.latencyMs.p99),
      fixed(run.requestsPerSecond, 0),
      fixed(s.p95VsBaseline, 1),
      fixed(s.requestsPerSecondVsBaseline, 3),
      run.responses,
      run.non2xx,
      run.errors - run.timeouts,
      run.timeouts,
      s.samples.map((sample) => sample.total ?? '–').join('/'),
    ]),
  );
}

const perRequest = (calls: number, requests: number) => fixed(calls / Math.max(1, requests), 2);

/**
 * The evidence for the warm/cold labels: route computations (page query of a statement list, stage count of the
 * overview) from pg_stat_statements, for the first request of each path, the measured run (drain included) and the
 * one-client run.
 */
export function cacheCheckTable(scenarios: ComparedScenario[]): string {
  return formatTable(
    [
      'scenario',
      'cache',
      'first req',
      'first loads',
      'sent',
      'answered',
      'loads',
      'loads/req',
      'version q/req',
      'other q/req',
      '1 conn answered',
      '1 conn loads',
      'check',
    ],
    scenarios
      .filter((s) => s.cache !== null)
      .map(({ cacheCheck: check, ...s }) => {
        const run = check.concurrent;
        return [
          s.route,
          cacheLabel(s.cache),
          check.samples.sent,
          check.samples.loads,
          run.sent,
          run.responses,
          run.loads,
          perRequest(run.loads, run.sent),
          perRequest(run.calls.versionChecks, run.sent),
          perRequest(run.calls.otherStatements, run.sent),
          check.serial?.responses ?? '–',
          check.serial?.loads ?? '–',
          check.ok === null ? 'n/a' : check.ok ? `ok (${check.expected})` : `FAILED: not all ${check.expected}`,
        ];
      }),
  );
}

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const optional = (value: number | null, digits = 1) => (value === null ? '–' : fixed(value, digits));

/** Where the time of one request went, and the same request without other clients ahead of it. */
export function costTable(scenarios: ComparedScenario[]): string {
  return formatTable(
    [
      'scenario',
      'cache',
      'server CPU',
      'PG CPU',
      'loadgen CPU',
      'PG exec',
      'busy',
      'others',
      '1 conn p50',
      '1 conn p95',
      '1 conn req/s',
    ],
    scenarios.map(({ concurrent: run, serial, route, cache }) => [
      route,
      cacheLabel(cache),
      optional(run.cpu.perRequestMs.server, 2),
      optional(run.cpu.perRequestMs.postgres, 2),
      fixed(run.cpu.perRequestMs.loadGenerator, 2),
      optional(run.dbMsPerRequest, 2),
      percent(run.cpu.machineBusy),
      percent(run.cpu.otherProcesses),
      serial ? fixed(serial.latencyMs.p50) : '–',
      serial ? fixed(serial.latencyMs.p95) : '–',
      serial ? fixed(serial.requestsPerSecond, 0) : '–',
    ]),
  );
}

/** The statements that took most of PostgreSQL's time in one scenario. */
export function topQueriesTable(scenario: ComparedScenario): string {
  const perRequest = (ms: number) => ms / Math.max(1, scenario.concurrent.sent);
  return formatTable(
    ['calls', 'mean ms', 'ms/request', 'query'],
    scenario.concurrent.topQueries.map((query) => [
      query.calls,
      fixed(query.meanMs, 2),
      fixed(perRequest(query.totalMs), 2),
      query.query.length > 110 ? `${query.query.slice(0, 107)}...` : query.query,
    ]),
  );
}

export function ingestTable(timings: IngestTiming[]): string {
  const seconds = (ms: number) => fixed(ms / 1000, 2);
  return formatTable(
    ['sco ingest (seed)', 'runs', 'p50 s', 'min s', 'max s'],
    timings.flatMap((timing) => [
      [
        `${timing.engine}: first (schema + ingest)`,
        timing.first.count,
        seconds(timing.first.p50),
        seconds(timing.first.min),
        seconds(timing.first.max),
      ],
      [
        `${timing.engine}: second (no-op)`,
        timing.second.count,
        seconds(timing.second.p50),
        seconds(timing.second.min),
        seconds(timing.second.max),
      ],
    ]),
  );
}

export function parseTable(parse: ParseTiming): string {
  const row = (label: string, d: ParseTiming['parse']) => [
    label,
    fixed(d.p50, 3),
    fixed(d.p95, 3),
    fixed(d.p99, 3),
    fixed(d.perSecond, 0),
  ];
  return formatTable(
    [`in-process, ${parse.iterations} iterations`, 'p50 ms', 'p95 ms', 'p99 ms', 'per s'],
    [
      row('baseline: read + normalise file', parse.baseline),
      row('parseChineseText (text in memory)', parse.parse),
      row('parseText, Russian seed (22 statements)', parse.russian),
      row('parseText, English seed (30 statements)', parse.english),
      ['parse ÷ baseline (p50)', fixed(parse.parse.p50 / parse.baseline.p50, 1), '', '', ''],
    ],
  );
}

export function explainTable(explained: ExplainedQuery[]): string {
  return formatTable(
    ['query (EXPLAIN ANALYZE, warm buffers)', 'exec ms', 'plan ms', 'cold: plan as warm'],
    explained.map((query) => [
      query.label,
      fixed(query.executionMs, 2),
      fixed(query.planningMs, 2),
      query.samePlanAsWarm === undefined ? '' : query.samePlanAsWarm ? 'same' : 'DIFFERENT',
    ]),
  );
}

export function machineLines(machine: MachineFacts): string {
  const settings = Object.entries(machine.postgresSettings)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
  return [
    `machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, ${machine.os}; ` +
      `load average at start ${machine.loadAverage.join(' / ')}`,
    `node ${machine.node}; ${machine.postgres}`,
    `postgres settings: ${settings}`,
  ].join('\n');
}

/** Rounds every number for the JSON file (latencies to 0.01 ms are noise anyway). */
export function roundedForJson(results: BenchResults): unknown {
  return JSON.parse(
    JSON.stringify(results, (_key, value: unknown) => (typeof value === 'number' ? round(value) : value)),
  );
}
