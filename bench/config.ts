/** Bench settings, all from the environment; see bench/README.md. */
export interface BenchConfig {
  /** An existing PostgreSQL server to use instead of a private cluster (it must allow CREATE DATABASE). */
  serverUrl: string | null;
  statements: number;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** Seconds of the extra one-connection run per scenario; 0 skips it. */
  serialSeconds: number;
  /** The cold facet listing (about a second of PostgreSQL per request) and its baseline run at this lighter load. */
  coldFacetsConnections: number;
  coldFacetsSeconds: number;
  ingestRuns: number;
  parseIterations: number;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, not "${raw}"`);
  return value;
}

export function readBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  return {
    serverUrl: env.BENCH_DATABASE_URL || null,
    statements: positiveInteger(env, 'BENCH_STATEMENTS', 100_000),
    connections: positiveInteger(env, 'BENCH_CONNECTIONS', 50),
    seconds: positiveInteger(env, 'BENCH_SECONDS', 10),
    warmupSeconds: positiveInteger(env, 'BENCH_WARMUP_SECONDS', 2, 0),
    serialSeconds: positiveInteger(env, 'BENCH_SERIAL_SECONDS', 3, 0),
    coldFacetsConnections: positiveInteger(env, 'BENCH_COLD_FACETS_CONNECTIONS', 10),
    coldFacetsSeconds: positiveInteger(env, 'BENCH_COLD_FACETS_SECONDS', 6),
    ingestRuns: positiveInteger(env, 'BENCH_INGEST_RUNS', 5, 0),
    parseIterations: positiveInteger(env, 'BENCH_PARSE_ITERATIONS', 200),
  };
}
