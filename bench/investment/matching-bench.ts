import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { openClient } from '../support/pg-connections.ts';
import { round } from '../support/stats.ts';
import { type MatchingMeasurement, measureMatching } from './measure-matching.ts';
import { listingsSeed, populateListings } from './populate-listings.ts';

export interface MatchingBenchConfig {
  projects: number;
  profiles: number;
  iterations: number;
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1, not "${raw}"`);
  return value;
}

export function readMatchingBenchConfig(): MatchingBenchConfig {
  return {
    projects: positiveInteger('BENCH_MATCH_PROJECTS', 100_000),
    profiles: positiveInteger('BENCH_MATCH_PROFILES', 20_000),
    iterations: positiveInteger('BENCH_MATCH_ITERATIONS', 400),
  };
}

const resultsFile = fileURLToPath(new URL('../results/investment-matching.json', import.meta.url));

function printMatching(
  result: MatchingMeasurement & { populateSeconds: number; loadAverage: { before: number; after: number } },
  config: MatchingBenchConfig,
) {
  const row = (label: string, run: MatchingMeasurement['baseline']) =>
    `  ${label.padEnd(34)} ${[run.latencyMs.p50, run.latencyMs.p95, run.latencyMs.p99, run.latencyMs.max]
      .map((value) => round(value).toString().padStart(8))
      .join('')} ${round(run.perSecond).toString().padStart(9)}`;
  console.log(
    `\nInvestment matching: ${config.projects.toLocaleString('en')} projects, ${config.profiles.toLocaleString('en')} profiles, ` +
      `${result.iterations} iterations over ${result.seekers.length} seekers (one at a time, in-process); ` +
      `1-min load average ${round(result.loadAverage.before)} → ${round(result.loadAverage.after)}`,
  );
  console.log(
    `  ${''.padEnd(34)} ${['p50 ms', 'p95 ms', 'p99 ms', 'max ms'].map((h) => h.padStart(8)).join('')} ${'calls/s'.padStart(9)}`,
  );
  console.log(row('baseline: seeker + candidate SQL', result.baseline));
  console.log(row('matches: + scoring, top 20', result.matches));
  console.log(
    `  ${'matches per seeker'.padEnd(34)} ${['p50 ms', 'p95 ms', 'max ms'].map((h) => h.padStart(8)).join('')} ${'candidates'.padStart(11)}`,
  );
  for (const seeker of result.seekers) {
    console.log(
      `  ${seeker.label.padEnd(34)} ${[seeker.matchesMs.p50, seeker.matchesMs.p95, seeker.matchesMs.max]
        .map((value) => round(value).toString().padStart(8))
        .join('')} ${seeker.candidates.toString().padStart(11)}`,
    );
  }
  console.log(
    `  p95 ×base ${round(result.matches.latencyMs.p95 / result.baseline.latencyMs.p95)}; target p95 < ${result.targetP95Ms} ms: ${result.meetsTarget ? 'met' : 'MISSED'}`,
  );
}

/**
 * The matching part of `npm run bench`: adds generated listings to the bench database, then times the matches of
 * one listing against the baseline. Writes bench/results/investment-matching.json.
 */
export async function benchInvestmentMatching(options: {
  databaseUrl: string;
  config: MatchingBenchConfig;
  log: (line: string) => void;
}): Promise<MatchingMeasurement> {
  const { databaseUrl, config, log } = options;
  log(
    `matching: generating ${config.projects.toLocaleString('en')} projects and ${config.profiles.toLocaleString('en')} profiles`,
  );
  const start = performance.now();
  const client = await openClient(databaseUrl);
  try {
    await populateListings({ client, projectCount: config.projects, profileCount: config.profiles });
  } finally {
    await client.end();
  }
  const populateSeconds = (performance.now() - start) / 1000;
  log(
    `matching: listings inserted and analysed in ${populateSeconds.toFixed(1)} s; timing ${config.iterations} iterations`,
  );
  const loadBefore = loadavg()[0]!;
  const measurement = await measureMatching({ databaseUrl, iterations: config.iterations, log });
  // Other work on the machine slows every figure alike; the load average tells the reader how much there was.
  const result = { ...measurement, populateSeconds, loadAverage: { before: loadBefore, after: loadavg()[0]! } };
  await mkdir(fileURLToPath(new URL('../results', import.meta.url)), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify({ config, prngSeed: listingsSeed, ...result }, null, 2)}\n`);
  printMatching(result, config);
  return measurement;
}
