import {
  type BenchResults,
  cacheCheckTable,
  costTable,
  explainTable,
  ingestTable,
  loadTable,
  machineLines,
  parseTable,
  topQueriesTable,
} from './summary.ts';

const section = (title: string, body: string) => console.log(`\n== ${title}\n${body}`);
const count = (value: number) => value.toLocaleString('en');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function printData(results: BenchResults) {
  const d = results.data;
  section(
    'data',
    `${count(d.statements)} statements in ${count(d.meetings)} meetings (PRNG seed 0x${d.prngSeed.toString(16)}); ` +
      `${count(d.statementCountryCodes)} country codes in statements.countries (${count(d.statementsWithCountries)} statements with any), ` +
      `${count(d.statementDocuments)} document links, ` +
      `${count(d.statementEvents)} event links, ${count(d.statementInitiatives)} initiative links\n` +
      `migrate + seed ${seconds(d.timings.migrateAndSeedMs)}, generate + insert ${seconds(d.timings.generateAndInsertMs)}, ` +
      `VACUUM (ANALYZE) ${seconds(d.timings.vacuumAnalyzeMs)}`,
  );
}

function printLoad(results: BenchResults) {
  const c = results.config;
  const scenarios = results.load.scenarios;
  section(
    `HTTP load: ${c.connections} connections, ${c.warmupSeconds} s warm-up + ${c.seconds} s per scenario ` +
      `(cold list facets and its baseline: ${c.coldFacetsConnections} connections, ${c.coldFacetsSeconds} s); ` +
      '×base = ratio to the baseline of this run at the same connections; matches = `total` of each rotated path\n' +
      `warm (cache hits) = a few fixed paths, all answered from the result cache after their first request; ` +
      `cold (cache misses) = every request a new path (to= a distinct day after every meeting; the facet listing ` +
      'the next page, offset=20·n), all computed',
    loadTable(scenarios),
  );
  const failures = scenarios.reduce((sum, s) => sum + s.failures, 0);
  const timeouts = scenarios.reduce((sum, s) => sum + s.timeouts, 0);
  console.log(
    failures === 0
      ? `every measured response was a 200 (non-2xx 0, connection errors 0)${timeouts > 0 ? `; ${timeouts} requests got no answer within 10 s` : ', no timeouts'}`
      : `!! ${failures} non-2xx answers or connection errors: these numbers are not valid`,
  );
  const differing = scenarios.filter((s) => s.matchesDiffer).map((s) => s.name);
  console.log(
    differing.length === 0
      ? 'cold paths match exactly the statements of the warm paths (same totals)'
      : `!! cold paths match other statements than the warm ones: ${differing.join(', ')}`,
  );
  const verdicts = results.target.verdicts.map(
    (v) =>
      `${v.scenario} ${v.p95Ms.toFixed(1)} ms ${v.meets ? 'meets' : 'MISSES'} (1 connection: ${v.serialP95Ms?.toFixed(1) ?? '–'} ms)`,
  );
  console.log(
    `target: search p95 < ${results.target.p95Ms} ms at ${c.connections} connections —\n  ${verdicts.join('\n  ')}`,
  );
  section(
    'cache check (pg_stat_statements): loads = computations of the result (statement list page query / overview ' +
      'stage count); first req = one request per path before the warm-up (cold: each must load; warm: only paths ' +
      'not asked before do); measured and 1-conn runs: warm must load 0 times, cold once per request ' +
      '(answered ≤ loads ≤ sent; 1 conn exactly); version q = the cache version lookup max(audit_log.seq), run on ' +
      'every request, hit or miss; other q = every other statement',
    cacheCheckTable(scenarios),
  );
  section(
    'cost per request: CPU ms of the server child, of PostgreSQL and of the load generator; PG exec = statement ' +
      'time per request (pg_stat_statements); busy / others = share of all cores busy / used outside the bench; ' +
      '1 conn = the same kind of requests with a single client (no queueing; cold: still a new path each)',
    costTable(scenarios),
  );
  for (const scenario of scenarios) {
    if (scenario.cache === null || scenario.concurrent.topQueries.length === 0) continue;
    section(`top statements in PostgreSQL during "${scenario.name}"`, topQueriesTable(scenario));
  }
}

export function printSummary(results: BenchResults, resultsFile: string): void {
  section('machine', machineLines(results.machine));
  printData(results);
  printLoad(results);
  section(
    'statement queries of a cache miss, EXPLAIN (ANALYZE, BUFFERS), second run; cold = the variants the cold ' +
      'scenarios send, compared with the plan of the warm path',
    explainTable(results.explain),
  );
  const differing = results.explain.filter((query) => query.samePlanAsWarm === false);
  console.log(
    differing.length === 0
      ? 'every cold variant runs the plan of its warm path'
      : `cold variants with another plan than their warm path (their cost differs from a miss of the warm path): ${differing.map((query) => query.label).join('; ')}`,
  );
  for (const query of differing) {
    const warm = results.explain.find((candidate) => candidate.label === query.warmLabel);
    if (warm) section(`plan of "${query.label}"`, `${query.plan}\n-- warm: ${warm.label}\n${warm.plan}`);
  }
  const listPage = results.explain.find((query) => query.label === 'list: page');
  if (listPage) section('plan of the newest-first listing: list: page', listPage.plan);
  for (const kind of [': page', ': count']) {
    const slowest = results.explain
      .filter((query) => query.label.startsWith('search') && !query.warmLabel && query.label.endsWith(kind))
      .sort((a, b) => b.executionMs - a.executionMs)[0];
    if (slowest) section(`plan of the slowest search query: ${slowest.label}`, slowest.plan);
  }
  if (results.ingest.length > 0)
    section('sco ingest wall time (a new Node process each run)', ingestTable(results.ingest));
  section('parser', parseTable(results.parse));
  console.log(`\nwhole bench: ${results.totalSeconds.toFixed(0)} s; JSON: ${resultsFile}`);
}
