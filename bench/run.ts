/**
 * `npm run bench`: a private PostgreSQL with 100,000 generated statements, the real server under autocannon,
 * EXPLAIN ANALYZE of the statement queries, `sco ingest` wall times, the parser's in-process speed, and
 * explained investment matching over 100,000 generated projects and 20,000 profiles (bench/investment), and freight
 * tracking-event ingestion by concurrent carriers and route planning on the shipped and a generated 50,000-node
 * network (bench/freight).
 * See bench/README.md for what is measured and how to read the ratios.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type BenchConfig, readBenchConfig } from './config.ts';
import { dataSeed, populateDatabase } from './data/populate-database.ts';
import { benchFreightIngestion, readIngestionBenchConfig } from './freight/ingestion-bench.ts';
import { benchFreightRouting, readRoutingBenchConfig } from './freight/routing-bench.ts';
import { benchInvestmentMatching, readMatchingBenchConfig } from './investment/matching-bench.ts';
import { measureScenario, type ScenarioMeasurement } from './load/measure-scenarios.ts';
import {
  buildScenarios,
  chineseWords,
  coldFacetsOffset,
  coldFirstDay,
  englishWords,
  russianWords,
  searchTarget,
} from './load/scenarios.ts';
import {
  countCap,
  type ExplainedQuery,
  explain,
  listStatementQueries,
  planShape,
  withPool,
} from './measure/explain-queries.ts';
import { openQueryStats } from './measure/query-stats.ts';
import { timePgliteIngest, timePostgresIngest } from './measure/time-ingest.ts';
import { timeParse } from './measure/time-parse.ts';
import { machineFacts } from './report/machine.ts';
import { printSummary } from './report/print-summary.ts';
import { type BenchResults, cacheLabel, compareToBaseline, roundedForJson } from './report/summary.ts';
import { startServer } from './server/start-server.ts';
import { cleanUpOnSignals, onCleanup, runCleanups } from './support/cleanup.ts';
import { openClient } from './support/pg-connections.ts';
import { databaseUrl, startPostgresCluster } from './support/postgres-cluster.ts';

const resultsFile = fileURLToPath(new URL('./results/latest.json', import.meta.url));
const benchStart = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - benchStart) / 1000).toFixed(0).padStart(4)} s] ${line}`);

/** The server to work on: the private cluster, or BENCH_DATABASE_URL (whose processes the bench cannot see). */
async function postgresServer(config: BenchConfig): Promise<{ serverUrl: string; postmasterPid: number | null }> {
  if (config.serverUrl) return { serverUrl: config.serverUrl, postmasterPid: null };
  const cluster = await startPostgresCluster();
  log(`private PostgreSQL cluster on ${new URL(cluster.adminUrl).host}`);
  return { serverUrl: cluster.adminUrl, postmasterPid: cluster.postmasterPid };
}

/** A new database for this run, dropped at the end. */
async function createBenchDatabase(serverUrl: string): Promise<string> {
  const name = `sco_bench_${process.pid}`;
  const admin = await openClient(serverUrl);
  await admin.query(`create database ${name}`);
  await admin.end();
  onCleanup(`drop database ${name}`, async () => {
    const client = await openClient(serverUrl);
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  });
  return databaseUrl(serverUrl, name);
}

async function measureLoad(url: string, config: BenchConfig, postmasterPid: number | null) {
  const server = await startServer(url);
  log(`server child pid ${server.pid} on ${server.baseUrl}; baseline payload ${server.baselineBytes} bytes`);
  const queryStats = await openQueryStats(url);
  const results: ScenarioMeasurement[] = [];
  try {
    const context = {
      baseUrl: server.baseUrl,
      pids: { server: server.pid, postmaster: postmasterPid },
      queryStats,
      serverInFlight: server.inFlight,
      settings: {
        connections: config.connections,
        seconds: config.seconds,
        warmupSeconds: config.warmupSeconds,
        serialSeconds: config.serialSeconds,
      },
      log,
    };
    const scenarios = buildScenarios({
      connections: config.coldFacetsConnections,
      seconds: config.coldFacetsSeconds,
      warmupSeconds: config.warmupSeconds,
      serialSeconds: config.serialSeconds,
    });
    for (const scenario of scenarios) {
      const load = { ...context.settings, ...scenario.load };
      log(
        `load: ${scenario.cache ? `${scenario.route}, ${cacheLabel(scenario.cache)}` : scenario.name} (${load.warmupSeconds} s warm-up + ${load.seconds} s at ${load.connections} connections` +
          `${load.serialSeconds > 0 ? ` + ${load.serialSeconds} s at 1` : ''})`,
      );
      results.push(await measureScenario(scenario, context));
    }
  } finally {
    await queryStats.close();
    await server.stop();
  }
  return { baselineBytes: server.baselineBytes, serverPid: server.pid, scenarios: compareToBaseline(results) };
}

/**
 * EXPLAIN ANALYZE of the queries a cache miss runs, one per search word, and of the cold scenarios' variants of
 * them, each compared with its warm twin's plan: the cold paths must cost what a miss of the warm path costs.
 */
async function explainQueries(url: string): Promise<ExplainedQuery[]> {
  return withPool(url, async (pool) => {
    const explained: ExplainedQuery[] = [];
    const add = async (
      label: string,
      filter: Parameters<typeof listStatementQueries>[0],
      options: { facets?: boolean; offset?: number; pageOnly?: boolean; warm?: string } = {},
    ) => {
      const queries = listStatementQueries(filter, 20, options.offset ?? 0);
      const run = async (part: string, query: Parameters<typeof explain>[2]) => {
        const result = await explain(pool, `${label}: ${part}`, query);
        explained.push(options.warm ? { ...result, warmLabel: `${options.warm}: ${part}` } : result);
      };
      await run('page', queries.page);
      if (options.pageOnly) return;
      await run('count', queries.count);
      if (filter.q) await run(`count capped at ${countCap} (proposal)`, queries.cappedCount);
      if (options.facets) {
        for (const [index, facet] of ['topic', 'stance', 'country'].entries())
          await run(`facet ${facet}`, queries.facets[index]!);
      }
    };
    const cold = `cold (to=${coldFirstDay})`;
    const filtered: Parameters<typeof listStatementQueries>[0] = { topic: ['transport'], stance: ['noted'] };
    await add('list', {}, { facets: true });
    await add(`list, ${cold}`, { to: coldFirstDay }, { warm: 'list' });
    // The cold facet listing pages instead: its total and facets are the warm request's SQL, only the page differs.
    await add(
      `list facets, cold (offset=${coldFacetsOffset})`,
      {},
      { offset: coldFacetsOffset, pageOnly: true, warm: 'list' },
    );
    await add('list filtered', filtered);
    await add(`list filtered, ${cold}`, { ...filtered, to: coldFirstDay }, { warm: 'list filtered' });
    const words = [...chineseWords, ...russianWords, ...englishWords];
    for (const word of words) await add(`search "${word}"`, { q: word });
    for (const word of words)
      await add(`search "${word}", ${cold}`, { q: word, to: coldFirstDay }, { warm: `search "${word}"` });
    for (const query of explained) {
      const warm = query.warmLabel && explained.find((candidate) => candidate.label === query.warmLabel);
      if (warm) query.samePlanAsWarm = planShape(query.plan) === planShape(warm.plan);
    }
    return explained;
  });
}

async function main() {
  cleanUpOnSignals();
  const config = readBenchConfig();
  const startedAt = new Date().toISOString();
  const { serverUrl, postmasterPid } = await postgresServer(config);
  const url = await createBenchDatabase(serverUrl);
  const machine = await machineFacts(url);
  log(`${machine.cores} cores, node ${machine.node}, ${machine.postgres.split(' on ')[0]}`);

  log(`populating: seed + ${config.statements.toLocaleString('en')} generated statements`);
  const data = await populateDatabase({ databaseUrl: url, statementCount: config.statements, log });
  const load = await measureLoad(url, config, postmasterPid);
  log('EXPLAIN ANALYZE of the statement queries');
  const explained = await explainQueries(url);

  const ingest = [];
  if (config.ingestRuns > 0) {
    log(`sco ingest: ${config.ingestRuns} runs on PGlite, ${config.ingestRuns} on PostgreSQL`);
    ingest.push(await timePgliteIngest(config.ingestRuns, log));
    ingest.push(await timePostgresIngest(serverUrl, config.ingestRuns, log));
  }
  log(`parser: ${config.parseIterations} iterations`);
  const parse = timeParse(config.parseIterations);

  const results: BenchResults = {
    startedAt,
    totalSeconds: (performance.now() - benchStart) / 1000,
    config: { ...config, serverUrl: config.serverUrl ? '(BENCH_DATABASE_URL)' : null },
    machine,
    data: { ...data, prngSeed: dataSeed },
    load,
    target: {
      p95Ms: searchTarget.p95Ms,
      verdicts: load.scenarios
        .filter((s) => searchTarget.scenarios.includes(s.name))
        .map((s) => ({
          scenario: s.name,
          cache: cacheLabel(s.cache),
          p95Ms: s.concurrent.latencyMs.p95,
          serialP95Ms: s.serial?.latencyMs.p95 ?? null,
          meets: s.concurrent.latencyMs.p95 < searchTarget.p95Ms,
        })),
    },
    explain: explained,
    ingest,
    parse,
  };
  await mkdir(fileURLToPath(new URL('./results', import.meta.url)), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(roundedForJson(results), null, 2)}\n`);
  printSummary(results, resultsFile);
  await benchInvestmentMatching({ databaseUrl: url, config: readMatchingBenchConfig(), log });
  await benchFreightIngestion({ databaseUrl: url, config: readIngestionBenchConfig(), log });
  await benchFreightRouting({ config: readRoutingBenchConfig(), log });
  const valid = results.load.scenarios.every((s) => s.failures === 0 && s.cacheCheck.ok !== false && !s.matchesDiffer);
  return valid ? 0 : 1;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error);
} finally {
  await runCleanups();
}
process.exit(exitCode);
